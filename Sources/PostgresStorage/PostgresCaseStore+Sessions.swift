import CaseStorage
import Foundation
import PostgresNIO

extension PostgresCaseStore {
  public func openSession(_ session: SessionRecord, replacing oldID: String?) async throws(StoreError) {
    try await run("opening a session") {
      try await client.withTransaction(logger: logger) { connection in
        if let oldID { try await connection.query("DELETE FROM sessions WHERE id = \(oldID)", logger: logger) }
        try await connection.query(
          """
          INSERT INTO sessions (id, user_name, csrf, created_at, last_used)
          VALUES (\(session.id), \(session.user), \(session.csrf), \(session.createdAt), \(session.lastUsed))
          """, logger: logger)
      }
    }
  }

  public func session(id: String) async throws(StoreError) -> SessionRecord? {
    try await run("reading a session") {
      for try await (id, user, csrf, created, used) in try await client.query(
        "SELECT id, user_name, csrf, created_at, last_used FROM sessions WHERE id = \(id)", logger: logger
      ).decode((String, String, String, Date, Date).self) {
        return SessionRecord(id: id, user: user, csrf: csrf, createdAt: created, lastUsed: used)
      }
      return nil
    }
  }

  public func touchSession(id: String, at date: Date) async throws(StoreError) {
    try await run("marking a session used") {
      try await client.query("UPDATE sessions SET last_used = \(date) WHERE id = \(id)", logger: logger)
    }
  }

  public func closeSession(id: String) async throws(StoreError) {
    try await run("ending a session") {
      try await client.query("DELETE FROM sessions WHERE id = \(id)", logger: logger)
    }
  }

  public func closeSessions(of user: String) async throws(StoreError) -> Int {
    try await run("ending the sessions of \(user)") {
      try await rowCount(client.query("DELETE FROM sessions WHERE user_name = \(user) RETURNING id", logger: logger))
    }
  }

  public func closeSessions(idleSince date: Date) async throws(StoreError) -> Int {
    try await run("ending idle sessions") {
      try await rowCount(client.query("DELETE FROM sessions WHERE last_used < \(date) RETURNING id", logger: logger))
    }
  }

  public func failedSignIns(of user: String, since date: Date) async throws(StoreError) -> Int {
    try await run("counting failed sign-ins") {
      for try await count in try await client.query(
        """
        SELECT COUNT(*) FROM audit_log WHERE user_name = \(user) AND action = 'sign-in-failed' AND at > \(date)
          AND at > COALESCE((SELECT MAX(at) FROM audit_log WHERE user_name = \(user) AND action = 'sign-in'),
            '-infinity'::TIMESTAMPTZ)
        """, logger: logger
      ).decode(Int64.self) {
        return Int(count)
      }
      return 0
    }
  }
}
