/// Reads address lists (From, To, Cc, Reply-To, ...) the way real mail writes them.
///
/// Beyond RFC 5322 mailboxes and groups it accepts obsolete routes (`<@relay:user@host>`),
/// comments used as names (`user@host (Name)`), missing angle brackets (`Name user@host`),
/// encoded-words inside quoted names, raw UTF-8 (RFC 6532) and unterminated quotes, groups and
/// brackets. One pass, no backtracking, bounded by ``ParseLimits/maxAddressesPerField``.
public enum AddressParser {
  private struct Word {
    var bytes: [UInt8]
    var spaceBefore: Bool
    var quoted: Bool
  }

  /// Parses an address field value (raw bytes, possibly folded).
  static func parse(
    _ raw: UnsafeBufferPointer<UInt8>, converter: CharsetConverter, limits: ParseLimits, defects: inout DefectLog
  ) -> [Address] {
    let unfolded = [UInt8](unfolding: raw)
    return unfolded.withUnsafeBufferPointer { bytes in
      var scanner = FieldScanner(bytes, maxCommentDepth: limits.maxCommentDepth)
      var result: [Address] = []
      var words: [Word] = []
      var comments: [[UInt8]] = []
      var angle: [UInt8]? = nil
      var group: String? = nil
      var malformed = false
      var space = false

      func finish() {
        defer {
          words.removeAll(keepingCapacity: true)
          comments.removeAll(keepingCapacity: true)
          angle = nil
        }
        if words.isEmpty && angle == nil { return }
        if result.count >= limits.maxAddressesPerField { return }
        var name: String? = nil
        var address: String? = nil
        if var spec = angle {
          // Obsolete route: "@a,@b:user@host".
          if spec.first == UInt8(ascii: "@"), let colon = spec.firstIndex(of: UInt8(ascii: ":")) {
            spec = Array(spec[(colon + 1)...])
          }
          address = cleanAddress(spec)
          name = phrase(words, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
        } else {
          // No angle brackets: the address is the run of adjacent words holding an "@".
          if let at = words.lastIndex(where: { !$0.quoted && $0.bytes.contains(UInt8(ascii: "@")) }) {
            // Obsolete syntax allows whitespace around "." and "@" inside the address.
            func joins(_ left: Word, _ right: Word) -> Bool {
              !right.spaceBefore || left.bytes.last == UInt8(ascii: ".") || left.bytes.last == UInt8(ascii: "@")
                || right.bytes.first == UInt8(ascii: ".") || right.bytes.first == UInt8(ascii: "@")
            }
            var start = at
            while start > 0, joins(words[start - 1], words[start]) { start -= 1 }
            var end = at + 1
            while end < words.count, joins(words[end - 1], words[end]) { end += 1 }
            var spec: [UInt8] = []
            for w in words[start..<end] {
              if w.quoted {
                spec.append(UInt8(ascii: "\""))
                spec.append(contentsOf: w.bytes)
                spec.append(UInt8(ascii: "\""))
              } else {
                spec.append(contentsOf: w.bytes)
              }
            }
            address = cleanAddress(spec)
            var rest = Array(words[..<start])
            rest.append(contentsOf: words[end...])
            if !rest.isEmpty {
              rest[0].spaceBefore = false
              name = phrase(rest, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
              malformed = true
            }
          } else {
            name = phrase(words, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
            malformed = true
          }
        }
        if name == nil || name!.isEmpty, let comment = comments.last {
          let text = comment.withUnsafeBufferPointer {
            EncodedWords.decode($0, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
          }
          name = text.isEmpty ? nil : text
        }
        if let n = name, n.isEmpty { name = nil }
        if address?.isEmpty == true { address = nil }
        if name == nil && address == nil { return }
        result.append(Address(name: name, address: address, group: group))
      }

      while !scanner.atEnd {
        if result.count >= limits.maxAddressesPerField {
          defects.record(.addressLimit, detail: "more than \(limits.maxAddressesPerField) addresses")
          break
        }
        let c = scanner.current
        switch c {
        case 0x20, 0x09, 0x0D, 0x0A:
          scanner.position += 1
          space = true
        case UInt8(ascii: "("):
          comments.append(scanner.readComment())
          space = true
        case UInt8(ascii: "\""):
          let text = scanner.readQuoted()
          words.append(Word(bytes: text, spaceBefore: space || words.isEmpty, quoted: true))
          space = false
        case UInt8(ascii: "<"):
          scanner.position += 1
          let start = scanner.position
          while !scanner.atEnd {
            let b = scanner.current
            if b == UInt8(ascii: ">") || b == UInt8(ascii: "<") { break }
            // A comma ends an unterminated bracket, except inside an obsolete route list.
            if b == UInt8(ascii: ","), bytes[start] != UInt8(ascii: "@") { break }
            scanner.position += 1
          }
          let content = Array(bytes[start..<scanner.position])
          if !scanner.atEnd, scanner.current == UInt8(ascii: ">") {
            scanner.position += 1
          } else {
            malformed = true
          }
          if angle != nil {
            // Two angle addresses in one mailbox: keep the first, report.
            malformed = true
          } else {
            angle = content
          }
          space = true
        case UInt8(ascii: ","):
          scanner.position += 1
          finish()
          space = false
        case UInt8(ascii: ";"):
          scanner.position += 1
          finish()
          group = nil
          space = false
        case UInt8(ascii: ":") where angle == nil && !words.isEmpty && group == nil:
          scanner.position += 1
          group = phrase(words, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
          words.removeAll(keepingCapacity: true)
          comments.removeAll(keepingCapacity: true)
          space = false
        case UInt8(ascii: ">"):
          scanner.position += 1
          malformed = true
        default:
          let start = scanner.position
          while !scanner.atEnd {
            let b = scanner.current
            if FieldScanner.isSpace(b) || b == UInt8(ascii: "(") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<")
              || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ">")
              || (b == UInt8(ascii: ":") && angle == nil && group == nil && !hasAt(bytes, start, scanner.position))
            {
              break
            }
            scanner.position += 1
          }
          if scanner.position == start {
            // A lone ':' that cannot start a group.
            scanner.position += 1
            malformed = true
          } else {
            words.append(
              Word(bytes: Array(bytes[start..<scanner.position]), spaceBefore: space || words.isEmpty, quoted: false))
          }
          space = false
        }
      }
      finish()
      if scanner.unterminated { malformed = true }
      if malformed { defects.record(.malformedAddress, detail: "address list") }
      return result
    }
  }

  private static func hasAt(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      if bytes[i] == UInt8(ascii: "@") { return true }
      i += 1
    }
    return false
  }

  /// Joins the words of a display name and decodes encoded-words and raw 8-bit text.
  private static func phrase(
    _ words: [Word], converter: CharsetConverter, maxWords: Int = ParseLimits.default.maxEncodedWordsPerField,
    defects: inout DefectLog
  ) -> String? {
    guard !words.isEmpty else { return nil }
    var joined: [UInt8] = []
    for (i, w) in words.enumerated() {
      if i > 0 && w.spaceBefore { joined.append(0x20) }
      joined.append(contentsOf: w.bytes)
    }
    let text = joined.withUnsafeBufferPointer {
      EncodedWords.decode($0, converter: converter, maxWords: maxWords, defects: &defects)
    }
    return text.isEmpty ? nil : text
  }

  /// The addr-spec without comments and without the whitespace obsolete syntax allows around
  /// dots and the `@` (`jdoe@machine(comment).  example` is `jdoe@machine.example`).
  private static func cleanAddress(_ raw: [UInt8]) -> String? {
    var spec: [UInt8] = []
    spec.reserveCapacity(raw.count)
    var depth = 0
    var quoted = false
    var i = 0
    while i < raw.count {
      let c = raw[i]
      if quoted {
        spec.append(c)
        if c == UInt8(ascii: "\\"), i + 1 < raw.count {
          spec.append(raw[i + 1])
          i += 1
        } else if c == UInt8(ascii: "\"") {
          quoted = false
        }
      } else if c == UInt8(ascii: "(") {
        depth += 1
      } else if c == UInt8(ascii: ")") && depth > 0 {
        depth -= 1
      } else if depth == 0 {
        if c == UInt8(ascii: "\"") { quoted = true }
        if !FieldScanner.isSpace(c) { spec.append(c) }
      }
      i += 1
    }
    var s = spec[...]
    while let f = s.first, FieldScanner.isSpace(f) { s = s.dropFirst() }
    while let l = s.last, FieldScanner.isSpace(l) { s = s.dropLast() }
    if s.isEmpty { return nil }
    return String(decoding: s, as: UTF8.self)
  }
}
