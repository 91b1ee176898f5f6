import Analysis
import CaseStorage
import Foundation
import Intelligence
import MailCore

/// The investigation over a case store, the same for the command line and the team server:
/// messages come in as raw bytes with their provenance, each is analysed once and its analysis
/// stored by version, and a case is built from what the store holds, whoever put it there.
///
/// An analysis is read back instead of recomputed when it was written by the same analysis
/// version, profile and options (``analysisVersion``); a newer becscope, or another profile,
/// analyses each message again once and stores that analysis beside the old one.
public struct CaseService: Sendable {
  public let store: any CaseStore
  public let investigator: Investigator
  /// The version stored analyses are looked up by: ``Self/analysisGeneration``, then a digest of
  /// the profile and the options the analysis depends on.
  public let analysisVersion: String
  /// Worker threads for analysing messages.
  public var jobs: Int

  /// The generation of the analysis itself: raised whenever a change to parsing or analysis
  /// can change a stored analysis, so that every message is analysed again once.
  public static let analysisGeneration = 1

  /// - Parameters:
  ///   - context: what else the analysis depends on (the profile's bytes, whether DKIM keys are
  ///     looked up): hashed into ``analysisVersion``.
  public init(
    store: any CaseStore, investigator: Investigator, context: [UInt8],
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.store = store
    self.investigator = investigator
    self.analysisVersion = "\(Self.analysisGeneration)/" + ContentHash.sha256(context).prefix(16)
    self.jobs = max(1, jobs)
  }

  // MARK: Cases

  /// The case named `name`: the case with that id, else the most recently updated case with
  /// that title, else a new case titled `name`.
  public func openCase(named name: String, owner: String? = nil) async throws(CaseError) -> CaseRecord {
    try await within("opening case \(name)") { () throws(StoreError) -> CaseRecord in
      if let found = try await store.caseRecord(id: name) { return found }
      return try await store.openCase(titled: name, owner: owner)
    }
  }

  // MARK: Intake

  /// What happened to the messages offered to a case.
  public struct IntakeSummary: Sendable {
    public var added = 0
    public var duplicates = 0
    /// How many inputs were parsed and analysed (bytes the case held already are not).
    public var analysed = 0
    /// Inputs that could not be read, or held nothing to judge: named, counted, never a campaign.
    public var skipped: [InputError] = []
    /// Every message taken (new or a repeat), in order: what the report mailbox needs to answer
    /// the reporters.
    public var taken: [Taken] = []
    public init() {}
  }

  /// One message taken into a case: the SHA-256 of its bytes, the key of the case's message it
  /// is (a repeat's key is the one the case holds), and who reported it.
  public struct Taken: Sendable, Equatable {
    public var source: String
    public var sha256: String
    public var key: String
    public var reporter: String?
    /// False for a repeat.
    public var added: Bool

    public init(source: String, sha256: String, key: String, reporter: String?, added: Bool) {
      self.source = source
      self.sha256 = sha256
      self.key = key
      self.reporter = reporter
      self.added = added
    }
  }

  /// What the case knows of bytes it holds already.
  struct Held {
    var key: String
    var reporter: String?
  }

  /// Takes every message of the inputs into the case as reported (a report forwarded as an
  /// attachment is unwrapped; the same message reported twice is kept once). Bytes the case
  /// already holds are counted as repeats without being analysed again. With `folder`, a
  /// message read from under it is named by its path inside it (an upload's temporary folder).
  public func intake(_ sources: [InputSource], into caseID: String, naming folder: String? = nil)
    async throws(CaseError) -> IntakeSummary
  {
    var summary = IntakeSummary()
    var known: [String: Held] = [:]
    for source in sources {
      var batch: [RawMessage] = []
      do {
        var reader = try MessageReader(source: source).makeIterator()
        while var raw = try reader.next() {
          // Files written to a folder of the server's (an upload) are named without it.
          if let folder, raw.source.hasPrefix(folder) { raw.source = String(raw.source.dropFirst(folder.count)) }
          batch.append(raw)
          if batch.count >= 256 {
            try await take(batch, kind: .reported, into: caseID, known: &known, summary: &summary)
            batch.removeAll(keepingCapacity: true)
          }
        }
      } catch let error as InputError {
        // One unreadable input does not stop the case: it is skipped, named and counted.
        summary.skipped.append(error)
      } catch let error as CaseError {
        throw error
      } catch {
        throw CaseError(.failed, "reading \(source.path): \(error)")
      }
      try await take(batch, kind: .reported, into: caseID, known: &known, summary: &summary)
    }
    return summary
  }

