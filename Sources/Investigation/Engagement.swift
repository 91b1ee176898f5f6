import Analysis
import MailCore

/// Someone in the organisation answered the attacker: a reply to a lure (its Message-ID in
/// `In-Reply-To` or `References`), or a message from an employee to the lure's sender or
/// Reply-To address. The first thing a report says, because it changes what to do next.
public struct Engagement: Sendable, Codable, Equatable {
  /// `in-reply-to`, `references` or `to-attacker`: how the message was tied to the lure.
  public var how: String
  /// The address the reply came from.
  public var from: String
  /// The employee's corporate address, when the directory knows the sender.
  public var employee: String?
  /// The employee's name, when the directory knows the sender.
  public var name: String?
  /// The attacker's addresses it was sent to.
  public var to: [String]
  public var subject: String?
  /// RFC 3339 (UTC).
  public var date: String?
  /// `reported` or `mailbox`, and the file or mailbox it was found in.
  public var origin: String
  public var source: String
}

/// What ties a message to a campaign's lure: the lures' Message-IDs and the attacker's
/// addresses (senders and Reply-To). Built from the flagged messages of a case; a sweep keeps
/// every message that answers one of them.
public struct ReplyTargets: Sendable {
  public var messageIDs: Set<String> = []
  public var addresses: Set<String> = []

  public init() {}

  /// The targets of the messages the analysis flagged (anything but clean).
  public init(_ messages: [CaseMessage]) {
    for m in messages where m.analysis.bec.verdict.label != "clean" {
      add(m.analysis)
    }
  }

  mutating func add(_ a: MessageAnalysis) {
    if let id = a.facts.envelope.messageID?.lowercased(), !id.isEmpty { messageIDs.insert(id) }
    if let from = a.facts.from?.address?.lowercased() { addresses.insert(from) }
    for r in a.facts.envelope.replyTo.compactMap({ $0.address?.lowercased() }) { addresses.insert(r) }
  }

  public var isEmpty: Bool { messageIDs.isEmpty && addresses.isEmpty }

  /// How `envelope` answers a lure, if it does: `in-reply-to`, `references` or `to-attacker`.
  /// A message from one of the attacker's own addresses answers nothing.
  public func answer(_ envelope: Envelope, from: String?) -> String? {
    if let from, addresses.contains(from.lowercased()) { return nil }
    if envelope.inReplyTo.contains(where: { messageIDs.contains($0.lowercased()) }) { return "in-reply-to" }
    if envelope.references.contains(where: { messageIDs.contains($0.lowercased()) }) { return "references" }
    let recipients = (envelope.to + envelope.cc + envelope.bcc).compactMap { $0.address?.lowercased() }
    if recipients.contains(where: addresses.contains) { return "to-attacker" }
    return nil
  }

  /// The attacker's addresses among `envelope`'s recipients.
  func attackerRecipients(_ envelope: Envelope) -> [String] {
    (envelope.to + envelope.cc + envelope.bcc).compactMap { $0.address?.lowercased() }.filter(addresses.contains)
  }
}

extension Investigator {
  /// The messages that answer a flagged message of the case, sent by someone of the
  /// organisation (an address of its domains or one the directory lists), keyed by index, with
  /// the index of the lure they answer when known.
  func engagements(_ messages: [CaseMessage]) -> [Int: (engagement: Engagement, lure: Int?)] {
    let targets = ReplyTargets(messages)
    guard !targets.isEmpty else { return [:] }
    var lureByID: [String: Int] = [:]
    var lureBySender: [String: Int] = [:]
    for (i, m) in messages.enumerated() where m.analysis.bec.verdict.label != "clean" {
      if let id = m.analysis.facts.envelope.messageID?.lowercased() { lureByID[id] = lureByID[id] ?? i }
      var attacker = m.analysis.facts.envelope.replyTo.compactMap { $0.address?.lowercased() }
      if let from = m.analysis.facts.from?.address?.lowercased() { attacker.append(from) }
      for a in attacker { lureBySender[a] = lureBySender[a] ?? i }
    }
    let domains = Set(profile?.domains ?? [])
    var out: [Int: (engagement: Engagement, lure: Int?)] = [:]
    for (i, m) in messages.enumerated() {
      let facts = m.analysis.facts
      guard let from = facts.from?.address?.lowercased(),
        let how = targets.answer(facts.envelope, from: from)
      else { continue }
      let employee =
        profile?.directory.employee(corporate: from) ?? profile?.directory.employee(personal: from)
      let domain = from.split(separator: "@").last.map(String.init) ?? ""
      guard employee != nil || domains.contains(domain) else { continue }
      let referenced = (facts.envelope.inReplyTo + facts.envelope.references).map { $0.lowercased() }
      let lure =
        referenced.lazy.compactMap { lureByID[$0] }.first
        ?? targets.attackerRecipients(facts.envelope).lazy.compactMap { lureBySender[$0] }.first
      out[i] = (
        Engagement(
          how: how, from: from, employee: employee?.email, name: employee?.displayName,
          to: targets.attackerRecipients(facts.envelope), subject: facts.subject,
          date: facts.envelope.date?.rfc3339, origin: m.origin, source: m.source),
        lure
      )
    }
    return out
  }
}
