import CaseStorage
import Foundation
import Logging
import MailCore
import PostgresNIO

/// The case store for a team: PostgreSQL through postgres-nio (a connection pool), its schema
/// kept by versioned migrations. Several becscope processes or server workers share one
/// database: intake is idempotent under concurrency through the database's own constraints
/// (`INSERT … ON CONFLICT DO NOTHING`), and migrations take an advisory lock.
public final class PostgresCaseStore: CaseStore {
  let client: PostgresClient
  private let runner: Task<Void, Never>
  let logger = PostgresCaseStore.makeLogger()
  public let location: String

  /// The driver's log: only errors (a pool's retries and its closing are not news on a terminal).
  static func makeLogger() -> Logger {
    var logger = Logger(label: "becscope.store")
    logger.logLevel = .error
    return logger
  }

  /// Connects to `url` (`postgres://user[:password]@host[:port]/database`) and applies the
  /// migrations the database lacks. The password never appears in ``location`` or an error.
  public init(url: String) async throws(StoreError) {
    let (configuration, location, parts) = try Self.connection(url)
    self.location = location
    try await Self.reach(parts, location: location, logger: logger)
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    self.client = client
    runner = Task { await client.run() }
    do {
      try await migrate()
    } catch {
      runner.cancel()
      throw error
    }
  }

  deinit { runner.cancel() }

