import Analysis
import MailCore

/// What makes two messages "one lure": the sender, the Reply-To, the origin, the subject with
/// its variable parts blanked, and a SimHash of the text the sender wrote.
public struct Fingerprint: Sendable, Hashable {
  public var from: String?
  public var replyTo: [String]
  /// The public origin IP, when there is one.
  public var originIP: String?
  /// The subject lower-cased, reply and forward prefixes dropped, digits as `#`.
  public var subjectTemplate: String?
  /// SimHash (64 bits) of the current text's character 4-grams, nil for text too short to
  /// compare.
  public var simhash: UInt64?
  /// Whether the analysis found the message malicious or suspicious (any verdict but clean):
  /// then a shared origin IP alone ties two messages to one sender's machine.
  public var flagged = false

  /// The fingerprint of an analysed message; its text is the start the facts keep
  /// (``MessageFacts/threadText``), so a stored analysis gives the same fingerprint.
  public init(_ analysis: MessageAnalysis) {
    let m = analysis.facts
    from = m.from?.address?.lowercased()
    replyTo = m.envelope.replyTo.compactMap { $0.address?.lowercased() }.filter { $0 != m.from?.address?.lowercased() }
    originIP = analysis.origin.ip.flatMap { $0.isNonPublic ? nil : $0.text }
    subjectTemplate = m.subject.flatMap(Self.template)
    simhash = Self.simhash(m.threadText)
    flagged = analysis.bec.verdict.label != "clean"
  }

  public init(from: String?, replyTo: [String] = [], originIP: String? = nil, subject: String?, text: String) {
    self.from = from?.lowercased()
    self.replyTo = replyTo
    self.originIP = originIP
    subjectTemplate = subject.flatMap(Self.template)
    simhash = Self.simhash(String(text.prefix(MessageFacts.threadTextLimit)))
  }

  /// Hamming distance between two SimHashes.
  public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

  /// "Re: FW: 至急のお願い 12/3" → "至急のお願い #/#".
  public static func template(_ subject: String) -> String? {
    var s = Substring(subject.lowercased())
    var changed = true
    while changed {
      changed = false
      s = s.drop { $0 == " " || $0 == "\t" }
      for prefix in ["re:", "fw:", "fwd:", "転送:", "返信:", "tr:", "wg:", "aw:", "re：", "fw：", "[external]", "[ext]"]
      where s.hasPrefix(prefix) {
        s = s.dropFirst(prefix.count)
        changed = true
      }
    }
    var out = ""
    var lastSpace = false
    for c in s {
      if c.isNumber {
        if !out.hasSuffix("#") { out.append("#") }
        lastSpace = false
      } else if c.isWhitespace {
        if !lastSpace && !out.isEmpty { out.append(" ") }
        lastSpace = true
      } else {
        out.append(c)
        lastSpace = false
      }
    }
    let t = out.trimmingBlanks()
    return t.isEmpty ? nil : t
  }

  /// SimHash over character 4-grams of the letters (white space, digits and punctuation
  /// dropped, so names and greetings change few shingles, and Japanese needs no word breaks).
  public static func simhash(_ text: String) -> UInt64? {
    var scalars: [UInt32] = []
    scalars.reserveCapacity(4_000)
    for u in text.unicodeScalars {
      guard scalars.count < 4_000 else { break }
      if u.properties.isAlphabetic || (u.value >= 0x3040 && u.value < 0xA000) {
        scalars.append(u.value < 0x80 ? u.value | 0x20 : u.value)
      }
    }
    guard scalars.count >= 16 else { return nil }
    // Count each byte value of each hash position; the bit sums come out of the counts at the
    // end (8 additions per shingle instead of 64).
    var counts = [Int32](repeating: 0, count: 8 * 256)
    let shingles = scalars.count - 3
    for i in 0..<shingles {
      // FNV-1a over the four scalars.
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<4 {
        var v = scalars[i + k]
        for _ in 0..<4 {
          h = (h ^ UInt64(v & 0xFF)) &* 0x0000_0100_0000_01B3
          v >>= 8
        }
      }
      for byte in 0..<8 { counts[byte << 8 | Int((h >> UInt64(byte * 8)) & 0xFF)] += 1 }
    }
    var result: UInt64 = 0
    for byte in 0..<8 {
      for bit in 0..<8 {
        var ones: Int32 = 0
        for value in 0..<256 where value >> bit & 1 == 1 { ones += counts[byte << 8 | value] }
        if 2 * Int(ones) > shingles { result |= 1 << UInt64(byte * 8 + bit) }
      }
    }
    return result
  }
}
