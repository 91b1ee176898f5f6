import Analysis
import CaseStorage
import Foundation
import MailCore

/// The analysis queue: every message taken in waits, `queued`, until a worker (a `becscope serve`
/// process; several may share one database) claims it, analyses it once and records what the
/// inbox lists and searches.
extension CaseService {
  /// Claims up to `limit` queued messages for `worker`, analyses each (or reads the analysis this
  /// version stored) and records its facts. Returns the rows claimed (empty: nothing waits, or
  /// the store keeps no queue).
  public func analyseQueued(worker: String, limit: Int = 20, staleAfter: TimeInterval = 300)
    async throws(CaseError) -> [ReportRow]
  {
    guard let queue = store as? any WorkbenchStore else { return [] }
    let claimed = try await within("claiming messages to analyse") { () throws(StoreError) -> [ReportRow] in
      try await queue.claimReports(limit: limit, worker: worker, staleAfter: staleAfter)
    }
    let version = analysisVersion
    // The analysts' verdicts, read once per case of the batch.
    var decidedByCase: [String: [String: VerdictOverride]] = [:]
    for caseID in Set(claimed.map(\.caseID)) { decidedByCase[caseID] = try await verdicts(in: caseID) }
    for row in claimed {
      let stored = try await within("reading an analysis") { () throws(StoreError) -> String? in
        try await store.analysis(sha256: row.sha256, version: version)
      }
      var analysis: MessageAnalysis
      if let stored, let decoded = try? Self.decode(stored) {
        analysis = decoded
      } else {
        let bytes = try await within("reading \(row.source)") { () throws(StoreError) -> [UInt8]? in
          try await store.raw(sha256: row.sha256)
        }
        guard let bytes else {
          // Said in the inbox, never retried for ever, never counted clean: the row is done as
          // unreadable, and the rest of the batch goes on.
          let reason = "(the bytes of \(row.source) are missing from the store)"
          let facts = ReportFacts(
            subject: reason, sender: nil, verdict: "unreadable", scenario: nil,
            searchText: [reason, row.reporter].compactMap { $0 }.joined(separator: "\n").lowercased())
          try await within("recording an unreadable message") { () throws(StoreError) in
            try await queue.completeReport(caseID: row.caseID, key: row.key, facts: facts, worker: worker)
          }
          continue
        }
        analysis = investigator.analyzer.analyze(
          MessageParser().parse(RawMessage(bytes: bytes, source: row.source)), source: row.source)
        analysis.keepFactsOnly()
        if let json = try? Self.encode(analysis) {
          try await within("storing an analysis") { () throws(StoreError) in
            try await store.saveAnalysis(json, version: version, sha256: row.sha256)
          }
        }
      }
      if let decided = decidedByCase[row.caseID]?[row.sha256] { analysis.bec.verdict.decided(by: decided) }
      let subject = analysis.facts.subject.map { String($0.prefix(500)) }
      let sender = analysis.facts.from?.address
      let indicators = Set(analysis.iocs.map(\.value)).sorted().prefix(200)
      let facts = ReportFacts(
        subject: subject, sender: sender, verdict: analysis.bec.verdict.label, scenario: analysis.bec.verdict.scenario,
        searchText: ([subject, sender, row.reporter].compactMap { $0 } + indicators).joined(separator: "\n")
          .lowercased())
      try await within("recording an analysis") { () throws(StoreError) in
        try await queue.completeReport(caseID: row.caseID, key: row.key, facts: facts, worker: worker)
      }
    }
    return claimed
  }

  /// Builds a case (offline) and records each message's campaign for the inbox.
  public func recordInboxCampaigns(of caseID: String) async throws(CaseError) {
    guard let queue = store as? any WorkbenchStore else { return }
    let messages = try await messages(in: caseID).messages
    let result = await investigator.build(messages, intel: nil)
    var campaigns: [String: String] = [:]
    for campaign in result.campaigns {
      for i in campaign.messageIndexes where result.messages.indices.contains(i) {
        campaigns[result.messages[i].key] = campaign.id
      }
    }
    try await within("recording the campaigns of the inbox") { () throws(StoreError) in
      try await queue.setReportCampaigns(campaigns, in: caseID)
    }
  }
}
