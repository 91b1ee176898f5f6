/// Makes text from a message safe to show: control characters and bidirectional overrides
/// (which can reverse a file name such as `invoice‮fdp.exe`) become visible codes.
enum Inert {
  static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u.value {
      case 0x0A: out += " "
      case 0x09: out += " "
      case 0x00..<0x20, 0x7F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        out += "⟨U+" + String(u.value, radix: 16, uppercase: true) + "⟩"
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// HTML-escaped inert text.
  static func html(_ s: String) -> String {
    var out = ""
    for c in text(s) {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
