import Foundation
import Yams

#if canImport(Glibc)
  import Glibc
#endif

/// Lure cues in the text the sender wrote now (quoted history dropped), from `Data/cues.yaml`.
public struct ContentCues: Sendable {
  /// Cue name → phrases (lower case).
  public private(set) var phrases: [String: [String]]
  private var index: PhraseIndex

  public static let shipped: ContentCues = {
    do {
      let table = try YAMLDecoder().decode([String: [String]].self, from: ShippedData.text("cues.yaml"))
      return ContentCues(phrases: table.mapValues { $0.map { $0.lowercased() } })
    } catch {
      ShippedData.broken("cues.yaml", error)
    }
  }()

  public init(phrases: [String: [String]]) {
    self.phrases = phrases
    index = PhraseIndex(phrases)
  }

  /// The shipped cues with the organisation's additions.
  public func adding(_ extra: [String: [String]]) -> ContentCues {
    var table = phrases
    for (k, v) in extra { table[k, default: []] += v.map { $0.lowercased() } }
    return ContentCues(phrases: table)
  }

  /// Which cues appear in `text`, with the phrase that matched first (in the list's order).
  public func match(_ text: String) -> [String: String] {
    index.match(Self.prepared(text))
  }

  /// Which cues appear in text already ``prepared(_:)``: a second look at part of a text need
  /// not map it again.
  public func match(prepared: [UInt8]) -> [String: String] {
    index.match(prepared)
  }

  /// The text as phrases are matched against it, as UTF-8: compatibility-mapped (NFKC) where
  /// that can matter, and lower-cased. Line breaks stay where they were.
  public static func prepared(_ text: String) -> [UInt8] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // Compatibility mapping changes nothing in ASCII; lower-case the bytes directly.
      return text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    } else if mayNeedCompatibilityMapping(text.utf8) {
      return lowercasedBytes(text.precomposedStringWithCompatibilityMapping)
    } else {
      return lowercasedBytes(text)
    }
  }
}

extension ContentCues {
  /// `text.lowercased()` as UTF-8, asking Unicode's case tables only for scalars of the
  /// bicameral scripts (Latin, Greek, Cyrillic, Armenian, Georgian, full-width Latin, …); kana,
  /// kanji and hangul, which have no case, are copied as they are.
  static func lowercasedBytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let b = UInt8(v)
        out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      } else if v < 0x0590 || (0x10A0..<0x1100).contains(v) || (0x13A0..<0x1400).contains(v)
        || (0x1C80..<0x1CC0).contains(v) || (0x1E00..<0x2000).contains(v) || (0x2100..<0x2200).contains(v)
        || (0x2C00..<0x2E00).contains(v) || (0xA640..<0xA800).contains(v) || (0xFF21..<0xFF3B).contains(v)
        || v >= 0x10000
      {
        out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        out.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
    return out
  }

  /// Whether NFKC could change the text in a way that matters for phrases: full-width and
  /// half-width forms and ligatures (U+F000–U+FFFF), combining marks (U+0300–U+036F), no-break
  /// space and Latin-1 compatibility signs (U+00A0–U+00BF), special spaces, letter-like and
  /// enclosed forms (U+2000–U+24FF), CJK compatibility (U+3300–U+33FF), mathematical and enclosed
  /// alphanumerics used to dodge filters (U+1D400–U+1D7FF, U+1F100–U+1F1FF). Mapping costs as much
  /// as the rest of the analysis, so text without these (accented Latin, kana, kanji) skips it.
  static func mayNeedCompatibilityMapping(_ utf8: String.UTF8View) -> Bool {
    var previous: UInt8 = 0
    for b in utf8 {
      switch (previous, b) {
      case (_, 0xEF), (_, 0xCC), (_, 0xCD): return true
      case (0xE2, 0x80...0x93), (0xE3, 0x8C...0x8F), (0xC2, 0xA0...0xBF), (0xF0, 0x9D), (0xF0, 0x9F): return true
      default: previous = b
      }
    }
    return false
  }
}

