import CSQLite
import Foundation

/// An error from SQLite, with the statement or file it concerns.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
  /// SQLite's result code.
  public var code: Int32
  /// SQLite's message and what becscope was doing.
  public var message: String
  public var description: String { message }
}

/// A connection to one SQLite database file: the embedded store. Not shared between threads;
/// each user opens its own (SQLite serialises writers with its file lock and WAL journal).
public final class SQLiteDatabase {
  private var handle: OpaquePointer?
  /// The file the database lives in.
  public let path: String

  /// Opens (creating if needed) the database at `path`, with WAL journaling and a busy
  /// timeout so that two becscope processes on one store wait for each other.
  public init(path: String) throws(SQLiteError) {
    self.path = path
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &handle, flags, nil)
    guard rc == SQLITE_OK else {
      let text = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      handle = nil
      throw SQLiteError(code: rc, message: "cannot open the store \(path): \(text)")
    }
    sqlite3_busy_timeout(handle, 5_000)
    try execute("PRAGMA journal_mode=WAL")
    try execute("PRAGMA synchronous=NORMAL")
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that take no parameters and return no rows.
  public func execute(_ sql: String) throws(SQLiteError) {
    var error: UnsafeMutablePointer<CChar>? = nil
    let rc = sqlite3_exec(handle, sql, nil, nil, &error)
    if rc != SQLITE_OK {
      let text = error.map { String(cString: $0) } ?? "error \(rc)"
      sqlite3_free(error)
      throw SQLiteError(code: rc, message: "\(text) (in \(sql.prefix(60)))")
    }
  }

  /// Runs `sql` with `values` bound to its `?` parameters and returns every row.
  @discardableResult
  public func query(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
    var rows: [[SQLiteValue]] = []
    try forEachRow(sql, values) { rows.append($0) }
    return rows
  }

  /// Runs a statement and hands each row to `body` as it is stepped, so that a result of large
  /// blobs is never held whole.
  public func forEachRow(
    _ sql: String, _ values: [SQLiteValue] = [], _ body: ([SQLiteValue]) throws(SQLiteError) -> Void
  ) throws(SQLiteError) {
    var statement: OpaquePointer? = nil
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastError(sql) }
    defer { sqlite3_finalize(statement) }
    for (index, value) in values.enumerated() {
      let position = Int32(index + 1)
      let rc: Int32
      switch value {
      case .null: rc = sqlite3_bind_null(statement, position)
      case .integer(let i): rc = sqlite3_bind_int64(statement, position, i)
      case .real(let d): rc = sqlite3_bind_double(statement, position, d)
      case .text(let s): rc = sqlite3_bind_text(statement, position, s, -1, Self.transient)
      case .blob(let b):
        rc = b.withUnsafeBytes {
          sqlite3_bind_blob(statement, position, $0.baseAddress, Int32($0.count), Self.transient)
        }
      }
      guard rc == SQLITE_OK else { throw lastError(sql) }
    }
    while true {
      let rc = sqlite3_step(statement)
      if rc == SQLITE_DONE { break }
      guard rc == SQLITE_ROW else { throw lastError(sql) }
      var row: [SQLiteValue] = []
      for column in 0..<sqlite3_column_count(statement) {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: row.append(.real(sqlite3_column_double(statement, column)))
        case SQLITE_TEXT: row.append(.text(String(cString: sqlite3_column_text(statement, column))))
        case SQLITE_BLOB:
          let count = Int(sqlite3_column_bytes(statement, column))
          let bytes = sqlite3_column_blob(statement, column).map { Data(bytes: $0, count: count) } ?? Data()
          row.append(.blob(bytes))
        default: row.append(.null)
        }
      }
      try body(row)
    }
  }

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  public func transaction<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  private func lastError(_ sql: String) -> SQLiteError {
    SQLiteError(
      code: sqlite3_errcode(handle), message: "\(String(cString: sqlite3_errmsg(handle))) (in \(sql.prefix(60)))")
  }

  /// SQLITE_TRANSIENT: SQLite copies bound text and blobs before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A value stored in or read from SQLite.
public enum SQLiteValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob(Data)

  public var int: Int64? { if case .integer(let i) = self { i } else { nil } }
  public var string: String? { if case .text(let s) = self { s } else { nil } }
  public var data: Data? {
    switch self {
    case .blob(let d): d
    case .text(let s): Data(s.utf8)
    default: nil
    }
  }
}
