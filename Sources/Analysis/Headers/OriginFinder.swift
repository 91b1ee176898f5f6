import MailCore

/// Where a message came from: the originating IP, the server it was first handed to, and why.
public struct Origin: Sendable, Codable {
  /// How the origin was chosen.
  public enum Rule: String, Sendable, Codable {
    /// A webmail originating-IP header (`X-Originating-IP`, Microsoft 365's original client IP, ...).
    case webmailHeader = "webmail-originating-ip-header"
    /// The hop that records an authenticated submission (ESMTPA/ESMTPSA, `Authenticated sender`).
    case authenticatedSubmission = "authenticated-submission-hop"
    /// A webmail hop (`with HTTP`, `HTTPS`, `HTTPREST`).
    case webmailHop = "webmail-http-hop"
    /// The first hop outside the receiving side's infrastructure and trusted relays.
    case firstExternalHop = "first-external-hop"
    /// Every hop belongs to the receiver's operator (Gmail to Gmail): the oldest public address.
    case oldestPublicHop = "oldest-public-hop"
    /// Relayed out of another Microsoft 365 tenant: the client that tenant's filter recorded
    /// (`X-Forefront-Antispam-Report-Untrusted: CIP:`), confirmed by the tenant's own inbound hop.
    case sendingTenantClient = "sending-tenant-client-ip"
  }

  /// The originating client or server IP.
  public var ip: IPAddress?
  /// Its reverse-DNS name or HELO, when the hop recorded one.
  public var host: String?
  /// The server that first accepted the message from `ip`.
  public var submittedTo: String?
  /// The rule that chose it, or nil when no origin could be found.
  public var rule: Rule?
  /// The hop number (oldest first) the origin was read from.
  public var hopNumber: Int?
  /// The header field the origin was read from, for evidence.
  public var evidence: HeaderField?
  /// Why, in one sentence.
  public var reasoning: String
  /// The hop (oldest first) where the message crossed into the receiving side, when known.
  public var handoffHop: Int?
  /// The address the receiving side saw at the hand-off (the only one no sender can forge).
  public var handoffIP: IPAddress?
}

/// Finds the origin of a message from its Received chain and webmail headers.
///
/// Reading from the newest hop down, hops whose connecting IP is private, loopback, link-local,
/// CGNAT or documentation space, or whose hosts belong to the receiving side (the domain of the
/// newest `by`, the organisation's own domains, its trusted relays) are the receiving side's
/// infrastructure. The first hop beyond it is the hand-off from outside. Older hops from there
/// are the sender's side; an authenticated submission or webmail hop among them, or a webmail
/// originating-IP header, names the client behind the sender's server and is preferred.
public struct OriginFinder: Sendable {
  /// Hosts, domains or IPs of the organisation's own MTAs (never the origin).
  public var trustedRelays: [String]
  /// The organisation's mail domains (their hosts are never the origin).
  public var organizationDomains: [String]

  public init(trustedRelays: [String] = [], organizationDomains: [String] = []) {
    self.trustedRelays = trustedRelays
    self.organizationDomains = organizationDomains
  }

  /// Webmail headers that carry the client IP, most specific first.
  static let originatingIPHeaders = [
    "x-ms-exchange-organization-originalclientipaddress", "x-originating-ip", "x-sender-ip", "x-yahoo-post-ip",
    "x-aol-ip", "x-source-ip", "x-mail-from-ip", "x-forwarded-for-ip",
  ]

