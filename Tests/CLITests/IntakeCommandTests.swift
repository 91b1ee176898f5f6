import Foundation
import Testing

/// `becscope intake` against the real Dovecot `.ci/run` starts (`.ci/mail-servers.sh`): reports
/// appended to a mailbox of `security@becscope.test` by Python's imaplib, taken by the built
/// binary, then counted on the server and in the store. Each test uses mailboxes of its own.
/// The test mail servers `.ci/run` starts: `BECSCOPE_TEST_IMAP` is `HOST:PORT` of Dovecot's IMAPS
/// port, `BECSCOPE_TEST_IMAP_PLAIN` its plain port, `BECSCOPE_TEST_MAIL_CA` the CA that signed
/// its certificate.
enum MailServers {
  static let imaps = ProcessInfo.processInfo.environment["BECSCOPE_TEST_IMAP"]
  static let plainPort = ProcessInfo.processInfo.environment["BECSCOPE_TEST_IMAP_PLAIN"].flatMap(Int.init) ?? 10143
  static let ca = ProcessInfo.processInfo.environment["BECSCOPE_TEST_MAIL_CA"] ?? "/tmp/becscope-mail/tls/ca.pem"
}

@Suite(
  "The report mailbox over IMAP (Dovecot)",
  .enabled(if: MailServers.imaps != nil, "BECSCOPE_TEST_IMAP names no IMAP server"))
struct IntakeCommandTests {
  let cli = ParseCommandTests()
  static let server = MailServers.imaps
  static let plainPort = MailServers.plainPort
  static let ca = MailServers.ca
  static let reports = "\(InvestigateCommandTests.fixture)/reports"
  static let script = "Tests/CLITests/mail_fixture.py"

  func temporary() throws -> String {
    let dir = NSTemporaryDirectory() + "becscope-intake-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "becscope-test-password\n".write(toFile: dir + "/password", atomically: true, encoding: .utf8)
    return dir
  }

  /// Runs the fixture script (imaplib) with the server's address; its standard output.
  @discardableResult
  func fixture(_ arguments: [String]) throws -> String {
    let (host, port) = try #require(
      Self.server.flatMap { s in s.lastIndex(of: ":").map { (String(s[..<$0]), String(s[s.index(after: $0)...])) } })
    let run = try ParseCommandTests.output(
      of: "/usr/bin/python3", [Self.script] + arguments + ["--host", host, "--port", port, "--ca", Self.ca],
      in: ParseCommandTests.root)
    #expect(run.status == 0, "mail_fixture.py \(arguments.first ?? "") failed")
    return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func count(_ mailbox: String) throws -> Int { Int(try fixture(["count", "--mailbox", mailbox])) ?? -1 }

  /// The reports of the case study: three forwarded as attachments, one of them twice, one
  /// inline in English and one inline in Japanese.
  func appendCaseStudy(to mailbox: String) throws {
    try fixture(
      ["append", "--mailbox", mailbox]
        + ["report-1.eml", "report-2.eml", "report-3.eml", "report-1-again.eml"].map { "\(Self.reports)/\($0)" }
        + ["--inline-en", "\(Self.reports)/report-4.eml", "--inline-ja", "\(Self.reports)/report-5.eml"])
  }

  func intake(_ mailbox: String, data: String, extra: [String] = [], prefix: [String] = []) throws -> (
    status: Int32, passes: [[String: Any]], stderr: String
  ) {
    let run = try cli.run(
      [
        "intake", "--imap", "imaps://security%40becscope.test@\(Self.server!)/\(mailbox)", "--ca-file", Self.ca,
        "--password-file", data + "/password", "--processed", mailbox + "-done", "--once", "--json", "--data",
        data + "/store", "--org", "\(InvestigateCommandTests.fixture)/org.yaml",
      ] + extra, prefix: prefix)
    let passes = run.stdout.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    return (run.status, passes, run.stderr)
  }

