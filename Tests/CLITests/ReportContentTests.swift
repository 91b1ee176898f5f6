import Foundation
import Testing

/// The report a CISO is handed and the exports partners receive: one model in both renderings,
/// nothing cut silently, no local path, engagement found, TLP everywhere, and shareable exports
/// without provider domains to block or employees' addresses.
@Suite("Case report: content, exports and layout")
struct ReportContentTests {
  let cli = ParseCommandTests()
  static let fixture = InvestigateCommandTests.fixture
  static let replies = "Tests/InvestigationTests/Fixtures/engagement/replies.mbox"

  func tempDir() -> String { NSTemporaryDirectory() + "becscope-report-\(UUID().uuidString)" }

  /// The case study, offline, with `extra` arguments; returns the output folder.
  func caseStudy(_ extra: [String], absolute: Bool = false) throws -> String {
    let out = tempDir()
    let base = absolute ? ParseCommandTests.root.path + "/" + Self.fixture : Self.fixture
    let r = try cli.run(
      [
        "investigate", "--offline", "--org", "\(base)/org.yaml", "\(base)/reports", "--mailbox", "\(base)/mailbox.mbox",
        "--exposure", "\(base)/exposure.csv", "--out", out,
      ] + extra)
    #expect(r.status == 0, "\(r.stderr)")
    return out
  }

  func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// The section titles of report.md (## and ###), with Markdown's escapes undone.
  static func markdownHeadings(_ md: String) -> [String] {
    md.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
      .map { String($0.drop { $0 == "#" }.dropFirst()).replacingOccurrences(of: "\\", with: "") }
  }

  /// The section titles of report.html (h2 and h3), with HTML's escapes undone.
  static func htmlHeadings(_ html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: #"<h[23][^>]*>([^<]*)</h[23]>"#)
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
      String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
  }

