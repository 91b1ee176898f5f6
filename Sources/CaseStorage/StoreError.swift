/// Why the case store could not do what was asked: one error type for every backend, with the
/// store it concerns and what was being done.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  public enum Code: String, Sendable {
    /// The store cannot be opened or created (a bad path, permissions, a server that is down).
    case unavailable
    /// A case that does not exist was named.
    case noSuchCase
    /// The schema is newer than this becscope, or a migration failed.
    case schema
    /// A query failed (constraint, I/O, corruption).
    case failed
  }

  public var code: Code
  /// The store: a file path or a database URL without its password.
  public var store: String
  /// What was being done, and what the database said.
  public var message: String

  public init(_ code: Code, store: String, _ message: String) {
    self.code = code
    self.store = store
    self.message = message
  }

  public var description: String { "\(store): \(message)" }
}

/// How a store is named on the command line and in `$BECSCOPE_STORE`.
public enum StoreLocation {
  /// True for a PostgreSQL URL (`postgres://…`, `postgresql://…`), false for an SQLite file path.
  public static func isPostgres(_ location: String) -> Bool {
    location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
  }
}
