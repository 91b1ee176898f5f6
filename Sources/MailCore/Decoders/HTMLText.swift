/// Reduces HTML to the plain text a reader would see, and lists its links, for analysis.
///
/// Not a renderer: tags are dropped, `<script>`, `<style>`, `<head>` and comments are
/// skipped with their content, block elements become line breaks, entities are decoded. Links
/// are collected as written and never fetched. Linear in the input.
public enum HTMLText {
  /// The text and links of an HTML document.
  public struct Result: Sendable {
    public var text: String
    public var links: [String]
  }

  private static let blockTags: Set<String> = [
    "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
    "hr", "pre", "section", "article", "header", "footer", "dt", "dd", "title", "center", "form",
  ]
  private static let linkAttribute: [String: String] = [
    "a": "href", "area": "href", "link": "href", "base": "href", "img": "src", "iframe": "src", "frame": "src",
    "form": "action", "embed": "src", "object": "data",
  ]
  private static let skipTags: Set<String> = ["script", "style", "head", "title", "noscript", "template", "svg"]

  /// Reduces `html` to text and links.
  public static func reduce(_ html: String, maxLinks: Int = 10_000) -> Result {
    var out: [UInt8] = []
    var links: [String] = []
    let bytes = Array(html.utf8)
    out.reserveCapacity(bytes.count / 2)
    var i = 0
    let n = bytes.count
    var pendingSpace = false
    func emitNewline() {
      while let l = out.last, l == 0x20 { out.removeLast() }
      let trailing = out.reversed().prefix { $0 == 0x0A }.count
      if !out.isEmpty && trailing < 2 { out.append(0x0A) }
      pendingSpace = false
    }
    while i < n {
      let c = bytes[i]
      if c == UInt8(ascii: "<") {
        // Comment
        if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
          i = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
          continue
        }
        guard let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { break }
        let tag = bytes[(i + 1)..<close]
        var name = tagName(tag)
        let closing = name.hasPrefix("/")
        if closing { name.removeFirst() }
        i = close + 1
        if !closing && skipTags.contains(name) {
          // Skip to the matching end tag.
          let end = "</" + name
          if let pos = findCaseInsensitive(bytes, end, from: i) {
            i = bytes[pos...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
          } else {
            i = n
          }
          continue
        }
        if !closing, links.count < maxLinks, let attr = linkAttribute[name], let value = attributeValue(tag, attr) {
          links.append(value)
        }
        if blockTags.contains(name) {
          emitNewline()
        } else if name == "td" || name == "th" {
          pendingSpace = true
        }
        continue
      }
      if c == UInt8(ascii: "&") {
        if let (decoded, length) = decodeEntity(bytes, at: i) {
          if pendingSpace && !out.isEmpty {
            out.append(0x20)
            pendingSpace = false
          }
          out.append(contentsOf: decoded)
          i += length
          continue
        }
      }
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        pendingSpace = true
        i += 1
        continue
      }
      if pendingSpace, let last = out.last, last != 0x0A {
        out.append(0x20)
      }
      pendingSpace = false
      out.append(c)
      i += 1
    }
    // Non-breaking spaces read as spaces for analysis.
    var text = String(decoding: out, as: UTF8.self).replacingNBSP()
    while text.hasSuffix("\n") { text.removeLast() }
    return Result(text: text, links: links)
  }

  private static func tagName(_ tag: ArraySlice<UInt8>) -> String {
    var name: [UInt8] = []
    for c in tag {
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ">") { break }
      if c == UInt8(ascii: "/") && !name.isEmpty { break }
      name.append(c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0))
      if name.count > 16 { break }
    }
    return String(decoding: name, as: UTF8.self)
  }

  private static func attributeValue(_ tag: ArraySlice<UInt8>, _ name: String) -> String? {
    let lower = tag.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let key = Array(name.utf8)
    var i = 0
    while i + key.count < lower.count {
      if (i == 0 || lower[i - 1] == 0x20 || lower[i - 1] == 0x0A || lower[i - 1] == 0x09 || lower[i - 1] == 0x0D)
        && lower[i..<(i + key.count)].elementsEqual(key)
      {
        var j = i + key.count
        while j < lower.count, lower[j] == 0x20 { j += 1 }
        guard j < lower.count, lower[j] == UInt8(ascii: "=") else {
          i += 1
          continue
        }
        j += 1
        while j < lower.count, lower[j] == 0x20 { j += 1 }
        let raw = Array(tag)
        guard j < raw.count else { return nil }
        var end = j
        if raw[j] == UInt8(ascii: "\"") || raw[j] == UInt8(ascii: "'") {
          let q = raw[j]
          j += 1
          end = j
          while end < raw.count, raw[end] != q { end += 1 }
        } else {
          while end < raw.count, raw[end] != 0x20, raw[end] != UInt8(ascii: ">") { end += 1 }
        }
        let value = String(decoding: raw[j..<end], as: UTF8.self)
        return value.isEmpty ? nil : decodeEntities(value)
      }
      i += 1
    }
    return nil
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
    "trade": "™", "euro": "€", "yen": "¥", "pound": "£", "cent": "¢", "hellip": "…", "mdash": "—", "ndash": "–",
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·", "laquo": "«",
    "raquo": "»", "times": "×", "divide": "÷", "deg": "°", "para": "¶", "sect": "§", "zwnj": "\u{200C}",
    "zwj": "\u{200D}", "shy": "\u{AD}", "ensp": " ", "emsp": " ", "thinsp": " ",
  ]

  /// Decodes one entity at `i`; returns its UTF-8 bytes and the length consumed.
  static func decodeEntity(_ bytes: [UInt8], at i: Int) -> ([UInt8], Int)? {
    var j = i + 1
    let limit = min(bytes.count, i + 12)
    while j < limit, bytes[j] != UInt8(ascii: ";") { j += 1 }
    guard j < limit else { return nil }
    let body = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits)
      }
      guard let value, let scalar = Unicode.Scalar(value) else { return ([0xEF, 0xBF, 0xBD], j - i + 1) }
      return (Array(String(Character(scalar)).utf8), j - i + 1)
    }
    guard let text = named[body.lowercased()] else { return nil }
    return (Array(text.utf8), j - i + 1)
  }

  /// Decodes the entities in an attribute value.
  static func decodeEntities(_ s: String) -> String {
    guard s.contains("&") else { return s }
    let bytes = Array(s.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "&"), let (d, len) = decodeEntity(bytes, at: i) {
        out.append(contentsOf: d)
        i += len
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func find(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
    let key = Array(needle.utf8)
    var i = from
    while i + key.count <= bytes.count {
      if bytes[i] == key[0] && bytes[i..<(i + key.count)].elementsEqual(key) { return i }
      i += 1
    }
    return nil
  }

  private static func findCaseInsensitive(_ bytes: [UInt8], _ needle: String, from: Int) -> Int? {
    let key = Array(needle.utf8)
    var i = from
    outer: while i + key.count <= bytes.count {
      if bytes[i] == key[0] {
        for k in 1..<key.count {
          let b = bytes[i + k]
          if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != key[k] {
            i += 1
            continue outer
          }
        }
        return i
      }
      i += 1
    }
    return nil
  }
}

extension String {
  func replacingNBSP() -> String {
    guard unicodeScalars.contains("\u{A0}") else { return self }
    var s = ""
    s.unicodeScalars.append(contentsOf: unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 })
    return s
  }
}
