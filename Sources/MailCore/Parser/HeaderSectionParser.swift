/// Splits a header section into fields: unfolding, order and exact byte ranges kept.
///
/// Ends at the first empty line. A line that cannot be a header (no colon, or a name with
/// spaces) also ends it, with `missingHeaderBodySeparator` recorded, so a message without the
/// blank line still has a body. Counts, field sizes, section size and line lengths are bounded.
struct HeaderSectionParser {
  struct Result {
    var fields: [HeaderField]
    /// Index of the first body byte.
    var bodyStart: Int
  }

  let limits: ParseLimits
  let converter: CharsetConverter

  func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, allowFromLine: Bool, defects: inout DefectLog
  ) -> Result {
    var fields: [HeaderField] = []
    var pos = range.lowerBound
    let end = range.upperBound
    var bodyStart = end
    // The field being read: start, name end, value start, content end of its last line, end.
    var current: (start: Int, nameEnd: Int, valueStart: Int, contentEnd: Int, end: Int)? = nil
    var firstLine = true
    var stoppedStoring = false

    func finish(_ defects: inout DefectLog) {
      guard let f = current else { return }
      current = nil
      if fields.count >= limits.maxHeaderCount {
        if !stoppedStoring {
          defects.record(.headerCountLimit, offset: f.start, detail: "more than \(limits.maxHeaderCount) fields")
          stoppedStoring = true
        }
        return
      }
      var valueEnd = max(f.valueStart, f.contentEnd)
      if valueEnd - f.start > limits.maxHeaderFieldBytes {
        defects.record(
          .headerSizeLimit, offset: f.start, detail: "field longer than \(limits.maxHeaderFieldBytes) bytes")
        valueEnd = min(valueEnd, f.start + limits.maxHeaderFieldBytes)
      }
      let nameBytes = UnsafeBufferPointer(rebasing: buffer[f.start..<f.nameEnd])
      var name = String(decoding: nameBytes, as: UTF8.self)
      var valid = true
      for c in nameBytes where c <= 0x20 || c >= 0x7F {
        valid = false
        break
      }
      if !valid {
        defects.record(.invalidHeaderName, offset: f.start, detail: "bytes outside printable ASCII in a field name")
        name = String(
          String.UnicodeScalarView(name.unicodeScalars.map { $0.value < 0x21 || $0.value == 0x7F ? "\u{FFFD}" : $0 }))
      }
      let valueBytes = UnsafeBufferPointer(rebasing: buffer[f.valueStart..<valueEnd])
      let value = EncodedWords.decode(
        valueBytes, converter: converter, maxWords: limits.maxEncodedWordsPerField, defects: &defects)
      fields.append(
        HeaderField(
          name: name, key: Self.lowercased(nameBytes), value: value, range: f.start..<f.end,
          valueRange: f.valueStart..<valueEnd))
    }

    while pos < end {
      if pos - range.lowerBound > limits.maxHeaderSectionBytes {
        defects.record(
          .headerSizeLimit, offset: pos, detail: "header section larger than \(limits.maxHeaderSectionBytes) bytes")
        finish(&defects)
        bodyStart = pos
        break
      }
      let newline = ByteSearch.first(0x0A, in: buffer, range: pos..<end)
      let next = newline.map { $0 + 1 } ?? end
      var contentEnd = newline ?? end
      if contentEnd > pos && buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      if contentEnd - pos > limits.maxLineLength {
        defects.record(.lineTooLong, offset: pos, detail: "header line longer than \(limits.maxLineLength) bytes")
      }
      defer { firstLine = false }
      if contentEnd == pos {
        finish(&defects)
        bodyStart = next
        return Result(fields: fields, bodyStart: bodyStart)
      }
      let first = buffer[pos]
      if first == 0x20 || first == 0x09 {
        if current != nil {
          current!.contentEnd = contentEnd
          current!.end = next
        } else {
          defects.record(.malformedHeaderLine, offset: pos, detail: "continuation line with no field")
        }
        pos = next
        continue
      }
      if firstLine && allowFromLine && contentEnd - pos >= 5 && buffer[pos] == UInt8(ascii: "F")
        && buffer[pos + 1] == UInt8(ascii: "r") && buffer[pos + 2] == UInt8(ascii: "o")
        && buffer[pos + 3] == UInt8(ascii: "m") && buffer[pos + 4] == 0x20
      {
        defects.record(.mboxFromLine, offset: pos, detail: "message starts with an mbox From_ line")
        pos = next
        continue
      }
      let colon = ByteSearch.first(UInt8(ascii: ":"), in: buffer, range: pos..<contentEnd)
      var nameEnd = colon ?? pos
      while nameEnd > pos, buffer[nameEnd - 1] == 0x20 || buffer[nameEnd - 1] == 0x09 { nameEnd -= 1 }
      var hasSpace = false
      if let _ = colon {
        var k = pos
        while k < nameEnd {
          if buffer[k] == 0x20 || buffer[k] == 0x09 {
            hasSpace = true
            break
          }
          k += 1
        }
      }
      if hasSpace, let c = colon, Self.looksLikeBrokenName(buffer, pos..<nameEnd),
        Self.nextLineContinuesHeader(buffer, from: next, end: end)
      {
        // "X-Spam Score: 5" among real fields: a broken name, not the start of the body.
        finish(&defects)
        defects.record(.invalidHeaderName, offset: pos, detail: "whitespace in a field name")
        current = (pos, nameEnd, c + 1, contentEnd, next)
        pos = next
        continue
      }
      if colon == nil || nameEnd == pos || hasSpace {
        // Not a header line: the body starts here.
        finish(&defects)
        defects.record(.missingHeaderBodySeparator, offset: pos, detail: "no empty line between header and body")
        bodyStart = pos
        return Result(fields: fields, bodyStart: bodyStart)
      }
      finish(&defects)
      current = (pos, nameEnd, colon! + 1, contentEnd, next)
      pos = next
    }
    finish(&defects)
    return Result(fields: fields, bodyStart: min(bodyStart, end))
  }

  /// A short name of letters, digits, `-`, `_` and single spaces.
  private static func looksLikeBrokenName(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 40 else { return false }
    var spaces = 0
    for i in range {
      let c = buffer[i]
      if c == 0x20 {
        spaces += 1
      } else if !(c >= 0x30 && c <= 0x39 || c | 0x20 >= 0x61 && c | 0x20 <= 0x7A || c == 0x2D || c == 0x5F) {
        return false
      }
    }
    return spaces <= 2
  }

  /// Whether the line at `start` is a continuation, an empty line or a well-formed field.
  private static func nextLineContinuesHeader(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
    guard start < end else { return true }
    let c = buffer[start]
    if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return true }
    var i = start
    while i < end && i - start < 80 {
      let b = buffer[i]
      if b == UInt8(ascii: ":") { return i > start }
      if b <= 0x20 || b >= 0x7F { return false }
      i += 1
    }
    return false
  }

  /// The lower-cased field name.
  private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      for (i, c) in bytes.enumerated() { out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
      return bytes.count
    }
  }
}
