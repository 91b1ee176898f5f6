import Foundation
import Testing

/// `becscope investigate`, `defang` and `refang` as a user runs them.
@Suite("becscope investigate (the command)")
struct InvestigateCommandTests {
  let cli = ParseCommandTests()
  static let fixture = "Tests/InvestigationTests/Fixtures/case"

  /// Runs python3 in the repository; status and combined output.
  static func python(_ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = ParseCommandTests.root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    guard (try? process.run()) != nil else { return (127, "python3 not found") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  func tempDir() -> String {
    NSTemporaryDirectory() + "becscope-investigate-\(UUID().uuidString)"
  }

  @Test("the case study offline: one BEC campaign, seven files, and a re-run that adds nothing")
  func caseStudy() throws {
    let out = tempDir()
    let args = [
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--mailbox",
      "\(Self.fixture)/mailbox.mbox", "--exposure", "\(Self.fixture)/exposure.csv", "--out", out,
    ]
    let r = try cli.run(args)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("campaign-1: BEC, 7 message(s) from ejbjebduffy@optimum.net to 7 employee(s)"))
    #expect(
      r.stdout.contains(
        "7 of 7 generated addresses follow {given_initial}{family}; the real format is {given}.{family}"))
    #expect(r.stderr.contains("5 reported message(s) added to the case, 1 already in it"))
    #expect(r.stderr.contains("2 further copies"))
    for file in [
      "case.json", "report.md", "report.html", "iocs.txt", "iocs.csv", "stix.json", "misp.json", "case.sqlite",
    ] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "missing \(file)")
    }
    // The exports load in the tools other teams use (stix2-validator, pymisp); CI installs them.
    if Self.python(["-c", "import stix2validator, pymisp, jsonschema"]).status == 0 {
      let check = Self.python(["docs/schema/validate_exports.py", out])
      #expect(check.status == 0, "\(check.output)")
      let schema = Self.python(
        [
          "-c",
          "import sys; sys.argv=['v','docs/schema/case.schema.json','docs/schema/analyze.schema.json']; sys.stdin=open('\(out)/case.json'); sys.path.insert(0,'docs/schema'); import validate_case; sys.exit(validate_case.main(sys.argv))",
        ])
      #expect(schema.status == 0, "\(schema.output)")
    }
    let again = try cli.run(args)
    #expect(again.status == 0)
    #expect(again.stderr.contains("0 reported message(s) added to the case, 6 already in it"))
    #expect(again.stderr.contains("0 further copies"))
    #expect(again.stdout.contains("campaign-1: BEC, 7 message(s)"))
  }

  @Test("usage errors: no --out, an unreadable exposure file")
  func errors() throws {
    let noOut = try cli.run(["investigate", "Examples/ceo-lure.eml"])
    #expect(noOut.status == 64)
    let missing = try cli.run([
      "investigate", "--offline", "Examples/ceo-lure.eml", "--exposure", "/nonexistent.csv", "--out", tempDir(),
    ])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/nonexistent.csv: not found"))
  }

  @Test("a message built to attack the viewer is shown as inert text in both reports")
  func hostileMessage() throws {
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let raw = """
      From: "</title><script>alert(1)</script>" <boss.urgent@gmail.com>
      To: someone@corp.test
      Subject: </title><img src=x onerror=alert(2)> urgent wire
      Date: Mon, 2 Mar 2026 09:00:00 +0000
      Message-ID: <hostile-1@gmail.com>
      MIME-Version: 1.0
      Content-Type: multipart/mixed; boundary="b"

      --b
      Content-Type: text/html; charset=utf-8

      <p>Please wire the funds today.</p><script>fetch('https://evil.test/x')</script><svg onload="alert(3)"></svg>
      <a href="javascript:alert(4)">click</a> https://evil.test/login
      --b
      Content-Type: application/octet-stream
      Content-Disposition: attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe%0D%0A%3Cb%3Ebold%3C/b%3E

      AAAA
      --b--

      """
    try raw.write(toFile: dir + "/hostile.eml", atomically: true, encoding: .utf8)
    let out = dir + "/out"
    let r = try cli.run(["investigate", "--offline", dir + "/hostile.eml", "--out", out])
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    for tag in ["<script", "<img", "onload=\"", "<b>bold", "href=\"javascript", "href=\"https://evil"] {
      #expect(!html.lowercased().contains(tag), "raw \(tag) in report.html")
    }
    #expect(html.contains("&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt;"))
    #expect(!html.contains("\u{202E}") && !markdown.contains("\u{202E}"))
    #expect(html.contains("⟨U+202E⟩"))
    #expect(html.contains("evil[.]test"))
    // In Markdown every markup character of the message is backslash-escaped.
    #expect(
      markdown.contains("\\<script\\>") && !markdown.replacingOccurrences(of: "\\<", with: "").contains("<script"))
    #expect(html.contains("Content-Security-Policy"))
    // The only links are the searches and lookup pages becscope builds for the analyst.
    let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    let built = [
      "https://www.linkedin.com/", "https://www.wantedly.com/", "https://www.google.com/search",
      "https://www.virustotal.com/gui/", "https://www.abuseipdb.com/check/", "https://haveibeenpwned.com/",
    ]
    #expect(hrefs.allSatisfy { h in built.contains { h.hasPrefix($0) } }, "\(hrefs)")
    #expect(!hrefs.contains { $0.contains("evil") }, "\(hrefs)")
  }

  @Test("defang and refang: pasted text in, shareable text out, and back")
  func defang() throws {
    let d = try cli.run([
      "defang", "mail from ejbjebduffy@optimum.net via 155.94.251.82, see https://evil.example.com/x.",
    ])
    #expect(d.status == 0)
    #expect(
      d.stdout == "mail from ejbjebduffy@optimum[.]net via 155[.]94[.]251[.]82, see hxxps://evil[.]example[.]com/x.\n")
    let r = try cli.run(["refang"], stdin: Data("hxxps://evil[.]example[.]com/x 155[.]94[.]251[.]82 a[@]b[.]jp\n".utf8))
    #expect(r.stdout == "https://evil.example.com/x 155.94.251.82 a@b.jp\n")
    // Pasted text is hostile: a Prepend scalar glued to the URL, terminal escapes.
    let glued = try cli.run(["defang"], stdin: Data("see \u{0600}https://evil.example.com/x \u{1B}]0;t\u{07}\n".utf8))
    #expect(glued.stdout == "see ⟨U+600⟩hxxps://evil[.]example[.]com/x ⟨U+1B⟩]0;t⟨U+7⟩\n", "\(glued.stdout)")
  }
}
