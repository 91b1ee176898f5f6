import MailCore

/// The one output-safety layer every renderer goes through: HTML, Markdown, terminal text,
/// CSV and `iocs.txt`.
///
/// Everything works on Unicode scalars, never on `Character`s: a grapheme cluster can glue a
/// "Prepend" scalar (U+0600 and its class) to the `<` that follows it, and a per-Character
/// comparison then lets the `<` through. Control, bidirectional, invisible and line-separator
/// scalars are shown as visible codes such as `⟨U+202E⟩`, so that a file name like
/// `invoice‮fdp.exe` cannot reverse itself and an ESC sequence cannot steer a terminal.
public enum Inert {
  /// Whether a scalar would be invisible, reorder text or act on a terminal: C0 and C1
  /// controls, format characters (bidirectional marks and overrides, zero-width characters, the
  /// BOM, tags, Prepend marks), line and paragraph separators, and a few fillers that render as
  /// nothing.
  public static func isHidden(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v < 0x80 { return v < 0x20 || v == 0x7F }
    if v < 0xA0 { return true }
    switch v {
    case 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x3164, 0xFFA0, 0x2800: return true
    default: break
    }
    switch u.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// The visible code shown in place of a hidden scalar.
  public static func code(_ u: Unicode.Scalar) -> String {
    "⟨U+" + String(u.value, radix: 16, uppercase: true) + "⟩"
  }

  /// One line of inert text: tabs, CR and LF become spaces, every other hidden scalar a
  /// visible code. Safe for a terminal and for `iocs.txt`: no byte below 0x20, no DEL and no C1
  /// control survives.
  public static func text(_ s: String) -> String {
    // Most values are printable ASCII: nothing to change.
    if isPrintableASCII(s) { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u.value {
      case 0x09, 0x0A, 0x0D: out.append(" ")
      default: append(u, to: &out)
      }
    }
    return String(out)
  }

  /// Inert text that keeps its line breaks (LF; a CR LF pair becomes LF); used for quoted bodies
  /// in fenced or preformatted blocks.
  public static func lines(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u.value {
      case 0x0A: out.append(u)
      case 0x0D: continue
      case 0x09: out.append(" ")
      default: append(u, to: &out)
      }
    }
    return String(out)
  }

