import Foundation
import GRDB
import MailCore

/// The default case store: one SQLite file through GRDB (a connection pool in WAL mode, so
/// readers never wait for the writer), its schema kept by versioned migrations. Embedded: it
/// needs no set-up, and two processes on one file wait for each other (busy timeout).
public final class SQLiteCaseStore: CaseStore {
  private let pool: DatabasePool
  public let location: String

  /// Opens the store at `path`, creating it and applying the migrations it lacks.
  public init(path: String) throws(StoreError) {
    location = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.foreignKeysEnabled = true
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    // Switching a new file to WAL takes a lock SQLite's busy timeout does not wait for: a
    // second process creating the same store at that moment is told "locked" and tries again.
    var attempt = 0
    while true {
      do {
        pool = try DatabasePool(path: path, configuration: configuration)
        break
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 40 {
        attempt += 1
        usleep(50_000)
      } catch {
        throw StoreError(.unavailable, store: path, "cannot open the store: \(error)")
      }
    }
    try Self.migrate(pool, path: path)
  }

  /// Applies the migrations the store lacks. Two processes opening a new store at once may
  /// both try a migration; each runs in a transaction, so the one that loses fails without a
  /// trace and finds the work done when it looks again.
  private static func migrate(_ pool: DatabasePool, path: String) throws(StoreError) {
    let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    let migrator = Self.migrator(legacyTitle: folder.isEmpty ? "imported" : folder)
    var attempt = 0
    while true {
      do {
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
          throw StoreError(.schema, store: path, "the store was written by a newer becscope")
        }
        try migrator.migrate(pool)
        return
      } catch let error as StoreError {
        throw error
      } catch {
        attempt += 1
        if (try? pool.read({ try migrator.hasCompletedMigrations($0) })) == true { return }
        if attempt >= 20 { throw StoreError(.schema, store: path, "cannot migrate the store: \(error)") }
        usleep(50_000)
      }
    }
  }