  func messagesInStore(_ data: String) throws -> Int {
    let check = try cli.run(["store", "check", "--store", data + "/store/workbench.sqlite", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
    return object?["messages"] as? Int ?? -1
  }

  @Test(
    "the case study's reports (attached, inline in English and Japanese): one BEC campaign, 5 targets; all moved; a second run takes nothing"
  )
  func caseStudy() throws {
    let data = try temporary()
    let mailbox = "T-\(UUID().uuidString.prefix(8))"
    defer {
      _ = try? fixture(["delete", "--mailbox", mailbox]); _ = try? fixture(["delete", "--mailbox", mailbox + "-done"])
    }
    try appendCaseStudy(to: mailbox)
    #expect(try count(mailbox) == 6)
    let first = try intake(mailbox, data: data)
    #expect(first.status == 0, "\(first.stderr)")
    let pass = try #require(first.passes.first)
    #expect(pass["fetched"] as? Int == 6 && pass["added"] as? Int == 5 && pass["repeats"] as? Int == 1, "\(pass)")
    #expect(pass["moved"] as? Int == 6 && (pass["unreadable"] as? [Any])?.isEmpty == true)
    #expect(try count(mailbox) == 0 && count(mailbox + "-done") == 6)
    let second = try intake(mailbox, data: data)
    #expect(second.status == 0 && second.passes.first?["fetched"] as? Int == 0, "\(second.stderr)")
    // The case, built from what intake stored.
    let built = try cli.run([
      "investigate", "--store", data + "/store/workbench.sqlite", "--case", "Report mailbox", "--out", data + "/out",
      "--org", "\(InvestigateCommandTests.fixture)/org.yaml", "--offline",
    ])
    #expect(built.status == 0, "\(built.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/out/case.json")))
    let campaigns = try #require((json as? [String: Any])?["campaigns"] as? [[String: Any]])
    #expect(campaigns.count == 1)
    let targets = (campaigns.first?["targets"] as? [[String: Any]] ?? []).compactMap { $0["employee"] as? String }
    #expect(campaigns.first?["label"] as? String == "bec")
    #expect(
      Set(targets) == [
        "daisuke.nakamura@hisui-denki.example", "kenji.ito@hisui-denki.example", "mika.sato@hisui-denki.example",
        "sho.takada@hisui-denki.example", "yuki.ono@hisui-denki.example",
      ])
  }

  @Test("a run killed between storing and moving loses nothing and duplicates nothing")
  func killed() throws {
    let data = try temporary()
    let mailbox = "K-\(UUID().uuidString.prefix(8))"
    defer {
      _ = try? fixture(["delete", "--mailbox", mailbox]); _ = try? fixture(["delete", "--mailbox", mailbox + "-done"])
    }
    try appendCaseStudy(to: mailbox)
    let killed = try intake(mailbox, data: data, prefix: ["BECSCOPE_TEST_STOP_AFTER_STORE=1"])
    #expect(killed.status == 75, "the test hook did not stop the run: \(killed.stderr)")
    #expect(try count(mailbox) == 6, "moved before the stop")
    #expect(try messagesInStore(data) == 5)
    let again = try intake(mailbox, data: data)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.passes.first?["added"] as? Int == 0 && again.passes.first?["repeats"] as? Int == 6)
    #expect(try count(mailbox) == 0 && count(mailbox + "-done") == 6)
    #expect(try messagesInStore(data) == 5)
  }

