/// A problem found while reading a message: malformed mail is data, not an exception.
///
/// The parser never throws on content. Every irregularity it works around is recorded as a
/// defect on the message (and on the part it belongs to), so that the analysis can treat it as
/// evidence: a message built by a careless bulk mailer looks different from one written by a
/// mail client.
public struct Defect: Hashable, Sendable, Codable {
  /// What kind of problem this is.
  public var kind: Kind
  /// The part the problem belongs to, or `nil` for the message as a whole.
  public var partID: Int?
  /// Byte offset into the part's buffer where the problem was seen, when known.
  public var offset: Int?
  /// A short human-readable explanation (a header name, a charset, a limit).
  public var detail: String

  public init(_ kind: Kind, partID: Int? = nil, offset: Int? = nil, detail: String = "") {
    self.kind = kind
    self.partID = partID
    self.offset = offset
    self.detail = detail
  }

  /// The kinds of defect the parser records.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    // Structure of the header section.
    case missingHeaderBodySeparator
    case malformedHeaderLine
    case invalidHeaderName
    case duplicateHeader
    case mboxFromLine
    case eightBitInHeader
    // Bytes and line endings.
    case nulByte
    case bareCarriageReturn
    // Encodings and charsets.
    case invalidEncodedWord
    case unknownCharset
    case charsetMismatch
    case invalidBase64
    case invalidQuotedPrintable
    case unknownTransferEncoding
    // MIME structure.
    case missingBoundary
    case missingCloseDelimiter
    case malformedBoundary
    case emptyMultipart
    // Fields.
    case malformedAddress
    case malformedDate
    case malformedContentType
    case malformedParameter
    // Other containers.
    /// An Outlook `.msg` file is damaged; the detail says where.
    case malformedOutlookFile
    /// Signed or encrypted content (S/MIME) read only as far as it can be without keys.
    case protectedContent
    // Bounds that stopped the parser from descending further.
    case depthLimit
    case partLimit
    case headerCountLimit
    case headerSizeLimit
    case lineTooLong
    case workLimit
    case messageSizeLimit
    case parameterLimit
    case addressLimit
    case encodedWordLimit
  }
}

extension Defect.Kind {
  /// Whether this defect means a configured bound was reached and the parser stopped early.
  public var isLimit: Bool {
    switch self {
    case .depthLimit, .partLimit, .headerCountLimit, .headerSizeLimit, .lineTooLong, .workLimit,
      .messageSizeLimit, .parameterLimit, .addressLimit, .encodedWordLimit:
      return true
    default:
      return false
    }
  }
}
