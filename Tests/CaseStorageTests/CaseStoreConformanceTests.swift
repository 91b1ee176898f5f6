import CaseStorage
import Foundation
import GRDB
import PostgresStorage
import Testing

/// One suite, every backend: what the case service relies on from a store. PostgreSQL joins the
/// list of backends when its implementation lands.
@Suite("Case store conformance")
struct CaseStoreConformanceTests {
  enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, memory, postgres
    var testDescription: String { rawValue }

    /// The server the PostgreSQL backend is tested against (`postgres://user@host:port/db`,
    /// started by `.ci/run`); without it that backend is skipped, with a notice.
    static let postgresURL = ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"].flatMap {
      $0.isEmpty ? nil : $0
    }

    static let available: [Backend] = {
      if postgresURL == nil {
        print("CaseStorageTests: BECSCOPE_TEST_POSTGRES is not set; the PostgreSQL backend is not tested")
        return [.sqlite, .memory]
      }
      return allCases
    }()

    /// Stores on one fresh database (for PostgreSQL: a new database on the test server).
    func open(count: Int = 1) async throws -> [any CaseStore] {
      switch self {
      case .sqlite:
        let path = Self.temporaryPath()
        return try (0..<count).map { _ in try SQLiteCaseStore(path: path) }
      case .memory:
        let store = InMemoryCaseStore()
        return Array(repeating: store, count: count)
      case .postgres:
        let url = try #require(Self.postgresURL)
        let admin = try await PostgresCaseStore.createDatabase(
          "becscope_test_\(UUID().uuidString.prefix(8).lowercased())", server: url)
        var stores: [any CaseStore] = []
        for _ in 0..<count { stores.append(try await PostgresCaseStore(url: admin)) }
        return stores
      }
    }

    func open() async throws -> any CaseStore { try await open(count: 1)[0] }

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

  @Test("cases: created, listed newest first, read back, status changed", arguments: Backend.available)
  func cases(_ backend: Backend) async throws {
    let store = try await backend.open()
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

  @Test(
    "two writers record the same case's campaigns at once: both succeed, one set is kept", arguments: Backend.available)
  func concurrentCampaigns(_ backend: Backend) async throws {
    let stores = try await backend.open(count: 2)
    let c = try await stores[0].createCase(title: "c", owner: nil)
    let mine = [StoredCampaign(id: "campaign-1", json: "{\"by\":1}"), StoredCampaign(id: "campaign-2", json: "{}")]
    let theirs = [StoredCampaign(id: "campaign-1", json: "{\"by\":2}")]
    for _ in 0..<20 {
      async let first: Void = stores[0].saveCampaigns(mine, in: c.id)
      async let second: Void = stores[1].saveCampaigns(theirs, in: c.id)
      _ = try await (first, second)
      let kept = try await stores[0].campaigns(in: c.id)
      #expect(kept == mine || kept == theirs, "a mix of two writers' campaigns: \(kept)")
    }
  }

  @Test("a case opened by title: found again, or made once even by two openers at once", arguments: Backend.available)
  func openByTitle(_ backend: Backend) async throws {
    let stores = try await backend.open(count: 2)
    let (one, two) = (stores[0], stores[1])
    async let first = one.openCase(titled: "May lure", owner: "kato")
    async let second = two.openCase(titled: "May lure", owner: nil)
    let (a, b) = try await (first, second)
    #expect(a.id == b.id)
    #expect(try await one.cases().filter { $0.title == "May lure" }.count == 1)
    #expect(try await two.openCase(titled: "May lure", owner: nil).id == a.id)
    #expect(try await one.openCase(titled: "June lure", owner: nil).id != a.id)
  }

  @Test("messages: idempotent by key per case, bytes stored once, provenance kept", arguments: Backend.available)
  func messages(_ backend: Backend) async throws {
    let store = try await backend.open()
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
    // By digest: only this case's messages with those bytes, in the order they were added.
    let one = inA[0].sha256
    let two = inA[1].sha256
    #expect(try await store.messages(sha256: [two, one, String(repeating: "f", count: 64)], in: a.id) == inA)
    #expect(try await store.messages(sha256: [two], in: b.id).isEmpty)
    #expect(try await store.messages(sha256: [one], in: b.id).map(\.provenance.kind) == [.imap])
    #expect(try await store.messages(sha256: [], in: a.id).isEmpty)
    let many = (0..<1_200).map { String(format: "%064x", $0) } + [two]
    #expect(try await store.messages(sha256: many, in: a.id).map(\.sha256) == [two])
  }

  @Test("analyses by version, also read for a whole case; notes idempotent", arguments: Backend.available)
  func analysesAndNotes(_ backend: Backend) async throws {
    let store = try await backend.open()
    let c = try await store.createCase(title: "c", owner: nil)
    try await store.saveAnalysis("{\"v\":1}", version: "1/aa", sha256: "abc")
    try await store.saveAnalysis("{\"v\":1,\"again\":true}", version: "1/aa", sha256: "abc")
    #expect(try await store.analysis(sha256: "abc", version: "1/aa") == "{\"v\":1}")
    #expect(try await store.analysis(sha256: "abc", version: "1/bb") == nil)
    #expect(try await store.add(Self.message(1), to: c.id))
    #expect(try await store.add(Self.message(2), to: c.id))
    let held = try await store.messages(in: c.id)
    try await store.saveAnalysis("one", version: "1/aa", sha256: held[0].sha256)
    try await store.saveAnalysis("two, older", version: "0/aa", sha256: held[1].sha256)
    #expect(try await store.analyses(in: c.id, version: "1/aa") == [held[0].sha256: "one"])
    #expect(try await store.addNote("called the vendor", to: c.id))
    #expect(try await !store.addNote("called the vendor", to: c.id))
    #expect(try await store.addNote("blocked the sender", to: c.id))
    #expect(try await store.notes(in: c.id).map(\.text) == ["called the vendor", "blocked the sender"])
  }

  @Test(
    "a campaign's messages move to another case; the latest campaigns are kept in order", arguments: Backend.available)
  func movesAndCampaigns(_ backend: Backend) async throws {
    let store = try await backend.open()
    let a = try await store.createCase(title: "a", owner: nil)
    let b = try await store.createCase(title: "b", owner: nil)
    for n in 1...3 { #expect(try await store.add(Self.message(n), to: a.id)) }
    #expect(try await store.add(Self.message(3), to: b.id))
    let keys = ["mid:<2@test.example>", "mid:<3@test.example>", "mid:<9@test.example>"]
    #expect(try await store.moveMessages(keys: keys, from: a.id, to: b.id) == 1)
    #expect(try await store.messages(in: a.id).map(\.key) == ["mid:<1@test.example>"])
    #expect(Set(try await store.messages(in: b.id).map(\.key)) == ["mid:<2@test.example>", "mid:<3@test.example>"])
    await #expect(throws: StoreError.self) { try await store.moveMessages(keys: keys, from: a.id, to: "nope") }
    let first = [StoredCampaign(id: "campaign-2", json: "{}"), StoredCampaign(id: "campaign-1", json: "[]")]
    try await store.saveCampaigns(first, in: a.id)
    #expect(try await store.campaigns(in: a.id) == first)
    try await store.saveCampaigns([StoredCampaign(id: "campaign-1", json: "{\"x\":1}")], in: a.id)
    #expect(try await store.campaigns(in: a.id).map(\.json) == ["{\"x\":1}"])
    #expect(try await store.campaigns(in: b.id).isEmpty)
    await #expect(throws: StoreError.self) { try await store.saveCampaigns(first, in: "nope") }
  }

  @Test(
    "two writers, one case: the same and different messages at once, nothing lost or doubled",
    arguments: Backend.available.filter { $0 != .memory })
  func concurrentWriters(_ backend: Backend) async throws {
    // Two stores on one database stand for two processes; each adds the 50 shared messages and
    // 50 of its own, interleaved.
    let stores = try await backend.open(count: 2)
    let c = try await stores[0].createCase(title: "shared", owner: nil)
    try await withThrowingTaskGroup(of: Int.self) { group in
      for (w, store) in stores.enumerated() {
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
    let stored = try await stores[1].messages(in: c.id)
    #expect(stored.count == 150)
    #expect(Set(stored.map(\.key)).count == 150)
    #expect(try await stores[0].check().messages == 150)
  }

  @Test("a store written by a newer becscope is refused, and reopening changes nothing")
  func migrations() async throws {
    let path = Backend.temporaryPath()
    let store = try SQLiteCaseStore(path: path)
    let c = try await store.createCase(title: "kept", owner: nil)
    let reopened = try SQLiteCaseStore(path: path)
    #expect(try await reopened.caseRecord(id: c.id)?.title == "kept")
    #expect(try await reopened.check().migrations.count == 9)
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

  @Test("users: added once by name, read back, listed, password changed, removed", arguments: Backend.available)
  func users(_ backend: Backend) async throws {
    let store = try #require(try await backend.open() as? any UserStore)
    let hana = UserRecord(name: "hana", role: .analyst, passwordHash: "$2b$12$hash")
    #expect(try await store.addUser(hana))
    #expect(try await !store.addUser(UserRecord(name: "hana", role: .admin, passwordHash: "other")))
    #expect(try await store.addUser(UserRecord(name: "admin", role: .admin, passwordHash: "x")))
    let read = try #require(try await store.user(named: "hana"))
    #expect(read.role == .analyst && read.passwordHash == hana.passwordHash)
    #expect(abs(read.createdAt.timeIntervalSince(hana.createdAt)) < 1)
    #expect(try await store.users().map(\.name) == ["admin", "hana"])
    #expect(try await store.setPasswordHash("new", for: "hana"))
    #expect(try await store.user(named: "hana")?.passwordHash == "new")
    #expect(try await !store.setPasswordHash("new", for: "nobody"))
    #expect(try await store.removeUser(named: "hana"))
    #expect(try await !store.removeUser(named: "hana"))
    #expect(try await store.user(named: "hana") == nil)
    #expect(UserRecord.Role.viewer < .analyst && UserRecord.Role.analyst < .admin)
  }

  @Test("tokens: kept by id, listed by user, revoked once", arguments: Backend.available)
  func tokens(_ backend: Backend) async throws {
    let store = try #require(try await backend.open() as? any WorkbenchStore)
    let first = APITokenRecord(id: "t1", user: "hana", label: "SOAR", scope: .read, secretHash: "aa")
    let second = APITokenRecord(
      id: "t2", user: "ken", label: "ticketing", scope: .write, secretHash: "bb",
      createdAt: Date().addingTimeInterval(1))
    #expect(try await store.addToken(first))
    #expect(try await store.addToken(second))
    #expect(try await !store.addToken(APITokenRecord(id: "t1", user: "x", label: "", scope: .write, secretHash: "cc")))
    let read = try #require(try await store.token(id: "t1"))
    #expect(read.user == "hana" && read.scope == .read && read.secretHash == "aa" && read.revokedAt == nil)
    #expect(try await store.tokens(of: nil).map(\.id) == ["t1", "t2"])
    #expect(try await store.tokens(of: "ken").map(\.id) == ["t2"])
    #expect(try await store.revokeToken(id: "t1"))
    #expect(try await !store.revokeToken(id: "t1"))
    #expect(try await !store.revokeToken(id: "none"))
    #expect(try await store.token(id: "t1")?.revokedAt != nil)
    #expect(try await store.token(id: "none") == nil)
  }

  @Test(
    "sessions: kept by id, replaced, touched, ended per user, by idleness and by a new password; failed sign-ins counted",
    arguments: Backend.available)
  func sessions(_ backend: Backend) async throws {
    let store = try #require(try await backend.open() as? any WorkbenchStore)
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    _ = try await store.addUser(UserRecord(name: "hana", role: .analyst, passwordHash: "h"))
    try await store.openSession(
      SessionRecord(id: "s1", user: "hana", csrf: "c1", createdAt: start, lastUsed: start), replacing: nil)
    let read = try #require(try await store.session(id: "s1"))
    #expect(read.user == "hana" && read.csrf == "c1" && read.lastUsed == start)
    // Signing in again replaces the browser's old session.
    try await store.openSession(
      SessionRecord(id: "s2", user: "hana", csrf: "c2", createdAt: start, lastUsed: start), replacing: "s1")
    #expect(try await store.session(id: "s1") == nil)
    try await store.openSession(
      SessionRecord(id: "s3", user: "ken", csrf: "c3", createdAt: start, lastUsed: start), replacing: nil)
    try await store.touchSession(id: "s3", at: start.addingTimeInterval(600))
    #expect(try await store.session(id: "s3")?.lastUsed == start.addingTimeInterval(600))
    #expect(try await store.closeSessions(idleSince: start.addingTimeInterval(300)) == 1)
    #expect(try await store.session(id: "s2") == nil)
    #expect(try await store.session(id: "s3") != nil)
    try await store.closeSession(id: "s3")
    #expect(try await store.session(id: "s3") == nil)
    try await store.openSession(SessionRecord(id: "s4", user: "hana", csrf: "c4"), replacing: nil)
    try await store.openSession(SessionRecord(id: "s5", user: "hana", csrf: "c5"), replacing: nil)
    #expect(try await store.closeSessions(of: "hana") == 2)
    try await store.openSession(SessionRecord(id: "s6", user: "hana", csrf: "c6"), replacing: nil)
    #expect(try await store.setPasswordHash("h2", for: "hana"))
    #expect(try await store.session(id: "s6") == nil)
    try await store.openSession(SessionRecord(id: "s7", user: "hana", csrf: "c7"), replacing: nil)
    #expect(try await store.removeUser(named: "hana"))
    #expect(try await store.session(id: "s7") == nil)
    // Failures since a time and since the last successful sign-in.
    for second in [10.0, 20, 30] {
      try await store.record(AuditEntry(at: start.addingTimeInterval(second), user: "vera", action: "sign-in-failed"))
    }
    try await store.record(AuditEntry(at: start.addingTimeInterval(5), user: "ken", action: "sign-in-failed"))
    #expect(try await store.failedSignIns(of: "vera", since: start) == 3)
    #expect(try await store.failedSignIns(of: "vera", since: start.addingTimeInterval(15)) == 2)
    try await store.record(AuditEntry(at: start.addingTimeInterval(25), user: "vera", action: "sign-in"))
    #expect(try await store.failedSignIns(of: "vera", since: start) == 1)
    #expect(try await store.failedSignIns(of: "nobody", since: start) == 0)
  }

  @Test(
    "audit log: newest first, by case, limited; verdicts replaced per message; owner set", arguments: Backend.available)
  func auditAndVerdicts(_ backend: Backend) async throws {
    let opened = try await backend.open()
    let store = try #require(opened as? any WorkbenchStore)
    let one = try await opened.createCase(title: "one", owner: nil)
    let two = try await opened.createCase(title: "two", owner: nil)
    for (n, c) in [(1, one.id), (2, two.id), (3, one.id)] {
      try await store.record(
        AuditEntry(at: Date().addingTimeInterval(Double(n)), user: "hana", action: "note", caseID: c, detail: "n\(n)"))
    }
    try await store.record(AuditEntry(user: "admin", action: "token-created", detail: "t1"))
    #expect(try await store.auditLog(caseID: nil, limit: 10).map(\.detail) == ["t1", "n3", "n2", "n1"])
    #expect(try await store.auditLog(caseID: one.id, limit: 10).map(\.detail) == ["n3", "n1"])
    #expect(try await store.auditLog(caseID: nil, limit: 2).count == 2)
    #expect(try await store.auditLog(caseID: nil, limit: 10).first?.caseID == nil)

    try await store.setVerdict(
      VerdictOverride(caseID: one.id, sha256: "ab", verdict: "clean", reason: "the vendor confirmed", user: "hana"))
    try await store.setVerdict(
      VerdictOverride(caseID: one.id, sha256: "ab", verdict: "bec", reason: "the vendor denied it", user: "ken"))
    let verdicts = try await store.verdicts(in: one.id)
    #expect(verdicts.count == 1 && verdicts[0].verdict == "bec" && verdicts[0].user == "ken")
    #expect(try await store.verdicts(in: two.id).isEmpty)
    await #expect(throws: StoreError.self) {
      try await store.setVerdict(VerdictOverride(caseID: "none", sha256: "ab", verdict: "bec", reason: "", user: "x"))
    }

    try await opened.setOwner("hana", of: one.id)
    #expect(try await opened.caseRecord(id: one.id)?.owner == "hana")
    try await opened.setOwner(nil, of: one.id)
    #expect(try await opened.caseRecord(id: one.id)?.owner == nil)
    await #expect(throws: StoreError.self) { try await opened.setOwner("x", of: "none") }
  }

  @Test(
    "the analysis queue: each message claimed once by two workers at once, completed, listed and filtered",
    arguments: Backend.available)
  func queue(_ backend: Backend) async throws {
    let opened = try await backend.open(count: 2)
    let stores = try opened.map { try #require($0 as? any WorkbenchStore) }
    let one = try await opened[0].createCase(title: "one", owner: nil)
    let two = try await opened[0].createCase(title: "two", owner: nil)
    for n in 1...30 { #expect(try await opened[0].add(Self.message(n), to: n % 3 == 0 ? two.id : one.id)) }
    // Two workers on two connections claim at once, in small batches, until nothing is left.
    async let first = Self.drain(stores[0], "w1")
    async let second = Self.drain(stores[1], "w2")
    let claimed = try await first + second
    #expect(claimed.count == 30)
    #expect(Set(claimed.map { "\($0.caseID)/\($0.key)" }).count == 30, "a message was claimed twice")
    #expect(try await stores[0].claimReports(limit: 10, worker: "w3", staleAfter: 300).isEmpty)
    for row in claimed {
      let n = Int(row.key.dropFirst(5).prefix { $0.isNumber })!
      try await stores[0].completeReport(
        caseID: row.caseID, key: row.key,
        facts: ReportFacts(
          subject: "Wire \(n)", sender: "boss\(n)@gmail.com", verdict: n % 2 == 0 ? "bec" : "clean",
          scenario: n % 2 == 0 ? "payment" : nil,
          searchText: "wire \(n)\nboss\(n)@gmail.com\nr\(n)@org.example\n203.0.113.\(n)\nevil\(n).example"),
        worker: "w1")
    }
    try await stores[0].setReportCampaigns(["mid:<2@test.example>": "c-2", "mid:<4@test.example>": "c-2"], in: one.id)
    let all = try await stores[1].reports(ReportFilter(), limit: 10, offset: 0)
    #expect(all.total == 30 && all.rows.count == 10)
    #expect(all.rows.allSatisfy { $0.state == .done && $0.attempts == 1 && $0.analysedBy == "w1" })
    #expect(all.rows.first?.subject == "Wire 30", "newest first")
    #expect(try await stores[1].reports(ReportFilter(), limit: 10, offset: 25).rows.count == 5)
    #expect(try await stores[1].reports(ReportFilter(), limit: 10, offset: 40).total == 30)
    #expect(try await stores[1].reports(ReportFilter(verdict: "bec"), limit: 100, offset: 0).total == 15)
    #expect(try await stores[1].reports(ReportFilter(caseID: two.id), limit: 100, offset: 0).total == 10)
    #expect(try await stores[1].reports(ReportFilter(campaign: "c-2"), limit: 100, offset: 0).total == 2)
    #expect(
      try await stores[1].reports(ReportFilter(search: "EVIL17.example"), limit: 100, offset: 0).rows.map(\.subject)
        == ["Wire 17"])
    #expect(try await stores[1].reports(ReportFilter(search: "boss3@"), limit: 100, offset: 0).total == 1)
    #expect(try await stores[1].reports(ReportFilter(search: "r12@org"), limit: 100, offset: 0).total == 1)
    #expect(try await stores[1].reports(ReportFilter(search: "100%_"), limit: 100, offset: 0).total == 0)
    try await opened[0].setStatus(.closed, of: two.id)
    #expect(try await stores[1].reports(ReportFilter(caseStatus: "closed"), limit: 100, offset: 0).total == 10)
    let future = Date().addingTimeInterval(3600)
    #expect(try await stores[1].reports(ReportFilter(from: future), limit: 100, offset: 0).total == 0)
    #expect(try await stores[1].reports(ReportFilter(to: future), limit: 100, offset: 0).total == 30)
  }

  @Test("the analysis queue: a claim left unfinished is taken again once stale", arguments: Backend.available)
  func staleClaim(_ backend: Backend) async throws {
    let opened = try await backend.open()
    let store = try #require(opened as? any WorkbenchStore)
    let c = try await opened.createCase(title: "one", owner: nil)
    #expect(try await opened.add(Self.message(1), to: c.id))
    #expect(try await store.claimReports(limit: 5, worker: "dead", staleAfter: 300).count == 1)
    #expect(try await store.claimReports(limit: 5, worker: "w", staleAfter: 300).isEmpty)
    try await Task.sleep(for: .milliseconds(50))
    let again = try await store.claimReports(limit: 5, worker: "w", staleAfter: 0.01)
    #expect(again.count == 1 && again.first?.attempts == 2)
  }

  static func drain(_ store: any WorkbenchStore, _ worker: String) async throws -> [ReportRow] {
    var out: [ReportRow] = []
    while true {
      let batch = try await store.claimReports(limit: 3, worker: worker, staleAfter: 300)
      if batch.isEmpty { return out }
      out += batch
    }
  }
}
