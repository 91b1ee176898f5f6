import Foundation
import SQLiteStore

/// The intelligence cache and the audit log of outbound queries, in the embedded SQLite store.
///
/// A cached answer is served until its source's time-to-live runs out, so a second run of the
/// same case makes no network call. Every query that leaves the machine is logged (what,
/// where, when, the answer's status) so a user can audit it with `becscope intel log`.
public actor IntelStore {
  private let db: SQLiteDatabase

  /// A cached answer.
  public struct Answer: Sendable, Equatable {
    public var status: Int
    public var body: Data
    public var fetchedAt: Date
  }

  /// One outbound query.
  public struct AuditEntry: Sendable, Equatable, Codable {
    /// When it was sent (RFC 3339).
    public var at: String
    public var source: String
    /// `ip`, `domain`, `account`, …
    public var kind: String
    /// The indicator that left the machine.
    public var indicator: String
    /// Where it went (scheme, host and path; keys travel in headers and are never logged).
    public var endpoint: String
    /// The HTTP status, or nil when no answer came.
    public var status: Int?
    /// `ok`, `not found`, `rate limited`, `timeout`, `error: …`.
    public var outcome: String
    public var durationMilliseconds: Int

    public init(
      at: String, source: String, kind: String, indicator: String, endpoint: String, status: Int?, outcome: String,
      durationMilliseconds: Int
    ) {
      self.at = at
      self.source = source
      self.kind = kind
      self.indicator = indicator
      self.endpoint = endpoint
      self.status = status
      self.outcome = outcome
      self.durationMilliseconds = durationMilliseconds
    }
  }

  /// Opens the store at `path` (created if missing) and its tables.
  public init(path: String) throws(SQLiteError) {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    db = try SQLiteDatabase(path: path)
    try db.execute(
      """
      CREATE TABLE IF NOT EXISTS intel_cache (
        source TEXT NOT NULL, kind TEXT NOT NULL, indicator TEXT NOT NULL,
        status INTEGER NOT NULL, body BLOB NOT NULL, fetched_at REAL NOT NULL, expires_at REAL NOT NULL,
        PRIMARY KEY (source, kind, indicator));
      CREATE TABLE IF NOT EXISTS intel_audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
        indicator TEXT NOT NULL, endpoint TEXT NOT NULL, status INTEGER, outcome TEXT NOT NULL,
        duration_ms INTEGER NOT NULL);
      """)
  }

  /// The default store: `$BECSCOPE_STORE` when it is an SQLite file, else
  /// `$XDG_CACHE_HOME/becscope/intel.sqlite`, else `~/.cache/becscope/intel.sqlite` (cached
  /// answers stay in a local file when the cases are in PostgreSQL).
  public static var defaultPath: String {
    let env = ProcessInfo.processInfo.environment
    if let path = env["BECSCOPE_STORE"], !path.isEmpty, !path.hasPrefix("postgres://"),
      !path.hasPrefix("postgresql://")
    {
      return path
    }
    let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
    return base + "/becscope/intel.sqlite"
  }

  /// The cached answer for an indicator, if it has not expired at `now`.
  public func cached(source: String, kind: String, indicator: String, now: Date = Date()) -> Answer? {
    let rows = try? db.query(
      "SELECT status, body, fetched_at FROM intel_cache WHERE source = ? AND kind = ? AND indicator = ? AND expires_at > ?",
      [.text(source), .text(kind), .text(indicator), .real(now.timeIntervalSince1970)])
    guard let row = rows?.first, let status = row[0].int, let body = row[1].data, case .real(let at) = row[2] else {
      return nil
    }
    return Answer(status: Int(status), body: body, fetchedAt: Date(timeIntervalSince1970: at))
  }

  /// Keeps an answer for `ttl` seconds.
  public func store(
    source: String, kind: String, indicator: String, status: Int, body: Data, ttl: TimeInterval, now: Date = Date()
  ) throws(SQLiteError) {
    try db.query(
      "INSERT OR REPLACE INTO intel_cache VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        .text(source), .text(kind), .text(indicator), .integer(Int64(status)), .blob(body),
        .real(now.timeIntervalSince1970), .real(now.timeIntervalSince1970 + ttl),
      ])
  }

  /// Records an outbound query.
  public func audit(_ entry: AuditEntry) throws(SQLiteError) {
    try db.query(
      "INSERT INTO intel_audit (at, source, kind, indicator, endpoint, status, outcome, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      [
        .text(entry.at), .text(entry.source), .text(entry.kind), .text(entry.indicator), .text(entry.endpoint),
        entry.status.map { .integer(Int64($0)) } ?? .null, .text(entry.outcome),
        .integer(Int64(entry.durationMilliseconds)),
      ])
  }

  /// The newest `limit` outbound queries, oldest first.
  public func auditLog(limit: Int = 1_000) throws(SQLiteError) -> [AuditEntry] {
    let rows = try db.query(
      "SELECT at, source, kind, indicator, endpoint, status, outcome, duration_ms FROM intel_audit ORDER BY id DESC LIMIT ?",
      [.integer(Int64(limit))])
    return rows.reversed().map { r in
      AuditEntry(
        at: r[0].string ?? "", source: r[1].string ?? "", kind: r[2].string ?? "", indicator: r[3].string ?? "",
        endpoint: r[4].string ?? "", status: r[5].int.map(Int.init), outcome: r[6].string ?? "",
        durationMilliseconds: Int(r[7].int ?? 0))
    }
  }
}
