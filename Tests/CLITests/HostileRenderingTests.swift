import Foundation
import TestSupport
import Testing

/// Messages built to attack whoever reads becscope's output, with a payload of every class in
/// every field that reaches a report: the HTML opened in headless Chromium next to a probe
/// server that must hear nothing, its element set compared with a harmless twin's; the Markdown
/// rendered by markdown-it-py (CommonMark and GFM with linkify); terminal text, `iocs.txt` and
/// `iocs.csv` checked byte by byte.
@Suite("Hostile rendering: nothing a message carries becomes live in any output", .serialized)
struct HostileRenderingTests {
  let cli = ParseCommandTests()

  /// One payload of each class, pointing at `probe`.
  static func payload(_ probe: String) -> String {
    [
      "Urgent \u{0600}<meta http-equiv=refresh content=0;url=\(probe)/meta>",
      "\u{0600}<style>*{display:none}</style>\u{0605}<b>(verified sender)</b>",
      "\u{0600}<img src=\(probe)/img>\u{0600}<form action=\(probe)/form><input type=password></form>",
      "\u{0600}<link rel=preconnect href=\(probe)/pre><link rel=dns-prefetch href=\(probe)/dns>",
      "\u{0600}[verified](\(probe)/md) \u{0600}![x](\(probe)/mdimg.png) <\(probe)/auto> \u{0600}|cell|",
      "<script>fetch('\(probe)/script')</script>\"><svg onload=fetch('\(probe)/svg')>",
      "www.probe-evil.example ceo@probe-evil.example \(probe)/bare",
      "\u{1B}]0;owned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{9B}31m\u{1B}[2J",
      "a\u{2028}b\u{FEFF}\u{200B}\u{200D} invoice\u{202E}fdp.exe &lt;x&gt; `tick` **bold**",
    ].joined(separator: " ")
  }

  static func b64(_ s: String) -> String { "=?UTF-8?B?" + Data(s.utf8).base64EncodedString() + "?=" }

  static func pct(_ s: String) -> String {
    s.utf8.map { b -> String in
      let c = Character(Unicode.Scalar(b))
      return (c.isASCII && (c.isLetter || c.isNumber)) ? String(c) : String(format: "%%%02X", b)
    }.joined()
  }

  /// A lure whose every field carries `p`; with `p` harmless, the same message shape.
  static func message(_ p: String, probe: String, n: Int) -> String {
    let header = b64(p)
    return """
      Received: from relay\(p.prefix(20).filter { $0 != "\r" && $0 != "\n" }) (evil.example [203.0.113.9])\r
      \tby mx.corp.test with ESMTP id \(n); Mon, 2 Mar 2026 09:00:00 +0000\r
      From: \(header) <boss.urgent\(n)\u{1B}]0;t\u{07}@gmail.com>\r
      Reply-To: \(header) <pay\(n)@probe-evil.example>\r
      To: \(header) <someone@corp.test>\r
      Subject: \(header) wire transfer today\r
      Date: Mon, 2 Mar 2026 09:00:0\(n) +0000\r
      Message-ID: <hostile-\(n)@gmail.com>\r
      MIME-Version: 1.0\r
      Content-Type: multipart/mixed; boundary="b"\r
      \r
      --b\r
      Content-Type: text/html; charset=utf-8\r
      Content-Transfer-Encoding: base64\r
      \r
      \(Data("<p>Please wire the funds today. \(p)</p><a href=\"\(probe)/link\">\(p)</a>".utf8).base64EncodedString(options: .lineLength76Characters).replacingOccurrences(of: "\n", with: "\r\n"))\r
      --b\r
      Content-Type: application/octet-stream; name="\(b64(p + ".exe"))"\r
      Content-Disposition: attachment; filename*=UTF-8''\(pct(p + ".pdf"))\r
      \r
      AAAA\r
      --b--\r

      """
  }

