import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Investigation
import MailCore
import Reporting
import Testing

@testable import Workbench

/// The workbench's API and the actions added to the pages: API tokens and their scopes, the
/// CSRF header for a browser's API calls, analysts' verdicts and owners, downloads of the
/// exports and of attachments (names that try to leave their folder included), the HTML body's
/// sandbox, the audit log, the language switch.
@Suite("Workbench API, downloads and audit")
struct WorkbenchAPITests {
  let base = WorkbenchTests()

  /// A reported lure with an HTML body and an attachment whose name tries to climb out of a
  /// folder and reverse itself.
  static let lureWithAttachment = """
    From: "CEO" <boss.urgent@gmail.com>\r
    To: someone@corp.test\r
    Subject: Invoice attached\r
    Date: Mon, 2 Mar 2026 09:05:00 +0000\r
    Message-ID: <lure-attach@gmail.com>\r
    MIME-Version: 1.0\r
    Content-Type: multipart/mixed; boundary="b"\r
    \r
    --b\r
    Content-Type: text/html; charset=utf-8\r
    \r
    <p>Pay today</p><img src="http://probe.invalid/pixel.png"><a href="https://evil.example/pay">pay</a><script>alert(1)</script>\r
    --b\r
    Content-Type: application/pdf; name="x.pdf"\r
    Content-Disposition: attachment; filename="../../etc/invoice\u{202E}fdp.exe"\r
    Content-Transfer-Encoding: base64\r
    \r
    SGVsbG8sIGF0dGFjaG1lbnQh\r
    --b--\r

    """

