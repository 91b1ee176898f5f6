import Foundation
import GRDB

extension SQLiteCaseStore {
  public func openSession(_ session: SessionRecord, replacing oldID: String?) async throws(StoreError) {
    try await write("opening a session") { db in
      if let oldID { try db.execute(sql: "DELETE FROM sessions WHERE id = ?", arguments: [oldID]) }
      try db.execute(
        sql: "INSERT INTO sessions (id, user, csrf, createdAt, lastUsed) VALUES (?, ?, ?, ?, ?)",
        arguments: [session.id, session.user, session.csrf, session.createdAt, session.lastUsed])
    }
  }

  public func session(id: String) async throws(StoreError) -> SessionRecord? {
    try await read("reading a session") { db in
      try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE id = ?", arguments: [id]).map {
        SessionRecord(
          id: $0["id"], user: $0["user"], csrf: $0["csrf"], createdAt: $0["createdAt"], lastUsed: $0["lastUsed"])
      }
    }
  }

  public func touchSession(id: String, at date: Date) async throws(StoreError) {
    try await write("marking a session used") { db in
      try db.execute(sql: "UPDATE sessions SET lastUsed = ? WHERE id = ?", arguments: [date, id])
    }
  }

  public func closeSession(id: String) async throws(StoreError) {
    try await write("ending a session") { db in
      try db.execute(sql: "DELETE FROM sessions WHERE id = ?", arguments: [id])
    }
  }

  public func closeSessions(of user: String) async throws(StoreError) -> Int {
    try await write("ending the sessions of \(user)") { db in
      try db.execute(sql: "DELETE FROM sessions WHERE user = ?", arguments: [user])
      return db.changesCount
    }
  }

  public func closeSessions(idleSince date: Date) async throws(StoreError) -> Int {
    try await write("ending idle sessions") { db in
      try db.execute(sql: "DELETE FROM sessions WHERE lastUsed < ?", arguments: [date])
      return db.changesCount
    }
  }

  public func failedSignIns(of user: String, since date: Date) async throws(StoreError) -> Int {
    try await read("counting failed sign-ins") { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) FROM auditLog WHERE user = ? AND action = 'sign-in-failed' AND at > ?
            AND at > COALESCE((SELECT MAX(at) FROM auditLog WHERE user = ? AND action = 'sign-in'), '')
          """, arguments: [user, date, user]) ?? 0
    }
  }
}
