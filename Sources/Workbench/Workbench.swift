import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import Investigation
import Logging
import MailCore
import Reporting

/// How the workbench runs: where it listens, and how its sessions behave.
public struct WorkbenchSettings: Sendable {
  public var host: String
  public var port: Int
  /// Cookies marked `Secure` (the server is reached over TLS, itself or through a proxy).
  public var secureCookies: Bool
  /// A session unused this long is signed out.
  public var idleTimeout: TimeInterval

  public init(
    host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, idleTimeout: TimeInterval = 1800
  ) {
    self.host = host
    self.port = port
    self.secureCookies = secureCookies
    self.idleTimeout = idleTimeout
  }
}

/// `becscope serve`: the security team's workbench. Every page and API route needs a signed-in
/// session except `/login`, `/healthz` and the style sheet; every form carries the session's
/// CSRF token; every response carries the security headers (`SecurityHeaders`). The cases are
/// the case service's: the same store, analyses and report as the command line.
public struct Workbench: Sendable {
  public let service: CaseService
  public let users: any UserStore
  public let settings: WorkbenchSettings
  let sessions: SessionTable
  let throttle: LoginThrottle

  public init(service: CaseService, users: any UserStore, settings: WorkbenchSettings = WorkbenchSettings()) {
    self.service = service
    self.users = users
    self.settings = settings
    sessions = SessionTable(idleTimeout: settings.idleTimeout)
    throttle = LoginThrottle()
  }

  static let sessionCookie = "becscope_session"
  static let loginCookie = "becscope_login"

