import MailCore

/// Everything becscope concludes about one reported message.
public struct MessageAnalysis: Sendable {
  /// Where the message came from (path, `path#N` for mbox, `-`).
  public var source: String
  /// The message analysed: the inner one when the report forwarded it as an attachment.
  public var message: Message
  /// The employee who reported it, when the input wrapped the suspicious message.
  public var reporter: Address?
  /// How the reported message was wrapped: attached, forwarded inline, or not wrapped.
  public var wrapping: Wrapping = .none
  /// Why no message could be judged (not an email message, a report with nothing in it); the
  /// verdict is then `unreadable`, never `clean`.
  public var unreadable: String?
  public var chain: ReceivedChain
  public var origin: Origin
  public var authentication: AuthenticationSummary
  /// becscope's own DKIM checks, one per signature; nil when not checked.
  public var dkim: [DKIMResult]?
  /// `checked`, or why not (`not checked (offline)`, `not checked (no DNS server found)`).
  public var dkimStatus: String
  public var findings: [Finding]
  public var urls: [String]
  public var iocs: [IOC]
  /// Sender, impersonation, recipients, cues, signals and verdict.
  public var bec: BECAnalysis
  /// The message's facts once the message itself was let go (see ``keepFactsOnly()``).
  var keptFacts: MessageFacts? = nil

  /// How a report carried the suspicious message.
  public enum Wrapping: Sendable, Hashable, Codable {
    /// The input is the message itself.
    case none
    /// Attached as `message/rfc822` or as an Outlook `.msg`.
    case attached
    /// Forwarded inline: rebuilt from the header block written by `client`.
    case inline(client: String)
  }
}

/// Runs the analysis steps over a parsed message.
public struct Analyzer: Sendable {
  public var profile: OrganizationProfile?
  /// Verifies DKIM signatures; nil means not checked, for the reason in `dkimNotCheckedReason`.
  public var dkimVerifier: DKIMVerifier?
  public var dkimNotCheckedReason = "not checked (offline)"

  private let becAnalyzer: BECAnalyzer

  public init(profile: OrganizationProfile? = nil, dkimVerifier: DKIMVerifier? = nil) {
    self.profile = profile
    self.dkimVerifier = dkimVerifier
    becAnalyzer = BECAnalyzer(profile: profile)
  }

  /// The rules in force (shipped plus the profile's).
  public var rules: [Rule] { becAnalyzer.rules }

