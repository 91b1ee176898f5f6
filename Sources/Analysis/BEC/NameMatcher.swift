import Foundation
import MailCore

/// Compares personal names the way they appear in display names: kanji with or without the
/// space, kana, romaji in either order and case, Hepburn variants, with titles around them.
public enum NameMatcher {
  /// Titles and honorifics removed before comparing.
  static let titles = [
    "代表取締役社長", "代表取締役", "取締役社長", "取締役", "社長", "会長", "副社長", "専務", "常務", "部長", "課長", "役員", "執行役員", "様", "さん",
    "ceo", "cfo", "coo", "cto", "president", "chairman", "director", "mr.", "mrs.", "ms.", "dr.", "mr", "ms",
  ]

  /// Lower case, NFKC (full-width letters and half-width kana folded), titles, spaces and
  /// punctuation removed, romaji spelled one way.
  public static func key(_ raw: String) -> String {
    // Compatibility mapping changes nothing in ASCII.
    var s = (raw.utf8.allSatisfy { $0 < 0x80 } ? raw : raw.precomposedStringWithCompatibilityMapping).lowercased()
    for t in titlesLongestFirst { s = replacing(t, with: " ", in: s) }
    s = String(
      s.unicodeScalars.filter { $0.isASCII ? ("a"..."z").contains($0) : CharacterSet.letters.contains($0) }.map(
        Character.init))
    s = hiraganaFromKatakana(s)
    return isLatin(s) ? romaji(s) : s
  }

  /// Letters only, lower case, compatibility-mapped (full-width folded): how brand names are
  /// compared, without the romaji folding names get ("Chase Bank" → "chasebank").
  public static func letters(_ raw: String) -> String {
    let s = (raw.utf8.allSatisfy { $0 < 0x80 } ? raw : raw.precomposedStringWithCompatibilityMapping).lowercased()
    return String(
      String.UnicodeScalarView(
        s.unicodeScalars.filter { $0.isASCII ? ("a"..."z").contains($0) : CharacterSet.letters.contains($0) }))
  }

  /// Hepburn and its variants to one spelling: long vowels (ō, ou, oo, oh, uu), shi/si,
  /// chi/ti, tsu/tu, fu/hu, ji/zi, sha/sya, cha/tya, ja/zya, doubled consonants kept.
  public static func romaji(_ raw: String) -> String {
    var s = (raw.utf8.allSatisfy { $0 < 0x80 } ? raw : raw.folding(options: [.diacriticInsensitive], locale: nil))
      .lowercased()
    s.removeAll { $0 == "'" || $0 == "-" || $0 == "’" }
    let rules: [(String, String)] = [
      ("sh", "sy"), ("ch", "ty"), ("ts", "t"), ("j", "zy"), ("fu", "hu"),
      ("sy i", "si"), ("syi", "si"), ("tyi", "ti"), ("zyi", "zi"),
    ]
    for (a, b) in rules { s = replacing(a, with: b, in: s) }
    // Long vowels: ou, oo, oh (before a consonant or at the end), uu, ei stays.
    var out: [Character] = []
    let chars = Array(s)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "o", i + 1 < chars.count, chars[i + 1] == "u" || chars[i + 1] == "o" {
        out.append("o")
        i += 2
        continue
      }
      if c == "o", i + 1 < chars.count, chars[i + 1] == "h", i + 2 == chars.count || !"aeiouy".contains(chars[i + 2]) {
        out.append("o")
        i += 2
        continue
      }
      if c == "u", i + 1 < chars.count, chars[i + 1] == "u" {
        out.append("u")
        i += 2
        continue
      }
      out.append(c)
      i += 1
    }
    return String(out)
  }

  private static let titlesLongestFirst = titles.sorted { $0.count > $1.count }

  /// `replacingOccurrences`, skipped (it is slow) when a byte search says there is none.
  private static func replacing(_ target: String, with replacement: String, in s: String) -> String {
    s.utf8.contains(subsequence: Array(target.utf8)) ? s.replacingOccurrences(of: target, with: replacement) : s
  }

  static func isLatin(_ s: String) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII }
  }

  static func hiraganaFromKatakana(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map { u in
          (0x30A1...0x30F6).contains(u.value) ? Unicode.Scalar(u.value - 0x60)! : u
        }))
  }

  /// The keys under which an employee's name may appear.
  public static func keys(for e: Employee) -> Set<String> {
    var keys: Set<String> = []
    if !e.familyName.isEmpty && !e.givenName.isEmpty {
      keys.insert(key(e.familyName + e.givenName))
      keys.insert(key(e.givenName + e.familyName))
    }
    if !e.familyLatin.isEmpty && !e.givenLatin.isEmpty {
      keys.insert(romaji(e.familyLatin + e.givenLatin))
      keys.insert(romaji(e.givenLatin + e.familyLatin))
    }
    keys.remove("")
    return keys
  }

  /// Whether a display name names the employee. For executives a family name with an
  /// executive title ("山田社長", "President Yamada") also counts.
  public static func matches(_ displayName: String, _ e: Employee) -> Bool {
    let k = key(displayName)
    guard !k.isEmpty else { return false }
    if keys(for: e).contains(k) { return true }
    if e.isExecutive {
      let lower = displayName.lowercased()
      let titled = ["社長", "代表", "会長", "ceo", "president", "chairman"].contains { lower.contains($0) }
      if titled && (k == key(e.familyName) || k == romaji(e.familyLatin)) && !k.isEmpty { return true }
    }
    return false
  }
}
