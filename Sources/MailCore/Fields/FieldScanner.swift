/// A cursor over the bytes of one structured header value (CR and LF already removed).
///
/// Shared by the address, parameter, date and identifier readers. Every loop advances, and
/// comment nesting is counted, not recursed, so crafted values cannot blow the stack.
struct FieldScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  let maxCommentDepth: Int
  var unterminated = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, maxCommentDepth: Int = 32) {
    self.bytes = bytes
    self.maxCommentDepth = maxCommentDepth
  }

  var atEnd: Bool { position >= bytes.count }
  var current: UInt8 { bytes[position] }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

  /// Skips whitespace; returns whether any was skipped.
  @discardableResult
  mutating func skipSpace() -> Bool {
    let start = position
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    return position > start
  }

  /// Skips whitespace and comments, collecting the text of top-level comments.
  mutating func skipCFWS(comments: inout [[UInt8]]) -> Bool {
    let start = position
    while position < bytes.count {
      if Self.isSpace(bytes[position]) {
        position += 1
      } else if bytes[position] == UInt8(ascii: "(") {
        comments.append(readComment())
      } else {
        break
      }
    }
    return position > start
  }

  /// Skips whitespace and comments.
  @discardableResult
  mutating func skipCFWS() -> Bool {
    let start = position
    while position < bytes.count {
      if Self.isSpace(bytes[position]) {
        position += 1
      } else if bytes[position] == UInt8(ascii: "(") {
        _ = readComment(collect: false)
      } else {
        break
      }
    }
    return position > start
  }

  /// Reads a comment starting at `(`; nested comments are kept as text.
  mutating func readComment(collect: Bool = true) -> [UInt8] {
    var depth = 0
    var text: [UInt8] = []
    while position < bytes.count {
      let c = bytes[position]
      position += 1
      if c == UInt8(ascii: "\\"), position < bytes.count {
        if collect { text.append(bytes[position]) }
        position += 1
        continue
      }
      if c == UInt8(ascii: "(") {
        depth += 1
        if depth == 1 { continue }
      } else if c == UInt8(ascii: ")") {
        depth -= 1
        if depth == 0 { return text }
      }
      if collect && depth <= maxCommentDepth { text.append(c) }
    }
    unterminated = true
    return text
  }

  /// Reads a quoted string starting at `"`, resolving backslash escapes.
  mutating func readQuoted() -> [UInt8] {
    var text: [UInt8] = []
    position += 1
    while position < bytes.count {
      let c = bytes[position]
      position += 1
      if c == UInt8(ascii: "\\"), position < bytes.count {
        text.append(bytes[position])
        position += 1
      } else if c == UInt8(ascii: "\"") {
        return text
      } else {
        text.append(c)
      }
    }
    unterminated = true
    return text
  }

  /// Reads bytes up to (not including) any of the stop bytes, whitespace, or the end.
  mutating func readToken(stoppingAt stops: (UInt8) -> Bool) -> Range<Int> {
    let start = position
    while position < bytes.count, !Self.isSpace(bytes[position]), !stops(bytes[position]) { position += 1 }
    return start..<position
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}

extension Array where Element == UInt8 {
  /// Removes CR and LF (unfolding) from raw header bytes.
  init(unfolding raw: UnsafeBufferPointer<UInt8>) {
    self.init()
    reserveCapacity(raw.count)
    for c in raw where c != 0x0A && c != 0x0D { append(c) }
  }
}
