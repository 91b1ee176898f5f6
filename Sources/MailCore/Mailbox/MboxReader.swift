#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams the messages of an mbox file (mboxo, mboxrd, with or without `Content-Length`).
///
/// Holds one message and a read buffer at a time, so a mailbox of gigabytes costs megabytes.
/// A message starts at a `From ` line that follows an empty line (or starts the file) and
/// looks like a From_ line; `>From ` quoting is undone (one `>` removed); a `Content-Length`
/// header is honoured when it points exactly at the next From_ line or the end of the file.
public final class MboxReader {
  /// One message of the mailbox.
  public struct Entry: Sendable {
    /// 1-based position in the mailbox.
    public var index: Int
    /// Byte offset of its From_ line in the file.
    public var offset: Int
    /// The message, unquoted, without the From_ line.
    public var bytes: [UInt8]
    /// The From_ line (without line break).
    public var fromLine: String
    /// Whether the message exceeded the size bound and was cut.
    public var truncated: Bool
  }

  private let fd: Int32
  private let path: String
  private let maxMessageBytes: Int
  private var buffer: [UInt8]
  private var position = 0
  private var bufferFileOffset = 0
  private var eof = false
  private var count = 0
  private var pendingFromLine: (offset: Int, text: [UInt8])? = nil
  private let chunkSize = 1 << 20

