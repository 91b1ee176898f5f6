import Foundation

/// A domain's registration record (RDAP, RFC 9083 `events`).
public struct Registration: Codable, Sendable, Equatable {
  public var registered: String?
  public var expires: String?
  public var lastChanged: String?
  public var registrar: String?

  /// Days between registration and `now`, when the registration date is known.
  public func ageInDays(now: Date = Date()) -> Int? {
    guard let registered, let date = RDAPClient.parseDate(registered) else { return nil }
    return Int(now.timeIntervalSince(date) / 86_400)
  }
}

/// `GET {base}/domain/{name}` (rdap.org redirects to the registry). 404: not registered.
struct RDAPClient: Sendable {
  let settings: IntelSettings.Service
  let caller: ServiceCaller
  let userAgent: String

  private struct Wire: Decodable {
    struct Event: Decodable {
      var eventAction: String
      var eventDate: String?
    }
    struct Entity: Decodable {
      var roles: [String]?
      var handle: String?
      var vcardArray: [VCardValue]?
    }
    var events: [Event]?
    var entities: [Entity]?
  }

  /// Part of a jCard array: strings or nested arrays; only the `fn` of a registrar is read.
  private enum VCardValue: Decodable {
    case text(String)
    case list([VCardValue])
    case other

    init(from decoder: any Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let s = try? c.decode(String.self) {
        self = .text(s)
      } else if let l = try? c.decode([VCardValue].self) {
        self = .list(l)
      } else {
        self = .other
      }
    }
  }

  func registration(_ domain: String) async -> Outcome<Registration> {
    let request = HTTPRequest(
      url: settings.baseURL.appendingPathComponent("domain").appendingPathComponent(domain),
      headers: ["Accept": "application/rdap+json, application/json", "User-Agent": userAgent])
    let result = await caller.fetch(kind: "domain", indicator: domain, request: request, accepted: [200, 404])
    return Outcome.decode(result, source: "RDAP", notFoundStatus: 404) { (w: Wire) in
      var r = Registration()
      for e in w.events ?? [] {
        switch e.eventAction.lowercased() {
        case "registration": r.registered = e.eventDate
        case "expiration": r.expires = e.eventDate
        case "last changed": r.lastChanged = e.eventDate
        default: break
        }
      }
      for entity in w.entities ?? [] where entity.roles?.contains("registrar") == true {
        r.registrar = Self.formattedName(entity.vcardArray) ?? entity.handle
      }
      return r
    }
  }

  private static func formattedName(_ card: [VCardValue]?) -> String? {
    guard let card, card.count > 1, case .list(let properties) = card[1] else { return nil }
    for p in properties {
      if case .list(let fields) = p, fields.count >= 4, case .text("fn") = fields[0], case .text(let name) = fields[3] {
        return name
      }
    }
    return nil
  }

  static func parseDate(_ text: String) -> Date? {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    if let d = f.date(from: text) { return d }
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return f.date(from: text)
  }

  static func rfc3339(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: date)
  }
}