  /// HTML-escaped inert text, for element content and for quoted attribute values.
  public static func html(_ s: String) -> String {
    var plain = true
    for b in s.utf8 where b < 0x20 || b >= 0x7F || isHTMLSpecial(b) {
      plain = false
      break
    }
    if plain { return s }
    // `text` leaves only visible scalars; the ones replaced by entities are all ASCII, so the
    // escaping can work on bytes.
    var source = text(s)
    return source.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      for b in bytes {
        switch b {
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&#39;".utf8)
        case 0x60: out.append(contentsOf: "&#96;".utf8)
        default: out.append(b)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The bytes `html` replaces with an entity: `&`, `<`, `>`, `"`, `'` and the backquote.
  private static func isHTMLSpecial(_ b: UInt8) -> Bool {
    b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0x60
  }

  /// Whether every byte is printable ASCII (nothing for `text` to change).
  private static func isPrintableASCII(_ s: String) -> Bool {
    for b in s.utf8 where b < 0x20 || b >= 0x7F { return false }
    return true
  }

  /// Markdown that cannot start a link, an image, raw HTML, an entity or formatting, on one
  /// line. Addresses, domains and URLs are defanged first, so that no renderer's autolinking
  /// (GFM, linkify) can make them live.
  public static func markdown(_ s: String) -> String {
    // Every character escaped here is ASCII: the work is on bytes (a multi-byte scalar's bytes
    // are copied as they are).
    var source = defangForLinkers(text(s))
    return source.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 8 + 4)
      var onlyDigits = true
      for b in bytes {
        switch b {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
          UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
          UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"), UInt8(ascii: "!"), UInt8(ascii: "|"),
          UInt8(ascii: "~"), UInt8(ascii: "&"):
          out.append(UInt8(ascii: "\\"))
        // Only at the start can these open a list, a heading rule or a numbered item.
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
          if out.isEmpty { out.append(UInt8(ascii: "\\")) }
        case UInt8(ascii: "."): if onlyDigits && !out.isEmpty { out.append(UInt8(ascii: "\\")) }
        default: break
        }
        if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) { onlyDigits = false }
        out.append(b)
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// One CSV field (RFC 4180): inert text, quoted when needed, and a leading `=`, `+`, `-` or
  /// `@` (a formula in a spreadsheet) neutralised with an apostrophe.
  public static func csv(_ s: String) -> String {
    // Most fields are printable ASCII without a comma or a quote, and start with a letter or
    // a digit: nothing to change.
    if let first = s.utf8.first, first != UInt8(ascii: " "), first != UInt8(ascii: "="), first != UInt8(ascii: "+"),
      first != UInt8(ascii: "-"), first != UInt8(ascii: "@")
    {
      var plain = true
      for b in s.utf8 where b < 0x20 || b >= 0x7F || b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") {
        plain = false
        break
      }
      if plain { return s }
    }
    let flat = text(s)
    let first = flat.unicodeScalars.first(where: { $0 != " " })
    let safe = first.map { "=+-@".unicodeScalars.contains($0) } == true ? "'" + flat : flat
    return safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" })
      ? "\"" + safe.replacingAll("\"", with: "\"\"") + "\"" : safe
  }

  /// Text in which no linker can find a link: `://` becomes `[://]`, a URL scheme's colon
  /// `[:]`, and a dot between a letter or digit and a letter `[.]` (full-width and ideographic
  /// dots included), the notation `becscope refang` undoes.
  public static func defangForLinkers(_ s: String) -> String {
    // Nothing to do without a colon, a dot, an at sign or the first byte of a full-width or
    // ideographic dot (U+FF0E, U+FF61: EF; U+3002: E3).
    var candidate = false
    for b in s.utf8 where b == 0x3A || b == 0x2E || b == 0x40 || b == 0xEF || b == 0xE3 {
      candidate = true
      break
    }
    guard candidate else { return s }
    let scalars = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func isWordScalar(_ u: Unicode.Scalar) -> Bool {
      u.properties.isAlphabetic || u.properties.numericType != nil || u == "-" || u == "_"
    }
    while i < scalars.count {
      let u = scalars[i]
      if u == ":" {
        if i + 2 < scalars.count, scalars[i + 1] == "/", scalars[i + 2] == "/" {
          out.append(contentsOf: "[://]".unicodeScalars)
          i += 3
          continue
        }
        var start = i
        while start > 0, scalars[start - 1].isASCII,
          scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "-" || scalars[start - 1] == "+"
        { start -= 1 }
        let scheme = String(String.UnicodeScalarView(scalars[start..<i])).lowercased()
        if Self.schemes.contains(scheme) {
          out.append(contentsOf: "[:]".unicodeScalars)
          i += 1
          continue
        }
      }
      // A full-width or ideographic dot between two Japanese letters ends a sentence
      // (「送られました。うち」): no linker reads it as a domain, so it stays.
      if u == "." || u == "\u{FF0E}" || u == "\u{3002}" || u == "\u{FF61}", i > 0, i + 1 < scalars.count,
        isWordScalar(scalars[i - 1]), scalars[i + 1].properties.isAlphabetic,
        u == "." || !(isJapanese(scalars[i - 1]) && isJapanese(scalars[i + 1]))
      {
        out.append(contentsOf: "[.]".unicodeScalars)
        i += 1
        continue
      }
      if u == "@" {
        out.append(contentsOf: "[@]".unicodeScalars)
        i += 1
        continue
      }
      out.append(u)
      i += 1
    }
    return String(out)
  }

  /// Hiragana, katakana (full and half width) and CJK ideographs: the letters of Japanese prose.
  private static func isJapanese(_ u: Unicode.Scalar) -> Bool {
    (0x3040...0x30FF).contains(u.value) || (0x4E00...0x9FFF).contains(u.value) || (0xFF66...0xFF9F).contains(u.value)
      || (0x3400...0x4DBF).contains(u.value)
  }

  /// URI schemes that a renderer or a linker may turn into a link without `//`.
  static let schemes: Set<String> = [
    "http", "https", "ftp", "ftps", "sftp", "mailto", "javascript", "vbscript", "data", "file", "tel", "sms",
    "callto", "xmpp", "irc", "ircs", "news", "nntp", "ws", "wss", "smb", "ms-settings", "search-ms", "skype", "webcal",
  ]

  private static func append(_ u: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    if isHidden(u) { out.append(contentsOf: code(u).unicodeScalars) } else { out.append(u) }
  }
}
