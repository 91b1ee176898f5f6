import Foundation

/// Someone who may use the workbench (`becscope serve`): a name, a role and a password hash
/// (bcrypt; the password itself is never stored).
public struct UserRecord: Sendable, Equatable, Codable {
  /// What a user may do: `viewer` reads, `analyst` also changes cases, `admin` also manages
  /// users.
  public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case viewer, analyst, admin

    public static func < (a: Role, b: Role) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  public var name: String
  public var role: Role
  public var passwordHash: String
  public var createdAt: Date

  public init(name: String, role: Role, passwordHash: String, createdAt: Date = Date()) {
    self.name = name
    self.role = role
    self.passwordHash = passwordHash
    self.createdAt = createdAt
  }
}

/// The workbench's users, kept in the case store beside the cases (an SQLite file or the team's
/// PostgreSQL database), so that every server on one database knows the same people.
public protocol UserStore: Sendable {
  /// Adds a user; false when the name is taken (nothing changes).
  func addUser(_ user: UserRecord) async throws(StoreError) -> Bool
  func user(named name: String) async throws(StoreError) -> UserRecord?
  /// Every user, by name.
  func users() async throws(StoreError) -> [UserRecord]
  /// Removes a user; false when there was none of that name.
  func removeUser(named name: String) async throws(StoreError) -> Bool
  /// Replaces a user's password hash; false when there is no such user.
  func setPasswordHash(_ hash: String, for name: String) async throws(StoreError) -> Bool
}
