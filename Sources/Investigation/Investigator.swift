import Analysis
import Dispatch
import Foundation
import Intelligence
import MailCore
import Synchronization

/// A message of the case with its analysis.
public struct CaseMessage: Sendable {
  public var key: String
  /// `reported` (a file, an upload, the report mailbox) or `mailbox` (found by a sweep).
  public var origin: String
  public var source: String
  public var analysis: MessageAnalysis
  public var fingerprint: Fingerprint

  public init(key: String, origin: String, source: String, analysis: MessageAnalysis, fingerprint: Fingerprint) {
    self.key = key
    self.origin = origin
    self.source = source
    self.analysis = analysis
    self.fingerprint = fingerprint
  }
}

/// The case: every message, the campaigns, the intelligence gathered, what was swept.
public struct CaseResult: Sendable {
  public var messages: [CaseMessage]
  public var campaigns: [Campaign]
  /// Intelligence per message key (null when not asked).
  public var intel: [String: MessageIntel]
  public var sweeps: [SweepResult]
  public var duplicates: Int
  /// What the analyst looked up by hand (`--evidence`), as the report lists it.
  public var evidence: [ManualEvidence.Record] = []
}

/// What a mailbox sweep did.
public struct SweepResult: Sendable {
  public var mailbox: String
  public var scanned: Int
  public var found: Int
  public var seconds: Double
}

/// Runs an investigation: takes the reported messages in (a report forwarded as an attachment
/// is unwrapped, the same message reported twice counts once), groups them into campaigns,
/// sweeps mailboxes for further copies, asks the intelligence sources, and builds each
/// campaign's targeting, breach overlap and attack flow. ``CaseService`` runs it over a case store.
public struct Investigator: Sendable {
  public let profile: OrganizationProfile?
  public let analyzer: Analyzer
  public let exposure: [ExposureRecord]

  public init(profile: OrganizationProfile?, analyzer: Analyzer, exposure: [ExposureRecord] = []) {
    self.profile = profile
    self.analyzer = analyzer
    self.exposure = exposure
  }

  /// The identity of a message for deduplication: its Message-ID, else a hash of its sender,
  /// recipients, date, subject and text.
  static func key(_ a: MessageAnalysis) -> String {
    let envelope = a.envelope
    if let id = envelope.messageID?.lowercased(), !id.isEmpty { return "mid:" + id }
    let parts = [
      a.from?.address ?? "", envelope.to.compactMap(\.address).joined(separator: ","), envelope.date?.rfc3339 ?? "",
      envelope.subject ?? "", a.facts.threadText,
    ]
    return "sha:" + ContentHash.sha256(Array(parts.joined(separator: "\u{0}").utf8))
  }

  /// An outside address tied to an employee by name tokens (see the campaign's recipients).
  public static func privateMatch(_ address: String, _ employees: [Employee]) -> (
    employee: Employee, confidence: Double, reason: String
  )? {
    CampaignBuilder.privateMatch(address, employees).map { ($0.0, $0.1, $0.2) }
  }

  /// The fingerprints to sweep mailboxes for: one list per campaign that the analysis flagged
  /// (a clean group, such as a newsletter someone reported, is not hunted for).
  public static func sweepTargets(_ messages: [CaseMessage]) -> [[Fingerprint]] {
    CampaignGrouper().group(messages.map(\.fingerprint)).map { $0.map { messages[$0].fingerprint } }
      .filter { $0.contains(where: \.flagged) }
  }

