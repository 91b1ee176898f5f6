import Analysis
import Foundation
import MailCore
import Yams

/// What intelligence becscope may use: which services, with which keys, where, how fast, and
/// how long answers are kept. Read from `intel.yaml` and the environment; see
/// `docs/intelligence.md`.
public struct IntelSettings: Sendable {
  /// One HTTP service.
  public struct Service: Sendable {
    public var baseURL: URL
    public var key: String?
    /// Whether the user allows this service. Keyed services are on when a key is present,
    /// unless `enabled: false`; RDAP (no key) is off until enabled.
    public var enabled: Bool
    public var ttl: TimeInterval
    public var requestsPerMinute: Double
    public var concurrency: Int
    /// Whether a lookup may be sent: enabled, and keyed when the service needs a key.
    public func usable(needsKey: Bool) -> Bool { enabled && (!needsKey || !(key ?? "").isEmpty) }
  }

  /// `--offline`: nothing leaves the machine, whatever else is set.
  public var offline = false
  public var abuseipdb = Service(
    baseURL: URL(string: "https://api.abuseipdb.com/api/v2")!, key: nil, enabled: true, ttl: 86_400,
    requestsPerMinute: 30, concurrency: 2)
  public var virustotal = Service(
    baseURL: URL(string: "https://www.virustotal.com/api/v3")!, key: nil, enabled: true, ttl: 86_400,
    requestsPerMinute: 4, concurrency: 1)
  public var hibp = Service(
    baseURL: URL(string: "https://haveibeenpwned.com/api/v3")!, key: nil, enabled: true, ttl: 7 * 86_400,
    requestsPerMinute: 10, concurrency: 1)
  public var rdap = Service(
    baseURL: URL(string: "https://rdap.org")!, key: nil, enabled: false, ttl: 7 * 86_400, requestsPerMinute: 30,
    concurrency: 2)
  /// Send recipient addresses (employees' personal data) to HIBP. Off unless the user says so.
  public var hibpRecipients = false
  /// MaxMind DB files (ASN, country, city), read locally.
  public var mmdbPaths: [String] = []
  /// DNS server for MX, SPF, DMARC and PTR (`host` or `host:port`); nil means the system's.
  public var dnsServer: String? = nil
  /// Whether DNS lookups are allowed.
  public var useDNS = true
  public var timeout: TimeInterval = 10
  public var retry = RetryPolicy()
  /// The SQLite store for the cache and the audit log; nil means ``IntelStore/defaultPath``.
  public var storePath: String? = nil
  /// Sent with every request (HIBP refuses requests without one).
  public var userAgent = "becscope/0.1.0 (BEC investigation; +https://github.com/becscope)"

  public init() {}

