import Foundation
import MailCore

/// Finds domains built to look like another: character swaps, homoglyphs (l/I/1, rn/m, 0/o,
/// vv/w), IDN confusables, TLD swaps, added or dropped hyphens and words.
public enum Lookalike {
  /// Why `candidate` looks like `target`, or nil. With `broad` (the organisation's own
  /// domains) added words and suffix swaps count too; for the thousand well-known domains they
  /// would flag every shop with "office" or "cloud" in its name.
  public static func resemblance(of candidate: String, to target: String, broad: Bool = true) -> String? {
    let c = candidate.lowercased()
    let t = target.lowercased()
    guard c != t, !DomainName.host(c, isWithin: t) else { return nil }
    let unicode = MailCoreBridge.unicodeDomain(c)
    let (cLabel, cSuffix) = split(unicode)
    let (tLabel, tSuffix) = split(t)
    guard cLabel.count >= 3, tLabel.count >= 4 else { return nil }
    if unicode != c, skeleton(cLabel) == skeleton(tLabel) {
      return "IDN homoglyphs of \(t) (\(c) reads \(unicode))"
    }
    if cLabel == tLabel && cSuffix != tSuffix && (broad || tLabel.count >= 5) {
      return "same name as \(t) under another suffix (.\(cSuffix))"
    }
    if skeleton(cLabel) == skeleton(tLabel) && cLabel != tLabel { return "homoglyphs of \(t)" }
    let stripped = cLabel.replacingOccurrences(of: "-", with: "")
    if stripped == tLabel.replacingOccurrences(of: "-", with: ""), cLabel != tLabel {
      return "\(t) with hyphens added or dropped"
    }
    // "example-co" for "example.co.jp": the suffix folded into the name.
    if broad, stripped.hasPrefix(tLabel) || stripped.hasSuffix(tLabel) {
      let extra = stripped.count - tLabel.count
      if extra > 0 && extra <= 8 { return "\(t) with a word added (\(cLabel).\(cSuffix))" }
    }
    if cSuffix == tSuffix || tLabel.count >= 6, editDistance(cLabel, tLabel, limit: 2) <= (tLabel.count >= 8 ? 2 : 1) {
      return "one or two characters away from \(t)"
    }
    return nil
  }

  /// The registrable name and its suffix: `example.co.jp` → (`example`, `co.jp`).
  static func split(_ domain: String) -> (String, String) {
    guard let registrable = DomainName.registrable(domain) else { return (domain, "") }
    guard let dot = registrable.firstIndex(of: ".") else { return (registrable, "") }
    return (String(registrable[..<dot]), String(registrable[registrable.index(after: dot)...]))
  }

  /// Folds characters that look alike into one form.
  static func skeleton(_ s: String) -> String {
    var out = s.lowercased()
    let confusables: [(String, String)] = [
      ("rn", "m"), ("vv", "w"), ("cl", "d"), ("1", "l"), ("i", "l"), ("|", "l"), ("0", "o"), ("5", "s"), ("3", "e"),
      ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"), ("с", "c"), ("х", "x"), ("у", "y"), ("і", "l"), ("ј", "j"),
      ("ԁ", "d"), ("ɡ", "g"), ("ο", "o"), ("α", "a"), ("ν", "v"), ("ѕ", "s"), ("һ", "h"), ("ӏ", "l"),
    ]
    for (a, b) in confusables { out = out.replacingOccurrences(of: a, with: b) }
    return out
  }

  /// Levenshtein distance, stopping early above `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a)
    let y = Array(b)
    if abs(x.count - y.count) > limit { return limit + 1 }
    var previous = Array(0...y.count)
    for i in 1...max(1, x.count) where !x.isEmpty {
      var current = [i] + Array(repeating: 0, count: y.count)
      var best = current[0]
      for j in 1...max(1, y.count) where !y.isEmpty {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        best = min(best, current[j])
      }
      if best > limit { return limit + 1 }
      previous = current
    }
    return previous[y.count]
  }
}

enum MailCoreBridge {
  static func unicodeDomain(_ domain: String) -> String { Punycode.decodeDomain(domain) }
}
