import ArgumentParser
import CaseStorage
import Foundation
import Investigation
import Workbench

/// Where the workbench keeps its data unless told: `--data`, else `$BECSCOPE_DATA`, else
/// `$XDG_DATA_HOME/becscope`, else `~/.local/share/becscope`.
enum DataFolder {
  static func resolve(_ option: String?) -> String {
    let environment = ProcessInfo.processInfo.environment
    if let option { return option }
    if let data = environment["BECSCOPE_DATA"], !data.isEmpty { return data }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/becscope" }
    return NSHomeDirectory() + "/.local/share/becscope"
  }

  /// The store: `--store`, else `$BECSCOPE_STORE`, else `DATA/workbench.sqlite` (the folder made).
  static func store(_ option: String?, data: String?) -> String {
    let folder = resolve(data)
    return StoreLocation.resolve(option, fallback: (folder as NSString).appendingPathComponent("workbench.sqlite"))
  }

  static func prepare(_ location: String) {
    guard !StoreLocation.isPostgres(location) else { return }
    let folder = (location as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      CommandSupport.fail("cannot create the data folder \(folder): \(error.localizedDescription)", code: 73)
    }
  }
}

/// `--data` and `--store`, shared by `serve` and `user`.
struct DataOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("The data folder (default: $BECSCOPE_DATA, else ~/.local/share/becscope).", valueName: "DIR"))
  var data: String?

  @Option(
    help: ArgumentHelp("The case store (default: DATA/workbench.sqlite, or $BECSCOPE_STORE).", valueName: "PATH|URL"))
  var store: String?

  /// The store's location, its folder made when it is a file.
  var location: String {
    let location = DataFolder.store(store, data: data)
    DataFolder.prepare(location)
    return location
  }

  /// The store, as the keeper of users and tokens (every store is one), or exit.
  func open() async -> any WorkbenchStore {
    let location = self.location
    guard let users = await StoreLocation.open(location) as? any WorkbenchStore else {
      CommandSupport.fail("\(location): this store keeps no users", code: 1)
    }
    return users
  }
}