  /// Creates the database `name` (letters, digits and underscores) on the server of `server`
  /// and returns the URL of the new database: for a team's first set-up, and for tests that each
  /// want an empty database.
  public static func createDatabase(_ name: String, server: String) async throws(StoreError) -> String {
    guard !name.isEmpty,
      name.utf8.allSatisfy({ $0 == 0x5F || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) })
    else {
      throw StoreError(.unavailable, store: "PostgreSQL", "cannot create a database named \(name)")
    }
    let (configuration, location, serverParts) = try connection(server)
    var parts = serverParts
    let logger = makeLogger()
    try await reach(serverParts, location: location, logger: logger)
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    let runner = Task { await client.run() }
    defer { runner.cancel() }
    do {
      try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
    } catch {
      let said = (error as? PSQLError)?.serverInfo?[.message] ?? "\(error)"
      throw StoreError(.failed, store: location, "creating the database \(name): \(said)")
    }
    parts.path = "/" + name
    return parts.string ?? server
  }

  /// Opens one connection and closes it: a server that is down, refuses the user or lacks the
  /// database is an error within seconds, where the pool would keep retrying.
  static func reach(_ parts: URLComponents, location: String, logger: Logger) async throws(StoreError) {
    let database = String(parts.path.drop { $0 == "/" })
    var configuration = PostgresConnection.Configuration(
      host: parts.host ?? "", port: parts.port ?? 5432, username: parts.user ?? "", password: parts.password,
      database: database.isEmpty ? nil : database, tls: .disable)
    configuration.options.connectTimeout = .seconds(10)
    do {
      let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
      try? await connection.close()
    } catch {
      let said = (error as? PSQLError)?.serverInfo?[.message] ?? Self.reason(error)
      throw StoreError(.unavailable, store: location, "cannot connect: \(said)")
    }
  }

  /// A connection failure in words (postgres-nio's description holds the whole error tree).
  static func reason(_ error: any Error) -> String {
    let text = (error as? PSQLError)?.underlying.map { "\($0)" } ?? "\(error)"
    if text.contains("Connection refused") { return "connection refused (is the server running?)" }
    if text.contains("timed out") || text.contains("connectTimeout") { return "timed out" }
    return (error as? PSQLError).map { "\($0.code)" } ?? text
  }

  /// The client configuration, the URL without its password, and its parts, from
  /// `postgres://user[:password]@host[:port]/database`.
  static func connection(_ url: String) throws(StoreError) -> (
    PostgresClient.Configuration, location: String, parts: URLComponents
  ) {
    guard let parts = URLComponents(string: url), parts.scheme == "postgres" || parts.scheme == "postgresql",
      let host = parts.host, let user = parts.user, !user.isEmpty
    else {
      throw StoreError(.unavailable, store: "PostgreSQL", "not a postgres://user@host[:port]/database URL")
    }
    let database = String(parts.path.drop { $0 == "/" })
    let configuration = PostgresClient.Configuration(
      host: host, port: parts.port ?? 5432, username: user, password: parts.password,
      database: database.isEmpty ? nil : database, tls: .disable)
    return (configuration, "postgres://\(user)@\(host):\(parts.port ?? 5432)/\(database)", parts)
  }

  /// The schema, one migration a version; a migration, once released, is never changed.
  static let migrations: [(String, [String])] = [
    (
      "v1: cases, messages, analyses, notes",
      [
        """
        CREATE TABLE cases (id TEXT PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL, owner TEXT,
          created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL)
        """,
        "CREATE TABLE raw_messages (sha256 TEXT PRIMARY KEY, bytes BYTEA NOT NULL)",
        """
        CREATE TABLE case_messages (seq BIGSERIAL, case_id TEXT NOT NULL REFERENCES cases ON DELETE CASCADE,
          key TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES raw_messages, kind TEXT NOT NULL, source TEXT NOT NULL,
          reporter TEXT, added_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (case_id, key))
        """,
        """
        CREATE TABLE analyses (sha256 TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL,
          PRIMARY KEY (sha256, version))
        """,
        """
        CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases ON DELETE CASCADE,
          at TIMESTAMPTZ NOT NULL, text TEXT NOT NULL, UNIQUE (case_id, text))
        """,
      ]
    ),
    (
      "v2: analyses by version and context, campaigns",
      [
        // v1's analyses were keyed by an integer version alone; none were written by a release.
        "DROP TABLE analyses",
        """
        CREATE TABLE analyses (sha256 TEXT NOT NULL, version TEXT NOT NULL, json TEXT NOT NULL,
          PRIMARY KEY (sha256, version))
        """,
        """
        CREATE TABLE campaigns (case_id TEXT NOT NULL REFERENCES cases ON DELETE CASCADE, position INTEGER NOT NULL,
          id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (case_id, id))
        """,
      ]
    ),
    (
      "v3: the intelligence cache and audit log",
      [
        """
        CREATE TABLE intel_cache (source TEXT NOT NULL, kind TEXT NOT NULL, indicator TEXT NOT NULL,
          status INTEGER NOT NULL, body BYTEA NOT NULL, fetched_at DOUBLE PRECISION NOT NULL,
          expires_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (source, kind, indicator))
        """,
        """
        CREATE TABLE intel_audit (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
          indicator TEXT NOT NULL, endpoint TEXT NOT NULL, status INTEGER, outcome TEXT NOT NULL,
          duration_ms INTEGER NOT NULL)
        """,
      ]
    ),
    (
      "v4: users of the workbench",
      [
        """
        CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
          created_at TIMESTAMPTZ NOT NULL)
        """
      ]
    ),
    (
      "v5: API tokens, the audit log, analysts' verdicts",
      [
        """
        CREATE TABLE api_tokens (id TEXT PRIMARY KEY, user_name TEXT NOT NULL, label TEXT NOT NULL, scope TEXT NOT NULL,
          secret_hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ)
        """,
        "CREATE INDEX api_tokens_user ON api_tokens (user_name)",
        """
        CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL, user_name TEXT NOT NULL,
          action TEXT NOT NULL, case_id TEXT, detail TEXT NOT NULL)
        """,
        "CREATE INDEX audit_log_case ON audit_log (case_id, id)",
        """
        CREATE TABLE verdicts (case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE, sha256 TEXT NOT NULL,
          verdict TEXT NOT NULL, reason TEXT NOT NULL, user_name TEXT NOT NULL, at TIMESTAMPTZ NOT NULL,
          PRIMARY KEY (case_id, sha256))
        """,
      ]
    ),
    (
      "v6: the analysis queue and the inbox's columns",
      [
        """
        ALTER TABLE case_messages ADD COLUMN state TEXT NOT NULL DEFAULT 'queued', ADD COLUMN claimed_by TEXT,
          ADD COLUMN claimed_at TIMESTAMPTZ, ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0, ADD COLUMN analysed_by TEXT,
          ADD COLUMN subject TEXT, ADD COLUMN sender TEXT, ADD COLUMN verdict TEXT, ADD COLUMN scenario TEXT,
          ADD COLUMN campaign TEXT, ADD COLUMN search_text TEXT
        """,
        "CREATE INDEX case_messages_state ON case_messages (state, seq)",
        "CREATE INDEX case_messages_added ON case_messages (added_at DESC, seq DESC)",
        "CREATE INDEX case_messages_verdict ON case_messages (verdict, added_at DESC)",
      ]
    ),
    (
      "v7: sessions shared by every server, audited addresses, exposure findings",
      [
        """
        CREATE TABLE sessions (id TEXT PRIMARY KEY, user_name TEXT NOT NULL, csrf TEXT NOT NULL,
          created_at TIMESTAMPTZ NOT NULL, last_used TIMESTAMPTZ NOT NULL)
        """,
        "CREATE INDEX sessions_user ON sessions (user_name)",
        "CREATE INDEX sessions_last_used ON sessions (last_used)",
        "CREATE INDEX audit_log_user ON audit_log (user_name, action, at)",
        "ALTER TABLE audit_log ADD COLUMN address TEXT",
        """
        CREATE TABLE exposure (id BIGSERIAL PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
          employee TEXT NOT NULL, platform TEXT NOT NULL, url TEXT NOT NULL, note TEXT NOT NULL, user_name TEXT NOT NULL,
          at TIMESTAMPTZ NOT NULL, UNIQUE (case_id, employee, platform, url))
        """,
      ]
    ),
    (
      "v8: a case's messages by their bytes' digest",
      ["CREATE INDEX case_messages_sha256 ON case_messages (case_id, sha256)"]
    ),
  ]

  private func migrate() async throws(StoreError) {
    try await run("migrating the store") { [logger] in
      try await self.client.withTransaction(logger: logger) { connection in
        // One migrator at a time across every process (the key is arbitrary but fixed).
        try await connection.query("SELECT pg_advisory_xact_lock(4206170931)", logger: logger)
        try await connection.query(
          "CREATE TABLE IF NOT EXISTS becscope_migrations (identifier TEXT PRIMARY KEY)", logger: logger)
        var applied: Set<String> = []
        for try await id in try await connection.query(
          "SELECT identifier FROM becscope_migrations", logger: logger
        ).decode(String.self) {
          applied.insert(id)
        }
        let known = Set(Self.migrations.map(\.0))
        if let unknown = applied.subtracting(known).first {
          throw StoreError(
            .schema, store: self.location, "the store was written by a newer becscope (migration \(unknown))")
        }
        for (id, statements) in Self.migrations where !applied.contains(id) {
          for statement in statements {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
          }
          try await connection.query("INSERT INTO becscope_migrations (identifier) VALUES (\(id))", logger: logger)
        }
      }
    }
  }

  /// Runs `body`, every failure as a ``StoreError`` with what PostgreSQL said.
  func run<T>(_ what: String, _ body: () async throws -> T) async throws(StoreError) -> T {
    do {
      return try await body()
    } catch {
      throw storeError(error, what)
    }
  }

  /// A failure as a ``StoreError``: one thrown inside a transaction is unwrapped, and PostgreSQL's
  /// own message is kept (postgres-nio's description hides it).
  private func storeError(_ error: any Error, _ what: String) -> StoreError {
    switch error {
    case let error as StoreError: return error
    case let error as PostgresTransactionError:
      if let inner = error.closureError ?? error.beginError ?? error.commitError { return storeError(inner, what) }
      return StoreError(.failed, store: location, "\(what): the transaction failed")
    case let error as PSQLError:
      return StoreError(.failed, store: location, "\(what): \(error.serverInfo?[.message] ?? "\(error.code)")")
    default:
      return StoreError(.failed, store: location, "\(what): \(error)")
    }
  }

  func rowCount(_ rows: PostgresRowSequence) async throws -> Int {
    var n = 0
    for try await _ in rows { n += 1 }
    return n
  }

  func requireCase(_ caseID: String, on connection: PostgresConnection, locking: Bool = false) async throws {
    // Locking the case's row makes writers of the same case (two processes recording its
    // campaigns) take turns until the transaction ends.
    let rows =
      locking
      ? try await connection.query("SELECT 1 FROM cases WHERE id = \(caseID) FOR UPDATE", logger: logger)
      : try await connection.query("SELECT 1 FROM cases WHERE id = \(caseID)", logger: logger)
    if try await rowCount(rows) == 0 { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
  }

  public func createCase(title: String, owner: String?) async throws(StoreError) -> CaseRecord {
    let record = CaseRecord(title: title, owner: owner)
    return try await run("creating a case") {
      try await client.query(
        """
        INSERT INTO cases (id, title, status, owner, created_at, updated_at)
        VALUES (\(record.id), \(record.title), \(record.status.rawValue), \(record.owner), \(record.createdAt),
          \(record.updatedAt))
        """, logger: logger)
      return record
    }
  }

  private func fetchCases(_ query: PostgresQuery) async throws(StoreError) -> [CaseRecord] {
    try await run("reading cases") {
      var out: [CaseRecord] = []
      for try await (id, title, status, owner, created, updated) in try await client.query(query, logger: logger)
        .decode((String, String, String, String?, Date, Date).self)
      {
        out.append(
          CaseRecord(
            id: id, title: title, status: CaseRecord.Status(rawValue: status) ?? .new, owner: owner, createdAt: created,
            updatedAt: updated))
      }
      return out
    }
  }

  public func openCase(titled title: String, owner: String?) async throws(StoreError) -> CaseRecord {
    let fresh = CaseRecord(title: title, owner: owner)
    return try await run("opening case \(title)") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        // One opener a title at a time: a second process waits, then finds the case the first made.
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(title)))", logger: logger)
        for try await (id, title, status, owner, created, updated) in try await connection.query(
          """
          SELECT id, title, status, owner, created_at, updated_at FROM cases WHERE title = \(title)
          ORDER BY updated_at DESC, id DESC LIMIT 1
          """, logger: logger
        ).decode((String, String, String, String?, Date, Date).self) {
          return CaseRecord(
            id: id, title: title, status: CaseRecord.Status(rawValue: status) ?? .new, owner: owner, createdAt: created,
            updatedAt: updated)
        }
        try await connection.query(
          """
          INSERT INTO cases (id, title, status, owner, created_at, updated_at)
          VALUES (\(fresh.id), \(fresh.title), \(fresh.status.rawValue), \(fresh.owner), \(fresh.createdAt),
            \(fresh.updatedAt))
          """, logger: logger)
        return fresh
      }
    }
  }

  public func caseRecord(id: String) async throws(StoreError) -> CaseRecord? {
    try await fetchCases(
      "SELECT id, title, status, owner, created_at, updated_at FROM cases WHERE id = \(id)"
    ).first
  }

  public func cases() async throws(StoreError) -> [CaseRecord] {
    try await fetchCases(
      "SELECT id, title, status, owner, created_at, updated_at FROM cases ORDER BY created_at DESC, id")
  }

  public func setStatus(_ status: CaseRecord.Status, of caseID: String) async throws(StoreError) {
    let changed = try await run("changing a case's status") {
      try await rowCount(
        client.query(
          "UPDATE cases SET status = \(status.rawValue), updated_at = \(Date()) WHERE id = \(caseID) RETURNING id",
          logger: logger))
    }
    if changed == 0 { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
  }

  public func setOwner(_ owner: String?, of caseID: String) async throws(StoreError) {
    let changed = try await run("changing a case's owner") {
      try await rowCount(
        client.query(
          "UPDATE cases SET owner = \(owner), updated_at = \(Date()) WHERE id = \(caseID) RETURNING id", logger: logger)
      )
    }
    if changed == 0 { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
  }

  public func add(_ message: IncomingMessage, to caseID: String) async throws(StoreError) -> Bool {
    let sha256 = message.sha256
    let bytes = Data(message.bytes)
    let p = message.provenance
    return try await run("adding a message") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(caseID, on: connection)
        try await connection.query(
          "INSERT INTO raw_messages (sha256, bytes) VALUES (\(sha256), \(bytes)) ON CONFLICT DO NOTHING",
          logger: logger)
        let rows = try await connection.query(
          """
          INSERT INTO case_messages (case_id, key, sha256, kind, source, reporter, added_at)
          VALUES (\(caseID), \(message.key), \(sha256), \(p.kind.rawValue), \(p.source), \(p.reporter), \(Date()))
          ON CONFLICT (case_id, key) DO NOTHING RETURNING key
          """, logger: logger)
        return try await self.rowCount(rows) > 0
      }
    }
  }

  public func messages(in caseID: String) async throws(StoreError) -> [StoredMessage] {
    try await run("listing a case's messages") {
      try await Self.storedMessages(
        client.query(
          """
          SELECT key, sha256, kind, source, reporter, added_at FROM case_messages WHERE case_id = \(caseID)
          ORDER BY seq
          """, logger: logger), caseID: caseID)
    }
  }

  public func messages(sha256 digests: [String], in caseID: String) async throws(StoreError) -> [StoredMessage] {
    guard !digests.isEmpty else { return [] }
    return try await run("finding a case's messages by digest") {
      try await Self.storedMessages(
        client.query(
          """
          SELECT key, sha256, kind, source, reporter, added_at FROM case_messages
          WHERE case_id = \(caseID) AND sha256 = ANY(\(digests)) ORDER BY seq
          """, logger: logger), caseID: caseID)
    }
  }

  /// Rows of `key, sha256, kind, source, reporter, added_at` of one case as the protocol's values.
  private static func storedMessages(_ rows: PostgresRowSequence, caseID: String) async throws -> [StoredMessage] {
    var out: [StoredMessage] = []
    for try await (key, sha256, kind, source, reporter, added) in rows.decode(
      (String, String, String, String, String?, Date).self)
    {
      out.append(
        StoredMessage(
          caseID: caseID, key: key, sha256: sha256,
          provenance: Provenance(
            kind: Provenance.Kind(rawValue: kind) ?? .reported, source: source, reporter: reporter),
          addedAt: added))
    }
    return out
  }

  public func raw(sha256: String) async throws(StoreError) -> [UInt8]? {
    try await run("reading a message") {
      for try await bytes in try await client.query(
        "SELECT bytes FROM raw_messages WHERE sha256 = \(sha256)", logger: logger
      ).decode(Data.self) {
        return [UInt8](bytes)
      }
      return nil
    }
  }

  public func moveMessages(keys: [String], from caseID: String, to otherCaseID: String) async throws(StoreError)
    -> Int
  {
    try await run("moving messages") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(caseID, on: connection)
        try await self.requireCase(otherCaseID, on: connection)
        let moved = try await self.rowCount(
          connection.query(
            """
            UPDATE case_messages m SET case_id = \(otherCaseID) WHERE m.case_id = \(caseID) AND m.key = ANY(\(keys))
            AND NOT EXISTS (SELECT 1 FROM case_messages o WHERE o.case_id = \(otherCaseID) AND o.key = m.key)
            RETURNING m.key
            """, logger: logger))
        try await connection.query(
          "DELETE FROM case_messages WHERE case_id = \(caseID) AND key = ANY(\(keys))", logger: logger)
        try await connection.query(
          "UPDATE cases SET updated_at = \(Date()) WHERE id = \(caseID) OR id = \(otherCaseID)", logger: logger)
        return moved
      }
    }
  }

  public func saveAnalysis(_ json: String, version: String, sha256: String) async throws(StoreError) {
    try await run("storing an analysis") {
      try await client.query(
        """
        INSERT INTO analyses (sha256, version, json) VALUES (\(sha256), \(version), \(json))
        ON CONFLICT DO NOTHING
        """, logger: logger)
    }
  }

  public func analysis(sha256: String, version: String) async throws(StoreError) -> String? {
    try await run("reading an analysis") {
      for try await json in try await client.query(
        "SELECT json FROM analyses WHERE sha256 = \(sha256) AND version = \(version)", logger: logger
      ).decode(String.self) {
        return json
      }
      return nil
    }
  }

  public func analyses(in caseID: String, version: String) async throws(StoreError) -> [String: String] {
    try await run("reading a case's analyses") {
      var found: [String: String] = [:]
      for try await (sha256, json) in try await client.query(
        """
        SELECT a.sha256, a.json FROM analyses a JOIN case_messages m ON m.sha256 = a.sha256
        WHERE m.case_id = \(caseID) AND a.version = \(version)
        """, logger: logger
      ).decode((String, String).self) {
        found[sha256] = json
      }
      return found
    }
  }

  public func saveCampaigns(_ campaigns: [StoredCampaign], in caseID: String) async throws(StoreError) {
    try await run("recording the campaigns") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(caseID, on: connection, locking: true)
        try await connection.query("DELETE FROM campaigns WHERE case_id = \(caseID)", logger: logger)
        for (position, c) in campaigns.enumerated() {
          try await connection.query(
            """
            INSERT INTO campaigns (case_id, position, id, json)
            VALUES (\(caseID), \(Int32(position)), \(c.id), \(c.json))
            """, logger: logger)
        }
      }
    }
  }

  public func campaigns(in caseID: String) async throws(StoreError) -> [StoredCampaign] {
    try await run("reading the campaigns") {
      var out: [StoredCampaign] = []
      for try await (id, json) in try await client.query(
        "SELECT id, json FROM campaigns WHERE case_id = \(caseID) ORDER BY position", logger: logger
      ).decode((String, String).self) {
        out.append(StoredCampaign(id: id, json: json))
      }
      return out
    }
  }

  public func addNote(_ text: String, to caseID: String) async throws(StoreError) -> Bool {
    try await run("leaving a note") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(caseID, on: connection)
        let rows = try await connection.query(
          """
          INSERT INTO notes (case_id, at, text) VALUES (\(caseID), \(Date()), \(text))
          ON CONFLICT (case_id, text) DO NOTHING RETURNING id
          """, logger: logger)
        return try await self.rowCount(rows) > 0
      }
    }
  }

  public func notes(in caseID: String) async throws(StoreError) -> [CaseNote] {
    try await run("reading the notes") {
      var out: [CaseNote] = []
      for try await (at, text) in try await client.query(
        "SELECT at, text FROM notes WHERE case_id = \(caseID) ORDER BY id", logger: logger
      ).decode((Date, String).self) {
        out.append(CaseNote(at: at, text: text))
      }
      return out
    }
  }

  public func check() async throws(StoreError) -> StoreCheck {
    try await run("checking the store") {
      var migrations: [String] = []
      for try await id in try await client.query(
        "SELECT identifier FROM becscope_migrations ORDER BY identifier", logger: logger
      ).decode(String.self) {
        migrations.append(id)
      }
      var cases = 0
      for try await n in try await client.query("SELECT COUNT(*) FROM cases", logger: logger).decode(Int.self) {
        cases = n
      }
      var messages = 0
      for try await n in try await client.query("SELECT COUNT(*) FROM case_messages", logger: logger).decode(
        Int.self)
      {
        messages = n
      }
      return StoreCheck(migrations: migrations, integrity: "ok", cases: cases, messages: messages)
    }
  }
}

