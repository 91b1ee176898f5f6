import Foundation
import IMAPClient

/// Where the report mailbox is: `imaps://USER@HOST[:PORT]/MAILBOX` (TLS from the first byte,
/// port 993), or `imap://USER@HOST[:PORT]/MAILBOX` (port 143): with STARTTLS when asked, else
/// plain text, to a loopback host only. The mailbox is `INBOX` when the path is empty. A
/// password in the URL is refused: it would show in the process list and the shell's history.
public struct MailboxURL: Sendable, Equatable, CustomStringConvertible {
  public var user: String
  public var host: String
  public var port: Int
  public var mailbox: String
  public var security: IMAPConnection.Security

  public init(parsing text: String, startTLS: Bool = false) throws(IMAPError) {
    guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
      scheme == "imap" || scheme == "imaps"
    else {
      throw IMAPError(
        .configuration, "\(text): give imaps://USER@HOST/MAILBOX (or imap:// for STARTTLS or a loopback host)")
    }
    guard url.password == nil else {
      throw IMAPError(
        .configuration, "a password in the URL is refused: use $BECSCOPE_IMAP_PASSWORD or --password-file")
    }
    guard let user = url.user?.removingPercentEncoding, !user.isEmpty else {
      throw IMAPError(.configuration, "\(text): the URL names no user (imaps://USER@HOST/MAILBOX)")
    }
    guard let host = url.host, !host.isEmpty else { throw IMAPError(.configuration, "\(text): the URL names no host") }
    if scheme == "imaps" {
      security = .implicitTLS
    } else {
      security = startTLS ? .startTLS : .plain
    }
    self.user = user
    self.host = host
    port = url.port ?? (scheme == "imaps" ? 993 : 143)
    let path = (url.percentEncodedPath.removingPercentEncoding ?? url.path).trimmingCharacters(
      in: CharacterSet(charactersIn: "/"))
    mailbox = path.isEmpty ? "INBOX" : path
  }

  public var description: String {
    // The user's own `@` (an address as user name) escaped, so the URL reads back as it was given.
    let user = user.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "@", with: "%40")
    return "\(security == .implicitTLS ? "imaps" : "imap")://\(user)@\(host):\(port)/\(mailbox)"
  }

  /// The name of a message in the case: the mailbox, its UIDVALIDITY and the UID (RFC 5092's
  /// form), which say where it was read and keep two generations of one mailbox apart.
  public func source(uidValidity: UInt64, uid: UInt64) -> String {
    "imap://\(host)/\(mailbox);UIDVALIDITY=\(uidValidity)/;UID=\(uid)"
  }
}