/// `becscope serve`: the team's workbench in the browser.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Run the workbench: cases and reports in the browser, for the whole team.",
    discussion: """
      Serves the case store's cases to signed-in users (add them with `becscope user add`). By default it listens on 127.0.0.1:8080 with an SQLite store in the data folder (--data, $BECSCOPE_DATA, else ~/.local/share/becscope); a team points several servers at one PostgreSQL database with --store postgres://…. To reach it from other machines, serve HTTPS itself (--tls-cert, --tls-key) or put it behind a TLS-terminating reverse proxy and pass --secure-cookies and, so that the audit log records the client's address and not the proxy's, --trusted-proxy with the proxy's address. Stops cleanly on Ctrl-C or SIGTERM.

      With --imap the server also reads the report mailbox, as `becscope intake` does without --once: reports are taken into the case "Report mailbox" (--case) as they arrive, and with --smtp their reporters are answered. The inbox page and GET /api/v1/intake show how it is doing: passes, reports taken, answers sent, and the last error (a lost connection is tried again with a back-off; the server keeps serving meanwhile).

      Examples:
        becscope user add hana --role analyst        (the password is read from standard input)
        becscope serve --org org.yaml
        becscope serve --listen 0.0.0.0:8443 --store postgres://becscope@db:5432/becscope --tls-cert cert.pem --tls-key key.pem
        becscope serve --listen 127.0.0.1:8080 --secure-cookies --trusted-proxy 127.0.0.1   (behind a proxy that serves HTTPS)
        becscope serve --org org.yaml --imap imaps://security@mail.corp.example/INBOX --password-file /etc/becscope/imap.pass --smtp smtp://security@mail.corp.example --smtp-password-file /etc/becscope/smtp.pass
      """
  )

  @Option(help: ArgumentHelp("Where to listen.", valueName: "HOST:PORT"))
  var listen = "127.0.0.1:8080"

  @OptionGroup var storage: DataOptions

  @Option(help: ArgumentHelp("The organisation profile the cases are analysed with.", valueName: "ORG"))
  var org: String?

  @Flag(
    help: "Mark cookies Secure and send HSTS: the browser reaches the server over TLS (directly or through a proxy).")
  var secureCookies = false

  @Option(help: ArgumentHelp("Minutes of inactivity after which a session is signed out.", valueName: "MINUTES"))
  var idleMinutes = 30

  @Option(help: ArgumentHelp("Serve HTTPS with this certificate chain (PEM); with --tls-key.", valueName: "FILE"))
  var tlsCert: String?

  @Option(help: ArgumentHelp("The private key of --tls-cert (PEM, unencrypted).", valueName: "FILE"))
  var tlsKey: String?

  @Option(
    name: .customLong("trusted-proxy"),
    help: ArgumentHelp(
      "A reverse proxy whose X-Forwarded-For and X-Forwarded-Proto are believed (an address or a CIDR network; repeat for several). Without it the headers are ignored.",
      valueName: "ADDRESS[/BITS]"))
  var trustedProxies: [String] = []

  @Option(
    help: ArgumentHelp(
      "A folder of mailbox exports that analysts may sweep by path from the workbench (without it, only uploaded exports are swept).",
      valueName: "DIR"))
  var sweepRoot: String?

  @OptionGroup(title: "The report mailbox, read in the background (becscope intake --help says more)")
  var mailbox: MailboxOptions

  func validate() throws {
    if let sweepRoot {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: sweepRoot, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("--sweep-root \(sweepRoot): no such folder")
      }
    }
    for text in trustedProxies where TrustedProxies.Network(text) == nil {
      throw ValidationError("--trusted-proxy \(text): give an IP address or a network such as 10.0.0.0/8 or fd00::/8")
    }
    guard Self.address(listen) != nil else {
      throw ValidationError("--listen \(listen): give HOST:PORT, such as 127.0.0.1:8080")
    }
    if idleMinutes < 1 { throw ValidationError("--idle-minutes must be at least 1") }
    if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
  }

  static func address(_ text: String) -> (host: String, port: Int)? {
    guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
      (1...65535).contains(port), colon != text.startIndex
    else { return nil }
    return (String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port)
  }

  func run() async throws {
    let profile = try CommandSupport.profile(org)
    let location = storage.location
    let caseStore = await StoreLocation.open(location)
    guard let users = caseStore as? any WorkbenchStore else {
      CommandSupport.fail("\(location): this store keeps no users", code: 1)
    }
    let analyzer = try CommandSupport.analyzer(profile: profile, offline: true, dns: nil)
    let context = (profile?.analysisInput ?? []) + Array("\u{0}dkim:false".utf8)
    let service = CaseService(
      store: caseStore, investigator: Investigator(profile: profile, analyzer: analyzer), context: context)
    let (host, port) = Self.address(listen)!
    let workbench = Workbench(
      service: service, users: users,
      settings: settings(host: host, port: port))
    if try await users.users().isEmpty {
      CommandSupport.warn(
        "no user can sign in yet: add one with `becscope user add NAME --role admin --store \(location)`")
    }
    do {
      try workbench.checkTLS()
    } catch {
      CommandSupport.fail("--tls-cert/--tls-key: cannot read the certificate or key: \(error)", code: 66)
    }
    CommandSupport.status("serving \(location) on \(tlsCert == nil ? "http" : "https")://\(listen) (Ctrl-C stops)")
    try await workbench.run()
  }

  func settings(host: String, port: Int) -> WorkbenchSettings {
    var settings = WorkbenchSettings(
      host: host, port: port, secureCookies: secureCookies, idleTimeout: TimeInterval(idleMinutes * 60))
    if let tlsCert, let tlsKey { settings.tls = (tlsCert, tlsKey) }
    settings.trustedProxies = TrustedProxies(trustedProxies.compactMap(TrustedProxies.Network.init))
    settings.sweepRoot = sweepRoot
    settings.intake = mailbox.settings()
    return settings
  }
}