  /// The schema, one migration a version; a migration, once released, is never changed.
  ///
  /// `legacyTitle` names the case that a store of becscope 0.1 (one case a file, in tables
  /// `raw_messages`, `case_messages`, `notes`…) becomes: its folder's name, which is what
  /// `investigate` opens by default.
  static func migrator(legacyTitle: String = "imported") -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v0: set aside the tables of becscope 0.1") { db in
      // becscope 0.1 kept one case a file under names v1 uses; they are renamed, and imported by v3.
      guard try db.tableExists("case_messages"), try db.tableExists("raw_messages") else { return }
      for table in ["raw_messages", "case_messages", "analyses", "campaigns", "notes", "sweeps"]
      where try db.tableExists(table) {
        try db.execute(sql: "ALTER TABLE \(table) RENAME TO legacy_\(table)")
      }
    }
    migrator.registerMigration("v1: cases, messages, analyses, notes") { db in
      try db.create(table: "cases") { t in
        t.primaryKey("id", .text)
        t.column("title", .text).notNull()
        t.column("status", .text).notNull()
        t.column("owner", .text)
        t.column("createdAt", .datetime).notNull()
        t.column("updatedAt", .datetime).notNull()
      }
      try db.create(table: "rawMessages") { t in
        t.primaryKey("sha256", .text)
        t.column("bytes", .blob).notNull()
      }
      try db.create(table: "caseMessages") { t in
        t.column("caseID", .text).notNull().references("cases", onDelete: .cascade)
        t.column("key", .text).notNull()
        t.column("sha256", .text).notNull().references("rawMessages")
        t.column("kind", .text).notNull()
        t.column("source", .text).notNull()
        t.column("reporter", .text)
        t.column("addedAt", .datetime).notNull()
        t.primaryKey(["caseID", "key"])
      }
      try db.create(table: "analyses") { t in
        t.column("sha256", .text).notNull()
        t.column("version", .integer).notNull()
        t.column("json", .text).notNull()
        t.primaryKey(["sha256", "version"])
      }
      try db.create(table: "notes") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("caseID", .text).notNull().references("cases", onDelete: .cascade)
        t.column("at", .datetime).notNull()
        t.column("text", .text).notNull()
        t.uniqueKey(["caseID", "text"])
      }
    }
    migrator.registerMigration("v2: analyses by version and context, campaigns") { db in
      // v1's analyses were keyed by an integer version alone; none were written by a release.
      try db.drop(table: "analyses")
      try db.create(table: "analyses") { t in
        t.column("sha256", .text).notNull()
        t.column("version", .text).notNull()
        t.column("json", .text).notNull()
        t.primaryKey(["sha256", "version"])
      }
      try db.create(table: "campaigns") { t in
        t.column("caseID", .text).notNull().references("cases", onDelete: .cascade)
        t.column("position", .integer).notNull()
        t.column("id", .text).notNull()
        t.column("json", .text).notNull()
        t.primaryKey(["caseID", "id"])
      }
    }
    migrator.registerMigration("v3: import the case of becscope 0.1") { db in
      guard try db.tableExists("legacy_case_messages"), try db.tableExists("legacy_raw_messages") else { return }
      let record = CaseRecord(title: legacyTitle, status: .investigating)
      try record.insert(db)
      try db.execute(
        sql:
          "INSERT OR IGNORE INTO rawMessages (sha256, bytes) SELECT sha256, bytes FROM legacy_raw_messages"
      )
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO caseMessages (caseID, key, sha256, kind, source, reporter, addedAt)
          SELECT ?, key, sha256, CASE origin WHEN 'mailbox' THEN 'mailbox' ELSE 'reported' END, source, NULL,
            COALESCE(REPLACE(REPLACE(added_at, 'T', ' '), 'Z', ''), ?)
          FROM legacy_case_messages ORDER BY rowid
          """, arguments: [record.id, Date()])
      if try db.tableExists("legacy_notes") {
        try db.execute(
          sql:
            "INSERT OR IGNORE INTO notes (caseID, at, text) SELECT ?, ?, text FROM legacy_notes ORDER BY id",
          arguments: [record.id, Date()])
      }
      for table in ["case_messages", "raw_messages", "analyses", "campaigns", "notes", "sweeps"]
      where try db.tableExists("legacy_\(table)") {
        try db.execute(sql: "DROP TABLE legacy_\(table)")
      }
    }
    migrator.registerMigration("v4: users of the workbench") { db in
      try db.create(table: "users") { t in
        t.primaryKey("name", .text)
        t.column("role", .text).notNull()
        t.column("passwordHash", .text).notNull()
        t.column("createdAt", .datetime).notNull()
      }
    }
    migrator.registerMigration("v5: API tokens, the audit log, analysts' verdicts") { db in
      try db.create(table: "apiTokens") { t in
        t.primaryKey("id", .text)
        t.column("user", .text).notNull().indexed()
        t.column("label", .text).notNull()
        t.column("scope", .text).notNull()
        t.column("secretHash", .text).notNull()
        t.column("createdAt", .datetime).notNull()
        t.column("revokedAt", .datetime)
      }
      try db.create(table: "auditLog") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("at", .datetime).notNull()
        t.column("user", .text).notNull()
        t.column("action", .text).notNull()
        t.column("caseID", .text).indexed()
        t.column("detail", .text).notNull()
      }
      try db.create(table: "verdicts") { t in
        t.column("caseID", .text).notNull().references("cases", onDelete: .cascade)
        t.column("sha256", .text).notNull()
        t.column("verdict", .text).notNull()
        t.column("reason", .text).notNull()
        t.column("user", .text).notNull()
        t.column("at", .datetime).notNull()
        t.primaryKey(["caseID", "sha256"])
      }
    }
    migrator.registerMigration("v6: the analysis queue and the inbox's columns") { db in
      try db.alter(table: "caseMessages") { t in
        t.add(column: "state", .text).notNull().defaults(to: "queued")
        t.add(column: "claimedBy", .text)
        t.add(column: "claimedAt", .datetime)
        t.add(column: "attempts", .integer).notNull().defaults(to: 0)
        t.add(column: "analysedBy", .text)
        t.add(column: "subject", .text)
        t.add(column: "sender", .text)
        t.add(column: "verdict", .text)
        t.add(column: "scenario", .text)
        t.add(column: "campaign", .text)
        t.add(column: "searchText", .text)
      }
      try db.create(index: "caseMessages_state", on: "caseMessages", columns: ["state"])
      try db.create(index: "caseMessages_addedAt", on: "caseMessages", columns: ["addedAt"])
      try db.create(index: "caseMessages_verdict", on: "caseMessages", columns: ["verdict", "addedAt"])
    }
    migrator.registerMigration("v7: sessions shared by every server, audited addresses, exposure findings") { db in
      try db.create(table: "sessions") { t in
        t.primaryKey("id", .text)
        t.column("user", .text).notNull().indexed()
        t.column("csrf", .text).notNull()
        t.column("createdAt", .datetime).notNull()
        t.column("lastUsed", .datetime).notNull().indexed()
      }
      try db.create(index: "auditLog_user", on: "auditLog", columns: ["user", "action", "at"])
      try db.alter(table: "auditLog") { t in t.add(column: "address", .text) }
      try db.create(table: "exposure") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("caseID", .text).notNull().references("cases", onDelete: .cascade)
        t.column("employee", .text).notNull()
        t.column("platform", .text).notNull()
        t.column("url", .text).notNull()
        t.column("note", .text).notNull()
        t.column("user", .text).notNull()
        t.column("at", .datetime).notNull()
        t.uniqueKey(["caseID", "employee", "platform", "url"])
      }
    }
    migrator.registerMigration("v8: a case's messages by their bytes' digest") { db in
      try db.create(index: "caseMessages_sha256", on: "caseMessages", columns: ["caseID", "sha256"])
    }
    return migrator
  }

  /// Runs `body` in a write transaction, every failure as a ``StoreError``. The transaction is
  /// immediate: it takes the write lock before reading, so that another process writing the
  /// same file makes it wait (busy timeout) instead of failing on a lock upgrade.
  func write<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
    async throws(StoreError) -> T
  {
    do {
      return try await pool.writeWithoutTransaction { db in
        var result: T? = nil
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(.failed, store: location, "\(what): \(error)")
    }
  }

  func read<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
    async throws(StoreError) -> T
  {
    do {
      return try await pool.read(body)
    } catch {
      throw StoreError(.failed, store: location, "\(what): \(error)")
    }
  }

  public func createCase(title: String, owner: String?) async throws(StoreError) -> CaseRecord {
    let record = CaseRecord(title: title, owner: owner)
    return try await write("creating a case") { db in
      try record.insert(db)
      return record
    }
  }

  public func openCase(titled title: String, owner: String?) async throws(StoreError) -> CaseRecord {
    do {
      // An immediate transaction: a second process waits, then finds the case the first made.
      return try await pool.writeWithoutTransaction { db in
        var record: CaseRecord? = nil
        try db.inTransaction(.immediate) {
          record = try CaseRecord.filter(Column("title") == title)
            .order(Column("updatedAt").desc, Column("id").desc).fetchOne(db)
          if record == nil {
            let made = CaseRecord(title: title, owner: owner)
            try made.insert(db)
            record = made
          }
          return .commit
        }
        return record!
      }
    } catch {
      throw StoreError(.failed, store: location, "opening case \(title): \(error)")
    }
  }

  public func caseRecord(id: String) async throws(StoreError) -> CaseRecord? {
    try await read("reading a case") { db in try CaseRecord.fetchOne(db, key: id) }
  }

  public func cases() async throws(StoreError) -> [CaseRecord] {
    try await read("listing the cases") { db in
      try CaseRecord.order(Column("createdAt").desc, Column("id")).fetchAll(db)
    }
  }

  public func setStatus(_ status: CaseRecord.Status, of caseID: String) async throws(StoreError) {
    let location = location
    try await write("changing a case's status") { db in
      try db.execute(
        sql: "UPDATE cases SET status = ?, updatedAt = ? WHERE id = ?", arguments: [status.rawValue, Date(), caseID])
      if db.changesCount == 0 { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
    }
  }

  public func setOwner(_ owner: String?, of caseID: String) async throws(StoreError) {
    let location = location
    try await write("changing a case's owner") { db in
      try db.execute(sql: "UPDATE cases SET owner = ?, updatedAt = ? WHERE id = ?", arguments: [owner, Date(), caseID])
      if db.changesCount == 0 { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
    }
  }

  public func add(_ message: IncomingMessage, to caseID: String) async throws(StoreError) -> Bool {
    let sha256 = message.sha256
    let location = location
    return try await write("adding a message") { db in
      guard try CaseRecord.exists(db, key: caseID) else {
        throw StoreError(.noSuchCase, store: location, "no case \(caseID)")
      }
      try db.execute(
        sql: "INSERT INTO rawMessages (sha256, bytes) VALUES (?, ?) ON CONFLICT DO NOTHING",
        arguments: [sha256, Data(message.bytes)])
      try db.execute(
        sql: """
          INSERT INTO caseMessages (caseID, key, sha256, kind, source, reporter, addedAt)
          VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (caseID, key) DO NOTHING
          """,
        arguments: [
          caseID, message.key, sha256, message.provenance.kind.rawValue, message.provenance.source,
          message.provenance.reporter, Date(),
        ])
      return db.changesCount > 0
    }
  }

  public func messages(in caseID: String) async throws(StoreError) -> [StoredMessage] {
    try await read("listing a case's messages") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM caseMessages WHERE caseID = ? ORDER BY rowid", arguments: [caseID]
      ).map(Self.storedMessage)
    }
  }

  /// A row of `caseMessages` as the protocol's value.
  static func storedMessage(_ row: Row) -> StoredMessage {
    StoredMessage(
      caseID: row["caseID"], key: row["key"], sha256: row["sha256"],
      provenance: Provenance(
        kind: Provenance.Kind(rawValue: row["kind"]) ?? .reported, source: row["source"], reporter: row["reporter"]),
      addedAt: row["addedAt"])
  }

  public func messages(sha256 digests: [String], in caseID: String) async throws(StoreError) -> [StoredMessage] {
    guard !digests.isEmpty else { return [] }
    return try await read("finding a case's messages by digest") { db in
      var found: [StoredMessage] = []
      // At most 500 parameters a statement (SQLite's limit is far above; this keeps them small).
      for start in stride(from: 0, to: digests.count, by: 500) {
        let chunk = Array(digests[start..<min(start + 500, digests.count)])
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        found += try Row.fetchAll(
          db, sql: "SELECT * FROM caseMessages WHERE caseID = ? AND sha256 IN (\(marks)) ORDER BY rowid",
          arguments: StatementArguments([caseID] + chunk)
        ).map(Self.storedMessage)
      }
      return found
    }
  }

  public func raw(sha256: String) async throws(StoreError) -> [UInt8]? {
    try await read("reading a message") { db in
      try Data.fetchOne(db, sql: "SELECT bytes FROM rawMessages WHERE sha256 = ?", arguments: [sha256]).map {
        [UInt8]($0)
      }
    }
  }

  public func moveMessages(keys: [String], from caseID: String, to otherCaseID: String) async throws(StoreError)
    -> Int
  {
    let location = location
    return try await write("moving messages") { db in
      for id in [caseID, otherCaseID] where try !CaseRecord.exists(db, key: id) {
        throw StoreError(.noSuchCase, store: location, "no case \(id)")
      }
      var moved = 0
      for key in keys {
        try db.execute(
          sql: """
            UPDATE caseMessages SET caseID = ? WHERE caseID = ? AND key = ?
            AND NOT EXISTS (SELECT 1 FROM caseMessages WHERE caseID = ? AND key = ?)
            """, arguments: [otherCaseID, caseID, key, otherCaseID, key])
        moved += db.changesCount
        try db.execute(sql: "DELETE FROM caseMessages WHERE caseID = ? AND key = ?", arguments: [caseID, key])
      }
      try db.execute(
        sql: "UPDATE cases SET updatedAt = ? WHERE id IN (?, ?)", arguments: [Date(), caseID, otherCaseID])
      return moved
    }
  }

  public func saveAnalysis(_ json: String, version: String, sha256: String) async throws(StoreError) {
    try await write("storing an analysis") { db in
      try db.execute(
        sql: "INSERT INTO analyses (sha256, version, json) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        arguments: [sha256, version, json])
    }
  }

  public func analysis(sha256: String, version: String) async throws(StoreError) -> String? {
    try await read("reading an analysis") { db in
      try String.fetchOne(
        db, sql: "SELECT json FROM analyses WHERE sha256 = ? AND version = ?", arguments: [sha256, version])
    }
  }

  public func analyses(in caseID: String, version: String) async throws(StoreError) -> [String: String] {
    try await read("reading a case's analyses") { db in
      var found: [String: String] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT a.sha256, a.json FROM analyses a JOIN caseMessages m ON m.sha256 = a.sha256
          WHERE m.caseID = ? AND a.version = ?
          """, arguments: [caseID, version])
      while let row = try rows.next() { found[row[0]] = row[1] }
      return found
    }
  }

  public func saveCampaigns(_ campaigns: [StoredCampaign], in caseID: String) async throws(StoreError) {
    let location = location
    try await write("recording the campaigns") { db in
      guard try CaseRecord.exists(db, key: caseID) else {
        throw StoreError(.noSuchCase, store: location, "no case \(caseID)")
      }
      try db.execute(sql: "DELETE FROM campaigns WHERE caseID = ?", arguments: [caseID])
      for (position, c) in campaigns.enumerated() {
        try db.execute(
          sql: "INSERT INTO campaigns (caseID, position, id, json) VALUES (?, ?, ?, ?)",
          arguments: [caseID, position, c.id, c.json])
      }
    }
  }

  public func campaigns(in caseID: String) async throws(StoreError) -> [StoredCampaign] {
    try await read("reading the campaigns") { db in
      try Row.fetchAll(
        db, sql: "SELECT id, json FROM campaigns WHERE caseID = ? ORDER BY position", arguments: [caseID]
      ).map { StoredCampaign(id: $0["id"], json: $0["json"]) }
    }
  }

  public func addNote(_ text: String, to caseID: String) async throws(StoreError) -> Bool {
    let location = location
    return try await write("leaving a note") { db in
      guard try CaseRecord.exists(db, key: caseID) else {
        throw StoreError(.noSuchCase, store: location, "no case \(caseID)")
      }
      try db.execute(
        sql: "INSERT INTO notes (caseID, at, text) VALUES (?, ?, ?) ON CONFLICT (caseID, text) DO NOTHING",
        arguments: [caseID, Date(), text])
      return db.changesCount > 0
    }
  }

  public func notes(in caseID: String) async throws(StoreError) -> [CaseNote] {
    try await read("reading the notes") { db in
      try Row.fetchAll(db, sql: "SELECT at, text FROM notes WHERE caseID = ? ORDER BY id", arguments: [caseID]).map {
        CaseNote(at: $0["at"], text: $0["text"])
      }
    }
  }

  public func check() async throws(StoreError) -> StoreCheck {
    let migrator = Self.migrator()
    return try await read("checking the store") { db in
      StoreCheck(
        migrations: try migrator.appliedMigrations(db),
        integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; "),
        cases: try CaseRecord.fetchCount(db),
        messages: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM caseMessages") ?? 0)
    }
  }
}

