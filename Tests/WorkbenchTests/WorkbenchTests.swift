import Analysis
import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Investigation
import MailCore
import ReportIntake
import Testing

@testable import Workbench

/// `becscope serve` through Hummingbird's router test framework: sign-in, sessions and CSRF,
/// roles, the security headers, hostile data in the pages, the case's report.
@Suite("Workbench (becscope serve)")
struct WorkbenchTests {
  static let password = "correct horse battery staple"
  /// A bcrypt hash of `password` made once (cost 4 keeps the suite fast; the command uses 12).
  static let hash = Bcrypt.hash(password, cost: 4)

  /// A workbench over a memory store holding one case (a hostile title, one lure) and users.
  func workbench() async throws -> (Workbench, caseID: String) {
    let store = InMemoryCaseStore()
    for (name, role) in [("hana", UserRecord.Role.analyst), ("vera", .viewer), ("ada", .admin)] {
      _ = await store.addUser(UserRecord(name: name, role: role, passwordHash: Self.hash))
    }
    let service = CaseService(
      store: store, investigator: Investigator(profile: nil, analyzer: Analyzer()), context: Array("test".utf8))
    let record = try await service.openCase(named: "Lure <script>alert(1)</script> \u{202E}fdp.exe")
    let lure = """
      From: "CEO" <boss.urgent@gmail.com>\r
      To: someone@corp.test\r
      Subject: </title><img src=x onerror=alert(2)> urgent wire\r
      Date: Mon, 2 Mar 2026 09:00:00 +0000\r
      Message-ID: <lure-1@gmail.com>\r
      \r
      Please wire the funds today, keep this confidential.\r

      """
    _ = try await service.intake(
      [RawMessage(bytes: Array(lure.utf8), source: "lure.eml")], provenance: .upload,
      into: record.id)
    return (Workbench(service: service, users: store), record.id)
  }

  /// A client's cookie jar, from Set-Cookie headers.
  struct Jar {
    var cookies: [String: String] = [:]
    mutating func take(_ response: TestResponse) {
      for header in response.headers[values: .setCookie] {
        let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
        if pair.count == 2, !pair[1].isEmpty {
          cookies[String(pair[0])] = String(pair[1])
        } else {
          cookies.removeValue(forKey: String(pair[0]))
        }
      }
    }
    var header: HTTPFields {
      cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }
  }

  static func form(_ values: [String: String]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return ByteBuffer(
      string: values.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(
        separator: "&"))
  }

