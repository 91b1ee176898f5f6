import MailCore

/// The signals of invoice fraud and account compromise: who the sender is among the
/// organisation's vendors, which bank details the message gives and whether they are the ones on
/// file, and whether it replies in an existing thread (and from whom the thread came).
struct PaymentSignals {
  let profile: OrganizationProfile?

  /// Reply prefixes of the mail clients (English, Japanese, German, Nordic, Spanish, French).
  static let replyPrefixes = ["re:", "re：", "返信:", "返信：", "aw:", "sv:", "réf:", "antw:"]

  static func isReply(_ subject: String?) -> Bool {
    guard let s = subject?.trimmingBlanks().lowercased() else { return false }
    return replyPrefixes.contains { s.hasPrefix($0) }
  }

  func apply(
    _ message: Message, sender: SenderProfile, body: String, current: String, fromEvidence: Evidence,
    signals: inout Signals, findings: inout [Finding]
  ) {
    // Vendors.
    if let vendor = sender.vendor {
      signals.set(sender.category == .lookalike ? "sender.lookalike-vendor" : "sender.vendor", fromEvidence)
      if sender.category == .lookalike {
        findings.append(
          Finding(
            id: "vendor-lookalike", severity: .high,
            title: "\(sender.domain ?? "") imitates the domain of the vendor \(vendor.name) (\(sender.imitates ?? ""))",
            evidence: [fromEvidence]))
      }
    }

    // Payment details: in the current text, and in the quoted history.
    var attachmentText = ""
    for id in message.bodyStructure.attachments where message.parts[id].contentType.isText {
      attachmentText += "\n" + (message.parts[id].htmlText ?? message.parts[id].text ?? "")
    }
    // The quoted history: what the body has beyond the current text (compared by bytes, not Characters).
    let hasQuoted = body.utf8.count > current.utf8.count
    var quotedText: String? = nil
    func quoted() -> String {
      if let quotedText { return quotedText }
      let text = hasQuoted ? String(decoding: body.utf8.dropFirst(current.utf8.count), as: UTF8.self) : ""
      quotedText = text
      return text
    }
    let details = PaymentDetail.find(in: current + "\n" + attachmentText)
    let accounts = details.filter { $0.kind != .swift }
    if !details.isEmpty {
      let shown = details.prefix(6).map { "\($0.kind.rawValue) \($0.text)" }.joined(separator: ", ")
      signals.set("payment.details", Evidence("bank details in the text: \(shown)"))
      findings.append(
        Finding(
          id: "payment-details", severity: .medium, title: "Bank details given in the message: \(shown)",
          evidence: details.prefix(6).map { Evidence($0.text) }))
    }
    // The vendor concerned: the sender's (or the one it imitates), or one named in the display name.
    let named = message.from?.name.flatMap { name in
      profile?.vendors.first { v in
        name.localizedCaseInsensitiveContains(v.name) || v.name.localizedCaseInsensitiveContains(name)
      }
    }
    if let vendor = sender.vendor ?? named, let onFile = vendor.bank?.identifiers, !onFile.isEmpty {
      // An account the text names as the one being replaced does not count as new.
      let unknown = accounts.filter { !onFile.contains($0.value) && !$0.previous }
      if unknown.isEmpty, let known = accounts.first(where: { onFile.contains($0.value) }) {
        signals.set("payment.on-file", Evidence("\(known.text), the account on file for \(vendor.name)"))
      }
      if !unknown.isEmpty {
        let shown = unknown.prefix(3).map(\.text).joined(separator: ", ")
        signals.set("payment.changed", Evidence("\(shown), not on file for \(vendor.name)"))
        findings.append(
          Finding(
            id: "payment-account-not-on-file", severity: .high,
            title:
              "The account \(shown) is not the one on file for \(vendor.name): verify by phone on a number you already have",
            evidence: unknown.prefix(3).map { Evidence($0.text) }))
      }
    }
    // A change against the thread's own history: details now that the quoted message did not give.
    let before = accounts.isEmpty ? [] : Set(PaymentDetail.find(in: quoted()).filter { $0.kind != .swift }.map(\.value))
    if !before.isEmpty, let new = accounts.first(where: { !before.contains($0.value) }) {
      signals.set("payment.changed", Evidence("\(new.text), not the account in the quoted history"))
      findings.append(
        Finding(
          id: "payment-account-changed-in-thread", severity: .high,
          title: "The account \(new.text) differs from the one in the quoted history", evidence: [Evidence(new.text)]))
    }

    // Thread: a reply in an existing conversation, and who wrote the quoted message.
    let hasReferences =
      message.headers.first(named: "in-reply-to") != nil || message.headers.first(named: "references") != nil
    // A forward keeps the thread's references too, but its quoted sender is the one forwarded.
    let forward = message.subject.map(InlineForward.isForwardSubject) ?? false
    let reply = !forward && (hasReferences || (Self.isReply(message.subject) && hasQuoted))
    guard reply else { return }
    signals.set(
      "thread.reply", Evidence(hasReferences ? "In-Reply-To/References" : "Subject: \(message.subject ?? "")"))
    guard let earlier = Self.quotedSender(message, quoted: quoted()), let earlierDomain = Self.domain(of: earlier),
      !(profile?.owns(earlierDomain) ?? false)
    else { return }
    let fromDomain = message.from?.domain?.lowercased()
    let replyDomains = message.replyTo.compactMap { $0.domain?.lowercased() }
    func same(_ a: String?, _ b: String) -> Bool {
      guard let a else { return false }
      return (DomainName.registrable(a) ?? a) == (DomainName.registrable(b) ?? b)
    }
    let changed = !same(fromDomain, earlierDomain) ? fromDomain : replyDomains.first { !same($0, earlierDomain) }
    if let changed {
      signals.set(
        "thread.sender-changed", Evidence("the quoted message came from \(earlier); this one from \(changed)"))
      findings.append(
        Finding(
          id: "thread-sender-changed", severity: .high,
          title:
            "The thread's earlier message came from \(earlier), but this reply comes from (or answers to) \(changed)",
          evidence: [fromEvidence]))
    }
  }

  /// The sender of the quoted message: the first forwarded or quoted header block's From, or an
  /// "On …, NAME <ADDRESS> wrote:" line.
  static func quotedSender(_ message: Message, quoted: String) -> String? {
    if let block = InlineForward.find(in: message), let address = block.fromAddress { return address }
    for line in quoted.split(separator: "\n").prefix(400) {
      let l = line.lowercased()
      guard l.hasSuffix("wrote:") || l.hasSuffix("のメッセージ:") || l.hasSuffix("書きました:") || l.hasSuffix("a écrit :"),
        let at = line.firstIndex(of: "@")
      else { continue }
      let stops: Set<Character> = [" ", "<", ">", "(", ")", "\"", "[", "]", ":", "　"]
      var start = at
      while start > line.startIndex, !stops.contains(line[line.index(before: start)]) {
        start = line.index(before: start)
      }
      var end = line.index(after: at)
      while end < line.endIndex, !stops.contains(line[end]) { end = line.index(after: end) }
      return String(line[start..<end]).lowercased()
    }
    return nil
  }

  static func domain(of address: String) -> String? {
    guard let at = address.lastIndex(of: "@") else { return nil }
    return String(address[address.index(after: at)...])
  }
}
