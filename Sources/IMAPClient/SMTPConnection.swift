import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One SMTP submission session (RFC 6409 over RFC 5321): TLS from the first byte (port 465) or
/// after `STARTTLS` (port 587), the server's certificate verified, `AUTH PLAIN` or `AUTH LOGIN`,
/// then messages handed over with `MAIL FROM`, `RCPT TO` and `DATA`. Plain text without TLS is
/// allowed to a loopback address only.
///
/// Every read has a deadline and goes through ``SMTPReplyParser``'s bounds; any failure is an
/// ``IMAPError`` (the mail clients' one error), and the connection is not used after one.
public actor SMTPConnection {
  public struct Settings: Sendable {
    public var host: String
    public var port: Int
    public var security: IMAPConnection.Security
    public var caFile: String?
    /// The name this client gives in `EHLO`.
    public var clientName = "localhost"
    public var timeout: TimeAmount = .seconds(60)

    public init(host: String, port: Int, security: IMAPConnection.Security, caFile: String? = nil) {
      self.host = host
      self.port = port
      self.security = security
      self.caFile = caFile
    }
  }

  public let settings: Settings
  private let channel: any Channel
  private let inbox: ByteInbox
  private var parser = SMTPReplyParser()
  /// What the server offers after `EHLO` (upper case keywords, with their parameters).
  public private(set) var extensions: [String: String] = [:]

  private init(settings: Settings, channel: any Channel, inbox: ByteInbox) {
    self.settings = settings
    self.channel = channel
    self.inbox = inbox
  }

  /// Connects, reads the greeting, says `EHLO` and secures the connection.
  public static func connect(_ settings: Settings) async throws(IMAPError) -> SMTPConnection {
    if settings.security == .plain, !IMAPConnection.isLoopback(settings.host) {
      throw IMAPError(.configuration, "SMTP without TLS is allowed to a loopback address only, not \(settings.host)")
    }
    let tls: NIOSSLContext? =
      settings.security == .plain ? nil : try IMAPConnection.tlsContext(caFile: settings.caFile)
    let inbox = ByteInbox()
    let channel: any Channel
    do {
      channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .connectTimeout(.seconds(10))
        .channelInitializer { channel in
          channel.eventLoop.makeCompletedFuture {
            if settings.security == .implicitTLS, let tls {
              try channel.pipeline.syncOperations.addHandler(
                try NIOSSLClientHandler(context: tls, serverHostname: IMAPConnection.sniName(settings.host)))
            }
            try channel.pipeline.syncOperations.addHandler(InboxHandler(inbox))
          }
        }
        .connect(host: settings.host, port: settings.port).get()
    } catch {
      throw IMAPError(.connection, "cannot connect to \(settings.host):\(settings.port): \(error)")
    }
    let connection = SMTPConnection(settings: settings, channel: channel, inbox: inbox)
    do {
      try await connection.greet(tls: tls)
    } catch {
      await connection.close()
      throw error
    }
    return connection
  }

  private func greet(tls: NIOSSLContext?) async throws(IMAPError) {
    let greeting = try await read()
    guard greeting.code == 220 else {
      throw IMAPError(.connection, "the server did not greet (\(greeting.code) \(greeting.text))")
    }
    try await hello()
    guard settings.security == .startTLS, let tls else { return }
    guard extensions["STARTTLS"] != nil else {
      throw IMAPError(.tls, "the server does not offer STARTTLS (use smtps://, or a server that does)")
    }
    try await expect(220, after: "STARTTLS")
    // Anything the server sent after its 220 and before TLS is an injection: refused.
    guard parser.pending == 0 else {
      throw IMAPError(.tls, "the server sent data in plain text after agreeing to STARTTLS")
    }
    let channel = channel
    let name = IMAPConnection.sniName(settings.host)
    do {
      try await channel.eventLoop.submit {
        try channel.pipeline.syncOperations.addHandler(
          try NIOSSLClientHandler(context: tls, serverHostname: name), position: .first)
      }.get()
    } catch {
      throw IMAPError(.tls, "cannot start TLS: \(error)")
    }
    // What was offered in plain text is forgotten (RFC 3207 section 4.2).
    try await hello()
  }

  private func hello() async throws(IMAPError) {
    let reply = try await command("EHLO \(settings.clientName)")
    guard reply.code == 250 else { throw IMAPError(.refused, "EHLO: \(reply.code) \(reply.text)") }
    extensions = [:]
    for line in reply.lines.dropFirst() {
      let parts = line.split(separator: " ", maxSplits: 1)
      guard let keyword = parts.first else { continue }
      extensions[keyword.uppercased()] = parts.count > 1 ? String(parts[1]).uppercased() : ""
    }
  }

  /// Signs in with `AUTH PLAIN` (the credentials in the command, RFC 4954) when offered, else
  /// `AUTH LOGIN`. The password is never logged.
  public func authenticate(user: String, password: String) async throws(IMAPError) {
    let mechanisms = Set((extensions["AUTH"] ?? "").split(separator: " ").map(String.init))
    if mechanisms.contains("PLAIN") {
      let token = Data([0] + Array(user.utf8) + [0] + Array(password.utf8)).base64EncodedString()
      let reply = try await command("AUTH PLAIN \(token)")
      guard reply.code == 235 else {
        throw IMAPError(.authentication, "the server refused \(user)'s sign-in (\(reply.code) \(reply.text))")
      }
    } else if mechanisms.contains("LOGIN") {
      // The server asks for the user name, then the password (334 each), then says 235.
      let steps = [
        "AUTH LOGIN", Data(Array(user.utf8)).base64EncodedString(), Data(Array(password.utf8)).base64EncodedString(),
      ]
      for (i, step) in steps.enumerated() {
        let reply = try await command(step)
        guard reply.code == (i == steps.count - 1 ? 235 : 334) else {
          throw IMAPError(.authentication, "the server refused \(user)'s sign-in (\(reply.code) \(reply.text))")
        }
      }
    } else {
      throw IMAPError(.configuration, "the server offers no AUTH PLAIN or LOGIN here (is TLS on, is this submission?)")
    }
  }

  /// Hands one message to the server for `recipients`, from the envelope sender `sender`; the
  /// server's answer (its queue id, usually).
  @discardableResult
  public func send(_ message: [UInt8], from sender: String, to recipients: [String]) async throws(IMAPError) -> String {
    for address in [sender] + recipients {
      guard Self.isPlainAddress(address) else {
        throw IMAPError(.configuration, "not an address to give SMTP: \(address.debugDescription)")
      }
    }
    guard !recipients.isEmpty else { throw IMAPError(.configuration, "a message to no one") }
    try await expect(250, after: "MAIL FROM:<\(sender)>")
    for recipient in recipients {
      let reply = try await command("RCPT TO:<\(recipient)>")
      guard reply.code == 250 || reply.code == 251 else {
        throw IMAPError(.refused, "RCPT TO \(recipient): \(reply.code) \(reply.text)")
      }
    }
    try await expect(354, after: "DATA")
    try await write(Self.dotStuffed(message))
    let reply = try await read()
    guard reply.code == 250 else { throw IMAPError(.refused, "DATA: \(reply.code) \(reply.text)") }
    return reply.text
  }

  /// Says goodbye and closes (errors on the way are ignored: it is closing).
  public func quit() async {
    _ = try? await command("QUIT")
    await close()
  }

  public func close() async {
    try? await channel.close().get()
  }

  // MARK: Sending and reading

  private func expect(_ code: Int, after line: String) async throws(IMAPError) {
    let reply = try await command(line)
    guard reply.code == code else {
      throw IMAPError(.refused, "\(line.prefix { $0 != ":" }): \(reply.code) \(reply.text)")
    }
  }

  /// Sends one command line and reads the reply (errors never quote the line: it may be a secret).
  private func command(_ line: String) async throws(IMAPError) -> SMTPReply {
    guard !line.contains("\r"), !line.contains("\n") else {
      throw IMAPError(.configuration, "an SMTP command holding a line break")
    }
    try await write(Array((line + "\r\n").utf8))
    return try await read()
  }

  private func write(_ bytes: [UInt8]) async throws(IMAPError) {
    do {
      try await channel.writeAndFlush(channel.allocator.buffer(bytes: bytes)).get()
    } catch {
      throw IMAPError(.connection, "cannot send to \(settings.host): \(error)")
    }
  }

  private func read() async throws(IMAPError) -> SMTPReply {
    while true {
      if let reply = try parser.next() { return reply }
      switch await inbox.next(timeout: settings.timeout, on: channel.eventLoop) {
      case .bytes(let bytes): parser.feed(bytes)
      case .closed(let error): throw error
      }
    }
  }

  // MARK: Syntax

  /// A message as `DATA` sends it: every line ended by CRLF, a line that starts with `.` given
  /// another (RFC 5321 section 4.5.2), then the ending `.` line.
  static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(message.count + message.count / 64 + 8)
    var atLineStart = true
    var previous: UInt8 = 0
    for byte in message {
      // A bare CR ends a line too; a bare LF gets its CR.
      if previous == 0x0D, byte != 0x0A {
        out.append(0x0A)
        atLineStart = true
      }
      if byte == 0x0A, previous != 0x0D { out.append(0x0D) }
      if atLineStart, byte == 0x2E { out.append(0x2E) }
      out.append(byte)
      atLineStart = byte == 0x0A
      previous = byte
    }
    if previous == 0x0D {
      out.append(0x0A)
    } else if !atLineStart {
      out += [0x0D, 0x0A]
    }
    out += Array(".\r\n".utf8)
    return out
  }

  /// `local@domain` in printable ASCII, without the characters that would end the path or the
  /// command.
  public static func isPlainAddress(_ address: String) -> Bool {
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && address.utf8.count <= 254
      && address.unicodeScalars.allSatisfy {
        $0.value > 0x20 && $0.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0)
      }
  }
}
