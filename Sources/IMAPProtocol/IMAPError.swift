/// Why talking to a mail server (IMAP or SMTP) failed: what kind of failure, and what was being
/// done, in words for the log and the analyst. The one error of the mail clients.
public struct IMAPError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// The server could not be reached, or the connection ended.
    case connection
    /// TLS could not be set up, or the server's certificate is not trusted.
    case tls
    /// The server refused the user name and password.
    case authentication
    /// The server answered `NO` or `BAD` (or an SMTP error) to a command.
    case refused
    /// The server sent something that is not the protocol, or beyond the bounds kept.
    case protocolViolation = "protocol"
    /// The server did not answer in time.
    case timeout
    /// The settings cannot work (an address, a missing password, plain text to another host).
    case configuration
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind.rawValue): \(message)" }
}