  /// The configuration file: `--intel-config`, else `$BECSCOPE_INTEL_CONFIG`, else
  /// `~/.config/becscope/intel.yaml` when it exists.
  public static func configPath(explicit: String?, environment: [String: String]) -> String? {
    if let explicit { return explicit }
    if let path = environment["BECSCOPE_INTEL_CONFIG"], !path.isEmpty { return path }
    let home = environment["HOME"] ?? NSHomeDirectory()
    let path = home + "/.config/becscope/intel.yaml"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Settings from the file at `path` (if any), then API keys from the environment
  /// (`ABUSEIPDB_API_KEY`, `VT_API_KEY`, `HIBP_API_KEY`), which win over the file.
  public static func load(path: String?, environment: [String: String]) throws(FileError) -> IntelSettings {
    var settings = IntelSettings()
    if let path {
      guard let data = FileBytes.read(path) else {
        throw FileError(.unreadable, path: path, reason: "cannot read the file")
      }
      guard let text = String(bytes: data, encoding: .utf8) else {
        throw FileError(path: path, reason: "not UTF-8 text")
      }
      if let problem = YAMLCheck.problem(in: text) {
        throw FileError(path: path, reason: "not a valid intelligence configuration: \(problem)")
      }
      let file: ConfigFile
      do {
        file = try YAMLDecoder().decode(ConfigFile.self, from: text)
      } catch {
        throw FileError(
          path: path, reason: "not a valid intelligence configuration: \(YAMLCheck.problem(decoding: error))")
      }
      try settings.apply(file, path: path)
    }
    for (variable, keyPath) in [
      ("ABUSEIPDB_API_KEY", \IntelSettings.abuseipdb), ("VT_API_KEY", \IntelSettings.virustotal),
      ("HIBP_API_KEY", \IntelSettings.hibp),
    ] {
      if let key = environment[variable], !key.isEmpty { settings[keyPath: keyPath].key = key }
    }
    return settings
  }

  private mutating func apply(_ file: ConfigFile, path: String) throws(FileError) {
    let base = (path as NSString).deletingLastPathComponent
    func resolve(_ p: String) -> String {
      let expanded = (p as NSString).expandingTildeInPath
      return expanded.hasPrefix("/") || base.isEmpty ? expanded : base + "/" + expanded
    }
    if let t = file.timeout_seconds { timeout = t }
    if let r = file.retries { retry.maxRetries = max(0, r) }
    if let b = file.backoff_seconds { retry.backoff = max(0, b) }
    if let m = file.max_retry_after_seconds { retry.maxRetryAfter = m }
    if let s = file.store { storePath = resolve(s) }
    if let paths = file.mmdb { mmdbPaths = paths.map(resolve) }
    if let dns = file.dns {
      switch dns.lowercased() {
      case "off", "none", "false": useDNS = false
      case "system": dnsServer = nil
      default: dnsServer = dns
      }
    }
    if let agent = file.user_agent { userAgent = agent }
    let services = file.services ?? [:]
    for name in services.keys where !["abuseipdb", "virustotal", "hibp", "rdap"].contains(name) {
      throw FileError(path: path, reason: "unknown service \(name) (abuseipdb, virustotal, hibp, rdap)")
    }
    for (name, keyPath) in [
      ("abuseipdb", \IntelSettings.abuseipdb), ("virustotal", \IntelSettings.virustotal),
      ("hibp", \IntelSettings.hibp), ("rdap", \IntelSettings.rdap),
    ] {
      guard let s = services[name] else { continue }
      if let url = s.base_url {
        guard let parsed = URL(string: url), parsed.scheme == "https" || parsed.scheme == "http" else {
          throw FileError(path: path, reason: "\(name).base_url is not an http(s) URL: \(url)")
        }
        self[keyPath: keyPath].baseURL = parsed
      }
      if let key = s.key { self[keyPath: keyPath].key = key }
      if let enabled = s.enabled { self[keyPath: keyPath].enabled = enabled }
      if let hours = s.ttl_hours { self[keyPath: keyPath].ttl = hours * 3_600 }
      if let rpm = s.requests_per_minute {
        guard rpm > 0 else { throw FileError(path: path, reason: "\(name).requests_per_minute must be > 0") }
        self[keyPath: keyPath].requestsPerMinute = rpm
      }
      if let c = s.concurrency { self[keyPath: keyPath].concurrency = max(1, c) }
      if name == "hibp", let r = s.recipients { hibpRecipients = r }
    }
  }

  private struct ConfigFile: Decodable {
    var store: String?
    var timeout_seconds: Double?
    var retries: Int?
    var backoff_seconds: Double?
    var max_retry_after_seconds: Double?
    var mmdb: [String]?
    var dns: String?
    var user_agent: String?
    var services: [String: ServiceEntry]?
  }

  private struct ServiceEntry: Decodable {
    var key: String?
    var base_url: String?
    var enabled: Bool?
    var ttl_hours: Double?
    var requests_per_minute: Double?
    var concurrency: Int?
    var recipients: Bool?
  }
}
