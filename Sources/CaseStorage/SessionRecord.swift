import Foundation

/// A signed-in browser of the workbench, kept in the store so that every server on one database
/// knows it (a team's load balancer may send each request to another server).
///
/// The cookie's token itself is never stored: `id` is its SHA-256, so a copy of the database
/// signs nobody in.
public struct SessionRecord: Sendable, Equatable, Codable {
  /// The SHA-256 (hex) of the session's cookie token.
  public var id: String
  public var user: String
  /// The token every form of the session carries (and every state-changing request checks).
  public var csrf: String
  public var createdAt: Date
  /// When a request last came with the session (kept to the minute: see the workbench).
  public var lastUsed: Date

  public init(id: String, user: String, csrf: String, createdAt: Date = Date(), lastUsed: Date = Date()) {
    self.id = id
    self.user = user
    self.csrf = csrf
    self.createdAt = createdAt
    self.lastUsed = lastUsed
  }
}

/// Where the workbench keeps its sessions and counts failed sign-ins: in the store, shared by
/// every server on it.
public protocol SessionStore: Sendable {
  /// Keeps a new session, and ends the one it replaces (the browser's session before it signed
  /// in again, if any).
  func openSession(_ session: SessionRecord, replacing oldID: String?) async throws(StoreError)
  func session(id: String) async throws(StoreError) -> SessionRecord?
  /// Records that the session was used at `date`.
  func touchSession(id: String, at date: Date) async throws(StoreError)
  func closeSession(id: String) async throws(StoreError)
  /// Ends every session of `user` (removed, or given a new password); returns how many.
  func closeSessions(of user: String) async throws(StoreError) -> Int
  /// Ends every session unused since `date`; returns how many.
  func closeSessions(idleSince date: Date) async throws(StoreError) -> Int
  /// How many sign-ins as `user` failed after `date` and after the user's last successful
  /// sign-in (read from the audit log's `sign-in-failed` and `sign-in` entries).
  func failedSignIns(of user: String, since date: Date) async throws(StoreError) -> Int
}
