/// A lenient quoted-printable decoder (RFC 2045 section 6.7; the `Q` form of RFC 2047).
///
/// Soft line breaks (`=` at the end of a line, even with trailing spaces) are removed; an `=`
/// not followed by two hex digits is kept literally and reported.
public enum QuotedPrintableDecoder {
  @inline(__always)
  static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x41...0x46: return c - 0x41 + 10
    case 0x61...0x66: return c - 0x61 + 10
    default: return nil
    }
  }

  /// Decodes body content, appending to `output`; returns the number of malformed escapes.
  @discardableResult
  public static func decode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: input.count))
    var written = start
    var invalid = 0
    output.withUnsafeMutableBufferPointer { out in
      var i = 0
      let n = input.count
      while i < n {
        let c = input[i]
        if c == UInt8(ascii: "=") {
          if i + 2 < n, let h = hexValue(input[i + 1]), let l = hexValue(input[i + 2]) {
            out[written] = h << 4 | l
            written += 1
            i += 3
            continue
          }
          // Soft line break: "=" then optional spaces/tabs then a line break or the end.
          var j = i + 1
          while j < n, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
          if j == n {
            i = j
            continue
          }
          if input[j] == 0x0D || input[j] == 0x0A {
            if input[j] == 0x0D { j += 1 }
            if j < n, input[j] == 0x0A { j += 1 }
            i = j
            continue
          }
          invalid += 1
          out[written] = c
          written += 1
          i += 1
        } else if c == 0x20 || c == 0x09 {
          // Trailing whitespace before a line break is transport padding (RFC 2045 rule 3).
          var j = i
          while j < n, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
          if j == n || input[j] == 0x0A || input[j] == 0x0D {
            i = j
          } else {
            while i < j {
              out[written] = input[i]
              written += 1
              i += 1
            }
          }
        } else {
          // A run of literal bytes up to the next "=" or whitespace.
          var j = i + 1
          while j < n {
            let b = input[j]
            if b == UInt8(ascii: "=") || b == 0x20 || b == 0x09 { break }
            j += 1
          }
          let count = j - i
          (out.baseAddress! + written).update(from: input.baseAddress! + i, count: count)
          written += count
          i = j
        }
      }
    }
    output.removeLast(output.count - written)
    return invalid
  }

  /// Decodes the encoded text of an RFC 2047 `Q` encoded-word (`_` is a space).
  static func decodeQWord(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
    var invalid = 0
    var i = 0
    let n = input.count
    while i < n {
      let c = input[i]
      if c == UInt8(ascii: "_") {
        output.append(0x20)
        i += 1
      } else if c == 0x20 || c == 0x09 {
        // Raw whitespace is not allowed in a Q word. Next to an "_" it is left over from folding
        // and dropped; elsewhere a sender meant a space.
        var j = i
        while j < n, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
        let besideUnderscore = (j < n && input[j] == UInt8(ascii: "_")) || (i > 0 && input[i - 1] == UInt8(ascii: "_"))
        if !besideUnderscore { output.append(0x20) }
        i = j
      } else if c == UInt8(ascii: "=") {
        if i + 2 < n, let h = hexValue(input[i + 1]), let l = hexValue(input[i + 2]) {
          output.append(h << 4 | l)
          i += 3
        } else {
          invalid += 1
          output.append(c)
          i += 1
        }
      } else {
        output.append(c)
        i += 1
      }
    }
    return invalid
  }
}
