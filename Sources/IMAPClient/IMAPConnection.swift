import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One IMAP session with a server (RFC 9051, and IMAP4rev1 servers): TLS from the first byte or
/// after `STARTTLS` (the certificate verified, against a CA file when given), `AUTHENTICATE
/// PLAIN` or `LOGIN`, mailboxes selected, messages searched, fetched, flagged and moved, `IDLE`.
/// Plain text without TLS is allowed to a loopback address only.
///
/// Every read has a deadline; what the server sends goes through ``IMAPResponseParser`` and its
/// bounds. Any failure is an ``IMAPError``; after one, the connection is closed and a new one is
/// made (``ReportMailbox`` does that with back-off).
public actor IMAPConnection {
  /// How the connection is secured.
  public enum Security: String, Sendable {
    /// TLS from the first byte (`imaps://`, port 993).
    case implicitTLS
    /// Plain, then `STARTTLS` before anything else is said (`imap://…;starttls`, port 143).
    case startTLS
    /// No TLS: loopback only (tests, a local relay).
    case plain
  }

  public struct Settings: Sendable {
    public var host: String
    public var port: Int
    public var security: Security
    /// PEM certificates to trust in place of the system's (a private CA); nil: the system's.
    public var caFile: String?
    /// How long any answer may take (a fetch of a large message: each chunk of it).
    public var timeout: TimeAmount = .seconds(30)
    public var limits = IMAPResponseParser.Limits()

    public init(host: String, port: Int, security: Security, caFile: String? = nil) {
      self.host = host
      self.port = port
      self.security = security
      self.caFile = caFile
    }
  }

  /// What `SELECT` or `EXAMINE` said of a mailbox.
  public struct MailboxStatus: Sendable, Equatable {
    public var uidValidity: UInt64
    public var uidNext: UInt64?
    public var exists: UInt64
  }

  public let settings: Settings
  private let channel: any Channel
  private let inbox: ByteInbox
  private var parser: IMAPResponseParser
  private var tags = 0
  /// What the server says it can do (upper case), read after TLS and again after signing in.
  public private(set) var capabilities: Set<String> = []

  private init(settings: Settings, channel: any Channel, inbox: ByteInbox) {
    self.settings = settings
    self.channel = channel
    self.inbox = inbox
    parser = IMAPResponseParser(limits: settings.limits)
  }

  /// Connects, secures the connection and reads the greeting and capabilities.
  public static func connect(_ settings: Settings) async throws(IMAPError) -> IMAPConnection {
    if settings.security == .plain, !Self.isLoopback(settings.host) {
      throw IMAPError(.configuration, "IMAP without TLS is allowed to a loopback address only, not \(settings.host)")
    }
    let tls: NIOSSLContext? = settings.security == .plain ? nil : try Self.tlsContext(settings)
    let inbox = ByteInbox()
    let channel: any Channel
    do {
      channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .connectTimeout(.seconds(10))
        .channelInitializer { channel in
          channel.eventLoop.makeCompletedFuture {
            if settings.security == .implicitTLS, let tls {
              try channel.pipeline.syncOperations.addHandler(
                try NIOSSLClientHandler(context: tls, serverHostname: Self.sniName(settings.host)))
            }
            try channel.pipeline.syncOperations.addHandler(InboxHandler(inbox))
          }
        }
        .connect(host: settings.host, port: settings.port).get()
    } catch {
      throw IMAPError(.connection, "cannot connect to \(settings.host):\(settings.port): \(error)")
    }
    let connection = IMAPConnection(settings: settings, channel: channel, inbox: inbox)
    do {
      try await connection.greet(tls: tls)
    } catch {
      await connection.close()
      throw error
    }
    return connection
  }

  static func isLoopback(_ host: String) -> Bool {
    let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    return h == "localhost" || h == "::1" || h.hasPrefix("127.")
  }

  /// SNI takes a host name only (an address literal is verified against the certificate's IP
  /// names without it).
  static func sniName(_ host: String) -> String? {
    host.contains(":") || host.allSatisfy({ $0.isNumber || $0 == "." }) ? nil : host
  }

  static func tlsContext(_ settings: Settings) throws(IMAPError) -> NIOSSLContext {
    try tlsContext(caFile: settings.caFile)
  }

  /// A client's TLS: the server's certificate verified against `caFile` (PEM) or the system's
  /// roots, TLS 1.2 at least. The SMTP client uses the same.
  static func tlsContext(caFile: String?) throws(IMAPError) -> NIOSSLContext {
    var configuration = TLSConfiguration.makeClientConfiguration()
    configuration.certificateVerification = .fullVerification
    configuration.minimumTLSVersion = .tlsv12
    if let caFile {
      do {
        configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile))
      } catch {
        throw IMAPError(.configuration, "cannot read the CA file \(caFile): \(error)")
      }
    }
    do {
      return try NIOSSLContext(configuration: configuration)
    } catch {
      throw IMAPError(.tls, "cannot set up TLS: \(error)")
    }
  }

  private func greet(tls: NIOSSLContext?) async throws(IMAPError) {
    let greeting = try await read()
    switch greeting {
    case .status(nil, .ok, let code, _), .status(nil, .preauth, let code, _):
      if let code { take(capabilities: code) }
    case .status(nil, .bye, _, let text):
      throw IMAPError(.connection, "the server said goodbye at once: \(text)")
    default:
      throw IMAPError(.protocolViolation, "the server's first line is not a greeting")
    }
    if settings.security == .startTLS, let tls {
      if capabilities.isEmpty { try await refreshCapabilities() }
      guard capabilities.contains("STARTTLS") else {
        throw IMAPError(.tls, "the server does not offer STARTTLS (use imaps://, or a server that does)")
      }
      _ = try await run("STARTTLS")
      // Anything the server sent after its OK and before TLS is an injection: refused.
      guard parser.pending == 0 else {
        throw IMAPError(.tls, "the server sent data in plain text after agreeing to STARTTLS")
      }
      let channel = channel
      let name = Self.sniName(settings.host)
      do {
        try await channel.eventLoop.submit {
          try channel.pipeline.syncOperations.addHandler(
            try NIOSSLClientHandler(context: tls, serverHostname: name), position: .first)
        }.get()
      } catch {
        throw IMAPError(.tls, "cannot start TLS: \(error)")
      }
      capabilities = []
    }
    if capabilities.isEmpty { try await refreshCapabilities() }
  }

  // MARK: Commands

  /// Asks for the capabilities again.
  public func refreshCapabilities() async throws(IMAPError) {
    let (untagged, _) = try await run("CAPABILITY")
    for case .data(_, "CAPABILITY", let values) in untagged { take(capabilities: [.atom("CAPABILITY")] + values) }
  }

  private func take(capabilities code: [IMAPValue]) {
    guard case .atom(let first)? = code.first, first.uppercased() == "CAPABILITY" else { return }
    capabilities = Set(code.dropFirst().compactMap { $0.text?.uppercased() })
  }

  /// Signs in: `AUTHENTICATE PLAIN` when offered (with the first answer in the command when the
  /// server takes it, RFC 4959), else `LOGIN`. The password is never logged.
  public func authenticate(user: String, password: String) async throws(IMAPError) {
    if capabilities.contains("AUTH=PLAIN") {
      let token = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
      do {
        if capabilities.contains("SASL-IR") {
          _ = try await run("AUTHENTICATE PLAIN \(token)", secret: true)
        } else {
          _ = try await run("AUTHENTICATE PLAIN", continuation: Array((token + "\r\n").utf8))
        }
      } catch let error where error.kind == .refused {
        throw IMAPError(.authentication, "the server refused \(user)'s sign-in (AUTHENTICATE PLAIN)")
      }
    } else {
      guard !capabilities.contains("LOGINDISABLED") else {
        throw IMAPError(.authentication, "the server refuses LOGIN here and offers no AUTH=PLAIN")
      }
      do {
        _ = try await run(
          "LOGIN \(try Self.astring(user)) \(try Self.astring(password))", secret: true)
      } catch let error where error.kind == .refused {
        throw IMAPError(.authentication, "the server refused \(user)'s sign-in (LOGIN)")
      }
    }
    capabilities = []
    try await refreshCapabilities()
  }

  /// Opens a mailbox, read-write (`SELECT`) or read-only (`EXAMINE`).
  public func select(_ mailbox: String, readOnly: Bool = false) async throws(IMAPError) -> MailboxStatus {
    let (untagged, final) = try await run("\(readOnly ? "EXAMINE" : "SELECT") \(try Self.mailboxName(mailbox))")
    var validity: UInt64?
    var next: UInt64?
    var exists: UInt64 = 0
    for response in untagged + [final] {
      switch response {
      case .status(_, .ok, let code?, _):
        if case .atom(let name)? = code.first, code.count > 1, let n = code[1].number {
          if name.uppercased() == "UIDVALIDITY" { validity = n }
          if name.uppercased() == "UIDNEXT" { next = n }
        }
      case .data(let n?, "EXISTS", _): exists = n
      default: break
      }
    }
    guard let validity else { throw IMAPError(.protocolViolation, "\(mailbox): the server gave no UIDVALIDITY") }
    return MailboxStatus(uidValidity: validity, uidNext: next, exists: exists)
  }

  /// Makes a mailbox; true when made, false when it was there already.
  @discardableResult
  public func create(_ mailbox: String) async throws(IMAPError) -> Bool {
    do {
      _ = try await run("CREATE \(try Self.mailboxName(mailbox))")
      return true
    } catch let error where error.kind == .refused {
      // RFC 5530's ALREADYEXISTS, or a server that only says NO: a LIST tells.
      let (untagged, _) = try await run("LIST \"\" \(try Self.mailboxName(mailbox))")
      if untagged.contains(where: { if case .data(_, "LIST", _) = $0 { true } else { false } }) { return false }
      throw error
    }
  }

  /// The UIDs of the selected mailbox's messages that match `criteria` (`ALL`, `UNDELETED`,
  /// `UNKEYWORD $Becscope`…), ascending.
  public func uidSearch(_ criteria: String) async throws(IMAPError) -> [UInt64] {
    let (untagged, _) = try await run("UID SEARCH \(criteria)")
    var uids: [UInt64] = []
    for case .data(_, "SEARCH", let values) in untagged { uids += values.compactMap(\.number) }
    return uids.sorted()
  }

  /// The sizes (`RFC822.SIZE`) of messages by UID.
  public func sizes(of uids: [UInt64]) async throws(IMAPError) -> [UInt64: UInt64] {
    guard !uids.isEmpty else { return [:] }
    let (untagged, _) = try await run("UID FETCH \(Self.set(uids)) (UID RFC822.SIZE)")
    var out: [UInt64: UInt64] = [:]
    for response in untagged {
      if let a = response.fetchAttributes, let uid = a["UID"]?.number, let size = a["RFC822.SIZE"]?.number {
        out[uid] = size
      }
    }
    return out
  }

  /// The whole message of each UID, not marked `\Seen` (`BODY.PEEK[]`); a UID gone is absent.
  public func fetch(_ uids: [UInt64]) async throws(IMAPError) -> [UInt64: [UInt8]] {
    guard !uids.isEmpty else { return [:] }
    let (untagged, _) = try await run("UID FETCH \(Self.set(uids)) (UID BODY.PEEK[])")
    var out: [UInt64: [UInt8]] = [:]
    for response in untagged {
      guard let a = response.fetchAttributes, let uid = a["UID"]?.number else { continue }
      if case .string(let bytes)? = a["BODY[]"] { out[uid] = bytes }
    }
    return out
  }

  /// Adds flags (`\Seen`, a keyword) to messages.
  public func addFlags(_ flags: [String], to uids: [UInt64]) async throws(IMAPError) {
    guard !uids.isEmpty else { return }
    _ = try await run("UID STORE \(Self.set(uids)) +FLAGS.SILENT (\(flags.joined(separator: " ")))")
  }

  /// Moves messages to another mailbox: `UID MOVE` when offered (RFC 6851), else `UID COPY`,
  /// `\Deleted` and `UID EXPUNGE` of those messages only (UIDPLUS). Without either, the
  /// messages are copied and flagged `\Deleted`, and left for the owner to expunge.
  public func move(_ uids: [UInt64], to mailbox: String) async throws(IMAPError) {
    guard !uids.isEmpty else { return }
    let target = try Self.mailboxName(mailbox)
    if capabilities.contains("MOVE") {
      _ = try await run("UID MOVE \(Self.set(uids)) \(target)")
      return
    }
    _ = try await run("UID COPY \(Self.set(uids)) \(target)")
    try await addFlags(["\\Deleted"], to: uids)
    if capabilities.contains("UIDPLUS") { _ = try await run("UID EXPUNGE \(Self.set(uids))") }
  }

  /// Waits for news in the selected mailbox: with `IDLE` when offered (RFC 2177), until the
  /// server announces a new message, `timeout` passes or the task is cancelled; without it, a `NOOP`
  /// after the wait.
  /// True when a message may have arrived.
  public func waitForNews(timeout: TimeAmount) async throws(IMAPError) -> Bool {
    guard capabilities.contains("IDLE") else {
      try? await Task.sleep(nanoseconds: UInt64(max(0, timeout.nanoseconds)))
      let (untagged, _) = try await run("NOOP")
      return untagged.contains { if case .data(_, "EXISTS", _) = $0 { true } else { false } }
    }
    tags += 1
    let tag = "B\(tags)"
    try await send(Array("\(tag) IDLE\r\n".utf8))
    guard case .continuation = try await read() else {
      throw IMAPError(.protocolViolation, "the server did not begin IDLE")
    }
    var arrived = false
    let deadline = NIODeadline.now() + timeout
    // Read in slices of a second, so that a cancelled task (a server stopping) ends IDLE promptly.
    while !arrived, !Task.isCancelled, NIODeadline.now() < deadline {
      let left = deadline - NIODeadline.now()
      let response: IMAPResponse
      do {
        response = try await read(timeout: min(left, .seconds(1)))
      } catch {
        if error.kind == .timeout { continue }
        throw error
      }
      if case .data(_, "EXISTS", _) = response { arrived = true }
      if case .status(nil, .bye, _, let text) = response {
        throw IMAPError(.connection, "the server ended the session: \(text)")
      }
    }
    try await send(Array("DONE\r\n".utf8))
    while true {
      let response = try await read()
      if case .status(tag, let status, _, let text) = response {
        guard status == .ok else { throw IMAPError(.refused, "IDLE: \(text)") }
        return arrived
      }
      if case .data(_, "EXISTS", _) = response { arrived = true }
    }
  }

  /// Says goodbye and closes the connection (errors on the way are ignored: it is closing).
  public func logout() async {
    _ = try? await run("LOGOUT")
    await close()
  }

  public func close() async {
    try? await channel.close().get()
  }

  // MARK: Sending and reading

  /// Sends a command and reads until its tagged answer: the untagged responses before it, and
  /// the answer (`NO` and `BAD` are thrown as `refused`). With `continuation`, those bytes are
  /// sent when the server asks for them (`+`). A `secret` command is never quoted in an error.
  func run(_ command: String, continuation: [UInt8]? = nil, secret: Bool = false) async throws(IMAPError) -> (
    [IMAPResponse], IMAPResponse
  ) {
    tags += 1
    let tag = "B\(tags)"
    try await send(Array("\(tag) \(command)\r\n".utf8))
    let shown = secret ? String(command.prefix { $0 != " " }) : String(command.prefix(200))
    var untagged: [IMAPResponse] = []
    var continuation = continuation
    while true {
      let response = try await read()
      switch response {
      case .continuation:
        guard let bytes = continuation else {
          throw IMAPError(.protocolViolation, "\(shown): the server asked for more than the command holds")
        }
        continuation = nil
        try await send(bytes)
      case .status(tag, let status, _, let text):
        guard status == .ok else { throw IMAPError(.refused, "\(shown): \(status.rawValue) \(text)") }
        return (untagged, response)
      case .status(nil, .bye, _, let text) where !command.hasPrefix("LOGOUT"):
        throw IMAPError(.connection, "the server ended the session during \(shown): \(text)")
      case .status(let other?, _, _, _):
        throw IMAPError(.protocolViolation, "\(shown): an answer to a command never sent (\(other.prefix(20)))")
      default:
        untagged.append(response)
        guard untagged.count <= 1_000_000 else {
          throw IMAPError(.protocolViolation, "\(shown): more than a million responses to one command")
        }
      }
    }
  }

  private func send(_ bytes: [UInt8]) async throws(IMAPError) {
    do {
      try await channel.writeAndFlush(channel.allocator.buffer(bytes: bytes)).get()
    } catch {
      throw IMAPError(.connection, "cannot send to \(settings.host): \(error)")
    }
  }

  /// The next whole response (waiting for bytes as long as the deadline allows).
  func read(timeout: TimeAmount? = nil) async throws(IMAPError) -> IMAPResponse {
    while true {
      if let response = try parser.next() { return response }
      switch await inbox.next(timeout: timeout ?? settings.timeout, on: channel.eventLoop) {
      case .bytes(let bytes): parser.feed(bytes)
      case .closed(let error): throw error
      }
    }
  }

  // MARK: Syntax

  /// A UID set: `1,3:5,9`.
  static func set(_ uids: [UInt64]) -> String {
    var parts: [String] = []
    var run: (UInt64, UInt64)?
    for uid in Set(uids).sorted() {
      if let (a, b) = run, uid == b + 1 {
        run = (a, uid)
      } else {
        if let (a, b) = run { parts.append(a == b ? "\(a)" : "\(a):\(b)") }
        run = (uid, uid)
      }
    }
    if let (a, b) = run { parts.append(a == b ? "\(a)" : "\(a):\(b)") }
    return parts.joined(separator: ",")
  }

  /// A user name or password as an IMAP string: quoted (printable ASCII without `"` and `\`
  /// escaped), else refused (a literal would be needed; say so).
  static func astring(_ s: String) throws(IMAPError) -> String {
    guard s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
      throw IMAPError(.configuration, "a user name or password outside printable ASCII is not sent with LOGIN")
    }
    return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// A mailbox name, quoted, in modified UTF-7 (RFC 3501 section 5.1.3) when not ASCII.
  static func mailboxName(_ name: String) throws(IMAPError) -> String {
    guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw IMAPError(.configuration, "a mailbox name must not be empty or hold control characters")
    }
    return try astring(ModifiedUTF7.encode(name))
  }
}