  /// Takes messages arriving one by one (an upload, the report mailbox) into the case.
  public func intake(
    _ messages: [RawMessage], provenance: Provenance.Kind, reporter: String? = nil, into caseID: String
  )
    async throws(CaseError) -> IntakeSummary
  {
    var summary = IntakeSummary()
    var known: [String: Held] = [:]
    try await take(messages, kind: provenance, reporter: reporter, into: caseID, known: &known, summary: &summary)
    return summary
  }

  /// The messages of the case with these SHA-256 digests, by digest (the first one added).
  private func held(in caseID: String, digests: [String]) async throws(CaseError) -> [String: Held] {
    try await within("reading the case") { () throws(StoreError) -> [String: Held] in
      var held: [String: Held] = [:]
      for m in try await store.messages(sha256: digests, in: caseID) where held[m.sha256] == nil {
        held[m.sha256] = Held(key: m.key, reporter: m.provenance.reporter)
      }
      return held
    }
  }

  /// Analyses a batch in parallel, then stores each message with its analysis. Bytes the case
  /// holds already are repeats, counted and not analysed: `known` remembers what earlier batches
  /// found and stored, and the batch's other digests are looked up in the store (by its index,
  /// so a batch costs the batch, not the whole case).
  private func take(
    _ batch: [RawMessage], kind: Provenance.Kind, reporter: String? = nil, into caseID: String,
    known: inout [String: Held], summary: inout IntakeSummary
  ) async throws(CaseError) {
    var batch = batch
    let hashes = batch.map { ContentHash.sha256($0.bytes) }
    let unknown = Array(Set(hashes.filter { known[$0] == nil }))
    if !unknown.isEmpty { known.merge(try await held(in: caseID, digests: unknown)) { first, _ in first } }
    var fresh: [String] = []
    var kept: [RawMessage] = []
    // Repeats within the batch too; `known` itself is not copied (a copy per batch is
    // quadratic in the size of the case).
    var inBatch: Set<String> = []
    var repeated: [RawMessage] = []
    defer {
      for raw in repeated {
        let hash = ContentHash.sha256(raw.bytes)
        summary.duplicates += 1
        if let held = known[hash] {
          summary.taken.append(
            Taken(source: raw.source, sha256: hash, key: held.key, reporter: reporter ?? held.reporter, added: false))
        }
      }
    }
    for (raw, hash) in zip(batch, hashes) {
      if let held = known[hash] {
        summary.duplicates += 1
        summary.taken.append(
          Taken(source: raw.source, sha256: hash, key: held.key, reporter: reporter ?? held.reporter, added: false))
      } else if inBatch.insert(hash).inserted {
        kept.append(raw)
        fresh.append(hash)
      } else {
        // The same bytes twice in one batch: the second is taken after the first is stored.
        repeated.append(raw)
      }
    }
    batch = kept
    guard !batch.isEmpty else { return }
    summary.analysed += batch.count
    let investigator = investigator
    let analysed = await ParallelMap.map(batch, jobs: jobs) { raw -> (MessageAnalysis, String)? in
      var analysis = investigator.analyzer.analyze(MessageParser().parse(raw), source: raw.source)
      if analysis.unreadable != nil { return (analysis, "") }
      analysis.keepFactsOnly()
      guard let json = try? Self.encode(analysis) else { return nil }
      return (analysis, json)
    }
    for ((raw, sha256), result) in zip(zip(batch, fresh), analysed) {
      guard let (analysis, json) = result else {
        throw CaseError(.failed, "\(raw.source): the analysis could not be encoded")
      }
      if let reason = analysis.unreadable {
        // Not mail, or a report with nothing in it: named and counted, never a clean campaign.
        summary.skipped.append(InputError(.nothingToJudge, path: raw.source, reason: reason))
        continue
      }
      let message = IncomingMessage(
        key: Investigator.key(analysis), bytes: raw.bytes, sha256: sha256,
        provenance: Provenance(kind: kind, source: raw.source, reporter: reporter ?? analysis.reporter?.address))
      let new = try await within("storing \(raw.source)") { () throws(StoreError) -> Bool in
        let new = try await store.add(message, to: caseID)
        try await store.saveAnalysis(json, version: analysisVersion, sha256: sha256)
        return new
      }
      known[sha256] = Held(key: message.key, reporter: message.provenance.reporter)
      if new { summary.added += 1 } else { summary.duplicates += 1 }
      summary.taken.append(
        Taken(
          source: raw.source, sha256: sha256, key: message.key, reporter: message.provenance.reporter, added: new))
    }
  }

  // MARK: Reading a case back

