/// Decodes header text: unfolding, RFC 2047 encoded-words and raw 8-bit (RFC 6532) bytes.
///
/// Adjacent encoded-words are joined with the whitespace between them dropped, and words in the
/// same charset are concatenated as bytes before conversion, so a multi-byte character (or an
/// ISO-2022-JP shift sequence) split across two words still decodes.
enum EncodedWords {
  /// Bytes that may need more than a copy: 8-bit, line breaks, NUL and the "=" of "=?".
  private static let attention: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for c in 0x80...0xFF { table[c] = true }
    for c in [0x0A, 0x0D, 0x00, Int(UInt8(ascii: "="))] { table[c] = true }
    return table
  }()

  /// Decodes an unstructured header value.
  /// With `trim` false (parameter values) leading and trailing whitespace is kept: a file name
  /// padded with spaces to hide its real extension is evidence.
  static func decode(
    _ raw: UnsafeBufferPointer<UInt8>, converter: CharsetConverter, maxWords: Int, trim: Bool = true,
    defects: inout DefectLog
  ) -> String {
    var needsWork = false
    var i = 0
    let n = raw.count
    attention.withUnsafeBufferPointer { table in
      while i < n {
        let c = raw[i]
        if table[Int(c)] && (c != UInt8(ascii: "=") || (i + 1 < n && raw[i + 1] == UInt8(ascii: "?"))) {
          needsWork = true
          break
        }
        i += 1
      }
    }
    if !needsWork {
      var lo = 0
      var hi = n
      while trim, lo < hi, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
      while trim, hi > lo, raw[hi - 1] == 0x20 || raw[hi - 1] == 0x09 { hi -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: raw[lo..<hi]), as: UTF8.self)
    }

    // Unfold: drop CR and LF, keep the whitespace that follows.
    var unfolded: [UInt8] = []
    unfolded.reserveCapacity(n)
    var plain = true  // only folding was in the way: no encoded-word, no 8-bit, no NUL
    var previous: UInt8 = 0
    for c in raw where c != 0x0A && c != 0x0D {
      unfolded.append(c)
      if c >= 0x80 || c == 0 || (c == UInt8(ascii: "?") && previous == UInt8(ascii: "=")) { plain = false }
      previous = c
    }
    if plain {
      let text = String(decoding: unfolded, as: UTF8.self)
      return trim ? trimmed(text) : text
    }
    let text = unfolded.withUnsafeBufferPointer {
      decodeUnfolded($0, converter: converter, maxWords: maxWords, defects: &defects)
    }
    return trim ? trimmed(text) : text
  }

  private static func decodeUnfolded(
    _ s: UnsafeBufferPointer<UInt8>, converter: CharsetConverter, maxWords: Int, defects: inout DefectLog
  ) -> String {
    var result = ""
    var literal: [UInt8] = []
    var pendingCharset: String? = nil
    var pendingBytes: [UInt8] = []
    var words = 0
    var i = 0
    let n = s.count

    func flushLiteral() {
      guard !literal.isEmpty else { return }
      result += literalText(literal, converter: converter, defects: &defects)
      literal.removeAll(keepingCapacity: true)
    }
    func flushPending() {
      guard let charset = pendingCharset else { return }
      let decoded = converter.decode(pendingBytes, label: charset)
      if let problem = decoded.problem { defects.record(problem, detail: "encoded-word charset \(charset)") }
      result += decoded.string
      pendingCharset = nil
      pendingBytes.removeAll(keepingCapacity: true)
    }

    while i < n {
      if s[i] == UInt8(ascii: "="), i + 1 < n, s[i + 1] == UInt8(ascii: "?"), words < maxWords,
        let word = parseWord(s, at: i)
      {
        words += 1
        if pendingCharset != nil && literal.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
          // Whitespace between two encoded-words is not part of the text.
          literal.removeAll(keepingCapacity: true)
        } else {
          flushPending()
          flushLiteral()
        }
        if let pending = pendingCharset, pending.lowercased() != word.charset.lowercased() { flushPending() }
        pendingCharset = word.charset
        let text = UnsafeBufferPointer(rebasing: s[word.text])
        let invalid: Int
        if word.isBase64 {
          invalid = Base64Decoder.decode(text, into: &pendingBytes)
        } else {
          invalid = QuotedPrintableDecoder.decodeQWord(text, into: &pendingBytes)
        }
        if invalid > 0 { defects.record(.invalidEncodedWord, detail: "bad characters in encoded-word") }
        i = word.end
        continue
      }
      if s[i] == UInt8(ascii: "="), i + 1 < n, s[i + 1] == UInt8(ascii: "?") {
        if words >= maxWords {
          defects.record(.encodedWordLimit, detail: "more than \(maxWords) encoded-words")
        } else {
          defects.record(.invalidEncodedWord, detail: "unterminated or malformed encoded-word")
        }
      }
      if pendingCharset != nil && !(s[i] == 0x20 || s[i] == 0x09) {
        let spaces = literal
        literal.removeAll(keepingCapacity: true)
        flushPending()
        literal = spaces
      }
      literal.append(s[i])
      i += 1
    }
    if pendingCharset != nil && literal.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { literal.removeAll() }
    flushPending()
    flushLiteral()
    return result
  }

  struct Word {
    var charset: String
    var isBase64: Bool
    var text: Range<Int>
    var end: Int
  }

  /// Parses `=?charset[*lang]?B|Q?text?=` at `start`.
  static func parseWord(_ s: UnsafeBufferPointer<UInt8>, at start: Int) -> Word? {
    let n = s.count
    var i = start + 2
    let charsetStart = i
    while i < n, s[i] != UInt8(ascii: "?") {
      let c = s[i]
      if c <= 0x20 || c >= 0x7F || i - charsetStart > 64 { return nil }
      i += 1
    }
    guard i + 2 < n, i > charsetStart else { return nil }
    var charset = String(decoding: UnsafeBufferPointer(rebasing: s[charsetStart..<i]), as: UTF8.self)
    if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
    let enc = s[i + 1] | 0x20
    guard enc == UInt8(ascii: "b") || enc == UInt8(ascii: "q"), s[i + 2] == UInt8(ascii: "?") else { return nil }
    let textStart = i + 3
    var j = textStart
    while j + 1 < n {
      if s[j] == UInt8(ascii: "?") && s[j + 1] == UInt8(ascii: "=") {
        return Word(charset: charset, isBase64: enc == UInt8(ascii: "b"), text: textStart..<j, end: j + 2)
      }
      if j - textStart > 4096 { return nil }
      j += 1
    }
    return nil
  }

  /// Text outside encoded-words: UTF-8 (RFC 6532) or, failing that, a guessed legacy charset.
  static func literalText(_ bytes: [UInt8], converter: CharsetConverter, defects: inout DefectLog) -> String {
    if let s = String(validating: bytes, as: UTF8.self) {
      if bytes.contains(0) { defects.record(.nulByte, detail: "NUL in header") }
      return s
    }
    defects.record(.eightBitInHeader, detail: "8-bit header text that is not UTF-8")
    return bytes.withUnsafeBufferPointer { converter.guess($0, problem: nil).string }
  }

  static func trimmed(_ s: String) -> String {
    let utf8 = s.utf8
    guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
    if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return s }
    return String(s[first...last])
  }
}
