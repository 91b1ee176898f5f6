/// The cases, their messages (raw bytes stored once, by SHA-256), the analyses of those
/// messages by analysis version, and the analysts' notes: the seam between the investigation and
/// the database, so that the command line and the team server, on SQLite or PostgreSQL, share
/// one behaviour. Every backend passes the same conformance tests (`CaseStorageTests`).
///
/// Writing is idempotent and safe under concurrency: a message already in a case, a note
/// already left, an analysis already stored are not added twice, whichever process or task adds
/// them first.
public protocol CaseStore: Sendable {
  /// The store, for messages: a path or a URL without its password.
  var location: String { get }

  /// Creates a case.
  func createCase(title: String, owner: String?) async throws(StoreError) -> CaseRecord
  /// The most recently updated case titled `title`, or a new one with that title: atomic, so
  /// that two processes opening the same title at once get one case.
  func openCase(titled title: String, owner: String?) async throws(StoreError) -> CaseRecord
  /// The case with this id, or nil.
  func caseRecord(id: String) async throws(StoreError) -> CaseRecord?
  /// Every case, the newest first.
  func cases() async throws(StoreError) -> [CaseRecord]
  /// Moves a case to another status (its `updatedAt` changes).
  func setStatus(_ status: CaseRecord.Status, of caseID: String) async throws(StoreError)
  /// Names the analyst responsible for a case (nil: nobody); its `updatedAt` changes.
  func setOwner(_ owner: String?, of caseID: String) async throws(StoreError)

  /// Adds a message to a case unless the case already holds one with the same key; true when it
  /// was new.
  func add(_ message: IncomingMessage, to caseID: String) async throws(StoreError) -> Bool
  /// The messages of a case in the order they were added.
  func messages(in caseID: String) async throws(StoreError) -> [StoredMessage]
  /// The messages of a case whose bytes have one of these SHA-256 digests: what intake asks for
  /// each batch, so that taking a batch in costs the batch and not the whole case.
  func messages(sha256 digests: [String], in caseID: String) async throws(StoreError) -> [StoredMessage]
  /// The raw bytes of a stored message.
  func raw(sha256: String) async throws(StoreError) -> [UInt8]?

  /// Moves messages (a campaign, by their keys) from one case to another; returns how many
  /// moved. A message the other case already holds is only taken out of the first.
  func moveMessages(keys: [String], from caseID: String, to otherCaseID: String) async throws(StoreError) -> Int

  /// Stores a message's analysis (its JSON) as written by analysis `version`: becscope's
  /// analysis version with a digest of the profile and options it ran with, so that an analysis
  /// is reused only where it would come out the same.
  func saveAnalysis(_ json: String, version: String, sha256: String) async throws(StoreError)
  /// The analysis of a message by `version`, or nil when it must be analysed (again).
  func analysis(sha256: String, version: String) async throws(StoreError) -> String?
  /// The analyses by `version` of a case's messages, by SHA-256: one query for a whole case.
  func analyses(in caseID: String, version: String) async throws(StoreError) -> [String: String]

  /// Replaces the campaigns recorded for a case with those of its latest build.
  func saveCampaigns(_ campaigns: [StoredCampaign], in caseID: String) async throws(StoreError)
  /// The campaigns of a case's latest build, in their order.
  func campaigns(in caseID: String) async throws(StoreError) -> [StoredCampaign]

  /// Leaves a note on a case unless the same text is already there; true when it was new.
  func addNote(_ text: String, to caseID: String) async throws(StoreError) -> Bool
  /// The notes of a case, oldest first.
  func notes(in caseID: String) async throws(StoreError) -> [CaseNote]

  /// The schema version and an integrity check.
  func check() async throws(StoreError) -> StoreCheck
}

/// What `becscope store check` reports.
public struct StoreCheck: Sendable, Hashable, Codable {
  /// The migrations applied, oldest first.
  public var migrations: [String]
  /// "ok", or what the database's own check found.
  public var integrity: String
  public var cases: Int
  public var messages: Int

  public init(migrations: [String], integrity: String, cases: Int, messages: Int) {
    self.migrations = migrations
    self.integrity = integrity
    self.cases = cases
    self.messages = messages
  }
}

extension CaseStore {
  /// By reading the whole case: for stores small enough that it does not matter (the memory
  /// store); the SQL stores ask their index.
  public func messages(sha256 digests: [String], in caseID: String) async throws(StoreError) -> [StoredMessage] {
    let wanted = Set(digests)
    return try await messages(in: caseID).filter { wanted.contains($0.sha256) }
  }
}