  static func value(of field: String, in html: String) -> String? {
    guard let r = html.range(of: "name=\"\(field)\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
  }

  /// Signs in through the form; returns the jar with the session cookie.
  func signIn(_ client: some TestClientProtocol, _ name: String, password: String = password) async throws -> (
    Jar, TestResponse
  ) {
    var jar = Jar()
    let page = try await client.execute(uri: "/login", method: .get)
    jar.take(page)
    let csrf = try #require(Self.value(of: "csrf", in: String(buffer: page.body)))
    var headers = jar.header
    headers[.contentType] = "application/x-www-form-urlencoded"
    let response = try await client.execute(
      uri: "/login", method: .post, headers: headers,
      body: Self.form(["csrf": csrf, "name": name, "password": password]))
    jar.take(response)
    return (jar, response)
  }

  @Test("every route but /login, /healthz and the style sheet refuses an anonymous request; headers on all")
  func anonymous() async throws {
    let (workbench, caseID) = try await workbench()
    let app = Application(router: workbench.router())
    try await app.test(.router) { client in
      let health = try await client.execute(uri: "/healthz", method: .get)
      #expect(health.status == .ok)
      for (uri, method) in [
        ("/", HTTPRequest.Method.get), ("/cases/\(caseID)", .get), ("/cases/\(caseID)/report", .get),
        ("/cases/\(caseID)/notes", .post), ("/cases/\(caseID)/upload", .post), ("/cases", .post), ("/logout", .post),
      ] {
        let r = try await client.execute(uri: uri, method: method)
        #expect(r.status == .seeOther && r.headers[.location] == "/login", "\(method) \(uri): \(r.status)")
      }
      let api = try await client.execute(uri: "/api/v1/cases", method: .get)
      #expect(api.status == .unauthorized)
      #expect(api.headers[.contentType] == "application/problem+json")
      for r in [health, api] {
        #expect(r.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("script-src 'none'") == true)
        #expect(r.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true)
        #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
      }
      let missing = try await client.execute(uri: "/no/such/page", method: .get)
      #expect(missing.status == .notFound)
    }
  }

  @Test(
    "sign-in: a wrong password is 401, a form without its token 403, five failures lock the name; a new session each time"
  )
  func signIn() async throws {
    let (workbench, _) = try await workbench()
    let app = Application(router: workbench.router())
    try await app.test(.router) { client in
      let (_, wrong) = try await signIn(client, "hana", password: "not the password")
      #expect(wrong.status == .unauthorized)
      #expect(String(buffer: wrong.body).contains("Wrong user name or password."))
      // No login token: refused before the password is looked at.
      let forged = try await client.execute(
        uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: Self.form(["csrf": "guess", "name": "hana", "password": Self.password]))
      #expect(forged.status == .forbidden)
      let (jar, ok) = try await signIn(client, "hana")
      #expect(ok.status == .seeOther && ok.headers[.location] == "/")
      let cookie = try #require(ok.headers[values: .setCookie].first { $0.hasPrefix("becscope_session=") })
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
      // Signing in again (even presenting the old session) gives a new session; the old one ends.
      var headers = jar.header
      let page = try await client.execute(uri: "/login", method: .get, headers: headers)
      var again = jar
      again.take(page)
      headers = again.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let second = try await client.execute(
        uri: "/login", method: .post, headers: headers,
        body: Self.form([
          "csrf": try #require(Self.value(of: "csrf", in: String(buffer: page.body))), "name": "hana",
          "password": Self.password,
        ]))
      again.take(second)
      #expect(again.cookies["becscope_session"] != jar.cookies["becscope_session"])
      let old = try await client.execute(uri: "/", method: .get, headers: jar.header)
      #expect(old.status == .seeOther, "the replaced session still works")
      // Five failures for one name: the next attempt is refused even with the right password.
      for _ in 0..<5 { _ = try await signIn(client, "vera", password: "wrong password") }
      let (_, locked) = try await signIn(client, "vera")
      #expect(locked.status == .tooManyRequests)
    }
  }

  @Test("the inbox and the case's report show hostile titles and messages as inert text")
  func pages() async throws {
    let (workbench, caseID) = try await workbench()
    let app = Application(router: workbench.router())
    try await app.test(.router) { client in
      let (jar, _) = try await signIn(client, "vera")
      let inbox = try await client.execute(uri: "/", method: .get, headers: jar.header)
      #expect(inbox.status == .ok)
      let html = String(buffer: inbox.body)
      #expect(html.contains("Lure &lt;script&gt;alert(1)&lt;/script&gt; ⟨U+202E⟩fdp.exe"))
      #expect(html.contains("<html lang=\"en\"") && html.contains(">Reported mail</h1>"))
      var japanese = jar.header
      japanese[.acceptLanguage] = "ja-JP,ja;q=0.9"
      let ja = String(buffer: try await client.execute(uri: "/", method: .get, headers: japanese).body)
      #expect(ja.contains("<html lang=\"ja\"") && ja.contains(">報告メール一覧</h1>") && ja.contains("サインアウト"))
      #expect(!html.contains("<script") && !html.contains("\u{202E}"))
      var headers = jar.header
      headers[.acceptLanguage] = "ja,en;q=0.5"
      let page = try await client.execute(uri: "/cases/\(caseID)/report", method: .get, headers: headers)
      #expect(page.status == .ok)
      let report = String(buffer: page.body)
      #expect(report.contains("<html lang=\"ja\"") && report.contains("調査報告書"))
      #expect(report.contains("&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt;"))
      #expect(!report.contains("<img") && !report.contains("<script"))
      let policy = try #require(page.headers[HTTPField.Name("Content-Security-Policy")!])
      #expect(policy.contains("script-src 'none'") && policy.contains("style-src 'sha256-"))
      let api = try await client.execute(uri: "/api/v1/cases", method: .get, headers: jar.header)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
      #expect((object["cases"] as? [[String: Any]])?.first?["id"] as? String == caseID)
      let none = try await client.execute(uri: "/cases/no-such-case", method: .get, headers: jar.header)
      #expect(none.status == .notFound)
      let one = try await client.execute(uri: "/api/v1/cases/\(caseID)", method: .get, headers: jar.header)
      let detail = try #require(try JSONSerialization.jsonObject(with: Data(buffer: one.body)) as? [String: Any])
      #expect(
        detail["messages"] as? Int == 1
          && detail["title"] as? String == "Lure <script>alert(1)</script> \u{202E}fdp.exe")
      let unknown = try await client.execute(uri: "/api/v1/cases/nope", method: .get, headers: jar.header)
      #expect(unknown.status == .notFound && unknown.headers[.contentType] == "application/problem+json")
      #expect(try await client.execute(uri: "/api/v1/cases/\(caseID)", method: .get).status == .unauthorized)
    }
  }

