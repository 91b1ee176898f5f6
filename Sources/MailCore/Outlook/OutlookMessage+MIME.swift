extension OutlookMessage {
  /// The message as RFC 5322 / MIME bytes. The header section is the original one when the file
  /// kept it (`PR_TRANSPORT_MESSAGE_HEADERS`, with its Received chain), its MIME fields replaced
  /// by those of the rebuilt body; otherwise it is rebuilt from the properties (From, To, Cc,
  /// Bcc, Subject, Date, Message-ID, In-Reply-To, References). Attached `.msg` files become
  /// `message/rfc822` parts, recursively.
  public func mime() -> [UInt8] {
    var writer = MIMEWriter()
    var present: Set<String> = []
    if let transportHeaders {
      for field in Self.fields(of: transportHeaders) {
        guard let colon = field.firstIndex(of: ":") else { continue }
        let name = field[..<colon].lowercased()
        if name.hasPrefix("content-") || name == "mime-version" { continue }
        // A To or Cc that names no address (Exchange writes display names only) gives way to the
        // recipient table, which has the SMTP addresses.
        if name == "to" || name == "cc" || name == "bcc", !field.contains("@"),
          recipients.contains(where: { $0.address != nil })
        {
          continue
        }
        present.insert(name)
        writer.fields.append(field)
      }
    }
    if transportHeaders == nil {
      // The X- fields Outlook kept as named properties (X-Originating-IP and the like); fields
      // that describe the original MIME body are not this body's.
      for (name, value) in namedHeaders where !name.hasPrefix("content-") && name != "mime-version" {
        guard !present.contains(name), present.count < 200 else { continue }
        present.insert(name)
        writer.add(Self.headerCase(name), value)
      }
    }
    if !present.contains("from"), senderName != nil || senderAddress != nil {
      writer.add("From", addresses: [(senderName, senderAddress)])
    }
    for (kind, name) in [(Recipient.Kind.to, "To"), (.cc, "Cc"), (.bcc, "Bcc")]
    where !present.contains(name.lowercased()) {
      writer.add(name, addresses: recipients.filter { $0.kind == kind }.map { ($0.name, $0.address) })
    }
    if !present.contains("subject"), let subject { writer.add("Subject", subject) }
    if !present.contains("date"), let date { writer.add("Date", date.rfc5322) }
    if !present.contains("message-id"), let messageID { writer.add("Message-ID", messageID) }
    if !present.contains("in-reply-to"), let inReplyTo { writer.add("In-Reply-To", inReplyTo) }
    if !present.contains("references"), let references { writer.add("References", references) }
    return writer.bytes(body: mimeBody())
  }

  func mimeBody() -> MIMEWriter.Body {
    var alternatives: [MIMEWriter.Body] = []
    if let body, !body.isEmpty { alternatives.append(.text(body, subtype: "plain")) }
    if let html, !html.isEmpty { alternatives.append(.text(html, subtype: "html")) }
    var main: MIMEWriter.Body =
      alternatives.count > 1
      ? .multipart(subtype: "alternative", alternatives) : alternatives.first ?? .text("", subtype: "plain")
    var files: [MIMEWriter.Body] = []
    for attachment in attachments {
      if let inner = attachment.embedded.first {
        files.append(.message(inner.mime(), filename: attachment.filename))
      } else if attachment.mimeType?.lowercased() == "multipart/signed", let entity = signedEntity(attachment.data) {
        // A signed .msg keeps the whole signed MIME entity as an attachment: that is the message.
        main = .entity(entity)
      } else {
        files.append(
          .attachment(
            data: attachment.data, mimeType: attachment.mimeType ?? "application/octet-stream",
            filename: attachment.filename, contentID: attachment.contentID))
      }
    }
    return files.isEmpty ? main : .multipart(subtype: "mixed", [main] + files)
  }

  /// The signed entity of a signed `.msg`: the attachment when it starts with its own header
  /// fields, else the attachment under the original Content-Type from the transport headers.
  func signedEntity(_ data: [UInt8]) -> [UInt8]? {
    let head = String(decoding: data.prefix(200), as: UTF8.self)
    if let firstLine = head.split(whereSeparator: \.isNewline).first, firstLine.contains(":"), !head.hasPrefix("--") {
      return data
    }
    guard let transportHeaders,
      let type = Self.fields(of: transportHeaders).first(where: { $0.lowercased().hasPrefix("content-type:") })
    else { return nil }
    return Array("\(type)\r\n\r\n".utf8) + data
  }

  /// `x-originating-ip` as `X-Originating-IP`-style capitals (`X-Originating-Ip`).
  static func headerCase(_ name: String) -> String {
    name.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined(separator: "-")
  }

  /// The header fields of a header section, each with its folded lines joined by CRLF; stops at
  /// the first empty line. Lines that are neither a field nor a continuation are dropped.
  static func fields(of section: String) -> [String] {
    var fields: [String] = []
    for line in section.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      var text = String(line)
      if text.hasSuffix("\r") { text.removeLast() }
      if text.isEmpty {
        if !fields.isEmpty { break }
        continue
      }
      if text.first == " " || text.first == "\t" {
        if !fields.isEmpty { fields[fields.count - 1] += "\r\n" + text }
      } else if let colon = text.firstIndex(of: ":"), colon > text.startIndex,
        text[..<colon].utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
      {
        fields.append(text)
      }
    }
    return fields
  }
}

extension MailDate {
  /// The date as an RFC 5322 `date-time` in its own zone, e.g. `Fri, 17 May 2024 11:41:00 +0900`.
  public var rfc5322: String {
    let local = timestamp + Int64(zoneOffset)
    let (y, mo, d, h, mi, s) = CivilTime.components(of: local)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(((days % 7) + 7) % 7)]
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let sign = zoneOffset < 0 ? "-" : "+"
    let off = abs(zoneOffset)
    return
      "\(weekday), \(d) \(month) \(y) \(two(h)):\(two(mi)):\(two(s)) \(sign)\(two(off / 3600))\(two(off % 3600 / 60))"
  }
}
