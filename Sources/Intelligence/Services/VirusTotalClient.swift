import Foundation

/// VirusTotal's analysis counts (`last_analysis_stats`).
public struct AnalysisStats: Codable, Sendable, Equatable {
  public var harmless: Int?
  public var malicious: Int?
  public var suspicious: Int?
  public var undetected: Int?
}

/// VirusTotal's view of an address (API v3 `ip_addresses/{ip}`).
public struct VTAddressReport: Codable, Sendable, Equatable {
  public var stats: AnalysisStats?
  public var reputation: Int?
  public var asn: Int?
  public var asOwner: String?
  public var country: String?
  public var network: String?
}

/// VirusTotal's view of a domain (API v3 `domains/{domain}`).
public struct VTDomainReport: Codable, Sendable, Equatable {
  public var stats: AnalysisStats?
  public var reputation: Int?
  /// `creation_date` (Unix time) as RFC 3339.
  public var creationDate: String?
  public var registrar: String?
  public var categories: [String]
}

/// `GET {base}/ip_addresses/{ip}` and `{base}/domains/{domain}` with the `x-apikey` header.
struct VirusTotalClient: Sendable {
  let settings: IntelSettings.Service
  let caller: ServiceCaller
  let userAgent: String

  private struct Envelope<A: Decodable>: Decodable {
    struct Data: Decodable { var attributes: A }
    var data: Data
  }

  /// An address object's `attributes` as the API gives them (also read from an answer the
  /// analyst saved, `ManualEvidence`).
  struct AddressAttributes: Decodable {
    var last_analysis_stats: AnalysisStats?
    var reputation: Int?
    var asn: Int?
    var as_owner: String?
    var country: String?
    var network: String?

    var report: VTAddressReport {
      VTAddressReport(
        stats: last_analysis_stats, reputation: reputation, asn: asn, asOwner: as_owner, country: country,
        network: network)
    }
  }

  private struct DomainAttributes: Decodable {
    var last_analysis_stats: AnalysisStats?
    var reputation: Int?
    var creation_date: Double?
    var registrar: String?
    var categories: [String: String]?
  }

  private func request(_ path: String) -> HTTPRequest {
    HTTPRequest(
      url: settings.baseURL.appendingPathComponent(path),
      headers: ["x-apikey": settings.key ?? "", "Accept": "application/json", "User-Agent": userAgent])
  }

  func address(_ ip: String) async -> Outcome<VTAddressReport> {
    let result = await caller.fetch(
      kind: "ip", indicator: ip, request: request("ip_addresses/\(ip)"), accepted: [200, 404])
    return Outcome.decode(result, source: "VirusTotal", notFoundStatus: 404) { (e: Envelope<AddressAttributes>) in
      e.data.attributes.report
    }
  }

  func domain(_ name: String) async -> Outcome<VTDomainReport> {
    let result = await caller.fetch(
      kind: "domain", indicator: name, request: request("domains/\(name)"), accepted: [200, 404])
    return Outcome.decode(result, source: "VirusTotal", notFoundStatus: 404) { (e: Envelope<DomainAttributes>) in
      let a = e.data.attributes
      return VTDomainReport(
        stats: a.last_analysis_stats, reputation: a.reputation,
        creationDate: a.creation_date.map { RDAPClient.rfc3339(Date(timeIntervalSince1970: $0)) },
        registrar: a.registrar,
        categories: Array(Set((a.categories ?? [:]).values)).sorted())
    }
  }
}