  /// Writes the hostile case (or its harmless twin) and runs `investigate` on it.
  func investigate(_ payload: String, probe: String, into dir: String) throws -> ParseCommandTests.Run {
    try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
    for n in 1...2 {
      try Self.message(payload, probe: probe, n: n).write(
        toFile: dir + "/reports/\(n).eml", atomically: true, encoding: .utf8)
    }
    let csv =
      "employee,platform,url,note\r\nsomeone@corp.test,LinkedIn,\(probe)/exposure,\"\(payload.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n"
    try csv.write(toFile: dir + "/exposure.csv", atomically: true, encoding: .utf8)
    return try cli.run([
      "investigate", "--offline", dir + "/reports", "--exposure", dir + "/exposure.csv", "--note", payload,
      "--out", dir + "/out",
    ])
  }

  /// No byte below 0x20 but tab, LF (and CR in CSV line ends); no DEL, no C1 control, no
  /// invisible or reordering scalar.
  static func controls(in text: String, allowCR: Bool = false) -> [String] {
    text.unicodeScalars.filter { u in
      let v = u.value
      if v == 0x09 || v == 0x0A || (allowCR && v == 0x0D) { return false }
      return v < 0x20 || (0x7F...0x9F).contains(v)
        || [0x2028, 0x2029, 0xFEFF, 0x200B, 0x200D, 0x202E, 0x0600, 0x0605]
          .contains(v)
    }.map { "U+" + String($0.value, radix: 16) }
  }

  @Test("analyze (text, Markdown, JSON): inert text, no live Markdown, valid JSON")
  func analyze() throws {
    let dir = NSTemporaryDirectory() + "becscope-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let probe = "http://127.0.0.1:9"
    let file = dir + "/lure.eml"
    try Self.message(Self.payload(probe), probe: probe, n: 1).write(toFile: file, atomically: true, encoding: .utf8)
    let text = try cli.run(["analyze", "--offline", file])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(Self.controls(in: text.stdout).isEmpty, "\(Self.controls(in: text.stdout))")
    #expect(Self.controls(in: text.stderr).isEmpty)
    #expect(text.stdout.contains("⟨U+1B⟩") && text.stdout.contains("⟨U+600⟩"))
    let markdown = try cli.run(["analyze", "--offline", "--format", "markdown", file])
    #expect(Self.controls(in: markdown.stdout).isEmpty)
    try markdown.stdout.write(toFile: dir + "/analyze.md", atomically: true, encoding: .utf8)
    if let found = try Self.markdownLinks(dir + "/analyze.md") {
      #expect(found.links.isEmpty && found.images.isEmpty && found.html.isEmpty, "\(found)")
    }
    let json = try cli.run(["analyze", "--offline", "--format", "json", file])
    #expect(json.status == 0)
    #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
  }