  /// The workbench with the extra lure taken into the case; its SHA-256.
  func setUp() async throws -> (Workbench, caseID: String, sha256: String) {
    let (workbench, caseID) = try await base.workbench()
    _ = try await workbench.service.intake(
      [RawMessage(bytes: Array(Self.lureWithAttachment.utf8), source: "attach.eml")], provenance: .upload,
      into: caseID)
    let sha256 = try #require(
      try await workbench.service.store.messages(in: caseID).first { $0.provenance.source == "attach.eml" }?.sha256)
    return (workbench, caseID, sha256)
  }

  func token(_ workbench: Workbench, _ user: String, _ scope: APITokenRecord.Scope) async throws -> String {
    let made = APIToken.make(user: user, label: "test", scope: scope)
    #expect(try await workbench.users.addToken(made.record))
    return made.token
  }

  static func bearer(_ token: String, json: Bool = false) -> HTTPFields {
    var fields: HTTPFields = [.authorization: "Bearer \(token)"]
    if json { fields[.contentType] = "application/json" }
    return fields
  }

  static func json(_ r: TestResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any])
  }

  @Test("tokens: a read token reads and cannot write, a write token writes without CSRF, revoked and forged are 401")
  func tokens() async throws {
    let (workbench, caseID, _) = try await setUp()
    let read = try await token(workbench, "hana", .read)
    let write = try await token(workbench, "hana", .write)
    let viewer = try await token(workbench, "vera", .write)
    try await Application(router: workbench.router()).test(.router) { client in
      let listed = try await client.execute(uri: "/api/v1/cases", method: .get, headers: Self.bearer(read))
      #expect(listed.status == .ok)
      #expect((try Self.json(listed)["cases"] as? [[String: Any]])?.first?["id"] as? String == caseID)
      let note = ByteBuffer(string: #"{"text":"called the CFO"}"#)
      let refused = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/notes", method: .post, headers: Self.bearer(read, json: true), body: note)
      #expect(refused.status == .forbidden && refused.headers[.contentType] == "application/problem+json")
      let added = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/notes", method: .post, headers: Self.bearer(write, json: true), body: note)
      #expect(added.status == .created, "\(String(buffer: added.body))")
      // A viewer's write token still has a viewer's role.
      #expect(
        try await client.execute(
          uri: "/api/v1/cases/\(caseID)/notes", method: .post, headers: Self.bearer(viewer, json: true), body: note
        ).status == .forbidden)
      for forged in [
        "bsk_0000000000000000_guess", String(write.dropLast()) + "x", "Basic aGFuYTpwdw==", "bsk_../../etc_x",
      ] {
        let r = try await client.execute(
          uri: "/api/v1/cases", method: .get,
          headers: [.authorization: forged.hasPrefix("Basic") ? forged : "Bearer \(forged)"])
        #expect(r.status == .unauthorized, "\(forged)")
      }
      // A token is for the API only: a page with one and no session sends the browser to sign in.
      let page = try await client.execute(uri: "/", method: .get, headers: Self.bearer(write))
      #expect(page.status == .seeOther)
      let id = try #require(APIToken.split(write)?.id)
      let revoked = try await client.execute(
        uri: "/api/v1/tokens/\(id)", method: .delete, headers: Self.bearer(write))
      #expect(revoked.status == .noContent)
      #expect(
        try await client.execute(uri: "/api/v1/cases", method: .get, headers: Self.bearer(write)).status
          == .unauthorized)
      // A token cannot make tokens.
      #expect(
        try await client.execute(
          uri: "/api/v1/tokens", method: .post, headers: Self.bearer(read, json: true),
          body: ByteBuffer(string: #"{"label":"x","scope":"write"}"#)
        ).status == .forbidden)
    }
    // A removed user's token stops working.
    #expect(try await workbench.users.removeUser(named: "hana"))
    try await Application(router: workbench.router()).test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/cases", method: .get, headers: Self.bearer(read))
      #expect(r.status == .unauthorized)
    }
    let stored = try await workbench.users.tokens(of: nil)
    #expect(stored.allSatisfy { !read.contains($0.secretHash) && $0.secretHash.count == 64 })
  }

  @Test("a browser's API call needs the session's X-CSRF-Token; a token made from a session is shown once")
  func sessionAPI() async throws {
    let (workbench, _, _) = try await setUp()
    try await Application(router: workbench.router()).test(.router) { client in
      let (jar, _) = try await base.signIn(client, "hana")
      let inbox = try await client.execute(uri: "/", method: .get, headers: jar.header)
      let csrf = try #require(WorkbenchTests.value(of: "csrf", in: String(buffer: inbox.body)))
      var headers = jar.header
      headers[.contentType] = "application/json"
      let body = ByteBuffer(string: #"{"title":"From the API"}"#)
      #expect(
        try await client.execute(uri: "/api/v1/cases", method: .post, headers: headers, body: body).status == .forbidden
      )
      headers[HTTPField.Name("X-CSRF-Token")!] = csrf
      let made = try await client.execute(uri: "/api/v1/cases", method: .post, headers: headers, body: body)
      #expect(made.status == .created)
      #expect(try Self.json(made)["title"] as? String == "From the API")
      let token = try await client.execute(
        uri: "/api/v1/tokens", method: .post, headers: headers,
        body: ByteBuffer(string: #"{"label":"SOAR","scope":"read"}"#))
      #expect(token.status == .created)
      let secret = try #require(try Self.json(token)["token"] as? String)
      #expect(try await client.execute(uri: "/api/v1/cases", method: .get, headers: Self.bearer(secret)).status == .ok)
      let listed = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: jar.header)
      #expect(!String(buffer: listed.body).contains(secret) && String(buffer: listed.body).contains("SOAR"))
    }
  }

  @Test("exposure findings: recorded through the API and the page's form, listed, shown defanged and inert; audited")
  func exposure() async throws {
    let (workbench, caseID, _) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    let viewer = try await token(workbench, "vera", .write)
    let uri = "/api/v1/cases/\(caseID)/exposure"
    try await Application(router: workbench.router()).test(.router) { client in
      let hostile =
        #"{"employee":"taro@corp.test","platform":"<b>LinkedIn</b>","url":"https://evil.example/in/taro?<script>","note":"names Corp \u202e"}"#
      let made = try await client.execute(
        uri: uri, method: .post, headers: Self.bearer(write, json: true), body: ByteBuffer(string: hostile))
      #expect(made.status == .created, "\(String(buffer: made.body))")
      #expect(try Self.json(made)["user"] as? String == "hana")
      #expect(
        try await client.execute(
          uri: uri, method: .post, headers: Self.bearer(viewer, json: true), body: ByteBuffer(string: hostile)
        ).status == .forbidden)
      #expect(
        try await client.execute(
          uri: uri, method: .post, headers: Self.bearer(write, json: true),
          body: ByteBuffer(string: #"{"employee":"  ","platform":"X"}"#)
        ).status == .badRequest)
      // The page's form, with the session's CSRF token.
      let (jar, _) = try await base.signIn(client, "hana")
      let page = try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: jar.header)
      let csrf = try #require(WorkbenchTests.value(of: "csrf", in: String(buffer: page.body)))
      var headers = jar.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let posted = try await client.execute(
        uri: "/cases/\(caseID)/exposure", method: .post, headers: headers,
        body: WorkbenchTests.form([
          "csrf": csrf, "employee": "mika@corp.test", "platform": "Wantedly", "url": "", "note": "accounting",
        ]))
      #expect(posted.status == .seeOther)
      let listed =
        try Self.json(
          try await client.execute(uri: uri, method: .get, headers: Self.bearer(write)))["findings"] as? [[String: Any]]
      #expect(listed?.map { $0["employee"] as? String } == ["taro@corp.test", "mika@corp.test"])
      let html = String(
        buffer: try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: jar.header).body)
      #expect(html.contains("https[://]evil[.]example/in/taro?&lt;script&gt;"), "\(html)")
      #expect(!html.contains("<b>LinkedIn") && !html.contains("https://evil.example"))
      #expect(html.contains("&lt;b&gt;LinkedIn&lt;/b&gt;"))
      let audit = try await workbench.users.auditLog(caseID: caseID, limit: 10).filter { $0.action == "exposure" }
      #expect(audit.count == 2)
    }
  }

  @Test("an analyst's verdict with a reason: in the message, its API answer, the case's build; audited")
  func verdict() async throws {
    let (workbench, caseID, sha256) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    let viewer = try await token(workbench, "vera", .write)
    try await Application(router: workbench.router()).test(.router) { client in
      let uri = "/api/v1/cases/\(caseID)/messages/\(sha256)/verdict"
      let body = ByteBuffer(string: #"{"verdict":"clean","reason":"the CEO did send it from home"}"#)
      #expect(
        try await client.execute(uri: uri, method: .put, headers: Self.bearer(viewer, json: true), body: body).status
          == .forbidden)
      #expect(
        try await client.execute(
          uri: uri, method: .put, headers: Self.bearer(write, json: true),
          body: ByteBuffer(string: #"{"verdict":"harmless","reason":"x"}"#)
        ).status == .badRequest)
      #expect(
        try await client.execute(
          uri: uri, method: .put, headers: Self.bearer(write, json: true),
          body: ByteBuffer(string: #"{"verdict":"clean","reason":"  "}"#)
        ).status == .badRequest)
      let set = try await client.execute(uri: uri, method: .put, headers: Self.bearer(write, json: true), body: body)
      #expect(set.status == .ok)
      #expect(try Self.json(set)["user"] as? String == "hana")
      let message = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/messages/\(sha256)", method: .get, headers: Self.bearer(write))
      let verdict = try #require(try Self.json(message)["verdict"] as? [String: Any])
      #expect(verdict["label"] as? String == "clean")
      #expect((verdict["reason"] as? String)?.contains("set by hana: the CEO did send it from home") == true)
      let messages = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/messages", method: .get, headers: Self.bearer(write))
      #expect(String(buffer: messages.body).contains(#""verdict":"clean""#))
    }
    // The case's build counts the message as the analyst decided.
    let built = await workbench.service.investigator.build(
      try await workbench.service.messages(in: caseID).messages, intel: nil)
    #expect(built.messages.first { $0.source == "attach.eml" }?.analysis.bec.verdict.label == "clean")
    let log = try await workbench.users.auditLog(caseID: caseID, limit: 10)
    #expect(log.contains { $0.action == "verdict" && $0.user.hasPrefix("hana (token ") })
  }

  @Test("owner and status through the page forms and PATCH; only analysts may own a case")
  func owner() async throws {
    let (workbench, caseID, _) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    try await Application(router: workbench.router()).test(.router) { client in
      let uri = "/api/v1/cases/\(caseID)"
      let patch = { (body: String) in
        try await client.execute(
          uri: uri, method: .patch, headers: Self.bearer(write, json: true), body: ByteBuffer(string: body))
      }
      #expect(try await patch(#"{"owner":"vera"}"#).status == .badRequest)
      #expect(try await patch(#"{"status":"lost"}"#).status == .badRequest)
      let changed = try await patch(#"{"owner":"ada","status":"investigating"}"#)
      #expect(changed.status == .ok)
      #expect(try Self.json(changed)["owner"] as? String == "ada")
      #expect(try Self.json(changed)["status"] as? String == "investigating")
      #expect(try await patch(#"{"owner":""}"#).status == .ok)
      #expect(try await workbench.service.store.caseRecord(id: caseID)?.owner == nil)
      let (jar, _) = try await base.signIn(client, "hana")
      let page = try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: jar.header)
      var headers = jar.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let form = try await client.execute(
        uri: "/cases/\(caseID)/owner", method: .post, headers: headers,
        body: WorkbenchTests.form([
          "csrf": try #require(WorkbenchTests.value(of: "csrf", in: String(buffer: page.body))), "owner": "hana",
        ]))
      #expect(form.status == .seeOther)
      #expect(try await workbench.service.store.caseRecord(id: caseID)?.owner == "hana")
    }
  }

  @Test("exports: each file downloads as an attachment; names that leave the folder are 404; the PDF or 503")
  func exports() async throws {
    let (workbench, caseID, _) = try await setUp()
    let read = try await token(workbench, "vera", .read)
    try await Application(router: workbench.router()).test(.router) { client in
      for name in CaseFiles.names {
        let r = try await client.execute(
          uri: "/api/v1/cases/\(caseID)/exports/\(name)?tlp=red&lang=ja", method: .get, headers: Self.bearer(read))
        #expect(r.status == .ok, "\(name): \(r.status)")
        #expect(r.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"") == true)
        #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        if name.hasSuffix(".json") {
          #expect(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) is [String: Any])
        }
        if name == "report.md" { #expect(String(buffer: r.body).contains("TLP:RED")) }
      }
      for bad in ["..%2F..%2Fetc%2Fpasswd", "%2e%2e", "report.html%00.txt", "REPORT.HTML", "report.html%2F..", "case"] {
        let r = try await client.execute(
          uri: "/api/v1/cases/\(caseID)/exports/\(bad)", method: .get, headers: Self.bearer(read))
        #expect(r.status == .notFound, "\(bad): \(r.status)")
      }
      #expect(
        try await client.execute(
          uri: "/api/v1/cases/\(caseID)/exports/stix.json?tlp=purple", method: .get, headers: Self.bearer(read)
        ).status == .badRequest)
      #expect(
        try await client.execute(uri: "/api/v1/cases/nope/exports/stix.json", method: .get, headers: Self.bearer(read))
          .status == .notFound)
      let pdf = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/exports/report.pdf", method: .get, headers: Self.bearer(read))
      if PDFPrinter.chromium() != nil {
        #expect(pdf.status == .ok && String(buffer: pdf.body).hasPrefix("%PDF-"))
      } else {
        #expect(pdf.status == .serviceUnavailable)
      }
    }
    let log = try await workbench.users.auditLog(caseID: caseID, limit: 20)
    #expect(log.filter { $0.action == "export" }.count >= CaseFiles.names.count)
  }

  @Test("attachments: exact bytes as an octet-stream attachment under a safe name, for analysts, on request only")
  func attachments() async throws {
    let (workbench, caseID, sha256) = try await setUp()
    let analyst = try await token(workbench, "hana", .read)
    let viewer = try await token(workbench, "vera", .read)
    try await Application(router: workbench.router()).test(.router) { client in
      let (jar, _) = try await base.signIn(client, "hana")
      let page = try await client.execute(
        uri: "/cases/\(caseID)/messages/\(sha256)", method: .get, headers: jar.header)
      let html = String(buffer: page.body)
      let (_, bytes) = try await workbench.storedMessage(caseID, sha256)
      let m = MessageParser().parse(RawMessage(bytes: bytes, source: "x"))
      print(
        "DBG", m.attachments, m.parts.map { "\($0.contentType.mimeType) \($0.kind)" },
        String(decoding: bytes.prefix(600), as: UTF8.self))
      #expect(html.contains("fa3efc15c7d86ddf"), "the attachment's SHA-256 is listed")
      let part = try #require(
        html.range(of: "/attachments/").map { html[$0.upperBound...].prefix { $0.isNumber } }.map(String.init))
      let uri = "/api/v1/cases/\(caseID)/messages/\(sha256)/attachments/\(part)"
      #expect(try await client.execute(uri: uri, method: .get, headers: Self.bearer(viewer)).status == .forbidden)
      let r = try await client.execute(uri: uri, method: .get, headers: Self.bearer(analyst))
      #expect(r.status == .ok)
      #expect(String(buffer: r.body) == "Hello, attachment!")
      #expect(r.headers[.contentType] == "application/octet-stream")
      let disposition = try #require(r.headers[.contentDisposition])
      #expect(disposition.hasPrefix("attachment; filename=\"invoice"))
      #expect(!disposition.contains("/") && !disposition.contains("\u{202E}") && !disposition.contains(".."))
      #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
      for bad in ["99", "-1", "0x1", "..%2F1"] {
        #expect(
          try await client.execute(
            uri: "/api/v1/cases/\(caseID)/messages/\(sha256)/attachments/\(bad)", method: .get,
            headers: Self.bearer(analyst)
          ).status == .notFound, "\(bad)")
      }
      for bad in [String(repeating: "0", count: 64), "..%2F..%2Fetc%2Fpasswd", String(sha256.dropLast())] {
        #expect(
          try await client.execute(
            uri: "/api/v1/cases/\(caseID)/messages/\(bad)/attachments/\(part)", method: .get,
            headers: Self.bearer(analyst)
          ).status == .notFound, "\(bad)")
      }
      // The page's download is a form post with the session's token; a GET or a forged form is refused.
      var headers = jar.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let pageURI = "/cases/\(caseID)/messages/\(sha256)/attachments/\(part)"
      #expect(try await client.execute(uri: pageURI, method: .get, headers: jar.header).status == .notFound)
      #expect(
        try await client.execute(
          uri: pageURI, method: .post, headers: headers, body: WorkbenchTests.form(["csrf": "forged"])
        ).status == .forbidden)
      let csrf = try #require(WorkbenchTests.value(of: "csrf", in: html))
      let downloaded = try await client.execute(
        uri: pageURI, method: .post, headers: headers, body: WorkbenchTests.form(["csrf": csrf]))
      #expect(downloaded.status == .ok && String(buffer: downloaded.body) == "Hello, attachment!")
    }
  }

  @Test("the HTML body: text with links defanged, its lines kept; on request its source as text, never rendered")
  func htmlBody() async throws {
    let (workbench, caseID, sha256) = try await setUp()
    try await Application(router: workbench.router()).test(.router) { client in
      let (jar, _) = try await base.signIn(client, "vera")
      let text = try await client.execute(uri: "/cases/\(caseID)/messages/\(sha256)", method: .get, headers: jar.header)
      let page = String(buffer: text.body)
      #expect(page.contains("?html=1") && !page.contains("<iframe"))
      #expect(!page.contains("<script") && !page.contains("<img"))
      // The analysis keeps its lines.
      let analysis = try #require(page.range(of: "<pre class=\"analysis\">").map { page[$0.upperBound...] })
      #expect(analysis.prefix { $0 != "<" }.filter { $0 == "\n" }.count > 5)
      #expect(!page.contains("becscope-upload-"), "no server path")
      let framed = try await client.execute(
        uri: "/cases/\(caseID)/messages/\(sha256)?html=1", method: .get, headers: jar.header)
      let html = String(buffer: framed.body)
      let source = try #require(
        html.range(of: "<pre class=\"html-source\">").map { String(html[$0.upperBound...].prefix { $0 != "<" }) })
      #expect(source.contains("&lt;script&gt;") && source.contains("&lt;img src="))
      #expect(!html.contains("<iframe") && !html.contains("<link rel=\"pre") && !html.contains("https://evil"))
      #expect(source.contains("evil[.]example"))
      let policy = try #require(framed.headers[HTTPField.Name("Content-Security-Policy")!])
      #expect(
        policy.contains("default-src 'none'") && policy.contains("img-src data:") && !policy.contains("'self' data:"))
    }
  }

  @Test("the audit log: admins only; sign-ins, failures, notes, uploads and exports in it")
  func audit() async throws {
    let (workbench, caseID, _) = try await setUp()
    try await Application(router: workbench.router()).test(.router) { client in
      _ = try await base.signIn(client, "hana", password: "wrong password!")
      let (analyst, _) = try await base.signIn(client, "hana")
      #expect(try await client.execute(uri: "/audit", method: .get, headers: analyst.header).status == .forbidden)
      let page = try await client.execute(uri: "/cases/\(caseID)", method: .get, headers: analyst.header)
      var headers = analyst.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      _ = try await client.execute(
        uri: "/cases/\(caseID)/notes", method: .post, headers: headers,
        body: WorkbenchTests.form([
          "csrf": try #require(WorkbenchTests.value(of: "csrf", in: String(buffer: page.body))),
          "text": "<b>checked</b>",
        ]))
      let (admin, _) = try await base.signIn(client, "ada")
      let log = try await client.execute(uri: "/audit", method: .get, headers: admin.header)
      #expect(log.status == .ok)
      let html = String(buffer: log.body)
      for action in ["sign-in-failed", "sign-in", "note"] { #expect(html.contains("<td>\(action)</td>"), "\(action)") }
      #expect(html.contains("&lt;b&gt;checked&lt;/b&gt;") && !html.contains("<b>checked"))
    }
  }

  @Test("the language switch: a cookie that the pages follow, over Accept-Language")
  func language() async throws {
    let (workbench, _, _) = try await setUp()
    try await Application(router: workbench.router()).test(.router) { client in
      let switched = try await client.execute(uri: "/lang/ja", method: .get)
      #expect(switched.status == .seeOther)
      let cookie = try #require(switched.headers[values: .setCookie].first { $0.hasPrefix("becscope_lang=ja") })
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
      let login = try await client.execute(
        uri: "/login", method: .get, headers: [.cookie: "becscope_lang=ja", .acceptLanguage: "en"])
      #expect(String(buffer: login.body).contains("lang=\"ja\"") && String(buffer: login.body).contains("サインイン"))
      #expect(try await client.execute(uri: "/lang/fr", method: .get).status == .notFound)
    }
  }

  @Test("a user removed while signed in is signed out at the next request")
  func removedUser() async throws {
    let (workbench, _, _) = try await setUp()
    try await Application(router: workbench.router()).test(.router) { client in
      let (jar, _) = try await base.signIn(client, "hana")
      #expect(try await client.execute(uri: "/", method: .get, headers: jar.header).status == .ok)
      #expect(try await workbench.users.removeUser(named: "hana"))
      let after = try await client.execute(uri: "/", method: .get, headers: jar.header)
      #expect(after.status == .seeOther && after.headers[.location] == "/login")
    }
  }

  @Test("the inbox: queued messages analysed by the worker's step, listed with verdict and campaign, filtered, paged")
  func inbox() async throws {
    let (workbench, caseID, _) = try await setUp()
    for n in 1...60 {
      let lure =
        "From: \"Finance\" <pay\(n)@gmail.com>\r\nTo: a@corp.test\r\nSubject: Note \(n)\r\n"
        + "Message-ID: <bulk-\(n)@gmail.com>\r\n\r\nhello \(n)\r\n"
      _ = try await workbench.service.intake(
        [RawMessage(bytes: Array(lure.utf8), source: "bulk-\(n).eml")], provenance: .upload, into: caseID)
    }
    let queued = try await workbench.users.reports(ReportFilter(), limit: 500, offset: 0)
    #expect(queued.total == 62 && queued.rows.allSatisfy { $0.state == .queued })
    var analysed = 0
    while true {
      let batch = try await workbench.service.analyseQueued(worker: "test", limit: 25)
      if batch.isEmpty { break }
      analysed += batch.count
    }
    #expect(analysed == 62)
    try await workbench.service.recordInboxCampaigns(of: caseID)
    let read = try await token(workbench, "vera", .read)
    try await Application(router: workbench.router()).test(.router) { client in
      let (jar, _) = try await base.signIn(client, "vera")
      let first = String(buffer: try await client.execute(uri: "/", method: .get, headers: jar.header).body)
      #expect(first.contains("1–50 / 62"))
      #expect(first.contains("href=\"/?offset=50\""))
      let hostile = String(
        buffer: try await client.execute(uri: "/?q=urgent+wire", method: .get, headers: jar.header).body)
      #expect(hostile.contains("&lt;/title&gt;&lt;img src=x onerror=alert(2)&gt; urgent wire"))
      #expect(!hostile.contains("<img src=x"))
      #expect(hostile.contains("1–1 / 1"))
      let api = try await client.execute(
        uri: "/api/v1/reports?verdict=clean&limit=5&offset=5", method: .get, headers: Self.bearer(read))
      let body = try Self.json(api)
      let reports = try #require(body["reports"] as? [[String: Any]])
      #expect(reports.count == 5 && reports.allSatisfy { $0["verdict"] as? String == "clean" })
      #expect((body["total"] as? Int ?? 0) >= 50)
      let flagged = try Self.json(
        try await client.execute(uri: "/api/v1/reports?q=boss.urgent", method: .get, headers: Self.bearer(read)))
      let lure = try #require((flagged["reports"] as? [[String: Any]])?.first)
      #expect(
        lure["state"] as? String == "done" && lure["attempts"] as? Int == 1 && lure["analysed_by"] as? String == "test")
      #expect(
        try await client.execute(uri: "/api/v1/reports?from=yesterday", method: .get, headers: Self.bearer(read)).status
          == .badRequest)
    }
  }

  @Test("upload bombs: too large is 413, too many files 400, deep nesting and a huge part count read within bounds")
  func uploadBombs() async throws {
    let (workbench, caseID, _) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    @Sendable func multipart(_ files: [(String, String)]) -> (HTTPFields, ByteBuffer) {
      let boundary = "bomb\(UUID().uuidString)"
      var body = ""
      for (name, content) in files {
        body +=
          "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n\r\n\(content)\r\n"
      }
      body += "--\(boundary)--\r\n"
      var headers = Self.bearer(write)
      headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
      return (headers, ByteBuffer(string: body))
    }
    let uri = "/api/v1/cases/\(caseID)/messages"
    try await Application(router: workbench.router()).test(.router) { client in
      let big = multipart([("big.eml", "Subject: x\r\n\r\n" + String(repeating: "A", count: 26 << 20))])
      let tooLarge = try await client.execute(uri: uri, method: .post, headers: big.0, body: big.1)
      #expect(tooLarge.status == .contentTooLarge && tooLarge.headers[.contentType] == "application/problem+json")
      let many = multipart((1...51).map { ("m\($0).eml", "Subject: \($0)\r\n\r\nx") })
      #expect(try await client.execute(uri: uri, method: .post, headers: many.0, body: many.1).status == .badRequest)
      // A message of 2,000 nested multiparts and one of 20,000 parts: read within the parser's
      // bounds (a defect recorded, never a crash), taken in.
      var nested = "Subject: nested\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"
      for i in 1...2_000 { nested += "--b\(i - 1)\r\nContent-Type: multipart/mixed; boundary=\"b\(i)\"\r\n\r\n" }
      var wide = "Subject: wide\r\nContent-Type: multipart/mixed; boundary=\"w\"\r\n\r\n"
      for _ in 1...20_000 { wide += "--w\r\nContent-Type: text/plain\r\n\r\nx\r\n" }
      wide += "--w--\r\n"
      let started = ContinuousClock.now
      let bombs = multipart([("nested.eml", nested), ("wide.eml", wide)])
      let taken = try await client.execute(uri: uri, method: .post, headers: bombs.0, body: bombs.1)
      #expect(taken.status == .created, "\(String(buffer: taken.body))")
      #expect(ContinuousClock.now - started < .seconds(30))
      let page = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/messages", method: .get, headers: Self.bearer(write))
      #expect(String(buffer: page.body).contains("nested.eml") && String(buffer: page.body).contains("wide.eml"))
    }
  }

  @Test(
    "a zipped Maildir uploaded: its messages taken in and named by their path; hostile entries named as unreadable",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
  func zippedMaildir() async throws {
    let (workbench, caseID, _) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    let folder = NSTemporaryDirectory() + "becscope-zipupload-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("MailCoreTests/zip_fixtures.py")
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    python.arguments = [script.path, folder]
    try python.run()
    python.waitUntilExit()
    var body: [UInt8] = []
    let boundary = "zip\(UUID().uuidString)"
    for name in ["maildir.zip", "hostile.zip", "liar.zip"] {
      body += Array(
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n\r\n".utf8)
      body += Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
      body += Array("\r\n".utf8)
    }
    body += Array(
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"fake.zip\"\r\n\r\nnot a zip\r\n--\(boundary)--\r\n"
        .utf8)
    var headers = Self.bearer(write)
    headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
    let (fields, buffer) = (headers, ByteBuffer(bytes: body))
    try await Application(router: workbench.router()).test(.router) { client in
      let taken = try await client.execute(
        uri: "/api/v1/cases/\(caseID)/messages", method: .post, headers: fields, body: buffer)
      #expect(taken.status == .created, "\(String(buffer: taken.body))")
      let answer = try JSONSerialization.jsonObject(with: Data(buffer: taken.body)) as? [String: Any]
      let unreadable = answer?["unreadable"] as? [String] ?? []
      // cur/, new/ and the Maildir++ folder's cur/ (tmp/ is skipped as a Maildir's is), the
      // Japanese-named file, and the one plain hostile entry left; links, traversal, other methods refused.
      #expect(answer?["added"] as? Int == 7, "\(answer ?? [:])")
      for expected in [
        "hostile.zip/../../evil.eml: a path that leaves the archive", "hostile.zip/link.eml: a symbolic link",
        "hostile.zip/bzip.eml: compressed with method 12", "liar.zip: liar.eml: its deflated data is damaged",
        "fake.zip: not a ZIP archive",
      ] {
        #expect(unreadable.contains { $0.hasPrefix(expected) }, "\(expected) not in \(unreadable)")
      }
      let sources = try await workbench.service.store.messages(in: caseID).map(\.provenance.source)
      #expect(sources.contains("maildir.zip/Maildir/.Reported/cur/1700000003.M4P1.host_2,"), "\(sources)")
      #expect(sources.contains("maildir.zip/報告/転送.eml"))
      #expect(!sources.contains { $0.contains("/tmp/") })
    }
    #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "evil.eml"))
  }

  @Test(
    "sweeps: an uploaded mbox and a path under the sweep folder, progress to the end, copies found; paths kept inside")
  func sweeps() async throws {
    let (plain, caseID, _) = try await setUp()
    let root = NSTemporaryDirectory() + "becscope-sweeproot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/exports", withIntermediateDirectories: true)
    // Two further copies of the case's lure to other people, among unrelated mail.
    var mbox = ""
    for (n, to) in ["ken@corp.test", "mika@corp.test"].enumerated() {
      mbox += """
        From boss.urgent@gmail.com Mon Mar  2 09:0\(n):00 2026\r
        From: "CEO" <boss.urgent@gmail.com>\r
        To: \(to)\r
        Subject: </title><img src=x onerror=alert(2)> urgent wire\r
        Date: Mon, 2 Mar 2026 09:0\(n):00 +0000\r
        Message-ID: <lure-copy-\(n)@gmail.com>\r
        \r
        Please wire the funds today, keep this confidential.\r
        \r

        """
    }
    for n in 0..<30 {
      mbox +=
        "From a@b.test Mon Mar  2 10:00:00 2026\r\nFrom: news@shop.test\r\nTo: ken@corp.test\r\nSubject: sale \(n)\r\nMessage-ID: <n\(n)@shop.test>\r\n\r\nBuy things.\r\n\r\n"
    }
    try mbox.write(toFile: root + "/exports/ken.mbox", atomically: true, encoding: .utf8)
    let export = mbox
    try FileManager.default.createSymbolicLink(atPath: root + "/escape", withDestinationPath: "/etc")
    var settings = WorkbenchSettings()
    settings.sweepRoot = root
    let workbench = Workbench(service: plain.service, users: plain.users, settings: settings)
    let write = try await token(workbench, "hana", .write)
    let read = try await token(workbench, "vera", .read)
    let uri = "/api/v1/cases/\(caseID)/sweeps"
    try await Application(router: workbench.router()).test(.router) { client in
      func start(_ path: String) async throws -> TestResponse {
        try await client.execute(
          uri: uri, method: .post, headers: Self.bearer(write, json: true),
          body: ByteBuffer(string: "{\"path\":\(WorkbenchError.json(path))}"))
      }
      func wait(_ job: String) async throws -> [String: Any] {
        for _ in 0..<300 {
          let state = try Self.json(
            try await client.execute(uri: "\(uri)/\(job)", method: .get, headers: Self.bearer(read)))
          if state["state"] as? String != "running" { return state }
          try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the sweep did not finish in 15 s")
        return [:]
      }
      for (path, status) in [
        ("../../etc/passwd", HTTPResponse.Status.forbidden), ("escape/passwd", .forbidden),
        ("/exports/none.mbox", .notFound),
        ("", .badRequest),
      ] {
        let refused = try await start(path)
        #expect(refused.status == status, "\(path): \(String(buffer: refused.body))")
      }
      let started = try await start("exports/ken.mbox")
      #expect(started.status == .accepted, "\(String(buffer: started.body))")
      let job = try #require(try Self.json(started)["id"] as? String)
      let done = try await wait(job)
      #expect(done["state"] as? String == "done", "\(done)")
      #expect(done["scanned"] as? Int == 32 && done["found"] as? Int == 2, "\(done)")
      let sources = try await workbench.service.store.messages(in: caseID).filter { $0.provenance.kind == .mailbox }
      #expect(sources.count == 2)
      // The same export uploaded: the copies are in the case already, so none is new.
      let boundary = "sweep\(UUID().uuidString)"
      var headers = Self.bearer(write)
      headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
      let uploaded = try await client.execute(
        uri: uri, method: .post, headers: headers,
        body: ByteBuffer(
          string:
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"ken.mbox\"\r\n\r\n\(export)\r\n--\(boundary)--\r\n"
        ))
      #expect(uploaded.status == .accepted, "\(String(buffer: uploaded.body))")
      let second = try await wait(try #require(try Self.json(uploaded)["id"] as? String))
      #expect(second["state"] as? String == "done" && second["scanned"] as? Int == 32, "\(second)")
      #expect(second["mailbox"] as? String == "1 uploaded file(s)")
      let listed = try Self.json(try await client.execute(uri: uri, method: .get, headers: Self.bearer(read)))
      #expect((listed["sweeps"] as? [[String: Any]])?.count == 2)
      // The page: the finished sweep, with its bar full and no refresh.
      let (jar, _) = try await base.signIn(client, "hana")
      let page = String(
        buffer: try await client.execute(uri: "/cases/\(caseID)/sweeps/\(job)", method: .get, headers: jar.header).body)
      #expect(
        page.contains("<progress class=\"sweep\" value=\"1\" max=\"1\">") && !page.contains("http-equiv=\"refresh\""))
      #expect(page.contains("32 message(s) read, 2 further copies found."))
      #expect(
        try await client.execute(uri: "/cases/\(caseID)/sweeps/nope", method: .get, headers: jar.header).status
          == .notFound)
      // A viewer cannot sweep; a server without a sweep folder sweeps no path.
      #expect(
        try await client.execute(
          uri: uri, method: .post, headers: Self.bearer(read, json: true), body: ByteBuffer(string: #"{"path":"x"}"#)
        ).status == .forbidden)
    }
    try await Application(router: plain.router()).test(.router) { client in
      let write = try await token(plain, "hana", .write)
      let refused = try await client.execute(
        uri: uri, method: .post, headers: Self.bearer(write, json: true),
        body: ByteBuffer(string: #"{"path":"exports/ken.mbox"}"#))
      #expect(refused.status == .forbidden && String(buffer: refused.body).contains("--sweep-root"))
    }
    #expect(try await plain.users.auditLog(caseID: caseID, limit: 20).filter { $0.action == "sweep" }.count == 2)
  }

  @Test("a campaign split into a new case and merged back: its messages move, the rest stay; audited")
  func moveCampaign() async throws {
    let (workbench, caseID, _) = try await setUp()
    let write = try await token(workbench, "hana", .write)
    let before = try await workbench.service.store.messages(in: caseID).count
    try await Application(router: workbench.router()).test(.router) { client in
      let built = try await workbench.build(try await workbench.existingCase(caseID))
      let campaign = try #require(built.campaigns.first)
      let uri = "/api/v1/cases/\(caseID)/campaigns/\(campaign.id)/move"
      #expect(
        try await client.execute(
          uri: uri, method: .post, headers: Self.bearer(write, json: true), body: ByteBuffer(string: "{}")
        ).status == .badRequest)
      #expect(
        try await client.execute(
          uri: "/api/v1/cases/\(caseID)/campaigns/campaign-99/move", method: .post,
          headers: Self.bearer(write, json: true), body: ByteBuffer(string: #"{"new_title":"x"}"#)
        ).status == .notFound)
      let split = try await client.execute(
        uri: uri, method: .post, headers: Self.bearer(write, json: true),
        body: ByteBuffer(string: #"{"new_title":"Split off"}"#))
      #expect(split.status == .ok, "\(String(buffer: split.body))")
      let answer = try Self.json(split)
      let moved = try #require(answer["moved"] as? Int)
      #expect(moved == campaign.messageIndexes.count && moved > 0)
      let newID = try #require((answer["to"] as? [String: Any])?["id"] as? String)
      #expect(try await workbench.service.store.messages(in: newID).count == moved)
      #expect(try await workbench.service.store.messages(in: caseID).count == before - moved)
      // Merged back through the page's form.
      let (jar, _) = try await base.signIn(client, "hana")
      let page = try await client.execute(uri: "/cases/\(newID)", method: .get, headers: jar.header)
      #expect(String(buffer: page.body).contains("/cases/\(newID)/campaigns/campaign-1/move"))
      var headers = jar.header
      headers[.contentType] = "application/x-www-form-urlencoded"
      let merged = try await client.execute(
        uri: "/cases/\(newID)/campaigns/campaign-1/move", method: .post, headers: headers,
        body: WorkbenchTests.form([
          "csrf": try #require(WorkbenchTests.value(of: "csrf", in: String(buffer: page.body))), "case": caseID,
        ]))
      #expect(merged.status == .seeOther && merged.headers[.location] == "/cases/\(caseID)")
      #expect(try await workbench.service.store.messages(in: caseID).count == before)
    }
    #expect(try await workbench.users.auditLog(caseID: caseID, limit: 20).contains { $0.action == "campaign-moved" })
  }
}