  /// Every message of the case with its analysis, in the order they were taken in: read back
  /// where this version stored one, else analysed from the stored bytes (and stored). Returns
  /// how many had to be analysed.
  public func messages(in caseID: String) async throws(CaseError) -> (messages: [CaseMessage], analysed: Int) {
    let (stored, analyses) = try await within("reading the case") {
      () throws(StoreError) -> ([StoredMessage], [String: String]) in
      (try await store.messages(in: caseID), try await store.analyses(in: caseID, version: analysisVersion))
    }
    let decoded = await ParallelMap.map(stored, jobs: jobs) { m -> MessageAnalysis? in
      analyses[m.sha256].flatMap { try? Self.decode($0) }
    }
    var missing: [Int] = []
    var raws: [RawMessage] = []
    for (i, analysis) in decoded.enumerated() where analysis == nil {
      let m = stored[i]
      let bytes = try await within("reading \(m.provenance.source)") { () throws(StoreError) -> [UInt8]? in
        try await store.raw(sha256: m.sha256)
      }
      guard let bytes else {
        throw CaseError(.failed, "the bytes of \(m.provenance.source) are missing from the store")
      }
      missing.append(i)
      raws.append(RawMessage(bytes: bytes, source: m.provenance.source))
    }
    let investigator = investigator
    let fresh = await ParallelMap.map(raws, jobs: jobs) { raw -> MessageAnalysis in
      var analysis = investigator.analyzer.analyze(MessageParser().parse(raw), source: raw.source)
      analysis.keepFactsOnly()
      return analysis
    }
    var all = decoded
    for (i, analysis) in zip(missing, fresh) {
      all[i] = analysis
      if let json = try? Self.encode(analysis) {
        try await within("storing an analysis") { () throws(StoreError) in
          try await store.saveAnalysis(json, version: analysisVersion, sha256: stored[i].sha256)
        }
      }
    }
    let overrides = try await verdicts(in: caseID)
    let messages = zip(stored, all).map { m, analysis in
      var analysis = analysis!
      // The same bytes can be reported under two names: each copy keeps its own.
      analysis.source = m.provenance.source
      if let decided = overrides[m.sha256] { analysis.bec.verdict.decided(by: decided) }
      return CaseMessage(
        key: m.key, origin: m.provenance.kind == .mailbox ? "mailbox" : "reported", source: m.provenance.source,
        analysis: analysis, fingerprint: Fingerprint(analysis))
    }
    return (messages, missing.count)
  }

  /// A digest of everything a build of the case reads from the store: its messages (identity,
  /// bytes and where each came from), its notes and the analysis version. Two builds of equal
  /// digests (with equal options) give the same case.
  public func digest(of caseID: String) async throws(CaseError) -> String {
    let (messages, notes) = try await within("reading the case") {
      () throws(StoreError) -> ([StoredMessage], [CaseNote]) in
      (try await store.messages(in: caseID), try await store.notes(in: caseID))
    }
    var text = "version \(analysisVersion)\n"
    for m in messages {
      text += "message \(m.key)\u{0}\(m.sha256)\u{0}\(m.provenance.kind.rawValue)\u{0}\(m.provenance.source)\n"
    }
    for n in notes { text += "note \(n.text)\n" }
    for (sha256, v) in try await verdicts(in: caseID).sorted(by: { $0.key < $1.key }) {
      text += "verdict \(sha256)\u{0}\(v.verdict)\u{0}\(v.user)\u{0}\(v.reason)\n"
    }
    for e in try await exposure(in: caseID) {
      text += "exposure \(e.employee)\u{0}\(e.platform)\u{0}\(e.url)\u{0}\(e.note)\n"
    }
    return ContentHash.sha256(Array(text.utf8))
  }

  /// The exposure findings recorded on the case (none from a store that keeps none), as the
  /// investigation weighs them.
  public func exposure(in caseID: String) async throws(CaseError) -> [ExposureRecord] {
    guard let workbench = store as? any WorkbenchStore else { return [] }
    let found = try await within("reading the exposure findings") { () throws(StoreError) -> [ExposureFinding] in
      try await workbench.exposure(in: caseID)
    }
    return found.map { ExposureRecord(employee: $0.employee, platform: $0.platform, url: $0.url, note: $0.note) }
  }

  /// The analysts' verdicts on the case's messages, by SHA-256 (none from a store that keeps
  /// no verdicts).
  public func verdicts(in caseID: String) async throws(CaseError) -> [String: VerdictOverride] {
    guard let workbench = store as? any WorkbenchStore else { return [:] }
    let list = try await within("reading the analysts' verdicts") { () throws(StoreError) -> [VerdictOverride] in
      try await workbench.verdicts(in: caseID)
    }
    return Dictionary(list.map { ($0.sha256, $0) }, uniquingKeysWith: { _, later in later })
  }

  // MARK: Sweeping and building

