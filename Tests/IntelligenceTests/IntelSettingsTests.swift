import Analysis
import CaseStorage
import DNSClient
import Foundation
import Intelligence
import MailCore
import PostgresStorage
import Testing

@Suite("Intelligence settings, store and DNS facts")
struct IntelSettingsTests {
  func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "intel-\(UUID().uuidString).yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("the file sets services, rates and TTLs; keys from the environment win")
  func load() throws {
    let path = try write(
      """
      store: cache/intel.sqlite
      timeout_seconds: 3
      retries: 1
      mmdb: [GeoLite2-ASN.mmdb]
      dns: 127.0.0.1:5533
      services:
        abuseipdb: {key: file-key, base_url: "http://127.0.0.1:9/api/v2", ttl_hours: 2, requests_per_minute: 10}
        rdap: {enabled: true}
        hibp: {key: h, recipients: true}
      """)
    let s = try IntelSettings.load(path: path, environment: ["ABUSEIPDB_API_KEY": "env-key", "VT_API_KEY": "vt"])
    #expect(s.abuseipdb.key == "env-key")
    #expect(s.abuseipdb.baseURL.absoluteString == "http://127.0.0.1:9/api/v2")
    #expect(s.abuseipdb.ttl == 7_200)
    #expect(s.abuseipdb.requestsPerMinute == 10)
    #expect(s.virustotal.key == "vt")
    #expect(s.rdap.enabled && s.rdap.usable(needsKey: false))
    #expect(s.hibpRecipients)
    #expect(s.timeout == 3 && s.retry.maxRetries == 1)
    #expect(s.storePath?.hasSuffix("/cache/intel.sqlite") == true)
    #expect(s.mmdbPaths.first?.hasSuffix("/GeoLite2-ASN.mmdb") == true)
    #expect(s.dnsServer == "127.0.0.1:5533")
    // Defaults: RDAP off, recipients not sent, keyed services need a key.
    let d = try IntelSettings.load(path: nil, environment: [:])
    #expect(!d.rdap.enabled && !d.hibpRecipients && !d.abuseipdb.usable(needsKey: true))
  }