  @Test("a mailbox made anew (a new UIDVALIDITY), its reports appended again: repeats, nothing twice")
  func uidValidity() throws {
    let data = try temporary()
    let mailbox = "V-\(UUID().uuidString.prefix(8))"
    defer { _ = try? fixture(["delete", "--mailbox", mailbox]) }
    try appendCaseStudy(to: mailbox)
    // Left in place (flagged), so that making the mailbox anew is what hides them.
    let first = try intake(mailbox, data: data, extra: ["--keep-in-place"])
    #expect(first.status == 0 && first.passes.first?["added"] as? Int == 5, "\(first.stderr)")
    #expect(try intake(mailbox, data: data, extra: ["--keep-in-place"]).passes.first?["fetched"] as? Int == 0)
    try fixture(["recreate", "--mailbox", mailbox])
    try appendCaseStudy(to: mailbox)
    let second = try intake(mailbox, data: data, extra: ["--keep-in-place"])
    #expect(second.status == 0 && second.passes.first?["fetched"] as? Int == 6, "\(second.stderr)")
    #expect(second.passes.first?["added"] as? Int == 0 && second.passes.first?["repeats"] as? Int == 6)
    #expect(
      (second.passes.first?["uidvalidity"] as? Int) != (first.passes.first?["uidvalidity"] as? Int),
      "the mailbox kept its UIDVALIDITY")
    #expect(try messagesInStore(data) == 5)
  }

  @Test(
    "the connection cut in the middle of a literal: the error is logged, intake connects again, the count stays exact")
  func cutConnection() async throws {
    let data = try temporary()
    let mailbox = "C-\(UUID().uuidString.prefix(8))"
    defer {
      _ = try? fixture(["delete", "--mailbox", mailbox]); _ = try? fixture(["delete", "--mailbox", mailbox + "-done"])
    }
    try appendCaseStudy(to: mailbox)
    let port = Int.random(in: 41_000...49_000)
    let proxy = Process()
    proxy.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    proxy.arguments = [
      Self.script, "proxy", "--listen", "\(port)", "--to", "\(Self.plainPort)", "--cut-after", "6000",
    ]
    proxy.currentDirectoryURL = ParseCommandTests.root
    proxy.standardOutput = FileHandle.nullDevice
    proxy.standardError = FileHandle.nullDevice
    try proxy.run()
    defer { if proxy.isRunning { proxy.terminate() } }
    try await Task.sleep(for: .milliseconds(700))
    // Plain text is allowed to a loopback address; the proxy forwards to Dovecot's plain port.
    // The intake keeps reading until `timeout` stops it: long enough for a back-off and a pass.
    let run = try cli.run(
      [
        "intake", "--imap", "imap://security%40becscope.test@127.0.0.1:\(port)/\(mailbox)", "--password-file",
        data + "/password", "--processed", mailbox + "-done", "--json", "--data", data + "/store",
      ], prefix: ["timeout", "12"])
    #expect(run.status == 124, "\(run.stderr)")
    #expect(try count(mailbox + "-done") == 6, "\(run.stderr)")
    #expect(run.stderr.contains("trying again"), "the connection was not cut: \(run.stderr)")
    #expect(try messagesInStore(data) == 5)
  }

  /// `GET /api/v1/intake` of a server, polled until `done` holds (20 s at most); the last answer.
  func intakeStatus(_ server: ServerProcess, token: String, until done: ([String: Any]) -> Bool) async throws
    -> [String: Any]
  {
    var last: [String: Any] = [:]
    for _ in 0..<100 {
      let (status, body) = try await server.call("GET", "/api/v1/intake", token: token)
      #expect(status == 200, "\(String(decoding: body, as: UTF8.self))")
      last = (try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:]
      if done(last) { return last }
      try await Task.sleep(for: .milliseconds(200))
    }
    return last
  }

  @Test(
    "serve --imap: the server reads the mailbox in the background, its progress at /api/v1/intake; a refused sign-in is shown there, the server keeps serving"
  )
  func serveReadsTheMailbox() async throws {
    let data = try temporary()
    let mailbox = "S-\(UUID().uuidString.prefix(8))"
    defer {
      _ = try? fixture(["delete", "--mailbox", mailbox]); _ = try? fixture(["delete", "--mailbox", mailbox + "-done"])
    }
    try appendCaseStudy(to: mailbox)
    let store = ["--data", data + "/store"]
    let token = try ServeCommandTests().admin(in: store)
    let server = try await ServerProcess(
      store + [
        "--org", "\(InvestigateCommandTests.fixture)/org.yaml", "--imap",
        "imaps://security%40becscope.test@\(Self.server!)/\(mailbox)", "--ca-file", Self.ca, "--password-file",
        data + "/password", "--processed", mailbox + "-done", "--answers-to", data + "/answers", "--answer-from",
        "security@hisui-denki.example",
      ])
    let status = try await intakeStatus(server, token: token) { ($0["added"] as? Int ?? 0) >= 5 }
    #expect(status["state"] as? String == "reading" && status["added"] as? Int == 5, "\(status) \(server.logText)")
    #expect(status["repeats"] as? Int == 1 && status["unreadable"] as? Int == 0 && status["last_error"] == nil)
    #expect(status["mailbox"] as? String == "imaps://security%40becscope.test@\(Self.server!)/\(mailbox)")
    #expect(status["answers_written"] as? Int == 6 && status["answers_failed"] as? Int == 0, "\(status)")
    #expect(try count(mailbox) == 0 && count(mailbox + "-done") == 6)
    // The reports are in the store the server serves, in the case the mailbox's settings name.
    let (_, reports) = try await server.call("GET", "/api/v1/reports?limit=50", token: token)
    let rows = (try JSONSerialization.jsonObject(with: reports) as? [String: Any])?["reports"] as? [[String: Any]]
    #expect(rows?.count == 5, "\(String(decoding: reports, as: UTF8.self))")
    #expect(server.logText.contains("reading the report mailbox"), "\(server.logText)")
    #expect(try await server.stop() == 0, "\(server.logText)")

    // A refused sign-in: the server still serves, the status says why and when it tries again.
    try "wrong-password\n".write(toFile: data + "/wrong", atomically: true, encoding: .utf8)
    let refused = try await ServerProcess(
      store + [
        "--imap", "imaps://security%40becscope.test@\(Self.server!)/\(mailbox)", "--ca-file", Self.ca,
        "--password-file", data + "/wrong",
      ])
    let failing = try await intakeStatus(refused, token: token) { $0["state"] as? String == "failing" }
    #expect(failing["state"] as? String == "failing", "\(failing)")
    #expect((failing["last_error"] as? String ?? "").contains("sign"), "\(failing)")
    #expect(failing["retry_in_seconds"] as? Int != nil && failing["passes"] as? Int == 0)
    #expect(refused.logText.contains("trying again"), "\(refused.logText)")
    #expect(try await refused.stop() == 0)
  }
}
