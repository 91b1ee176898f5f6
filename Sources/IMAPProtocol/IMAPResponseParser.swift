/// Reads IMAP responses from the bytes a server sends, as they arrive (RFC 9051 section 7,
/// with the `{n}` and `~{n}` literals of responses). Everything is bounded: a line outside its
/// literals, a literal (the message size limit), nesting and the values of one response. What
/// breaks the grammar or a bound is an ``IMAPError`` of kind `protocol`, never a crash and never
/// an unbounded buffer; the connection is then dropped and made again.
public struct IMAPResponseParser: Sendable {
  public struct Limits: Sendable {
    /// The longest line, literals not counted.
    public var maxLineBytes = 64 << 10
    /// The largest literal (a message fetched whole).
    public var maxLiteralBytes = 64 << 20
    public var maxDepth = 32
    /// The most values in one response.
    public var maxValues = 200_000
    public init() {}
  }

  public let limits: Limits
  private var buffer: [UInt8] = []
  private var start = 0
  /// How many unread bytes must be buffered before trying again (a literal still arriving).
  private var needed = 0

  public init(limits: Limits = Limits()) { self.limits = limits }

  /// Bytes held and not yet read as a response.
  public var pending: Int { buffer.count - start }

  public mutating func feed(_ bytes: some Sequence<UInt8>) {
    if start > 0, start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next whole response, or nil until more bytes are fed.
  public mutating func next() throws(IMAPError) -> IMAPResponse? {
    guard pending > 0, pending >= needed else { return nil }
    var reader = Reader(bytes: buffer, at: start, limits: limits)
    do {
      let response = try reader.response()
      start = reader.at
      needed = 0
      return response
    } catch {
      switch error {
      case .incomplete(let need):
        needed = need - start
        return nil
      case .malformed(let why):
        throw IMAPError(.protocolViolation, why)
      }
    }
  }
}

/// The grammar over a byte buffer, from a position; ``IMAPResponseParser`` keeps the buffer.
private struct Reader {
  enum Failure: Error {
    /// The buffer ends before the response does: at least this many bytes (from the buffer's
    /// start) are needed.
    case incomplete(Int)
    case malformed(String)
  }

  let bytes: [UInt8]
  var at: Int
  let limits: IMAPResponseParser.Limits
  var lineStart: Int
  var values = 0

  init(bytes: [UInt8], at: Int, limits: IMAPResponseParser.Limits) {
    self.bytes = bytes
    self.at = at
    self.limits = limits
    lineStart = at
  }

