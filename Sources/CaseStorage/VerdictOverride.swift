import Foundation

/// An analyst's verdict on one message of a case, in place of becscope's, with the reason.
public struct VerdictOverride: Sendable, Equatable, Codable {
  public var caseID: String
  /// The message's SHA-256.
  public var sha256: String
  /// `bec`, `suspicious`, `phishing`, `spam` or `clean` (the verdicts `analyze` gives).
  public var verdict: String
  public var reason: String
  public var user: String
  public var at: Date

  public init(caseID: String, sha256: String, verdict: String, reason: String, user: String, at: Date = Date()) {
    self.caseID = caseID
    self.sha256 = sha256
    self.verdict = verdict
    self.reason = reason
    self.user = user
    self.at = at
  }
}
