import MailCore

/// Finds domains built to look like another: character swaps, homoglyphs (l/I/1, rn/m, 0/o,
/// vv/w), IDN confusables, TLD swaps, added or dropped hyphens and words.
///
/// Targets are prepared once (``Target``), so checking a sender against a thousand
/// well-known domains costs a few microseconds.
public enum Lookalike {
  /// A domain prepared for comparison.
  public struct Target: Sendable, Hashable {
    public var domain: String
    /// `domain` with a leading dot, to tell its subdomains quickly.
    var dotted: String
    var label: String
    /// The label's scalars, for the edit distance.
    var scalars: [UInt32]
    var suffix: String
    var skeleton: String
    var stripped: String
    var isIDN: Bool

    public init(_ domain: String) {
      let d = domain.lowercased()
      self.domain = d
      dotted = "." + d
      let (l, s) = Lookalike.split(Punycode.decodeDomain(d))
      label = l
      scalars = l.unicodeScalars.map(\.value)
      suffix = s
      skeleton = Lookalike.skeleton(l)
      stripped = l.filter { $0 != "-" }
      isIDN = d.hasPrefix("xn--") || d.utf8.count != Lookalike.plainLength(d)
    }
  }

  /// Targets filed by label, skeleton, hyphen-free label and length, so that a candidate is
  /// compared only with the targets it could resemble without `broad` (equal label, skeleton
  /// or hyphen-free form, or a length within the edit-distance limit), in list order.
  struct Index: Sendable {
    private var byKey: [String: [Int]] = [:]
    private var byLength: [Int: [Int]] = [:]

    init(_ targets: [Target]) {
      for (i, t) in targets.enumerated() {
        for key in Set(["l:" + t.label, "s:" + t.skeleton, "h:" + t.stripped]) { byKey[key, default: []].append(i) }
        byLength[t.scalars.count, default: []].append(i)
      }
    }

    /// Indexes of the targets worth comparing with `c`, ascending.
    func candidates(for c: Target) -> [Int] {
      var found = Set<Int>()
      for key in ["l:" + c.label, "s:" + c.skeleton, "h:" + c.stripped] { found.formUnion(byKey[key] ?? []) }
      for length in (c.scalars.count - 2)...(c.scalars.count + 2) { found.formUnion(byLength[length] ?? []) }
      return found.sorted()
    }
  }

  /// Why `candidate` looks like `target`, or nil. With `broad` (the organisation's own
  /// domains) added words and suffix swaps count too; for the thousand well-known domains they
  /// would flag every shop with "office" or "cloud" in its name.
  public static func resemblance(of candidate: String, to target: String, broad: Bool = true) -> String? {
    resemblance(of: Target(candidate), to: Target(target), broad: broad)
  }

  static func resemblance(of c: Target, to t: Target, broad: Bool) -> String? {
    guard c.scalars.count >= 3, t.scalars.count >= 4, c.domain != t.domain else { return nil }
    guard !c.domain.utf8.reversed().starts(with: t.dotted.utf8.reversed()) else { return nil }
    let cLabel = c.label
    let tLabel = t.label
    if c.isIDN, c.skeleton == t.skeleton {
      return "IDN homoglyphs of \(t.domain) (\(c.domain) reads \(Punycode.decodeDomain(c.domain)))"
    }
    if cLabel == tLabel && c.suffix != t.suffix && (broad || t.scalars.count >= 5) {
      return "same name as \(t.domain) under another suffix (.\(c.suffix))"
    }
    if c.skeleton == t.skeleton && cLabel != tLabel { return "homoglyphs of \(t.domain)" }
    if c.stripped == t.stripped, cLabel != tLabel { return "\(t.domain) with hyphens added or dropped" }
    // "example-co" for "example.co.jp": the suffix folded into the name, or a word added.
    if broad, c.stripped.hasPrefix(t.stripped) || c.stripped.hasSuffix(t.stripped) {
      let extra = c.stripped.count - t.stripped.count
      if extra > 0 && extra <= 8 { return "\(t.domain) with a word added (\(c.domain))" }
    }
    if c.suffix == t.suffix || t.scalars.count >= 6 {
      let limit = t.scalars.count >= 8 ? 2 : 1
      if abs(c.scalars.count - t.scalars.count) <= limit, editDistance(c.scalars, t.scalars, limit: limit) <= limit {
        return "one or two characters away from \(t.domain)"
      }
    }
    return nil
  }

  /// The length of `d` with every `.xn--` label marker removed (differs when one is present).
  static func plainLength(_ d: String) -> Int {
    var count = 0
    let bytes = Array(d.utf8)
    var i = 0
    while i < bytes.count {
      if i + 4 < bytes.count, bytes[i] == 0x2E, bytes[i + 1] == 0x78, bytes[i + 2] == 0x6E, bytes[i + 3] == 0x2D,
        bytes[i + 4] == 0x2D
      {
        i += 5
        continue
      }
      count += 1
      i += 1
    }
    return count
  }

  /// The registrable name and its suffix: `example.co.jp` → (`example`, `co.jp`).
  static func split(_ domain: String) -> (String, String) {
    guard let registrable = DomainName.registrable(domain) else { return (domain, "") }
    guard let dot = registrable.firstIndex(of: ".") else { return (registrable, "") }
    return (String(registrable[..<dot]), String(registrable[registrable.index(after: dot)...]))
  }

  private static let singles: [Character: Character] = [
    "1": "l", "i": "l", "|": "l", "0": "o", "5": "s", "3": "e", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
    "х": "x", "у": "y", "і": "l", "ј": "j", "ԁ": "d", "ɡ": "g", "ο": "o", "α": "a", "ν": "v", "ѕ": "s", "һ": "h",
    "ӏ": "l",
  ]
  private static let pairs: [String: Character] = ["rn": "m", "vv": "w", "cl": "d"]

  /// Folds characters that look alike into one form.
  static func skeleton(_ s: String) -> String {
    let chars = Array(s.lowercased())
    var out = ""
    out.reserveCapacity(chars.count)
    var i = 0
    while i < chars.count {
      if i + 1 < chars.count, let m = pairs[String([chars[i], chars[i + 1]])] {
        out.append(m)
        i += 2
        continue
      }
      out.append(singles[chars[i]] ?? chars[i])
      i += 1
    }
    return out
  }

  /// Levenshtein distance, stopping early above `limit`.
  static func editDistance<T: Equatable>(_ x: [T], _ y: [T], limit: Int) -> Int {
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows in
      var previous = rows.baseAddress!
      var current = previous + (y.count + 1)
      for j in 0...y.count { previous[j] = j }
      for i in 1...x.count {
        current[0] = i
        var best = i
        for j in 1...y.count {
          current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
          best = min(best, current[j])
        }
        if best > limit { return limit + 1 }
        swap(&previous, &current)
      }
      return previous[y.count]
    }
  }
}
