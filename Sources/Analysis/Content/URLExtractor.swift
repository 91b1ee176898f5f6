/// Finds web links in text and HTML links, as written; never opens them.
public enum URLExtractor {
  /// `http(s)://` and `www.` links in plain text, in order, without duplicates.
  public static func urls(inText text: String, limit: Int = 1_000) -> [String] {
    var found: [String] = []
    var seen: Set<String> = []
    let chars = Array(text.unicodeScalars)
    var i = 0
    while i < chars.count, found.count < limit {
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
      while end > s, ".,;:!?)]}'\"".unicodeScalars.contains(chars[end - 1]) { end -= 1 }
      var url = ""
      url.unicodeScalars.append(contentsOf: chars[s..<end])
      if url.count > 10, seen.insert(url).inserted { found.append(url) }
      i = max(end, i + 1)
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

  private static func matches(_ chars: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
    var k = i
    for w in word.unicodeScalars {
      guard k < chars.count else { return false }
      var c = chars[k]
      if c.value >= 0x41 && c.value <= 0x5A { c = Unicode.Scalar(c.value + 0x20)! }
      if c != w { return false }
      k += 1
    }
    return true
  }

  private static func isURLChar(_ c: Unicode.Scalar) -> Bool {
    if c.value <= 0x20 || c.value >= 0x7F { return false }
    return !"<>\"'`{}|\\^".unicodeScalars.contains(c)
  }
}
