/// DKIM canonicalization (RFC 6376 section 3.4) of header fields and bodies.
///
/// Messages stored on disk often lost their CRLFs; lines are treated as CRLF-terminated
/// whatever their stored ending, as verifiers conventionally do.
enum DKIMCanonicalizer {
  /// One header field (name, colon, value, possibly folded), canonicalized with its CRLF.
  static func header(_ raw: ArraySlice<UInt8>, _ mode: DKIMSignature.Canonicalization) -> [UInt8] {
    switch mode {
    case .simple:
      return withCRLF(raw)
    case .relaxed:
      guard let colon = raw.firstIndex(of: UInt8(ascii: ":")) else { return withCRLF(raw) }
      var out: [UInt8] = []
      for c in raw[raw.startIndex..<colon] where c != 0x20 && c != 0x09 {
        out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
      }
      out.append(UInt8(ascii: ":"))
      // Unfold, collapse whitespace runs, drop leading and trailing whitespace of the value.
      var pendingSpace = false
      var started = false
      for c in raw[(colon + 1)...] {
        if c == 0x0D || c == 0x0A { continue }
        if c == 0x20 || c == 0x09 {
          pendingSpace = true
          continue
        }
        if pendingSpace && started { out.append(0x20) }
        pendingSpace = false
        started = true
        out.append(c)
      }
      out.append(contentsOf: [0x0D, 0x0A])
      return out
    }
  }

  /// The raw field with its line endings made CRLF (and one CRLF at the end).
  static func withCRLF(_ raw: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count + 4)
    var previous: UInt8 = 0
    for c in raw {
      if c == 0x0A && previous != 0x0D { out.append(0x0D) }
      out.append(c)
      previous = c
    }
    if !(out.count >= 2 && out[out.count - 2] == 0x0D && out[out.count - 1] == 0x0A) {
      while let l = out.last, l == 0x0D || l == 0x0A { out.removeLast() }
      out.append(contentsOf: [0x0D, 0x0A])
    }
    return out
  }

  /// The canonical body.
  static func body(_ raw: ArraySlice<UInt8>, _ mode: DKIMSignature.Canonicalization) -> [UInt8] {
    // Split into lines (CRLF, LF or a final unterminated line).
    var lines: [ArraySlice<UInt8>] = []
    var start = raw.startIndex
    var i = raw.startIndex
    while i < raw.endIndex {
      if raw[i] == 0x0A {
        var end = i
        if end > start && raw[end - 1] == 0x0D { end -= 1 }
        lines.append(raw[start..<end])
        start = i + 1
      }
      i += 1
    }
    if start < raw.endIndex { lines.append(raw[start..<raw.endIndex]) }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count + lines.count)
    var canonical: [[UInt8]] = []
    canonical.reserveCapacity(lines.count)
    for line in lines {
      switch mode {
      case .simple:
        canonical.append(Array(line))
      case .relaxed:
        var l: [UInt8] = []
        l.reserveCapacity(line.count)
        var pendingSpace = false
        for c in line {
          if c == 0x20 || c == 0x09 {
            pendingSpace = true
            continue
          }
          if pendingSpace { l.append(0x20) }
          pendingSpace = false
          l.append(c)
        }
        canonical.append(l)
      }
    }
    while let last = canonical.last, last.isEmpty { canonical.removeLast() }
    if canonical.isEmpty {
      return mode == .simple ? [0x0D, 0x0A] : []
    }
    for line in canonical {
      out.append(contentsOf: line)
      out.append(contentsOf: [0x0D, 0x0A])
    }
    return out
  }

  /// The DKIM-Signature field itself with the value of its `b=` tag removed.
  static func signatureField(_ raw: ArraySlice<UInt8>, _ mode: DKIMSignature.Canonicalization) -> [UInt8] {
    var stripped: [UInt8] = []
    stripped.reserveCapacity(raw.count)
    let bytes = Array(raw)
    var i = 0
    // Find the "b" tag: at the start of the value or after ';', possibly after whitespace.
    var atTagStart = false
    var seenColon = false
    while i < bytes.count {
      let c = bytes[i]
      stripped.append(c)
      if !seenColon {
        if c == UInt8(ascii: ":") {
          seenColon = true
          atTagStart = true
        }
        i += 1
        continue
      }
      if c == UInt8(ascii: ";") {
        atTagStart = true
      } else if atTagStart && (c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A) {
        // still at the tag start
      } else if atTagStart {
        atTagStart = false
        if c == UInt8(ascii: "b") {
          var j = i + 1
          while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D || bytes[j] == 0x0A { j += 1 }
          if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
            // Keep "b" and the whitespace and "=", drop the value up to the next ';'.
            stripped.append(contentsOf: bytes[(i + 1)...j])
            var k = j + 1
            while k < bytes.count, bytes[k] != UInt8(ascii: ";") { k += 1 }
            // Trailing line break of the field stays.
            var tail = k
            if k == bytes.count {
              tail = bytes.count
              while tail > j + 1, bytes[tail - 1] == 0x0A || bytes[tail - 1] == 0x0D { tail -= 1 }
            }
            stripped.append(contentsOf: bytes[tail..<bytes.count])
            break
          }
        }
      }
      i += 1
    }
    var canonical = header(stripped[...], mode)
    // The signature field is hashed without its final CRLF.
    if canonical.count >= 2 && canonical[canonical.count - 2] == 0x0D && canonical[canonical.count - 1] == 0x0A {
      canonical.removeLast(2)
    }
    return canonical
  }
}