/// Every phrase of every cue, found in one pass over the text: phrases are filed under their
/// first two bytes, so each position of the text is compared only with the phrases that could
/// start there.
///
/// The phrases of a *negatable* cue do not count where the sentence denies them: a vendor's or a
/// law firm's "we will never ask you to change bank details by email" or
/// 「振込先の変更をメールでお願いすることはございません」 is a warning, not a request.
struct PhraseIndex: Sendable {
  /// The cues whose phrases a denial in the same sentence cancels.
  static let negatable: Set<String> = ["bank-change"]
  private var cues: [(name: String, phrases: [Int])] = []
  private var denied: [Bool] = []
  private var needles: [[UInt8]] = []
  private var texts: [String] = []
  /// Needles filed by their first two bytes (big-endian), in compressed rows: the needles
  /// starting with prefix `p` are `filed[rowStart[p]..<rowStart[p + 1]]`.
  private var rowStart: [Int32] = []
  private var filed: [Int32] = []
  /// Needles of a single byte.
  private var singles: [Int] = []

  init(_ phrases: [String: [String]]) {
    var byPrefix: [UInt16: [Int]] = [:]
    for (name, list) in phrases.sorted(by: { $0.key < $1.key }) {
      var ids: [Int] = []
      for phrase in list where !phrase.isEmpty {
        let bytes = Array(phrase.utf8)
        ids.append(needles.count)
        if bytes.count == 1 {
          singles.append(needles.count)
        } else {
          byPrefix[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(needles.count)
        }
        needles.append(bytes)
        texts.append(phrase)
        denied.append(Self.negatable.contains(name))
      }
      cues.append((name, ids))
    }
    rowStart = [Int32](repeating: 0, count: 65_537)
    for prefix in 0..<65_536 {
      filed += (byPrefix[UInt16(prefix)] ?? []).map(Int32.init)
      rowStart[prefix + 1] = Int32(filed.count)
    }
  }

  func match(_ text: [UInt8]) -> [String: String] {
    var hit = [Bool](repeating: false, count: needles.count)
    text.withUnsafeBufferPointer { t in
      for id in singles where t.contains(needles[id][0]) { hit[id] = true }
      guard t.count >= 2 else { return }
      for i in 0..<(t.count - 1) {
        let prefix = Int(t[i]) << 8 | Int(t[i + 1])
        let (from, to) = (Int(rowStart[prefix]), Int(rowStart[prefix + 1]))
        guard from < to else { continue }
        for k in from..<to where !hit[Int(filed[k])] {
          let id = Int(filed[k])
          let n = needles[id]
          if n.count <= t.count - i,
            n.withUnsafeBufferPointer({ memcmp(t.baseAddress! + i, $0.baseAddress!, n.count) }) == 0,
            !denied[id] || !Self.deniedInSentence(t, from: i, to: i + n.count)
          {
            hit[id] = true
          }
        }
      }
    }
    var found: [String: String] = [:]
    for cue in cues {
      if let first = cue.phrases.first(where: { hit[$0] }) { found[cue.name] = texts[first] }
    }
    return found
  }

  /// Japanese endings that deny what comes before them in the sentence (「…することはございません」).
  static let denialsAfter: [[UInt8]] = [
    "ことはございません", "ことはありません", "ことは一切", "ことは決して", "ことはいたしません", "ことはしません",
  ].map { Array($0.utf8) }
  /// English words that deny what follows them in the sentence ("we will never ask you to…").
  static let denialsBefore: [[UInt8]] = ["never "].map { Array($0.utf8) }

  /// Whether the sentence around `t[start..<end]` denies it: a Japanese denial after it, or
  /// "never" before it, within 96 bytes and without crossing a sentence end (。 . ! ? or a line
  /// break).
  static func deniedInSentence(_ t: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    func isEnd(_ k: Int) -> Bool {
      let b = t[k]
      if b == 0x0A || b == 0x2E || b == 0x21 || b == 0x3F { return true }
      // 。 is E3 80 82.
      return b == 0xE3 && k + 2 < t.count && t[k + 1] == 0x80 && t[k + 2] == 0x82
    }
    func occurs(_ needle: [UInt8], in range: Range<Int>) -> Bool {
      guard needle.count <= range.count else { return false }
      for k in range.lowerBound...(range.upperBound - needle.count) {
        var same = true
        for (j, byte) in needle.enumerated() where t[k + j] != byte {
          same = false
          break
        }
        if same { return true }
      }
      return false
    }
    var after = end
    while after < t.count, after - end < 96, !isEnd(after) { after += 1 }
    if denialsAfter.contains(where: { occurs($0, in: end..<after) }) { return true }
    var before = start
    while before > 0, start - before < 96, !isEnd(before - 1) { before -= 1 }
    return denialsBefore.contains { occurs($0, in: before..<start) }
  }
}
