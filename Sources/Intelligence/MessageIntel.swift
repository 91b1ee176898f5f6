import Analysis

/// The intelligence gathered for one analysed message.
public struct MessageIntel: Codable, Sendable, Equatable {
  /// The origin address, when it is public.
  public var origin: IPIntel?
  /// The sender's registrable domain, unless it is the organisation's or consumer mail.
  public var senderDomain: DomainIntel?
  /// Recipients looked up in HIBP (only when recipient lookups are enabled).
  public var recipients: [AccountIntel]
  /// What each source did, once per source (the worst outcome wins).
  public var notes: [IntelNote]

  public init(origin: IPIntel?, senderDomain: DomainIntel?, recipients: [AccountIntel], notes: [IntelNote]) {
    self.origin = origin
    self.senderDomain = senderDomain
    self.recipients = recipients
    self.notes = notes
  }
}

extension IntelLookup {
  /// An enricher when a network source or a MaxMind file is configured, else nil (then
  /// `analyze` reports `intel: null` and opens nothing).
  public var enricherIfConfigured: IntelEnricher? {
    anyNetworkSource || !settings.mmdbPaths.isEmpty ? IntelEnricher(lookup: self) : nil
  }
}

/// Looks up a message's indicators and folds the answers into its analysis: findings, rule
/// signals, and a verdict decided again with them.
public struct IntelEnricher: Sendable {
  public let lookup: IntelLookup

  public init(lookup: IntelLookup) {
    self.lookup = lookup
  }

  /// Looks the message's indicators up and re-decides its verdict. With `recipients: false` the
  /// recipients are left to the caller (an investigation looks them up once per campaign).
  public func enrich(_ analysis: inout MessageAnalysis, rules: [Rule], recipients: Bool = true) async -> MessageIntel {
    let ip = analysis.origin.ip.flatMap { $0.isNonPublic ? nil : $0 }
    let sender = analysis.bec.sender
    var domain: String? = nil
    if let d = sender.domain, let category = sender.category, ![.organization, .freemail].contains(category) {
      domain = DomainName.registrable(d) ?? d
    }
    var addresses: [String] = []
    if recipients && lookup.settings.hibpRecipients {
      var seen: Set<String> = []
      for r in analysis.bec.recipients where r.kind != .external && seen.insert(r.address.lowercased()).inserted {
        addresses.append(r.address.lowercased())
      }
    }
    async let originIntel: IPIntel? = ip == nil ? nil : lookup.ip(ip!)
    async let domainIntel: DomainIntel? = domain == nil ? nil : lookup.domain(domain!)
    var accounts: [AccountIntel] = []
    for address in addresses.prefix(50) { accounts.append(await lookup.account(address, recipient: true)) }
    let (o, d) = await (originIntel, domainIntel)
    let (signals, findings) = IntelAssessment.assess(ip: o, sender: d, accounts: accounts)
    analysis.reconsider(signals: signals, findings: findings, rules: rules)
    return MessageIntel(
      origin: o, senderDomain: d, recipients: accounts,
      notes: Self.summarize((o?.notes ?? []) + (d?.notes ?? []) + accounts.flatMap(\.notes)))
  }

  /// One note per source: a failure or skip says more than an "ok" from another lookup.
  static func summarize(_ notes: [IntelNote]) -> [IntelNote] {
    let rank: [IntelNote.Status: Int] = [.failed: 4, .skipped: 3, .notFound: 1, .cached: 1, .ok: 0]
    var best: [String: IntelNote] = [:]
    var order: [String] = []
    for note in notes {
      if let current = best[note.source] {
        if rank[note.status, default: 0] > rank[current.status, default: 0] { best[note.source] = note }
      } else {
        best[note.source] = note
        order.append(note.source)
      }
    }
    return order.compactMap { best[$0] }
  }
}
