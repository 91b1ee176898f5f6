/// Reads the body out of the RTF that Outlook stores: the HTML encapsulated in it (MS-OXRTFEX,
/// `\fromhtml1`) or its plain text.
///
/// One pass over the bytes, group nesting bounded; `\'hh` bytes are decoded in the document's
/// code page (`\ansicpgN`), `\uN` as Unicode with its fallback skipped.
public enum RTFText {
  /// Whether the RTF encapsulates an HTML body.
  public static func encapsulatesHTML(_ rtf: [UInt8]) -> Bool {
    headerWords(rtf).contains("fromhtml")
  }

  /// The HTML encapsulated in the RTF (MS-OXRTFEX), or nil when it holds none.
  public static func html(_ rtf: [UInt8]) -> String? {
    guard encapsulatesHTML(rtf) else { return nil }
    var walker = Walker(rtf, html: true)
    return walker.run()
  }

  /// The text of the RTF, paragraphs as lines.
  public static func text(_ rtf: [UInt8]) -> String {
    var walker = Walker(rtf, html: false)
    return walker.run()
  }

  /// The control words of the first 1 KB (where `\fromhtml1` and `\ansicpg` live).
  static func headerWords(_ rtf: [UInt8]) -> Set<String> {
    var words: Set<String> = []
    var i = 0
    let end = min(rtf.count, 1024)
    while i < end {
      if rtf[i] == UInt8(ascii: "\\") {
        var j = i + 1
        while j < end, isLetter(rtf[j]) { j += 1 }
        if j > i + 1 { words.insert(String(decoding: rtf[(i + 1)..<j], as: UTF8.self)) }
        i = j
      } else {
        i += 1
      }
    }
    return words
  }

  static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

  /// Destinations whose content is not text.
  static let skippedDestinations: Set<String> = [
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr",
    "footerl", "footerr", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl",
    "themedata", "colorschememapping", "latentstyles", "datastore", "filetbl", "fldinst", "mhtmltag",
    "objdata", "bkmkstart", "bkmkend", "pntext", "pntxta", "pntxtb",
  ]

  struct Walker {
    struct Group {
      var skip = false
      var inTag = false
      var suppressed = false
      var fallback = 1
    }

    let rtf: [UInt8]
    let html: Bool
    var out = ""
    var pending: [UInt8] = []
    var codePage = 1252
    let converter = CharsetConverter()
    static let maxDepth = 512

    init(_ rtf: [UInt8], html: Bool) {
      self.rtf = rtf
      self.html = html
    }

    /// Whether text in `group` reaches the output.
    func emits(_ group: Group) -> Bool {
      guard !group.skip else { return false }
      return html ? (group.inTag || !group.suppressed) : true
    }

    mutating func flush() {
      guard !pending.isEmpty else { return }
      let label = OutlookCodePage.label(codePage) ?? "windows-1252"
      out += converter.decode(pending, label: label).string
      pending.removeAll(keepingCapacity: true)
    }

    mutating func emit(_ b: UInt8, in group: Group) {
      if emits(group) { pending.append(b) }
    }

    mutating func emit(_ s: String, in group: Group) {
      guard emits(group) else { return }
      flush()
      out += s
    }

