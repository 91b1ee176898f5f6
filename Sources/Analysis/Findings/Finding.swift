import MailCore

/// How much a finding weighs.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
  case info, low, medium, high, critical

  private var rank: Int { Severity.allCases.firstIndex(of: self)! }
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A piece of evidence: what was seen and exactly where.
public struct Evidence: Sendable, Hashable, Codable {
  /// What the evidence says, for people.
  public var text: String
  /// The header field it comes from, when it comes from one.
  public var header: String?
  /// The part whose header or body holds it (0 is the message itself).
  public var part: Int?
  /// Byte offset and length in that part's buffer.
  public var offset: Int?
  public var length: Int?

  public init(_ text: String, header: String? = nil, part: Int? = nil, offset: Int? = nil, length: Int? = nil) {
    self.text = text
    self.header = header
    self.part = part
    self.offset = offset
    self.length = length
  }

  /// Evidence that quotes a header field.
  public init(_ text: String, field: HeaderField, part: Int = 0) {
    self.init(text, header: field.name, part: part, offset: field.range.lowerBound, length: field.range.count)
  }
}

/// One observation about a message, with its evidence.
public struct Finding: Sendable, Hashable, Codable {
  /// A stable identifier (`reply-to-domain-mismatch`), for rules and scripts.
  public var id: String
  public var severity: Severity
  public var title: String
  public var evidence: [Evidence]

  public init(id: String, severity: Severity, title: String, evidence: [Evidence]) {
    self.id = id
    self.severity = severity
    self.title = title
    self.evidence = evidence
  }
}