  mutating func response() throws(Failure) -> IMAPResponse {
    let tag = try atom()
    if tag == "+" {
      if peek() == 0x20 { at += 1 }
      return .continuation(try text())
    }
    try space()
    if tag == "*" {
      if let digit = peek(), (0x30...0x39).contains(digit) {
        guard case .number(let n) = try value(depth: 0) else { throw .malformed("a number was expected") }
        try space()
        let name = try atom().uppercased()
        return .data(number: n, name: name, values: try rest())
      }
      let name = try atom().uppercased()
      if let status = IMAPStatus(rawValue: name) { return try statusResponse(tag: nil, status) }
      return .data(number: nil, name: name, values: try rest())
    }
    guard tag.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x2B }), !tag.isEmpty else {
      throw .malformed("a response begins with a tag, * or +")
    }
    let word = try atom().uppercased()
    guard let status = IMAPStatus(rawValue: word), status != .preauth, status != .bye else {
      throw .malformed("a tagged response is OK, NO or BAD, not \(word.prefix(20))")
    }
    return try statusResponse(tag: tag, status)
  }

  mutating func statusResponse(tag: String?, _ status: IMAPStatus) throws(Failure) -> IMAPResponse {
    var code: [IMAPValue]? = nil
    if peek() == 0x20 {
      at += 1
      if peek() == 0x5B {
        guard case .bracket(let values) = try value(depth: 0) else { throw .malformed("a response code") }
        code = values
        if peek() == 0x20 { at += 1 }
      }
    }
    return .status(tag: tag, status, code: code, text: try text())
  }

  // MARK: Pieces

  func peek() -> UInt8? { at < bytes.count ? bytes[at] : nil }

  /// Needs `count` more bytes (or the response is incomplete); checks the line's length.
  mutating func need(_ count: Int) throws(Failure) {
    if at - lineStart > limits.maxLineBytes {
      throw .malformed("a line longer than \(limits.maxLineBytes) bytes")
    }
    if at + count > bytes.count { throw .incomplete(at + count) }
  }

  mutating func space() throws(Failure) {
    try need(1)
    guard bytes[at] == 0x20 else { throw .malformed("a space was expected") }
    at += 1
  }

  /// The rest of the line as text, and the line break.
  mutating func text() throws(Failure) -> String {
    let from = at
    while true {
      try need(2)
      if bytes[at] == 0x0D, bytes[at + 1] == 0x0A { break }
      if bytes[at] == 0x0A { break }
      at += 1
    }
    let line = String(decoding: bytes[from..<at], as: UTF8.self)
    at += bytes[at] == 0x0D ? 2 : 1
    lineStart = at
    return String(line.prefix(2_000))
  }

  static func isAtomByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x00...0x20, 0x7F, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x7B: false  // CTL SP ( ) [ ] " {
    default: true
    }
  }

  mutating func atom() throws(Failure) -> String {
    let from = at
    while true {
      try need(1)
      guard Self.isAtomByte(bytes[at]) else { break }
      at += 1
    }
    guard at > from else { throw .malformed("an atom was expected") }
    return String(decoding: bytes[from..<at], as: UTF8.self)
  }

  /// Values up to the end of the line (literals included), and the line break.
  mutating func rest() throws(Failure) -> [IMAPValue] {
    var out: [IMAPValue] = []
    while true {
      try need(1)
      switch bytes[at] {
      case 0x20: at += 1
      case 0x0D:
        try need(2)
        guard bytes[at + 1] == 0x0A else { throw .malformed("a bare CR") }
        at += 2
        lineStart = at
        return out
      case 0x0A:
        at += 1
        lineStart = at
        return out
      default: out.append(try value(depth: 0))
      }
    }
  }

  mutating func value(depth: Int) throws(Failure) -> IMAPValue {
    values += 1
    guard values <= limits.maxValues else { throw .malformed("more than \(limits.maxValues) values in a response") }
    guard depth <= limits.maxDepth else { throw .malformed("lists nested deeper than \(limits.maxDepth)") }
    try need(1)
    switch bytes[at] {
    case 0x28: return .list(try sequence(closing: 0x29, depth: depth))
    case 0x5B: return .bracket(try sequence(closing: 0x5D, depth: depth))
    case 0x22: return .string(try quoted())
    case 0x7B: return .string(try literal())
    case 0x7E:  // ~{n}: a literal8 (binary)
      try need(2)
      if bytes[at + 1] == 0x7B {
        at += 1
        return .string(try literal())
      }
      return .atom(try atom())
    default:
      let word = try atom()
      if word.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
        guard let n = UInt64(word) else { throw .malformed("a number beyond 64 bits") }
        return .number(n)
      }
      return word.uppercased() == "NIL" ? .nilValue : .atom(word)
    }
  }

  mutating func sequence(closing: UInt8, depth: Int) throws(Failure) -> [IMAPValue] {
    at += 1
    var out: [IMAPValue] = []
    while true {
      try need(1)
      switch bytes[at] {
      case closing:
        at += 1
        return out
      case 0x20: at += 1
      case 0x0D, 0x0A: throw .malformed("a line ends inside a list")
      case 0x29, 0x5D: throw .malformed("a list closed by the wrong bracket")
      default: out.append(try value(depth: depth + 1))
      }
    }
  }

  mutating func quoted() throws(Failure) -> [UInt8] {
    at += 1
    var out: [UInt8] = []
    while true {
      try need(1)
      let b = bytes[at]
      at += 1
      switch b {
      case 0x22: return out
      case 0x5C:
        try need(1)
        out.append(bytes[at])
        at += 1
      case 0x0D, 0x0A: throw .malformed("a line ends inside a quoted string")
      default: out.append(b)
      }
    }
  }

  /// `{n}` or `{n+}`, CRLF, then n bytes.
  mutating func literal() throws(Failure) -> [UInt8] {
    at += 1
    var length = 0
    var digits = 0
    while true {
      try need(1)
      let b = bytes[at]
      guard (0x30...0x39).contains(b) else { break }
      digits += 1
      guard digits <= 12 else { throw .malformed("a literal's length of more than 12 digits") }
      length = length * 10 + Int(b - 0x30)
      at += 1
    }
    guard digits > 0 else { throw .malformed("a literal without a length") }
    if peek() == 0x2B { at += 1 }
    try need(1)
    guard bytes[at] == 0x7D else { throw .malformed("a literal's length is not closed") }
    at += 1
    guard length <= limits.maxLiteralBytes else {
      throw .malformed("a literal of \(length) bytes, more than the \(limits.maxLiteralBytes) taken")
    }
    try need(1)
    if bytes[at] == 0x0D { at += 1 }
    try need(1)
    guard bytes[at] == 0x0A else { throw .malformed("a literal's length is not followed by a line break") }
    at += 1
    if at + length > bytes.count { throw .incomplete(at + length) }
    let out = Array(bytes[at..<(at + length)])
    at += length
    lineStart = at
    return out
  }
}
