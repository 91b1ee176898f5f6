/// Bank details found in a message's text: IBANs (checksum verified), SWIFT/BIC codes, US ABA
/// routing numbers (checksum verified), Japanese accounts (普通/当座 and a 7-digit number, in
/// ASCII, full-width or kanji digits) and other account numbers named as such.
///
/// Payment details are the heart of invoice fraud and account compromise: an account that is
/// not the one on file is the attacker's.
public struct PaymentDetail: Sendable, Hashable {
  public enum Kind: String, Sendable, Codable {
    case iban, swift, aba
    case japaneseAccount = "jp-account"
    case account
  }

  public var kind: Kind
  /// Normalised: IBAN and SWIFT upper case without spaces, numbers as ASCII digits only.
  public var value: String
  /// The text as written, for the evidence.
  public var text: String
  /// Whether the words just before it name it as the old account (`旧口座`, `変更前`, `previous
  /// account`, …) rather than the new one: an announced change quotes the account it replaces.
  public var previous = false

  /// Every payment detail in `text`, in order, each value once. Work is linear in the text.
  public static func find(in text: String) -> [PaymentDetail] {
    guard mayContainDetails(text) else { return [] }
    let scalars = Array(text.unicodeScalars.prefix(200_000)).map(normalized)
    var found: [PaymentDetail] = []
    var seen: Set<String> = []
    func add(_ kind: Kind, _ value: String, _ range: Range<Int>) {
      guard seen.insert("\(kind.rawValue):\(value)").inserted else { return }
      let shown = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)))
      found.append(
        PaymentDetail(
          kind: kind, value: value, text: shown, previous: namedAsPrevious(scalars, before: range.lowerBound)))
    }
    var i = 0
    let n = scalars.count
    while i < n {
      let s = scalars[i]
      let boundary = i == 0 || !isAlnum(scalars[i - 1])
      if boundary, isUpper(s), let (iban, end) = iban(scalars, at: i) {
        add(.iban, iban, i..<end)
        i = end
        continue
      }
      if boundary, isUpper(s), let end = swift(scalars, at: i), keyword(scalars, before: i, ["swift", "bic"]) {
        add(.swift, String(String.UnicodeScalarView(scalars[i..<end])).uppercased(), i..<end)
        i = end
        continue
      }
      if boundary, isDigit(s) {
        var end = i
        while end < n, isDigit(scalars[end]) { end += 1 }
        let digits = String(String.UnicodeScalarView(scalars[i..<end]))
        if digits.count == 9, abaValid(digits),
          keyword(scalars, before: i, ["routing", "aba", "rtn", "ach", "transit"])
        {
          add(.aba, digits, i..<end)
        } else if digits.count == 7, keyword(scalars, before: i, ["普通", "当座", "口座番号", "口座"], window: 16) {
          add(.japaneseAccount, digits, i..<end)
        } else if (6...17).contains(digits.count),
          keyword(scalars, before: i, ["account", "acct", "a/c", "口座番号", "口座"], window: 24)
        {
          add(.account, digits, i..<end)
        }
        i = end
        continue
      }
      i += 1
    }
    return found
  }

  /// One pass over the bytes: six digits in a row (ASCII) together with an account or routing
  /// keyword, six full-width digits, letters and digits shaped like an IBAN's start,
  /// "SWIFT"/"BIC", or 口座/普通/当座 (Japanese accounts).
  /// Most messages have none and are not read further.
  static func mayContainDetails(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b -> Bool in
      var run = 0
      var wide = 0
      // Where the last "account", "routing", … ended: `find` wants one just before the digits.
      var keywordEnd = -1_000
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c >= 0x30 && c <= 0x39 {
          run += 1
          // Six digits with a keyword in the 160 bytes before them (`find` looks 40 scalars back).
          if run == 6, i - 5 - keywordEnd <= 160 { return true }
          // An IBAN: two capitals, two check digits, then at least 11 more letters or digits
          // (single spaces between groups allowed): "GB82 WEST 1234 …".
          if run == 2, i >= 3, b[i - 2] >= 0x41, b[i - 2] <= 0x5A, b[i - 3] >= 0x41, b[i - 3] <= 0x5A,
            (i == 3 || !(b[i - 4] >= 0x41 && b[i - 4] <= 0x5A) && !(b[i - 4] >= 0x30 && b[i - 4] <= 0x39))
          {
            var j = i + 1
            var more = 0
            while j < n, more < 11 {
              let d = b[j]
              if (d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5A) {
                more += 1
              } else if d != 0x20 || j + 1 >= n || b[j + 1] == 0x20 {
                break
              }
              j += 1
            }
            if more >= 11 { return true }
          }
          i += 1
          continue
        }
        run = 0
        // The keywords account numbers and routing numbers stand beside (ASCII, any case).
        if c | 0x20 == UInt8(ascii: "a") || c | 0x20 == UInt8(ascii: "r") || c | 0x20 == UInt8(ascii: "t") {
          for word in Self.numberKeywords where i + word.count <= n {
            var k = 0
            while k < word.count, b[i + k] | 0x20 == word[k] { k += 1 }
            if k == word.count {
              keywordEnd = i + word.count
              break
            }
          }
        }
        if c == 0xEF, i + 2 < n, b[i + 1] == 0xBC, b[i + 2] >= 0x90, b[i + 2] <= 0x99 {
          wide += 1
          if wide >= 6 { return true }
          i += 3
          continue
        }
        wide = 0
        if c == UInt8(ascii: "S"), i + 4 < n, b[i + 1] == UInt8(ascii: "W"), b[i + 2] == UInt8(ascii: "I"),
          b[i + 3] == UInt8(ascii: "F"), b[i + 4] == UInt8(ascii: "T")
        {
          return true
        }
        if c == UInt8(ascii: "B"), i + 2 < n, b[i + 1] == UInt8(ascii: "I"), b[i + 2] == UInt8(ascii: "C") {
          return true
        }
        // 口座 E5 8F A3 / 普通 E6 99 AE / 当座 E5 BD 93
        if c == 0xE5 || c == 0xE6, i + 2 < n {
          let (b1, b2) = (b[i + 1], b[i + 2])
          if (c == 0xE5 && b1 == 0x8F && b2 == 0xA3) || (c == 0xE6 && b1 == 0x99 && b2 == 0xAE)
            || (c == 0xE5 && b1 == 0xBD && b2 == 0x93)
          {
            return true
          }
        }
        i += 1
      }
      return false
    }
  }

  /// Lower-case keywords that introduce an account or routing number ("a/c" folds to "a/c").
  static let numberKeywords: [[UInt8]] = ["account", "acct", "a/c", "aba", "ach", "routing", "rtn", "transit"].map {
    Array($0.utf8)
  }

  // MARK: Normalisation

  /// Full-width ASCII to ASCII, kanji digits (〇一二三四五六七八九) to ASCII digits, the
  /// ideographic space to a space.
  @inline(__always) static func normalized(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x3000 { return s }
    switch v {
    case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)!
    case 0x3000: return " "
    case 0x3007: return "0"
    case 0x4E00: return "1"
    case 0x4E8C: return "2"
    case 0x4E09: return "3"
    case 0x56DB: return "4"
    case 0x4E94: return "5"
    case 0x516D: return "6"
    case 0x4E03: return "7"
    case 0x516B: return "8"
    case 0x4E5D: return "9"
    default: return s
    }
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
  static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
  static func isAlnum(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isUpper(s) || (s.value >= 0x61 && s.value <= 0x7A) }

  /// Digits only (for comparing account numbers on file).
  public static func digits(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map(normalized).filter(isDigit)))
  }

  /// An IBAN without spaces, upper case.
  public static func normalizedIBAN(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map(normalized).filter(isAlnum))).uppercased()
  }

  /// Whether a keyword (ASCII letters compared without case) occurs within `window` scalars
  /// before `index`. Compared scalar by scalar: no string is built.
  /// Words that name the account being replaced, and the one replacing it.
  static let oldMarkers = ["旧", "変更前", "これまでの", "従来の", "previous", "old", "former"]
  static let newMarkers = ["新", "変更後", "今後", "new", "from now on", "instead"]

  /// Whether the nearest marker before `index` on the same line (at most 48 scalars back) names
  /// an old account: `旧口座：… 普通 7777777`, `Previous account: 12345678`. A sentence about
  /// the old account followed by a new one on another line does not mark the new one.
  static func namedAsPrevious(_ s: [Unicode.Scalar], before index: Int) -> Bool {
    var start = index
    while start > 0, index - start < 48, s[start - 1] != "\n" { start -= 1 }
    let old = lastMarker(s, from: start, before: index, oldMarkers)
    return old >= 0 && old > lastMarker(s, from: start, before: index, newMarkers)
  }

  /// Where the last of `words` starts between `start` and `index` (ASCII compared without
  /// case), or -1.
  static func lastMarker(_ s: [Unicode.Scalar], from start: Int, before index: Int, _ words: [String]) -> Int {
    var last = -1
    for word in words {
      let w = Array(word.unicodeScalars)
      var i = index - w.count
      while i >= start, i > last {
        var k = 0
        while k < w.count {
          var c = s[i + k].value
          if c >= 0x41 && c <= 0x5A { c |= 0x20 }
          guard c == w[k].value else { break }
          k += 1
        }
        // An English word must start a word: "old" is not the end of "hold".
        if k == w.count, !w[0].isASCII || i == 0 || !s[i - 1].properties.isAlphabetic {
          last = i
          break
        }
        i -= 1
      }
    }
    return last
  }

  static func keyword(_ s: [Unicode.Scalar], before index: Int, _ words: [String], window: Int = 40) -> Bool {
    let start = max(0, index - window)
    for word in words {
      let w = Array(word.unicodeScalars)
      guard w.count <= index - start else { continue }
      var i = start
      while i + w.count <= index {
        var k = 0
        while k < w.count {
          var c = s[i + k].value
          if c >= 0x41 && c <= 0x5A { c |= 0x20 }
          guard c == w[k].value else { break }
          k += 1
        }
        if k == w.count { return true }
        i += 1
      }
    }
    return false
  }

  // MARK: IBAN (ISO 13616: country, check digits, up to 30 alphanumerics; mod 97 = 1)

  static func iban(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    guard start + 4 <= s.count, isUpper(s[start]), isUpper(s[start + 1]), isDigit(s[start + 2]), isDigit(s[start + 3])
    else { return nil }
    // Characters and where each ends, allowing single spaces between groups.
    var chars: [Unicode.Scalar] = []
    var ends: [Int] = []
    var i = start
    while i < s.count, chars.count < 34 {
      if isDigit(s[i]) || isUpper(s[i]) {
        chars.append(s[i])
        ends.append(i + 1)
        i += 1
      } else if s[i] == " ", i + 1 < s.count, isDigit(s[i + 1]) || isUpper(s[i + 1]), !chars.isEmpty {
        i += 1
      } else {
        break
      }
    }
    var length = chars.count
    while length >= 15 {
      let candidate = String(String.UnicodeScalarView(chars[0..<length]))
      if ibanValid(candidate) { return (candidate, ends[length - 1]) }
      length -= 1
    }
    return nil
  }

  /// The ISO 7064 mod 97-10 check of an IBAN.
  public static func ibanValid(_ iban: String) -> Bool {
    let chars = Array(iban.unicodeScalars)
    guard chars.count >= 15, chars.count <= 34 else { return false }
    var remainder = 0
    for s in chars[4...] + chars[..<4] {
      if isDigit(s) {
        remainder = (remainder * 10 + Int(s.value - 0x30)) % 97
      } else if isUpper(s) {
        remainder = (remainder * 100 + Int(s.value - 0x41 + 10)) % 97
      } else {
        return false
      }
    }
    return remainder == 1
  }

  // MARK: SWIFT/BIC (ISO 9362: 4 letters bank, 2 letters country, 2 location, optional 3 branch)

  static func swift(_ s: [Unicode.Scalar], at start: Int) -> Int? {
    guard start + 8 <= s.count, (0..<6).allSatisfy({ isUpper(s[start + $0]) }),
      (6..<8).allSatisfy({ isUpper(s[start + $0]) || isDigit(s[start + $0]) })
    else { return nil }
    var end = start + 8
    if end + 3 <= s.count, (0..<3).allSatisfy({ isUpper(s[end + $0]) || isDigit(s[end + $0]) }) { end += 3 }
    guard end == s.count || !isAlnum(s[end]) else { return nil }
    return end
  }

  // MARK: ABA routing number (3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10)

  public static func abaValid(_ digits: String) -> Bool {
    let d = digits.unicodeScalars.map { Int($0.value) - 0x30 }
    guard d.count == 9, d.allSatisfy({ (0...9).contains($0) }), d.contains(where: { $0 != 0 }) else { return false }
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0
  }
}
