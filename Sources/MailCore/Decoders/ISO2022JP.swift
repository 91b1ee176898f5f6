/// Transcodes ISO-2022-JP to CP932 (Microsoft Shift_JIS), so that the common extensions decode.
///
/// Japanese mail labelled ISO-2022-JP routinely carries characters the strict charset lacks:
/// NEC special characters (①, ㈱, row 13), NEC-selected IBM extensions, half-width katakana
/// (`ESC ( I` or SO/SI). Mapping JIS X 0208 code points arithmetically to Shift_JIS and decoding
/// as CP932 reads all of them. Text that switches to JIS X 0212 or 0213 is left to iconv.
enum ISO2022JP {
  enum Result {
    case cp932([UInt8])
    /// The text switches to character sets CP932 cannot represent; decode it with this iconv charset
    /// (ISO-2022-JP-2 for JIS X 0212, GB 2312 and KS C 5601; ISO-2022-JP-3 for JIS X 0213).
    case needsFullDecoder(String)
  }

  private enum Mode { case ascii, roman, katakana, jis0208 }

  static func toCP932(_ input: UnsafeBufferPointer<UInt8>) -> Result {
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var mode = Mode.ascii
    var shiftedOut = false
    var i = 0
    let n = input.count
    while i < n {
      let c = input[i]
      if c == 0x1B {
        // Escape sequences: ESC ( B / ( J / ( I / $ @ / $ B / $ ( D / $ ( O / $ ( Q / $ ( P.
        if i + 2 < n, input[i + 1] == UInt8(ascii: "(") {
          switch input[i + 2] {
          case UInt8(ascii: "B"): mode = .ascii
          case UInt8(ascii: "J"), UInt8(ascii: "H"): mode = .roman
          case UInt8(ascii: "I"): mode = .katakana
          default: break
          }
          i += 3
          continue
        }
        if i + 2 < n, input[i + 1] == UInt8(ascii: "$") {
          let f = input[i + 2]
          if f == UInt8(ascii: "A") { return .needsFullDecoder("ISO-2022-JP-2") }  // GB 2312
          if f == UInt8(ascii: "@") || f == UInt8(ascii: "B") {
            mode = .jis0208
            i += 3
            continue
          }
          if f == UInt8(ascii: "(") && i + 3 < n {
            if input[i + 3] == UInt8(ascii: "B") || input[i + 3] == UInt8(ascii: "@") {
              mode = .jis0208
              i += 4
              continue
            }
            let set = input[i + 3]
            let jis0213 = set == UInt8(ascii: "O") || set == UInt8(ascii: "P") || set == UInt8(ascii: "Q")
            return .needsFullDecoder(jis0213 ? "ISO-2022-JP-3" : "ISO-2022-JP-2")
          }
        }
        if i + 3 < n, input[i + 1] == UInt8(ascii: "&"), input[i + 2] == UInt8(ascii: "@") {
          i += 3  // JIS X 0208-1990 announcer; the following ESC $ B selects the set.
          continue
        }
        out.append(c)
        i += 1
        continue
      }
      if c == 0x0E {
        shiftedOut = true
        i += 1
        continue
      }
      if c == 0x0F {
        shiftedOut = false
        i += 1
        continue
      }
      if c == 0x0A || c == 0x0D {
        // Line breaks reset to ASCII in practice; many encoders rely on it.
        if mode == .jis0208 { mode = .ascii }
        out.append(c)
        i += 1
        continue
      }
      if shiftedOut || mode == .katakana {
        if c >= 0x21 && c <= 0x5F {
          out.append(c + 0x80)
        } else {
          out.append(c)
        }
        i += 1
        continue
      }
      switch mode {
      case .ascii, .katakana:
        out.append(c)
        i += 1
      case .roman:
        // JIS X 0201 Roman: yen sign and overline at 0x5C / 0x7E; CP932 single bytes read the same.
        out.append(c)
        i += 1
      case .jis0208:
        if c >= 0x21 && c <= 0x7E, i + 1 < n, input[i + 1] >= 0x21 && input[i + 1] <= 0x7E {
          let j1 = Int(c)
          let j2 = Int(input[i + 1])
          let s1 = ((j1 + 1) >> 1) + (j1 <= 0x5E ? 0x70 : 0xB0)
          let s2: Int
          if j1 & 1 == 1 {
            s2 = j2 + (j2 >= 0x60 ? 0x20 : 0x1F)
          } else {
            s2 = j2 + 0x7E
          }
          out.append(UInt8(truncatingIfNeeded: s1))
          out.append(UInt8(truncatingIfNeeded: s2))
          i += 2
        } else {
          out.append(c)
          i += 1
        }
      }
    }
    return .cp932(out)
  }
}