  @Test("mistakes in the file are named with the file")
  func errors() throws {
    for (text, expected) in [
      ("services:\n  shodan: {key: x}\n", "unknown service shodan"),
      ("services:\n  virustotal: {base_url: 'ftp://x'}\n", "virustotal.base_url is not an http(s) URL"),
      ("services:\n  hibp: {requests_per_minute: 0}\n", "hibp.requests_per_minute must be > 0"),
      ("timeout_seconds: [1, 2]\n", "not a valid intelligence configuration"),
    ] {
      let path = try write(text)
      #expect {
        try IntelSettings.load(path: path, environment: [:])
      } throws: { error in
        "\(error)".hasPrefix(path) && "\(error)".contains(expected)
      }
    }
    #expect(throws: FileError.self) { try IntelSettings.load(path: "/nonexistent/intel.yaml", environment: [:]) }
  }

  /// The intelligence caches: the SQLite file, and PostgreSQL when `BECSCOPE_TEST_POSTGRES` names
  /// a server (each test on a database of its own).
  static let cacheBackends: [String] = {
    guard let url = ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"], !url.isEmpty else {
      print("IntelligenceTests: BECSCOPE_TEST_POSTGRES is not set; the PostgreSQL intelligence cache is not tested")
      return ["sqlite"]
    }
    return ["sqlite", "postgres"]
  }()

  /// Two handles on one new store (as two processes would have).
  static func openCaches(_ backend: String) async throws -> (any IntelCacheStore, any IntelCacheStore) {
    if backend == "postgres" {
      let server = try #require(ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"])
      let url = try await PostgresCaseStore.createDatabase(
        "becscope_intel_\(UUID().uuidString.prefix(8).lowercased())", server: server)
      return (try await PostgresCaseStore(url: url), try await PostgresCaseStore(url: url))
    }
    let path = NSTemporaryDirectory() + "store-\(UUID().uuidString).sqlite"
    return (try IntelStore(path: path), try IntelStore(path: path))
  }

  @Test("the cache keeps an answer for its TTL only; the audit log keeps every query", arguments: cacheBackends)
  func store(_ backend: String) async throws {
    let (store, reopened) = try await Self.openCaches(backend)
    let now = Date()
    try await store.store(
      source: "rdap", kind: "domain", indicator: "a.test", status: 200, body: Data("{}".utf8), ttl: 60, now: now)
    try await store.store(
      source: "rdap", kind: "domain", indicator: "b.test", status: 404, body: Data(), ttl: 0, now: now)
    #expect(await store.cached(source: "rdap", kind: "domain", indicator: "a.test", now: now)?.status == 200)
    #expect(await store.cached(source: "rdap", kind: "domain", indicator: "a.test", now: now)?.body == Data("{}".utf8))
    #expect(await store.cached(source: "rdap", kind: "domain", indicator: "a.test", now: now + 61) == nil)
    #expect(await store.cached(source: "rdap", kind: "domain", indicator: "b.test", now: now) == nil)
    #expect(await store.cached(source: "virustotal", kind: "domain", indicator: "a.test", now: now) == nil)
    // A newer answer replaces the older one.
    try await store.store(
      source: "rdap", kind: "domain", indicator: "a.test", status: 404, body: Data(), ttl: 60, now: now + 1)
    #expect(await reopened.cached(source: "rdap", kind: "domain", indicator: "a.test", now: now + 2)?.status == 404)
    let entry = IntelAuditEntry(
      at: "2026-11-29T00:00:00Z", source: "hibp", kind: "account", indicator: "x@y.test",
      endpoint: "https://haveibeenpwned.com/api/v3/breachedaccount/x%40y.test", status: 404, outcome: "not found",
      durationMilliseconds: 12)
    let timeout = IntelAuditEntry(
      at: "2026-11-29T00:00:01Z", source: "virustotal", kind: "ip", indicator: "192.0.2.1",
      endpoint: "https://www.virustotal.com/api/v3/ip_addresses/192.0.2.1", status: nil, outcome: "timeout",
      durationMilliseconds: 10_000)
    try await store.audit(entry)
    try await store.audit(timeout)
    // Another connection (another process) sees it: the data is in the database.
    #expect(try await reopened.auditLog(limit: 1_000) == [entry, timeout])
    #expect(try await reopened.auditLog(limit: 1) == [timeout])
    #expect(throws: StoreError.self) { try IntelStore(path: "/proc/nonexistent/dir/x.sqlite") }
  }

  @Test(
    "MX, SPF, DMARC and PTR through a real DNS server",
    .enabled(if: ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"] != nil))
  func dnsFacts() async throws {
    var settings = IntelSettings()
    settings.dnsServer = ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"]
    settings.storePath = NSTemporaryDirectory() + "dns-\(UUID().uuidString).sqlite"
    let lookup = try IntelLookup(settings: settings)
    let domain = await lookup.domain("intel.test")
    #expect(domain.mx == ["mx1.intel.test", "mx2.intel.test"])
    #expect(domain.spf == "v=spf1 ip4:192.0.2.0/24 -all")
    #expect(domain.dmarc == "v=DMARC1; p=reject; rua=mailto:d@intel.test")
    let bare = await lookup.domain("bare.intel.test")
    #expect(bare.mx == [] && bare.spf == nil && bare.dmarc == nil)
    let (signals, _) = IntelAssessment.assess(ip: nil, sender: bare, accounts: [])
    #expect(signals.map(\.0) == ["intel.domain-no-mx"])
    let ip = await lookup.ip(try #require(IPAddress("192.0.2.10")))
    #expect(ip.reverseDNS == ["mail.intel.test"])
    #expect(DNSResolver.reverseName(try #require(IPAddress("2001:db8::1"))).hasPrefix("1.0.0.0."))
  }
}
