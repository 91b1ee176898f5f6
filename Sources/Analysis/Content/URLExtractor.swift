/// Finds web links in text and HTML links, as written; never opens them.
public enum URLExtractor {
  /// `http(s)://` and `www.` links in plain text, in order, without duplicates.
  public static func urls(inText text: String, limit: Int = 1_000) -> [String] {
    var found: [String] = []
    var seen: Set<String> = []
    // Every URL character is ASCII, so the UTF-8 bytes are scanned directly: a multi-byte
    // character never starts or continues a URL.
    var text = text
    text.makeContiguousUTF8()
    text.utf8.withContiguousStorageIfAvailable { chars in
      var i = 0
      while i < chars.count, found.count < limit {
        let c = chars[i] | 0x20
        guard c == UInt8(ascii: "h") || c == UInt8(ascii: "w") else {
          i += 1
          continue
        }
        let rest = chars.count - i
        var start: Int? = nil
        if rest >= 7, matches(chars, i, "http://") || (rest >= 8 && matches(chars, i, "https://")) {
          start = i
        } else if rest >= 4, matches(chars, i, "www."), i == 0 || !isURLChar(chars[i - 1]) {
          start = i
        }
        guard let s = start else {
          i += 1
          continue
        }
        var end = s
        while end < chars.count, isURLChar(chars[end]) { end += 1 }
        // Trailing punctuation belongs to the sentence.
        while end > s, trailing.contains(chars[end - 1]) { end -= 1 }
        if end - s > 10 {
          let url = String(decoding: UnsafeBufferPointer(rebasing: chars[s..<end]), as: UTF8.self)
          if seen.insert(url).inserted { found.append(url) }
        }
        i = max(end, i + 1)
      }
    }
    return found
  }

  /// HTML `href`/`src` values that are web links.
  public static func webLinks(_ links: [String]) -> [String] {
    links.filter {
      let l = $0.lowercased()
      return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("//")
    }
  }

  private static let trailing = Set(".,;:!?)]}'\"".utf8)
  private static let excluded = Set("<>\"'`{}|\\^".utf8)

  private static func matches(_ chars: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
    var k = i
    for w in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
      guard k < chars.count else { return false }
      var c = chars[k]
      if c >= 0x41 && c <= 0x5A { c += 0x20 }
      if c != w { return false }
      k += 1
    }
    return true
  }

  private static func isURLChar(_ c: UInt8) -> Bool {
    c > 0x20 && c < 0x7F && !excluded.contains(c)
  }
}
