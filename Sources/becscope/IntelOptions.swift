import ArgumentParser
import CaseStorage
import Foundation
import Intelligence

/// The options that choose intelligence sources, shared by `analyze` and `intel`.
struct IntelOptions: ParsableArguments {
  @Option(
    name: .customLong("intel-config"),
    help: ArgumentHelp(
      "Intelligence settings (YAML: services, keys, base URLs, rates, TTLs, MaxMind files). Default: $BECSCOPE_INTEL_CONFIG, else ~/.config/becscope/intel.yaml when present.",
      valueName: "FILE"))
  var intelConfig: String?

  @Option(
    help: ArgumentHelp(
      "The store. investigate keeps its cases there: an SQLite file or postgres://user@host:port/db (default: $BECSCOPE_STORE, else DIR/case.sqlite). Cached intelligence answers and the audit log are kept in the SQLite file (beside PostgreSQL: in the default cache). Default for analyze and intel: $BECSCOPE_STORE when it is a file, else $XDG_CACHE_HOME/becscope/intel.sqlite, else ~/.cache/becscope/intel.sqlite.",
      valueName: "PATH|URL"))
  var store: String?

  @Option(help: ArgumentHelp("A MaxMind DB file (GeoLite2/DB-IP ASN, Country or City); repeatable.", valueName: "FILE"))
  var mmdb: [String] = []

  @Flag(help: "Send recipient addresses (employees' personal data) to Have I Been Pwned. Off by default.")
  var hibpRecipients = false

  /// The settings: file, then environment keys, then these options.
  func settings(offline: Bool, dns: String?) throws -> IntelSettings {
    let env = ProcessInfo.processInfo.environment
    var settings: IntelSettings
    do {
      settings = try IntelSettings.load(
        path: IntelSettings.configPath(explicit: intelConfig, environment: env), environment: env)
    } catch {
      CommandSupport.fail("\(error)", code: error.exitStatus)
    }
    settings.offline = offline
    if let store, !StoreLocation.isPostgres(store) { settings.storePath = store }
    if !mmdb.isEmpty { settings.mmdbPaths += mmdb }
    if hibpRecipients { settings.hibpRecipients = true }
    if let dns { settings.dnsServer = dns }
    return settings
  }

  /// The PostgreSQL database named by `--store` or `$BECSCOPE_STORE`, if one is: cached answers
  /// and the audit log are then the team's, in that database.
  var postgresStore: String? {
    let location = store ?? ProcessInfo.processInfo.environment["BECSCOPE_STORE"]
    return location.flatMap { StoreLocation.isPostgres($0) ? $0 : nil }
  }

  /// The lookup, or a one-line error when the store cannot be opened.
  func lookup(offline: Bool, dns: String?) async throws -> IntelLookup {
    let settings = try settings(offline: offline, dns: dns)
    var cache: (any IntelCacheStore)? = nil
    if let url = postgresStore, IntelLookup.networkAllowed(settings) {
      cache = await StoreLocation.openPostgres(url)
    }
    do {
      return try IntelLookup(settings: settings, cache: cache)
    } catch {
      CommandSupport.fail("\(error)", code: 1)
    }
  }
}
