import Foundation
import SQLiteStore

/// The case in the embedded SQLite store: every message's raw bytes (content-addressed by
/// SHA-256), where each came from, the analyses as written, the campaigns of the last run and the
/// analyst's notes. Writing is idempotent (a message already in the case is not added twice)
/// and each message is committed on its own, so a run killed at any moment loses nothing
/// already stored and a re-run completes the rest. Intelligence answers share the file
/// (`IntelStore`'s tables).
public final class CaseStore {
  private let db: SQLiteDatabase
  public let path: String

  /// A message of the case.
  public struct Entry: Sendable {
    /// The identity used to recognise the same message reported twice.
    public var key: String
    public var sha256: String
    /// `reported` or `mailbox`.
    public var origin: String
    public var source: String
    public var raw: [UInt8]
  }

  public init(path: String) throws(SQLiteError) {
    self.path = path
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    db = try SQLiteDatabase(path: path)
    try db.execute(
      """
      CREATE TABLE IF NOT EXISTS raw_messages (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS case_messages (
        key TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES raw_messages(sha256), origin TEXT NOT NULL,
        source TEXT NOT NULL, added_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS campaigns (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, at TEXT NOT NULL, text TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sweeps (mailbox TEXT PRIMARY KEY, messages INTEGER NOT NULL, finished_at TEXT);
      """)
  }

  /// Adds a message unless one with the same key is in the case; true when it was new.
  @discardableResult
  public func add(key: String, sha256: String, origin: String, source: String, raw: [UInt8], analysisJSON: String)
    throws(SQLiteError) -> Bool
  {
    try db.transaction { () throws(SQLiteError) -> Bool in
      if try !db.query("SELECT 1 FROM case_messages WHERE key = ?", [.text(key)]).isEmpty { return false }
      try db.query("INSERT OR IGNORE INTO raw_messages VALUES (?, ?)", [.text(sha256), .blob(Data(raw))])
      try db.query(
        "INSERT INTO case_messages VALUES (?, ?, ?, ?, ?)",
        [.text(key), .text(sha256), .text(origin), .text(source), .text(Self.now())])
      try db.query("INSERT OR REPLACE INTO analyses VALUES (?, ?)", [.text(key), .text(analysisJSON)])
      return true
    }
  }

  /// Every message of the case in the order they were added, one at a time: only one
  /// message's bytes are in memory.
  public func forEachEntry(_ body: (Entry) throws(SQLiteError) -> Void) throws(SQLiteError) {
    try db.forEachRow(
      "SELECT m.key, m.sha256, m.origin, m.source, r.bytes FROM case_messages m JOIN raw_messages r USING (sha256) ORDER BY m.rowid"
    ) { row throws(SQLiteError) in
      try body(
        Entry(
          key: row[0].string ?? "", sha256: row[1].string ?? "", origin: row[2].string ?? "",
          source: row[3].string ?? "", raw: [UInt8](row[4].data ?? Data())))
    }
  }

  /// Replaces the stored campaigns with this run's.
  public func saveCampaigns(_ campaigns: [(id: String, json: String)]) throws(SQLiteError) {
    try db.transaction { () throws(SQLiteError) in
      try db.execute("DELETE FROM campaigns")
      for c in campaigns { try db.query("INSERT INTO campaigns VALUES (?, ?)", [.text(c.id), .text(c.json)]) }
    }
  }

  /// Keeps an analyst's note; the same text given again (a re-run) is kept once.
  public func addNote(_ text: String) throws(SQLiteError) {
    try db.query(
      "INSERT INTO notes (at, text) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM notes WHERE text = ?)",
      [.text(Self.now()), .text(text), .text(text)])
  }

  /// The analyst's notes, oldest first.
  public func notes() throws(SQLiteError) -> [(at: String, text: String)] {
    try db.query("SELECT at, text FROM notes ORDER BY id").map { ($0[0].string ?? "", $0[1].string ?? "") }
  }

  /// Records how many messages of a mailbox were swept.
  public func recordSweep(mailbox: String, messages: Int) throws(SQLiteError) {
    try db.query(
      "INSERT OR REPLACE INTO sweeps VALUES (?, ?, ?)", [.text(mailbox), .integer(Int64(messages)), .text(Self.now())])
  }

  static func now() -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: Date())
  }
}