  /// Opens an mbox file.
  public init(path: String, maxMessageBytes: Int = ParseLimits.default.maxMessageBytes) throws(InputError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError(errno == ENOENT ? .notFound : .unreadable, path: path, errno: errno) }
    self.fd = fd
    self.path = path
    self.maxMessageBytes = maxMessageBytes
    self.buffer = []
  }

  /// Reads an mbox held in memory (tests, fuzzing, data already loaded).
  public init(bytes: [UInt8], maxMessageBytes: Int = ParseLimits.default.maxMessageBytes) {
    self.fd = -1
    self.path = "(memory)"
    self.maxMessageBytes = maxMessageBytes
    self.buffer = bytes
    self.eof = true
  }

  deinit { if fd >= 0 { close(fd) } }

  /// Reads more of the file into the buffer; returns false at the end.
  private func fill() throws(InputError) -> Bool {
    if eof { return false }
    if position > 0 && position >= buffer.count / 2 {
      buffer.removeFirst(position)
      bufferFileOffset += position
      position = 0
    }
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunkSize))
    var n = 0
    repeat {
      n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old, chunkSize) }
    } while n < 0 && errno == EINTR
    if n < 0 {
      buffer.removeLast(chunkSize)
      throw InputError(.unreadable, path: path, errno: errno)
    }
    buffer.removeLast(chunkSize - n)
    if n == 0 { eof = true }
    return n > 0
  }

  /// The next line (with its line break) as a range of the buffer, or nil at the end of file.
  private func nextLine() throws(InputError) -> Range<Int>? {
    while true {
      if position < buffer.count,
        let nl = buffer.withUnsafeBufferPointer({ ByteSearch.first(0x0A, in: $0, range: position..<$0.count) })
      {
        let r = position..<(nl + 1)
        position = nl + 1
        return r
      }
      // A line longer than a message can be is cut, so memory stays bounded.
      if buffer.count - position > maxMessageBytes {
        let r = position..<buffer.count
        position = buffer.count
        return r
      }
      if try !fill() {
        guard position < buffer.count else { return nil }
        let r = position..<buffer.count
        position = buffer.count
        return r
      }
    }
  }

  private static let fromPrefix = Array("From ".utf8)

  private func isFromLine(_ r: Range<Int>) -> Bool {
    guard r.count > 5, buffer[r].starts(with: Self.fromPrefix) else { return false }
    let line = buffer[r]
    return line.contains(UInt8(ascii: ":")) || line.contains(UInt8(ascii: "@"))
  }

  private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x0A || $0 == 0x0D }
  }

  /// The next message, or `nil` at the end of the mailbox.
  public func next() throws(InputError) -> Entry? {
    var fromLine: (offset: Int, text: [UInt8])
    if let pending = pendingFromLine {
      fromLine = pending
      pendingFromLine = nil
    } else {
      // Skip anything before the first From_ line (leading blank lines, junk).
      var found: (Int, [UInt8])? = nil
      var first = true
      while let r = try nextLine() {
        if isFromLine(r) || (first && buffer[r].starts(with: Self.fromPrefix)) {
          found = (bufferFileOffset + r.lowerBound, Array(buffer[r]))
          break
        }
        first = false
      }
      guard let f = found else { return nil }
      fromLine = f
    }
    count += 1
    var message: [UInt8] = []
    var truncated = false
    var previousBlank = false
    var inHeader = true
    var contentLength: Int? = nil
    while let r = try nextLine() {
      let line = buffer[r]
      if previousBlank && isFromLine(r) {
        pendingFromLine = (bufferFileOffset + r.lowerBound, Array(line))
        break
      }
      if inHeader {
        if Self.isBlank(line) {
          inHeader = false
          message.append(contentsOf: line)
          // With a trustworthy Content-Length the body is taken whole; either way the next line
          // may start the next message.
          if let length = contentLength, message.count + length <= maxMessageBytes {
            _ = try takeContentLength(length, into: &message)
          }
          previousBlank = true
          continue
        }
        if line.count > 15, line.prefix(15).map({ $0 | 0x20 }) == Array("content-length:".utf8) {
          let digits = line.dropFirst(15).filter { $0 >= 0x30 && $0 <= 0x39 }
          if digits.count <= 10, let n = Int(String(decoding: digits, as: UTF8.self)) { contentLength = n }
        }
      }
      previousBlank = Self.isBlank(line)
      if message.count + line.count > maxMessageBytes {
        truncated = true
        continue
      }
      // mboxrd/mboxo quoting: ">From ", ">>From " ... lose one ">".
      if line.first == UInt8(ascii: ">") {
        let stripped = line.drop { $0 == UInt8(ascii: ">") }
        if stripped.starts(with: Self.fromPrefix) {
          message.append(contentsOf: line.dropFirst())
          continue
        }
      }
      message.append(contentsOf: line)
    }
    // The blank line before the next From_ line belongs to the separator.
    if message.last == 0x0A {
      let dropped =
        message.count >= 2 && message[message.count - 2] == 0x0A
        ? 1 : (message.count >= 3 && message[message.count - 2] == 0x0D && message[message.count - 3] == 0x0A ? 2 : 0)
      if pendingFromLine != nil { message.removeLast(dropped) }
    }
    var text = fromLine.text
    while let l = text.last, l == 0x0A || l == 0x0D { text.removeLast() }
    return Entry(
      index: count, offset: fromLine.offset, bytes: message, fromLine: String(decoding: text, as: UTF8.self),
      truncated: truncated)
  }

  /// Takes exactly `length` body bytes when they end where the next message begins.
  private func takeContentLength(_ length: Int, into message: inout [UInt8]) throws(InputError) -> Bool {
    guard length >= 0, length <= maxMessageBytes else { return false }
    while buffer.count - position < length + 8 {
      if try !fill() { break }
    }
    let available = buffer.count - position
    guard available >= length else { return false }
    let tail = buffer[(position + length)...].prefix(8)
    let valid =
      tail.isEmpty || tail.starts(with: Self.fromPrefix) || tail.starts(with: [0x0A] + Self.fromPrefix)
      || tail.starts(with: [0x0D, 0x0A] + Self.fromPrefix) || tail.allSatisfy { $0 == 0x0A || $0 == 0x0D }
    guard valid else { return false }
    message.append(contentsOf: buffer[position..<(position + length)])
    position += length
    return true
  }
}
