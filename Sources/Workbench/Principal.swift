import CaseStorage

/// Who a request acts for: a signed-in browser (whose state-changing requests carry its CSRF
/// token) or a script holding an API token (no cookie, so no CSRF; a `read` token only reads).
struct Principal: Sendable {
  enum Credential: Sendable {
    case session(token: String, csrf: String)
    case apiToken(id: String, scope: APITokenRecord.Scope)
  }

  var user: String
  var role: UserRecord.Role
  var credential: Credential

  /// The session's CSRF token (nil for an API token).
  var csrf: String? {
    if case .session(_, let csrf) = credential { return csrf }
    return nil
  }

  /// How the audit log names who acted: the user, and the token when one was used.
  var auditName: String {
    if case .apiToken(let id, _) = credential { return "\(user) (token \(id))" }
    return user
  }
}
