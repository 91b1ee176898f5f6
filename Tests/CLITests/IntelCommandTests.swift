import Foundation
import TestSupport
import Testing

/// `becscope intel` and intelligence in `analyze`, run as a user would, against a local server
/// that stands in for AbuseIPDB, VirusTotal, HIBP and RDAP.
@Suite("becscope intel and analyze with intelligence (the commands)")
struct IntelCommandTests {
  let cli = ParseCommandTests()

  static let abuse = """
    {"data":{"ipAddress":"155.94.251.82","isPublic":true,"ipVersion":4,"isWhitelisted":null,"abuseConfidenceScore":91,
    "countryCode":"US","usageType":"Data Center/Web Hosting/Transit","isp":"QuadraNet Enterprises LLC","domain":"quadranet.com",
    "hostnames":[],"isTor":false,"totalReports":57,"numDistinctUsers":20,"lastReportedAt":"2026-11-27T03:00:00+00:00"}}
    """

  /// A settings file that sends AbuseIPDB and RDAP to `server`, and a fresh store.
  func config(_ server: LocalHTTPServer) throws -> (config: String, store: String) {
    let dir = NSTemporaryDirectory() + "becscope-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let text = """
      store: intel.sqlite
      dns: "off"
      timeout_seconds: 2
      backoff_seconds: 0.05
      services:
        abuseipdb: {key: k, base_url: "\(server.baseURL.absoluteString)/api/v2", requests_per_minute: 6000}
        rdap: {enabled: true, base_url: "\(server.baseURL.absoluteString)/rdap"}
      """
    try text.write(toFile: dir + "/intel.yaml", atomically: true, encoding: .utf8)
    return (dir + "/intel.yaml", dir + "/intel.sqlite")
  }

  func server() throws -> LocalHTTPServer {
    try LocalHTTPServer { request in
      if request.target.hasPrefix("/api/v2/check?") { return .answer(status: 200, body: Self.abuse) }
      return .answer(status: 404, body: "{}")
    }
  }

  @Test("--offline sends nothing, from intel and from analyze, whatever the settings say")
  func offline() throws {
    let server = try server()
    let (config, _) = try config(server)
    let ip = try cli.run(["intel", "ip", "155.94.251.82", "--offline", "--intel-config", config])
    #expect(ip.status == 0)
    #expect(ip.stdout.contains("AbuseIPDB: skipped (offline)"))
    // Indicators are pasted as reports give them: defanged.
    for (kind, value) in [
      ("ip", "155.94.251[.]82"), ("domain", "optimum[.]net"), ("account", "ejbjebduffy[@]optimum[.]net"),
    ] {
      let defanged = try cli.run(["intel", kind, value, "--offline", "--intel-config", config])
      #expect(defanged.status == 0, "\(kind) \(value): \(defanged.stderr)")
    }
    let analyze = try cli.run([
      "analyze", "--offline", "--intel-config", config, "--format", "json", "Examples/ceo-lure.eml",
    ])
    #expect(analyze.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8)) as? [String: Any])
    #expect(object["intel"] is NSNull)
    #expect(server.connectionCount == 0, "nothing may reach the network with --offline")
  }

  @Test("analyze adds the origin's reputation as findings and JSON; intel log lists what left")
  func analyzeWithIntel() throws {
    let server = try server()
    let (config, _) = try config(server)
    let r = try cli.run(["analyze", "--intel-config", config, "--format", "json", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let intel = try #require(object["intel"] as? [String: Any])
    let origin = try #require(intel["origin"] as? [String: Any])
    #expect(origin["ip"] as? String == "155.94.251.82")
    #expect((origin["abuseipdb"] as? [String: Any])?["abuse_confidence_score"] as? Int == 91)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["id"] as? String == "intel-ip-abusive" && $0["severity"] as? String == "high" })
    // The message body never leaves: only the indicator is in the request.
    #expect(server.requests.allSatisfy { !$0.target.contains("%E8%87%B3%E6%80%A5") })
    #expect(server.requests.contains { $0.target.contains("ipAddress=155.94.251.82") })
    let text = try cli.run(["analyze", "--intel-config", config, "Examples/ceo-lure.eml"])
    #expect(text.stdout.contains("Intelligence"))
    #expect(text.stdout.contains("155[.]94[.]251[.]82: AbuseIPDB confidence 91/100"))
    let log = try cli.run(["intel", "log", "--intel-config", config])
    #expect(log.status == 0)
    #expect(log.stdout.contains("abuseipdb  ip 155.94.251.82"))
    #expect(log.stdout.contains("200 ok"))
    // The second run was answered from the cache.
    #expect(server.requests.filter { $0.target.hasPrefix("/api/v2/check?") }.count == 1)
  }

  @Test("intel commands: clear errors for bad input and bad settings")
  func errors() throws {
    let bad = try cli.run(["intel", "ip", "not-an-ip", "--offline"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("not an IP address"))
    let missing = try cli.run(["intel", "ip", "192.0.2.1", "--intel-config", "/nonexistent/intel.yaml"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/nonexistent/intel.yaml: cannot read the file"))
    let json = try cli.run(["intel", "domain", "example.test", "--offline", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["domain"] as? String == "example.test")
    #expect((object["notes"] as? [[String: Any]])?.contains { $0["source"] as? String == "RDAP" } == true)
  }
}
