/// Parses raw RFC 5322 / MIME messages into ``Message`` values. Never throws on content.
///
/// ```swift
/// let message = MessageParser().parse(bytes)
/// print(message.subject ?? "", message.defects.map(\.kind))
/// ```
///
/// The parser is a value: configure ``limits`` and ``options`` and share it freely across tasks;
/// each call to ``parse(_:)`` owns its working state.
public struct MessageParser: Sendable {
  /// What to decode beyond the structure.
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Decode `text/*` parts to ``MessagePart/text``.
    public static let decodeText = Options(rawValue: 1 << 0)
    /// Reduce HTML parts to ``MessagePart/htmlText`` and collect their links.
    public static let reduceHTML = Options(rawValue: 1 << 1)
    /// Compute size and SHA-256 of attachments and other non-body parts.
    public static let hashAttachments = Options(rawValue: 1 << 2)

    /// Everything: what an analysis needs.
    public static let full: Options = [.decodeText, .reduceHTML, .hashAttachments]
    /// Structure only: headers, parts, offsets and defects.
    public static let structure: Options = []
  }

  /// Bounds on the work done per message.
  public var limits: ParseLimits
  /// What to decode.
  public var options: Options

  public init(limits: ParseLimits = .default, options: Options = .full) {
    self.limits = limits
    self.options = options
  }

  /// Parses one message.
  public func parse(_ bytes: [UInt8]) -> Message {
    let session = ParseSession(limits: limits, options: options)
    return session.run(bytes)
  }

  /// Parses a message read from an input; a message cut at the size bound while reading
  /// carries a `messageSizeLimit` defect.
  public func parse(_ raw: RawMessage) -> Message {
    var message = parse(raw.bytes)
    if raw.truncated {
      message.defects.insert(
        Defect(
          .messageSizeLimit, offset: raw.bytes.count,
          detail: "input larger than \(limits.maxMessageBytes) bytes, truncated"),
        at: 0)
    }
    return message
  }

  /// Parses one message from a string (its UTF-8 bytes).
  public func parse(_ text: String) -> Message {
    parse(Array(text.utf8))
  }
}