  public func analyze(_ parsed: Message, source: String) -> MessageAnalysis {
    var message = parsed
    var reporter: Address? = nil
    var wrapping = MessageAnalysis.Wrapping.none
    var unreadable = ReportedInput.notMailReason(parsed)
    if unreadable == nil, let (inner, how) = reportedMessage(in: parsed) {
      reporter = parsed.from
      message = inner
      wrapping = how
      unreadable = ReportedInput.notMailReason(inner)
    } else if unreadable == nil, let profile, ReportedInput.looksLikeReport(parsed, profile: profile) {
      unreadable =
        "no reported message found: a report from \(parsed.from?.address ?? "the organisation") with neither an "
        + "attached nor a forwarded message (ask the reporter to forward the suspicious mail as an attachment)"
    }
    let chain = ReceivedChain(message: message)
    let finder = OriginFinder(trustedRelays: profile?.trustedRelays ?? [], organizationDomains: profile?.domains ?? [])
    var origin = finder.find(in: message, chain: chain)
    if case .inline = wrapping {
      origin.reasoning =
        "unknown (forwarded inline): the report kept no Received chain and no authentication results; "
        + "ask the reporter to forward the original as an attachment"
    }
    let handoffIndex = origin.handoffHop.flatMap { n in chain.hops.first { $0.number == n }?.headerIndex }
    let receiverHost = origin.handoffHop.flatMap { n in chain.hops.first { $0.number == n }?.hop.by }
    var authentication = AuthenticationReader(authservIDs: profile?.authservIDs ?? []).read(
      message, handoffHeaderIndex: handoffIndex, receiverHost: receiverHost)
    var findings = ConsistencyChecks.findings(for: message, chain: chain)
    if case .inline = wrapping {
      // A forward keeps no Message-ID (nor, often, a date): their absence says nothing of the sender.
      findings.removeAll { $0.id == "missing-message-id" || $0.id == "missing-date" }
    }
    let dkim = dkimVerifier?.verify(message)
    if let dkim {
      Self.apply(dkim, from: message.from?.domain, to: &authentication, findings: &findings)
    }
    if !authentication.ignored.isEmpty {
      findings.append(
        Finding(
          id: "untrusted-authentication-results", severity: .medium,
          title: "Authentication-Results below the hand-off were ignored (the sender could have written them)",
          evidence: authentication.ignored.map { Evidence("\($0.field.name): \($0.field.value)", field: $0.field) }))
    }
    if case .inline(let client) = wrapping {
      findings.append(
        Finding(
          id: "forwarded-inline", severity: .info,
          title:
            "Reported as an inline forward (\(client) layout): the original headers, Received chain and "
            + "authentication results were lost, so the origin is unknown; ask the reporter for the original "
            + "as an attachment",
          evidence: []))
    }
    if let unreadable {
      findings.append(Finding(id: "unreadable", severity: .high, title: "Not judged: \(unreadable)", evidence: []))
    }
    let urls = Self.urls(in: message)
    var bec = becAnalyzer.analyze(
      message, authentication: authentication, dkim: dkim, urls: urls, findings: &findings)
    if let unreadable { bec.verdict = Verdict.unreadable(unreadable) }
    var iocs = Self.iocs(message: message, origin: origin, urls: urls)
    if unreadable != nil { iocs = [] }
    if let profile {
      // The organisation's own domain and the reporter are never indicators.
      let reporterAddress = reporter?.address?.lowercased()
      iocs.removeAll { ioc in
        (ioc.type == .domain && profile.owns(ioc.value)) || (ioc.type == .email && ioc.value == reporterAddress)
      }
    }
    return MessageAnalysis(
      source: source, message: message, reporter: reporter, wrapping: wrapping, unreadable: unreadable, chain: chain,
      origin: origin, authentication: authentication, dkim: dkim,
      dkimStatus: dkim == nil ? dkimNotCheckedReason : "checked", findings: findings, urls: urls, iocs: iocs, bec: bec)
  }

  /// The suspicious message inside a report: the attached message of a wrapper sent from the
  /// organisation (or any wrapper when no profile is given) that carries a message/rfc822 part
  /// with a From of its own.
  func reportedMessage(in message: Message) -> (Message, MessageAnalysis.Wrapping)? {
    if let profile, let domain = message.from?.domain, !profile.owns(domain) { return nil }
    if let inner = message.embeddedMessages.first, inner.from?.address != nil { return (inner, .attached) }
    guard
      let forward = InlineForward.find(
        in: message,
        isInternal: { address in
          guard let profile, let at = address.lastIndex(of: "@") else { return false }
          return profile.owns(String(address[address.index(after: at)...]))
        }), forward.fromAddress != nil || forward.fromName != nil
    else { return nil }
    // An Outlook "Original Message" block is also how a reply quotes: only a forward counts.
    let forwarded =
      (message.subject.map(InlineForward.isForwardSubject) ?? false) || forward.explicitForwardSeparator
    guard forwarded else { return nil }
    // Without a profile the reporter cannot be told from a sender who fakes a forward: only a
    // complete block (sender address, date and subject) is taken as a forwarded report.
    if profile == nil, forward.fromAddress == nil || forward.date == nil || (forward.subject ?? "").isEmpty {
      return nil
    }
    return (forward.withHTML(of: message).message(), .inline(client: forward.client))
  }

