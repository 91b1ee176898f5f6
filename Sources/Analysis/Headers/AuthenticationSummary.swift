import MailCore

/// The authentication verdicts the receiving side stamped, and where each came from.
public struct AuthenticationSummary: Sendable, Codable {
  /// Where one result was read.
  public struct Source: Sendable, Hashable, Codable {
    /// `Authentication-Results`, `ARC-Authentication-Results`, `Received-SPF` or `becscope` (own check).
    public var field: String
    public var authservID: String?
    /// Position of the field in the header (0 = top).
    public var headerIndex: Int?
    public var detail: String?
  }

  public var spf: String?
  public var dkim: String?
  public var dmarc: String?
  /// The domain each result speaks for (`smtp.mailfrom`, `header.d`, `header.from`).
  public var spfDomain: String?
  public var dkimDomain: String?
  public var dmarcDomain: String?
  public var sources: [String: Source]
  /// Fields that were not trusted, and why.
  public var ignored: [Ignored]

  /// An `Authentication-Results` field that was not trusted, and why.
  public struct Ignored: Sendable, Codable {
    public var field: HeaderField
    public var reason: String

    public init(_ field: HeaderField, _ reason: String) {
      self.field = field
      self.reason = reason
    }
  }
}

/// Chooses the `Authentication-Results` written by the receiving side.
///
/// An attacker can put any `Authentication-Results` field into the message they send; only
/// fields above the hand-off hop (added after the message reached the receiving side) count.
/// Where the organisation names its authserv-ids, only those count.
public struct AuthenticationReader: Sendable {
  public var authservIDs: [String]

  public init(authservIDs: [String] = []) {
    self.authservIDs = authservIDs.map { $0.lowercased() }
  }

  /// - Parameter receiverHost: the server that accepted the hand-off; results it stamped count
  ///   wherever it put them (Gmail writes them below its own Received field).
  public func read(_ message: Message, handoffHeaderIndex: Int?, receiverHost: String? = nil) -> AuthenticationSummary {
    var summary = AuthenticationSummary(sources: [:], ignored: [])
    let headers = message.headers
    var trusted: [(AuthenticationResults, Int, HeaderField)] = []
    // Gmail writes its results just below its own hand-off Received field. Such a field counts
    // only when nothing above the hand-off does, only the first one, and only before the next
    // older Received (anything lower could be the sender's forgery).
    var belowCandidate: (AuthenticationResults, Int, HeaderField)? = nil
    let nextReceived = handoffHeaderIndex.flatMap { h in
      headers.indices.first { $0 > h && headers[$0].key == "received" }
    }
    for (index, field) in headers.enumerated() {
      let isARC = field.key == "arc-authentication-results"
      guard field.key == "authentication-results" || isARC,
        let parsed = AuthenticationResults.parse(field.value, arc: isARC)
      else { continue }
      if !authservIDs.isEmpty, !authservIDs.contains(where: { DomainName.host(parsed.authservID, isWithin: $0) }) {
        summary.ignored.append(
          AuthenticationSummary.Ignored(field, "authserv-id \(parsed.authservID) is not one of the organisation's"))
        continue
      }
      if let limit = handoffHeaderIndex, index > limit {
        let fromReceiver =
          receiverHost.map { host in
            DomainName.registrable(parsed.authservID).map { $0 == DomainName.registrable(host) } ?? false
          } ?? false
        // Gmail stamps Received-SPF between its hand-off and its results; a field without that
        // companion could be the sender's first header.
        let stampedSPF = (handoffHeaderIndex.map { ($0 + 1)..<index } ?? 0..<0).contains {
          headers[$0].key == "received-spf"
        }
        if fromReceiver, !isARC, belowCandidate == nil, stampedSPF, index < (nextReceived ?? Int.max) {
          belowCandidate = (parsed, index, field)
        } else {
          summary.ignored.append(
            AuthenticationSummary.Ignored(field, "below the hand-off hop: the sender could have written it"))
        }
        continue
      }
      trusted.append((parsed, index, field))
    }
    if let candidate = belowCandidate {
      if trusted.isEmpty {
        trusted.append(candidate)
      } else {
        summary.ignored.append(
          AuthenticationSummary.Ignored(candidate.2, "below the hand-off hop: the sender could have written it"))
      }
    }
    // Plain Authentication-Results before ARC copies; topmost first.
    trusted.sort { ($0.0.arcInstance == nil ? 0 : 1, $0.1) < ($1.0.arcInstance == nil ? 0 : 1, $1.1) }
    func take(_ method: String) -> (AuthenticationResults.Result, AuthenticationSummary.Source)? {
      for (ar, index, field) in trusted {
        if let r = ar.result(for: method) {
          return (
            r,
            AuthenticationSummary.Source(
              field: field.name, authservID: ar.authservID.isEmpty ? nil : ar.authservID, headerIndex: index,
              detail: r.reason)
          )
        }
      }
      return nil
    }
    if let (r, source) = take("spf") {
      summary.spf = r.result
      summary.spfDomain = r.properties["smtp.mailfrom"].map(Self.domainPart) ?? r.properties["smtp.helo"]
      summary.sources["spf"] = source
    } else if let index = headers.indices.first(where: {
      headers[$0].key == "received-spf" && $0 <= (handoffHeaderIndex ?? Int.max)
    }),
      let spf = ReceivedSPF.parse(headers[index].value)
    {
      summary.spf = spf.result
      summary.spfDomain = spf.properties["envelope-from"].map(Self.domainPart)
      summary.sources["spf"] = AuthenticationSummary.Source(
        field: headers[index].name, authservID: spf.properties["receiver"], headerIndex: index, detail: nil)
    }
    if let (r, source) = take("dkim") {
      summary.dkim = r.result
      summary.dkimDomain = r.properties["header.d"] ?? r.properties["header.i"].map(Self.domainPart)
      summary.sources["dkim"] = source
    }
    if let (r, source) = take("dmarc") {
      summary.dmarc = r.result
      summary.dmarcDomain = r.properties["header.from"]
      summary.sources["dmarc"] = source
    }
    return summary
  }

  static func domainPart(_ s: String) -> String {
    if let at = s.lastIndex(of: "@") { return String(s[s.index(after: at)...]).lowercased() }
    return s.lowercased()
  }
}
