import Foundation
import MailCore

/// A case store in memory, for unit tests and dry runs: the same behaviour as the databases
/// (it passes the same conformance tests), nothing written anywhere.
public actor InMemoryCaseStore: CaseStore, WorkbenchStore {
  public nonisolated let location = "memory"
  private var caseTable: [String: CaseRecord] = [:]
  private var rawTable: [String: [UInt8]] = [:]
  private var messageTable: [StoredMessage] = []
  private var analyses: [String: String] = [:]
  private var noteTable: [String: [CaseNote]] = [:]
  private var campaignTable: [String: [StoredCampaign]] = [:]
  private var userTable: [String: UserRecord] = [:]
  private var tokenTable: [String: APITokenRecord] = [:]
  private var tokenOrder: [String] = []
  private var auditTable: [AuditEntry] = []
  private var verdictTable: [VerdictOverride] = []
  private var sessionTable: [String: SessionRecord] = [:]
  private var exposureTable: [ExposureFinding] = []
  /// The analysis queue's columns of each message, by case and key (absent: queued).
  private var reportTable: [String: ReportRow] = [:]

  public init() {}

  private func existing(_ caseID: String) throws(StoreError) {
    guard caseTable[caseID] != nil else { throw StoreError(.noSuchCase, store: location, "no case \(caseID)") }
  }

  public func createCase(title: String, owner: String?) -> CaseRecord {
    let record = CaseRecord(title: title, owner: owner)
    caseTable[record.id] = record
    return record
  }

  public func openCase(titled title: String, owner: String?) -> CaseRecord {
    if let found = caseTable.values.filter({ $0.title == title }).max(by: {
      ($0.updatedAt, $0.id) < ($1.updatedAt, $1.id)
    }) {
      return found
    }
    return createCase(title: title, owner: owner)
  }

  public func caseRecord(id: String) -> CaseRecord? { caseTable[id] }

  public func cases() -> [CaseRecord] {
    caseTable.values.sorted { ($0.createdAt, $1.id) > ($1.createdAt, $0.id) }
  }

  public func setStatus(_ status: CaseRecord.Status, of caseID: String) throws(StoreError) {
    try existing(caseID)
    caseTable[caseID]?.status = status
    caseTable[caseID]?.updatedAt = Date()
  }

  public func setOwner(_ owner: String?, of caseID: String) throws(StoreError) {
    try existing(caseID)
    caseTable[caseID]?.owner = owner
    caseTable[caseID]?.updatedAt = Date()
  }

  public func add(_ message: IncomingMessage, to caseID: String) throws(StoreError) -> Bool {
    try existing(caseID)
    guard !messageTable.contains(where: { $0.caseID == caseID && $0.key == message.key }) else { return false }
    let sha256 = message.sha256
    if rawTable[sha256] == nil { rawTable[sha256] = message.bytes }
    messageTable.append(
      StoredMessage(caseID: caseID, key: message.key, sha256: sha256, provenance: message.provenance, addedAt: Date()))
    return true
  }

  public func messages(in caseID: String) -> [StoredMessage] { messageTable.filter { $0.caseID == caseID } }

  public func raw(sha256: String) -> [UInt8]? { rawTable[sha256] }

  public func moveMessages(keys: [String], from caseID: String, to otherCaseID: String) throws(StoreError) -> Int {
    try existing(caseID)
    try existing(otherCaseID)
    let wanted = Set(keys)
    let held = Set(messageTable.filter { $0.caseID == otherCaseID }.map(\.key))
    var moved = 0
    messageTable = messageTable.compactMap { m in
      guard m.caseID == caseID, wanted.contains(m.key) else { return m }
      if held.contains(m.key) { return nil }
      moved += 1
      var m = m
      m.caseID = otherCaseID
      return m
    }
    return moved
  }

  public func saveAnalysis(_ json: String, version: String, sha256: String) {
    if analyses["\(version)\u{0}\(sha256)"] == nil { analyses["\(version)\u{0}\(sha256)"] = json }
  }

  public func analysis(sha256: String, version: String) -> String? { analyses["\(version)\u{0}\(sha256)"] }

  public func analyses(in caseID: String, version: String) -> [String: String] {
    var found: [String: String] = [:]
    for m in messageTable where m.caseID == caseID {
      if let json = analyses["\(version)\u{0}\(m.sha256)"] { found[m.sha256] = json }
    }
    return found
  }

  public func saveCampaigns(_ campaigns: [StoredCampaign], in caseID: String) throws(StoreError) {
    try existing(caseID)
    campaignTable[caseID] = campaigns
  }

  public func campaigns(in caseID: String) -> [StoredCampaign] { campaignTable[caseID] ?? [] }

  public func addNote(_ text: String, to caseID: String) throws(StoreError) -> Bool {
    try existing(caseID)
    guard !(noteTable[caseID] ?? []).contains(where: { $0.text == text }) else { return false }
    noteTable[caseID, default: []].append(CaseNote(at: Date(), text: text))
    return true
  }

  public func notes(in caseID: String) -> [CaseNote] { noteTable[caseID] ?? [] }

  public func check() -> StoreCheck {
    StoreCheck(migrations: [], integrity: "ok", cases: caseTable.count, messages: messageTable.count)
  }

  // MARK: Users

  public func addUser(_ user: UserRecord) -> Bool {
    guard userTable[user.name] == nil else { return false }
    userTable[user.name] = user
    return true
  }

  public func user(named name: String) -> UserRecord? { userTable[name] }

  public func users() -> [UserRecord] { userTable.values.sorted { $0.name < $1.name } }

  public func removeUser(named name: String) -> Bool {
    _ = closeSessions(of: name)
    return userTable.removeValue(forKey: name) != nil
  }

  public func setPasswordHash(_ hash: String, for name: String) -> Bool {
    _ = closeSessions(of: name)
    guard userTable[name] != nil else { return false }
    userTable[name]?.passwordHash = hash
    return true
  }

  // MARK: Tokens, audit, verdicts

  public func openSession(_ session: SessionRecord, replacing oldID: String?) {
    if let oldID { sessionTable.removeValue(forKey: oldID) }
    sessionTable[session.id] = session
  }

  public func session(id: String) -> SessionRecord? { sessionTable[id] }

  public func touchSession(id: String, at date: Date) { sessionTable[id]?.lastUsed = date }

  public func closeSession(id: String) { sessionTable.removeValue(forKey: id) }

  public func closeSessions(of user: String) -> Int {
    let before = sessionTable.count
    sessionTable = sessionTable.filter { $0.value.user != user }
    return before - sessionTable.count
  }

  public func closeSessions(idleSince date: Date) -> Int {
    let before = sessionTable.count
    sessionTable = sessionTable.filter { $0.value.lastUsed >= date }
    return before - sessionTable.count
  }

  public func failedSignIns(of user: String, since date: Date) -> Int {
    let mine = auditTable.filter { $0.user == user }
    let from = max(date, mine.last(where: { $0.action == "sign-in" })?.at ?? .distantPast)
    return mine.filter { $0.action == "sign-in-failed" && $0.at > from }.count
  }

  public func addToken(_ token: APITokenRecord) -> Bool {
    guard tokenTable[token.id] == nil else { return false }
    tokenTable[token.id] = token
    tokenOrder.append(token.id)
    return true
  }

  public func token(id: String) -> APITokenRecord? { tokenTable[id] }

  public func tokens(of user: String?) -> [APITokenRecord] {
    tokenOrder.compactMap { tokenTable[$0] }.filter { user == nil || $0.user == user }
  }

  public func revokeToken(id: String) -> Bool {
    guard tokenTable[id] != nil, tokenTable[id]?.revokedAt == nil else { return false }
    tokenTable[id]?.revokedAt = Date()
    return true
  }

  public func record(_ entry: AuditEntry) { auditTable.append(entry) }

  public func auditLog(caseID: String?, limit: Int) -> [AuditEntry] {
    Array(auditTable.reversed().filter { caseID == nil || $0.caseID == caseID }.prefix(max(0, limit)))
  }

  public func setVerdict(_ verdict: VerdictOverride) throws(StoreError) {
    try existing(verdict.caseID)
    verdictTable.removeAll { $0.caseID == verdict.caseID && $0.sha256 == verdict.sha256 }
    verdictTable.append(verdict)
  }

  public func verdicts(in caseID: String) -> [VerdictOverride] { verdictTable.filter { $0.caseID == caseID } }

  public func addExposure(_ finding: ExposureFinding) throws(StoreError) -> Bool {
    try existing(finding.caseID)
    guard
      !exposureTable.contains(where: {
        ($0.caseID, $0.employee, $0.platform, $0.url) == (
          finding.caseID, finding.employee, finding.platform, finding.url
        )
      })
    else { return false }
    exposureTable.append(finding)
    return true
  }

  public func exposure(in caseID: String) -> [ExposureFinding] { exposureTable.filter { $0.caseID == caseID } }

  // MARK: The analysis queue and the inbox

  private func report(_ m: StoredMessage) -> ReportRow {
    var row =
      reportTable[m.caseID + "\u{0}" + m.key]
      ?? ReportRow(
        caseID: m.caseID, sha256: m.sha256, key: m.key, kind: m.provenance.kind.rawValue, source: m.provenance.source,
        reporter: m.provenance.reporter, addedAt: m.addedAt, state: .queued)
    row.caseStatus = caseTable[m.caseID]?.status.rawValue
    return row
  }

  public func claimReports(limit: Int, worker: String, staleAfter: TimeInterval) -> [ReportRow] {
    let now = Date()
    var claimed: [ReportRow] = []
    for m in messageTable where claimed.count < limit {
      var row = report(m)
      guard
        row.state == .queued || (row.state == .working && (row.claimedAt ?? now) < now.addingTimeInterval(-staleAfter))
      else { continue }
      row.state = .working
      row.claimedAt = now
      row.attempts += 1
      reportTable[m.caseID + "\u{0}" + m.key] = row
      claimed.append(row)
    }
    return claimed
  }

  public func completeReport(caseID: String, key: String, facts: ReportFacts, worker: String) {
    guard let m = messageTable.first(where: { $0.caseID == caseID && $0.key == key }) else { return }
    var row = report(m)
    row.state = .done
    row.analysedBy = worker
    row.subject = facts.subject
    row.sender = facts.sender
    row.verdict = facts.verdict
    row.scenario = facts.scenario
    row.searchText = facts.searchText
    reportTable[caseID + "\u{0}" + key] = row
  }

  public func setReportCampaigns(_ campaigns: [String: String], in caseID: String) {
    for m in messageTable where m.caseID == caseID {
      var row = report(m)
      row.campaign = campaigns[m.key]
      reportTable[caseID + "\u{0}" + m.key] = row
    }
  }

  public func reports(_ filter: ReportFilter, limit: Int, offset: Int) -> (rows: [ReportRow], total: Int) {
    let needle = filter.search?.lowercased()
    let matching = messageTable.indices.reversed().map { report(messageTable[$0]) }.filter { r in
      (filter.caseID == nil || r.caseID == filter.caseID) && (filter.verdict == nil || r.verdict == filter.verdict)
        && (filter.caseStatus == nil || r.caseStatus == filter.caseStatus)
        && (filter.campaign == nil || r.campaign == filter.campaign) && (filter.from.map { r.addedAt >= $0 } ?? true)
        && (filter.to.map { r.addedAt < $0 } ?? true)
        && (needle.map { n in
          n.isEmpty
            || r.searchText?.contains(n) == true
        } ?? true)
    }.sorted { $0.addedAt > $1.addedAt }
    return (Array(matching.dropFirst(max(0, offset)).prefix(max(0, limit))), matching.count)
  }
}
