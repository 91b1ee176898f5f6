import MailCore

/// Reads `Received` fields in the forms Postfix, Exim, Sendmail, qmail, Exchange, Gmail, Yahoo,
/// SES and gateways write, into ``ReceivedHop`` values. Never fails: unknown text is skipped.
public enum ReceivedParser {
  private enum Token: Equatable {
    case word(String)
    case comment(String)
    case bracket(String)
    case angle(String)
  }

  private enum Clause: String {
    case from, by, via, with, id, `for`
  }

  /// Known protocol words (RFC 3848 and the local ones MTAs write), upper-cased.
  private static let protocols: Set<String> = [
    "SMTP", "ESMTP", "ESMTPA", "ESMTPS", "ESMTPSA", "LMTP", "LMTPA", "LMTPS", "LMTPSA", "UTF8SMTP", "UTF8SMTPA",
    "UTF8SMTPS", "UTF8SMTPSA", "UTF8LMTP", "HTTP", "HTTPS", "HTTPREST", "IMAP", "POP3", "MMS",
  ]

  /// Parses one unfolded `Received` value.
  public static func parse(_ value: String) -> ReceivedHop {
    var hop = ReceivedHop()
    var text = Substring(value.utf8.count > 8_192 ? String(value.prefix(8_192)) : value)
    if let semicolon = lastTopLevelSemicolon(text) {
      hop.date = FieldParsers.date(String(text[text.index(after: semicolon)...]))
      text = text[..<semicolon]
    }
    var tokens = tokenize(text)
    // "(from user@host) by ...", "(qmail 1 invoked from network)": the from clause sits in a comment.
    if !tokens.contains(where: { if case .word(let w) = $0 { return w.lowercased() == "from" } else { return false } }),
      let index = tokens.firstIndex(where: {
        if case .comment(let c) = $0 { return c.lowercased().contains("from ") } else { return false }
      }),
      case .comment(let inner) = tokens[index],
      let range = inner.range(of: "from ", options: .caseInsensitive)
    {
      let rest = tokenize(inner[range.lowerBound...])
      tokens.remove(at: index)
      tokens.insert(contentsOf: rest, at: index)
    }
    var clause: Clause? = nil
    var expecting = false
    var fromCommentSeen = false
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if case .word(let w) = token, w.utf8.count <= 4, let c = Clause(rawValue: w.lowercased()) {
        // "via smail from stdin": a second from is prose, not a clause.
        if c == .from && (hop.from != nil || hop.fromAddress != nil) { continue }
        clause = c
        expecting = true
        continue
      }
      // TLS details can sit in any comment or bracket.
      switch token {
      case .comment(let c) where mentionsTLS(c), .bracket(let c) where mentionsTLS(c): readTLS(c, into: &hop)
      default: break
      }
      guard let current = clause else { continue }
      if expecting {
        expecting = false
        switch (current, token) {
        case (.from, .word(let w)):
          if let ip = IPAddress(w), !w.contains(Character("@")) {
            hop.fromAddress = ip
          } else {
            hop.from = w.trimmingTrailing(",")
          }
          continue
        case (.from, .bracket(let b)):
          if let ip = IPAddress(b) { hop.fromAddress = ip }
          continue
        case (.by, .word(let w)), (.by, .angle(let w)):
          hop.by = w.trimmingTrailing(",")
          continue
        case (.by, .bracket(let b)):
          hop.by = IPAddress(b)?.text ?? b
          continue
        case (.via, .word(let w)):
          hop.via = w.trimmingTrailing(",")
          continue
        case (.with, .word(let w)):
          readProtocol(w, next: index < tokens.count ? tokens[index] : nil, into: &hop)
          continue
        case (.with, .bracket(let b)):
          // "[XMail 1.20 ESMTP Server]"
          if let p = b.split(separator: " ").map({ $0.uppercased() }).first(where: { protocols.contains($0) }) {
            hop.with = p
          }
          continue
        case (.id, .word(let w)), (.id, .angle(let w)):
          hop.id = String(w.split(separator: "/", omittingEmptySubsequences: false).first ?? "")
            .trimmingTrailing(",")
          continue
        case (.for, .angle(let w)):
          hop.recipient = w
          continue
        case (.for, .word(let w)):
          hop.recipient = w.trimmingTrailing(",").trimmingBlanks(and: "<>")
          continue
        default:
          break
        }
      }
      switch (current, token) {
      case (.from, .comment(let c)):
        readFromComment(c, first: !fromCommentSeen, into: &hop)
        fromCommentSeen = true
      case (.from, .bracket(let b)):
        if hop.ip == nil, let ip = IPAddress(b) { hop.ip = ip }
      case (_, .comment(let c)):
        let lower = c.lowercased()
        if lower.hasPrefix("authenticated") || lower.contains("authenticated sender") { hop.authenticated = true }
      default:
        break
      }
    }
    if let w = hop.with, w.hasSuffix("A") || w.hasSuffix("SA") { hop.authenticated = true }
    return hop
  }

  private static func lastTopLevelSemicolon(_ s: Substring) -> Substring.Index? {
    var depth = 0
    var last: Substring.Index? = nil
    let utf8 = s.utf8
    var i = utf8.startIndex
    while i < utf8.endIndex {
      switch utf8[i] {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"): depth = max(0, depth - 1)
      case UInt8(ascii: ";") where depth == 0: last = i
      default: break
      }
      utf8.formIndex(after: &i)
    }
    return last
  }

  /// Whether a comment may carry TLS details (`TLS`, `SSL`, `cipher`, `version=`), before
  /// splitting it into words.
  private static func mentionsTLS(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for b in text.utf8 {
      let l = b | 0x20
      switch (previous.0, previous.1, l) {
      case (0x74, 0x6C, 0x73), (0x73, 0x73, 0x6C), (0x68, 0x65, 0x72), (0x6F, 0x6E, 0x3D | 0x20): return true
      default: previous = (previous.1, l)
      }
    }
    return false
  }

  private static func tokenize(_ s: Substring) -> [Token] {
    var tokens: [Token] = []
    // Every delimiter is ASCII, so the UTF-8 bytes split where the characters would.
    let bytes = Array(s.utf8)
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var i = 0
    while i < bytes.count, tokens.count < 512 {
      let c = bytes[i]
      if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A {
        i += 1
      } else if c == UInt8(ascii: "(") {
        var depth = 0
        let start = i + 1
        while i < bytes.count {
          if bytes[i] == UInt8(ascii: "(") { depth += 1 }
          if bytes[i] == UInt8(ascii: ")") {
            depth -= 1
            if depth == 0 { break }
          }
          i += 1
        }
        tokens.append(.comment(text(start..<min(i, bytes.count))))
        i += 1
      } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "<") {
        let close = c == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ">")
        let start = i + 1
        while i < bytes.count, bytes[i] != close { i += 1 }
        let inner = text(start..<min(i, bytes.count))
        tokens.append(c == UInt8(ascii: "[") ? .bracket(inner) : .angle(inner))
        i += 1
      } else {
        let start = i
        while i < bytes.count {
          switch bytes[i] {
          case 0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"): break
          default:
            i += 1
            continue
          }
          break
        }
        tokens.append(.word(text(start..<i)))
      }
    }
    return tokens
  }

  private static func readProtocol(_ word: String, next: Token?, into hop: inout ReceivedHop) {
    var w = word.trimmingTrailing(",")
    // "ESMTP/TLS/DHE-RSA-AES256-GCM-SHA384" carries the cipher.
    let slashes = w.split(separator: "/")
    if slashes.count == 3, slashes[1].uppercased() == "TLS" {
      hop.tlsCipher = String(slashes[2])
      w = String(slashes[0])
    }
    let upper = w.uppercased()
    if upper == "MICROSOFT", case .word(let n)? = next {
      let second = n.uppercased()
      if second.hasPrefix("SMTPSVC") || second == "SMTP" { hop.with = "SMTP" }
      hop.withRaw = "Microsoft \(n)"
      return
    }
    if upper == "ESMTP-TLS" {
      hop.with = "ESMTPS"
      return
    }
    if upper.hasPrefix("SMTPSVC") {
      hop.with = "SMTP"
      return
    }
    switch upper {
    case "LOCAL": hop.with = "Local"
    case "LOCAL-ESMTP": hop.with = "ESMTP"
    case "LOCAL-ESMTPS": hop.with = "ESMTPS"
    case "LOCAL-SMTP", "LOCAL-BSMTP", "BSMTP": hop.with = "SMTP"
    default:
      if protocols.contains(upper) {
        hop.with = upper
      } else {
        hop.withRaw = w
      }
    }
  }

  /// The comment after the `from` value: reverse DNS and IP, HELO, ident, authentication.
  private static func readFromComment(_ comment: String, first: Bool, into hop: inout ReceivedHop) {
    let lower = comment.lowercased()
    if lower.hasPrefix("authenticated") || lower.contains("authenticated sender")
      || lower.contains("authenticated user")
    {
      hop.authenticated = true
    }
    var words = comment.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
    if let auth = words.firstIndex(where: { $0.uppercased() == "AUTH:" }) {
      hop.authenticated = true
      if auth + 2 < words.count { hop.ident = String(words[auth + 2].split(separator: "/").first ?? "") }
      words.removeSubrange(auth..<min(words.count, auth + 3))
    }
    var hostname: String? = nil
    var index = 0
    while index < words.count {
      let w = words[index]
      let wl = w.lowercased()
      index += 1
      if ["helo", "ehlo", "lhlo"].contains(wl) {
        hop.heloCommand = wl.capitalized
        if index < words.count {
          hop.helo = words[index].trimmingBlanks(and: "[]")
          index += 1
        }
      } else if wl.hasPrefix("helo=") {
        hop.helo = String(w.dropFirst(5))
        hop.heloCommand = "Helo"
      } else if wl.hasPrefix("ident=") {
        hop.ident = String(w.dropFirst(6)).trimmingBlanks(and: "[]")
      } else if wl.hasPrefix("ident:") {
        hop.ident = String(w.dropFirst(6))
      } else if let open = w.firstIndex(of: "["), open != w.startIndex, let close = w.firstIndex(of: "]"), open < close
      {
        // "name[192.0.2.1]", "<name>[192.0.2.1]", "user@[192.0.2.1]"
        let name = String(w[..<open])
        if hop.ip == nil, let ip = IPAddress(w[w.index(after: open)..<close]) { hop.ip = ip }
        if name.hasSuffix("@") {
          hop.ident = String(name.dropLast())
        } else if first, hostname == nil {
          let cleaned = name.trimmingBlanks(and: "<>")
          if cleaned.lowercased() != "unknown" && !cleaned.isEmpty { hostname = cleaned }
        }
      } else if w.hasPrefix("[") {
        if let close = w.firstIndex(of: "]"), let ip = IPAddress(w[w.index(after: w.startIndex)..<close]) {
          if hop.ip == nil { hop.ip = ip }
        } else if let inner = w.dropFirst().split(separator: "]").first, inner.hasPrefix("<") {
          hop.ident = inner.trimmingBlanks(and: "<>")
        }
      } else if w.contains(Character("@")) {
        // qmail: "(user@192.0.2.1)"; webmail: "(user@192.0.2.1 with plain)"
        if hop.ident == nil { hop.ident = w }
      } else if let ip = IPAddress(w) {
        if hop.ip == nil { hop.ip = ip }
      } else if first && hostname == nil && index == 1 && w.contains(Character(".")) && wl != "localhost"
        && wl != "unknown"
      {
        hostname = w
      }
    }
    if let hostname, first, hop.reverseDNS == nil, IPAddress(hostname) == nil {
      hop.reverseDNS = hostname
    }
  }

  /// TLS version and cipher from the comment forms MTAs write.
  private static func readTLS(_ text: String, into hop: inout ReceivedHop) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
    for (i, w) in words.enumerated() {
      let lower = w.lowercased()
      if lower == "using", i + 1 < words.count, words[i + 1].uppercased().hasPrefix("TLS") {
        hop.tlsVersion = normalizeVersion(words[i + 1])
        if i + 4 < words.count, words[i + 2].lowercased() == "with", words[i + 3].lowercased() == "cipher" {
          hop.tlsCipher = words[i + 4]
        }
      } else if lower.hasPrefix("version=") {
        hop.tlsVersion = normalizeVersion(String(w.dropFirst(8)))
      } else if lower.hasPrefix("cipher=") {
        let cipher = String(w.dropFirst(7))
        if cipher.uppercased() != "OTHER" { hop.tlsCipher = cipher }
      } else if lower == "cipher" || lower == "tls_cipher", i + 1 < words.count {
        // Exim: "Cipher TLSv1:DES-CBC3-SHA:168", "tls_cipher TLS-1.0:RSA_AES_256_CBC_SHA:32"
        let pieces = words[i + 1].split(separator: ":")
        if pieces.count >= 2 {
          hop.tlsVersion = normalizeVersion(String(pieces[0]))
          hop.tlsCipher = String(pieces[1])
        }
      } else if lower == "tls:", i + 1 < words.count {
        hop.tlsVersion = normalizeVersion(words[i + 1])
        if let last = words.last, last.contains(Character("_")) || last.contains(Character("-")) {
          hop.tlsCipher = last
        }
      } else if i == 0, lower.hasPrefix("tls"), w.split(separator: ":").count >= 2 {
        // Exim: "(TLS-1.0:DHE_RSA_3DES_EDE_CBC_SHA:24)"
        let pieces = w.split(separator: ":")
        hop.tlsVersion = normalizeVersion(String(pieces[0]))
        hop.tlsCipher = String(pieces[1])
      }
    }
  }

  /// `TLSv1.3`, `TLS1_2`, `TLS-1.0`, `TLSv1` → `TLSv1_3`, `TLSv1_2`, `TLSv1_0`, `TLSv1_0`.
  static func normalizeVersion(_ raw: String) -> String? {
    // "TLSv1/SSLv3" names the first.
    let upper = String(raw.uppercased().split(separator: "/").first ?? "")
    guard upper.hasPrefix("TLS") || upper.hasPrefix("SSL") else { return nil }
    let digits = upper.filter(\.isNumber)
    if upper.hasPrefix("SSL") { return "SSLv\(digits.prefix(1))" }
    switch digits.prefix(2) {
    case "1", "10": return "TLSv1_0"
    case "11": return "TLSv1_1"
    case "12": return "TLSv1_2"
    case "13": return "TLSv1_3"
    default: return digits.isEmpty ? "TLSv1_0" : nil
    }
  }
}

extension String {
  fileprivate func trimmingTrailing(_ set: String) -> String {
    var s = Substring(self)
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
