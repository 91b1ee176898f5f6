/// One reply of an SMTP server (RFC 5321 section 4.2): a three-digit code and its lines of text
/// (several when the server continues with `250-`).
public struct SMTPReply: Sendable, Equatable {
  public var code: Int
  public var lines: [String]

  public init(code: Int, lines: [String]) {
    self.code = code
    self.lines = lines
  }

  /// 2xx: done.
  public var isCompletion: Bool { (200..<300).contains(code) }
  /// 3xx: go on (after `DATA`, `AUTH`).
  public var isIntermediate: Bool { (300..<400).contains(code) }
  /// The lines as one text, for errors and the log.
  public var text: String { lines.joined(separator: " / ") }
}

/// Reads SMTP replies from bytes as they arrive, within bounds: a line longer than
/// ``Limits/maxLineBytes`` or a reply of more than ``Limits/maxLines`` lines is an error, as is a
/// line without a code or a continuation whose code changes. Nothing it is fed can make it hold
/// more than one line's bound beyond what it has returned.
public struct SMTPReplyParser: Sendable {
  public struct Limits: Sendable {
    /// RFC 5321 allows 512 bytes a reply line; servers send longer texts.
    public var maxLineBytes = 4096
    public var maxLines = 256
    public init() {}
  }

  public let limits: Limits
  private var buffer: [UInt8] = []
  private var start = 0
  private var lines: [String] = []
  private var code: Int?

  public init(limits: Limits = Limits()) { self.limits = limits }

  /// Bytes received and not yet part of a returned reply.
  public var pending: Int { buffer.count - start }

  public mutating func feed<S: Sequence<UInt8>>(_ bytes: S) {
    if start > 0, start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next whole reply, or nil when more bytes are needed.
  public mutating func next() throws(IMAPError) -> SMTPReply? {
    while true {
      guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
        if pending > limits.maxLineBytes {
          throw IMAPError(.protocolViolation, "an SMTP reply line longer than \(limits.maxLineBytes) bytes")
        }
        return nil
      }
      var line = buffer[start..<newline]
      start = newline + 1
      if line.last == 0x0D { line = line.dropLast() }
      guard line.count <= limits.maxLineBytes else {
        throw IMAPError(.protocolViolation, "an SMTP reply line longer than \(limits.maxLineBytes) bytes")
      }
      let digits = line.prefix(3)
      guard digits.count == 3, digits.allSatisfy({ (0x30...0x39).contains($0) }), (0x32...0x35).contains(digits.first!)
      else {
        throw IMAPError(.protocolViolation, "an SMTP reply line without a reply code")
      }
      let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
      let separator = line.dropFirst(3).first
      guard separator == nil || separator == 0x20 || separator == 0x2D else {
        throw IMAPError(.protocolViolation, "an SMTP reply line whose code is not followed by a space or a dash")
      }
      if let code, code != value {
        throw IMAPError(.protocolViolation, "an SMTP reply whose lines carry different codes (\(code), \(value))")
      }
      code = value
      lines.append(String(decoding: line.dropFirst(4), as: UTF8.self))
      guard lines.count <= limits.maxLines else {
        throw IMAPError(.protocolViolation, "an SMTP reply of more than \(limits.maxLines) lines")
      }
      if separator != 0x2D {
        let reply = SMTPReply(code: value, lines: lines)
        lines = []
        code = nil
        return reply
      }
    }
  }
}
