import Foundation
import SQLiteStore

/// The intelligence cache and the audit log of outbound queries in an SQLite file: the
/// ``IntelCacheStore`` of a single analyst (a team's is its PostgreSQL database).
///
/// A cached answer is served until its source's time-to-live runs out, so a second run of the
/// same case makes no network call. Every query that leaves the machine is logged (what,
/// where, when, the answer's status) so a user can audit it with `becscope intel log`.
public actor IntelStore: IntelCacheStore {
  private let db: SQLiteDatabase

  public typealias Answer = IntelAnswer
  public typealias AuditEntry = IntelAuditEntry
  /// The file, for messages.
  public nonisolated let location: String

  /// Opens the store at `path` (created if missing) and its tables.
  public init(path: String) throws(StoreError) {
    location = path
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    do {
      db = try SQLiteDatabase(path: path)
    } catch {
      throw StoreError(.unavailable, store: path, "cannot open the intelligence cache: \(error)")
    }
    do {
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
    } catch {
      throw StoreError(.failed, store: path, "cannot create the intelligence tables: \(error)")
    }
  }

  /// The default store: `$BECSCOPE_STORE` when it is an SQLite file, else
  /// `$XDG_CACHE_HOME/becscope/intel.sqlite`, else `~/.cache/becscope/intel.sqlite`. (When
  /// `$BECSCOPE_STORE` is a PostgreSQL URL, the command line opens that database instead.)
  public static var defaultPath: String {
    let env = ProcessInfo.processInfo.environment
    if let path = env["BECSCOPE_STORE"], !path.isEmpty, !StoreLocation.isPostgres(path) { return path }
    let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
    return base + "/becscope/intel.sqlite"
  }

  /// The cached answer for an indicator, if it has not expired at `now`.
  public func cached(source: String, kind: String, indicator: String, now: Date = Date()) -> IntelAnswer? {
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
  ) throws(StoreError) {
    try within("caching an answer") { () throws(SQLiteError) in
      try db.query(
        "INSERT OR REPLACE INTO intel_cache VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
          .text(source), .text(kind), .text(indicator), .integer(Int64(status)), .blob(body),
          .real(now.timeIntervalSince1970), .real(now.timeIntervalSince1970 + ttl),
        ])
    }
  }

  /// Records an outbound query.
  public func audit(_ entry: IntelAuditEntry) throws(StoreError) {
    try within("logging a query") { () throws(SQLiteError) in
      try db.query(
        "INSERT INTO intel_audit (at, source, kind, indicator, endpoint, status, outcome, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          .text(entry.at), .text(entry.source), .text(entry.kind), .text(entry.indicator), .text(entry.endpoint),
          entry.status.map { .integer(Int64($0)) } ?? .null, .text(entry.outcome),
          .integer(Int64(entry.durationMilliseconds)),
        ])
    }
  }

  /// The newest `limit` outbound queries, oldest first.
  public func auditLog(limit: Int = 1_000) throws(StoreError) -> [IntelAuditEntry] {
    let rows = try within("reading the audit log") { () throws(SQLiteError) in
      try db.query(
        "SELECT at, source, kind, indicator, endpoint, status, outcome, duration_ms FROM intel_audit ORDER BY id DESC LIMIT ?",
        [.integer(Int64(limit))])
    }
    return rows.reversed().map { r in
      AuditEntry(
        at: r[0].string ?? "", source: r[1].string ?? "", kind: r[2].string ?? "", indicator: r[3].string ?? "",
        endpoint: r[4].string ?? "", status: r[5].int.map(Int.init), outcome: r[6].string ?? "",
        durationMilliseconds: Int(r[7].int ?? 0))
    }
  }

  /// Runs `body`, an SQLite failure as a ``StoreError`` saying what was being done.
  private func within<T>(_ what: String, _ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
    do {
      return try body()
    } catch {
      throw StoreError(.failed, store: location, "\(what): \(error)")
    }
  }
}
