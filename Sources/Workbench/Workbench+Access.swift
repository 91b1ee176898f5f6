import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt

/// Signing in and out, sessions, API tokens, roles and CSRF.
extension Workbench {
  /// Who makes a request, with at least the role `minimum`. A page without a session redirects to
  /// the sign-in page; an API route answers 401. Under `/api/` a bearer token may stand in for
  /// the session; a `read` token is refused (403) where `write` is set. Too low a role is 403.
  func require(_ request: Request, _ minimum: UserRecord.Role, api: Bool = false, write: Bool = false)
    async throws -> Principal
  {
    let principal: Principal
    if api, let authorization = request.headers[.authorization] {
      principal = try await tokenPrincipal(authorization)
    } else if let token = request.cookies[Self.sessionCookie]?.value,
      let session = try await storeCall({ () async throws(StoreError) in try await sessions.session(token) })
    {
      // The user as the store has them now: one removed since signing in is signed out, and a
      // changed role counts at once (also for a user changed by another server or the CLI).
      guard let user = try await storeCall({ () async throws(StoreError) in try await users.user(named: session.user) })
      else {
        try await storeCall { () async throws(StoreError) in try await sessions.close(token) }
        throw api ? WorkbenchError(.unauthorized, "sign in first, or send an API token") : .redirect("/login")
      }
      principal = Principal(user: user.name, role: user.role, credential: .session(token: token, csrf: session.csrf))
    } else {
      throw api ? WorkbenchError(.unauthorized, "sign in first, or send an API token") : .redirect("/login")
    }
    guard principal.role >= minimum else {
      throw WorkbenchError(
        .forbidden, "this needs the \(minimum.rawValue) role; \(principal.user) is \(principal.role.rawValue)")
    }
    if write, case .apiToken(_, .read) = principal.credential {
      throw WorkbenchError(.forbidden, "this token only reads; make a write token for changes")
    }
    return principal
  }

  /// The user behind `Authorization: Bearer bsk_…`, with the role they have now.
  private func tokenPrincipal(_ authorization: String) async throws -> Principal {
    let refused = WorkbenchError(.unauthorized, "the API token is unknown, revoked or malformed")
    guard authorization.lowercased().hasPrefix("bearer "),
      let (id, secret) = APIToken.split(String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
    else { throw refused }
    guard let record = try await storeCall({ () async throws(StoreError) in try await users.token(id: id) }),
      APIToken.matches(secret, record),
      let user = try await storeCall({ () async throws(StoreError) in try await users.user(named: record.user) })
    else { throw refused }
    return Principal(user: user.name, role: user.role, credential: .apiToken(id: id, scope: record.scope))
  }

  /// A state-changing request: a browser's must carry its session's CSRF token (a form's `csrf`
  /// field, or the `X-CSRF-Token` header for the API); a token's request has no cookie to abuse.
  func checkCSRF(_ sent: String?, _ principal: Principal) throws {
    guard let expected = principal.csrf else { return }
    guard let sent, Self.constantTimeEqual(sent, expected) else {
      throw WorkbenchError(.forbidden, "the form's CSRF token is missing or wrong; reload the page")
    }
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> String {
    "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
      + (settings.secureCookies || settings.tls != nil || Client.current.secure ? "; Secure" : "")
      + (maxAge.map { "; Max-Age=\($0)" } ?? "")
  }

  /// Writes to the audit log (a failure to write it fails the request: nothing is done unrecorded
  /// without saying so).
  func audit(_ principal: Principal, _ action: String, caseID: String? = nil, _ detail: String = "") async throws {
    try await storeCall { () async throws(StoreError) in
      try await users.record(
        AuditEntry(
          user: principal.auditName, action: action, caseID: caseID, detail: detail, address: Client.current.address))
    }
  }

  // MARK: Sign-in

  func loginPage(_ request: Request, error: String?, status: HTTPResponse.Status) async throws -> Response {
    // Login CSRF: the form's token must equal a cookie set with the form (a page elsewhere
    // cannot read it, and SameSite=Strict keeps it off cross-site posts).
    let token = Sessions.randomToken()
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
    // Failures are recorded (and counted) under at most 200 characters of the name tried.
    let tried = String(name.prefix(200))
    guard try await storeCall({ () async throws(StoreError) in try await throttle.allows(tried) }) else {
      return try await loginPage(request, error: "throttled", status: .tooManyRequests)
    }
    let user = try await storeCall { () async throws(StoreError) in try await users.user(named: name) }
    guard let user, Bcrypt.verify(form["password"] ?? "", hash: user.passwordHash) else {
      try await storeCall { () async throws(StoreError) in
        try await users.record(AuditEntry(user: tried, action: "sign-in-failed", address: Client.current.address))
      }
      return try await loginPage(request, error: "wrongPassword", status: .unauthorized)
    }
    let old = request.cookies[Self.sessionCookie]?.value
    let token = try await storeCall { () async throws(StoreError) in try await sessions.open(for: user, replacing: old)
    }
    try await storeCall { () async throws(StoreError) in
      try await users.record(AuditEntry(user: user.name, action: "sign-in", address: Client.current.address))
    }
    var response = Response(status: .seeOther, headers: [.location: "/"])
    response.headers[values: .setCookie].append(cookie(Self.sessionCookie, token))
    response.headers[values: .setCookie].append(cookie(Self.loginCookie, "", maxAge: 0))
    return response
  }

  func logout(_ request: Request) async throws -> Response {
    let principal = try await require(request, .viewer)
    try checkCSRF(try await Self.form(request)["csrf"], principal)
    if case .session(let token, _) = principal.credential {
      try await storeCall { () async throws(StoreError) in try await sessions.close(token) }
    }
    var response = Response(status: .seeOther, headers: [.location: "/login"])
    response.headers[values: .setCookie].append(cookie(Self.sessionCookie, "", maxAge: 0))
    return response
  }
}
