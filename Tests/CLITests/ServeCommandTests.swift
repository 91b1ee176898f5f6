import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `becscope user` and `becscope serve` as an administrator runs them: users in the data
/// folder's store, a real server on a loopback port that stops cleanly on SIGTERM.
@Suite("becscope user and serve (the commands)")
struct ServeCommandTests {
  let cli = ParseCommandTests()

  func tempDir() -> String { NSTemporaryDirectory() + "becscope-serve-\(UUID().uuidString)" }

  @Test("user add/list/passwd/remove: the password from standard input, never an argument; clear errors")
  func users() throws {
    let data = tempDir()
    let short = try cli.run(["user", "add", "hana", "--data", data], stdin: Data("short\n".utf8))
    #expect(short.status == 64 && short.stderr.contains("at least 12 characters"), "\(short.stderr)")
    let add = try cli.run(
      ["user", "add", "hana", "--role", "admin", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(add.status == 0, "\(add.stderr)")
    let again = try cli.run(["user", "add", "hana", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(again.status == 1 && again.stderr.contains("exists"), "\(again.stderr)")
    let bad = try cli.run(["user", "add", "<script>", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(bad.status == 64, "\(bad.stderr)")
    let list = try cli.run(["user", "list", "--json", "--data", data])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
    #expect((object["users"] as? [[String: Any]])?.map { $0["role"] as? String } == ["admin"])
    #expect(!list.stdout.contains("$2"), "no hash is printed")
    let nobody = try cli.run(["user", "passwd", "nobody", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(nobody.status == 1)
    #expect(try cli.run(["user", "remove", "hana", "--data", data]).status == 0)
    #expect(try cli.run(["user", "remove", "hana", "--data", data]).status == 1)
  }

  @Test("serve: /healthz answers, a page needs a sign-in, SIGTERM stops it cleanly")
  func serve() async throws {
    let data = tempDir()
    let port = Int.random(in: 20_000...40_000)
    let process = Process()
    process.executableURL = ParseCommandTests.binary
    process.arguments = ["serve", "--data", data, "--listen", "127.0.0.1:\(port)"]
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    var health: (Data, URLResponse)? = nil
    for _ in 0..<100 where health == nil {
      health = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/healthz")!)
      if health == nil { try await Task.sleep(for: .milliseconds(100)) }
    }
    let (body, response) = try #require(health, "the server did not answer within 10 s")
    #expect((response as? HTTPURLResponse)?.statusCode == 200 && String(decoding: body, as: UTF8.self) == "ok\n")
    #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "X-Content-Type-Options") == "nosniff")
    // The inbox redirects to the sign-in page (followed here).
    let (page, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/")!)
    #expect(String(decoding: page, as: UTF8.self).contains("name=\"password\""))
    process.terminate()
    for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    #expect(!process.isRunning, "still running 10 s after SIGTERM")
    #expect(
      process.terminationStatus == 0,
      "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
    #expect(FileManager.default.fileExists(atPath: data + "/workbench.sqlite"))
  }

  /// A user and a write token in `store` (a unique name: the PostgreSQL store is shared).
  func admin(in store: [String]) throws -> String {
    let name = "ada-\(UUID().uuidString.prefix(8).lowercased())"
    let add = try cli.run(
      ["user", "add", name, "--role", "admin"] + store, stdin: Data("correct horse battery\n".utf8))
    #expect(add.status == 0, "\(add.stderr)")
    let token = try cli.run(["token", "add", name, "--label", "test", "--scope", "write"] + store)
    #expect(token.status == 0 && token.stdout.hasPrefix("bsk_"), "\(token.stderr)")
    #expect(token.stderr.contains("not shown again"))
    return token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test(
    "behind a proxy: X-Forwarded-For and -Proto believed from a --trusted-proxy only; the audit log has the client's address"
  )
  func trustedProxy() async throws {
    let data = tempDir()
    let token = try admin(in: ["--data", data])
    for trusted in [true, false] {
      let server = try await ServerProcess(
        ["--data", data] + (trusted ? ["--trusted-proxy", "127.0.0.1", "--trusted-proxy", "10.0.0.0/8"] : []))
      defer { server.process.terminate() }
      let title = "proxied \(trusted)"
      let made = try ServerProcess.curl([
        "-X", "POST", "-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
        "-H", "X-Forwarded-For: 198.51.100.1, 203.0.113.9, 10.1.2.3", "-H", "X-Forwarded-Proto: https",
        "--data", #"{"title":"\#(title)"}"#, server.base + "/api/v1/cases",
      ])
      #expect(made.head.hasPrefix("HTTP/1.1 201"), "\(made.head)\n\(made.body)")
      // HSTS only when a trusted proxy says the browser spoke HTTPS.
      #expect(made.head.lowercased().contains("strict-transport-security") == trusted, "\(made.head)")
      let log = try await server.call("GET", "/api/v1/audit?limit=5", token: token)
      let entries = try #require(
        (try JSONSerialization.jsonObject(with: log.body) as? [String: Any])?["entries"] as? [[String: Any]])
      let entry = try #require(entries.first { ($0["action"] as? String) == "case-opened" })
      // Through the proxies, the first address from the right that is not a proxy; else the peer.
      #expect(entry["address"] as? String == (trusted ? "203.0.113.9" : "127.0.0.1"), "\(entries)")
      #expect(try await server.stop() == 0, "\(server.logText)")
    }
  }

  @Test(
    "two servers on one PostgreSQL: both serve, both take work, each message is analysed once",
    .enabled(if: StoreCommandTests.postgres != nil))
  func twoServers() async throws {
    let url = try #require(StoreCommandTests.postgres)
    let token = try admin(in: ["--store", url])
    let org = ["--org", "\(InvestigateCommandTests.fixture)/org.yaml"]
    let a = try await ServerProcess(["--store", url] + org)
    let b = try await ServerProcess(["--store", url] + org)
    var stopped = false
    defer { if !stopped { a.process.terminate(); b.process.terminate() } }
    let made = try await a.call(
      "POST", "/api/v1/cases", token: token, body: Data(#"{"title":"two servers \#(UUID().uuidString)"}"#.utf8),
      type: "application/json")
    #expect(made.status == 201)
    let caseID = try #require((try JSONSerialization.jsonObject(with: made.body) as? [String: Any])?["id"] as? String)
    // The case study's reports and 60 other messages, uploaded to the first server.
    let reports = "\(InvestigateCommandTests.fixture)/reports"
    var files = try FileManager.default.contentsOfDirectory(atPath: reports).sorted().map {
      (name: $0, bytes: try Data(contentsOf: URL(fileURLWithPath: "\(reports)/\($0)")))
    }
    for n in 1...60 {
      files.append(
        (
          "note-\(n).eml",
          Data(
            "From: colleague\(n)@example.org\r\nSubject: Lunch \(n)\r\nMessage-ID: <lunch-\(n)-\(caseID)@example.org>\r\n\r\nsee you\r\n"
              .utf8)
        ))
    }
    // Two uploads (at most 50 files each).
    var added = 0
    for part in [Array(files.prefix(33)), Array(files.dropFirst(33))] {
      let form = ServerProcess.multipart(part)
      let upload = try await a.call(
        "POST", "/api/v1/cases/\(caseID)/messages", token: token, body: form.body, type: form.type)
      #expect(upload.status == 201, "\(String(decoding: upload.body, as: UTF8.self))")
      added += (try JSONSerialization.jsonObject(with: upload.body) as? [String: Any])?["added"] as? Int ?? 0
    }
    #expect(added == 65)
    // Read through the second server until every message is analysed (60 s at most).
    var rows: [[String: Any]] = []
    for _ in 0..<600 {
      let page = try await b.call("GET", "/api/v1/reports?case=\(caseID)&limit=500", token: token)
      rows = (try JSONSerialization.jsonObject(with: page.body) as? [String: Any])?["reports"] as? [[String: Any]] ?? []
      if rows.count == 65, rows.allSatisfy({ $0["state"] as? String == "done" }) { break }
      try await Task.sleep(for: .milliseconds(100))
    }
    #expect(rows.count == 65)
    #expect(rows.allSatisfy { $0["state"] as? String == "done" }, "not every message was analysed within 60 s")
    #expect(rows.allSatisfy { $0["attempts"] as? Int == 1 }, "a message was claimed twice")
    let workers = Dictionary(grouping: rows, by: { $0["analysed_by"] as? String ?? "" }).mapValues(\.count)
    #expect(
      workers.keys.allSatisfy {
        $0.hasSuffix(":\(a.port):\(a.process.processIdentifier)")
          || $0.hasSuffix(":\(b.port):\(b.process.processIdentifier)")
      }, "\(workers)")
    print("two servers: messages analysed per worker: \(workers)")
    // The lure's copies are one BEC campaign in the inbox.
    let bec = rows.filter { $0["verdict"] as? String == "bec" }
    #expect(bec.count == 5, "\(bec.map { $0["source"] ?? "" })")
    #expect(Set(bec.compactMap { $0["campaign"] as? String }).count == 1)
    let statusA = try await a.stop()
    let statusB = try await b.stop()
    stopped = true
    #expect(statusA == 0 && statusB == 0, "\(a.logText)\n\(b.logText)")
  }

  static let wrk: String? = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(
    "a request-rate load on loopback (wrk, 2 threads, 16 connections, 3 s a route): no error, no non-2xx answer",
    .enabled(if: wrk != nil))
  func load() async throws {
    let data = tempDir()
    let token = try admin(in: ["--data", data])
    let server = try await ServerProcess(["--data", data, "--org", "\(InvestigateCommandTests.fixture)/org.yaml"])
    defer { server.process.terminate() }
    let made = try await server.call(
      "POST", "/api/v1/cases", token: token, body: Data(#"{"title":"load"}"#.utf8), type: "application/json")
    let caseID = try #require((try JSONSerialization.jsonObject(with: made.body) as? [String: Any])?["id"] as? String)
    let reports = "\(InvestigateCommandTests.fixture)/reports"
    let form = ServerProcess.multipart(
      try FileManager.default.contentsOfDirectory(atPath: reports).sorted().map {
        ($0, try Data(contentsOf: URL(fileURLWithPath: "\(reports)/\($0)")))
      })
    #expect(
      try await server.call("POST", "/api/v1/cases/\(caseID)/messages", token: token, body: form.body, type: form.type)
        .status == 201)
    for path in ["/healthz", "/api/v1/reports", "/api/v1/cases/\(caseID)"] {
      let run = try ParseCommandTests.output(
        of: try #require(Self.wrk),
        ["-t2", "-c16", "-d3s", "--timeout", "5s", "-H", "Authorization: Bearer \(token)", server.base + path])
      let text = String(decoding: run.stdout, as: UTF8.self)
      #expect(run.status == 0, "\(text)")
      #expect(!text.contains("Non-2xx or 3xx responses"), "\(path): \(text)")
      #expect(!text.contains("Socket errors"), "\(path): \(text)")
      let requests = text.split(separator: "\n").first { $0.contains("requests in") }.map(String.init) ?? ""
      print("load \(path): \(requests.trimmingCharacters(in: .whitespaces))")
      #expect(!requests.isEmpty, "\(text)")
    }
    #expect(try await server.stop() == 0, "\(server.logText)")
  }

  @Test(
    "TLS served by the server: HTTPS with its certificate, HSTS and Secure cookies; plain HTTP refused; a bad key is 66",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
  func tls() async throws {
    let dir = tempDir()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let made = try ParseCommandTests.output(
      of: "/usr/bin/openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-addext",
        "subjectAltName=IP:127.0.0.1", "-days", "2", "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem",
      ])
    #expect(made.status == 0)
    let half = try cli.run(["serve", "--data", dir + "/data", "--tls-cert", dir + "/cert.pem"])
    #expect(half.status == 64 && half.stderr.contains("go together"), "\(half.stderr)")
    try "not a key".write(toFile: dir + "/bad.pem", atomically: true, encoding: .utf8)
    let bad = try cli.run([
      "serve", "--data", dir + "/data", "--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/bad.pem",
    ])
    #expect(bad.status == 66 && bad.stderr.contains("cannot read the certificate or key"), "\(bad.stderr)")
    let server = try await ServerProcess(
      ["--data", dir + "/data", "--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/key.pem"],
      caFile: dir + "/cert.pem")
    defer { server.process.terminate() }
    let login = try ServerProcess.curl(["--cacert", dir + "/cert.pem", server.base + "/login"])
    #expect(login.status == 0 && login.head.hasPrefix("HTTP/1.1 200"), "\(login.head)")
    #expect(login.head.lowercased().contains("strict-transport-security: max-age="))
    #expect(login.head.contains("becscope_login=") && login.head.contains("; Secure"), "\(login.head)")
    // Plain HTTP to the TLS port gets no page.
    let plain = try ServerProcess.curl(["http://127.0.0.1:\(server.port)/healthz"])
    #expect(plain.body != "ok\n")
    #expect(try await server.stop() == 0, "\(server.logText)")
  }
}
