import Foundation
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

  public init(
    name: String = "", domains: [String] = [], trustedRelays: [String] = [], authservIDs: [String] = [],
    directoryPath: String? = nil
  ) {
    self.name = name
    self.domains = domains.map { $0.lowercased() }
    self.trustedRelays = trustedRelays.map { $0.lowercased() }
    self.authservIDs = authservIDs.map { $0.lowercased() }
    self.directoryPath = directoryPath
  }

  /// Why a profile could not be read.
  public struct LoadError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
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
  }

  /// Reads a profile from a YAML file.
  public static func load(path: String) throws(LoadError) -> OrganizationProfile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError(path: path, reason: "cannot be read")
    }
    let file: File
    do {
      file = try YAMLDecoder().decode(File.self, from: data)
    } catch {
      throw LoadError(path: path, reason: "is not a valid organisation profile (\(error))")
    }
    guard let domains = file.organization?.domains, !domains.isEmpty else {
      throw LoadError(path: path, reason: "organization.domains is missing or empty")
    }
    var directory: String? = nil
    if let d = file.directory {
      directory =
        d.hasPrefix("/") ? d : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(d).path
    }
    return OrganizationProfile(
      name: file.organization?.name ?? "", domains: domains, trustedRelays: file.trusted_relays ?? [],
      authservIDs: file.authserv_ids ?? [], directoryPath: directory)
  }

  /// Whether an address or host name is in one of the organisation's domains.
  public func owns(_ domain: String) -> Bool {
    domains.contains { DomainName.host(domain, isWithin: $0) }
  }
}
