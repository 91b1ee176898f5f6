/// Parses the common header fields of a message root into an ``Envelope``.
struct EnvelopeReader {
  let converter: CharsetConverter
  let limits: ParseLimits

  /// Fields RFC 5322 allows at most once; a second copy is a classic spoofing trick.
  private static let singletons: Set<String> = [
    "from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date", "message-id", "in-reply-to", "references",
  ]

  func read(_ headers: [HeaderField], buffer: UnsafeBufferPointer<UInt8>, defects: inout DefectLog) -> Envelope {
    var envelope = Envelope()
    var seen: Set<String> = []
    for field in headers {
      let key = field.key
      if Self.singletons.contains(key) {
        if seen.contains(key) {
          defects.record(.duplicateHeader, offset: field.range.lowerBound, detail: field.name)
          continue
        }
        seen.insert(key)
      }
      let raw = UnsafeBufferPointer(rebasing: buffer[field.valueRange])
      switch key {
      case "subject": envelope.subject = field.value
      case "from": envelope.from = addresses(raw, &defects)
      case "sender": envelope.sender = addresses(raw, &defects).first
      case "reply-to": envelope.replyTo = addresses(raw, &defects)
      case "to": envelope.to = addresses(raw, &defects)
      case "cc": envelope.cc = addresses(raw, &defects)
      case "bcc": envelope.bcc = addresses(raw, &defects)
      case "return-path" where envelope.returnPath == nil:
        let value = field.value
        if let open = value.firstIndex(of: "<") {
          let rest = value[value.index(after: open)...]
          envelope.returnPath = String(rest.prefix { $0 != ">" }).trimmingBlanks()
        } else {
          envelope.returnPath = value.trimmingBlanks()
        }
      case "date":
        if let date = DateParser.parse(raw) {
          envelope.date = date
        } else {
          defects.record(.malformedDate, offset: field.range.lowerBound, detail: field.value)
        }
      case "message-id": envelope.messageID = MessageIDParser.parse(field.value).first
      case "in-reply-to": envelope.inReplyTo = MessageIDParser.parse(field.value)
      case "references": envelope.references = MessageIDParser.parse(field.value)
      default: break
      }
    }
    return envelope
  }

  private func addresses(_ raw: UnsafeBufferPointer<UInt8>, _ defects: inout DefectLog) -> [Address] {
    AddressParser.parse(raw, converter: converter, limits: limits, defects: &defects)
  }
}
