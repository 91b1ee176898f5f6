import MailCore

/// What an investigation reads of a message once it is analysed: its sender, recipients and
/// dates, its attachments, the form it arrived in, and the start of the text its sender wrote.
/// Small and `Codable`, so that a case keeps it beside the analysis instead of parsing the
/// message again.
public struct MessageFacts: Sendable, Hashable, Codable {
  /// The header fields the reports name (subject, from, reply-to, to, cc, date, Message-ID…).
  public var envelope: Envelope
  /// The author as a reader sees it (see ``Message/from``).
  public var from: Address?
  public var attachments: [Attachment]
  /// The form the message arrived in when it was not RFC 5322 (`.msg`, an inline forward).
  public var rebuiltFrom: MessagePart.RebuiltFrom?
  /// The start of ``Message/currentThreadText``, at most ``threadTextLimit`` characters.
  public var threadText: String

  /// How much of the sender's text the facts keep: more than any report shows.
  public static let threadTextLimit = 4_000

  public init(_ message: Message) {
    envelope = message.envelope
    from = message.from
    attachments = message.attachments
    rebuiltFrom = message.root.rebuiltFrom
    threadText = String(message.currentThreadText.prefix(Self.threadTextLimit))
  }

  public var subject: String? { envelope.subject }
}