extension PostgresCaseStore: IntelCacheStore {
  public func cached(source: String, kind: String, indicator: String, now: Date) async -> IntelAnswer? {
    try? await run("reading the intelligence cache") {
      for try await (status, body, fetched) in try await client.query(
        """
        SELECT status, body, fetched_at FROM intel_cache
        WHERE source = \(source) AND kind = \(kind) AND indicator = \(indicator)
        AND expires_at > \(now.timeIntervalSince1970)
        """, logger: logger
      ).decode((Int32, Data, Double).self) {
        return IntelAnswer(status: Int(status), body: body, fetchedAt: Date(timeIntervalSince1970: fetched))
      }
      return nil
    }
  }

  public func store(
    source: String, kind: String, indicator: String, status: Int, body: Data, ttl: TimeInterval, now: Date
  ) async throws(StoreError) {
    let fetched = now.timeIntervalSince1970
    let expires = fetched + ttl
    try await run("caching an answer") {
      try await client.query(
        """
        INSERT INTO intel_cache (source, kind, indicator, status, body, fetched_at, expires_at)
        VALUES (\(source), \(kind), \(indicator), \(Int32(status)), \(body), \(fetched), \(expires))
        ON CONFLICT (source, kind, indicator) DO UPDATE SET status = EXCLUDED.status, body = EXCLUDED.body,
          fetched_at = EXCLUDED.fetched_at, expires_at = EXCLUDED.expires_at
        """, logger: logger)
    }
  }

