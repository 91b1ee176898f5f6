import Foundation

/// One thing someone did in the workbench: who, when, what, on which case.
public struct AuditEntry: Sendable, Equatable, Codable {
  public var at: Date
  /// The user (for a token: the user it acts for, with the token's id in `detail`).
  public var user: String
  /// What was done, as a short fixed word: `sign-in`, `note`, `status`, `owner`, `verdict`,
  /// `upload`, `export`, `token-created`, `token-revoked`, `case-created`.
  public var action: String
  public var caseID: String?
  /// The particulars, as text (never shown unescaped).
  public var detail: String
  /// The client's address (through a trusted proxy, the one it forwarded for), when known.
  public var address: String?

  public init(
    at: Date = Date(), user: String, action: String, caseID: String? = nil, detail: String = "",
    address: String? = nil
  ) {
    self.at = at
    self.user = user
    self.action = action
    self.caseID = caseID
    self.detail = detail
    self.address = address
  }
}