  @Test(
    "the report mailbox's panel on the inbox and /api/v1/intake: progress, a failure with its reason as inert text; none without --imap"
  )
  func intakePanel() async throws {
    let (plain, _) = try await workbench()
    var settings = WorkbenchSettings()
    settings.intake = ReportMailbox.Settings(
      url: try MailboxURL(parsing: "imaps://security%40corp.test@mail.corp.test/INBOX"), password: "x")
    let workbench = Workbench(service: plain.service, users: plain.users, settings: settings)
    let status = try #require(workbench.intakeStatus)
    var pass = ReportMailbox.Pass()
    pass.fetched = 4
    pass.added = 3
    pass.repeats = 1
    pass.answers.sent = 2
    pass.answers.dryRun = 1
    pass.unreadable = ["imap://mail/INBOX;UID=9: not mail <b onmouseover=alert(4)>x</b> \u{202E}fdp.exe"]
    await status.record(pass)
    await status.record(failure: "the server said <img src=x onerror=alert(3)> \u{202E}gpj.exe", retry: 8)
    let app = Application(router: workbench.router())
    try await app.test(.router) { client in
      let (jar, _) = try await signIn(client, "vera")
      let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: jar.header).body)
      #expect(
        html.contains(
          "<section class=\"intake failing\"><b>Report mailbox</b> imaps://security%40corp.test@mail.corp.test:993/INBOX"
        ))
      #expect(
        html.contains("new reports 3") && html.contains("repeats 1")
          && html.contains("answers sent 2 · answers written (dry run) 1"))
      #expect(
        html.contains("&lt;img src=x onerror=alert(3)&gt; ⟨U+202E⟩gpj.exe") && html.contains("next attempt in (s) 8"))
      #expect(
        html.contains(
          "<li>imap://mail/INBOX;UID=9: not mail &lt;b onmouseover=alert(4)&gt;x&lt;/b&gt; ⟨U+202E⟩fdp.exe</li>"))
      #expect(!html.contains("<img") && !html.contains("<b onmouseover") && !html.contains("\u{202E}"))
      let api = try await client.execute(uri: "/api/v1/intake", method: .get, headers: jar.header)
      let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
      #expect(object["state"] as? String == "failing" && object["added"] as? Int == 3 && object["passes"] as? Int == 1)
      #expect(object["answers_sent"] as? Int == 2 && object["retry_in_seconds"] as? Int == 8)
      #expect((object["last_error"] as? String)?.hasPrefix("the server said <img") == true)
      // A good pass clears the failure.
      await status.record(ReportMailbox.Pass())
      let again = String(buffer: try await client.execute(uri: "/", method: .get, headers: jar.header).body)
      #expect(again.contains("<section class=\"intake reading\">") && !again.contains("intake-error"))
    }
    try await Application(router: plain.router()).test(.router) { client in
      let (jar, _) = try await signIn(client, "vera")
      let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: jar.header).body)
      #expect(!html.contains("class=\"intake"))
      let api = try await client.execute(uri: "/api/v1/intake", method: .get, headers: jar.header)
      #expect(api.status == .notFound)
    }
  }

  @Test("notes: a viewer is refused (403), a form without the session's token is refused, an analyst's is kept")
  func notes() async throws {
    let (workbench, caseID) = try await workbench()
    let app = Application(router: workbench.router())
    try await app.test(.router) { client in
      func post(_ jar: Jar, _ form: [String: String]) async throws -> TestResponse {
        var headers = jar.header
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
          uri: "/cases/\(caseID)/notes", method: .post, headers: headers, body: Self.form(form))
      }
      func csrf(_ jar: Jar) async throws -> String {
        let inbox = try await client.execute(uri: "/", method: .get, headers: jar.header)
        return try #require(Self.value(of: "csrf", in: String(buffer: inbox.body)))
      }
      let (viewer, _) = try await signIn(client, "vera")
      #expect(try await post(viewer, ["csrf": try await csrf(viewer), "text": "x"]).status == .forbidden)
      let (analyst, _) = try await signIn(client, "hana")
      #expect(try await post(analyst, ["text": "no token"]).status == .forbidden)
      #expect(try await post(analyst, ["csrf": "forged", "text": "wrong token"]).status == .forbidden)
      let token = try await csrf(analyst)
      let kept = try await post(analyst, ["csrf": token, "text": "called the CEO: he sent nothing"])
      #expect(kept.status == .seeOther)
      let notes = try await workbench.service.notes(in: caseID).map(\.text)
      #expect(notes == ["hana: called the CEO: he sent nothing"])
      // Signed out, the session is gone.
      var headers = analyst.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let out = try await client.execute(
        uri: "/logout", method: .post, headers: headers, body: Self.form(["csrf": token]))
      #expect(out.status == .seeOther && out.headers[.location] == "/login")
      #expect(try await client.execute(uri: "/", method: .get, headers: analyst.header).status == .seeOther)
    }
  }

  @Test(
    "two servers on one store: a session opened on one is good on the other, failures count across both; a new password ends it"
  )
  func sharedSessions() async throws {
    let (first, _) = try await workbench()
    let second = Workbench(service: first.service, users: first.users)
    let one = Application(router: first.router())
    let other = Application(router: second.router())
    try await one.test(.router) { a in
      try await other.test(.router) { b in
        let (jar, ok) = try await signIn(a, "hana")
        #expect(ok.status == .seeOther)
        let there = try await b.execute(uri: "/", method: .get, headers: jar.header)
        #expect(there.status == .ok, "the other server does not know the session")
        // Three failures on one server and two on the other lock the name on both.
        for _ in 0..<3 { _ = try await signIn(a, "vera", password: "wrong password") }
        for _ in 0..<2 { _ = try await signIn(b, "vera", password: "wrong password") }
        #expect(try await signIn(a, "vera").1.status == .tooManyRequests)
        #expect(try await signIn(b, "vera").1.status == .tooManyRequests)
        // A password changed (as `becscope user passwd` does) signs hana out everywhere.
        #expect(try await first.users.setPasswordHash(Self.hash, for: "hana"))
        #expect(try await a.execute(uri: "/", method: .get, headers: jar.header).status == .seeOther)
        #expect(try await b.execute(uri: "/", method: .get, headers: jar.header).status == .seeOther)
      }
    }
  }

  @Test("a session unused for longer than the idle time is signed out; the store keeps only the token's hash")
  func idle() async throws {
    let store = InMemoryCaseStore()
    let table = Sessions(store: store, idleTimeout: 60)
    let hana = UserRecord(name: "hana", role: .analyst, passwordHash: Self.hash)
    let token = try await table.open(for: hana, replacing: nil)
    #expect(try await store.session(id: token) == nil)
    #expect(try await store.session(id: Sessions.id(token))?.user == "hana")
    #expect(try await table.session(token, now: Date().addingTimeInterval(40)) != nil)
    // Used at 40 s (recorded, being more than 30 s after the last record), so alive at 40 + 59.
    #expect(try await table.session(token, now: Date().addingTimeInterval(40 + 59)) != nil)
    #expect(try await table.session(token, now: Date().addingTimeInterval(40 + 59 + 61)) == nil)
    #expect(try await table.session(token) == nil)
    // A session nobody comes back to is dropped when another opens.
    let vera = UserRecord(name: "vera", role: .viewer, passwordHash: Self.hash)
    let first = try await table.open(for: vera, replacing: nil)
    _ = try await table.open(for: vera, replacing: nil, now: Date().addingTimeInterval(120))
    #expect(try await store.session(id: Sessions.id(first)) == nil)
    #expect(try await store.closeSessions(of: "vera") == 1)
  }

  @Test("upload: reported mail into a case through a multipart form; a viewer, a forged form, no file are refused")
  func upload() async throws {
    let (workbench, caseID) = try await workbench()
    let app = Application(router: workbench.router())
    let lure = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InvestigationTests/Fixtures/case/reports/report-2.eml"), encoding: .utf8)
    try await app.test(.router) { client in
      func send(_ jar: Jar, csrf: String?, files: [(String, String)]) async throws -> TestResponse {
        let boundary = "----becscope\(UUID().uuidString)"
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        for (name, content) in files {
          body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n"
            + "Content-Type: message/rfc822\r\n\r\n\(content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        var headers = jar.header
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(
          uri: "/cases/\(caseID)/upload", method: .post, headers: headers, body: ByteBuffer(string: body))
      }
      func csrf(_ jar: Jar) async throws -> String {
        let page = try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: jar.header)
        return try #require(Self.value(of: "csrf", in: String(buffer: page.body)), "\(page.status) \(page.headers)")
      }
      let (viewer, _) = try await signIn(client, "vera")
      #expect(try await send(viewer, csrf: try await csrf(viewer), files: [("r.eml", lure)]).status == .forbidden)
      let (analyst, _) = try await signIn(client, "hana")
      #expect(try await send(analyst, csrf: nil, files: [("r.eml", lure)]).status == .forbidden)
      let token = try await csrf(analyst)
      #expect(try await send(analyst, csrf: token, files: []).status == .badRequest)
      // A path in the file name stays a name.
      let done = try await send(analyst, csrf: token, files: [("../../etc/report-2.eml", lure), ("again.eml", lure)])
      #expect(done.status == .seeOther)
      let location = try #require(done.headers[.location])
      #expect(location.contains("added=1&repeats=1&skipped=0"), "\(location)")
      let messages = try await workbench.service.store.messages(in: caseID)
      #expect(messages.count == 2)
      // Named as uploaded: not by the server's temporary folder.
      #expect(messages.contains { $0.provenance.source == "report-2.eml" }, "\(messages.map(\.provenance.source))")
      #expect(!messages.contains { $0.provenance.source.contains("/etc/") })
      let page = String(buffer: try await client.execute(uri: location, method: .get, headers: analyst.header).body)
      #expect(page.contains("1 message(s) added, 1 already in the case, 0 file(s) could not be read."))
      // A new case from the inbox's form.
      var headers = analyst.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let made = try await client.execute(
        uri: "/cases", method: .post, headers: headers, body: Self.form(["csrf": token, "title": "Second lure"]))
      #expect(made.status == .seeOther && made.headers[.location]?.hasPrefix("/cases/") == true)
      #expect(try await workbench.service.store.cases().map(\.title).contains("Second lure"))
    }
  }

  @Test("a message as analyze reads it, its header fields inert; the status set by an analyst, not a viewer")
  func messageAndStatus() async throws {
    let (workbench, caseID) = try await workbench()
    let app = Application(router: workbench.router())
    let sha256 = try #require(try await workbench.service.store.messages(in: caseID).first?.sha256)
    try await app.test(.router) { client in
      let (viewer, _) = try await signIn(client, "vera")
      let casePage = String(
        buffer: try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: viewer.header).body)
      #expect(casePage.contains("/cases/\(caseID)/messages/\(sha256)"))
      let page = try await client.execute(
        uri: "/cases/\(caseID)/messages/\(sha256)", method: .get, headers: viewer.header)
      #expect(page.status == .ok)
      let html = String(buffer: page.body)
      #expect(html.contains("&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt; urgent wire"))
      #expect(!html.contains("<img"))
      #expect(html.contains("boss.urgent@gmail.com") || html.contains("boss.urgent@gmail[.]com"))
      #expect(html.contains("<th>Message-ID</th>"))
      let missing = try await client.execute(
        uri: "/cases/\(caseID)/messages/\(String(repeating: "0", count: 64))", method: .get, headers: viewer.header)
      #expect(missing.status == .notFound)
      func setStatus(_ jar: Jar, _ status: String) async throws -> TestResponse {
        let page = try await client.execute(uri: "/", method: .get, headers: jar.header)
        var headers = jar.header
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
          uri: "/cases/\(caseID)/status", method: .post, headers: headers,
          body: Self.form([
            "csrf": try #require(Self.value(of: "csrf", in: String(buffer: page.body))), "status": status,
          ]))
      }
      #expect(try await setStatus(viewer, "closed").status == .forbidden)
      let (analyst, _) = try await signIn(client, "hana")
      #expect(try await setStatus(analyst, "sideways").status == .badRequest)
      #expect(try await setStatus(analyst, "investigating").status == .seeOther)
      #expect(try await workbench.service.store.caseRecord(id: caseID)?.status == .investigating)
    }
  }
}
