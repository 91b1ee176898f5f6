import Analysis
import Foundation
import Intelligence
import MailCore
import Synchronization
import TestSupport
import Testing

/// The HTTP clients against a local server that answers in the documented shapes, errors
/// included.
@Suite("Intelligence services over HTTP")
struct IntelServiceTests {
  static let abuseBody = """
    {"data":{"ipAddress":"155.94.251.82","isPublic":true,"ipVersion":4,"isWhitelisted":null,
    "abuseConfidenceScore":87,"countryCode":"US","usageType":"Data Center/Web Hosting/Transit",
    "isp":"QuadraNet Enterprises LLC","domain":"quadranet.com","hostnames":[],"isTor":false,
    "totalReports":42,"numDistinctUsers":17,"lastReportedAt":"2026-11-20T10:00:00+00:00"}}
    """
  static let vtIPBody = """
    {"data":{"type":"ip_address","id":"155.94.251.82","links":{"self":"x"},"attributes":{"as_owner":"QuadraNet",
    "asn":8100,"country":"US","network":"155.94.0.0/16","reputation":-12,
    "last_analysis_stats":{"harmless":60,"malicious":4,"suspicious":1,"undetected":25,"timeout":0}}}}
    """
  static let hibpBody = """
    [{"Name":"Adobe","Title":"Adobe","Domain":"adobe.com","BreachDate":"2013-10-04","AddedDate":"2013-12-04T00:00:00Z",
    "ModifiedDate":"2022-05-15T23:52:49Z","PwnCount":152445165,"Description":"x",
    "DataClasses":["Email addresses","Password hints","Passwords","Usernames"],"IsVerified":true,"IsFabricated":false,
    "IsSensitive":false,"IsRetired":false,"IsSpamList":false,"IsMalware":false,"IsSubscriptionFree":false,
    "IsStealerLog":false,"LogoPath":"https://logos.haveibeenpwned.com/Adobe.png"},
    {"Name":"Collection1","Title":"Collection #1","BreachDate":"2019-01-07","DataClasses":["Email addresses","Passwords"]}]
    """

  /// Settings that send every service to `server`, with a fresh store and quick retries.
  static func settings(_ server: LocalHTTPServer, store: String = Self.tempStore()) -> IntelSettings {
    var s = IntelSettings()
    for keyPath in [\IntelSettings.abuseipdb, \IntelSettings.virustotal, \IntelSettings.hibp, \IntelSettings.rdap] {
      s[keyPath: keyPath].baseURL = server.baseURL
      s[keyPath: keyPath].key = "test-key"
      s[keyPath: keyPath].enabled = true
      s[keyPath: keyPath].requestsPerMinute = 6_000
    }
    s.rdap.key = nil
    s.storePath = store
    s.useDNS = false
    s.timeout = 1
    s.retry = RetryPolicy(maxRetries: 2, backoff: 0.05, maxRetryAfter: 5)
    return s
  }

  static func tempStore() -> String {
    NSTemporaryDirectory() + "becscope-intel-\(UUID().uuidString).sqlite"
  }

  @Test("AbuseIPDB and VirusTotal answers are read; the second run is served from the cache")
  func reputationAndCache() async throws {
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/check?") { return .answer(status: 200, body: Self.abuseBody) }
      if request.target == "/ip_addresses/155.94.251.82" { return .answer(status: 200, body: Self.vtIPBody) }
      return .answer(status: 404, body: "{}")
    }
    let store = Self.tempStore()
    let lookup = try IntelLookup(settings: Self.settings(server, store: store))
    let ip = try #require(IPAddress("155.94.251.82"))
    let first = await lookup.ip(ip)
    #expect(first.abuseipdb?.abuseConfidenceScore == 87)
    #expect(first.abuseipdb?.isHosting == true)
    #expect(first.abuseipdb?.lastReportedAt == "2026-11-20T10:00:00+00:00")
    #expect(first.virustotal?.stats?.malicious == 4)
    #expect(first.virustotal?.asn == 8100)
    #expect(first.notes.contains { $0.source == "AbuseIPDB" && $0.status == .ok })
    // The documented request shapes: key in a header, never in the URL; a User-Agent naming becscope.
    let check = try #require(server.requests.first { $0.target.hasPrefix("/check?") })
    #expect(check.target.contains("ipAddress=155.94.251.82"))
    #expect(check.target.contains("maxAgeInDays=90"))
    #expect(check.headers["key"] == "test-key")
    #expect(check.headers["user-agent"]?.hasPrefix("becscope/") == true)
    #expect(!check.target.contains("test-key"))
    let vt = try #require(server.requests.first { $0.target.hasPrefix("/ip_addresses/") })
    #expect(vt.headers["x-apikey"] == "test-key")
    #expect(server.requests.count == 2)

