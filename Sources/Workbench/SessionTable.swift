import CaseStorage
import Foundation

/// The signed-in browsers: a random token per session (the cookie's value), the user it belongs
/// to (whose role is read from the store at each request), its CSRF token, and when it was last used. A session unused for `idleTimeout` is gone; a
/// login always makes a new one (the old token, if any, is dropped: no session fixation).
actor SessionTable {
  struct Session: Sendable {
    var user: String
    /// The token every form of this session carries (and every state-changing request checks).
    var csrf: String
    var lastUsed: Date
  }

  let idleTimeout: TimeInterval
  private var sessions: [String: Session] = [:]

  init(idleTimeout: TimeInterval) {
    self.idleTimeout = idleTimeout
  }

  /// A new session for `user`; returns its token.
  func open(for user: UserRecord, replacing old: String?, now: Date = Date()) -> String {
    if let old { sessions.removeValue(forKey: old) }
    // Sessions nobody came back to are dropped here, so the table holds only live ones.
    sessions = sessions.filter { now.timeIntervalSince($0.value.lastUsed) <= idleTimeout }
    let token = Self.randomToken()
    sessions[token] = Session(user: user.name, csrf: Self.randomToken(), lastUsed: Date())
    return token
  }

  /// The live session of a token (and its idle clock restarted), or nil.
  func session(_ token: String, now: Date = Date()) -> Session? {
    guard var s = sessions[token] else { return nil }
    guard now.timeIntervalSince(s.lastUsed) <= idleTimeout else {
      sessions.removeValue(forKey: token)
      return nil
    }
    s.lastUsed = now
    sessions[token] = s
    return s
  }

  func close(_ token: String) { sessions.removeValue(forKey: token) }

  /// How many sessions the table holds.
  var count: Int { sessions.count }

  /// Ends every session of a user (removed, or given a new password).
  func closeAll(of user: String) { sessions = sessions.filter { $0.value.user != user } }

  /// 32 random bytes (the system's cryptographic generator) as URL-safe text.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }
}

/// Failed logins per user name: after `limit` failures within `window`, further attempts are
/// refused until the window has passed (a password cannot be guessed at network speed).
actor LoginThrottle {
  let limit: Int
  let window: TimeInterval
  private var failures: [String: [Date]] = [:]

  init(limit: Int = 5, window: TimeInterval = 15 * 60) {
    self.limit = limit
    self.window = window
  }

  /// Whether `name` may try now.
  func allows(_ name: String, now: Date = Date()) -> Bool {
    let recent = (failures[name] ?? []).filter { now.timeIntervalSince($0) < window }
    failures[name] = recent
    return recent.count < limit
  }

  func failed(_ name: String, now: Date = Date()) {
    // Names with no failure in the window are forgotten, so guessing under many names cannot
    // grow the table without bound.
    if failures.count > 10_000 {
      failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
    }
    failures[name, default: []].append(now)
  }

  func succeeded(_ name: String) { failures.removeValue(forKey: name) }
}
