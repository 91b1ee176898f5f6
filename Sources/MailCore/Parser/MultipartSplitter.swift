/// Finds the body parts of a multipart entity (RFC 2046 section 5.1).
///
/// A delimiter is `--boundary` at the start of a line followed only by optional `--` and
/// whitespace, so boundaries that prefix each other (`b1` and `b1_inner`) are told apart. The
/// line break before a delimiter belongs to the delimiter. A missing close delimiter ends the
/// last part at the end of the entity. When no line is a strict delimiter, a lenient retry
/// accepts `--boundary` followed by anything, as some senders write it.
struct MultipartSplitter {
  struct Result {
    var parts: [Range<Int>]
    var preamble: Range<Int>?
    var epilogue: Range<Int>?
    var closed: Bool
    var truncated: Bool
    var scanned: Int
  }

  static func split(
    _ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, boundary: [UInt8], maxParts: Int, lenient: Bool = false
  ) -> Result {
    var delimiter: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "-")]
    delimiter.append(contentsOf: boundary)
    var result = Result(parts: [], preamble: nil, epilogue: nil, closed: false, truncated: false, scanned: 0)
    var searchFrom = range.lowerBound
    var partStart: Int? = nil
    let end = range.upperBound
    delimiter.withUnsafeBufferPointer { needle in
      while searchFrom < end {
        guard let q = ByteSearch.lineStart(with: needle, in: buffer, range: range, from: searchFrom) else { break }
        searchFrom = q + 1
        var after = q + needle.count
        var isClose = false
        if after + 1 < end, buffer[after] == UInt8(ascii: "-"), buffer[after + 1] == UInt8(ascii: "-") {
          isClose = true
          after += 2
        }
        // Only whitespace may follow on the line.
        var k = after
        var clean = true
        while k < end, buffer[k] != 0x0A {
          let c = buffer[k]
          if c != 0x20 && c != 0x09 && c != 0x0D {
            clean = false
            break
          }
          k += 1
        }
        // Leniently (a retry when no strict delimiter exists), `--boundary` followed by anything counts.
        guard clean || lenient else { continue }
        while k < end, buffer[k] != 0x0A { k += 1 }
        let lineEnd = k < end ? k + 1 : end
        // The line break before the delimiter belongs to it.
        var contentEnd = q
        if contentEnd > range.lowerBound, buffer[contentEnd - 1] == 0x0A { contentEnd -= 1 }
        if contentEnd > range.lowerBound, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        if let start = partStart {
          result.parts.append(start..<max(start, contentEnd))
        } else if contentEnd > range.lowerBound || q > range.lowerBound {
          result.preamble = range.lowerBound..<contentEnd
        }
        if isClose {
          result.closed = true
          if lineEnd < end { result.epilogue = lineEnd..<end }
          partStart = nil
          searchFrom = end
          result.scanned = end - range.lowerBound
          return
        }
        if result.parts.count >= maxParts {
          // Another part starts here, beyond the bound: stop without reading it.
          result.truncated = true
          result.scanned = lineEnd - range.lowerBound
          partStart = nil
          return
        }
        partStart = lineEnd
        searchFrom = lineEnd
      }
      if let start = partStart {
        result.parts.append(start..<end)
      }
      result.scanned = end - range.lowerBound
    }
    return result
  }
}
