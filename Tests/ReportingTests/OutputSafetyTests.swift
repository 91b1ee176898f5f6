import Foundation
import Reporting
import Testing

/// The one output-safety layer: escaping by Unicode scalar, hidden scalars made visible, links
/// defanged for Markdown linkers, CSV formulas neutralised.
@Suite("Output safety (Inert)")
struct OutputSafetyTests {
  /// Payloads an attacker can put in a subject, a name or a file name.
  static let payloads = [
    "\u{0600}<meta http-equiv=refresh content=0;url=http://127.0.0.1:9/x>",
    "\u{0605}<style>body{display:none}</style>", "\u{110BD}\"><img src=x onerror=alert(1)>",
    "\u{0600}[verified](http://127.0.0.1:9/a)", "\u{0600}![x](http://127.0.0.1:9/i.png)", "\u{0600}|col|",
    "<http://127.0.0.1:9/auto>", "see www.evil.example or ceo@evil.example", "javascript:alert(1)",
    "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{1B}\\", "\u{9B}31m red", "a\u{2028}b\u{2029}c",
    "\u{FEFF}\u{200B}\u{200D}\u{2060}x", "invoice\u{202E}fdp.exe", "&lt;script&gt;", "`code` *em* _u_",
  ]

  @Test("HTML: no markup character survives, whatever scalar precedes it")
  func html() {
    for p in Self.payloads {
      let out = Inert.html(p)
      for forbidden: Unicode.Scalar in ["<", ">", "\"", "'", "`"] {
        #expect(!out.unicodeScalars.contains(forbidden), "\(out.debugDescription)")
      }
      // Every & starts an entity becscope wrote.
      #expect(
        out.split(separator: "&", omittingEmptySubsequences: false).dropFirst().allSatisfy { part in
          ["amp;", "lt;", "gt;", "quot;", "#39;", "#96;"].contains { part.hasPrefix($0) }
        })
    }
    // A Character-based escaper lets this `<` through: U+0600 and `<` are one grapheme.
    #expect(Array("\u{0600}<".unicodeScalars).count == 2 && "\u{0600}<".count == 1)
  }

  @Test("text and terminal: no control byte, no DEL, no C1; hidden scalars visible")
  func text() {
    for p in Self.payloads {
      let out = Inert.text(p)
      #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(out)")
      #expect(
        !out.unicodeScalars.contains { [0x2028, 0x2029, 0xFEFF, 0x200B, 0x200D, 0x202E, 0x0600].contains($0.value) })
    }
    #expect(Inert.text("invoice\u{202E}fdp.exe") == "invoice⟨U+202E⟩fdp.exe")
    #expect(Inert.text("a\u{1B}]0;x\u{07}") == "a⟨U+1B⟩]0;x⟨U+7⟩")
    #expect(Inert.lines("a\r\nb\u{9B}") == "a\nb⟨U+9B⟩")
    // Japanese, accents and emoji stay as they are.
    #expect(Inert.text("至急のお願い Café 👍") == "至急のお願い Café 👍")
  }

  @Test("Markdown: every markup character escaped, no URL, domain or address left for a linker")
  func markdown() {
    for p in Self.payloads {
      let out = Inert.markdown(p)
      let scalars = Array(out.unicodeScalars)
      for (i, u) in scalars.enumerated() where "[]()<>!|`*_&".unicodeScalars.contains(u) {
        // Count the backslashes before it: an odd number escapes it.
        var n = 0
        while i - n - 1 >= 0, scalars[i - n - 1] == "\\" { n += 1 }
        #expect(n % 2 == 1, "unescaped \(u) in \(out)")
      }
      #expect(!out.replacingOccurrences(of: "\\[://\\]", with: "").contains("://"), "\(out)")
      #expect(!out.contains("www.") && !out.contains("evil.example"), "\(out)")
      #expect(!out.lowercased().contains("javascript:"), "\(out)")
    }
    #expect(Inert.markdown("至急のお願い") == "至急のお願い")
  }

  @Test("CSV: formulas neutralised (after spaces too), quotes doubled, controls visible")
  func csv() {
    #expect(Inert.csv("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
    #expect(Inert.csv("  @SUM(A1)") == "'  @SUM(A1)")
    #expect(Inert.csv("a\u{1B}b,c") == "\"a⟨U+1B⟩b,c\"")
    #expect(Inert.csv("plain") == "plain")
  }

  /// The escapers work on bytes where every character they change is ASCII; these are the
  /// scalar-by-scalar definitions they must agree with.
  static func referenceHTML(_ s: String) -> String {
    var out = ""
    for u in Inert.text(s).unicodeScalars {
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

  /// Every `"` scalar doubled (a `Character`-based replacement would miss one followed by a
  /// combining mark).
  static func doubledQuotes(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      if u == "\"" { out.append(u) }
      out.append(u)
    }
    return String(out)
  }

  @Test("the byte-level HTML and CSV escapers agree with scalar-by-scalar definitions")
  func bytesAgreeWithScalars() {
    let pieces = [
      "a", "Z", "0", "9", ".", "-", "+", "=", "@", ",", "\"", "&", "<", ">", "'", "`", "[", "|", " ", "\t", "\n",
      "\u{1B}", "\u{7F}", "\u{9B}", "\u{0600}", "\u{202E}", "é", "至", "。", "．", "👍", "\u{301}", "http://", "x.example",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let s = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      #expect(Inert.html(s) == Self.referenceHTML(s), "\(s.debugDescription)")
      let flat = Inert.text(s)
      let first = flat.unicodeScalars.first(where: { $0 != " " })
      let safe = first.map { "=+-@".unicodeScalars.contains($0) } == true ? "'" + flat : flat
      let expected =
        safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" })
        ? "\"" + Self.doubledQuotes(safe) + "\"" : safe
      #expect(Inert.csv(s) == expected, "\(s.debugDescription)")
    }
  }
}
