/// One node of the MIME tree, kept in a flat list with ids and byte offsets.
///
/// Parts are stored in pre-order in ``Message/parts``; a part's `id` is its index there. Offsets
/// point into ``Message/buffers``[`buffer`]: buffer 0 is the original input, and a
/// `message/rfc822` part whose content was base64 or quoted-printable encoded gets a buffer of
/// its own holding the decoded inner message.
public struct MessagePart: Sendable {
  /// Index of this part in ``Message/parts``.
  public var id: Int
  /// The enclosing multipart or message/rfc822 part, `nil` for the top-level message.
  public var parentID: Int?
  /// Nesting depth: 0 for the top-level message.
  public var depth: Int
  /// Which of ``Message/buffers`` the ranges refer to.
  public var buffer: Int
  /// The header fields in order.
  public var headers: [HeaderField]
  /// The header section, from the first header byte to the start of the body.
  public var headerRange: Range<Int>
  /// The body (content) of the part, still transfer-encoded.
  public var bodyRange: Range<Int>
  /// The content type, defaulted per RFC 2045/2046 when missing or malformed.
  public var contentType: ContentType
  /// The Content-Disposition field, when present.
  public var disposition: ContentDisposition?
  /// The Content-Transfer-Encoding.
  public var transferEncoding: TransferEncoding
  /// What the part holds.
  public var kind: Kind
  /// The decoded text of a `text/*` part, line breaks normalised to `\n`.
  public var text: String?
  /// For `text/html`, the text reduced to plain text for analysis.
  public var htmlText: String?
  /// Links (`href`/`src`) found in an HTML part, as written; never opened.
  public var links: [String]
  /// Links in an HTML part with the text they show.
  public var anchors: [HTMLText.Anchor] = []
  /// Forms in an HTML part (a login page in an attachment is the usual case).
  public var forms: [HTMLText.Form] = []
  /// The charset actually used to decode `text`.
  public var charset: String?
  /// Size of the decoded content in bytes.
  public var decodedSize: Int
  /// SHA-256 of the decoded content (hex), for parts other than body text.
  public var sha256: String?
  /// The file name from Content-Disposition or Content-Type (RFC 2231/2047 decoded); never a path.
  public var filename: String?
  /// Header fields parsed into the common message fields, for a message root (the top-level
  /// message and the inner message of every message/rfc822 part).
  public var envelope: Envelope?
  /// Defects found in this part.
  public var defects: [Defect]
  /// For a message root rebuilt from another form: which form.
  public var rebuiltFrom: RebuiltFrom? = nil

  /// A form a message can arrive in other than RFC 5322, rebuilt into one.
  public enum RebuiltFrom: Hashable, Sendable, Codable {
    /// An Outlook `.msg` file; `transportHeaders` when it kept the original header section.
    case outlookMessage(transportHeaders: Bool)
    /// A message forwarded inline in a report's body, by the named mail client's layout.
    case inlineForward(client: String)
  }

  /// What a part holds.
  public enum Kind: Hashable, Sendable {
    /// A multipart with its children's ids, the preamble and the epilogue.
    case multipart(children: [Int], preamble: Range<Int>?, epilogue: Range<Int>?)
    /// A message/rfc822 (or message/global) part and the id of the inner message's root part.
    case message(root: Int)
    /// A leaf part.
    case leaf
  }

  /// Whether this is a leaf (neither multipart nor an embedded message).
  public var isLeaf: Bool {
    if case .leaf = kind { return true }
    return false
  }

  /// The ids of the children of a multipart, or the inner root of a message part.
  public var childIDs: [Int] {
    switch kind {
    case .multipart(let children, _, _): return children
    case .message(let root): return [root]
    case .leaf: return []
    }
  }
}
