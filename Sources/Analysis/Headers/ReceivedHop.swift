import MailCore

/// One `Received` field read into its clauses (RFC 5321 section 4.4 and the forms real MTAs write).
public struct ReceivedHop: Hashable, Sendable, Codable {
  /// The name after `from` as the sending host gave it (often its HELO), or nil.
  public var from: String?
  /// An address given as the `from` value itself (`from [192.0.2.1]`).
  public var fromAddress: IPAddress?
  /// The connecting IP the receiving server recorded.
  public var ip: IPAddress?
  /// The reverse-DNS name the receiving server recorded for that IP.
  public var reverseDNS: String?
  /// A HELO/EHLO/LHLO name given separately (`(HELO x)`, `helo=x`).
  public var helo: String?
  /// `HELO`, `EHLO` or `LHLO` when stated.
  public var heloCommand: String?
  /// The ident or authenticated user the server noted.
  public var ident: String?
  /// The receiving host.
  public var by: String?
  public var via: String?
  /// The protocol (`SMTP`, `ESMTP`, `ESMTPS`, `ESMTPSA`, `LMTP`, `HTTP`, `Local`, ...), normalised.
  public var with: String?
  /// The protocol word as written when it is not a known one (`mapi`, `Thrift`).
  public var withRaw: String?
  public var id: String?
  /// The envelope recipient the hop was for.
  public var recipient: String?
  /// `TLSv1_2`, `TLSv1_3`, ... when stated.
  public var tlsVersion: String?
  public var tlsCipher: String?
  /// Whether the hop records an authenticated submission (`ESMTPA`/`ESMTPSA`, `Authenticated
  /// sender:`, `(authenticated ...)`, `AUTH:`).
  public var authenticated: Bool
  /// The date after the last `;`.
  public var date: MailDate?

  public init() {
    authenticated = false
  }

  /// The origin-relevant address: the recorded connecting IP, else an address given as `from`.
  public var connectingIP: IPAddress? { ip ?? fromAddress }
}
