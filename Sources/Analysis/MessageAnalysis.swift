import MailCore

/// Everything becscope concludes about one reported message.
public struct MessageAnalysis: Sendable {
  /// Where the message came from (path, `path#N` for mbox, `-`).
  public var source: String
  /// The message analysed: the inner one when the report forwarded it as an attachment.
  public var message: Message
  /// The employee who reported it, when the input wrapped the suspicious message.
  public var reporter: Address?
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
    if let inner = reportedMessage(in: parsed) {
      reporter = parsed.from
      message = inner
    }
    let chain = ReceivedChain(message: message)
    let finder = OriginFinder(trustedRelays: profile?.trustedRelays ?? [], organizationDomains: profile?.domains ?? [])
    let origin = finder.find(in: message, chain: chain)
    let handoffIndex = origin.handoffHop.flatMap { n in chain.hops.first { $0.number == n }?.headerIndex }
    let receiverHost = origin.handoffHop.flatMap { n in chain.hops.first { $0.number == n }?.hop.by }
    var authentication = AuthenticationReader(authservIDs: profile?.authservIDs ?? []).read(
      message, handoffHeaderIndex: handoffIndex, receiverHost: receiverHost)
    var findings = ConsistencyChecks.findings(for: message, chain: chain)
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
    let urls = Self.urls(in: message)
    let bec = becAnalyzer.analyze(
      message, authentication: authentication, dkim: dkim, urls: urls, findings: &findings)
    return MessageAnalysis(
      source: source, message: message, reporter: reporter, chain: chain, origin: origin,
      authentication: authentication, dkim: dkim, dkimStatus: dkim == nil ? dkimNotCheckedReason : "checked",
      findings: findings, urls: urls,
      iocs: Self.iocs(message: message, origin: origin, urls: urls), bec: bec)
  }

  /// The suspicious message inside a report: the attached message of a wrapper sent from the
  /// organisation (or any wrapper when no profile is given) that carries a message/rfc822 part
  /// with a From of its own.
  func reportedMessage(in message: Message) -> Message? {
    guard let inner = message.embeddedMessages.first, inner.from?.address != nil else { return nil }
    if let profile, let domain = message.from?.domain, !profile.owns(domain) { return nil }
    return inner
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
    bec.verdict = Verdict.decide(rules, signals: bec.signals)
    findings += BECAnalyzer.ruleFindings(bec.verdict, signals: bec.signals)
  }
}
