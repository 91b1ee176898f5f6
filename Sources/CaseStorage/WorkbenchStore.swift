import Foundation

/// What the workbench keeps beside the cases and users: sessions, API tokens, the audit log, the
/// analysts' verdicts and the analysis queue. Every store that serves `becscope serve` has them, so that every server
/// on one database shares them.
public protocol WorkbenchStore: UserStore, SessionStore {
  /// Keeps a new token; false when its id is taken.
  func addToken(_ token: APITokenRecord) async throws(StoreError) -> Bool
  func token(id: String) async throws(StoreError) -> APITokenRecord?
  /// The tokens of one user (every user's with nil), oldest first, revoked ones included.
  func tokens(of user: String?) async throws(StoreError) -> [APITokenRecord]
  /// Marks a token revoked; false when there is no such token or it was revoked already.
  func revokeToken(id: String) async throws(StoreError) -> Bool

  /// Appends to the audit log.
  func record(_ entry: AuditEntry) async throws(StoreError)
  /// The latest entries, newest first: of one case, or of all with nil.
  func auditLog(caseID: String?, limit: Int) async throws(StoreError) -> [AuditEntry]

  /// Sets (or replaces) an analyst's verdict on a message of a case.
  func setVerdict(_ verdict: VerdictOverride) async throws(StoreError)
  /// The analysts' verdicts on a case's messages, by time.
  func verdicts(in caseID: String) async throws(StoreError) -> [VerdictOverride]

  /// Records an exposure finding on a case; false when the same finding (employee, platform,
  /// address) is recorded already.
  func addExposure(_ finding: ExposureFinding) async throws(StoreError) -> Bool
  /// A case's exposure findings, oldest first.
  func exposure(in caseID: String) async throws(StoreError) -> [ExposureFinding]

  /// Claims up to `limit` messages to analyse for `worker`: queued ones, and ones another worker
  /// claimed more than `staleAfter` seconds ago without finishing (it died). Two workers never
  /// claim the same message at once (PostgreSQL: `FOR UPDATE SKIP LOCKED`).
  func claimReports(limit: Int, worker: String, staleAfter: TimeInterval) async throws(StoreError) -> [ReportRow]
  /// Records what the analysis found; the message is `done`.
  func completeReport(caseID: String, key: String, facts: ReportFacts, worker: String) async throws(StoreError)
  /// Records the campaign of each message of a case (by key; a message not named is in none).
  func setReportCampaigns(_ campaigns: [String: String], in caseID: String) async throws(StoreError)
  /// A page of reports, newest first, and how many match in all.
  func reports(_ filter: ReportFilter, limit: Int, offset: Int) async throws(StoreError) -> (
    rows: [ReportRow], total: Int
  )
}
