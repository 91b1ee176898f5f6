import Foundation

/// One answer to a reporter, as the case records it (in its audit log, action `answer`): what
/// was written to whom about which report, and what became of it. The record is also what keeps
/// an answer from being sent twice, and what the result is sent from once the verdict is known.
public struct ReporterAnswer: Sendable, Codable, Equatable {
  public enum Kind: String, Codable, Sendable {
    /// "We have your report", on receipt.
    case acknowledgement
    /// What the report was, when an analyst decided the verdict or the case was closed.
    case result
  }

  public enum Status: String, Codable, Sendable {
    /// Handed to the submission server.
    case sent
    /// Written to the dry-run folder instead.
    case dryRun = "dry-run"
    /// The server refused it or could not be reached; tried again on a later pass.
    case failed
    /// Not sent because answers of this kind are turned off (the report is still remembered,
    /// for its result).
    case off
    /// Not answered, and never will be: `reason` says why (outside the organisation, sent by a
    /// machine, no reporter).
    case skipped
  }

  public var kind: Kind
  public var status: Status
  /// The reporter's address.
  public var to: String
  /// `en` or `ja`.
  public var language: String
  /// The SHA-256 of the report's bytes, and the key of the case's message it is.
  public var report: String
  public var key: String
  /// The report's Message-ID (the answer's `In-Reply-To`).
  public var inReplyTo: String?
  /// The report's subject, cleaned and defanged, as the answer quotes it.
  public var reportSubject: String
  /// When the report was taken.
  public var reportedAt: Date
  /// The verdict a result gives.
  public var verdict: String?
  /// The answer's own Message-ID, once written.
  public var messageID: String?
  public var reason: String?
  public var at: Date

  enum CodingKeys: String, CodingKey {
    case kind, status, to, language, report, key, verdict, reason, at
    case inReplyTo = "in_reply_to"
    case reportSubject = "report_subject"
    case reportedAt = "reported_at"
    case messageID = "message_id"
  }

  /// Answers to the same report and reporter, of the same kind, are one answer.
  var identity: String { "\(kind.rawValue)|\(report)|\(to)" }

  /// The record as the audit log's `detail` (JSON).
  var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  init?(json: String) {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    guard let value = try? decoder.decode(Self.self, from: Data(json.utf8)) else { return nil }
    self = value
  }

  init(
    kind: Kind, status: Status, to: String, language: String, report: String, key: String, inReplyTo: String?,
    reportSubject: String, reportedAt: Date, at: Date = Date()
  ) {
    self.kind = kind
    self.status = status
    self.to = to
    self.language = language
    self.report = report
    self.key = key
    self.inReplyTo = inReplyTo
    self.reportSubject = reportSubject
    self.reportedAt = reportedAt
    self.at = at
  }
}
