import Foundation

/// A token a script uses instead of a session (`Authorization: Bearer …`). Only the SHA-256 of
/// its secret is kept; the token itself is shown once, when it is made.
public struct APITokenRecord: Sendable, Equatable, Codable {
  /// What a token may do: `read` only reads; `write` also does what its user's role allows.
  public enum Scope: String, Sendable, Codable, CaseIterable {
    case read, write
  }

  /// The token's public part (it names the token in lists and in the audit log).
  public var id: String
  /// The user the token acts for (with that user's role, checked at each use).
  public var user: String
  /// What it is for, in the words of whoever made it.
  public var label: String
  public var scope: Scope
  /// Hex SHA-256 of the token's secret part.
  public var secretHash: String
  public var createdAt: Date
  public var revokedAt: Date?

  public init(
    id: String, user: String, label: String, scope: Scope, secretHash: String, createdAt: Date = Date(),
    revokedAt: Date? = nil
  ) {
    self.id = id
    self.user = user
    self.label = label
    self.scope = scope
    self.secretHash = secretHash
    self.createdAt = createdAt
    self.revokedAt = revokedAt
  }
}
