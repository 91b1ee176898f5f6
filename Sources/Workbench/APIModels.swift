import CaseStorage
import Foundation
import ReportIntake

/// The JSON the API answers with and takes (snake_case keys, as the command line's schemas;
/// `docs/openapi.json` describes each).
enum APIModels {
  struct Case: Encodable {
    var id: String
    var title: String
    var status: String
    var owner: String?
    var created_at: Date
    var updated_at: Date

    init(_ r: CaseRecord) {
      id = r.id
      title = r.title
      status = r.status.rawValue
      owner = r.owner
      created_at = r.createdAt
      updated_at = r.updatedAt
    }
  }

  struct Cases: Encodable { var cases: [Case] }

  /// How the report mailbox read by the server is doing (`GET /api/v1/intake`).
  struct Intake: Encodable {
    var mailbox: String
    var state: String
    var passes: Int
    var last_pass_at: Date?
    var fetched: Int
    var added: Int
    var repeats: Int
    var unreadable: Int
    var recent_unreadable: [String]
    var answers_sent: Int
    var answers_written: Int
    var answers_failed: Int
    var last_error: String?
    var last_error_at: Date?
    var retry_in_seconds: Int?

    init(_ s: IntakeStatus.Snapshot) {
      mailbox = s.mailbox
      state = s.state.rawValue
      passes = s.passes
      last_pass_at = s.lastPassAt
      fetched = s.fetched
      added = s.added
      repeats = s.repeats
      unreadable = s.unreadable
      recent_unreadable = s.recentUnreadable
      answers_sent = s.answersSent
      answers_written = s.answersWritten
      answers_failed = s.answersFailed
      last_error = s.lastError
      last_error_at = s.lastErrorAt
      retry_in_seconds = s.retryInSeconds
    }
  }

  struct NewCase: Decodable { var title: String }

  struct CaseChange: Decodable {
    var status: String?
    /// An analyst's name, or "" for nobody.
    var owner: String?

    enum Keys: String, CodingKey { case status, owner }

    /// A key left out is left alone; a key given as null is refused (say "" for no owner).
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      for key in [Keys.status, .owner] where c.contains(key) {
        guard try c.decodeNil(forKey: key) else { continue }
        throw DecodingError.valueNotFound(
          String.self, .init(codingPath: [key], debugDescription: "\(key.rawValue) is null; leave it out instead"))
      }
      status = try c.decodeIfPresent(String.self, forKey: .status)
      owner = try c.decodeIfPresent(String.self, forKey: .owner)
    }
  }

  struct Note: Encodable {
    var at: Date?
    var text: String
  }

  struct Notes: Encodable { var notes: [Note] }

  /// A note to add (a request: only its text is read).
  struct NewNote: Decodable { var text: String }

  /// A verdict to set (a request: only the verdict and the reason are read).
  struct NewVerdict: Decodable {
    var verdict: String
    var reason: String
  }

  struct Message: Encodable {
    var sha256: String
    var key: String
    var kind: String
    var source: String
    var reporter: String?
    var added_at: Date
    var verdict: Verdict?
  }

  struct Messages: Encodable { var messages: [Message] }

  struct Verdict: Encodable {
    var verdict: String
    var reason: String
    var user: String?
    var at: Date?

    init(verdict: String, reason: String, user: String? = nil, at: Date? = nil) {
      self.verdict = verdict
      self.reason = reason
      self.user = user
      self.at = at
    }

    init(_ v: VerdictOverride) { self.init(verdict: v.verdict, reason: v.reason, user: v.user, at: v.at) }
  }

  struct Upload: Encodable {
    var added: Int
    var repeats: Int
    var unreadable: [String]
  }

  struct Audit: Encodable {
    var entries: [Entry]

    struct Entry: Encodable {
      var at: Date
      var user: String
      var action: String
      var case_id: String?
      var detail: String
      /// The client's address, when known.
      var address: String?
    }
  }

  struct Token: Encodable {
    var id: String
    var user: String
    var label: String
    var scope: String
    var created_at: Date
    var revoked_at: Date?
    /// The token itself: only in the answer that made it.
    var token: String?

    init(_ t: APITokenRecord, token: String? = nil) {
      id = t.id
      user = t.user
      label = t.label
      scope = t.scope.rawValue
      created_at = t.createdAt
      revoked_at = t.revokedAt
      self.token = token
    }
  }

  struct Tokens: Encodable { var tokens: [Token] }

  struct NewToken: Decodable {
    var label: String
    var scope: String
  }

  struct User: Encodable {
    var name: String
    var role: String
    var created_at: Date
  }

  struct Users: Encodable { var users: [User] }

  struct Report: Encodable {
    var case_id: String
    var sha256: String
    var key: String
    var kind: String
    var source: String
    var reporter: String?
    var added_at: Date
    /// `queued`, `working` or `done` (analysed).
    var state: String
    var case_status: String?
    var subject: String?
    var sender: String?
    var verdict: String?
    var scenario: String?
    var campaign: String?
    /// The server that analysed it, and how many times it was claimed (more than once: a
    /// server stopped while analysing it).
    var analysed_by: String?
    var attempts: Int

    init(_ r: ReportRow) {
      case_id = r.caseID
      sha256 = r.sha256
      key = r.key
      kind = r.kind
      source = (r.source as NSString).lastPathComponent
      reporter = r.reporter
      added_at = r.addedAt
      state = r.state.rawValue
      case_status = r.caseStatus
      subject = r.subject
      sender = r.sender
      verdict = r.verdict
      scenario = r.scenario
      campaign = r.campaign
      analysed_by = r.analysedBy
      attempts = r.attempts
    }
  }

  struct Reports: Encodable {
    var reports: [Report]
    var total: Int
    var limit: Int
    var offset: Int
  }

  /// Where a campaign goes: an existing case, or a new one of that title.
  struct CampaignMove: Decodable {
    var to_case: String?
    var new_title: String?
  }

  struct Moved: Encodable {
    var moved: Int
    var to: Case
  }
}
