/// The common header fields of a message, parsed into values.
///
/// Built by the parser for every message root: the top-level message and the inner message of
/// each message/rfc822 part. Fields that are absent are `nil` or empty.
public struct Envelope: Hashable, Sendable, Codable {
  public var subject: String?
  public var from: [Address]
  public var sender: Address?
  public var replyTo: [Address]
  public var to: [Address]
  public var cc: [Address]
  public var bcc: [Address]
  /// The Return-Path address (angle brackets removed; empty for the null reverse-path `<>`).
  public var returnPath: String?
  public var date: MailDate?
  /// The Message-ID without angle brackets.
  public var messageID: String?
  public var inReplyTo: [String]
  public var references: [String]

  public init(
    subject: String? = nil, from: [Address] = [], sender: Address? = nil, replyTo: [Address] = [],
    to: [Address] = [], cc: [Address] = [], bcc: [Address] = [], returnPath: String? = nil,
    date: MailDate? = nil, messageID: String? = nil, inReplyTo: [String] = [], references: [String] = []
  ) {
    self.subject = subject
    self.from = from
    self.sender = sender
    self.replyTo = replyTo
    self.to = to
    self.cc = cc
    self.bcc = bcc
    self.returnPath = returnPath
    self.date = date
    self.messageID = messageID
    self.inReplyTo = inReplyTo
    self.references = references
  }
}