  /// Links, images and raw HTML markdown-it-py finds in a file; nil when it is not installed.
  static func markdownLinks(_ path: String) throws -> (links: [String], images: [String], html: [String])? {
    let r = InvestigateCommandTests.python(["Tests/CLITests/markdown_links.py", path])
    if r.status == 3 { return nil }
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data((r.output.split(separator: "\n").last ?? "").utf8))
        as? [String: [String]], "\(r.output)")
    return (object["links"] ?? [], object["images"] ?? [], object["html"] ?? [])
  }

  @Test("investigate: report.md, terminal, iocs.txt and iocs.csv carry nothing live")
  func investigateFiles() throws {
    let dir = NSTemporaryDirectory() + "becscope-hostile-\(UUID().uuidString)"
    let probe = "http://127.0.0.1:9"
    let r = try investigate(Self.payload(probe), probe: probe, into: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(Self.controls(in: r.stdout).isEmpty, "\(Self.controls(in: r.stdout))")
    #expect(Self.controls(in: r.stderr).isEmpty, "\(Self.controls(in: r.stderr))")
    let out = dir + "/out"
    let iocs = try String(contentsOfFile: out + "/iocs.txt", encoding: .utf8)
    #expect(Self.controls(in: iocs).isEmpty, "\(Self.controls(in: iocs))")
    let csv = try String(contentsOfFile: out + "/iocs.csv", encoding: .utf8)
    #expect(Self.controls(in: csv, allowCR: true).isEmpty)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(Self.controls(in: markdown).isEmpty, "\(Self.controls(in: markdown))")
    #expect(markdown.contains("⟨U+600⟩"))
    if let found = try Self.markdownLinks(out + "/report.md") {
      // The only links are the lookups and searches becscope builds for the analyst.
      let built = [
        "https://www.virustotal.com/gui/", "https://www.abuseipdb.com/check/", "https://haveibeenpwned.com/",
        "https://www.linkedin.com/search/", "https://www.wantedly.com/search", "https://www.google.com/search",
      ]
      #expect(found.links.allSatisfy { l in built.contains { l.hasPrefix($0) } }, "links: \(found.links)")
      #expect(!found.links.contains { $0.contains("127.0.0.1") }, "links: \(found.links)")
      #expect(found.images.isEmpty, "images: \(found.images)")
      #expect(found.html.allSatisfy { $0 == "<br>" }, "raw HTML: \(found.html)")
    }
  }

  @Test(
    "report.html in Chromium: the probe server hears nothing, the element set equals the harmless twin's",
    .enabled(if: ReportGoldenTests.chromium != nil))
  func browser() throws {
    let probe = try LocalHTTPServer { _ in .answer(status: 200, headers: ["Content-Type": "text/html"], body: "probe") }
    defer { probe.stop() }
    let base = probe.baseURL.absoluteString
    let hostile = NSTemporaryDirectory() + "becscope-hostile-\(UUID().uuidString)"
    let twin = NSTemporaryDirectory() + "becscope-twin-\(UUID().uuidString)"
    #expect(try investigate(Self.payload(base), probe: base, into: hostile).status == 0)
    #expect(try investigate("Urgent harmless words", probe: "https://example.com", into: twin).status == 0)
    let hostileDOM = try Self.dom(hostile + "/out/report.html")
    let twinDOM = try Self.dom(twin + "/out/report.html")
    #expect(hostileDOM.contains("⟨U+600⟩"), "the payload is not in the rendered page")
    #expect(probe.requests.isEmpty, "the page asked the probe: \(probe.requests.map(\.target))")
    #expect(Self.elements(hostileDOM) == Self.elements(twinDOM))
    // The comparison can fail: a page with one injected element differs from its twin.
    #expect(Self.elements(twinDOM + "<img src=x>") != Self.elements(twinDOM))
    // And the probe can hear: a page that does request it is heard.
    let leaky = twin + "/leaky.html"
    try "<!DOCTYPE html><img src=\"\(base)/heard.png\">".write(toFile: leaky, atomically: true, encoding: .utf8)
    _ = try Self.dom(leaky)
    #expect(probe.requests.contains { $0.target == "/heard.png" }, "the probe heard nothing from a leaky page")
  }

  /// The DOM Chromium builds from a file, after letting it run (a refresh or a fetch would
  /// have happened within the budget).
  static func dom(_ path: String) throws -> String {
    let arguments = ReportGoldenTests.quietBrowser + ["--virtual-time-budget=3000", "--dump-dom", "file://\(path)"]
    let result = try ParseCommandTests.output(of: ReportGoldenTests.chromium!, arguments)
    return String(decoding: result.stdout, as: UTF8.self)
  }

  /// The set of element names in serialised HTML (text is escaped there, so a `<` starts a tag).
  static func elements(_ html: String) -> Set<String> {
    var names: Set<String> = []
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while i < scalars.count {
      if scalars[i] == "<", i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic {
        var j = i + 1
        var name = ""
        while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
          name.unicodeScalars.append(scalars[j])
          j += 1
        }
        names.insert(name.lowercased())
        i = j
      } else {
        i += 1
      }
    }
    return names
  }
}