  public func find(in message: Message, chain: ReceivedChain) -> Origin {
    let hops = chain.hops
    // The receiver is named by the newest `by` that is a host name (Gmail's newest is often
    // an internal address such as `by 2002:a05:…`).
    let receiverDomain = hops.reversed().lazy.compactMap { $0.hop.by.flatMap(DomainName.registrable) }.first
    var handoff: ReceivedChain.Hop? = nil
    for hop in hops.reversed() {
      if !isInternal(hop.hop, receiverDomain: receiverDomain) {
        handoff = hop
        break
      }
    }
    let senderSide = handoff.map { h in hops.filter { $0.number <= h.number } } ?? []

    // Relayed through another Microsoft 365 tenant: its outbound server is shared infrastructure,
    // useless as an indicator; the tenant's filter recorded the client that injected the message,
    // and the tenant's own inbound hop (by *.mail.protection.outlook.com) must agree.
    if let handoff, let name = handoff.hop.reverseDNS ?? handoff.hop.from,
      name.lowercased().contains(".outbound.protection.outlook.com"),
      let report = message.headers.first(where: { $0.key == "x-forefront-antispam-report-untrusted" }),
      let cip = Self.clientIP(inFilterReport: report.value), !cip.isNonPublic,
      let inbound = senderSide.first(where: {
        $0.hop.connectingIP == cip && ($0.hop.by?.lowercased().hasSuffix(".mail.protection.outlook.com") ?? false)
      })
    {
      return Origin(
        ip: cip, host: inbound.hop.reverseDNS ?? inbound.hop.from, submittedTo: inbound.hop.by,
        rule: .sendingTenantClient,
        hopNumber: inbound.number, evidence: report,
        reasoning:
          "relayed out of another Microsoft 365 tenant through \(name); that tenant's filter recorded the client"
          + " \(cip.text) (\(report.name)), which its inbound hop \(inbound.number) confirms",
        handoffHop: handoff.number, handoffIP: handoff.hop.connectingIP)
    }

    // An authenticated submission or a webmail hop on the sender's side.
    for hop in senderSide {
      guard let ip = hop.hop.connectingIP, !ip.isNonPublic else { continue }
      let with = (hop.hop.with ?? hop.hop.via)?.uppercased() ?? ""
      if hop.hop.authenticated {
        return Origin(
          ip: ip, host: hop.hop.reverseDNS ?? hop.hop.helo ?? hop.hop.from, submittedTo: hop.hop.by,
          rule: .authenticatedSubmission, hopNumber: hop.number, evidence: hop.field,
          reasoning:
            "hop \(hop.number) of \(hops.count) records an authenticated submission (\(hop.hop.with ?? "authenticated"))"
            + " from \(ip.text) to \(hop.hop.by ?? "an unnamed server")",
          handoffHop: handoff?.number, handoffIP: handoff?.hop.connectingIP)
      }
      if with.hasPrefix("HTTP") {
        return Origin(
          ip: ip, host: hop.hop.reverseDNS ?? hop.hop.from, submittedTo: hop.hop.by, rule: .webmailHop,
          hopNumber: hop.number, evidence: hop.field,
          reasoning:
            "hop \(hop.number) of \(hops.count) is a webmail submission (\(hop.hop.with ?? "HTTP")) from \(ip.text)",
          handoffHop: handoff?.number, handoffIP: handoff?.hop.connectingIP)
      }
    }
    // Webmail headers, only when they sit in the sender's part of the header (below the hand-off).
    let headers = message.headers
    let handoffIndex = handoff?.headerIndex ?? -1
    for name in Self.originatingIPHeaders {
      if let index = headers.indices.first(where: { headers[$0].key == name && $0 > handoffIndex }),
        let ip = IPAddress(headers[index].value.trimmingBlanks(and: "[] ")), !ip.isNonPublic,
        // The receiving side stamps the connecting IP under these names too (Microsoft 365's
        // X-Sender-IP): that is the hand-off, not a webmail client behind it.
        ip != handoff?.hop.connectingIP
      {
        let submission = senderSide.first
        return Origin(
          ip: ip, host: nil, submittedTo: submission?.hop.by, rule: .webmailHeader, hopNumber: submission?.number,
          evidence: headers[index],
          reasoning: "\(headers[index].name) names the webmail client \(ip.text)", handoffHop: handoff?.number,
          handoffIP: handoff?.hop.connectingIP)
      }
    }
    if let handoff, let ip = handoff.hop.connectingIP {
      return Origin(
        ip: ip, host: handoff.hop.reverseDNS ?? handoff.hop.helo ?? handoff.hop.from, submittedTo: handoff.hop.by,
        rule: .firstExternalHop, hopNumber: handoff.number, evidence: handoff.field,
        reasoning: "hop \(handoff.number) of \(hops.count) is the first from outside the receiving side:"
          + " \(ip.text) handed the message to \(handoff.hop.by ?? "an unnamed server")",
        handoffHop: handoff.number, handoffIP: handoff.hop.connectingIP)
    }
    if let oldest = hops.first(where: { $0.hop.connectingIP.map { !$0.isNonPublic } ?? false }),
      let ip = oldest.hop.connectingIP
    {
      return Origin(
        ip: ip, host: oldest.hop.reverseDNS ?? oldest.hop.from, submittedTo: oldest.hop.by, rule: .oldestPublicHop,
        hopNumber: oldest.number, evidence: oldest.field,
        reasoning: "every hop belongs to the receiver's operator; hop \(oldest.number) of \(hops.count) is the oldest"
          + " with a public address, \(ip.text)",
        handoffHop: nil, handoffIP: nil)
    }
    return Origin(
      ip: nil, host: nil, submittedTo: nil, rule: nil, hopNumber: nil, evidence: nil,
      reasoning: hops.isEmpty
        ? "the message has no Received fields" : "no hop names a public address outside the receiving side",
      handoffHop: handoff?.number, handoffIP: handoff?.hop.connectingIP)
  }

