import MailCore

extension MessageAnalysis {
  /// What an investigation reads of the message (sender, recipients, dates, attachments, the
  /// start of the sender's text), whether the message is still held or only its facts were kept.
  public var facts: MessageFacts { keptFacts ?? MessageFacts(message) }

  /// The message's header fields, from the message or its kept facts (cheaper than ``facts``,
  /// which reads the body too).
  public var envelope: Envelope { keptFacts.map(\.envelope) ?? message.envelope }
  /// The author, from the message or its kept facts.
  public var from: Address? { keptFacts.map(\.from) ?? message.from }
  /// The attachments, from the message or its kept facts.
  public var attachments: [Attachment] { keptFacts.map(\.attachments) ?? message.attachments }
  /// The form the message arrived in, from the message or its kept facts.
  public var rebuiltFrom: MessagePart.RebuiltFrom? { keptFacts.map(\.rebuiltFrom) ?? message.root.rebuiltFrom }

  /// Keeps the message's facts and lets the message go: what a case holds for each of its
  /// messages, small enough for thousands, and what is stored and read back instead of
  /// analysing the message again. ``message`` is empty afterwards.
  public mutating func keepFactsOnly() {
    guard keptFacts == nil else { return }
    keptFacts = MessageFacts(message)
    message = Self.noMessage
  }

  /// An empty message, for an analysis whose message was let go.
  static let noMessage = MessageParser().parse(RawMessage(bytes: [], source: ""))
}

/// An analysis is stored without its message (see ``MessageAnalysis/keepFactsOnly()``): a
/// decoded analysis has its facts and an empty ``MessageAnalysis/message``.
extension MessageAnalysis: Codable {
  enum CodingKeys: String, CodingKey {
    case source, facts, reporter, wrapping, unreadable, chain, origin, authentication, dkim, dkimStatus, findings
    case urls, iocs, bec
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    source = try c.decode(String.self, forKey: .source)
    message = Self.noMessage
    keptFacts = try c.decode(MessageFacts.self, forKey: .facts)
    reporter = try c.decodeIfPresent(Address.self, forKey: .reporter)
    wrapping = try c.decode(Wrapping.self, forKey: .wrapping)
    unreadable = try c.decodeIfPresent(String.self, forKey: .unreadable)
    chain = try c.decode(ReceivedChain.self, forKey: .chain)
    origin = try c.decode(Origin.self, forKey: .origin)
    authentication = try c.decode(AuthenticationSummary.self, forKey: .authentication)
    dkim = try c.decodeIfPresent([DKIMResult].self, forKey: .dkim)
    dkimStatus = try c.decode(String.self, forKey: .dkimStatus)
    findings = try c.decode([Finding].self, forKey: .findings)
    urls = try c.decode([String].self, forKey: .urls)
    iocs = try c.decode([IOC].self, forKey: .iocs)
    bec = try c.decode(BECAnalysis.self, forKey: .bec)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(source, forKey: .source)
    try c.encode(facts, forKey: .facts)
    try c.encodeIfPresent(reporter, forKey: .reporter)
    try c.encode(wrapping, forKey: .wrapping)
    try c.encodeIfPresent(unreadable, forKey: .unreadable)
    try c.encode(chain, forKey: .chain)
    try c.encode(origin, forKey: .origin)
    try c.encode(authentication, forKey: .authentication)
    try c.encodeIfPresent(dkim, forKey: .dkim)
    try c.encode(dkimStatus, forKey: .dkimStatus)
    try c.encode(findings, forKey: .findings)
    try c.encode(urls, forKey: .urls)
    try c.encode(iocs, forKey: .iocs)
    try c.encode(bec, forKey: .bec)
  }
}