    // A second lookup, even through a new client on the same store: no network call.
    let again = await (try IntelLookup(settings: Self.settings(server, store: store))).ip(ip)
    #expect(again.abuseipdb == first.abuseipdb)
    #expect(again.notes.contains { $0.source == "AbuseIPDB" && $0.status == .cached })
    #expect(server.requests.count == 2)

    // Both queries that left are in the audit log, with where they went and the answer.
    let log = try await lookup.auditLog()
    #expect(log.count == 2)
    #expect(log.allSatisfy { $0.status == 200 && $0.outcome == "ok" && $0.indicator == "155.94.251.82" })
    #expect(log.contains { $0.source == "abuseipdb" && $0.endpoint.contains("/check?ipAddress=155.94.251.82") })
  }

  @Test("a redirect never takes a key to another origin; same-origin and keyless redirects are followed and logged")
  func redirects() async throws {
    let rdapBody =
      #"{"objectClassName":"domain","events":[{"eventAction":"registration","eventDate":"2020-01-01T00:00:00Z"}]}"#
    let elsewhere = try LocalHTTPServer { request in
      request.target.hasPrefix("/domain/")
        ? .answer(status: 200, body: rdapBody) : .answer(status: 200, body: Self.abuseBody)
    }
    let other = elsewhere.baseURL.absoluteString
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/check?") {
        return .answer(status: 302, headers: ["Location": other + request.target], body: "")
      }
      if request.target.hasPrefix("/ip_addresses/") {
        return .answer(status: 301, headers: ["Location": "/moved" + request.target], body: "")
      }
      if request.target.hasPrefix("/moved/") { return .answer(status: 200, body: Self.vtIPBody) }
      if request.target.hasPrefix("/domain/") {
        return .answer(status: 302, headers: ["Location": other + request.target], body: "")
      }
      return .answer(status: 404, body: "{}")
    }
    let lookup = try IntelLookup(settings: Self.settings(server))
    let result = await lookup.ip(try #require(IPAddress("155.94.251.82")))
    // AbuseIPDB's key stays home: the other origin hears nothing, the note says why.
    #expect(elsewhere.requests.isEmpty, "\(elsewhere.requests.map(\.headers))")
    #expect(result.abuseipdb == nil)
    let note = try #require(result.notes.first { $0.source == "AbuseIPDB" })
    #expect(note.status == .failed && note.description.contains("another origin"), "\(note)")
    // VirusTotal moved on its own origin: followed with the key.
    #expect(result.virustotal?.asn == 8100)
    #expect(server.requests.first { $0.target.hasPrefix("/moved/") }?.headers["x-apikey"] == "test-key")
    // RDAP carries no key: followed to the registry's server, without any credential header.
    let domain = await lookup.domain("example.test")
    #expect(domain.registration?.registered == "2020-01-01T00:00:00Z")
    let asked = try #require(elsewhere.requests.first)
    #expect(asked.headers.keys.allSatisfy { !["key", "x-apikey", "hibp-api-key"].contains($0) })
    // Every hop is in the audit log.
    let log = try await lookup.auditLog()
    #expect(log.contains { $0.source == "virustotal" && $0.status == 301 && $0.outcome.hasPrefix("redirected to ") })
    #expect(log.contains { $0.source == "virustotal" && $0.endpoint.contains("/moved/") && $0.outcome == "ok" })
    #expect(log.contains { $0.source == "abuseipdb" && $0.status == nil && $0.outcome.contains("another origin") })
    #expect(log.contains { $0.source == "rdap" && $0.endpoint.hasPrefix(other) && $0.outcome == "ok" })
    // Refused redirects are not retried.
    #expect(server.requests.filter { $0.target.hasPrefix("/check?") }.count == 1)
  }

  @Test("a bad key is a note naming the service and the error; the other source still answers")
  func unauthorized() async throws {
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/check?") { return .answer(status: 200, body: Self.abuseBody) }
      return .answer(
        status: 401, body: #"{"error":{"code":"WrongCredentialsError","message":"Wrong API key"}}"#)
    }
    let result = await (try IntelLookup(settings: Self.settings(server))).ip(try #require(IPAddress("155.94.251.82")))
    #expect(result.abuseipdb?.abuseConfidenceScore == 87)
    #expect(result.virustotal == nil)
    let note = try #require(result.notes.first { $0.source == "VirusTotal" })
    #expect(note.status == .failed)
    #expect(note.description == "VirusTotal: 401 WrongCredentialsError")
    // 401 is not retried.
    #expect(server.requests.filter { $0.target.hasPrefix("/ip_addresses/") }.count == 1)
  }

  @Test("429 honours retry-after, then succeeds; a retry-after beyond the limit gives up at once")
  func rateLimited() async throws {
    let calls = Counter()
    let server = try LocalHTTPServer { request in
      guard request.target.hasPrefix("/check?") else { return .answer(status: 404, body: "{}") }
      if request.target.contains("198.51.100.7") {
        return .answer(
          status: 429, headers: ["Retry-After": "3600"], body: #"{"errors":[{"detail":"quota","status":429}]}"#)
      }
      return calls.next() == 0
        ? .answer(
          status: 429, headers: ["Retry-After": "1"], body: #"{"errors":[{"detail":"slow down","status":429}]}"#)
        : .answer(status: 200, body: Self.abuseBody)
    }
    var settings = Self.settings(server)
    settings.virustotal.enabled = false
    let lookup = try IntelLookup(settings: settings)
    let start = Date()
    let ok = await lookup.ip(try #require(IPAddress("155.94.251.82")))
    #expect(ok.abuseipdb?.abuseConfidenceScore == 87)
    #expect(Date().timeIntervalSince(start) >= 0.95, "the client waited for retry-after")
    #expect(server.requests.count == 2)

    let refused = await lookup.ip(try #require(IPAddress("198.51.100.7")))
    #expect(refused.abuseipdb == nil)
    #expect(refused.notes.contains { $0.description == "AbuseIPDB: 429 rate limited, retry after 3600 s" })
    #expect(server.requests.count == 3)
    let log = try await lookup.auditLog()
    #expect(log.map(\.status) == [429, 200, 429])
    #expect(log[0].outcome == "rate limited (retry after 1 s)")
  }

  @Test("500 and timeouts back off and retry a bounded number of times, then become notes")
  func serverErrorsAndTimeouts() async throws {
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/check?") { return .answer(status: 500, body: "oops") }
      return .delayed(seconds: 3, .answer(status: 200, body: Self.vtIPBody))
    }
    let lookup = try IntelLookup(settings: Self.settings(server))
    // The server does answer 200 after 3 s: only an enforced 1 s timeout makes this a failure.
    let result = await lookup.ip(try #require(IPAddress("155.94.251.82")))
    #expect(result.notes.contains { $0.description == "AbuseIPDB: 500 server error" })
    #expect(
      result.notes.contains { $0.source == "VirusTotal" && $0.status == .failed && $0.detail.contains("timed out") })
    #expect(server.requests.filter { $0.target.hasPrefix("/check?") }.count == 3, "one try and two retries")
    #expect(server.requests.filter { $0.target.hasPrefix("/ip_addresses/") }.count == 3)
    let log = try await lookup.auditLog()
    #expect(log.filter { $0.outcome == "timeout" }.count == 3)
  }

  @Test("truncated JSON, garbage and wrong shapes are notes, never crashes, and are not cached")
  func garbage() async throws {
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/check?") { return .truncated(status: 200, body: #"{"data":{"ipAddress":"1.2"#) }
      if request.target.hasPrefix("/ip_addresses/") { return .answer(status: 200, body: #"{"data":[1,2,3]}"#) }
      if request.target.hasPrefix("/breachedaccount/") { return .garbage("\u{0}\u{1}NOT HTTP AT ALL\r\n\r\n") }
      return .answer(status: 200, body: "<html>not json</html>")
    }
    var settings = Self.settings(server)
    settings.retry.maxRetries = 0
    let lookup = try IntelLookup(settings: settings)
    let ip = await lookup.ip(try #require(IPAddress("203.0.113.9")))
    #expect(ip.abuseipdb == nil && ip.virustotal == nil)
    #expect(ip.notes.first { $0.source == "AbuseIPDB" }?.status == .failed)
    #expect(ip.notes.first { $0.source == "VirusTotal" }?.detail.hasPrefix("malformed answer") == true)
    let domain = await lookup.domain("example.test")
    #expect(domain.notes.first { $0.source == "RDAP" }?.detail.hasPrefix("malformed answer") == true)
    let account = await lookup.account("someone@example.test")
    #expect(account.breaches == nil)
    #expect(account.notes.first?.status == .failed)
    // A malformed answer is not served from the cache later.
    let before = server.requests.count
    _ = await lookup.ip(try #require(IPAddress("203.0.113.9")))
    #expect(server.requests.count > before)
  }

  @Test("HIBP: full breach records with data classes; 404 means no breach; recipients only when enabled")
  func breaches() async throws {
    let server = try LocalHTTPServer { request in
      if request.target.hasPrefix("/breachedaccount/sho.tkd%40mail.example?") {
        return .answer(status: 200, body: Self.hibpBody)
      }
      return .answer(status: 404, body: "")
    }
    let lookup = try IntelLookup(settings: Self.settings(server))
    let hit = await lookup.account("sho.tkd@mail.example")
    #expect(hit.breaches?.map(\.name) == ["Adobe", "Collection1"])
    #expect(hit.breaches?.first?.dataClasses == ["Email addresses", "Password hints", "Passwords", "Usernames"])
    #expect(hit.breaches?.first?.breachDate == "2013-10-04")
    let request = try #require(server.requests.first)
    #expect(request.target.contains("truncateResponse=false"))
    #expect(request.headers["hibp-api-key"] == "test-key")
    #expect(request.headers["user-agent"]?.contains("becscope") == true)
    let clean = await lookup.account("nobody@mail.example")
    #expect(clean.breaches == [])
    #expect(clean.notes.first?.status == .ok)
    // An employee found among recipients is personal data: not sent unless enabled.
    let before = server.requests.count
    let recipient = await lookup.account("stakada@example.co.jp", recipient: true)
    #expect(recipient.breaches == nil)
    #expect(recipient.notes.first?.detail.contains("not enabled") == true)
    #expect(server.requests.count == before)
  }

  @Test("RDAP: the registration date gives the domain's age; 404 is not registered")
  func registration() async throws {
    let server = try LocalHTTPServer { request in
      if request.target == "/domain/examp1e.test" {
        return .answer(
          status: 200,
          body: """
            {"objectClassName":"domain","ldhName":"EXAMP1E.TEST","events":[
            {"eventAction":"registration","eventDate":"2026-11-20T08:00:00Z"},
            {"eventAction":"expiration","eventDate":"2027-11-20T08:00:00Z"},
            {"eventAction":"last changed","eventDate":"2026-11-21T08:00:00Z"}],
            "entities":[{"objectClassName":"entity","roles":["registrar"],"handle":"1234",
            "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Example Registrar, Inc."]]]}]}
            """)
      }
      return .answer(status: 404, body: #"{"errorCode":404}"#)
    }
    var settings = Self.settings(server)
    settings.virustotal.enabled = false
    let lookup = try IntelLookup(settings: settings)
    let now = try #require(ISO8601DateFormatter().date(from: "2026-11-29T08:00:00Z"))
    let young = await lookup.domain("EXAMP1E.test", now: now)
    #expect(young.registration?.registered == "2026-11-20T08:00:00Z")
    #expect(young.registration?.registrar == "Example Registrar, Inc.")
    #expect(young.ageDays == 9)
    let (signals, findings) = IntelAssessment.assess(ip: nil, sender: young, accounts: [])
    #expect(signals.map(\.0) == ["intel.domain-young"])
    #expect(findings.first?.severity == .high)
    let missing = await lookup.domain("unregistered.test", now: now)
    #expect(missing.registration == nil)
    #expect(missing.notes.first { $0.source == "RDAP" }?.status == .notFound)
  }

  @Test("offline or without keys nothing is sent: no connection reaches the server")
  func offlineSendsNothing() async throws {
    let server = try LocalHTTPServer { _ in .answer(status: 200, body: Self.abuseBody) }
    var settings = Self.settings(server)
    settings.offline = true
    let offline = try IntelLookup(settings: settings)
    #expect(offline.store == nil)
    let ip = await offline.ip(try #require(IPAddress("155.94.251.82")))
    _ = await offline.domain("example.test")
    _ = await offline.account("a@example.test")
    #expect(
      ip.notes.filter { $0.source != "DNS" }.allSatisfy { $0.status == .skipped && $0.detail == "skipped (offline)" })
    var keyless = Self.settings(server)
    keyless.abuseipdb.key = nil
    keyless.virustotal.key = ""
    keyless.hibp.key = nil
    keyless.rdap.enabled = false
    let noKeys = try IntelLookup(settings: keyless)
    let result = await noKeys.ip(try #require(IPAddress("155.94.251.82")))
    #expect(result.notes.contains { $0.description == "AbuseIPDB: skipped (no key: set ABUSEIPDB_API_KEY)" })
    #expect(!noKeys.anyNetworkSource)
    #expect(server.connectionCount == 0)
  }

  @Test("the pace limit spaces requests to one source")
  func pacing() async throws {
    let server = try LocalHTTPServer { _ in .answer(status: 200, body: Self.abuseBody) }
    var settings = Self.settings(server)
    settings.virustotal.enabled = false
    settings.abuseipdb.requestsPerMinute = 120  // one every 0.5 s
    let lookup = try IntelLookup(settings: settings)
    let start = Date()
    for last in 1...3 { _ = await lookup.ip(try #require(IPAddress("192.0.2.\(last)"))) }
    #expect(Date().timeIntervalSince(start) >= 0.95)
    #expect(server.requests.count == 3)
  }
}

/// A thread-safe counter for handlers that answer differently on each call.
final class Counter: Sendable {
  private let value = Mutex<Int>(0)
  func next() -> Int {
    value.withLock { v in
      defer { v += 1 }; return v
    }
  }
}
