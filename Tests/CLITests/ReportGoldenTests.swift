import Foundation
import Testing

/// The case-study report as files: Markdown in both languages and the campaigns of case.json
/// against goldens (re-recorded only with `BECSCOPE_RECORD_GOLDENS=1`), and the HTML report
/// rendered by a real browser (headless Chromium) with no console message and no request from
/// the page.
@Suite("Case reports: goldens and the browser")
struct ReportGoldenTests {
  let cli = ParseCommandTests()
  static let fixture = InvestigateCommandTests.fixture
  static let goldens = ParseCommandTests.root.appendingPathComponent("Tests/CLITests/Goldens")
  static var recording: Bool { ProcessInfo.processInfo.environment["BECSCOPE_RECORD_GOLDENS"] == "1" }

  /// Runs the case study offline in `language`; returns the output folder.
  func investigate(_ language: String) throws -> String {
    let out = NSTemporaryDirectory() + "becscope-golden-\(language)-\(UUID().uuidString)"
    let r = try cli.run([
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--mailbox",
      "\(Self.fixture)/mailbox.mbox", "--exposure", "\(Self.fixture)/exposure.csv", "--lang", language, "--out", out,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    return out
  }

  /// The text with the run's own time, case id and folder name blanked.
  static func stable(_ text: String) -> String {
    let ownLines = [
      "- **Case**", "- **Case opened**", "- **Report written**", "- **案件**", "- **案件作成日時**", "- **報告書作成日時**",
    ]
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var l = String(line)
      if let own = ownLines.first(where: { l.hasPrefix($0 + ":") }) { return own + ": (this run)" }
      if let range = l.range(of: #"20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"#, options: .regularExpression),
        l.contains("generated_at")
      {
        l.replaceSubrange(range, with: "GENERATED-AT")
      }
      return l
    }.joined(separator: "\n")
  }

  func compare(_ actual: String, golden name: String) throws {
    let url = Self.goldens.appendingPathComponent(name)
    if Self.recording {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
      Issue.record(
        "\(name) differs from the golden at line \(line + 1): \(line < a.count ? String(a[line]) : "(end)") — expected \(line < e.count ? String(e[line]) : "(end)") (BECSCOPE_RECORD_GOLDENS=1 re-records)"
      )
    }
  }

  @Test("report.md (en, ja) and the campaigns of case.json match their goldens")
  func goldens() throws {
    for language in ["en", "ja"] {
      let out = try investigate(language)
      try compare(
        Self.stable(try String(contentsOfFile: out + "/report.md", encoding: .utf8)),
        golden: "case-study.\(language).md")
      if language == "en" {
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/case.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let campaigns = try JSONSerialization.data(
          withJSONObject: object["campaigns"] as Any, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try compare(String(decoding: campaigns, as: UTF8.self) + "\n", golden: "case-study.campaigns.json")
      }
    }
  }

  static let chromium: String? = {
    for path in [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser"] {
      if let path, FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()

  /// Headless Chromium without its own background traffic, extensions or first-run pages.
  static let quietBrowser = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
  ]

  /// Renders `html` to a PNG with headless Chromium; returns the PNG size, the console lines and
  /// the URLs the network log saw.
  static func render(_ html: String, to png: String) throws -> (bytes: Int, console: [String], urls: Set<String>) {
    let netlog = png + ".netlog.json"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium!)
    process.arguments =
      quietBrowser + [
        "--hide-scrollbars", "--window-size=1280,2400", "--enable-logging=stderr", "--v=0",
        "--log-net-log=\(netlog)", "--screenshot=\(png)", "file://\(html)",
      ]
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let console = log.split(separator: "\n").filter { $0.contains("CONSOLE") }.map(String.init)
    let net = (try? String(contentsOfFile: netlog, encoding: .utf8)) ?? ""
    var urls: Set<String> = []
    let pattern = try NSRegularExpression(pattern: #""url":"([^"]+)""#)
    for m in pattern.matches(in: net, range: NSRange(net.startIndex..., in: net)) {
      if let r = Range(m.range(at: 1), in: net) { urls.insert(String(net[r])) }
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: png))?[.size] as? Int ?? 0
    return (size, console, urls)
  }

  /// Chromium's own background traffic (updates, time, sign-in), which is not the page's.
  static func fromPage(_ url: String) -> Bool {
    guard let host = URL(string: url)?.host?.lowercased() else {
      return !url.hasPrefix("file:") && !url.hasPrefix("data:")
    }
    let browser = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com", "googleusercontent.com"]
    return !browser.contains { host == $0 || host.hasSuffix("." + $0) }
  }

  @Test(
    "report.html opens in Chromium: rendered, no console message, no request from the page",
    .enabled(if: chromium != nil))
  func browser() throws {
    let out = try investigate("ja")
    let png = out + "/report.png"
    let result = try Self.render(out + "/report.html", to: png)
    #expect(result.bytes > 50_000, "the screenshot is \(result.bytes) bytes")
    #expect(result.console.isEmpty, "console: \(result.console)")
    #expect(result.urls.filter(Self.fromPage).isEmpty, "requests: \(result.urls.filter(Self.fromPage))")
    // The screenshots in docs/images are the layout test's (ReportContentTests.layout).
    // The check can fail: a page with a script (blocked by the policy) logs to the console.
    let probe = out + "/probe.html"
    try """
    <!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>
    <body><script>console.log("ran")</script><img src="https://evil.test/x.png"></body></html>
    """.write(toFile: probe, atomically: true, encoding: .utf8)
    let blocked = try Self.render(probe, to: out + "/probe.png")
    #expect(!blocked.console.isEmpty, "the console check saw nothing on a page that breaks the policy")
  }
}
