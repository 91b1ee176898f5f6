import Analysis
import Investigation

/// Which indicators a shareable export may carry, and which of them are for blocking
/// (`docs/reports.md`, "Indicator policy"):
/// - the domain of a shared mail provider (free mail, an ISP or carrier, a disposable-mail
///   service, a well-known service) is **context**: blocking it would block all its users, so it
///   is never `to_ids` and never a STIX indicator;
/// - the organisation's own domains and addresses, and every employee's address (corporate,
///   private or generated from a name) are **internal**: they stay out of `stix.json` and
///   `misp.json` unless the analyst asks for them (`--include-internal`);
/// - everything else (the attacker's address, origin IP, URLs, attachment hashes) is **block**.
struct IOCPolicy {
  enum Use: String {
    case block, context, `internal`
  }

  let profile: OrganizationProfile?
  let includeInternal: Bool
  /// Shared providers' domains: the shipped lists and the profile's additions.
  let shared: Set<String>
  /// Every address of an employee the case names (directory, private, generated), lower case.
  let internalAddresses: Set<String>

  init(report: CaseReport, includeInternal: Bool) {
    profile = report.profile
    self.includeInternal = includeInternal
    shared = Self.shippedShared.union(
      (report.profile?.freemailDomains ?? []) + (report.profile?.disposableDomains ?? []))
    var addresses: Set<String> = []
    for e in report.profile?.directory.employees ?? [] {
      addresses.insert(e.email.lowercased())
      for p in e.personalEmails { addresses.insert(p.lowercased()) }
    }
    for c in report.result.campaigns {
      for r in c.recipients where r.employee != nil || r.kind != "external" { addresses.insert(r.address.lowercased()) }
    }
    internalAddresses = addresses
  }

  /// The shipped lists' shared providers, built once.
  private static let shippedShared: Set<String> = {
    let lists = DomainLists.shipped
    return lists.freemail.union(lists.disposable).union(lists.providers.keys).union(lists.wellKnown)
  }()

  func use(_ ioc: IOC) -> Use {
    switch ioc.type {
    case .domain: return use(domain: ioc.value)
    case .email: return use(address: ioc.value)
    default: return .block
    }
  }

  func use(domain: String) -> Use {
    let d = domain.lowercased()
    if profile?.owns(d) == true { return .internal }
    return shared.contains(d) ? .context : .block
  }

  func use(address: String) -> Use {
    let a = address.lowercased()
    if internalAddresses.contains(a) { return .internal }
    if let at = a.lastIndex(of: "@"), profile?.owns(String(a[a.index(after: at)...])) == true { return .internal }
    return .block
  }

  /// Whether a shareable export (STIX, MISP) may carry the indicator at all.
  func shareable(_ ioc: IOC) -> Bool { use(ioc) != .internal || includeInternal }

  /// Whether an address may appear in a shareable export (a recipient, a sender).
  func shareable(address: String) -> Bool { use(address: address) != .internal || includeInternal }
}
