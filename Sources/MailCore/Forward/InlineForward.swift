/// A message forwarded inline in a report's body ("Forward", not "Forward as attachment"): the
/// header block a mail client writes above the forwarded text, read back into a message.
///
/// The layouts of Outlook (desktop and web, text and HTML), Gmail, Apple Mail and iOS, and
/// Thunderbird are recognised, with their English and Japanese labels (and the German, French,
/// Spanish, Dutch and Chinese ones Outlook uses). The block's date is read in the client's
/// formats; a date without a zone is taken in the report's own zone.
///
/// ```swift
/// if let forward = InlineForward.find(in: report) { let lure = forward.message() }
/// ```
public struct InlineForward: Sendable, Hashable {
  /// The client whose layout matched: `outlook`, `gmail`, `apple-mail`, `thunderbird`, `generic`.
  public var client: String
  public var fromName: String?
  public var fromAddress: String?
  /// The date as the block wrote it.
  public var dateText: String?
  public var date: MailDate?
  public var to: [Party] = []
  public var cc: [Party] = []
  public var subject: String?
  /// The forwarded text below the block.
  public var body: String
  /// The part of the report's HTML below the block, when the report had HTML.
  public var html: String?
  /// How many forwarded blocks enclosed this one (1 for a plain forward).
  public var depth: Int
  /// Whether the block's separator says "forwarded" (Gmail, Apple Mail, Thunderbird); Outlook's
  /// "Original Message" and bare blocks are also how replies quote.
  public var explicitForwardSeparator = false

  /// Whether a subject starts with a forwarding prefix (`FW:`, `Fwd:`, `転送:`, `WG:`, `TR:`, …).
  public static func isForwardSubject(_ subject: String) -> Bool {
    ForwardBlockScanner.hasForwardPrefix(subject)
  }

  /// A recipient as the block names it (Outlook often gives only the display name).
  public struct Party: Sendable, Hashable {
    public var name: String?
    public var address: String?
  }

  /// The forwarded message in `report`'s body, or nil when it has none. `isInternal` says
  /// whether an address belongs to the organisation: a forward whose sender is internal (a
  /// colleague who forwarded the lure on) is looked through to the message it forwards.
  public static func find(in report: Message, isInternal: (String) -> Bool = { _ in false }) -> InlineForward? {
    let text = report.bodyText
    guard ForwardBlockScanner.mayContainBlock(text) else { return nil }
    let zone = report.date?.zoneOffset ?? 0
    let blocks = ForwardBlockScanner(text: text, defaultZone: zone).blocks()
    guard !blocks.isEmpty else { return nil }
    var index = 0
    while index + 1 < blocks.count {
      let block = blocks[index]
      let fromInside = block.fromAddress.map(isInternal) ?? false
      let forwardedAgain = block.subject.map(ForwardBlockScanner.hasForwardPrefix) ?? false
      guard fromInside || forwardedAgain else { break }
      index += 1
    }
    var chosen = blocks[index]
    chosen.depth = index + 1
    return chosen
  }

  /// This forward with ``html`` filled from the report's HTML body (the part below the block's
  /// marker), when the report has one. Done only for a forward that will be used: it reads the
  /// whole HTML.
  public func withHTML(of report: Message) -> InlineForward {
    var copy = self
    copy.html = report.bodyStructure.htmlBody.compactMap { report.parts[$0].text }.first.flatMap {
      ForwardBlockScanner.htmlBelowBlock($0, skipping: depth - 1)
    }
    return copy
  }

  /// The forwarded message rebuilt as a message of its own, marked as rebuilt from an inline
  /// forward (it has no Received chain and no authentication results).
  public func message(parser: MessageParser = MessageParser()) -> Message {
    var writer = MIMEWriter()
    writer.add("From", addresses: [(fromName, fromAddress)])
    writer.add("To", addresses: to.map { ($0.name, $0.address) })
    writer.add("Cc", addresses: cc.map { ($0.name, $0.address) })
    if let subject { writer.add("Subject", subject) }
    if let date { writer.add("Date", date.rfc5322) }
    var bodies: [MIMEWriter.Body] = [.text(body, subtype: "plain")]
    if let html { bodies.append(.text(html, subtype: "html")) }
    let bytes = writer.bytes(body: bodies.count > 1 ? .multipart(subtype: "alternative", bodies) : bodies[0])
    var message = parser.parse(bytes)
    message.parts[message.rootID].rebuiltFrom = .inlineForward(client: client)
    return message
  }
}