  /// Streams a mailbox (mbox, Maildir, folder) through the campaigns' fingerprints and hands
  /// every copy found, and every message that answers a lure (`replies`), analysed, to `keep`
  /// (true when it was new to the case). Memory stays
  /// bounded: messages are read one batch at a time and only the matches are kept. `progress` is
  /// called with the count scanned so far.
  public func sweep(
    _ mailbox: String, campaigns: [[Fingerprint]], replies: ReplyTargets = ReplyTargets(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (Int) -> Void = { _ in }, keep: (RawMessage, MessageAnalysis) async throws -> Bool
  ) async throws -> SweepResult {
    let started = Date()
    let matcher = CampaignMatcher(campaigns)
    let sources = try InputSource.expand([mailbox])
    let parser = MessageParser()
    let analyzer = self.analyzer
    var scanned = 0
    var found = 0
    var batch: [RawMessage] = []
    var batchBytes = 0
    func flush() async throws {
      let items = batch
      // The fingerprint needs only the parsed message: the full analysis runs for matches.
      let analyses = await ParallelMap.map(Array(items.indices), jobs: jobs) { i -> MessageAnalysis? in
        let message = parser.parse(items[i])
        let quick = Fingerprint(
          from: message.from?.address, replyTo: message.envelope.replyTo.compactMap { $0.address?.lowercased() },
          subject: message.subject, text: message.currentThreadText)
        guard matcher.match(quick) != nil || replies.answer(message.envelope, from: message.from?.address) != nil
        else { return nil }
        var a = analyzer.analyze(message, source: items[i].source)
        a.keepFactsOnly()
        return a
      }
      for (i, analysis) in analyses.enumerated() {
        guard let analysis else { continue }
        if try await keep(items[i], analysis) { found += 1 }
      }
      scanned += items.count
      progress(scanned)
      batch.removeAll(keepingCapacity: true)
      batchBytes = 0
    }
    for source in sources {
      var messages = try MessageReader(source: source).makeIterator()
      while let raw = try messages.next() {
        batch.append(raw)
        batchBytes += raw.bytes.count
        // A batch is at most 512 messages and 32 MB, whatever the mailbox holds.
        if batch.count >= 512 || batchBytes >= 32 << 20 { try await flush() }
      }
    }
    if !batch.isEmpty { try await flush() }
    return SweepResult(mailbox: mailbox, scanned: scanned, found: found, seconds: Date().timeIntervalSince(started))
  }

  /// Groups the messages, gathers intelligence (live, and what the analyst looked up by hand),
  /// and builds the campaigns.
  public func build(
    _ messages: [CaseMessage], intel lookup: IntelLookup?, evidence: ManualEvidence = ManualEvidence()
  ) async -> CaseResult {
    var messages = messages
    var intel: [String: MessageIntel] = [:]
    var ipIntel: [String: IPIntel] = [:]
    if let lookup, let enricher = lookup.enricherIfConfigured {
      for i in messages.indices {
        let found = await enricher.enrich(&messages[i].analysis, rules: analyzer.rules, recipients: false)
        intel[messages[i].key] = found
        if let o = found.origin { ipIntel[o.ip] = o }
      }
    }
    // An origin's reputation looked up by hand stands where no live answer does.
    for i in messages.indices {
      guard let ip = messages[i].analysis.origin.ip, let manual = evidence.addresses[ip.text] else { continue }
      var found = intel[messages[i].key] ?? MessageIntel(origin: nil, senderDomain: nil, recipients: [], notes: [])
      var origin = found.origin ?? manual
      origin.abuseipdb = origin.abuseipdb ?? manual.abuseipdb
      origin.virustotal = origin.virustotal ?? manual.virustotal
      found.origin = origin
      intel[messages[i].key] = found
      ipIntel[ip.text] = origin
    }
    // Replies from the organisation to a lure are engagement, not copies: they stay out of the
    // grouping and are listed with the campaign whose lure they answer.
    let answers = engagements(messages)
    let grouped = messages.indices.filter { answers[$0] == nil }
    let groups = CampaignGrouper().group(grouped.map { messages[$0].fingerprint }).map { $0.map { grouped[$0] } }
    // Breaches are asked once per targeted address (private ones matched by name included),
    // for campaigns that are not clean, and only when recipient lookups are allowed.
    var breaches: [String: [Breach]]? = nil
    if let lookup, !lookup.settings.offline, lookup.settings.hibpRecipients {
      let recipients = CampaignBuilder(profile: profile, exposure: exposure, breaches: nil)
      var found: [String: [Breach]] = [:]
      var asked: Set<String> = []
      for indexes in groups {
        let analyses = indexes.map { messages[$0].analysis }
        guard CampaignBuilder.label(analyses) != "clean" else { continue }
        for r in recipients.mergedRecipients(analyses) where r.employee != nil && asked.insert(r.address).inserted {
          if let list = await lookup.account(r.address, recipient: true).breaches { found[r.address] = list }
        }
      }
      breaches = found
    }
    // Breaches looked up by hand count as answers (a live answer for the same address wins).
    if !evidence.breaches.isEmpty {
      breaches = evidence.breaches.merging(breaches ?? [:]) { _, live in live }
    }
    let builder = CampaignBuilder(profile: profile, exposure: exposure, breaches: breaches)
    var campaigns = groups.map { builder.build(id: "", indexes: $0, messages: messages, intel: ipIntel) }
    // Campaigns with more copies and stronger labels first.
    campaigns.sort {
      (CampaignBuilder.labelPriority[$0.label, default: 0], $0.messageIndexes.count)
        > (CampaignBuilder.labelPriority[$1.label, default: 0], $1.messageIndexes.count)
    }
    for i in campaigns.indices { campaigns[i].id = "campaign-\(i + 1)" }
    for (_, answer) in answers.sorted(by: { $0.key < $1.key }) {
      let lure = answer.lure.flatMap { lure in campaigns.firstIndex { $0.messageIndexes.contains(lure) } }
      guard let c = lure ?? campaigns.firstIndex(where: { $0.senders.contains(where: answer.engagement.to.contains) })
      else { continue }
      campaigns[c].engagement.append(answer.engagement)
    }
    return CaseResult(
      messages: messages, campaigns: campaigns, intel: intel, sweeps: [], duplicates: 0, evidence: evidence.records)
  }
}

extension ExposureRecord {
  /// Reads the analyst's exposure file (CSV, RFC 4180 quoting): a header row naming `employee`,
  /// `platform`, `url` and `note` (any order, extra columns ignored), then one finding a line.
  public static func load(path: String) throws(FileError) -> [ExposureRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError(.unreadable, path: path, reason: "cannot read the file")
    }
    let rows: [CSV.Row]
    do {
      rows = try CSV.rows(CSV.text(Array(data)))
    } catch {
      throw FileError(path: path, line: error.line, reason: error.reason)
    }
    guard let header = rows.first else { return [] }
    let names = header.fields.map { $0.trimmingBlanks().lowercased() }
    guard let e = names.firstIndex(of: "employee"), let p = names.firstIndex(of: "platform") else {
      throw FileError(
        path: path, line: header.line, reason: "the header must name employee and platform (and url, note)")
    }
    let (u, n) = (names.firstIndex(of: "url"), names.firstIndex(of: "note"))
    var records: [ExposureRecord] = []
    for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingBlanks().isEmpty }) {
      func cell(_ k: Int?) -> String {
        k.flatMap { $0 < row.fields.count ? row.fields[$0].trimmingBlanks() : nil } ?? ""
      }
      guard !cell(e).isEmpty, !cell(p).isEmpty else {
        throw FileError(path: path, line: row.line, reason: "the employee or the platform is empty")
      }
      records.append(ExposureRecord(employee: cell(e).lowercased(), platform: cell(p), url: cell(u), note: cell(n)))
    }
    return records
  }
}
