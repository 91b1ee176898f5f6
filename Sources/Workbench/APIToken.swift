import CaseStorage
import Crypto
import Foundation

/// The API tokens scripts use: `bsk_` + a public id + `_` + a secret. The store keeps the id
/// and the SHA-256 of the secret; the whole token is shown once, when it is made.
public enum APIToken {
  public static let prefix = "bsk_"

  /// A new token for `user`: the record to store and the token to give them.
  public static func make(user: String, label: String, scope: APITokenRecord.Scope) -> (
    record: APITokenRecord, token: String
  ) {
    var generator = SystemRandomNumberGenerator()
    let id = (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    let secret = Sessions.randomToken()
    let record = APITokenRecord(id: id, user: user, label: label, scope: scope, secretHash: hash(secret))
    return (record, prefix + id + "_" + secret)
  }

  /// The id and secret of a token as written, or nil when it is not shaped like one.
  static func split(_ token: String) -> (id: String, secret: String)? {
    guard token.hasPrefix(prefix), token.utf8.count <= 128 else { return nil }
    let rest = token.dropFirst(prefix.count)
    guard let underscore = rest.firstIndex(of: "_") else { return nil }
    let id = String(rest[..<underscore])
    let secret = String(rest[rest.index(after: underscore)...])
    guard id.count == 16, id.allSatisfy(\.isHexDigit), !secret.isEmpty else { return nil }
    return (id, secret)
  }

  static func hash(_ secret: String) -> String {
    SHA256.hash(data: Array(secret.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// Whether `token` is the stored one's, unrevoked (the hashes compared in constant time).
  static func matches(_ secret: String, _ record: APITokenRecord) -> Bool {
    record.revokedAt == nil && Workbench.constantTimeEqual(hash(secret), record.secretHash)
  }
}
