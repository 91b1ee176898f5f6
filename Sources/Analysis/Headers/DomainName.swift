import MailCore

/// Small helpers for comparing host and domain names.
public enum DomainName {
  /// Second-level labels under which registrations happen one level deeper (`co.jp`, `co.uk`).
  private static let secondLevel: Set<String> = [
    "co", "or", "ne", "ac", "ad", "ed", "go", "gr", "lg", "com", "net", "org", "gov", "edu", "mil", "ltd", "plc",
  ]

  /// An approximation of the registrable domain (`mta-12.optimum.net` → `optimum.net`,
  /// `mx1.example.co.jp` → `example.co.jp`), good enough to tell one operator's hosts from another's.
  public static func registrable(_ host: String) -> String? {
    var name = host.lowercased()
    while name.hasSuffix(".") { name.removeLast() }
    let labels = name.split(separator: ".")
    guard labels.count >= 2, IPAddress(name) == nil else { return nil }
    let tld = labels[labels.count - 1]
    let second = labels[labels.count - 2]
    if tld.count == 2, secondLevel.contains(String(second)), labels.count >= 3 {
      return labels.suffix(3).joined(separator: ".")
    }
    return labels.suffix(2).joined(separator: ".")
  }

  /// Whether `host` is `domain` or below it.
  public static func host(_ host: String, isWithin domain: String) -> Bool {
    var h = host.lowercased()
    while h.hasSuffix(".") { h.removeLast() }
    let d = domain.lowercased()
    return h == d || h.hasSuffix("." + d)
  }
}
