import Foundation
import MailCore
import Yams

/// The organisation whose mail is being investigated: its domains, its own relays, its people.
///
/// Read from `--org org.yaml` (see `docs/interfaces.md`):
/// ```yaml
/// organization:
///   name: Example Corp
///   domains: [example.co.jp, example.com]
/// directory: employees.csv
/// trusted_relays: [mx1.example.co.jp]
/// authserv_ids: [mx1.example.co.jp]      # optional: whose Authentication-Results to trust
/// vendors:                                # optional: suppliers and partners (see ``Vendor``)
///   - {name: Acme Supplies, domains: [acme.example], bank: {iban: GB82WEST12345698765432}}
/// timezone: Asia/Tokyo                    # optional: the reports' dates (default UTC)
/// language: ja                           # optional: answers to reporters (default en)
/// analyst: Security team                  # optional: the report's author (`--analyst` wins)
/// policy:                                 # optional: the organisation's own rules, quoted as such
///   - executives never request payments by email
/// ```
public struct OrganizationProfile: Sendable {
  public var name: String
  /// The organisation's own mail domains, lower case.
  public var domains: [String]
  /// Host names, domains or IPs of the organisation's MTAs: never the origin of a message.
  public var trustedRelays: [String]
  /// The authserv-ids of the organisation's receiving servers.
  public var authservIDs: [String]
  /// The employee directory file, resolved against the profile's folder.
  public var directoryPath: String?
  /// The employees, when the profile names a directory.
  public var directory: Directory
  /// Additions to the shipped domain lists.
  public var freemailDomains: [String] = []
  public var disposableDomains: [String] = []
  public var lookalikeTargets: [String] = []
  /// Rules added to (or replacing) the shipped ones.
  public var rules: [Rule] = []
  /// Phrases added to the shipped content cues.
  public var cues: [String: [String]] = [:]
  /// The organisation's suppliers and partners (`vendors:`), with their payment details on file.
  public var vendors: [Vendor] = []
  /// The time zone the reports give dates in (an IANA name, `timezone:`); nil for UTC.
  public var timeZone: String? = nil
  /// The language people are written to in (answers to reporters) unless the directory gives
  /// theirs (`language:`, `en` or `ja`); nil for English.
  public var language: String? = nil
  /// Who writes the reports, unless the command names someone (`analyst:`).
  public var analyst: String? = nil
  /// The organisation's own policies (`policy:`), which reports quote as policy, never as fact.
  public var policies: [String] = []

  public init(
    name: String = "", domains: [String] = [], trustedRelays: [String] = [], authservIDs: [String] = [],
    directoryPath: String? = nil, directory: Directory = Directory(employees: [])
  ) {
    self.name = name
    self.domains = domains.map { $0.lowercased() }
    self.trustedRelays = trustedRelays.map { $0.lowercased() }
    self.authservIDs = authservIDs.map { $0.lowercased() }
    self.directoryPath = directoryPath
    self.directory = directory
  }

  private struct File: Decodable {
    struct Organization: Decodable {
      var name: String?
      var domains: [String]?
    }
    var organization: Organization?
    var directory: String?
    var trusted_relays: [String]?
    var authserv_ids: [String]?
    var freemail_domains: [String]?
    var disposable_domains: [String]?
    var lookalike_targets: [String]?
    var rules: String?
    var cues: [String: [String]]?
    var vendors: [VendorEntry]?
    var timezone: String?
    var language: String?
    var analyst: String?
    var policy: OneOrMany?
  }

