import CaseStorage
import Foundation
import MailCore

/// The signed-in browsers, kept in the store so that every server on one database knows them: a
/// random token per session (the cookie's value; the store keeps only its SHA-256), the user it
/// belongs to (whose role is read from the store at each request), its CSRF token, and when it was
/// last used. A session unused for `idleTimeout` is gone; a login always makes a new one (the old
/// token, if any, is dropped: no session fixation).
struct Sessions: Sendable {
  struct Session: Sendable {
    var user: String
    /// The token every form of this session carries (and every state-changing request checks).
    var csrf: String
  }

  let store: any SessionStore
  let idleTimeout: TimeInterval
  /// How stale the recorded last use may get before a request writes it again: every request
  /// writing it would make each page view a write.
  let touchEvery: TimeInterval

  init(store: any SessionStore, idleTimeout: TimeInterval, touchEvery: TimeInterval = 60) {
    self.store = store
    self.idleTimeout = idleTimeout
    self.touchEvery = min(touchEvery, idleTimeout / 2)
  }

  /// A new session for `user`; returns its token.
  func open(for user: UserRecord, replacing old: String?, now: Date = Date()) async throws(StoreError) -> String {
    // Sessions nobody came back to are dropped here, so the table holds only live ones.
    _ = try await store.closeSessions(idleSince: now.addingTimeInterval(-idleTimeout))
    let token = Self.randomToken()
    try await store.openSession(
      SessionRecord(id: Self.id(token), user: user.name, csrf: Self.randomToken(), createdAt: now, lastUsed: now),
      replacing: old.map(Self.id))
    return token
  }

  /// The live session of a token (its idle clock restarted), or nil.
  func session(_ token: String, now: Date = Date()) async throws(StoreError) -> Session? {
    let id = Self.id(token)
    guard let record = try await store.session(id: id) else { return nil }
    let idle = now.timeIntervalSince(record.lastUsed)
    guard idle <= idleTimeout else {
      try await store.closeSession(id: id)
      return nil
    }
    if idle > touchEvery { try await store.touchSession(id: id, at: now) }
    return Session(user: record.user, csrf: record.csrf)
  }

  func close(_ token: String) async throws(StoreError) { try await store.closeSession(id: Self.id(token)) }

  /// The store's key of a token: its SHA-256.
  static func id(_ token: String) -> String { ContentHash.sha256(Array(token.utf8)) }

  /// 32 random bytes (the system's cryptographic generator) as URL-safe text.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }
}

/// Failed sign-ins per user name, counted from the audit log (so every server on one database
/// counts the same failures): after `limit` failures within `window` and since the name's last
/// successful sign-in, further attempts are refused until the window has passed (a password
/// cannot be guessed at network speed, nor by spreading guesses over servers).
struct LoginThrottle: Sendable {
  let store: any SessionStore
  var limit = 5
  var window: TimeInterval = 15 * 60

  /// Whether `name` may try now.
  func allows(_ name: String, now: Date = Date()) async throws(StoreError) -> Bool {
    try await store.failedSignIns(of: name, since: now.addingTimeInterval(-window)) < limit
  }
}
