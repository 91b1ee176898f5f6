import Foundation
import ReportIntake

/// How the workbench runs: where it listens, and how its sessions behave.
public struct WorkbenchSettings: Sendable {
  public var host: String
  public var port: Int
  /// Cookies marked `Secure` (the server is reached over TLS, itself or through a proxy).
  public var secureCookies: Bool
  /// A session unused this long is signed out.
  public var idleTimeout: TimeInterval
  /// Whether this server takes messages from the analysis queue (several may share it).
  public var analyses = true
  /// TLS served by the server itself: PEM files of the certificate chain and its private key
  /// (nil: plain HTTP, for loopback or behind a TLS-terminating proxy).
  public var tls: (certificateChain: String, privateKey: String)? = nil
  /// The reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (none by
  /// default: every request is taken as it came).
  public var trustedProxies = TrustedProxies()
  /// The folder whose mailbox exports analysts may sweep by path from the workbench (nil: only
  /// uploaded exports are swept).
  public var sweepRoot: String? = nil
  /// The report mailbox this server reads in the background (nil: none); its progress and
  /// errors are in the log, on the inbox page and at `GET /api/v1/intake`.
  public var intake: ReportMailbox.Settings? = nil

  public init(
    host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, idleTimeout: TimeInterval = 1800
  ) {
    self.host = host
    self.port = port
    self.secureCookies = secureCookies
    self.idleTimeout = idleTimeout
  }
}