  /// The application, ready to run (`runService()`, which stops gracefully on SIGINT/SIGTERM).
  public func application(logger: Logger = Logger(label: "becscope.serve")) -> some ApplicationProtocol {
    Application(
      router: router(),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "becscope"),
      logger: logger)
  }

  public func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeaders<BasicRequestContext>(secure: settings.secureCookies))
    router.get("healthz") { _, _ in "ok\n" }
    router.get("static/workbench.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: WorkbenchPages.style)))
    }
    router.get("login") { request, _ in try await loginPage(request, error: nil, status: .ok) }
    router.post("login") { request, _ in try await login(request) }
    router.post("logout") { request, _ in try await logout(request) }
    router.get("/") { request, _ in try await inbox(request) }
    router.post("cases") { request, _ in try await createCase(request) }
    router.get("cases/:id") { request, context in
      try await casePage(request, id: try context.parameters.require("id"))
    }
    router.get("cases/:id/report") { request, context in
      try await reportPage(request, id: try context.parameters.require("id"))
    }
    router.post("cases/:id/status") { request, context in
      try await setStatus(request, id: try context.parameters.require("id"))
    }
    router.get("cases/:id/messages/:sha256") { request, context in
      try await messagePage(
        request, id: try context.parameters.require("id"), sha256: try context.parameters.require("sha256"))
    }
    router.post("cases/:id/upload") { request, context in
      try await upload(request, id: try context.parameters.require("id"))
    }
    router.post("cases/:id/notes") { request, context in
      try await addNote(request, id: try context.parameters.require("id"))
    }
    router.get("api/v1/cases") { request, _ in try await apiCases(request) }
    router.get("api/v1/cases/:id") { request, context in
      try await apiCase(request, id: try context.parameters.require("id"))
    }
    return router
  }

  // MARK: Sessions

  /// The signed-in user of a request, at least `minimum`; a page without one redirects to the
  /// login, an API route answers 401; too low a role is 403.
  func require(_ request: Request, _ minimum: UserRecord.Role, api: Bool = false) async throws -> (
    token: String, session: SessionTable.Session
  ) {
    guard let token = request.cookies[Self.sessionCookie]?.value, let session = await sessions.session(token) else {
      throw api ? WorkbenchError(.unauthorized, "sign in first") : WorkbenchError.redirect("/login")
    }
    guard session.role >= minimum else {
      throw WorkbenchError(
        .forbidden, "this needs the \(minimum.rawValue) role; \(session.user) is \(session.role.rawValue)")
    }
    return (token, session)
  }

  /// A state-changing form: its CSRF field must be the session's token.
  func checkCSRF(_ form: [String: String], _ session: SessionTable.Session) throws {
    guard let sent = form["csrf"], Self.constantTimeEqual(sent, session.csrf) else {
      throw WorkbenchError(.forbidden, "the form's CSRF token is missing or wrong; reload the page")
    }
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> String {
    "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict" + (settings.secureCookies ? "; Secure" : "")
      + (maxAge.map { "; Max-Age=\($0)" } ?? "")
  }

  // MARK: Pages

  func loginPage(_ request: Request, error: String?, status: HTTPResponse.Status) async throws -> Response {
    // Login CSRF: the form's token must equal a cookie set with the form (a page elsewhere
    // cannot read it, and SameSite=Strict keeps it off cross-site posts).
    let token = SessionTable.randomToken()
    let words = WorkbenchPages.words(Self.language(request))
    var values: [String: Any] = words.merging(["loginCSRF": token]) { a, _ in a }
    values["title"] = words["signIn"]
    values["submit"] = words["signIn"]
    if let error { values["error"] = words[error] ?? error }
    var response = page("login", values, status: status)
    response.headers[values: .setCookie].append(cookie(Self.loginCookie, token, maxAge: 600))
    return response
  }

  func login(_ request: Request) async throws -> Response {
    let form = try await Self.form(request)
    guard let sent = form["csrf"], let expected = request.cookies[Self.loginCookie]?.value,
      Self.constantTimeEqual(sent, expected)
    else {
      return try await loginPage(request, error: "expired", status: .forbidden)
    }
    let name = form["name"] ?? ""
    guard await throttle.allows(name) else {
      return try await loginPage(request, error: "throttled", status: .tooManyRequests)
    }
    let user = try await storeCall { () async throws(StoreError) in try await users.user(named: name) }
    guard let user, Bcrypt.verify(form["password"] ?? "", hash: user.passwordHash) else {
      await throttle.failed(name)
      return try await loginPage(request, error: "wrongPassword", status: .unauthorized)
    }
    await throttle.succeeded(name)
    let token = await sessions.open(for: user, replacing: request.cookies[Self.sessionCookie]?.value)
    var response = Response(status: .seeOther, headers: [.location: "/"])
    response.headers[values: .setCookie].append(cookie(Self.sessionCookie, token))
    response.headers[values: .setCookie].append(cookie(Self.loginCookie, "", maxAge: 0))
    return response
  }

  func logout(_ request: Request) async throws -> Response {
    let (token, session) = try await require(request, .viewer)
    try checkCSRF(try await Self.form(request), session)
    await sessions.close(token)
    var response = Response(status: .seeOther, headers: [.location: "/login"])
    response.headers[values: .setCookie].append(cookie(Self.sessionCookie, "", maxAge: 0))
    return response
  }

  func inbox(_ request: Request) async throws -> Response {
    let (_, session) = try await require(request, .viewer)
    let cases = try await storeCall { () async throws(StoreError) in try await service.store.cases() }
    var rows: [[String: Any]] = []
    for c in cases {
      let count = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: c.id).count
      }
      rows.append([
        "id": c.id, "title": c.title, "status": c.status.rawValue, "messages": count,
        "updated": ISO8601DateFormatter().string(from: c.updatedAt),
      ])
    }
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(session, words)
    values["title"] = words["inbox"]
    values["cases"] = rows
    return page("inbox", values)
  }

  /// A case: its messages and notes, the forms to add to it, the link to its report.
  func casePage(_ request: Request, id: String) async throws -> Response {
    let (_, session) = try await require(request, .viewer)
    let record = try await existingCase(id)
    let messages = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    let notes = try await storeCall { () async throws(StoreError) in try await service.store.notes(in: id) }
    let f = ISO8601DateFormatter()
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(session, words)
    values["title"] = record.title
    values["id"] = record.id
    values["status"] = record.status.rawValue
    values["statuses"] = CaseRecord.Status.allCases.map { ["value": $0.rawValue, "selected": $0 == record.status] }
    values["count"] = messages.count
    values["analyst"] = session.role >= .analyst
    values["messages"] = messages.prefix(500).map { m in
      [
        "source": (m.provenance.source as NSString).lastPathComponent, "kind": m.provenance.kind.rawValue,
        "sha256": m.sha256,
        "reporter": m.provenance.reporter ?? "", "added": f.string(from: m.addedAt),
      ]
    }
    if messages.count > 500 { values["more"] = messages.count - 500 }
    values["notes"] = notes.map { ["at": f.string(from: $0.at), "text": $0.text] }
    if let added = request.uri.queryParameters["added"].flatMap({ Int($0) }) {
      values["result"] = WorkbenchPages.uploaded(
        Self.language(request), added: added,
        repeats: request.uri.queryParameters["repeats"].flatMap { Int($0) } ?? 0,
        skipped: request.uri.queryParameters["skipped"].flatMap { Int($0) } ?? 0)
    }
    return page("case", values)
  }

  func existingCase(_ id: String) async throws -> CaseRecord {
    guard
      let record = try await storeCall({ () async throws(StoreError) in try await service.store.caseRecord(id: id) })
    else {
      throw WorkbenchError(.notFound, "no case \(id)")
    }
    return record
  }

  /// Makes a case (`title`), or opens the one of that title.
  func createCase(_ request: Request) async throws -> Response {
    let (_, session) = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form, session)
    let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !title.isEmpty, title.count <= 200 else {
      throw WorkbenchError(.badRequest, "a title is 1 to 200 characters")
    }
    do {
      let record = try await service.openCase(named: title)
      return Response(status: .seeOther, headers: [.location: "/cases/\(record.id)"])
    } catch {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    }
  }

  /// Reported messages uploaded into a case (`.eml`, `.msg`, mbox; at most 25 MiB and 50 files
  /// a request), taken in by the case service like files on the command line.
  func upload(_ request: Request, id: String) async throws -> Response {
    let (_, session) = try await require(request, .analyst)
    _ = try await existingCase(id)
    var request = request
    let body: ByteBuffer
    do {
      body = try await request.collectBody(upTo: Upload.maxBytes)
    } catch {
      throw WorkbenchError(
        .contentTooLarge, "an upload is at most \(Upload.maxBytes >> 20) MiB; send fewer or smaller files")
    }
    guard let form = Upload(contentType: request.headers[.contentType] ?? "", body: Array(buffer: body)) else {
      throw WorkbenchError(.unsupportedMediaType, "send the files as multipart/form-data")
    }
    try checkCSRF(form.fields, session)
    guard !form.files.isEmpty else { throw WorkbenchError(.badRequest, "choose at least one file") }
    guard form.files.count <= Upload.maxFiles else {
      throw WorkbenchError(.badRequest, "at most \(Upload.maxFiles) files an upload")
    }
    let written: (folder: String, paths: [String])
    do {
      written = try form.write()
    } catch {
      throw WorkbenchError(.internalServerError, "the upload could not be stored for reading")
    }
    defer { try? FileManager.default.removeItem(atPath: written.folder) }
    let summary: CaseService.IntakeSummary
    do {
      summary = try await service.intake(try InputSource.expand(written.paths), into: id)
    } catch let error as CaseError {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    } catch {
      throw WorkbenchError(.unprocessableContent, "\(error)")
    }
    return Response(
      status: .seeOther,
      headers: [
        .location:
          "/cases/\(id)?added=\(summary.added)&repeats=\(summary.duplicates)&skipped=\(summary.skipped.count)"
      ])
  }

  /// A case's status (`new`, `investigating`, `closed`), set by an analyst.
  func setStatus(_ request: Request, id: String) async throws -> Response {
    let (_, session) = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form, session)
    guard let status = form["status"].flatMap(CaseRecord.Status.init(rawValue:)) else {
      throw WorkbenchError(.badRequest, "the status is one of new, investigating, closed")
    }
    _ = try await existingCase(id)
    try await storeCall { () async throws(StoreError) in try await service.store.setStatus(status, of: id) }
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  /// One message of a case as `becscope analyze` reads it (verdict, origin, authentication,
  /// findings, indicators), analysed again from its stored bytes, with its header fields; all
  /// of it text, escaped; links are defanged; nothing from the message is loaded.
  func messagePage(_ request: Request, id: String, sha256: String) async throws -> Response {
    let (_, session) = try await require(request, .viewer)
    let stored = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    guard let message = stored.first(where: { $0.sha256 == sha256 }),
      let bytes = try await storeCall({ () async throws(StoreError) in try await service.store.raw(sha256: sha256) })
    else {
      throw WorkbenchError(.notFound, "no such message in case \(id)")
    }
    let parsed = MessageParser().parse(RawMessage(bytes: bytes, source: message.provenance.source))
    let analysis = service.investigator.analyzer.analyze(parsed, source: message.provenance.source)
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(session, words)
    values["title"] = parsed.subject ?? (message.provenance.source as NSString).lastPathComponent
    values["caseID"] = id
    values["analysis"] = AnalyzeTextRenderer(style: .text).render(analysis)
    values["headers"] = parsed.headers.prefix(200).map { ["name": $0.name, "value": $0.value] }
    return page("message", values)
  }

  /// The case's report, built live from the store (the analyses kept there; no network).
  func reportPage(_ request: Request, id: String) async throws -> Response {
    _ = try await require(request, .viewer)
    guard
      let record = try await storeCall({ () async throws(StoreError) in try await service.store.caseRecord(id: id) })
    else {
      throw WorkbenchError(.notFound, "no case \(id)")
    }
    let messages: [CaseMessage]
    do {
      messages = try await service.messages(in: record.id).messages
    } catch {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    }
    let result = await service.investigator.build(messages, intel: nil)
    let report = CaseReport(result, profile: service.investigator.profile)
    let zone = service.investigator.profile?.timeZone.flatMap(TimeZone.init(identifier:))
    let notes = (try? await service.notes(in: record.id).map(\.text)) ?? []
    let html = ReportPage.html(
      report,
      options: ReportOptions(
        language: Self.language(request), caseID: record.id, caseTitle: record.title,
        analyst: service.investigator.profile?.analyst, timeZone: zone ?? TimeZone(identifier: "UTC")!,
        created: record.createdAt, notes: notes))
    var response = Response(
      status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
    // The report's own policy: no script, no request, only its style.
    response.headers[PagePolicy.csp] = ReportPage.contentSecurityPolicy + "; frame-ancestors 'none'"
    return response
  }

  func addNote(_ request: Request, id: String) async throws -> Response {
    let (_, session) = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form, session)
    let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty, text.count <= 10_000 else {
      throw WorkbenchError(.badRequest, "a note is 1 to 10,000 characters")
    }
    do {
      try await service.addNote("\(session.user): \(text)", to: id)
    } catch {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    }
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  func apiCases(_ request: Request) async throws -> Response {
    _ = try await require(request, .viewer, api: true)
    let cases = try await storeCall { () async throws(StoreError) in try await service.store.cases() }
    let f = ISO8601DateFormatter()
    let items = cases.map { c in
      [
        "id": c.id, "title": c.title, "status": c.status.rawValue, "created_at": f.string(from: c.createdAt),
        "updated_at": f.string(from: c.updatedAt),
      ]
    }
    let data = try JSONSerialization.data(withJSONObject: ["cases": items], options: [.sortedKeys])
    return Response(
      status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// One case: its record, message count, notes, and the campaigns of its latest build (as
  /// `case.json` gives them, when a build was recorded).
  func apiCase(_ request: Request, id: String) async throws -> Response {
    _ = try await require(request, .viewer, api: true)
    guard
      let c = try await storeCall({ () async throws(StoreError) in try await service.store.caseRecord(id: id) })
    else {
      throw WorkbenchError(.notFound, "no case \(id)")
    }
    let messages = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    let notes = try await storeCall { () async throws(StoreError) in try await service.store.notes(in: id) }
    let campaigns = try await storeCall { () async throws(StoreError) in try await service.store.campaigns(in: id) }
    let f = ISO8601DateFormatter()
    let object: [String: Any] = [
      "id": c.id, "title": c.title, "status": c.status.rawValue, "created_at": f.string(from: c.createdAt),
      "updated_at": f.string(from: c.updatedAt), "messages": messages.count,
      "notes": notes.map { ["at": f.string(from: $0.at), "text": $0.text] },
      // Stored as JSON by the build that recorded them; a record that does not parse is left out.
      "campaigns": campaigns.compactMap { try? JSONSerialization.jsonObject(with: Data($0.json.utf8)) },
    ]
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return Response(
      status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  // MARK: Helpers

  /// The words of a page and the signed-in user's bar.
  func layout(_ session: SessionTable.Session, _ words: [String: String]) -> [String: Any] {
    var values: [String: Any] = words
    values["user"] = ["name": session.user, "role": session.role.rawValue, "csrf": session.csrf]
    return values
  }

  func page(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
    let html = WorkbenchPages.render(template, values)
    // A template that renders nothing is a fault of this build, said as one (never an empty 200).
    guard !html.isEmpty else {
      return Response(
        status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: "the page \(template) could not be rendered\n")))
    }
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// The language a browser asks for (`Accept-Language`: Japanese first gives `ja`).
  static func language(_ request: Request) -> ReportLanguage {
    let accepted = request.headers[.acceptLanguage]?.lowercased() ?? ""
    return accepted.hasPrefix("ja") ? .ja : .en
  }

  /// An `application/x-www-form-urlencoded` body (at most 64 KiB).
  static func form(_ request: Request) async throws -> [String: String] {
    var request = request
    let buffer: ByteBuffer
    do {
      buffer = try await request.collectBody(upTo: 65_536)
    } catch {
      throw WorkbenchError(.contentTooLarge, "a form is at most 64 KiB")
    }
    var out: [String: String] = [:]
    for pair in String(buffer: buffer).split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
      }
      if let key = parts.first { out[decode(key)] = parts.count > 1 ? decode(parts[1]) : "" }
    }
    return out
  }

  func storeCall<T: Sendable>(_ body: () async throws(StoreError) -> T) async throws -> T {
    do {
      return try await body()
    } catch {
      throw WorkbenchError(.serviceUnavailable, "the store cannot be read: \(error.description)")
    }
  }
}

extension Dictionary where Key == String, Value == Any {
  static func + (a: [String: Any], b: [String: Any]) -> [String: Any] { a.merging(b) { _, new in new } }
}
