import Analysis
import CaseStorage
import DNSClient
import Foundation
import MailCore

/// Looks indicators up in every source the settings allow: AbuseIPDB, VirusTotal, HIBP and
/// RDAP over HTTP, MaxMind DB files locally, and DNS. Answers are cached and every outbound
/// query is logged in the store; a source that is off, keyless, slow or broken becomes a note
/// and the rest goes on. Only indicators leave the machine, never message content.
public struct IntelLookup: Sendable {
  public let settings: IntelSettings
  /// Where answers are cached and queries logged (nil when nothing may be sent).
  public let store: (any IntelCacheStore)?
  private let abuseipdb: AbuseIPDBClient
  private let virustotal: VirusTotalClient
  private let hibp: HIBPClient
  private let rdap: RDAPClient
  private let mmdb: [MMDBReader]
  /// Problems met while setting up (an unreadable MaxMind file), shown as notes.
  public let setupNotes: [IntelNote]
  private let dns: DNSResolver?

  /// Opens the store (unless offline) and the MaxMind files. `transport` is the HTTP client
  /// (URLSession by default); `cache` is where answers are cached and queries logged (by
  /// default the SQLite file of the settings).
  public init(
    settings: IntelSettings, transport: (any HTTPTransport)? = nil, cache: (any IntelCacheStore)? = nil
  ) throws(StoreError) {
    self.settings = settings
    // The store holds network answers and the audit of what was sent: opened only when
    // something may be sent.
    var opened: (any IntelCacheStore)? = nil
    if Self.networkAllowed(settings) {
      if let cache {
        opened = cache
      } else {
        opened = try IntelStore(path: settings.storePath ?? IntelStore.defaultPath)
      }
    }
    store = opened
    let transport = transport ?? URLSessionTransport(timeout: settings.timeout)
    let retry = settings.retry
    func caller(_ name: String, _ s: IntelSettings.Service) -> ServiceCaller {
      ServiceCaller(
        source: name, transport: transport, store: opened,
        gate: ServiceGate(requestsPerMinute: s.requestsPerMinute, concurrency: s.concurrency), retry: retry,
        ttl: s.ttl)
    }
    abuseipdb = AbuseIPDBClient(
      settings: settings.abuseipdb, caller: caller("abuseipdb", settings.abuseipdb), userAgent: settings.userAgent)
    virustotal = VirusTotalClient(
      settings: settings.virustotal, caller: caller("virustotal", settings.virustotal), userAgent: settings.userAgent)
    hibp = HIBPClient(settings: settings.hibp, caller: caller("hibp", settings.hibp), userAgent: settings.userAgent)
    rdap = RDAPClient(settings: settings.rdap, caller: caller("rdap", settings.rdap), userAgent: settings.userAgent)
    var readers: [MMDBReader] = []
    var notes: [IntelNote] = []
    for path in settings.mmdbPaths {
      do {
        readers.append(try MMDBReader(path: path))
      } catch {
        notes.append(IntelNote(source: "MaxMind DB", status: .failed, detail: error.description))
      }
    }
    mmdb = readers
    setupNotes = notes
    if settings.offline || !settings.useDNS {
      dns = nil
    } else if let server = settings.dnsServer {
      dns = try? DNSResolver(server: server)
    } else {
      dns = DNSResolver.system()
    }
  }

  /// Whether any network source may be asked (what `analyze` checks before looking up).
  public var anyNetworkSource: Bool { Self.networkAllowed(settings) }

  /// Whether these settings may send anything (then answers are cached and queries logged).
  public static func networkAllowed(_ settings: IntelSettings) -> Bool {
    !settings.offline
      && (settings.abuseipdb.usable(needsKey: true) || settings.virustotal.usable(needsKey: true)
        || settings.rdap.usable(needsKey: false) || settings.hibp.usable(needsKey: true))
  }

  private func skipped(_ s: IntelSettings.Service, needsKey: Bool, keyName: String) -> String? {
    if settings.offline { return "skipped (offline)" }
    if !s.enabled { return "skipped (not enabled)" }
    if needsKey && (s.key ?? "").isEmpty { return "skipped (no key: set \(keyName))" }
    return nil
  }

  /// `.skipped(why)` when there is a reason to skip, else the lookup's outcome.
  private func unless<T>(_ why: String?, _ lookup: @Sendable () async -> Outcome<T>) async -> Outcome<T> {
    if let why { return .skipped(why) }
    return await lookup()
  }

