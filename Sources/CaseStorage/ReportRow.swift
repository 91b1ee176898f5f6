import Foundation

/// A message of a case as the workbench's inbox lists it: where it came from, and what the
/// analysis queue found (its state, verdict, scenario, campaign, and the words to search by).
public struct ReportRow: Sendable, Equatable, Codable {
  /// Where a message stands in the analysis queue.
  public enum State: String, Sendable, Codable, CaseIterable {
    /// Taken in, not analysed yet.
    case queued
    /// Claimed by a worker (a server); claimed again by another if it is not done in time.
    case working
    case done
  }

  public var caseID: String
  public var sha256: String
  public var key: String
  public var kind: String
  public var source: String
  public var reporter: String?
  public var addedAt: Date
  public var state: State
  public var caseStatus: String?
  public var subject: String?
  public var sender: String?
  public var verdict: String?
  public var scenario: String?
  public var campaign: String?
  /// The worker that analysed it, and how many times it was claimed.
  public var analysedBy: String?
  public var attempts: Int
  /// When it was last claimed, and the text it is searched by (kept by the in-memory store;
  /// the databases keep them in columns).
  public var claimedAt: Date? = nil
  public var searchText: String? = nil

  public init(
    caseID: String, sha256: String, key: String, kind: String, source: String, reporter: String?, addedAt: Date,
    state: State, caseStatus: String? = nil, subject: String? = nil, sender: String? = nil, verdict: String? = nil,
    scenario: String? = nil, campaign: String? = nil, analysedBy: String? = nil, attempts: Int = 0
  ) {
    self.caseID = caseID
    self.sha256 = sha256
    self.key = key
    self.kind = kind
    self.source = source
    self.reporter = reporter
    self.addedAt = addedAt
    self.state = state
    self.caseStatus = caseStatus
    self.subject = subject
    self.sender = sender
    self.verdict = verdict
    self.scenario = scenario
    self.campaign = campaign
    self.analysedBy = analysedBy
    self.attempts = attempts
  }
}

/// What the analysis queue learnt of a message.
public struct ReportFacts: Sendable, Equatable {
  public var subject: String?
  public var sender: String?
  public var verdict: String
  public var scenario: String?
  /// Lower-case text the inbox's search reads (one column, no case folding per row): the
  /// subject, the sender, the reporter and the indicators (addresses, the origin IP, hosts).
  public var searchText: String

  public init(subject: String?, sender: String?, verdict: String, scenario: String?, searchText: String) {
    self.subject = subject
    self.sender = sender
    self.verdict = verdict
    self.scenario = scenario
    self.searchText = searchText
  }
}

/// Which reports the inbox lists: every field optional; `search` matches the subject, the
/// sender, the reporter or an indicator (case-insensitive, as a substring).
public struct ReportFilter: Sendable, Equatable {
  public var caseID: String?
  public var verdict: String?
  public var caseStatus: String?
  public var campaign: String?
  public var search: String?
  public var from: Date?
  public var to: Date?

  public init(
    caseID: String? = nil, verdict: String? = nil, caseStatus: String? = nil, campaign: String? = nil,
    search: String? = nil, from: Date? = nil, to: Date? = nil
  ) {
    self.caseID = caseID
    self.verdict = verdict
    self.caseStatus = caseStatus
    self.campaign = campaign
    self.search = search
    self.from = from
    self.to = to
  }

  /// `search` as a LIKE pattern (its `%`, `_` and `\` taken literally; escape character `\`).
  public var likePattern: String? {
    guard let search, !search.isEmpty else { return nil }
    var out = "%"
    for c in search.lowercased() {
      if c == "%" || c == "_" || c == "\\" { out.append("\\") }
      out.append(c)
    }
    return out + "%"
  }
}
