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
          // Unquoted values sometimes hold spaces ("name=my file.pdf"): read to the next ';'.
          let start = scanner.position
          while !scanner.atEnd, scanner.current != UInt8(ascii: ";") { scanner.position += 1 }
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
            EncodedWords.decode($0, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
          }
          parameters.append(Parameter(name: name, value: text))
        }
      }
      if scanner.unterminated { malformed = true }
      return Result(value: value, parameters: parameters, malformed: malformed)
    }
  }

  /// Joins RFC 2231 sections in index order and decodes `charset'language'%XX` text.
  private static func assemble(_ sections: [Section], converter: CharsetConverter, defects: inout DefectLog) -> String {
    let sorted = sections.sorted { $0.index < $1.index }
    var charset: String? = nil
    var bytes: [UInt8] = []
    for (n, section) in sorted.enumerated() {
      var body = section.bytes[...]
      if section.encoded {
        if n == 0, let q1 = body.firstIndex(of: UInt8(ascii: "'")),
          let q2 = body[(q1 + 1)...].firstIndex(of: UInt8(ascii: "'"))
        {
          let label = String(decoding: body[..<q1], as: UTF8.self)
          charset = label.isEmpty ? nil : label
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
