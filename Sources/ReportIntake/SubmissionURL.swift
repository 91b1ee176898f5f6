import Foundation
import IMAPClient

/// Where answers to reporters are handed over: `smtps://USER@HOST[:PORT]` (TLS from the first
/// byte, port 465) or `smtp://USER@HOST[:PORT]` (port 587, always upgraded with STARTTLS before
/// signing in). A password in the URL is refused, as for the report mailbox.
public struct SubmissionURL: Sendable, Equatable, CustomStringConvertible {
  public var user: String
  public var host: String
  public var port: Int
  public var security: IMAPConnection.Security

  public init(parsing text: String) throws(IMAPError) {
    guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
      scheme == "smtp" || scheme == "smtps"
    else {
      throw IMAPError(.configuration, "\(text): give smtps://USER@HOST (port 465) or smtp://USER@HOST (587, STARTTLS)")
    }
    guard url.password == nil else {
      throw IMAPError(
        .configuration, "a password in the URL is refused: use $BECSCOPE_SMTP_PASSWORD or --smtp-password-file")
    }
    guard let user = url.user?.removingPercentEncoding, !user.isEmpty else {
      throw IMAPError(.configuration, "\(text): the URL names no user (smtps://USER@HOST)")
    }
    guard let host = url.host, !host.isEmpty else { throw IMAPError(.configuration, "\(text): the URL names no host") }
    guard url.path.isEmpty || url.path == "/" else {
      throw IMAPError(.configuration, "\(text): a submission URL has no path")
    }
    self.user = user
    self.host = host
    security = scheme == "smtps" ? .implicitTLS : .startTLS
    port = url.port ?? (scheme == "smtps" ? 465 : 587)
  }

  public var description: String { "\(security == .implicitTLS ? "smtps" : "smtp")://\(user)@\(host):\(port)" }
}
