import MailCore

/// What kind of address a message came from.
public struct SenderProfile: Sendable, Hashable, Codable {
  public enum Category: String, Sendable, Codable {
    case organization, freemail, disposable, lookalike, external
  }

  public var address: String?
  public var domain: String?
  public var category: Category?
  /// The mail provider's name, where known ("Optimum (Altice USA), ISP mail").
  public var provider: String?
  /// For a lookalike: which domain it imitates and how.
  public var imitates: String?
  public var resemblance: String?
  /// The listed vendor whose domain this is (`external`) or imitates (`lookalike`).
  public var vendor: Vendor?
}

/// Sorts a sender domain into organization, lookalike, disposable, freemail or external.
public struct SenderClassifier: Sendable {
  public var organizationDomains: [String]
  public var lists: DomainLists

  /// The organisation's suppliers and partners: their domains are known, their look-alikes are not.
  public var vendors: [Vendor]

  private let organizationTargets: [Lookalike.Target]
  private let vendorTargets: [(Lookalike.Target, Vendor)]
  /// The organisation's and the vendors' domains: compared broadly (added words, suffix swaps).
  private let ownTargets: [Lookalike.Target]

  public init(organizationDomains: [String], vendors: [Vendor] = [], lists: DomainLists = .shipped) {
    self.organizationDomains = organizationDomains.map { $0.lowercased() }
    self.vendors = vendors
    self.lists = lists
    organizationTargets = self.organizationDomains.map(Lookalike.Target.init)
    vendorTargets = vendors.flatMap { v in v.domains.map { (Lookalike.Target($0), v) } }
    ownTargets = organizationTargets + vendorTargets.map(\.0)
  }

  public func classify(_ address: String?) -> SenderProfile {
    guard let address = address?.lowercased(), let at = address.lastIndex(of: "@") else {
      return SenderProfile(address: address, domain: nil, category: nil)
    }
    let domain = String(address[address.index(after: at)...])
    var profile = SenderProfile(address: address, domain: domain)
    if organizationDomains.contains(where: { DomainName.host(domain, isWithin: $0) }) {
      profile.category = .organization
      return profile
    }
    if let vendor = vendors.first(where: { $0.owns(domain) }) {
      profile.category = .external
      profile.vendor = vendor
      return profile
    }
    let registrable = DomainName.registrable(domain) ?? domain
    if let (target, how) = lookalikeTarget(registrable) {
      profile.category = .lookalike
      profile.imitates = target
      profile.resemblance = how
      profile.vendor = vendorTargets.first { $0.0.domain == target }?.1
      return profile
    }
    if lists.disposable.contains(domain) || lists.disposable.contains(registrable) {
      profile.category = .disposable
    } else if lists.freemail.contains(domain) || lists.freemail.contains(registrable) {
      profile.category = .freemail
      profile.provider = lists.providers[domain] ?? lists.providers[registrable]
    } else {
      profile.category = .external
    }
    return profile
  }

  /// The organisation's domains first, then well-known ones (not for freemail domains that
  /// merely resemble each other, like `gmx.com`/`gmx.co`).
  func lookalikeTarget(_ domain: String) -> (String, String)? {
    let candidate = Lookalike.Target(domain)
    for target in ownTargets {
      if let how = Lookalike.resemblance(of: candidate, to: target, broad: true) { return (target.domain, how) }
    }
    if lists.freemail.contains(domain) || lists.wellKnownSet.contains(domain) { return nil }
    for i in lists.wellKnownIndex.candidates(for: candidate) {
      let target = lists.wellKnownTargets[i]
      if let how = Lookalike.resemblance(of: candidate, to: target, broad: false) { return (target.domain, how) }
    }
    return nil
  }
}
