import Foundation

/// AbuseIPDB's view of an address (API v2 `check`).
public struct IPReputation: Codable, Sendable, Equatable {
  public var abuseConfidenceScore: Int
  public var countryCode: String?
  public var usageType: String?
  public var isp: String?
  public var domain: String?
  public var totalReports: Int?
  public var numDistinctUsers: Int?
  public var isTor: Bool?
  public var isWhitelisted: Bool?
  public var lastReportedAt: String?

  /// Hosting, data centre or transit: an address rented by the hour, not a home or office.
  public var isHosting: Bool {
    guard let u = usageType?.lowercased() else { return false }
    return u.contains("hosting") || u.contains("data center") || u.contains("transit")
  }
}

/// `GET {base}/check?ipAddress=…&maxAgeInDays=90` with the `Key` header.
struct AbuseIPDBClient: Sendable {
  let settings: IntelSettings.Service
  let caller: ServiceCaller
  let userAgent: String

  func check(_ ip: String) async -> Outcome<IPReputation> {
    var parts = URLComponents(url: settings.baseURL.appendingPathComponent("check"), resolvingAgainstBaseURL: false)!
    parts.queryItems = [URLQueryItem(name: "ipAddress", value: ip), URLQueryItem(name: "maxAgeInDays", value: "90")]
    let request = HTTPRequest(
      url: parts.url!,
      headers: ["Key": settings.key ?? "", "Accept": "application/json", "User-Agent": userAgent])
    struct Envelope: Decodable { var data: IPReputation }
    return Outcome.decode(
      await caller.fetch(kind: "ip", indicator: ip, request: request), source: "AbuseIPDB"
    ) { (e: Envelope) in e.data }
  }
}