  /// Sweeps a mailbox export for further copies of the case's flagged campaigns and adds each
  /// copy found to the case (provenance `mailbox`), with its analysis.
  public func sweep(
    _ mailbox: String, caseID: String, messages: [CaseMessage], progress: @escaping (Int) -> Void = { _ in }
  ) async throws(CaseError) -> SweepResult {
    let targets = Investigator.sweepTargets(messages)
    let version = analysisVersion
    let store = store
    do {
      return try await investigator.sweep(
        mailbox, campaigns: targets, replies: ReplyTargets(messages), jobs: jobs, progress: progress
      ) {
        raw, analysis in
        var analysis = analysis
        analysis.keepFactsOnly()
        let message = IncomingMessage(
          key: Investigator.key(analysis), bytes: raw.bytes, provenance: Provenance(kind: .mailbox, source: raw.source))
        let new = try await store.add(message, to: caseID)
        try await store.saveAnalysis(try Self.encode(analysis), version: version, sha256: message.sha256)
        return new
      }
    } catch let error as InputError {
      throw CaseError(.input, "\(error)", input: error)
    } catch let error as StoreError {
      throw CaseError(store: error, "sweeping \(mailbox)")
    } catch {
      throw CaseError(.failed, "sweeping \(mailbox): \(error)")
    }
  }

  /// Builds the case from the store: its messages (analysed only where no stored analysis
  /// fits), campaigns, intelligence, targeting and attack flow.
  public func build(_ caseID: String, intel: IntelLookup?) async throws(CaseError) -> (
    result: CaseResult, analysed: Int
  ) {
    let (messages, analysed) = try await messages(in: caseID)
    // Findings recorded on the case count beside those of the investigator's file (--exposure).
    let recorded = try await exposure(in: caseID)
    let investigator =
      recorded.isEmpty
      ? investigator
      : Investigator(
        profile: investigator.profile, analyzer: investigator.analyzer, exposure: investigator.exposure + recorded)
    return (await investigator.build(messages, intel: intel), analysed)
  }

  /// Records the campaigns of the latest build (as `case.json` gives them).
  public func record(_ campaigns: [StoredCampaign], in caseID: String) async throws(CaseError) {
    try await within("recording the campaigns") { () throws(StoreError) in
      try await store.saveCampaigns(campaigns, in: caseID)
    }
  }

  /// Moves a campaign of the case's latest recorded build (by its id, as `case.json` numbers it)
  /// to another case: its messages move, and each case's campaigns come out of its next build.
  /// Returns how many messages moved (one the other case already holds only leaves this one).
  public func moveCampaign(_ campaignID: String, from caseID: String, to otherCaseID: String) async throws(CaseError)
    -> Int
  {
    let (recorded, held) = try await within("reading the case") {
      () throws(StoreError) -> ([StoredCampaign], [StoredMessage]) in
      (try await store.campaigns(in: caseID), try await store.messages(in: caseID))
    }
    guard let campaign = recorded.first(where: { $0.id == campaignID }) else {
      throw CaseError(.noSuchCase, "no campaign \(campaignID) in case \(caseID) (build the case first)")
    }
    struct Sources: Decodable { var messages: [String] }
    guard let sources = try? JSONDecoder().decode(Sources.self, from: Data(campaign.json.utf8)).messages else {
      throw CaseError(.failed, "campaign \(campaignID) of case \(caseID) is recorded without its messages")
    }
    let wanted = Set(sources)
    let keys = held.filter { wanted.contains($0.provenance.source) }.map(\.key)
    return try await within("moving campaign \(campaignID)") { () throws(StoreError) -> Int in
      try await store.moveMessages(keys: keys, from: caseID, to: otherCaseID)
    }
  }

  /// Leaves an analyst's note on the case (the same text again is kept once).
  public func addNote(_ text: String, to caseID: String) async throws(CaseError) {
    _ = try await within("leaving a note") { () throws(StoreError) -> Bool in try await store.addNote(text, to: caseID)
    }
  }

  /// The notes of the case, oldest first.
  public func notes(in caseID: String) async throws(CaseError) -> [CaseNote] {
    try await within("reading the notes") { () throws(StoreError) -> [CaseNote] in try await store.notes(in: caseID) }
  }

  // MARK: Helpers

  func within<T>(_ what: String, _ body: () async throws(StoreError) -> T) async throws(CaseError) -> T {
    do {
      return try await body()
    } catch {
      throw CaseError(store: error, what)
    }
  }

  static func encode(_ analysis: MessageAnalysis) throws -> String {
    String(decoding: try JSONEncoder().encode(analysis), as: UTF8.self)
  }

  static func decode(_ json: String) throws -> MessageAnalysis {
    try JSONDecoder().decode(MessageAnalysis.self, from: Data(json.utf8))
  }
}