  /// `CIP:a.b.c.d;` of a Microsoft 365 filter report.
  static func clientIP(inFilterReport value: String) -> IPAddress? {
    guard let range = value.range(of: "CIP:") else { return nil }
    let rest = value[range.upperBound...]
    return IPAddress(rest.prefix { $0 != ";" && $0 != " " })
  }

  /// Whether a hop is a hand-off inside the receiving side.
  func isInternal(_ hop: ReceivedHop, receiverDomain: String?) -> Bool {
    guard let ip = hop.connectingIP else { return true }
    if ip.isNonPublic { return true }
    if trustedRelays.contains(where: { $0 == ip.text }) { return true }
    // Only the reverse DNS the receiver looked up counts: HELO and from names are the sender's claim.
    for name in [hop.reverseDNS].compactMap({ $0 }) {
      if trustedRelays.contains(where: { DomainName.host(name, isWithin: $0) }) { return true }
      if organizationDomains.contains(where: { DomainName.host(name, isWithin: $0) }) { return true }
    }
    guard let receiverDomain else { return false }
    // Same operator as the final receiving server, by the reverse DNS the receiver looked up.
    if let rdns = hop.reverseDNS, Self.sameOperator(rdns, receiverDomain) { return true }
    // Large providers hand mail between their own hosts over IPv6 with no reverse DNS recorded
    // (Microsoft 365's 2603:: hops). A HELO name is the sender's claim, so it only counts there:
    // spoofing it from an outside IPv6 address is the rare case, accepted and documented.
    if ip.isIPv6, let from = hop.from, Self.sameOperator(from, receiverDomain) { return true }
    return false
  }

  /// Domains one operator runs its mail on; Microsoft 365 spreads a single delivery over several.
  static let operatorGroups: [Set<String>] = [
    ["outlook.com", "office365.com", "exchangelabs.com", "microsoft.com", "hotmail.com", "live.com"],
    ["google.com", "gmail.com", "googlemail.com"],
    ["yahoo.com", "yahoodns.net", "yahoo.co.jp"],
  ]

  /// Whether `host` belongs to the operator of `receiverDomain`. A tenant's outbound servers
  /// (`*.outbound.protection.outlook.com`) belong to the sender, never the receiver.
  static func sameOperator(_ host: String, _ receiverDomain: String) -> Bool {
    let lower = host.lowercased()
    if lower.contains(".outbound.protection.outlook.com") { return false }
    guard let domain = DomainName.registrable(lower) else { return false }
    if domain == receiverDomain { return true }
    return operatorGroups.contains { $0.contains(domain) && $0.contains(receiverDomain) }
  }
}
