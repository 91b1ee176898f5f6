/// Finds forwarded header blocks in a body's text, outermost first.
///
/// A block starts at a client's separator line (`---------- Forwarded message ---------`,
/// `-----Original Message-----`, `Begin forwarded message:`, Outlook's line of underscores, and
/// their Japanese forms) or directly at a `From:`/`差出人:` line followed by a date label, and
/// runs over `Label: value` lines until a blank line. Lines quoted with `>` are read unquoted.
struct ForwardBlockScanner {
  let lines: [Substring]
  let defaultZone: Int

  init(text: String, defaultZone: Int) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    self.defaultZone = defaultZone
  }

  enum Field { case from, date, to, cc, subject }

  /// Header labels as mail clients write them, lowercased, without the colon.
  static let labels: [String: Field] = [
    "from": .from, "差出人": .from, "送信者": .from, "von": .from, "de": .from, "van": .from, "发件人": .from,
    "寄件者": .from,
    "sent": .date, "date": .date, "送信日時": .date, "日付": .date, "日時": .date, "送信日": .date, "gesendet": .date,
    "datum": .date, "envoyé": .date, "enviado": .date, "enviado el": .date, "fecha": .date, "verzonden": .date,
    "发送时间": .date,
    "日期": .date, "時間": .date,
    "to": .to, "宛先": .to, "an": .to, "à": .to, "a": .to, "para": .to, "aan": .to, "收件人": .to, "收件者": .to,
    "cc": .cc, "cc（写し）": .cc, "kopie": .cc, "抄送": .cc, "副本": .cc,
    "subject": .subject, "件名": .subject, "betreff": .subject, "objet": .subject, "asunto": .subject,
    "onderwerp": .subject, "主题": .subject, "主旨": .subject,
  ]

  /// Separator lines (compared without spaces and dashes, lowercased) and the client each marks.
  static let separators: [(String, String)] = [
    ("forwardedmessage", "gmail-or-thunderbird"), ("転送メッセージ", "gmail-or-thunderbird"),
    ("originalmessage", "outlook"), ("元のメッセージ", "outlook"), ("originalnachricht", "outlook"),
    ("ursprünglichenachricht", "outlook"), ("messaged'origine", "outlook"), ("mensajeoriginal", "outlook"),
    ("oorspronkelijkbericht", "outlook"), ("beginforwardedmessage:", "apple-mail"),
    ("転送されたメッセージ:", "apple-mail"), ("転送されたメッセージ：", "apple-mail"), ("weitergeleitetenachricht", "gmail"),
    ("messagetransféré", "gmail"), ("mensajereenviado", "gmail"), ("doorgestuurdbericht", "gmail"),
    ("转发的邮件", "gmail"),
  ]

  /// The sender labels a block starts with, as bytes (ASCII ones compared without case).
  static let fromLabels: [[UInt8]] = ["from", "von", "de", "van", "差出人", "送信者", "发件人", "寄件者"].map {
    Array($0.utf8)
  }

  /// Cheap test run on every message: whether some line starts (after quote marks and blanks)
  /// with a sender label and a colon. One pass over the bytes; most messages stop here.
  static func mayContainBlock(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buf -> Bool in
      var i = 0
      let n = buf.count
      while i < n {
        var j = i
        while j < n, buf[j] == 0x20 || buf[j] == 0x09 || buf[j] == UInt8(ascii: ">") { j += 1 }
        if j < n, startsWithFromLabel(buf, at: j) { return true }
        guard let newline = ByteSearch.first(0x0A, in: buf, range: j..<n) else { return false }
        i = newline + 1
      }
      return false
    }
  }

  /// Whether a line can be a separator or a sender label, from its first significant byte.
  static func mayStartBlock(_ line: Substring) -> Bool {
    var copy = line
    return copy.withUTF8 { buf -> Bool in
      var j = 0
      while j < buf.count, buf[j] == 0x20 || buf[j] == 0x09 || buf[j] == UInt8(ascii: ">") { j += 1 }
      guard j < buf.count else { return false }
      switch buf[j] {
      // Dashes and underscores (every client's separator), "Begin forwarded message:", 転 (転送…).
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "B"), UInt8(ascii: "b"), 0xE8: return true
      default: return startsWithFromLabel(buf, at: j)
      }
    }
  }

  static func startsWithFromLabel(_ buf: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    for label in fromLabels where start + label.count < buf.count {
      var k = 0
      while k < label.count {
        let b = buf[start + k]
        let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        guard folded == label[k] else { break }
        k += 1
      }
      guard k == label.count else { continue }
      var j = start + k
      while j < buf.count, buf[j] == 0x20 || buf[j] == 0x09 { j += 1 }
      if j < buf.count, buf[j] == UInt8(ascii: ":") { return true }
      if j + 2 < buf.count, buf[j] == 0xEF, buf[j + 1] == 0xBC, buf[j + 2] == 0x9A { return true }  // ：
    }
    return false
  }

  /// Every block, outermost first.
  func blocks() -> [InlineForward] {
    var result: [InlineForward] = []
    var i = 0
    while i < lines.count, result.count < 16 {
      // Most lines cannot start a block: decided on their first bytes, without a copy.
      guard Self.mayStartBlock(lines[i]) else {
        i += 1
        continue
      }
      let line = Self.unquoted(lines[i])
      var client: String? = nil
      var headerStart = i
      if let marked = Self.separatorClient(line) {
        client = marked
        headerStart = i + 1
        // Apple Mail and Gmail leave a blank line between the separator and the labels.
        while headerStart < lines.count, Self.unquoted(lines[headerStart]).isEmpty, headerStart < i + 3 {
          headerStart += 1
        }
      } else if let (field, _) = Self.label(line), field == .from {
        client = "generic"
      }
      guard let found = client, var block = readHeader(from: headerStart, client: found) else {
        i += 1
        continue
      }
      // A bare header block counts only when it has From and a date or subject.
      if found == "generic"
        && (block.forward.date == nil && block.forward.dateText == nil || block.forward.subject == nil)
      {
        i += 1
        continue
      }
      block.forward.explicitForwardSeparator = found != "outlook" && found != "generic"
      block.forward.client = Self.refine(found, labelsOrder: block.order)
      let bodyStart = block.end
      var bodyLines = lines[bodyStart...].map { Self.unquotedOnce($0) }
      while let first = bodyLines.first, first.trimmingBlanks().isEmpty { bodyLines.removeFirst() }
      block.forward.body = bodyLines.joined(separator: "\n")
      result.append(block.forward)
      i = bodyStart
    }
    return result
  }

  /// Reads `Label: value` lines from `start`; nil unless a From label is among them.
  func readHeader(from start: Int, client: String) -> (forward: InlineForward, end: Int, order: [Field])? {
    var forward = InlineForward(
      client: client, fromName: nil, fromAddress: nil, dateText: nil, date: nil, to: [], cc: [], subject: nil,
      body: "", html: nil, depth: 1)
    var order: [Field] = []
    var i = start
    var last: Field? = nil
    var values: [Field: String] = [:]
    while i < lines.count, i < start + 24 {
      let line = Self.unquoted(lines[i])
      if line.isEmpty { break }
      if let (field, value) = Self.label(line) {
        if values[field] == nil {
          values[field] = value
          order.append(field)
        }
        last = field
      } else if let last, last == .to || last == .cc, !values.isEmpty {
        values[last, default: ""] += " " + line  // a wrapped recipient list
      } else {
        break
      }
      i += 1
    }
    guard let from = values[.from] else { return nil }
    let sender = Self.party(from)
    forward.fromName = sender.name
    forward.fromAddress = sender.address
    forward.subject = values[.subject].map { $0.trimmingBlanks() }
    forward.dateText = values[.date]
    forward.date = values[.date].flatMap { ForwardDateParser.parse($0, defaultZone: defaultZone) }
    forward.to = values[.to].map(Self.parties) ?? []
    forward.cc = values[.cc].map(Self.parties) ?? []
    return (forward, i, order)
  }

  /// Which client wrote the block, from its separator and the order of its labels.
  static func refine(_ client: String, labelsOrder: [Field]) -> String {
    guard client == "gmail-or-thunderbird" || client == "generic" else { return client }
    if labelsOrder.first == .subject { return "thunderbird" }
    if client == "generic" { return labelsOrder.contains(.date) ? "outlook" : "generic" }
    return "gmail"
  }

  static func separatorClient(_ line: String) -> String? {
    guard line.count <= 80 else { return nil }
    if line.count >= 20, line.allSatisfy({ $0 == "_" }) { return "outlook" }
    let key = String(line.lowercased().filter { $0 != " " && $0 != "-" && $0 != "　" && $0 != "\u{00A0}" })
    for (separator, client) in separators where key == separator { return client }
    return nil
  }

  /// A `Label: value` line (ASCII or full-width colon; French puts a space before it).
  static func label(_ line: String) -> (Field, String)? {
    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    let name = line[..<colon].trimmingBlanks().lowercased()
    guard !name.isEmpty, name.count <= 12, let field = labels[String(name)] else { return nil }
    let value = line[line.index(after: colon)...].trimmingBlanks()
    return (field, String(value))
  }

  /// A line without quote markers (`> `) and surrounding blanks.
  static func unquoted(_ line: Substring) -> String {
    var s = line[...]
    while let first = s.first, first == ">" || first == " " || first == "\t" { s = s.dropFirst() }
    return String(s).trimmingBlanks()
  }

  /// A body line with one level of quoting removed.
  static func unquotedOnce(_ line: Substring) -> String {
    if line.hasPrefix("> ") { return String(line.dropFirst(2)) }
    if line.hasPrefix(">") { return String(line.dropFirst()) }
    return String(line)
  }

  static func hasForwardPrefix(_ subject: String) -> Bool {
    let s = subject.trimmingBlanks().lowercased()
    return ["fw:", "fwd:", "fw：", "転送:", "転送：", "wg:", "tr:", "rv:", "enc:", "doorst:", "转发:"].contains {
      s.hasPrefix($0)
    }
  }

  /// One sender: `Name <addr>`, `Name [mailto:addr]`, `"Name" <addr>` or a bare address.
  static func party(_ value: String) -> InlineForward.Party {
    let address = firstAddress(in: value)
    var name = value
    if let address {
      for junk in [
        "<mailto:\(address)>", "[mailto:\(address)]", "(mailto:\(address))", "mailto:\(address)", "<\(address)>",
        "[\(address)]", "(\(address))",
      ] {
        name = name.replacingFirst(junk)
      }
      if name.trimmingBlanks() == address { name = "" }
      name = name.replacingFirst(address).trimmingBlanks()
    }
    name = name.trimmingBlanks(and: "\"'<>[]()")
    return InlineForward.Party(name: name.isEmpty ? nil : name, address: address?.lowercased())
  }

  /// Recipients separated by `;` (Outlook) or `,` (others, when the pieces carry addresses).
  static func parties(_ value: String) -> [InlineForward.Party] {
    var pieces = value.split(separator: ";").map(String.init)
    if pieces.count == 1, value.filter({ $0 == "@" }).count > 1 {
      pieces = splitAfterAddresses(value)
    }
    return pieces.map(party).filter { $0.name != nil || $0.address != nil }.prefix(200).map { $0 }
  }

  /// Splits `A <a@x>, B <b@y>` at the commas that follow an address.
  static func splitAfterAddresses(_ value: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    for ch in value {
      if ch == ",", current.contains("@"), current.contains(">") || !current.contains("<") {
        pieces.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    if !current.trimmingBlanks().isEmpty { pieces.append(current) }
    return pieces
  }

  /// The first thing shaped like an address.
  static func firstAddress(in value: String) -> String? {
    let stops: Set<Character> = [" ", "<", ">", "[", "]", "(", ")", "\"", ";", ",", "'", "　", "\t"]
    let chars = Array(value)
    guard let at = chars.firstIndex(of: "@") else { return nil }
    var start = at
    while start > 0, !stops.contains(chars[start - 1]) { start -= 1 }
    var end = at + 1
    while end < chars.count, !stops.contains(chars[end]) { end += 1 }
    var candidate = String(chars[start..<end])
    if candidate.lowercased().hasPrefix("mailto:") { candidate.removeFirst(7) }
    while let last = candidate.last, last == "." || last == ":" { candidate.removeLast() }
    let parts = candidate.split(separator: "@")
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return nil }
    return candidate
  }

  /// The report's HTML below the `skipping`-th forwarded block's marker, when one is found.
  static func htmlBelowBlock(_ html: String, skipping: Int) -> String? {
    let markers = [
      "divRplyFwdMsg", "gmail_quote", "Forwarded message", "Begin forwarded message", "Forwarded Message",
      "Original Message", "転送メッセージ", "転送されたメッセージ", "元のメッセージ", "moz-forward-container",
    ].map { Array($0.utf8) }
    let bytes = Array(html.utf8)
    var position = 0
    var found = false
    bytes.withUnsafeBufferPointer { buf in
      for _ in 0...skipping {
        let hits = markers.compactMap { marker in
          Self.index(of: marker, in: buf, from: position).map { $0 + marker.count }
        }
        guard let hit = hits.min() else { break }
        position = hit
        found = true
      }
    }
    guard found, let open = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
    return String(decoding: bytes[(open + 1)...], as: UTF8.self)
  }

  /// Where `needle` first occurs in `haystack` at or after `from`.
  static func index(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var i = from
    let last = haystack.count - needle.count
    while i <= last {
      guard let hit = ByteSearch.first(first, in: haystack, range: i..<(last + 1)) else { return nil }
      var k = 1
      while k < needle.count, haystack[hit + k] == needle[k] { k += 1 }
      if k == needle.count { return hit }
      i = hit + 1
    }
    return nil
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String) -> String {
    guard !target.isEmpty, let range = range(of: target) else { return self }
    return String(self[..<range.lowerBound]) + String(self[range.upperBound...])
  }

  fileprivate func range(of target: String) -> Range<String.Index>? {
    self[...].range(of: target)
  }
}

extension Substring {
  /// The first occurrence of `target` (by Unicode scalar, so a combining mark never hides it).
  func range(of target: String) -> Range<String.Index>? {
    let t = Array(target.unicodeScalars)
    guard let first = t.first else { return nil }
    var i = unicodeScalars.startIndex
    while i < unicodeScalars.endIndex {
      if unicodeScalars[i] == first {
        var j = i
        var k = 0
        while k < t.count, j < unicodeScalars.endIndex, unicodeScalars[j] == t[k] {
          j = unicodeScalars.index(after: j)
          k += 1
        }
        if k == t.count { return i..<j }
      }
      i = unicodeScalars.index(after: i)
    }
    return nil
  }
}
