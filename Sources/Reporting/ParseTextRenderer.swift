import MailCore

/// Renders a parsed message for people: the key fields, the part tree and the defects.
public struct ParseTextRenderer: Sendable {
  /// How many characters of body text to show.
  public var bodyPreview: Int

  public init(bodyPreview: Int = 600) {
    self.bodyPreview = bodyPreview
  }

  public func render(_ message: Message, source: String) -> String {
    var out = "== \(Inert.text(source)) (\(message.raw.count) bytes)\n"
    describe(message, indent: "", into: &out)
    out += "Parts:\n"
    tree(message, id: message.rootID, indent: "  ", into: &out)
    let attachments = message.attachments
    if !attachments.isEmpty {
      out += "Attachments:\n"
      for a in attachments {
        out +=
          "  [\(a.partID)] \(Inert.text(a.filename ?? "(no name)"))  \(Inert.text(a.contentType))  \(a.size) bytes  sha256=\(a.sha256 ?? "-")\n"
      }
    }
    for inner in message.embeddedMessages {
      out += "Embedded message (part \(inner.rootID)):\n"
      describe(inner, indent: "  ", into: &out)
    }
    let text = message.currentThreadText
    if !text.isEmpty {
      out += "Current text:\n"
      let preview = text.count > bodyPreview ? String(text.prefix(bodyPreview)) + " …" : text
      for line in preview.split(separator: "\n", omittingEmptySubsequences: false) {
        out += "  | " + Inert.text(String(line)) + "\n"
      }
    }
    if message.defects.isEmpty {
      out += "Defects: none\n"
    } else {
      out += "Defects:\n"
      for d in message.defects {
        let place = d.partID.map { "part \($0)" } ?? "message"
        let at = d.offset.map { " @\($0)" } ?? ""
        out += "  \(d.kind.rawValue) (\(place)\(at))\(d.detail.isEmpty ? "" : ": " + Inert.text(d.detail))\n"
      }
    }
    return out
  }

  private func describe(_ message: Message, indent: String, into out: inout String) {
    let e = message.envelope
    func line(_ label: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      out += "\(indent)\(label.padding(12))\(Inert.text(value))\n"
    }
    line("Subject:", e.subject)
    line("From:", e.from.map(Self.format).joined(separator: ", "))
    line("Sender:", e.sender.map(Self.format))
    line("Reply-To:", e.replyTo.map(Self.format).joined(separator: ", "))
    line("To:", e.to.map(Self.format).joined(separator: ", "))
    line("Cc:", e.cc.map(Self.format).joined(separator: ", "))
    line("Date:", e.date.map { "\($0.rfc3339Local) (\($0.rfc3339))" })
    line("Return-Path:", e.returnPath)
    line("Message-ID:", e.messageID)
  }

  private func tree(_ message: Message, id: Int, indent: String, into out: inout String) {
    let p = message.parts[id]
    var line = "\(indent)[\(p.id)] \(Inert.text(p.contentType.mimeType))"
    if let charset = p.charset { line += " charset=\(Inert.text(charset))" }
    if p.transferEncoding != .sevenBit { line += " \(Inert.text(p.transferEncoding.description))" }
    if let name = p.filename { line += " \"\(Inert.text(name))\"" }
    line += "  bytes \(p.headerRange.lowerBound)..<\(p.bodyRange.upperBound)"
    if p.buffer != 0 { line += " (buffer \(p.buffer))" }
    out += line + "\n"
    for child in p.childIDs { tree(message, id: child, indent: indent + "  ", into: &out) }
  }

  static func format(_ a: Address) -> String {
    switch (a.name, a.address) {
    case (let n?, let addr?): return "\(n) <\(addr)>"
    case (nil, let addr?): return addr
    case (let n?, nil): return n
    default: return ""
    }
  }

}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
