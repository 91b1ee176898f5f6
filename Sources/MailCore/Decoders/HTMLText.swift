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
    /// Each `<a href>` with the text it shows (whitespace collapsed, at most 200 bytes).
    public var anchors: [Anchor] = []
    /// The forms, with what they ask for and where they send it.
    public var forms: [Form] = []
  }

  /// A `<form>` (or inputs outside any form): the page asks the reader to type something in.
  public struct Form: Sendable, Hashable {
    /// Where the form sends its fields (`action`), as written; nil when absent.
    public var action: String?
    /// `get` or `post` (lower case), when given.
    public var method: String?
    /// The `type` of each `<input>` (lower case, `text` when absent), in order.
    public var inputTypes: [String] = []
    /// The `name` of each named `<input>`, in order.
    public var inputNames: [String] = []

    /// Whether the form asks for a password.
    public var asksForPassword: Bool { inputTypes.contains("password") }
  }

  /// A link as the reader sees it and where it really goes.
  public struct Anchor: Sendable, Hashable {
    public var text: String
    public var href: String
  }

  private static let blockTags: TagSet = [
    "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
    "hr", "pre", "section", "article", "header", "footer", "dt", "dd", "title", "center", "form",
  ]
  private static let linkAttribute: [(UInt64, String)] = [
    ("a", "href"), ("area", "href"), ("link", "href"), ("base", "href"), ("img", "src"), ("iframe", "src"),
    ("frame", "src"), ("form", "action"), ("embed", "src"), ("object", "data"),
  ].map { (TagSet.code(of: $0.0), $0.1) }
  private static let skipTags: TagSet = ["script", "style", "head", "title", "noscript", "template", "svg"]

  /// Bytes that end a run of ordinary text: markup, entities, whitespace and the lead byte of U+00A0.
  private static let special: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for c in [UInt8(ascii: "<"), UInt8(ascii: "&"), 0x20, 0x09, 0x0A, 0x0D, 0xC2] { table[Int(c)] = true }
    return table
  }()

  /// Reduces `html` to text and links.
  public static func reduce(_ html: String, maxLinks: Int = 10_000) -> Result {
    var out: [UInt8] = []
    var links: [String] = []
    var anchors: [Anchor] = []
    // The open <a>: its href and where its text starts in `out`.
    var openAnchor: (href: String, start: Int)? = nil
    var forms: [Form] = []
    var openForm: Form? = nil
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
        if i + 3 < n, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"),
          bytes[i + 3] == UInt8(ascii: "-")
        {
          i = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
          continue
        }
        guard let close = bytes.withUnsafeBufferPointer({ ByteSearch.first(UInt8(ascii: ">"), in: $0, range: i..<n) })
        else { break }
        let tag = bytes[(i + 1)..<close]
        let (name, closing) = TagSet.code(of: tag)
        i = close + 1
        if !closing && skipTags.contains(name) {
          // Skip to the matching end tag.
          if let pos = findCaseInsensitive(bytes, "</" + TagSet.string(of: name), from: i) {
            i = bytes[pos...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? n
          } else {
            i = n
          }
          continue
        }
        if !closing, links.count < maxLinks, let attr = linkAttribute.first(where: { $0.0 == name })?.1,
          let value = attributeValue(tag, attr)
        {
          links.append(value)
          if name == TagSet.a { openAnchor = (value, out.count) }
        }
        if closing, name == TagSet.a, let open = openAnchor {
          openAnchor = nil
          if anchors.count < maxLinks, open.start <= out.count {
            let shown = String(decoding: out[open.start...].prefix(200), as: UTF8.self)
            let text = shown.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            if !text.isEmpty { anchors.append(Anchor(text: text, href: open.href)) }
          }
        }
        if name == TagSet.form || name == TagSet.input, forms.count < maxLinks {
          readForm(tag, name: name, closing: closing, open: &openForm, into: &forms)
        }
        if blockTags.contains(name) {
          emitNewline()
        } else if name == TagSet.td || name == TagSet.th {
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
      // Non-breaking spaces (U+00A0) read as ordinary spaces for analysis.
      if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
        pendingSpace = true
        i += 2
        continue
      }
      if pendingSpace, let last = out.last, last != 0x0A {
        out.append(0x20)
      }
      pendingSpace = false
      // Copy the run of ordinary bytes in one go.
      var j = i + 1
      while j < n, !special[Int(bytes[j])] { j += 1 }
      out.append(contentsOf: bytes[i..<j])
      i = j
    }
    if let openForm { forms.append(openForm) }
    var text = String(decoding: out, as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    return Result(text: text, links: links, anchors: anchors, forms: forms)
  }

  /// Opens, closes or fills the current form. An `<input>` outside any form starts a form of
  /// its own (no action), because a page can send its fields with a script instead.
  private static func readForm(
    _ tag: ArraySlice<UInt8>, name: UInt64, closing: Bool, open: inout Form?, into forms: inout [Form]
  ) {
    if name == TagSet.form {
      if let current = open { forms.append(current) }
      open =
        closing ? nil : Form(action: attributeValue(tag, "action"), method: attributeValue(tag, "method")?.lowercased())
      return
    }
    guard !closing else { return }
    if open == nil { open = Form() }
    guard open!.inputTypes.count < 256 else { return }
    open!.inputTypes.append(attributeValue(tag, "type")?.lowercased() ?? "text")
    if let field = attributeValue(tag, "name") { open!.inputNames.append(String(field.prefix(100))) }
  }

  /// The value of attribute `name` (lower case) in the tag bytes, entities decoded.
  private static func attributeValue(_ tag: ArraySlice<UInt8>, _ name: String) -> String? {
    let key = Array(name.utf8)
    var i = tag.startIndex
    let end = tag.endIndex
    while i + key.count < end {
      let before = i == tag.startIndex ? UInt8(0x20) : tag[i - 1]
      if before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D, tag[i] | 0x20 == key[0] {
        var matches = true
        for k in 1..<key.count where tag[i + k] | 0x20 != key[k] {
          matches = false
          break
        }
        if matches {
          var j = i + key.count
          while j < end, tag[j] == 0x20 { j += 1 }
          if j < end, tag[j] == UInt8(ascii: "=") {
            j += 1
            while j < end, tag[j] == 0x20 { j += 1 }
            guard j < end else { return nil }
            var stop = j
            if tag[j] == UInt8(ascii: "\"") || tag[j] == UInt8(ascii: "'") {
              let q = tag[j]
              j += 1
              stop = j
              while stop < end, tag[stop] != q { stop += 1 }
            } else {
              while stop < end, tag[stop] != 0x20, tag[stop] != UInt8(ascii: ">") { stop += 1 }
            }
            let value = String(decoding: tag[j..<stop], as: UTF8.self)
            return value.isEmpty ? nil : decodeEntities(value)
          }
        }
      }
      i += 1
    }
    return nil
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
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
    guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
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

/// A few HTML tag names packed into integers (up to 8 lower-case bytes), so that the per-tag
/// lookups of ``HTMLText`` are integer compares instead of string hashing.
struct TagSet: ExpressibleByArrayLiteral {
  private let codes: [UInt64]

  init(arrayLiteral names: String...) {
    codes = names.map(TagSet.code(of:))
  }

  func contains(_ code: UInt64) -> Bool {
    code != 0 && codes.contains(code)
  }

  static let a = code(of: "a")
  static let td = code(of: "td")
  static let th = code(of: "th")
  static let form = code(of: "form")
  static let input = code(of: "input")

  static func code(of name: String) -> UInt64 {
    code(of: ArraySlice(name.utf8)).code
  }

  /// The packed lower-case name of the tag whose bytes (between `<` and `>`) are given, and
  /// whether it is a closing tag. Names longer than 8 bytes pack to 0.
  static func code(of tag: ArraySlice<UInt8>) -> (code: UInt64, closing: Bool) {
    var code: UInt64 = 0
    var length = 0
    var closing = false
    for c in tag {
      if c == UInt8(ascii: "/") {
        if length == 0 && !closing {
          closing = true
          continue
        }
        break
      }
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { break }
      length += 1
      if length > 8 { return (0, closing) }
      code = code << 8 | UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
    }
    return (code, closing)
  }

  static func string(of code: UInt64) -> String {
    var bytes: [UInt8] = []
    var c = code
    while c != 0 {
      bytes.insert(UInt8(truncatingIfNeeded: c & 0xFF), at: 0)
      c >>= 8
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
