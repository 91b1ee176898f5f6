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
    if s.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return s }
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
    if s.utf8.allSatisfy({ (0x20..<0x7F).contains($0) && !Self.htmlSpecial.contains($0) }) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in text(s).unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "`": out += "&#96;"
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// The bytes `html` replaces with an entity.
  private static let htmlSpecial: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27, 0x60]

  /// Markdown that cannot start a link, an image, raw HTML, an entity or formatting, on one
  /// line. Addresses, domains and URLs are defanged first, so that no renderer's autolinking
  /// (GFM, linkify) can make them live.
  public static func markdown(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var onlyDigits = true
    for u in defangForLinkers(text(s)).unicodeScalars {
      switch u {
      case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "!", "|", "~", "&":
        out.append("\\")
      // Only at the start can these open a list, a heading rule or a numbered item.
      case "-", "+", "=": if out.isEmpty { out.append("\\") }
      case ".": if onlyDigits && !out.isEmpty { out.append("\\") }
      default: break
      }
      if !("0"..."9").contains(u) { onlyDigits = false }
      out.append(u)
    }
    return String(out)
  }

  /// One CSV field (RFC 4180): inert text, quoted when needed, and a leading `=`, `+`, `-` or
  /// `@` (a formula in a spreadsheet) neutralised with an apostrophe.
  public static func csv(_ s: String) -> String {
    let flat = text(s)
    let first = flat.unicodeScalars.first(where: { $0 != " " })
    let safe = first.map { "=+-@".unicodeScalars.contains($0) } == true ? "'" + flat : flat
    return safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" })
      ? "\"" + safe.replacingAll("\"", with: "\"\"") + "\"" : safe
  }

  /// Text in which no linker can find a link: `://` becomes `[://]`, a URL scheme's colon
  /// `[:]`, and a dot between a letter or digit and a letter `[.]` (full-width and ideographic
  /// dots included), the notation `becscope refang` undoes.
  static func defangForLinkers(_ s: String) -> String {
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
      if u == "." || u == "\u{FF0E}" || u == "\u{3002}" || u == "\u{FF61}", i > 0, i + 1 < scalars.count,
        isWordScalar(scalars[i - 1]), scalars[i + 1].properties.isAlphabetic
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

  /// URI schemes that a renderer or a linker may turn into a link without `//`.
  static let schemes: Set<String> = [
    "http", "https", "ftp", "ftps", "sftp", "mailto", "javascript", "vbscript", "data", "file", "tel", "sms",
    "callto", "xmpp", "irc", "ircs", "news", "nntp", "ws", "wss", "smb", "ms-settings", "search-ms", "skype", "webcal",
  ]

  private static func append(_ u: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    if isHidden(u) { out.append(contentsOf: code(u).unicodeScalars) } else { out.append(u) }
  }
}

extension String {
  /// Replaces every occurrence of `target` (compared by Unicode scalars) with `replacement`.
  func replacingAll(_ target: String, with replacement: String) -> String {
    let t = Array(target.unicodeScalars)
    guard !t.isEmpty else { return self }
    let s = Array(unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      if i + t.count <= s.count, s[i] == t[0], s[i..<i + t.count].elementsEqual(t) {
        out.append(contentsOf: replacement.unicodeScalars)
        i += t.count
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return String(out)
  }
}