  public func audit(_ entry: IntelAuditEntry) async throws(StoreError) {
    try await run("logging a query") {
      try await client.query(
        """
        INSERT INTO intel_audit (at, source, kind, indicator, endpoint, status, outcome, duration_ms)
        VALUES (\(entry.at), \(entry.source), \(entry.kind), \(entry.indicator), \(entry.endpoint),
          \(entry.status.map(Int32.init)), \(entry.outcome), \(Int32(clamping: entry.durationMilliseconds)))
        """, logger: logger)
    }
  }

  public func auditLog(limit: Int) async throws(StoreError) -> [IntelAuditEntry] {
    try await run("reading the audit log") {
      var entries: [IntelAuditEntry] = []
      for try await (at, source, kind, indicator, endpoint, status, outcome, duration) in try await client.query(
        """
        SELECT at, source, kind, indicator, endpoint, status, outcome, duration_ms FROM intel_audit
        ORDER BY id DESC LIMIT \(Int64(limit))
        """, logger: logger
      ).decode((String, String, String, String, String, Int32?, String, Int32).self) {
        entries.append(
          IntelAuditEntry(
            at: at, source: source, kind: kind, indicator: indicator, endpoint: endpoint, status: status.map(Int.init),
            outcome: outcome, durationMilliseconds: Int(duration)))
      }
      return entries.reversed()
    }
  }
}