extension CaseRecord: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "cases"
}

extension CaseRecord.Status: DatabaseValueConvertible {}

extension SQLiteCaseStore: WorkbenchStore {
  public func addUser(_ user: UserRecord) async throws(StoreError) -> Bool {
    try await write("adding user \(user.name)") { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO users (name, role, passwordHash, createdAt) VALUES (?, ?, ?, ?)",
        arguments: [user.name, user.role.rawValue, user.passwordHash, user.createdAt])
      return db.changesCount > 0
    }
  }

  public func user(named name: String) async throws(StoreError) -> UserRecord? {
    try await read("reading user \(name)") { db in
      try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]).flatMap(Self.user)
    }
  }

  public func users() async throws(StoreError) -> [UserRecord] {
    try await read("listing users") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY name").compactMap(Self.user)
    }
  }

  public func removeUser(named name: String) async throws(StoreError) -> Bool {
    try await write("removing user \(name)") { db in
      try db.execute(sql: "DELETE FROM users WHERE name = ?", arguments: [name])
      let removed = db.changesCount > 0
      try db.execute(sql: "DELETE FROM sessions WHERE user = ?", arguments: [name])
      return removed
    }
  }

  public func setPasswordHash(_ hash: String, for name: String) async throws(StoreError) -> Bool {
    try await write("changing the password of \(name)") { db in
      try db.execute(sql: "UPDATE users SET passwordHash = ? WHERE name = ?", arguments: [hash, name])
      let changed = db.changesCount > 0
      try db.execute(sql: "DELETE FROM sessions WHERE user = ?", arguments: [name])
      return changed
    }
  }

  public func addToken(_ token: APITokenRecord) async throws(StoreError) -> Bool {
    try await write("adding a token") { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO apiTokens (id, user, label, scope, secretHash, createdAt, revokedAt)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          token.id, token.user, token.label, token.scope.rawValue, token.secretHash, token.createdAt, token.revokedAt,
        ])
      return db.changesCount > 0
    }
  }

  public func token(id: String) async throws(StoreError) -> APITokenRecord? {
    try await read("reading a token") { db in
      try Row.fetchOne(db, sql: "SELECT * FROM apiTokens WHERE id = ?", arguments: [id]).flatMap(Self.token)
    }
  }

  public func tokens(of user: String?) async throws(StoreError) -> [APITokenRecord] {
    try await read("listing tokens") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM apiTokens WHERE ? IS NULL OR user = ? ORDER BY createdAt, id", arguments: [user, user]
      ).compactMap(Self.token)
    }
  }

  public func revokeToken(id: String) async throws(StoreError) -> Bool {
    try await write("revoking a token") { db in
      try db.execute(
        sql: "UPDATE apiTokens SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [Date(), id])
      return db.changesCount > 0
    }
  }

  public func record(_ entry: AuditEntry) async throws(StoreError) {
    try await write("writing the audit log") { db in
      try db.execute(
        sql: "INSERT INTO auditLog (at, user, action, caseID, detail, address) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [entry.at, entry.user, entry.action, entry.caseID, entry.detail, entry.address])
    }
  }

  public func auditLog(caseID: String?, limit: Int) async throws(StoreError) -> [AuditEntry] {
    try await read("reading the audit log") { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM auditLog WHERE ? IS NULL OR caseID = ? ORDER BY id DESC LIMIT ?",
        arguments: [caseID, caseID, max(0, limit)]
      ).map {
        AuditEntry(
          at: $0["at"], user: $0["user"], action: $0["action"], caseID: $0["caseID"], detail: $0["detail"],
          address: $0["address"])
      }
    }
  }

  public func setVerdict(_ verdict: VerdictOverride) async throws(StoreError) {
    let location = location
    try await write("setting a verdict") { db in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [verdict.caseID]) != nil else {
        throw StoreError(.noSuchCase, store: location, "no case \(verdict.caseID)")
      }
      try db.execute(
        sql: "INSERT OR REPLACE INTO verdicts (caseID, sha256, verdict, reason, user, at) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [verdict.caseID, verdict.sha256, verdict.verdict, verdict.reason, verdict.user, verdict.at])
    }
  }

  public func verdicts(in caseID: String) async throws(StoreError) -> [VerdictOverride] {
    try await read("reading the verdicts") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM verdicts WHERE caseID = ? ORDER BY at, sha256", arguments: [caseID]).map
      {
        VerdictOverride(
          caseID: $0["caseID"], sha256: $0["sha256"], verdict: $0["verdict"], reason: $0["reason"], user: $0["user"],
          at: $0["at"])
      }
    }
  }

  public func addExposure(_ finding: ExposureFinding) async throws(StoreError) -> Bool {
    let location = location
    return try await write("recording an exposure finding") { db in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [finding.caseID]) != nil else {
        throw StoreError(.noSuchCase, store: location, "no case \(finding.caseID)")
      }
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO exposure (caseID, employee, platform, url, note, user, at) VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          finding.caseID, finding.employee, finding.platform, finding.url, finding.note, finding.user, finding.at,
        ])
      return db.changesCount > 0
    }
  }

  public func exposure(in caseID: String) async throws(StoreError) -> [ExposureFinding] {
    try await read("reading the exposure findings") { db in
      try Row.fetchAll(db, sql: "SELECT * FROM exposure WHERE caseID = ? ORDER BY id", arguments: [caseID]).map {
        ExposureFinding(
          caseID: $0["caseID"], employee: $0["employee"], platform: $0["platform"], url: $0["url"], note: $0["note"],
          user: $0["user"], at: $0["at"])
      }
    }
  }

  public func claimReports(limit: Int, worker: String, staleAfter: TimeInterval) async throws(StoreError)
    -> [ReportRow]
  {
    try await write("claiming messages to analyse") { db in
      let now = Date()
      // One writer at a time holds the file: a claim is never made twice.
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, * FROM caseMessages WHERE state = 'queued' OR (state = 'working' AND claimedAt < ?)
          ORDER BY rowid LIMIT ?
          """, arguments: [now.addingTimeInterval(-staleAfter), max(0, limit)])
      for row in rows {
        try db.execute(
          sql:
            "UPDATE caseMessages SET state = 'working', claimedBy = ?, claimedAt = ?, attempts = attempts + 1 WHERE rowid = ?",
          arguments: [worker, now, row["rowid"] as Int64])
      }
      return rows.map { Self.report($0, state: .working, attempts: ($0["attempts"] as Int) + 1) }
    }
  }

  public func completeReport(caseID: String, key: String, facts: ReportFacts, worker: String) async throws(StoreError) {
    try await write("recording an analysis") { db in
      try db.execute(
        sql: """
          UPDATE caseMessages SET state = 'done', analysedBy = ?, subject = ?, sender = ?, verdict = ?, scenario = ?,
            searchText = ? WHERE caseID = ? AND key = ?
          """,
        arguments: [
          worker, facts.subject, facts.sender, facts.verdict, facts.scenario, facts.searchText, caseID, key,
        ])
    }
  }

  public func setReportCampaigns(_ campaigns: [String: String], in caseID: String) async throws(StoreError) {
    try await write("recording the campaigns of the inbox") { db in
      try db.execute(sql: "UPDATE caseMessages SET campaign = NULL WHERE caseID = ?", arguments: [caseID])
      for (key, campaign) in campaigns {
        try db.execute(
          sql: "UPDATE caseMessages SET campaign = ? WHERE caseID = ? AND key = ?", arguments: [campaign, caseID, key])
      }
    }
  }

  public func reports(_ filter: ReportFilter, limit: Int, offset: Int) async throws(StoreError) -> (
    rows: [ReportRow], total: Int
  ) {
    try await read("listing reports") { db in
      var clauses: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      func add(_ clause: String, _ values: [(any DatabaseValueConvertible)?]) {
        clauses.append(clause)
        arguments += values
      }
      if let v = filter.caseID { add("m.caseID = ?", [v]) }
      if let v = filter.verdict { add("m.verdict = ?", [v]) }
      if let v = filter.caseStatus { add("c.status = ?", [v]) }
      if let v = filter.campaign { add("m.campaign = ?", [v]) }
      if let v = filter.from { add("m.addedAt >= ?", [v]) }
      if let v = filter.to { add("m.addedAt < ?", [v]) }
      if let like = filter.likePattern { add("m.searchText LIKE ? ESCAPE '\\'", [like]) }
      let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
      let from = "FROM caseMessages m JOIN cases c ON c.id = m.caseID \(whereSQL)"
      let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(from)", arguments: StatementArguments(arguments)) ?? 0
      let rows = try Row.fetchAll(
        db, sql: "SELECT m.*, c.status AS caseStatus \(from) ORDER BY m.addedAt DESC, m.rowid DESC LIMIT ? OFFSET ?",
        arguments: StatementArguments(arguments + [max(0, limit), max(0, offset)]))
      return (rows.map { Self.report($0) }, total)
    }
  }

  private static func report(_ row: Row, state: ReportRow.State? = nil, attempts: Int? = nil) -> ReportRow {
    ReportRow(
      caseID: row["caseID"], sha256: row["sha256"], key: row["key"], kind: row["kind"], source: row["source"],
      reporter: row["reporter"], addedAt: row["addedAt"],
      state: state ?? ReportRow.State(rawValue: row["state"] ?? "") ?? .queued, caseStatus: row["caseStatus"],
      subject: row["subject"], sender: row["sender"], verdict: row["verdict"], scenario: row["scenario"],
      campaign: row["campaign"], analysedBy: row["analysedBy"], attempts: attempts ?? row["attempts"] ?? 0)
  }

  private static func token(_ row: Row) -> APITokenRecord? {
    guard let scope = APITokenRecord.Scope(rawValue: row["scope"]) else { return nil }
    return APITokenRecord(
      id: row["id"], user: row["user"], label: row["label"], scope: scope, secretHash: row["secretHash"],
      createdAt: row["createdAt"], revokedAt: row["revokedAt"])
  }

  private static func user(_ row: Row) -> UserRecord? {
    guard let role = UserRecord.Role(rawValue: row["role"]) else { return nil }
    return UserRecord(name: row["name"], role: role, passwordHash: row["passwordHash"], createdAt: row["createdAt"])
  }
}
