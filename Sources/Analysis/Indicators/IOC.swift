import Foundation
import MailCore

/// An indicator of compromise, with the defanged form reports publish.
public struct IOC: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable {
    case ipv4, ipv6, domain, email, url, sha256
  }

  public var type: Kind
  public var value: String
  /// The form that cannot be clicked or resolved by accident (`155[.]94[.]251[.]82`).
  public var defanged: String

  public init(type: Kind, value: String) {
    self.type = type
    self.value = value
    self.defanged = Defang.defang(value, as: type)
  }
}

/// Defangs indicators the way threat-intelligence reports write them.
public enum Defang {
  public static func defang(_ value: String, as type: IOC.Kind) -> String {
    switch type {
    case .ipv4, .domain: return value.replacingAll(".", with: "[.]")
    case .ipv6: return value.replacingAll(":", with: "[:]")
    case .email:
      guard let at = value.lastIndex(of: "@") else { return value }
      return String(value[..<at]) + "@" + String(value[value.index(after: at)...]).replacingAll(".", with: "[.]")
    case .url:
      var rest = Substring(value)
      var scheme = ""
      if let range = rest.range(of: "://") {
        scheme = String(rest[..<range.lowerBound]).lowercased()
        rest = rest[range.upperBound...]
      } else if rest.hasPrefix("//") {
        rest = rest.dropFirst(2)
        scheme = "//"
      }
      let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
      let host = String(rest[..<hostEnd]).replacingAll(".", with: "[.]")
      let defangedScheme = scheme.isEmpty ? "" : scheme == "//" ? "//" : scheme.replacingAll("t", with: "x") + "://"
      return defangedScheme + host + rest[hostEnd...]
    case .sha256: return value
    }
  }
}

extension Defang {
  /// Defangs every indicator in free text an analyst pastes: URLs (`hxxps://host[.]tld/…`),
  /// mail addresses, IPv4 addresses and domain names of two or more labels with a known-looking
  /// top-level label. Text already defanged stays as it is.
  public static func defangText(_ text: String) -> String {
    // No dot (full-width ones included) and no colon: nothing to defang.
    if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 >= 0xE3 }) {
      return text
    }
    var out = ""
    for token in tokens(text) {
      switch token {
      case .space(let s): out += s
      case .word(let w): out += defangWord(w)
      }
    }
    return out
  }

  /// Undoes defanging: `[.]`, `(.)`, `[dot]`, `[:]`, `[@]`, `[at]`, `hxxp`, `fxp`.
  public static func refang(_ text: String) -> String {
    var s = text
    for (from, to) in [
      ("[.]", "."), ("(.)", "."), ("[dot]", "."), ("(dot)", "."), ("{.}", "."), ("[:]", ":"), ("[@]", "@"),
      ("[at]", "@"), ("(at)", "@"), ("hxxps://", "https://"), ("hxxp://", "http://"), ("hXXps://", "https://"),
      ("hXXp://", "http://"), ("fxp://", "ftp://"), ("[://]", "://"),
    ] {
      s = s.replacingAllIgnoringCase(from, with: to)
    }
    return s
  }

  private enum Token {
    case space(String)
    case word(String)
  }

  private static func tokens(_ text: String) -> [Token] {
    var out: [Token] = []
    var current = ""
    var inSpace = false
    for c in text {
      let space = c.isWhitespace || c == "<" || c == ">" || c == "\"" || c == "'" || c == "(" || c == ")"
      if space != inSpace && !current.isEmpty {
        out.append(inSpace ? .space(current) : .word(current))
        current = ""
      }
      inSpace = space
      current.append(c)
    }
    if !current.isEmpty { out.append(inSpace ? .space(current) : .word(current)) }
    return out
  }

  private static func defangWord(_ raw: String) -> String {
    var word = Substring(raw)
    var trailing = ""
    while let last = word.last, ".,;:!?".contains(last) {
      trailing = String(last) + trailing
      word = word.dropLast()
    }
    let w = String(word)
    let lower = w.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") {
      return defang(w, as: .url) + trailing
    }
    // A URL glued to something before it (a quote, a Prepend scalar such as U+0600, a code):
    // the scheme starts at the ASCII letters before `://`.
    let scalars = Array(w.unicodeScalars)
    if let colon = (0..<max(0, scalars.count - 2)).first(where: {
      scalars[$0] == ":" && scalars[$0 + 1] == "/" && scalars[$0 + 2] == "/"
    }) {
      var start = colon
      while start > 0, scalars[start - 1].isASCII, scalars[start - 1].properties.isAlphabetic { start -= 1 }
      if start < colon {
        let head = String(String.UnicodeScalarView(scalars[..<start]))
        return head + defang(String(String.UnicodeScalarView(scalars[start...])), as: .url) + trailing
      }
    }
    if w.contains("@"), w.split(separator: "@").count == 2, w.split(separator: "@")[1].contains(".") {
      return defang(w, as: .email) + trailing
    }
    if IPAddress(w) != nil, w.contains(".") { return defang(w, as: .ipv4) + trailing }
    let labels = w.split(separator: ".", omittingEmptySubsequences: false)
    if labels.count >= 2,
      labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
      let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
    {
      return defang(w, as: .domain) + trailing
    }
    return raw
  }
}

extension String {
  /// Replaces every occurrence of `target`, ignoring case.
  fileprivate func replacingAllIgnoringCase(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let range = rest.range(of: target, options: .caseInsensitive) {
      out += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