  /// A YAML value that is one string or a list of them.
  private struct OneOrMany: Decodable {
    var values: [String]
    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let one = try? container.decode(String.self) {
        values = [one]
      } else {
        values = try container.decode([String].self)
      }
    }
  }

  private struct VendorEntry: Decodable {
    var name: String?
    var domains: [String]?
    var bank: BankDetails?
  }

  /// Reads a profile from a YAML file.
  public static func load(path: String) throws(FileError) -> OrganizationProfile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError(.unreadable, path: path, reason: "cannot be read")
    }
    guard let text = String(bytes: data, encoding: .utf8) else {
      throw FileError(path: path, reason: "is not UTF-8 text")
    }
    if let problem = YAMLCheck.problem(in: text) {
      throw FileError(path: path, reason: "is not a valid organisation profile (\(problem))")
    }
    let file: File
    do {
      file = try YAMLDecoder().decode(File.self, from: text)
    } catch {
      throw FileError(
        path: path, reason: "is not a valid organisation profile (\(YAMLCheck.problem(decoding: error)))")
    }
    guard let domains = file.organization?.domains, !domains.isEmpty else {
      throw FileError(path: path, reason: "organization.domains is missing or empty")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : folder.appendingPathComponent(p).path }
    var profile = OrganizationProfile(
      name: file.organization?.name ?? "", domains: domains, trustedRelays: file.trusted_relays ?? [],
      authservIDs: file.authserv_ids ?? [], directoryPath: file.directory.map(resolve))
    if let directoryPath = profile.directoryPath {
      do {
        profile.directory = try Directory.load(path: directoryPath)
      } catch {
        throw FileError(path: path, reason: "directory \(error)")
      }
    }
    profile.freemailDomains = file.freemail_domains ?? []
    profile.disposableDomains = file.disposable_domains ?? []
    profile.lookalikeTargets = file.lookalike_targets ?? []
    profile.cues = file.cues ?? [:]
    if let zone = file.timezone?.trimmingBlanks(), !zone.isEmpty {
      guard TimeZone(identifier: zone) != nil else {
        throw FileError(path: path, reason: "timezone \(zone) is not a time zone name (such as Asia/Tokyo or UTC)")
      }
      profile.timeZone = zone
    }
    if let language = file.language?.trimmingBlanks().lowercased(), !language.isEmpty {
      guard Directory.languages.contains(language) else {
        throw FileError(
          path: path, reason: "language \(language) is not one of \(Directory.languages.joined(separator: ", "))")
      }
      profile.language = language
    }
    profile.analyst = file.analyst?.trimmingBlanks()
    profile.policies = (file.policy?.values ?? []).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    for (index, entry) in (file.vendors ?? []).enumerated() {
      let line = YAMLCheck.lineOfItem(index, inList: "vendors", text: text).map { "line \($0): " } ?? ""
      guard let name = entry.name?.trimmingBlanks(), !name.isEmpty else {
        throw FileError(path: path, reason: "\(line)vendors[\(index)]: name is missing")
      }
      let domains = (entry.domains ?? []).map { $0.trimmingBlanks().lowercased() }.filter { !$0.isEmpty }
      guard !domains.isEmpty else {
        throw FileError(path: path, reason: "\(line)vendors[\(index)] (\(name)): domains is missing or empty")
      }
      if let iban = entry.bank?.iban, !PaymentDetail.ibanValid(PaymentDetail.normalizedIBAN(iban)) {
        throw FileError(path: path, reason: "\(line)vendors[\(index)] (\(name)): the IBAN on file fails its checksum")
      }
      profile.vendors.append(Vendor(name: name, domains: domains, bank: entry.bank))
    }
    if let rulesFile = file.rules {
      let rulesPath = resolve(rulesFile)
      guard let data = FileManager.default.contents(atPath: rulesPath) else {
        throw FileError(path: path, reason: "rules file \(rulesPath) cannot be read")
      }
      do {
        profile.rules = try Rule.load(yaml: String(decoding: data, as: UTF8.self), path: rulesPath)
      } catch {
        throw FileError(path: path, reason: "\(error)")
      }
    }
    return profile
  }

  /// Whether an address or host name is in one of the organisation's domains.
  public func owns(_ domain: String) -> Bool {
    domains.contains { DomainName.host(domain, isWithin: $0) }
  }
}
