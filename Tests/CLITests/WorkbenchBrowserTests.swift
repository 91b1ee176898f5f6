import Foundation
import TestSupport
import Testing

/// The workbench in real headless Chromium (`workbench_browser.py`, DevTools protocol): an
/// analyst's whole journey in English and in Japanese, and every page built from hostile mail,
/// next to a probe server that must not be contacted.
@Suite("Workbench in the browser", .serialized, .enabled(if: ReportGoldenTests.chromium != nil))
struct WorkbenchBrowserTests {
  let cli = ParseCommandTests()
  static let password = "correct horse battery staple"
  static let reports = "\(InvestigateCommandTests.fixture)/reports"

  /// A data folder with an analyst (`ana`) and an admin (`ada`) and its server; a write token.
  func server() async throws -> (ServerProcess, token: String) {
    let data = NSTemporaryDirectory() + "becscope-browser-\(UUID().uuidString)"
    for (name, role) in [("ana", "analyst"), ("ada", "admin")] {
      let add = try cli.run(
        ["user", "add", name, "--role", role, "--data", data], stdin: Data((Self.password + "\n").utf8))
      #expect(add.status == 0, "\(add.stderr)")
    }
    let token = try cli.run(["token", "add", "ada", "--label", "browser test", "--scope", "write", "--data", data])
    let server = try await ServerProcess(["--data", data, "--org", "\(InvestigateCommandTests.fixture)/org.yaml"])
    return (server, token.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Runs the browser script; its JSON.
  static func browser(_ arguments: [String]) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "Tests/CLITests/workbench_browser.py"] + arguments
    process.currentDirectoryURL = ParseCommandTests.root
    process.environment = ProcessInfo.processInfo.environment.merging(["BECSCOPE_E2E_PASSWORD": password]) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(messages)")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(messages)")
  }

  @Test(
    "an analyst's journey: sign in, upload the case study, one BEC campaign, a message, a note, a status, the report")
  func journey() async throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.reports).sorted().map {
      "\(Self.reports)/\($0)"
    }
    for language in ["en", "ja"] {
      let (server, _) = try await server()
      defer { server.process.terminate() }
      var options = ["--base", server.base, "--user", "ana", "--lang", language]
      if ReportGoldenTests.recording {
        options += [
          "--screenshots", ParseCommandTests.root.appendingPathComponent("docs/images").path, "--prefix",
          "workbench-\(language)",
        ]
      }
      let run = try Self.browser(
        options + ["journey", "--title", language == "ja" ? "社長なりすまし 2026-03" : "CEO lure March 2026", "--upload"]
          + files)
      let campaigns = try #require(run["campaigns"] as? [[String: Any]])
      #expect(campaigns.count == 1, "\(language): \(campaigns)")
      #expect(campaigns.first?["verdict"] as? String == "bec")
      #expect(campaigns.first?["targets"] as? String == "5" && campaigns.first?["copies"] as? String == "5")
      #expect(campaigns.first?["sender"] as? String == "ejbjebduffy@optimum.net")
      #expect((run["messages"] as? [Any])?.count == 5)
      #expect((run["analysis_lines"] as? Int ?? 0) > 10, "the analysis keeps its lines")
      #expect((run["analysis"] as? String)?.contains("becscope-upload-") == false, "no server path")
      #expect((run["notes"] as? [String])?.contains { $0.contains("Called the CFO; no transfer was made.") } == true)
      #expect(run["status"] as? String == "investigating")
      let download = try #require(run["report_download"] as? [String: Any])
      #expect(download["tlp_amber"] as? Bool == true && (download["bytes"] as? Int ?? 0) > 10_000)
      #expect(run["html_lang"] as? String == language)
      #expect((run["foreign_requests"] as? [Any])?.isEmpty == true, "\(run["foreign_requests"] ?? "")")
      #expect((run["errors"] as? [Any])?.isEmpty == true, "\(language): \(run["errors"] ?? "")")
      #expect(try await server.stop() == 0, "\(server.logText)")
    }
  }

  @Test("pages built from hostile mail: the probe server is never contacted, no element is injected")
  func hostile() async throws {
    let probe = try LocalHTTPServer { _ in .answer(status: 200, headers: ["Content-Type": "text/html"], body: "probe") }
    defer { probe.stop() }
    let base = probe.baseURL.absoluteString
    var elements: [String: Set<String>] = [:]
    for (name, payload, probeURL) in [
      ("hostile", HostileRenderingTests.payload(base), base), ("twin", "Urgent harmless words", "https://example.com"),
    ] {
      let (server, token) = try await server()
      defer { server.process.terminate() }
      let made = try await server.call(
        "POST", "/api/v1/cases", token: token,
        body: try JSONSerialization.data(withJSONObject: ["title": String(payload.prefix(190))]),
        type: "application/json")
      #expect(made.status == 201)
      let caseID = try #require((try JSONSerialization.jsonObject(with: made.body) as? [String: Any])?["id"] as? String)
      let form = ServerProcess.multipart(
        (1...2).map {
          ("\(payload.prefix(40))-\($0).eml", Data(HostileRenderingTests.message(payload, probe: probeURL, n: $0).utf8))
        })
      let upload = try await server.call(
        "POST", "/api/v1/cases/\(caseID)/messages", token: token, body: form.body, type: form.type)
      #expect(upload.status == 201, "\(String(decoding: upload.body, as: UTF8.self))")
      _ = try await server.call(
        "POST", "/api/v1/cases/\(caseID)/notes", token: token,
        body: try JSONSerialization.data(withJSONObject: ["text": payload]), type: "application/json")
      let exposure = try await server.call(
        "POST", "/api/v1/cases/\(caseID)/exposure", token: token,
        body: try JSONSerialization.data(withJSONObject: [
          "employee": String(payload.prefix(190)), "platform": String(payload.prefix(190)),
          "url": probeURL + "/profile?" + String(payload.prefix(500)), "note": String(payload.prefix(1_900)),
        ]), type: "application/json")
      #expect(exposure.status == 201, "\(String(decoding: exposure.body, as: UTF8.self))")
      // Wait for the analysis queue, so the inbox lists the messages with their subjects.
      var listed: [[String: Any]] = []
      for _ in 0..<100 {
        let page = try await server.call("GET", "/api/v1/reports?case=\(caseID)", token: token)
        listed =
          (try JSONSerialization.jsonObject(with: page.body) as? [String: Any])?["reports"] as? [[String: Any]] ?? []
        if listed.count == 2, listed.allSatisfy({ $0["state"] as? String == "done" }) { break }
        try await Task.sleep(for: .milliseconds(100))
      }
      let sha = try #require(listed.first?["sha256"] as? String)
      let paths = [
        "/", "/?q=wire", "/cases/\(caseID)", "/cases/\(caseID)/messages/\(sha)",
        "/cases/\(caseID)/messages/\(sha)?html=1", "/cases/\(caseID)/report", "/audit",
      ]
      let run = try Self.browser(["--base", server.base, "--user", "ada", "visit", "--wait", "1"] + paths)
      let pages = try #require(run["pages"] as? [[String: Any]])
      #expect(pages.count == paths.count)
      let dom = pages.compactMap { $0["dom"] as? String }.joined(separator: "\n")
      if name == "hostile" { #expect(dom.contains("⟨U+600⟩"), "the payload is not in the pages") }
      elements[name] = HostileRenderingTests.elements(dom)
      #expect((run["foreign_requests"] as? [Any])?.isEmpty == true, "\(run["foreign_requests"] ?? "")")
      #expect(try await server.stop() == 0)
    }
    #expect(probe.requests.isEmpty, "a page asked the probe: \(probe.requests.map(\.target))")
    #expect(probe.connectionCount == 0, "a page opened \(probe.connectionCount) connection(s) to the probe")
    #expect(
      elements["hostile"] == elements["twin"],
      "elements: \(elements["hostile"]?.symmetricDifference(elements["twin"] ?? []) ?? [])")
  }
}