extension PostgresCaseStore: WorkbenchStore {
  public func addUser(_ user: UserRecord) async throws(StoreError) -> Bool {
    try await run("adding user \(user.name)") { [logger] in
      let rows = try await client.query(
        """
        INSERT INTO users (name, role, password_hash, created_at)
        VALUES (\(user.name), \(user.role.rawValue), \(user.passwordHash), \(user.createdAt))
        ON CONFLICT (name) DO NOTHING RETURNING name
        """, logger: logger)
      return try await self.rowCount(rows) > 0
    }
  }

  public func user(named name: String) async throws(StoreError) -> UserRecord? {
    try await run("reading user \(name)") {
      for try await (name, role, hash, created) in try await client.query(
        "SELECT name, role, password_hash, created_at FROM users WHERE name = \(name)", logger: logger
      ).decode((String, String, String, Date).self) {
        return UserRecord.Role(rawValue: role).map {
          UserRecord(name: name, role: $0, passwordHash: hash, createdAt: created)
        }
      }
      return nil
    }
  }

  public func users() async throws(StoreError) -> [UserRecord] {
    try await run("listing users") {
      var out: [UserRecord] = []
      for try await (name, role, hash, created) in try await client.query(
        "SELECT name, role, password_hash, created_at FROM users ORDER BY name", logger: logger
      ).decode((String, String, String, Date).self) {
        if let role = UserRecord.Role(rawValue: role) {
          out.append(UserRecord(name: name, role: role, passwordHash: hash, createdAt: created))
        }
      }
      return out
    }
  }

