import Foundation

/// A cached answer of an intelligence service.
public struct IntelAnswer: Sendable, Equatable {
  public var status: Int
  public var body: Data
  public var fetchedAt: Date

  public init(status: Int, body: Data, fetchedAt: Date) {
    self.status = status
    self.body = body
    self.fetchedAt = fetchedAt
  }
}

/// One query that left the machine.
public struct IntelAuditEntry: Sendable, Equatable, Codable {
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

/// Where intelligence answers are cached and every outbound query is logged: the seam between
/// the intelligence clients and a database, so that a team on one PostgreSQL database shares
/// its cache and its audit log as it shares its cases. The SQLite file is `IntelStore`
/// (Intelligence); PostgreSQL is `PostgresCaseStore`, in the database of the cases.
public protocol IntelCacheStore: Sendable {
  /// The store, for messages: a path or a URL without its password.
  var location: String { get }
  /// The cached answer for an indicator, if it has not expired at `now`; nil on a miss or a
  /// failure to read (the query is then sent again).
  func cached(source: String, kind: String, indicator: String, now: Date) async -> IntelAnswer?
  /// Keeps an answer for `ttl` seconds (replacing an older one).
  func store(source: String, kind: String, indicator: String, status: Int, body: Data, ttl: TimeInterval, now: Date)
    async throws(StoreError)
  /// Records an outbound query.
  func audit(_ entry: IntelAuditEntry) async throws(StoreError)
  /// The newest `limit` outbound queries, oldest first.
  func auditLog(limit: Int) async throws(StoreError) -> [IntelAuditEntry]
}

extension IntelCacheStore {
  /// The cached answer, if it has not expired now.
  public func cached(source: String, kind: String, indicator: String) async -> IntelAnswer? {
    await cached(source: source, kind: kind, indicator: indicator, now: Date())
  }

  /// Keeps an answer for `ttl` seconds from now.
  public func store(source: String, kind: String, indicator: String, status: Int, body: Data, ttl: TimeInterval)
    async throws(StoreError)
  {
    try await store(source: source, kind: kind, indicator: indicator, status: status, body: body, ttl: ttl, now: Date())
  }
}