    mutating func run() -> String {
      var stack: [Group] = []
      var group = Group()
      var skipBytes = 0  // fallback characters still to skip after \uN
      var overflow = 0  // groups opened beyond maxDepth
      var beforeOverflow = Group()
      var i = 0
      let n = rtf.count
      while i < n {
        let c = rtf[i]
        switch c {
        case UInt8(ascii: "{"):
          i += 1
          if overflow > 0 || stack.count >= Self.maxDepth {
            // Deeper than any real document: skip everything until back at the bound.
            if overflow == 0 { beforeOverflow = group }
            overflow += 1
            group.skip = true
            continue
          }
          stack.append(group)
          // `{\*\dest` marks a destination to skip unless it is understood.
          if i + 1 < n, rtf[i] == UInt8(ascii: "\\"), rtf[i + 1] == UInt8(ascii: "*") {
            i += 2
            while i < n, rtf[i] == 0x20 || rtf[i] == 0x0D || rtf[i] == 0x0A { i += 1 }
            guard i < n, rtf[i] == UInt8(ascii: "\\") else {
              group.skip = true
              continue
            }
            let (word, _, next) = controlWord(at: i + 1)
            if word == "htmltag" && html {
              group.inTag = true
            } else {
              group.skip = true
            }
            i = next
          }
        case UInt8(ascii: "}"):
          i += 1
          flush()
          skipBytes = 0
          if overflow > 0 {
            overflow -= 1
            if overflow == 0 { group = beforeOverflow }
            continue
          }
          group = stack.popLast() ?? Group()
        case UInt8(ascii: "\\"):
          guard i + 1 < n else {
            i += 1
            continue
          }
          let next = rtf[i + 1]
          if next == UInt8(ascii: "'") {
            let hex = i + 3 < n ? Self.hexValue(rtf[i + 2], rtf[i + 3]) : nil
            i += 4
            if skipBytes > 0 {
              skipBytes -= 1
            } else if let hex {
              emit(hex, in: group)
            }
          } else if next == UInt8(ascii: "\\") || next == UInt8(ascii: "{") || next == UInt8(ascii: "}") {
            emit(next, in: group)
            i += 2
          } else if next == 0x0D || next == 0x0A {
            emit("\n", in: group)
            i += 2
          } else if next == UInt8(ascii: "~") {
            emit("\u{00A0}", in: group)
            i += 2
          } else if !RTFText.isLetter(next) {
            i += 2  // other control symbols (\- \_ \:) carry no text here
          } else {
            let (word, parameter, after) = controlWord(at: i + 1)
            i = after
            apply(word, parameter, group: &group, skipBytes: &skipBytes)
          }
        case 0x0D, 0x0A:
          i += 1
        default:
          i += 1
          if skipBytes > 0 {
            skipBytes -= 1
          } else {
            emit(c, in: group)
          }
        }
      }
      flush()
      return out
    }

    mutating func apply(_ word: String, _ parameter: Int?, group: inout Group, skipBytes: inout Int) {
      switch word {
      case "par", "line":
        emit(html && !group.inTag ? "\r\n" : "\n", in: group)
      case "tab": emit("\t", in: group)
      case "emdash": emit("\u{2014}", in: group)
      case "endash": emit("\u{2013}", in: group)
      case "lquote": emit("\u{2018}", in: group)
      case "rquote": emit("\u{2019}", in: group)
      case "ldblquote": emit("\u{201C}", in: group)
      case "rdblquote": emit("\u{201D}", in: group)
      case "bullet": emit("\u{2022}", in: group)
      case "ansicpg":
        flush()
        if let parameter { codePage = parameter }
      case "uc": group.fallback = max(0, min(parameter ?? 1, 8))
      case "u":
        if var value = parameter {
          if value < 0 { value += 65_536 }
          emit(Unicode.Scalar(UInt32(value)).map { String(Character($0)) } ?? "\u{FFFD}", in: group)
          skipBytes = group.fallback
        }
      case "htmlrtf": group.suppressed = (parameter ?? 1) != 0
      default:
        if RTFText.skippedDestinations.contains(word) { group.skip = true }
      }
    }

    /// The control word starting at `start` (its letters), its numeric parameter and the
    /// index after it (a single delimiting space is consumed).
    func controlWord(at start: Int) -> (String, Int?, Int) {
      var i = start
      let n = rtf.count
      while i < n, i - start < 32, RTFText.isLetter(rtf[i]) { i += 1 }
      let word = String(decoding: rtf[start..<i], as: UTF8.self)
      var parameter: Int? = nil
      var negative = false
      if i < n, rtf[i] == UInt8(ascii: "-") {
        negative = true
        i += 1
      }
      var digits = 0
      var value = 0
      while i < n, rtf[i] >= 0x30, rtf[i] <= 0x39, digits < 10 {
        value = value * 10 + Int(rtf[i] - 0x30)
        digits += 1
        i += 1
      }
      if digits > 0 { parameter = negative ? -value : value }
      if i < n, rtf[i] == 0x20 { i += 1 }
      return (word, parameter, i)
    }

    static func hexValue(_ a: UInt8, _ b: UInt8) -> UInt8? {
      func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x37
        case 0x61...0x66: return c - 0x57
        default: return nil
        }
      }
      guard let high = nibble(a), let low = nibble(b) else { return nil }
      return high << 4 | low
    }
  }
}