  @Test("report.md and report.html carry the same sections, in both languages, with the header block")
  func sameSections() throws {
    for language in ["en", "ja"] {
      let out = try caseStudy(["--lang", language, "--analyst", "Hana Analyst", "--tlp", "amber+strict"])
      let md = try read(out + "/report.md")
      let html = try read(out + "/report.html")
      let headings = Self.markdownHeadings(md)
      #expect(headings == Self.htmlHeadings(html))
      #expect(headings.count >= 15, "\(headings)")
      for needle in ["Hana Analyst", "TLP:AMBER+STRICT", "翡翠電機株式会社", "UTC+09:00"] {
        #expect(md.contains(needle) && html.contains(needle), "\(needle) in \(language)")
      }
      let expected =
        language == "en"
        ? [
          "Summary", "Copies", "Received chain and authentication", "Engagement: replies to the attacker",
          "Method and limits",
        ]
        : ["概要", "受信メール一覧", "Receivedヘッダーと認証結果", "攻撃者への返信", "調査方法と制約事項"]
      for title in expected { #expect(headings.contains(title), "\(title) in \(headings)") }
    }
  }

  @Test("the report names inputs by file name, never by a local path, and quotes the first reported copy")
  func noAbsolutePath() throws {
    let out = try caseStudy([], absolute: true)
    let root = ParseCommandTests.root.path
    for file in ["report.md", "report.html", "stix.json", "misp.json"] {
      let text = try read(out + "/" + file)
      #expect(!text.contains(root) && !text.contains(root.replacingOccurrences(of: ".", with: "[.]")), "\(file)")
    }
    let md = try read(out + "/report.md")
    #expect(md.contains("| This copy | reported \\(report-1\\[.\\]eml\\) |"), "the first report, not its repeat")
    #expect(md.contains("5 reported by employees, 2 found by the mailbox sweep"))
  }

  @Test("no list is cut without saying how many were left out; the attack flow is never cut")
  func truncation() throws {
    // One lure to 60 employees' generated addresses: more copies and recipients than a list shows.
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
    var csv = "email,family_name,given_name,family_latin,given_latin,title\n"
    for n in 0..<60 {
      let given = "Given\(String(UnicodeScalar(UInt8(97 + n % 26))))\(n)"
      csv += "g\(n).family@corp.example,Family,\(given),Family\(n),\(given),Staff\n"
      let mail = """
        From: CEO <boss.ceo.real@gmail.com>
        To: \(given.prefix(1).lowercased())family\(n)@corp.example
        Subject: Urgent request \(n)
        Date: Tue, 10 Mar 2026 10:\(String(format: "%02d", n)):00 +0900
        Message-ID: <lure-\(n)@gmail.com>

        Are you at your desk? I need you to buy gift cards today, keep this confidential.

        """
      try mail.replacingOccurrences(of: "\n", with: "\r\n").write(
        toFile: dir + "/in/lure-\(n).eml", atomically: true, encoding: .utf8)
    }
    try csv.write(toFile: dir + "/employees.csv", atomically: true, encoding: .utf8)
    try "organization:\n  name: Corp\n  domains: [corp.example]\ndirectory: employees.csv\n".write(
      toFile: dir + "/org.yaml", atomically: true, encoding: .utf8)
    for language in ["en", "ja"] {
      let out = dir + "/out-\(language)"
      let r = try cli.run([
        "investigate", "--offline", "--org", dir + "/org.yaml", dir + "/in", "--lang", language, "--out", out,
      ])
      #expect(r.status == 0, "\(r.stderr)")
      let md = try read(out + "/report.md")
      let html = try read(out + "/report.html")
      let more = language == "en" ? "… and 10 more" : "ほか10件"
      #expect(md.contains(more) && html.contains(more), "\(language): the copies table says what it left out")
      // Every step of the flow is in both renderings: the boxes and the numbered list.
      let caseJSON = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/case.json")))
          as? [String: Any])
      let flow = try #require(((caseJSON["campaigns"] as? [[String: Any]])?.first?["attack_flow"]) as? [Any])
      #expect(html.components(separatedBy: "<div class=\"box").count - 1 == flow.count)
      let steps = md.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(". ") }
      #expect(steps.count >= flow.count, "\(steps)")
    }
  }

  @Test("replies to the lure in a swept mailbox are engagement: first in the summary, the employees named")
  func engagement() throws {
    for language in ["en", "ja"] {
      let out = try caseStudy(["--mailbox", Self.replies, "--lang", language])
      let md = try read(out + "/report.md")
      let summary = md.components(separatedBy: language == "en" ? "## Summary" : "## 概要")[1]
      let first = summary.split(separator: "\n").first { !$0.isEmpty }.map(String.init) ?? ""
      #expect(first.contains(language == "en" ? "佐藤 美香" : "佐藤 美香"), "\(first)")
      #expect(first.contains(language == "en" ? "replied to the lure" : "誘導メールへ返信"), "\(first)")
      #expect(md.contains("伊藤 健二"))
      let caseJSON = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/case.json")))
          as? [String: Any])
      let campaigns = try #require(caseJSON["campaigns"] as? [[String: Any]])
      let engagement = try #require(campaigns.first?["engagement"] as? [[String: Any]])
      #expect(engagement.map { $0["how"] as? String } == ["in-reply-to", "to-attacker"])
      #expect(
        engagement.map { $0["employee"] as? String } == [
          "mika.sato@hisui-denki.example", "kenji.ito@hisui-denki.example",
        ])
      // The replies are not copies of the lure.
      #expect(((campaigns.first?["messages"]) as? [Any])?.count == 7)
    }
    // Without the replies, the report says that none was found (and where it looked).
    let md = try read(try caseStudy([]) + "/report.md")
    #expect(md.contains("No reply to the attacker was found"))
  }

  @Test("TLP in every export; no shared provider's domain to block; no employee's address unless asked")
  func safeExports() throws {
    let out = try caseStudy(["--tlp", "red"])
    let employees = try read(Self.fixture + "/employees.csv").split(separator: "\n").dropFirst()
      .flatMap { $0.split(separator: ",") }.filter { $0.contains("@") }.map(String.init)
    #expect(employees.count >= 16)
    let privates = ["sho.tkd@gmail.com", "mika.sato.77@yahoo.co.jp", "stakada@hisui-denki.example"]
    for file in ["stix.json", "misp.json"] {
      let text = try read(out + "/" + file)
      for address in employees + privates { #expect(!text.contains(address), "\(address) in \(file)") }
      #expect(text.contains("ejbjebduffy@optimum.net") && text.contains("155.94.251.82"))
    }
    for file in ["report.md", "report.html"] { #expect(try read(out + "/" + file).contains("TLP:RED")) }
    // STIX: the predefined TLP:RED marking on every object; optimum.net is no indicator.
    let stix = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/stix.json")))
        as? [String: Any])
    let objects = try #require(stix["objects"] as? [[String: Any]])
    let red = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"
    #expect(objects.contains { $0["id"] as? String == red })
    for o in objects where o["type"] as? String != "marking-definition" {
      #expect((o["object_marking_refs"] as? [String]) == [red], "\(o["id"] ?? "")")
    }
    let patterns = objects.compactMap { $0["pattern"] as? String }
    #expect(!patterns.contains { $0.contains("domain-name:value = 'optimum.net'") }, "\(patterns)")
    #expect(patterns.contains { $0.contains("155.94.251.82") })
    // MISP: the TLP tag; the provider's domain is context (to_ids false), the IP is for detection.
    let misp = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/misp.json")))
        as? [String: Any])
    let event = try #require(misp["Event"] as? [String: Any])
    #expect((event["Tag"] as? [[String: Any]])?.map { $0["name"] as? String } == ["tlp:red"])
    let attributes = try #require(event["Attribute"] as? [[String: Any]])
    let toIDs = Dictionary(attributes.map { ($0["value"] as? String ?? "", $0["to_ids"] as? Bool) }) { a, _ in a }
    #expect(toIDs["optimum.net"] == false)
    #expect(toIDs["155.94.251.82"] == true)
    #expect(toIDs["ejbjebduffy@optimum.net"] == true)
    if InvestigateCommandTests.python(["-c", "import stix2validator, pymisp"]).status == 0 {
      let check = InvestigateCommandTests.python(["docs/schema/validate_exports.py", out])
      #expect(check.status == 0, "\(check.output)")
    }
    // The TLP 2.0 levels without a predefined STIX marking validate too.
    if InvestigateCommandTests.python(["-c", "import stix2validator, pymisp"]).status == 0 {
      for level in ["amber+strict", "clear"] {
        let marked = try caseStudy(["--tlp", level])
        let check = InvestigateCommandTests.python(["docs/schema/validate_exports.py", marked])
        #expect(check.status == 0, "\(level): \(check.output)")
        #expect(try read(marked + "/misp.json").contains("\"tlp:\(level)\""))
      }
    }
    // Asked for, the employees' addresses are in.
    let inside = try caseStudy(["--include-internal"])
    let text = try read(inside + "/misp.json")
    #expect(text.contains("sho.tkd@gmail.com") && text.contains("stakada@hisui-denki.example"))
  }

  @Test("the Japanese report has no English sentence outside quoted data")
  func japaneseThroughout() throws {
    let out = try caseStudy(["--lang", "ja", "--analyst", "情報セキュリティ室"])
    var md = try read(out + "/report.md")
    // Quoted data: the message as sent, the analyst's exposure notes, addresses, links.
    md = md.replacingOccurrences(of: #"```text[\s\S]*?```"#, with: "", options: .regularExpression)
    md = md.replacingOccurrences(of: #"\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
    md = md.replacingOccurrences(of: "\\", with: "")
    for line in try read(Self.fixture + "/exposure.csv").split(separator: "\n").dropFirst() {
      if let note = line.split(separator: ",").last { md = md.replacingOccurrences(of: String(note), with: "") }
    }
    let english = try NSRegularExpression(pattern: #"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}"#)
    let found = english.matches(in: md, range: NSRange(md.startIndex..., in: md)).map {
      String(md[Range($0.range, in: md)!])
    }
    #expect(found.isEmpty, "English in the Japanese report: \(found)")
    #expect(!md.contains("{given"), "a raw address pattern")
  }

  @Test("--pdf prints report.pdf with Chromium; without Chromium, a clear message and the other files")
  func pdf() throws {
    if ReportGoldenTests.chromium != nil {
      let out = try caseStudy(["--pdf"])
      let pdf = try Data(contentsOf: URL(fileURLWithPath: out + "/report.pdf"))
      #expect(pdf.starts(with: Array("%PDF-".utf8)) && pdf.count > 10_000)
    }
    let out = tempDir()
    let r = try cli.run(
      [
        "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--pdf", "--out",
        out,
      ], prefix: ["CHROMIUM=/nonexistent/chromium"])
    #expect(r.status == 69, "\(r.stderr)")
    #expect(r.stderr.contains("Chromium was not found"), "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: out + "/report.html"))
    #expect(!FileManager.default.fileExists(atPath: out + "/report.pdf"))
  }

  @Test(
    "report.html at 1280 px in Chromium: no text leaves its box, no page overflow, no request; screenshots and the PDF",
    .enabled(if: ReportGoldenTests.chromium != nil))
  func layout() throws {
    for language in ["en", "ja"] {
      let out = try caseStudy(["--lang", language, "--mailbox", Self.replies, "--analyst", "Security team"])
      let images = ParseCommandTests.root.appendingPathComponent("docs/images").path
      var arguments = ["Tests/CLITests/layout_check.py", out + "/report.html", "--width", "1280"]
      if ReportGoldenTests.recording {
        arguments += ["--screenshot", "\(images)/report-\(language).png", "--pdf", "\(images)/report-\(language).pdf"]
      } else {
        arguments += ["--pdf", out + "/layout.pdf"]
      }
      let r = InvestigateCommandTests.python(arguments)
      #expect(r.status == 0, "\(r.output)")
      if ReportGoldenTests.recording, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm") {
        // The PDF's first page as a picture (poppler's pdftoppm, when installed).
        _ = try ParseCommandTests.output(
          of: "/usr/bin/pdftoppm",
          [
            "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "\(images)/report-\(language).pdf",
            "\(images)/report-\(language)-pdf-page-1",
          ])
      }
      let result = try #require(
        try JSONSerialization.jsonObject(
          with: Data(r.output[(r.output.firstIndex(of: "{") ?? r.output.endIndex)...].utf8))
          as? [String: Any], "\(r.output)")
      #expect(result["pageOverflow"] as? Bool == false, "\(language): the page scrolls sideways")
      #expect((result["overflows"] as? [Any])?.isEmpty == true, "\(language): \(result["overflows"] ?? "")")
      #expect((result["requests"] as? [Any])?.isEmpty == true, "\(language): \(result["requests"] ?? "")")
      let broken = (result["brokenWords"] as? [[String: Any]] ?? []).filter {
        ($0["class"] as? String)?.contains("box") == true
      }
      #expect(broken.isEmpty, "\(language): words split in the flow boxes: \(broken)")
      #expect((result["pdfPages"] as? Int ?? 0) >= 2)
    }
  }
}

