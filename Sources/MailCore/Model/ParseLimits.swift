/// Bounds on the work the parser does for one message.
///
/// Every message may be crafted to exhaust a parser: deep nesting, millions of tiny parts,
/// megabyte header lines, quadratic parameter continuations. Each bound except the comment
/// depth, when reached, records a ``Defect`` with an `isLimit` kind and stops descending;
/// parsing then continues with what it has. Start from a preset and override single values:
///
/// ```swift
/// var limits = ParseLimits.strict
/// limits.maxParts = 200
/// ```
public struct ParseLimits: Hashable, Sendable, Codable {
  /// Maximum nesting of multipart and message/rfc822 parts below the top-level message.
  public var maxDepth: Int
  /// Maximum number of parts (of any kind) in the whole tree.
  public var maxParts: Int
  /// Maximum number of header fields in one header section.
  public var maxHeaderCount: Int
  /// Maximum size in bytes of one header field (name, value and folding).
  public var maxHeaderFieldBytes: Int
  /// Maximum size in bytes of one header section.
  public var maxHeaderSectionBytes: Int
  /// Maximum length of one header line in bytes before a defect is recorded (RFC 5322 allows 998).
  public var maxLineLength: Int
  /// Maximum size of a message in bytes; longer input is truncated.
  public var maxMessageBytes: Int
  /// Maximum total work: bytes scanned plus bytes decoded, across all parts.
  public var maxWorkBytes: Int
  /// Maximum number of addresses read from one address field.
  public var maxAddressesPerField: Int
  /// Maximum number of encoded-words decoded in one header field.
  public var maxEncodedWordsPerField: Int
  /// Maximum number of parameters (counting RFC 2231 sections) in one structured field.
  public var maxParameters: Int
  /// Maximum nesting of comments in structured header fields; text nested deeper is skipped
  /// (comments are read iteratively, so depth costs no stack either way).
  public var maxCommentDepth: Int

  public init(
    maxDepth: Int, maxParts: Int, maxHeaderCount: Int, maxHeaderFieldBytes: Int,
    maxHeaderSectionBytes: Int, maxLineLength: Int, maxMessageBytes: Int, maxWorkBytes: Int,
    maxAddressesPerField: Int, maxEncodedWordsPerField: Int, maxParameters: Int, maxCommentDepth: Int
  ) {
    self.maxDepth = maxDepth
    self.maxParts = maxParts
    self.maxHeaderCount = maxHeaderCount
    self.maxHeaderFieldBytes = maxHeaderFieldBytes
    self.maxHeaderSectionBytes = maxHeaderSectionBytes
    self.maxLineLength = maxLineLength
    self.maxMessageBytes = maxMessageBytes
    self.maxWorkBytes = maxWorkBytes
    self.maxAddressesPerField = maxAddressesPerField
    self.maxEncodedWordsPerField = maxEncodedWordsPerField
    self.maxParameters = maxParameters
    self.maxCommentDepth = maxCommentDepth
  }

  /// Sensible bounds for reported mail: generous enough for any real message seen in the
  /// corpora, small enough that a crafted one cannot hang or exhaust memory.
  public static let `default` = ParseLimits(
    maxDepth: 24, maxParts: 2_000, maxHeaderCount: 2_000, maxHeaderFieldBytes: 256 * 1024,
    maxHeaderSectionBytes: 2 * 1024 * 1024, maxLineLength: 64 * 1024, maxMessageBytes: 128 * 1024 * 1024,
    maxWorkBytes: 512 * 1024 * 1024, maxAddressesPerField: 5_000, maxEncodedWordsPerField: 2_000,
    maxParameters: 512, maxCommentDepth: 32)

  /// Tight bounds for bulk triage of untrusted mailboxes and for fuzzing.
  public static let strict = ParseLimits(
    maxDepth: 10, maxParts: 250, maxHeaderCount: 500, maxHeaderFieldBytes: 32 * 1024,
    maxHeaderSectionBytes: 256 * 1024, maxLineLength: 16 * 1024, maxMessageBytes: 32 * 1024 * 1024,
    maxWorkBytes: 96 * 1024 * 1024, maxAddressesPerField: 1_000, maxEncodedWordsPerField: 256,
    maxParameters: 64, maxCommentDepth: 8)

  /// Loose bounds for trusted archives with unusually large or deep messages.
  public static let permissive = ParseLimits(
    maxDepth: 64, maxParts: 20_000, maxHeaderCount: 20_000, maxHeaderFieldBytes: 4 * 1024 * 1024,
    maxHeaderSectionBytes: 16 * 1024 * 1024, maxLineLength: 1024 * 1024, maxMessageBytes: 1024 * 1024 * 1024,
    maxWorkBytes: 4 * 1024 * 1024 * 1024, maxAddressesPerField: 50_000, maxEncodedWordsPerField: 20_000,
    maxParameters: 4_096, maxCommentDepth: 128)
}
