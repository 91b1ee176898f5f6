import Foundation

/// One breach an address appears in (HIBP v3, full record).
public struct Breach: Codable, Sendable, Equatable {
  public var name: String
  public var title: String?
  public var domain: String?
  public var breachDate: String?
  public var addedDate: String?
  public var pwnCount: Int?
  public var dataClasses: [String]
  public var isVerified: Bool?
  public var isSpamList: Bool?

  private enum CodingKeys: String, CodingKey {
    case name = "Name", title = "Title", domain = "Domain", breachDate = "BreachDate", addedDate = "AddedDate"
    case pwnCount = "PwnCount", dataClasses = "DataClasses", isVerified = "IsVerified", isSpamList = "IsSpamList"
  }

  public init(
    name: String, title: String? = nil, domain: String? = nil, breachDate: String? = nil, dataClasses: [String] = []
  ) {
    self.name = name
    self.title = title
    self.domain = domain
    self.breachDate = breachDate
    self.dataClasses = dataClasses
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    domain = try c.decodeIfPresent(String.self, forKey: .domain)
    breachDate = try c.decodeIfPresent(String.self, forKey: .breachDate)
    addedDate = try c.decodeIfPresent(String.self, forKey: .addedDate)
    pwnCount = try c.decodeIfPresent(Int.self, forKey: .pwnCount)
    // A truncated record (no truncateResponse=false) has only the name.
    dataClasses = try c.decodeIfPresent([String].self, forKey: .dataClasses) ?? []
    isVerified = try c.decodeIfPresent(Bool.self, forKey: .isVerified)
    isSpamList = try c.decodeIfPresent(Bool.self, forKey: .isSpamList)
  }
}

/// `GET {base}/breachedaccount/{address}?truncateResponse=false` with the `hibp-api-key` and
/// `user-agent` headers. 404 means the address is in no breach.
struct HIBPClient: Sendable {
  let settings: IntelSettings.Service
  let caller: ServiceCaller
  let userAgent: String

  func breaches(_ address: String) async -> Outcome<[Breach]> {
    let encoded =
      address.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_")))
      ?? address
    var parts = URLComponents(url: settings.baseURL, resolvingAgainstBaseURL: false)!
    parts.percentEncodedPath = parts.percentEncodedPath.trimmingSlash + "/breachedaccount/" + encoded
    parts.queryItems = [URLQueryItem(name: "truncateResponse", value: "false")]
    let request = HTTPRequest(
      url: parts.url!,
      headers: ["hibp-api-key": settings.key ?? "", "user-agent": userAgent, "Accept": "application/json"])
    let result = await caller.fetch(
      kind: "account", indicator: address.lowercased(), request: request, accepted: [200, 404])
    if case .answer(404, _, let cached) = result { return .value([], cached: cached) }
    return Outcome.decode(result, source: "HIBP") { (list: [Breach]) in list }
  }
}

extension String {
  var trimmingSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
