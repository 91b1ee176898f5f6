import MailCore

/// What kind of address a message came from.
public struct SenderProfile: Sendable, Hashable {
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
}

/// Sorts a sender domain into organization, lookalike, disposable, freemail or external.
public struct SenderClassifier: Sendable {
  public var organizationDomains: [String]
  public var lists: DomainLists

  private let organizationTargets: [Lookalike.Target]

  public init(organizationDomains: [String], lists: DomainLists = .shipped) {
    self.organizationDomains = organizationDomains.map { $0.lowercased() }
    self.lists = lists
    organizationTargets = self.organizationDomains.map(Lookalike.Target.init)
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
    let registrable = DomainName.registrable(domain) ?? domain
    if let (target, how) = lookalikeTarget(registrable) {
      profile.category = .lookalike
      profile.imitates = target
      profile.resemblance = how
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
    for target in organizationTargets {
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
