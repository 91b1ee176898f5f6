import CaseStorage
import Foundation
import GRDB
import Testing

/// One suite, every backend: what the case service relies on from a store. PostgreSQL joins the
/// list of backends when its implementation lands.
@Suite("Case store conformance")
struct CaseStoreConformanceTests {
  enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, memory
    var testDescription: String { rawValue }

    func open() throws -> any CaseStore {
      switch self {
      case .sqlite: try SQLiteCaseStore(path: Self.temporaryPath())
      case .memory: InMemoryCaseStore()
      }
    }

    static func temporaryPath() -> String {
      NSTemporaryDirectory() + "becscope-store-\(UUID().uuidString)/case.sqlite"
    }
  }

  static func message(_ n: Int, kind: Provenance.Kind = .reported) -> IncomingMessage {
    IncomingMessage(
      key: "mid:<\(n)@test.example>",
      bytes: Array("From: a@test.example\r\nMessage-ID: <\(n)@test.example>\r\n\r\nbody \(n)\r\n".utf8),
      provenance: Provenance(kind: kind, source: "m\(n).eml", reporter: "r\(n)@org.example"))
  }

  @Test("cases: created, listed newest first, read back, status changed", arguments: Backend.allCases)
  func cases(_ backend: Backend) async throws {
    let store = try backend.open()
    let first = try await store.createCase(title: "CEO lure, May", owner: "kato")
    try await Task.sleep(for: .milliseconds(5))
    let second = try await store.createCase(title: "Vendor bank change", owner: nil)
    #expect(try await store.cases().map(\.id) == [second.id, first.id])
    let read = try #require(try await store.caseRecord(id: first.id))
    #expect(read.title == "CEO lure, May" && read.owner == "kato" && read.status == .new)
    try await store.setStatus(.investigating, of: first.id)
    #expect(try await store.caseRecord(id: first.id)?.status == .investigating)
    #expect(try await store.caseRecord(id: "nope") == nil)
    await #expect(throws: StoreError.self) { try await store.setStatus(.closed, of: "nope") }
  }

  @Test("messages: idempotent by key per case, bytes stored once, provenance kept", arguments: Backend.allCases)
  func messages(_ backend: Backend) async throws {
    let store = try backend.open()
    let a = try await store.createCase(title: "a", owner: nil)
    let b = try await store.createCase(title: "b", owner: nil)
    #expect(try await store.add(Self.message(1), to: a.id))
    #expect(try await !store.add(Self.message(1), to: a.id))
    #expect(try await store.add(Self.message(1, kind: .imap), to: b.id))
    #expect(try await store.add(Self.message(2, kind: .mailbox), to: a.id))
    let inA = try await store.messages(in: a.id)
    #expect(inA.map(\.key) == ["mid:<1@test.example>", "mid:<2@test.example>"])
    #expect(inA[0].provenance == Provenance(kind: .reported, source: "m1.eml", reporter: "r1@org.example"))
    #expect(inA[1].provenance.kind == .mailbox)
    #expect(try await store.messages(in: b.id).first?.provenance.kind == .imap)
    #expect(try await store.raw(sha256: inA[0].sha256) == Self.message(1).bytes)
    #expect(try await store.raw(sha256: String(repeating: "0", count: 64)) == nil)
    await #expect(throws: StoreError.self) { try await store.add(Self.message(3), to: "nope") }
    let check = try await store.check()
    #expect(check.integrity == "ok" && check.cases == 2 && check.messages == 3)
  }

  @Test("analyses by version; notes idempotent", arguments: Backend.allCases)
  func analysesAndNotes(_ backend: Backend) async throws {
    let store = try backend.open()
    let c = try await store.createCase(title: "c", owner: nil)
    try await store.saveAnalysis("{\"v\":1}", version: 1, sha256: "abc")
    try await store.saveAnalysis("{\"v\":1,\"again\":true}", version: 1, sha256: "abc")
    #expect(try await store.analysis(sha256: "abc", version: 1) == "{\"v\":1}")
    #expect(try await store.analysis(sha256: "abc", version: 2) == nil)
    #expect(try await store.addNote("called the vendor", to: c.id))
    #expect(try await !store.addNote("called the vendor", to: c.id))
    #expect(try await store.addNote("blocked the sender", to: c.id))
    #expect(try await store.notes(in: c.id).map(\.text) == ["called the vendor", "blocked the sender"])
  }

  @Test("two writers, one case: the same and different messages at once, nothing lost or doubled")
  func concurrentWriters() async throws {
    // Two stores on one file stand for two processes; each adds the 50 shared messages and 50
    // of its own, interleaved.
    let path = Backend.temporaryPath()
    let one = try SQLiteCaseStore(path: path)
    let two = try SQLiteCaseStore(path: path)
    let c = try await one.createCase(title: "shared", owner: nil)
    try await withThrowingTaskGroup(of: Int.self) { group in
      for (w, store) in [one, two].enumerated() {
        group.addTask {
          var added = 0
          for n in 0..<50 {
            if try await store.add(Self.message(n), to: c.id) { added += 1 }
            if try await store.add(Self.message(1_000 * (w + 1) + n), to: c.id) { added += 1 }
          }
          return added
        }
      }
      let total = try await group.reduce(0, +)
      #expect(total == 150)
    }
    let stored = try await two.messages(in: c.id)
    #expect(stored.count == 150)
    #expect(Set(stored.map(\.key)).count == 150)
    #expect(try await one.check().messages == 150)
  }

  @Test("a store written by a newer becscope is refused, and reopening changes nothing")
  func migrations() async throws {
    let path = Backend.temporaryPath()
    let store = try SQLiteCaseStore(path: path)
    let c = try await store.createCase(title: "kept", owner: nil)
    let reopened = try SQLiteCaseStore(path: path)
    #expect(try await reopened.caseRecord(id: c.id)?.title == "kept")
    #expect(try await reopened.check().migrations.count == 1)
    #expect(throws: StoreError.self) { try SQLiteCaseStore(path: "/proc/no/such/dir/case.sqlite") }
    // A migration this build does not know: the store is left alone, with a clear error.
    let queue = try DatabaseQueue(path: path)
    try await queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
    }
    try queue.close()
    do {
      _ = try SQLiteCaseStore(path: path)
      Issue.record("a newer store was opened")
    } catch {
      #expect(error.code == .schema)
    }
  }
}
