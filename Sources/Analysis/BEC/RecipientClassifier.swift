import Foundation
import MailCore

/// One recipient of a message, classified against the directory.
public struct RecipientProfile: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Codable {
    case employee, personal, generated
    case unknownInternal = "unknown-internal"
    case external
  }

  public var address: String
  public var kind: Kind
  /// The employee's corporate address, for employee, personal and generated recipients.
  public var employee: String?
  /// The name pattern a generated address follows, e.g. `{given_initial}{family}`.
  public var pattern: String?
  /// Which header named it (To, Cc, Bcc, Delivered-To, X-Original-To).
  public var header: String
}

/// Classifies recipients: real corporate addresses, listed private addresses, addresses
/// generated from an employee's name on the organisation's domain, unknown internal, external.
public struct RecipientClassifier: Sendable {
  public var directory: Directory
  public var organizationDomains: [String]

  public init(directory: Directory, organizationDomains: [String]) {
    self.directory = directory
    self.organizationDomains = organizationDomains.map { $0.lowercased() }
  }

  /// The name patterns attackers use to build corporate addresses, most specific first.
  public static let patterns = [
    "{given_initial}{family}", "{given}.{family}", "{family}.{given}", "{family}{given_initial}", "{given}{family}",
    "{family}{given}", "{given}_{family}", "{family}_{given}", "{given}-{family}", "{given_initial}.{family}",
    "{family}.{given_initial}", "{family}", "{given}",
  ]

  /// Fills a pattern with a name.
  public static func expand(_ pattern: String, given: String, family: String) -> String {
    pattern.replacingOccurrences(of: "{given_initial}", with: String(given.prefix(1)))
      .replacingOccurrences(of: "{given}", with: given).replacingOccurrences(of: "{family}", with: family)
  }

  public func classify(_ message: Message) -> [RecipientProfile] {
    var seen: Set<String> = []
    var out: [RecipientProfile] = []
    let env = message.envelope
    var named: [(String, String)] = []
    for (header, list) in [("To", env.to), ("Cc", env.cc), ("Bcc", env.bcc)] {
      for a in list { if let address = a.address { named.append((header, address)) } }
    }
    for field in message.headers where field.key == "delivered-to" || field.key == "x-original-to" {
      for a in FieldParsers.addresses(field.value) {
        if let address = a.address { named.append((field.name, address)) }
      }
    }
    for (header, raw) in named {
      let address = raw.lowercased()
      guard seen.insert(address).inserted else { continue }
      out.append(classify(address, header: header))
    }
    return out
  }

  public func classify(_ address: String, header: String = "To") -> RecipientProfile {
    if let e = directory.employee(corporate: address) {
      return RecipientProfile(address: address, kind: .employee, employee: e.email, pattern: nil, header: header)
    }
    if let e = directory.employee(personal: address) {
      return RecipientProfile(address: address, kind: .personal, employee: e.email, pattern: nil, header: header)
    }
    guard let at = address.lastIndex(of: "@") else {
      return RecipientProfile(address: address, kind: .external, header: header)
    }
    let local = String(address[..<at])
    let domain = String(address[address.index(after: at)...])
    guard organizationDomains.contains(where: { DomainName.host(domain, isWithin: $0) }) else {
      return RecipientProfile(address: address, kind: .external, header: header)
    }
    let localKey = NameMatcher.romaji(local)
    // The most specific pattern wins; family-only and given-only come last.
    for name in Self.patterns {
      for e in directory.employees where !e.familyLatin.isEmpty && !e.givenLatin.isEmpty {
        let candidate = Self.expand(name, given: e.givenLatin, family: e.familyLatin)
        if NameMatcher.romaji(candidate) == localKey {
          return RecipientProfile(address: address, kind: .generated, employee: e.email, pattern: name, header: header)
        }
      }
    }
    return RecipientProfile(address: address, kind: .unknownInternal, header: header)
  }
}