  /// Reputation, owner, country and reverse DNS of an address.
  public func ip(_ address: IPAddress) async -> IPIntel {
    var result = IPIntel(ip: address.text, notes: setupNotes)
    async let abuse = unless(skipped(settings.abuseipdb, needsKey: true, keyName: "ABUSEIPDB_API_KEY")) {
      await abuseipdb.check(address.text)
    }
    async let vt = unless(skipped(settings.virustotal, needsKey: true, keyName: "VT_API_KEY")) {
      await virustotal.address(address.text)
    }
    let (a, v) = await (abuse, vt)
    result.abuseipdb = a.value
    result.virustotal = v.value
    result.notes += [a.note("AbuseIPDB"), v.note("VirusTotal")]
    if !mmdb.isEmpty {
      var info = NetworkInfo()
      for reader in mmdb {
        do {
          guard let data = try reader.lookup(address) else { continue }
          info.asn = info.asn ?? data["autonomous_system_number"]?.integer
          info.organization =
            info.organization ?? data["autonomous_system_organization"]?.string ?? data["organization"]?.string
          info.isp = info.isp ?? data["isp"]?.string
          info.country =
            info.country ?? data["country"]?["iso_code"]?.string ?? data["registered_country"]?["iso_code"]?.string
        } catch {
          result.notes.append(IntelNote(source: "MaxMind DB", status: .failed, detail: error.description))
        }
      }
      result.network = info
      result.notes.append(IntelNote(source: "MaxMind DB", status: .ok, detail: "\(mmdb.count) database(s) read"))
    }
    if let dns {
      do {
        result.reverseDNS = try dns.ptr(address)
        result.notes.append(IntelNote(source: "DNS", status: .ok, detail: "PTR looked up"))
      } catch .notFound {
        result.reverseDNS = []
        result.notes.append(IntelNote(source: "DNS", status: .notFound, detail: "no PTR record"))
      } catch {
        result.notes.append(IntelNote(source: "DNS", status: .failed, detail: "PTR: \(error)"))
      }
    } else {
      result.notes.append(
        IntelNote(
          source: "DNS", status: .skipped, detail: settings.offline ? "skipped (offline)" : "skipped (no resolver)"))
    }
    return result
  }

  /// Registration date, reputation and mail records of a domain.
  public func domain(_ name: String, now: Date = Date()) async -> DomainIntel {
    let name = name.lowercased()
    var result = DomainIntel(domain: name, notes: setupNotes)
    async let reg = unless(skipped(settings.rdap, needsKey: false, keyName: "")) { await rdap.registration(name) }
    async let vt = unless(skipped(settings.virustotal, needsKey: true, keyName: "VT_API_KEY")) {
      await virustotal.domain(name)
    }
    let (r, v) = await (reg, vt)
    result.registration = r.value
    result.virustotal = v.value
    result.ageDays =
      r.value?.ageInDays(now: now)
      ?? v.value?.creationDate.flatMap { Registration(registered: $0).ageInDays(now: now) }
    result.notes += [r.note("RDAP"), v.note("VirusTotal")]
    if let dns {
      var problems: [String] = []
      do { result.mx = try dns.mx(name) } catch .notFound { result.mx = [] } catch { problems.append("MX: \(error)") }
      do {
        result.spf = try dns.txt(name).first { $0.lowercased().hasPrefix("v=spf1") }
      } catch .notFound {
      } catch { problems.append("SPF: \(error)") }
      do {
        result.dmarc = try dns.txt("_dmarc." + name).first { $0.lowercased().hasPrefix("v=dmarc1") }
      } catch .notFound {
      } catch { problems.append("DMARC: \(error)") }
      result.notes.append(
        problems.isEmpty
          ? IntelNote(source: "DNS", status: .ok, detail: "MX, SPF and DMARC looked up")
          : IntelNote(source: "DNS", status: .failed, detail: problems.joined(separator: "; ")))
    } else {
      result.notes.append(
        IntelNote(
          source: "DNS", status: .skipped, detail: settings.offline ? "skipped (offline)" : "skipped (no resolver)"))
    }
    return result
  }

  /// The breaches a mail address appears in. `recipient` marks an employee's address found
  /// among a message's recipients: those go to HIBP only when the user allowed it.
  public func account(_ address: String, recipient: Bool = false) async -> AccountIntel {
    var result = AccountIntel(address: address.lowercased(), notes: setupNotes)
    let outcome: Outcome<[Breach]>
    if let why = skipped(settings.hibp, needsKey: true, keyName: "HIBP_API_KEY") {
      outcome = .skipped(why)
    } else if recipient && !settings.hibpRecipients {
      outcome = .skipped("skipped (recipient lookups not enabled: services.hibp.recipients)")
    } else {
      outcome = await hibp.breaches(address)
    }
    result.breaches = outcome.value
    result.notes.append(outcome.note("HIBP"))
    return result
  }

  /// The outbound queries recorded in the store, oldest first.
  public func auditLog(limit: Int = 1_000) async throws(StoreError) -> [IntelAuditEntry] {
    guard let store else { return [] }
    return try await store.auditLog(limit: limit)
  }
}
