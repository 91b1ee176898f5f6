/// Decodes IDNA `xn--` labels (RFC 3492) so that look-alike domains can be compared in Unicode.
public enum Punycode {
  /// The domain with each `xn--` label decoded; labels that fail to decode are kept as written.
  public static func decodeDomain(_ domain: String) -> String {
    guard domain.contains("xn--") || domain.contains("XN--") else { return domain }
    return domain.split(separator: ".", omittingEmptySubsequences: false).map { label -> String in
      let lower = label.lowercased()
      guard lower.hasPrefix("xn--"), let decoded = decode(String(lower.dropFirst(4))) else { return String(label) }
      return decoded
    }.joined(separator: ".")
  }

  /// Decodes one Punycode string (without the `xn--` prefix).
  public static func decode(_ input: String) -> String? {
    let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    var n = 128, i = 0, bias = 72
    var output: [Unicode.Scalar] = []
    let scalars = Array(input.unicodeScalars)
    guard scalars.count <= 256 else { return nil }
    var start = 0
    if let delimiter = scalars.lastIndex(of: "-") {
      for s in scalars[..<delimiter] {
        guard s.isASCII else { return nil }
        output.append(s)
      }
      start = delimiter + 1
    }
    var pos = start
    var first = true
    while pos < scalars.count {
      let oldI = i
      var w = 1
      var k = base
      while true {
        guard pos < scalars.count else { return nil }
        let c = scalars[pos].value
        pos += 1
        let digit: Int
        switch c {
        case 0x30...0x39: digit = Int(c) - 22
        case 0x41...0x5A: digit = Int(c) - 0x41
        case 0x61...0x7A: digit = Int(c) - 0x61
        default: return nil
        }
        let (m, o1) = digit.multipliedReportingOverflow(by: w)
        let (sum, o2) = i.addingReportingOverflow(m)
        guard !o1, !o2 else { return nil }
        i = sum
        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
        if digit < t { break }
        let (nw, o3) = w.multipliedReportingOverflow(by: base - t)
        guard !o3 else { return nil }
        w = nw
        k += base
      }
      var delta = first ? (i - oldI) / damp : (i - oldI) / 2
      first = false
      delta += delta / (output.count + 1)
      var kk = 0
      while delta > ((base - tMin) * tMax) / 2 {
        delta /= base - tMin
        kk += base
      }
      bias = kk + (base - tMin + 1) * delta / (delta + skew)
      n += i / (output.count + 1)
      i %= output.count + 1
      guard n <= 0x10FFFF, let scalar = Unicode.Scalar(n) else { return nil }
      output.insert(scalar, at: i)
      i += 1
    }
    var s = ""
    s.unicodeScalars.append(contentsOf: output)
    return s
  }
}
