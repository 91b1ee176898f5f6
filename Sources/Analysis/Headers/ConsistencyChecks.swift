import MailCore

/// Findings from how the header fields agree with each other: From vs Sender vs Reply-To vs
/// Return-Path, Message-ID domain, display names that hold another address, clocks, missing
/// fields, mailer hints. Each finding quotes the fields it rests on.
public enum ConsistencyChecks {
  public static func findings(for message: Message, chain: ReceivedChain) -> [Finding] {
    var findings: [Finding] = []
    let headers = message.headers
    let env = message.envelope
    func field(_ name: String) -> HeaderField? { headers.first(named: name) }
    guard let from = message.from else {
      findings.append(
        Finding(id: "missing-from", severity: .medium, title: "The message has no From address", evidence: []))
      return findings
    }
    let fromDomain = from.domain.flatMap(DomainName.registrable)
    let fromField = field("from")

    // Reply-To elsewhere: the classic BEC redirection.
    for reply in env.replyTo {
      guard let domain = reply.domain, let rd = DomainName.registrable(domain), rd != fromDomain else { continue }
      var evidence = [Evidence("Reply-To: \(reply.address ?? "")", field: field("reply-to")!, part: message.rootID)]
      if let fromField {
        evidence.append(Evidence("From: \(from.address ?? "")", field: fromField, part: message.rootID))
      }
      findings.append(
        Finding(
          id: "reply-to-domain-mismatch", severity: .medium,
          title: "Replies go to \(domain), not to the sender's domain \(from.domain ?? "")", evidence: evidence))
    }
    if let sender = env.sender, let sd = sender.domain.flatMap(DomainName.registrable), sd != fromDomain,
      let senderField = field("sender")
    {
      findings.append(
        Finding(
          id: "sender-domain-mismatch", severity: .low,
          title: "Sender \(sender.address ?? "") is another domain than From",
          evidence: [Evidence("Sender: \(sender.address ?? "")", field: senderField, part: message.rootID)]))
    }
    if let rp = env.returnPath, let rpDomain = rp.split(separator: "@").last.map(String.init),
      let rd = DomainName.registrable(rpDomain), rd != fromDomain, let rpField = field("return-path")
    {
      findings.append(
        Finding(
          id: "return-path-domain-mismatch", severity: .low,
          title: "The envelope sender (Return-Path) is \(rpDomain), not \(from.domain ?? "")",
          evidence: [Evidence("Return-Path: \(rp)", field: rpField, part: message.rootID)]))
    }
    if let id = env.messageID, let at = id.lastIndex(of: "@"),
      let idDomain = DomainName.registrable(String(id[id.index(after: at)...])), idDomain != fromDomain,
      let idField = field("message-id")
    {
      findings.append(
        Finding(
          id: "message-id-domain-mismatch", severity: .low,
          title: "Message-ID was made at \(idDomain), not at the sender's domain",
          evidence: [Evidence("Message-ID: <\(id)>", field: idField, part: message.rootID)]))
    }
    // A display name that is itself an address, and not the real one.
    for address in env.from + env.replyTo {
      guard let name = address.name, let real = address.address else { continue }
      let named = FieldParsers.addresses(name).compactMap(\.address).filter { $0.contains(Character("@")) }
      if let shown = named.first(where: { $0.lowercased() != real.lowercased() }) {
        var evidence: [Evidence] = []
        if let fromField {
          evidence.append(Evidence("From: \"\(name)\" <\(real)>", field: fromField, part: message.rootID))
        }
        findings.append(
          Finding(
            id: "display-name-holds-other-address", severity: .high,
            title: "The display name shows \(shown) but the address is \(real)", evidence: evidence))
      }
    }
    if env.messageID == nil {
      findings.append(
        Finding(id: "missing-message-id", severity: .low, title: "The message has no Message-ID", evidence: []))
    }
    if env.date == nil {
      findings.append(
        Finding(id: "missing-date", severity: .low, title: "The message has no readable Date", evidence: []))
    }
    for anomaly in chain.anomalies {
      let hop = chain.hops.first { $0.number == anomaly.hopNumber }
      let evidence = hop.map { [Evidence("Received (hop \($0.number)): \($0.field.value)", field: $0.field)] } ?? []
      switch anomaly.kind {
      case .dateFarFromFirstHop:
        findings.append(
          Finding(
            id: "date-far-from-first-hop", severity: .medium,
            title: "The Date field is \(describe(anomaly.seconds)) away from the first hop's time", evidence: evidence))
      case .negativeDelay:
        findings.append(
          Finding(
            id: "received-clock-goes-backwards", severity: .low,
            title: "Hop \(anomaly.hopNumber) is stamped \(describe(-anomaly.seconds)) before the hop below it",
            evidence: evidence))
      case .hugeDelay:
        findings.append(
          Finding(
            id: "received-long-delay", severity: .info,
            title: "Hop \(anomaly.hopNumber) came \(describe(anomaly.seconds)) after the hop below it",
            evidence: evidence))
      }
    }
    for name in ["x-mailer", "user-agent"] {
      if let f = field(name) {
        findings.append(
          Finding(
            id: "mailer", severity: .info, title: "Written with \(f.value)",
            evidence: [Evidence("\(f.name): \(f.value)", field: f, part: message.rootID)]))
      }
    }
    return findings
  }

  static func describe(_ seconds: Int64) -> String {
    let s = abs(seconds)
    if s >= 86_400 { return "\(s / 86_400) days" }
    if s >= 3_600 { return "\(s / 3_600) hours" }
    if s >= 60 { return "\(s / 60) minutes" }
    return "\(s) seconds"
  }
}
