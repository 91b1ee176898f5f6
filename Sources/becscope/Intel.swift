import Analysis
import ArgumentParser
import CaseStorage
import Foundation
import Intelligence
import MailCore
import Reporting

/// `becscope intel`: an analyst's quick look at one indicator.
struct Intel: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Look up one indicator: an IP address, a domain or a mail address.",
    discussion: """
      Sources: AbuseIPDB and VirusTotal (keys in ABUSEIPDB_API_KEY and VT_API_KEY), Have I Been Pwned (HIBP_API_KEY), RDAP (enable it in the settings file), MaxMind DB files (--mmdb) and DNS. A source without a key, disabled or unreachable is reported as a note; the others still answer. Only the indicator itself is sent. Answers are cached in the store (see --store) and every query that leaves the machine is logged: `becscope intel log` lists them.

      Examples:
        becscope intel ip 155.94.251.82 --mmdb GeoLite2-ASN.mmdb
        becscope intel domain examp1e.co.jp --format json
        becscope intel account someone@example.com
        becscope intel log
      """,
    subcommands: [IP.self, Domain.self, Account.self, Log.self]
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  struct Common: ParsableArguments {
    @Flag(help: "Send nothing: only local sources (MaxMind DB files) answer.")
    var offline = false

    @Option(
      help: ArgumentHelp("DNS server for MX, SPF, DMARC and PTR (default: the system's).", valueName: "IP[:PORT]"))
    var dns: String?

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup var intel: IntelOptions

    /// The lookup these options describe.
    func lookup() async throws -> IntelLookup {
      try await intel.lookup(offline: offline, dns: dns)
    }

    /// Prints a result: its facts and the sources' notes, or its JSON.
    func show(_ result: some Encodable, facts: [String], notes: [IntelNote]) {
      switch format {
      case .json: print(SnakeCaseJSON.line(result))
      case .text:
        print(facts.isEmpty ? "Nothing known." : facts.map(Inert.text).joined(separator: "\n"))
        print(Inert.text("Sources: " + notes.map(\.description).joined(separator: "; ") + "."))
      }
    }
  }

  struct IP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ip", abstract: "Reputation, network owner, country and reverse DNS of an address.")

    @Argument(help: "An IPv4 or IPv6 address, defanged or not (155.94.251[.]82).") var address: String
    @OptionGroup var common: Common

    func run() async throws {
      guard let ip = IPAddress(Defang.refang(address)) else { throw ValidationError("not an IP address: \(address)") }
      let result = try await common.lookup().ip(ip)
      common.show(result, facts: IntelTextRenderer.facts(result), notes: result.notes)
    }
  }

  struct Domain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "domain", abstract: "Registration date, reputation, MX, SPF and DMARC of a domain.")

    @Argument(help: "A domain name, defanged or not (optimum[.]net).") var name: String
    @OptionGroup var common: Common

    func run() async throws {
      let domain = Defang.refang(name).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
      guard domain.contains("."), domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else {
        throw ValidationError("not a domain name: \(name)")
      }
      let result = try await common.lookup().domain(domain)
      common.show(result, facts: IntelTextRenderer.facts(result), notes: result.notes)
    }
  }

  struct Account: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "account", abstract: "The breaches a mail address appears in (Have I Been Pwned).")

    @Argument(help: "A mail address, defanged or not (someone[@]example[.]com).") var address: String
    @OptionGroup var common: Common

    func run() async throws {
      let address = Defang.refang(self.address)
      let parts = address.split(separator: "@")
      guard parts.count == 2, parts[1].contains(".") else {
        throw ValidationError("not a mail address: \(self.address)")
      }
      let result = try await common.lookup().account(address)
      common.show(result, facts: IntelTextRenderer.facts(result), notes: result.notes)
    }
  }

  struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log", abstract: "The queries that left the machine: when, which source, what indicator, the answer."
    )

    @Option(help: "How many of the newest queries to list.") var limit = 100
    @Option(help: "Output: text or json.") var format: Format = .text
    @OptionGroup var intel: IntelOptions

    func run() async throws {
      var path = try intel.settings(offline: false, dns: nil).storePath ?? IntelStore.defaultPath
      var entries: [IntelAuditEntry] = []
      do {
        if let url = intel.postgresStore {
          let store = await StoreLocation.openPostgres(url)
          path = store.location
          entries = try await store.auditLog(limit: limit)
        } else if FileManager.default.fileExists(atPath: path) {
          entries = try await IntelStore(path: path).auditLog(limit: limit)
        }
      } catch {
        CommandSupport.fail("\(error)", code: 1)
      }
      for e in entries {
        switch format {
        case .json: print(SnakeCaseJSON.line(e))
        case .text:
          print(
            Inert.text(
              "\(e.at)  \(e.source)  \(e.kind) \(e.indicator)  → \(e.endpoint)  \(e.status.map(String.init) ?? "-") \(e.outcome) (\(e.durationMilliseconds) ms)"
            ))
        }
      }
      if entries.isEmpty && format == .text { print("No query has left the machine (store: \(path)).") }
    }
  }
}
