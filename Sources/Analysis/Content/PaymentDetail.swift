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

  /// Every payment detail in `text`, in order, each value once. Work is linear in the text.
  public static func find(in text: String) -> [PaymentDetail] {
    let scalars = Array(text.unicodeScalars.prefix(200_000)).map(normalized)
    var found: [PaymentDetail] = []
    var seen: Set<String> = []
    func add(_ kind: Kind, _ value: String, _ range: Range<Int>) {
      guard seen.insert("\(kind.rawValue):\(value)").inserted else { return }
      let shown = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)))
      found.append(PaymentDetail(kind: kind, value: value, text: shown))
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

  // MARK: Normalisation

  static let kanjiDigits: [Unicode.Scalar: Unicode.Scalar] = [
    "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
  ]

  /// Full-width ASCII to ASCII, kanji digits to ASCII digits, the ideographic space to a space.
  static func normalized(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s.value >= 0xFF01 && s.value <= 0xFF5E { return Unicode.Scalar(s.value - 0xFEE0)! }
    if s.value == 0x3000 { return " " }
    return kanjiDigits[s] ?? s
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

  /// Whether a keyword (ASCII compared without case) occurs within `window` scalars before `index`.
  static func keyword(_ s: [Unicode.Scalar], before index: Int, _ words: [String], window: Int = 40) -> Bool {
    let start = max(0, index - window)
    let before = String(String.UnicodeScalarView(s[start..<index])).lowercased()
    return words.contains { before.contains($0) }
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