  /// Our own DKIM verdict replaces the receiver's stamp: the signature aligned with From if any,
  /// else a passing one, else the first. Tampering becomes a finding.
  static func apply(
    _ results: [DKIMResult], from fromDomain: String?, to summary: inout AuthenticationSummary,
    findings: inout [Finding]
  ) {
    guard !results.isEmpty else { return }
    let aligned = results.first { r in
      guard let d = r.domain, let f = fromDomain else { return false }
      return DomainName.registrable(d) == DomainName.registrable(f)
    }
    let chosen = aligned ?? results.first { $0.result == "pass" } ?? results[0]
    // Only a definite answer replaces the receiver's stamp; a lookup failure of ours does not.
    if chosen.result == "pass" || chosen.result == "fail" || summary.dkim == nil {
      summary.dkim = chosen.result
      summary.dkimDomain = chosen.domain
      summary.sources["dkim"] = AuthenticationSummary.Source(
        field: "DKIM-Signature", authservID: "becscope", headerIndex: nil, detail: chosen.reason)
    }
    for r in results {
      let evidence =
        r.field.map { [Evidence("DKIM-Signature d=\(r.domain ?? "?") s=\(r.selector ?? "?")", field: $0)] } ?? []
      if r.bodyHash == "fail" {
        findings.append(
          Finding(
            id: "dkim-body-altered", severity: .high,
            title: "The body was changed after d=\(r.domain ?? "?") signed it (DKIM body hash mismatch)",
            evidence: evidence))
      } else if r.signature == "fail" {
        findings.append(
          Finding(
            id: "dkim-signature-invalid", severity: .medium,
            title: "The DKIM signature of d=\(r.domain ?? "?") does not verify: \(r.reason)", evidence: evidence))
      }
    }
  }

  static func urls(in message: Message) -> [String] {
    var seen: Set<String> = []
    var urls: [String] = []
    for url in URLExtractor.webLinks(message.links) + URLExtractor.urls(inText: message.bodyText)
    where seen.insert(url).inserted {
      urls.append(url)
    }
    return urls
  }

  static func iocs(message: Message, origin: Origin, urls: [String]) -> [IOC] {
    var list: [IOC] = []
    if let ip = origin.ip { list.append(IOC(type: ip.isIPv6 ? .ipv6 : .ipv4, value: ip.text)) }
    if let handoff = origin.handoffIP, handoff != origin.ip {
      list.append(IOC(type: handoff.isIPv6 ? .ipv6 : .ipv4, value: handoff.text))
    }
    if let address = message.from?.address?.lowercased() {
      list.append(IOC(type: .email, value: address))
    }
    for reply in message.replyTo {
      if let a = reply.address?.lowercased(), !list.contains(where: { $0.value == a }) {
        list.append(IOC(type: .email, value: a))
      }
    }
    if let domain = message.from?.domain { list.append(IOC(type: .domain, value: domain)) }
    for url in urls.prefix(200) { list.append(IOC(type: .url, value: url)) }
    for attachment in message.attachments {
      if let hash = attachment.sha256 { list.append(IOC(type: .sha256, value: hash)) }
    }
    var seen: Set<String> = []
    return list.filter { seen.insert("\($0.type.rawValue):\($0.value)").inserted }
  }
}

extension MessageAnalysis {
  /// Adds what was learnt after the first pass (intelligence: reputation, domain age, breaches)
  /// and decides the verdict again with `rules`, so rules can use those signals too.
  public mutating func reconsider(signals extra: [(String, Evidence)], findings added: [Finding], rules: [Rule]) {
    for (name, evidence) in extra { bec.signals.set(name, evidence) }
    findings.removeAll { $0.id.hasPrefix("rule:") }
    findings += added
    bec.verdict = unreadable.map(Verdict.unreadable) ?? Verdict.decide(rules, signals: bec.signals)
    findings += BECAnalyzer.ruleFindings(bec.verdict, signals: bec.signals)
  }
}
