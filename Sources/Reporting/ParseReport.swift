import MailCore

/// The machine-readable structure of one parsed message: what `becscope parse --format json`
/// prints. Field names are snake_case and stable (see `docs/schema/parse.schema.json`).
public struct ParseReport: Encodable, Sendable {
  public struct Mailbox: Encodable, Sendable {
    public var name: String?
    public var address: String?
    public var group: String?
    public var unicode_domain: String?

    init(_ a: Address) {
      name = a.name
      address = a.address
      group = a.group
      let unicode = a.unicodeDomain
      unicode_domain = unicode != a.domain ? unicode : nil
    }
  }

  public struct Header: Encodable, Sendable {
    public var name: String
    public var value: String
    /// Byte offset of the field in its buffer, and its length including the line break.
    public var offset: Int
    public var length: Int
  }

  public struct Part: Encodable, Sendable {
    public var id: Int
    public var parent: Int?
    public var depth: Int
    public var buffer: Int
    public var content_type: String
    public var parameters: [String: String]
    public var disposition: String?
    public var filename: String?
    public var transfer_encoding: String
    public var charset: String?
    public var offset_header: Int
    public var offset_body: Int
    public var offset_end: Int
    public var decoded_size: Int
    public var sha256: String?
    public var children: [Int]
    public var text_length: Int?
    public var links: [String]
    public var headers: [Header]
  }

  public struct Envelope: Encodable, Sendable {
    public var part: Int
    public var subject: String?
    public var from: [Mailbox]
    public var sender: Mailbox?
    public var reply_to: [Mailbox]
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var bcc: [Mailbox]
    public var return_path: String?
    public var date: String?
    public var date_local: String?
    public var message_id: String?
    public var in_reply_to: [String]
    public var references: [String]
  }

  public struct AttachmentInfo: Encodable, Sendable {
    public var part: Int
    public var filename: String?
    public var content_type: String
    public var size: Int
    public var sha256: String?
  }

  public struct DefectInfo: Encodable, Sendable {
    public var kind: String
    public var part: Int?
    public var offset: Int?
    public var detail: String
    public var limit: Bool
  }

  public var source: String
  public var size: Int
  public var subject: String?
  public var from: Mailbox?
  public var to: [Mailbox]
  public var cc: [Mailbox]
  public var reply_to: [Mailbox]
  public var date: String?
  public var message_id: String?
  public var headers: [Header]
  public var envelopes: [Envelope]
  public var parts: [Part]
  public var text_body: [Int]
  public var html_body: [Int]
  public var attachments: [AttachmentInfo]
  public var body_text: String?
  public var current_thread: String?
  public var links: [String]
  public var embedded_messages: [Int]
  public var defects: [DefectInfo]

  /// Builds the report of `message` read from `source`.
  public init(message: Message, source: String, includeBody: Bool = true) {
    self.source = source
    size = message.raw.count
    let env = message.envelope
    subject = env.subject
    from = message.from.map(Mailbox.init)
    to = env.to.map(Mailbox.init)
    cc = env.cc.map(Mailbox.init)
    reply_to = env.replyTo.map(Mailbox.init)
    date = env.date?.rfc3339
    message_id = env.messageID
    headers = message.headers.map(Self.header)
    parts = message.parts.map { p in
      var params: [String: String] = [:]
      for parameter in p.contentType.parameters where params[parameter.name] == nil {
        params[parameter.name] = parameter.value
      }
      return Part(
        id: p.id, parent: p.parentID, depth: p.depth, buffer: p.buffer, content_type: p.contentType.mimeType,
        parameters: params, disposition: p.disposition?.type, filename: p.filename,
        transfer_encoding: p.transferEncoding.description, charset: p.charset, offset_header: p.headerRange.lowerBound,
        offset_body: p.bodyRange.lowerBound, offset_end: p.bodyRange.upperBound, decoded_size: p.decodedSize,
        sha256: p.sha256, children: p.childIDs, text_length: p.text?.count, links: p.links,
        headers: p.id == message.rootID ? [] : p.headers.map(Self.header))
    }
    envelopes = message.parts.compactMap { p in
      guard let e = p.envelope else { return nil }
      return Envelope(
        part: p.id, subject: e.subject, from: e.from.map(Mailbox.init), sender: e.sender.map(Mailbox.init),
        reply_to: e.replyTo.map(Mailbox.init), to: e.to.map(Mailbox.init), cc: e.cc.map(Mailbox.init),
        bcc: e.bcc.map(Mailbox.init), return_path: e.returnPath, date: e.date?.rfc3339,
        date_local: e.date?.rfc3339Local, message_id: e.messageID, in_reply_to: e.inReplyTo, references: e.references)
    }
    let structure = message.bodyStructure
    text_body = structure.textBody
    html_body = structure.htmlBody
    attachments = message.attachments.map {
      AttachmentInfo(
        part: $0.partID, filename: $0.filename, content_type: $0.contentType, size: $0.size, sha256: $0.sha256)
    }
    body_text = includeBody ? message.bodyText : nil
    current_thread = includeBody ? message.currentThreadText : nil
    links = message.links
    embedded_messages = message.embeddedMessages.map(\.rootID)
    defects = message.defects.map {
      DefectInfo(kind: $0.kind.rawValue, part: $0.partID, offset: $0.offset, detail: $0.detail, limit: $0.kind.isLimit)
    }
  }

  private static func header(_ f: HeaderField) -> Header {
    Header(name: f.name, value: f.value, offset: f.range.lowerBound, length: f.range.count)
  }
}
