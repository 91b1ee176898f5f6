/// Reads the `type/subtype; name=value` syntax of Content-Type and Content-Disposition,
/// with RFC 2231 continuations and charsets and the RFC 2047 words senders put in file names.
///
/// Continuations are gathered per parameter and assembled once after sorting, so thousands of
/// sections cost linear time, and their number is bounded by ``ParseLimits/maxParameters``.
enum ParameterParser {
  struct Result {
    var value: String
    var parameters: [Parameter]
    var malformed: Bool
  }

  private struct Section {
    var index: Int
    var encoded: Bool
    var bytes: [UInt8]
  }

  static func parse(
    _ raw: UnsafeBufferPointer<UInt8>, converter: CharsetConverter, limits: ParseLimits, defects: inout DefectLog
  ) -> Result {
    let unfolded = [UInt8](unfolding: raw)
    return unfolded.withUnsafeBufferPointer { bytes in
      var scanner = FieldScanner(bytes, maxCommentDepth: limits.maxCommentDepth)
      scanner.skipCFWS()
      let valueRange = scanner.readToken { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "(") }
      var value = scanner.string(valueRange).lowercased()
      // "text / plain" appears in the wild.
      scanner.skipCFWS()
      if !scanner.atEnd, scanner.current == UInt8(ascii: "/"), !value.utf8.contains(UInt8(ascii: "/")) {
        scanner.position += 1
        scanner.skipCFWS()
        let sub = scanner.readToken { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "(") }
        value += "/" + scanner.string(sub).lowercased()
      } else if value.hasSuffix("/"), !scanner.atEnd, scanner.current != UInt8(ascii: ";") {
        let sub = scanner.readToken { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "(") }
        value += scanner.string(sub).lowercased()
      }
      var malformed = false
      var order: [String] = []
      var simple: [String: [UInt8]] = [:]
      var sections: [String: [Section]] = [:]
      var count = 0
      while !scanner.atEnd {
        scanner.skipCFWS()
        if scanner.atEnd { break }
        if scanner.current == UInt8(ascii: ";") {
          scanner.position += 1
          continue
        }
        let nameRange = scanner.readToken { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ";") }
        scanner.skipCFWS()
        guard !scanner.atEnd, scanner.current == UInt8(ascii: "=") else {
          // A stray word: skip to the next parameter.
          if nameRange.isEmpty { scanner.position += 1 }
          malformed = true
          continue
        }
        scanner.position += 1
        scanner.skipSpace()
        var valueBytes: [UInt8]
        if !scanner.atEnd, scanner.current == UInt8(ascii: "\"") {
          valueBytes = scanner.readQuoted()
        } else {
          // Unquoted values sometimes hold spaces ("name=my file.pdf"): read to the next ';',
          // a comment, or a following "name=" whose ';' the sender forgot.
          let start = scanner.position
          while !scanner.atEnd, scanner.current != UInt8(ascii: ";") {
            if FieldScanner.isSpace(scanner.current),
              Self.nextIsComment(bytes, after: scanner.position)
                || Self.nextIsParameter(bytes, after: scanner.position)
            {
              break
            }
            scanner.position += 1
          }
          var end = scanner.position
          while end > start, FieldScanner.isSpace(bytes[end - 1]) { end -= 1 }
          valueBytes = Array(bytes[start..<end])
        }
        count += 1
        if count > limits.maxParameters {
          defects.record(.parameterLimit, detail: "more than \(limits.maxParameters) parameters")
          break
        }
        var name = scanner.string(nameRange).lowercased()
        guard !name.isEmpty else {
          malformed = true
          continue
        }
        // RFC 2231: name*, name*N, name*N*.
        var encoded = false
        if name.hasSuffix("*") {
          encoded = true
          name.removeLast()
        }
        guard !name.isEmpty else {
          malformed = true
          continue
        }
        if let star = name.lastIndex(of: "*"), let index = Int(name[name.index(after: star)...]), index >= 0 {
          let base = String(name[..<star])
          if sections[base] == nil && simple[base] == nil { order.append(base) }
          sections[base, default: []].append(Section(index: index, encoded: encoded, bytes: valueBytes))
        } else if encoded {
          if sections[name] == nil && simple[name] == nil { order.append(name) }
          sections[name, default: []].append(Section(index: 0, encoded: true, bytes: valueBytes))
        } else {
          if sections[name] == nil && simple[name] == nil { order.append(name) }
          if simple[name] == nil { simple[name] = valueBytes }
        }
      }
      var parameters: [Parameter] = []
      parameters.reserveCapacity(order.count)
      for name in order {
        if let parts = sections[name] {
          parameters.append(
            Parameter(name: name, value: assemble(parts, converter: converter, defects: &defects)))
        } else if let bytes = simple[name] {
          let text = bytes.withUnsafeBufferPointer {
            EncodedWords.decode(
              $0, converter: converter, maxWords: limits.maxEncodedWordsPerField, trim: false, defects: &defects)
          }
          parameters.append(Parameter(name: name, value: text))
        }
      }
      if scanner.unterminated { malformed = true }
      return Result(value: value, parameters: parameters, malformed: malformed)
    }
  }

  /// `charset'language` with only token characters (no `%` escapes): a repeated RFC 2231 prefix.
  private static func isCharsetPrefix(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 64, bytes.first != UInt8(ascii: "'") else { return false }
    return bytes.allSatisfy {
      ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D || $0 == 0x5F
        || $0 == 0x27 || $0 == 0x2E || $0 == 0x3A
    }
  }

  /// Whether whitespace at `index` is followed by a comment.
  private static func nextIsComment(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var i = index
    while i < bytes.count, FieldScanner.isSpace(bytes[i]) { i += 1 }
    return i < bytes.count && bytes[i] == UInt8(ascii: "(")
  }

  /// Whether whitespace at `index` is followed by `token=` (a parameter missing its `;`).
  private static func nextIsParameter(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var i = index
    while i < bytes.count, FieldScanner.isSpace(bytes[i]) { i += 1 }
    let start = i
    while i < bytes.count {
      let c = bytes[i]
      let isToken =
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D || c == 0x5F || c == 0x2A
      if !isToken { break }
      i += 1
    }
    return i > start && i < bytes.count && bytes[i] == UInt8(ascii: "=")
  }

  /// Joins RFC 2231 sections in index order and decodes `charset'language'%XX` text.
  private static func assemble(_ sections: [Section], converter: CharsetConverter, defects: inout DefectLog) -> String {
    let sorted = sections.sorted { $0.index < $1.index }
    var charset: String? = nil
    var bytes: [UInt8] = []
    for (n, section) in sorted.enumerated() {
      var body = section.bytes[...]
      if section.encoded {
        if let q1 = body.firstIndex(of: UInt8(ascii: "'")),
          let q2 = body[(q1 + 1)...].firstIndex(of: UInt8(ascii: "'")),
          n == 0 || Self.isCharsetPrefix(body[..<q2])
        {
          // Section 0 carries charset'language'; some senders repeat it on every section.
          let label = String(decoding: body[..<q1], as: UTF8.self)
          if n == 0 { charset = label.isEmpty ? nil : label }
          body = body[(q2 + 1)...]
        }
        var i = body.startIndex
        while i < body.endIndex {
          let c = body[i]
          if c == UInt8(ascii: "%"), i + 2 < body.endIndex,
            let h = QuotedPrintableDecoder.hexValue(body[i + 1]), let l = QuotedPrintableDecoder.hexValue(body[i + 2])
          {
            bytes.append(h << 4 | l)
            i += 3
          } else {
            bytes.append(c)
            i += 1
          }
        }
      } else {
        bytes.append(contentsOf: body)
      }
    }
    if charset == nil, let s = String(validating: bytes, as: UTF8.self) {
      return s
    }
    let decoded = converter.decode(bytes, label: charset ?? "utf-8")
    if let problem = decoded.problem { defects.record(problem, detail: "parameter charset \(charset ?? "none")") }
    return decoded.string
  }
}