  public func removeUser(named name: String) async throws(StoreError) -> Bool {
    try await run("removing user \(name)") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        let rows = try await connection.query("DELETE FROM users WHERE name = \(name) RETURNING name", logger: logger)
        let removed = try await self.rowCount(rows) > 0
        try await connection.query("DELETE FROM sessions WHERE user_name = \(name)", logger: logger)
        return removed
      }
    }
  }

  public func setPasswordHash(_ hash: String, for name: String) async throws(StoreError) -> Bool {
    try await run("changing the password of \(name)") { [logger] in
      try await client.withTransaction(logger: logger) { connection in
        let rows = try await connection.query(
          "UPDATE users SET password_hash = \(hash) WHERE name = \(name) RETURNING name", logger: logger)
        let changed = try await self.rowCount(rows) > 0
        try await connection.query("DELETE FROM sessions WHERE user_name = \(name)", logger: logger)
        return changed
      }
    }
  }

  public func addToken(_ token: APITokenRecord) async throws(StoreError) -> Bool {
    try await run("adding a token") { [logger] in
      let rows = try await client.query(
        """
        INSERT INTO api_tokens (id, user_name, label, scope, secret_hash, created_at, revoked_at)
        VALUES (\(token.id), \(token.user), \(token.label), \(token.scope.rawValue), \(token.secretHash),
          \(token.createdAt), \(token.revokedAt))
        ON CONFLICT (id) DO NOTHING RETURNING id
        """, logger: logger)
      return try await self.rowCount(rows) > 0
    }
  }

  public func token(id: String) async throws(StoreError) -> APITokenRecord? {
    try await tokens(
      "SELECT id, user_name, label, scope, secret_hash, created_at, revoked_at FROM api_tokens WHERE id = \(id)"
    ).first
  }

  public func tokens(of user: String?) async throws(StoreError) -> [APITokenRecord] {
    try await tokens(
      """
      SELECT id, user_name, label, scope, secret_hash, created_at, revoked_at FROM api_tokens
      WHERE \(user)::TEXT IS NULL OR user_name = \(user) ORDER BY created_at, id
      """)
  }

  private func tokens(_ query: PostgresQuery) async throws(StoreError) -> [APITokenRecord] {
    try await run("reading tokens") {
      var out: [APITokenRecord] = []
      for try await (id, user, label, scope, hash, created, revoked) in try await client.query(query, logger: logger)
        .decode((String, String, String, String, String, Date, Date?).self)
      {
        if let scope = APITokenRecord.Scope(rawValue: scope) {
          out.append(
            APITokenRecord(
              id: id, user: user, label: label, scope: scope, secretHash: hash, createdAt: created, revokedAt: revoked))
        }
      }
      return out
    }
  }

  public func revokeToken(id: String) async throws(StoreError) -> Bool {
    try await run("revoking a token") { [logger] in
      let rows = try await client.query(
        "UPDATE api_tokens SET revoked_at = \(Date()) WHERE id = \(id) AND revoked_at IS NULL RETURNING id",
        logger: logger)
      return try await self.rowCount(rows) > 0
    }
  }

  public func record(_ entry: AuditEntry) async throws(StoreError) {
    try await run("writing the audit log") {
      try await client.query(
        """
        INSERT INTO audit_log (at, user_name, action, case_id, detail, address)
        VALUES (\(entry.at), \(entry.user), \(entry.action), \(entry.caseID), \(entry.detail), \(entry.address))
        """, logger: logger)
    }
  }

  public func auditLog(caseID: String?, limit: Int) async throws(StoreError) -> [AuditEntry] {
    try await run("reading the audit log") {
      var out: [AuditEntry] = []
      for try await (at, user, action, caseID, detail, address) in try await client.query(
        """
        SELECT at, user_name, action, case_id, detail, address FROM audit_log
        WHERE \(caseID)::TEXT IS NULL OR case_id = \(caseID) ORDER BY id DESC LIMIT \(Int64(max(0, limit)))
        """, logger: logger
      ).decode((Date, String, String, String?, String, String?).self) {
        out.append(AuditEntry(at: at, user: user, action: action, caseID: caseID, detail: detail, address: address))
      }
      return out
    }
  }

  public func setVerdict(_ verdict: VerdictOverride) async throws(StoreError) {
    try await run("setting a verdict") {
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(verdict.caseID, on: connection)
        try await connection.query(
          """
          INSERT INTO verdicts (case_id, sha256, verdict, reason, user_name, at)
          VALUES (\(verdict.caseID), \(verdict.sha256), \(verdict.verdict), \(verdict.reason), \(verdict.user),
            \(verdict.at))
          ON CONFLICT (case_id, sha256) DO UPDATE SET verdict = EXCLUDED.verdict, reason = EXCLUDED.reason,
            user_name = EXCLUDED.user_name, at = EXCLUDED.at
          """, logger: self.logger)
      }
    }
  }

  public func verdicts(in caseID: String) async throws(StoreError) -> [VerdictOverride] {
    try await run("reading the verdicts") {
      var out: [VerdictOverride] = []
      for try await (sha256, verdict, reason, user, at) in try await client.query(
        "SELECT sha256, verdict, reason, user_name, at FROM verdicts WHERE case_id = \(caseID) ORDER BY at, sha256",
        logger: logger
      ).decode((String, String, String, String, Date).self) {
        out.append(
          VerdictOverride(caseID: caseID, sha256: sha256, verdict: verdict, reason: reason, user: user, at: at))
      }
      return out
    }
  }

  public func claimReports(limit: Int, worker: String, staleAfter: TimeInterval) async throws(StoreError)
    -> [ReportRow]
  {
    let now = Date()
    let cutoff = now.addingTimeInterval(-staleAfter)
    return try await run("claiming messages to analyse") {
      var out: [ReportRow] = []
      // SKIP LOCKED: a row another server is claiming in this instant is passed over, so two
      // servers never take the same message.
      for try await (caseID, sha256, key, kind, source, reporter, added, attempts) in try await client.query(
        """
        UPDATE case_messages m SET state = 'working', claimed_by = \(worker), claimed_at = \(now),
          attempts = m.attempts + 1
        WHERE m.seq IN (
          SELECT seq FROM case_messages WHERE state = 'queued' OR (state = 'working' AND claimed_at < \(cutoff))
          ORDER BY seq LIMIT \(Int64(max(0, limit))) FOR UPDATE SKIP LOCKED)
        RETURNING m.case_id, m.sha256, m.key, m.kind, m.source, m.reporter, m.added_at, m.attempts
        """, logger: logger
      ).decode((String, String, String, String, String, String?, Date, Int32).self) {
        out.append(
          ReportRow(
            caseID: caseID, sha256: sha256, key: key, kind: kind, source: source, reporter: reporter, addedAt: added,
            state: .working, attempts: Int(attempts)))
      }
      return out
    }
  }

  public func completeReport(caseID: String, key: String, facts: ReportFacts, worker: String) async throws(StoreError) {
    try await run("recording an analysis") {
      try await client.query(
        """
        UPDATE case_messages SET state = 'done', analysed_by = \(worker), subject = \(facts.subject),
          sender = \(facts.sender), verdict = \(facts.verdict), scenario = \(facts.scenario),
          search_text = \(facts.searchText)
        WHERE case_id = \(caseID) AND key = \(key)
        """, logger: logger)
    }
  }

  public func setReportCampaigns(_ campaigns: [String: String], in caseID: String) async throws(StoreError) {
    let keys = Array(campaigns.keys)
    let ids = keys.map { campaigns[$0]! }
    try await run("recording the campaigns of the inbox") {
      try await client.withTransaction(logger: logger) { connection in
        try await connection.query(
          "UPDATE case_messages SET campaign = NULL WHERE case_id = \(caseID)", logger: self.logger)
        try await connection.query(
          """
          UPDATE case_messages m SET campaign = c.campaign
          FROM UNNEST(\(keys)::TEXT[], \(ids)::TEXT[]) AS c(key, campaign)
          WHERE m.case_id = \(caseID) AND m.key = c.key
          """, logger: self.logger)
      }
    }
  }

  public func reports(_ filter: ReportFilter, limit: Int, offset: Int) async throws(StoreError) -> (
    rows: [ReportRow], total: Int
  ) {
    // Every condition is written once, with nulls for the filters not given; the total comes
    // with each row (a page past the end asks for it again from the first).
    let like = filter.likePattern
    let (rows, total) = try await run("listing reports") { () -> ([ReportRow], Int) in
      var rows: [ReportRow] = []
      var total = 0
      for try await row in try await client.query(
        """
        SELECT m.case_id, m.sha256, m.key, m.kind, m.source, m.reporter, m.added_at, m.state, c.status AS case_status,
          m.subject, m.sender, m.verdict, m.scenario, m.campaign, m.analysed_by, m.attempts, COUNT(*) OVER () AS total
        FROM case_messages m JOIN cases c ON c.id = m.case_id
        WHERE (\(filter.caseID)::TEXT IS NULL OR m.case_id = \(filter.caseID))
          AND (\(filter.verdict)::TEXT IS NULL OR m.verdict = \(filter.verdict))
          AND (\(filter.caseStatus)::TEXT IS NULL OR c.status = \(filter.caseStatus))
          AND (\(filter.campaign)::TEXT IS NULL OR m.campaign = \(filter.campaign))
          AND (\(filter.from)::TIMESTAMPTZ IS NULL OR m.added_at >= \(filter.from))
          AND (\(filter.to)::TIMESTAMPTZ IS NULL OR m.added_at < \(filter.to))
          AND (\(like)::TEXT IS NULL OR m.search_text LIKE \(like))
        ORDER BY m.added_at DESC, m.seq DESC LIMIT \(Int64(max(0, limit))) OFFSET \(Int64(max(0, offset)))
        """, logger: logger
      ) {
        let cells = row.makeRandomAccess()
        func text(_ name: String) throws -> String? { try cells[name].decode(String?.self, context: .default) }
        total = Int(try cells["total"].decode(Int64.self, context: .default))
        rows.append(
          ReportRow(
            caseID: try text("case_id") ?? "", sha256: try text("sha256") ?? "", key: try text("key") ?? "",
            kind: try text("kind") ?? "", source: try text("source") ?? "", reporter: try text("reporter"),
            addedAt: try cells["added_at"].decode(Date.self, context: .default),
            state: ReportRow.State(rawValue: try text("state") ?? "") ?? .queued, caseStatus: try text("case_status"),
            subject: try text("subject"), sender: try text("sender"), verdict: try text("verdict"),
            scenario: try text("scenario"), campaign: try text("campaign"), analysedBy: try text("analysed_by"),
            attempts: Int(try cells["attempts"].decode(Int32.self, context: .default))))
      }
      return (rows, total)
    }
    if rows.isEmpty, offset > 0 { return ([], try await reports(filter, limit: 1, offset: 0).total) }
    return (rows, total)
  }
}
