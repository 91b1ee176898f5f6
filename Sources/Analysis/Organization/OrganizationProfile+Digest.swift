import Foundation

extension OrganizationProfile {
  /// Everything of the profile an analysis depends on, as canonical bytes (JSON with sorted
  /// keys): two profiles with the same bytes analyse every message the same way. A case store
  /// keys stored analyses by a digest of these.
  public var analysisInput: [UInt8] {
    struct Canonical: Encodable {
      var name: String
      var domains: [String]
      var trustedRelays: [String]
      var authservIDs: [String]
      var employees: [Employee]
      var freemailDomains: [String]
      var disposableDomains: [String]
      var lookalikeTargets: [String]
      var rules: [Rule]
      var cues: [String: [String]]
      var vendors: [Vendor]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let canonical = Canonical(
      name: name, domains: domains, trustedRelays: trustedRelays, authservIDs: authservIDs,
      employees: directory.employees, freemailDomains: freemailDomains, disposableDomains: disposableDomains,
      lookalikeTargets: lookalikeTargets, rules: rules, cues: cues, vendors: vendors)
    // Encoding plain strings cannot fail; if it ever did, a value of its own makes every message
    // be analysed again rather than reuse an analysis made with another profile.
    return (try? encoder.encode(canonical)).map { [UInt8]($0) } ?? Array("unencodable \(UUID())".utf8)
  }
}
