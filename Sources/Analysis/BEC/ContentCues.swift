import Foundation
import Yams

#if canImport(Glibc)
  import Glibc
#endif

/// Lure cues in the text the sender wrote now (quoted history dropped), from `Data/cues.yaml`.
public struct ContentCues: Sendable {
  /// Cue name → phrases (lower case).
  public var phrases: [String: [String]]

  public static let shipped: ContentCues = {
    guard let url = Bundle.module.url(forResource: "Data/cues", withExtension: "yaml"),
      let text = try? String(contentsOf: url, encoding: .utf8),
      let table = try? YAMLDecoder().decode([String: [String]].self, from: text)
    else { return ContentCues(phrases: [:]) }
    return ContentCues(phrases: table.mapValues { $0.map { $0.lowercased() } })
  }()

  public init(phrases: [String: [String]]) {
    self.phrases = phrases
  }

  /// The shipped cues with the organisation's additions.
  public func adding(_ extra: [String: [String]]) -> ContentCues {
    var copy = self
    for (k, v) in extra { copy.phrases[k, default: []] += v.map { $0.lowercased() } }
    return copy
  }

  /// Which cues appear in `text`, with the phrase that matched first.
  public func match(_ text: String) -> [String: String] {
    let lower = Array(text.precomposedStringWithCompatibilityMapping.lowercased().utf8)
    var found: [String: String] = [:]
    for (cue, list) in phrases {
      if let hit = list.first(where: { Self.contains(lower, Array($0.utf8)) }) { found[cue] = hit }
    }
    return found
  }

  /// Byte search: `memchr` to the first byte, then compare. No locale machinery.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        guard let base = h.baseAddress, let nb = n.baseAddress else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
          guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
          let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
          if memcmp(base + at, nb, n.count) == 0 { return true }
          i = at + 1
        }
        return false
      }
    }
  }
}