extension ReportContentTests {
  static let evidence = "Tests/InvestigationTests/Fixtures/evidence"

  @Test("--evidence: results looked up by hand feed the breach overlap and the reputation, with their sources")
  func evidence() throws {
    let out = try caseStudy([
      "--evidence", "\(Self.evidence)/manual.csv", "--evidence", "\(Self.evidence)/abuseipdb-check.json",
      "--evidence", "\(Self.evidence)/yuki.ono.0312@gmail.com.json",
    ])
    let md = try read(out + "/report.md")
    #expect(!md.contains("not checked (breach lookups not enabled)"))
    #expect(md.contains("No breach holds all 3 private addresses: the attacker combined several lists"))
    #expect(md.contains("AbuseIPDB confidence 0/100"))
    #expect(md.contains("reputation alone would have let this message through"))
    #expect(md.contains("## Evidence looked up by hand"))
    #expect(md.contains("| ejbjebduffy\\[@\\]optimum\\[.\\]net | Spamhaus | not listed | 2026-03-11 |"))
    // Names without data classes settle nothing about the employer.
    #expect(!md.contains("None of these breaches records the employer"))
    let caseJSON = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/case.json")))
        as? [String: Any])
    let overlap = try #require(
      (caseJSON["campaigns"] as? [[String: Any]])?.first?["breach_overlap"] as? [String: Any])
    #expect(overlap["checked"] as? Bool == true)

    // A file in none of the forms is an error that says which forms there are.
    let bad = tempDir() + ".json"
    try #"{"hello": "world"}"#.write(toFile: bad, atomically: true, encoding: .utf8)
    let r = try cli.run([
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--evidence", bad,
      "--out", tempDir(),
    ])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains("not an answer of AbuseIPDB"), "\(r.stderr)")
    let unnamed = tempDir() + ".json"
    try "[{\"Name\": \"X\", \"DataClasses\": []}]".write(toFile: unnamed, atomically: true, encoding: .utf8)
    let r2 = try cli.run([
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--evidence",
      unnamed, "--out", tempDir(),
    ])
    #expect(r2.status == 64 && r2.stderr.contains("name the file after it"), "\(r2.stderr)")
    // An empty file (FuzzIntel's first find: Foundation's reader leaked on one) is an error too.
    let empty = tempDir() + ".csv"
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    let r3 = try cli.run([
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--evidence",
      empty, "--out", tempDir(),
    ])
    #expect(r3.status == 64 && r3.stderr.contains("is empty"), "\(r3.stderr)")
  }
}
