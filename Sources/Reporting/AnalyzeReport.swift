import Analysis
import Intelligence
import MailCore

/// The machine-readable analysis of one message: what `becscope analyze --format json` prints.
/// The keys required by `../shared/docs/interfaces.md` are always present (null or empty where
/// unknown); the rest extend it. See `docs/schema/analyze.schema.json`.
public struct AnalyzeReport: Sendable {
  public struct Mailbox: Encodable, Sendable {
    public var name: String?
    public var address: String?
    init(_ a: Address) {
      name = a.name
      address = a.address
    }
  }

  public struct AttachmentInfo: Encodable, Sendable {
    public var filename: String?
    public var content_type: String
    public var size: Int
    public var sha256: String?
    /// The part that holds it (the workbench downloads an attachment by it).
    public var part: Int
  }

  public struct MessageInfo: Encodable, Sendable {
    public var subject: String?
    public var from: Mailbox?
    public var reply_to: [Mailbox]
    public var return_path: String?
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var date: String?
    public var message_id: String?
    public var urls: [String]
    public var attachments: [AttachmentInfo]
    public var reporter: Mailbox?
    /// How the report carried the message: null (the input is the message), `attachment` or
    /// `inline-forward`.
    public var reported_as: String?
    /// For an inline forward, the mail client whose layout was read (`outlook`, `gmail`, …).
    public var forward_client: String?
    /// `outlook-msg` when the message was read from an Outlook `.msg` file, else `mime`.
    public var source_format: String
  }

  public struct HopInfo: Encodable, Sendable {
    public var number: Int
    public var from: String?
    public var ip: String?
    public var reverse_dns: String?
    public var helo: String?
    public var by: String?
    public var with: String?
    public var id: String?
    public var recipient: String?
    public var tls: String?
    public var authenticated: Bool
    public var date: String?
    public var delay_seconds: Int64?
    public var header_offset: Int
  }

  public struct OriginInfo: Encodable, Sendable {
    public var ip: String?
    public var host: String?
    public var submitted_to: String?
    public var rule: String?
    public var hop: Int?
    public var handoff_ip: String?
    public var reasoning: String
    public var hops: [HopInfo]
    public var anomalies: [String]
  }

  public struct SourceInfo: Encodable, Sendable {
    public var field: String
    public var authserv_id: String?
    public var header_index: Int?
    public var detail: String?
  }

  public struct AuthenticationInfo: Encodable, Sendable {
    public var spf: String?
    public var dkim: String?
    public var dmarc: String?
    public var spf_domain: String?
    public var dkim_domain: String?
    public var dmarc_domain: String?
    public var sources: [String: SourceInfo]
    public var ignored: [String]
    /// becscope's own DKIM verification: `checked`, or `not checked (offline)`.
    public var dkim_verification: String
    public var dkim_signatures: [DKIMInfo]
  }

  public struct DKIMInfo: Encodable, Sendable {
    public var domain: String?
    public var selector: String?
    public var algorithm: String?
    public var result: String
    public var body_hash: String?
    public var signature: String?
    public var reason: String
  }

  public struct SenderInfo: Encodable, Sendable {
    public var address: String?
    public var domain: String?
    public var category: String?
    public var provider: String?
    public var imitates: String?
    public var impersonates: String?
  }

  public struct RecipientInfo: Encodable, Sendable {
    public var address: String
    public var kind: String
    public var employee: String?
    public var pattern: String?
  }

  public struct VerdictInfo: Encodable, Sendable {
    public var label: String?
    public var score: Int?
    public var rules: [String]
    /// For `unreadable`: why no message could be judged.
    public var reason: String?
    /// For `bec`: the scenario of the deciding rule (`ceo-fraud`, `invoice-fraud`, …), or null.
    public var scenario: String?
  }

  public var source: String
  public var message: MessageInfo
  public var origin: OriginInfo
  public var authentication: AuthenticationInfo
  public var sender: SenderInfo
  public var recipients: [RecipientInfo]
  public var findings: [Finding]
  public var verdict: VerdictInfo
  public var iocs: [IOC]
  /// What the intelligence sources said (null when none was asked: `--offline`, or no source
  /// configured).
  public var intel: MessageIntel?

  public init(_ a: MessageAnalysis, profile: OrganizationProfile? = nil, intel: MessageIntel? = nil) {
    self.intel = intel
    source = a.source
    let env = a.envelope
    message = MessageInfo(
      subject: env.subject, from: a.from.map(Mailbox.init), reply_to: env.replyTo.map(Mailbox.init),
      return_path: env.returnPath, to: env.to.map(Mailbox.init), cc: env.cc.map(Mailbox.init),
      date: env.date?.rfc3339, message_id: env.messageID, urls: a.urls,
      attachments: a.attachments.map {
        AttachmentInfo(
          filename: $0.filename, content_type: $0.contentType, size: $0.size, sha256: $0.sha256, part: $0.partID)
      }, reporter: a.reporter.map(Mailbox.init), reported_as: a.wrapping.reportedAs, forward_client: a.wrapping.client,
      source_format: a.rebuiltFrom.map { if case .outlookMessage = $0 { "outlook-msg" } else { "mime" } } ?? "mime"
    )
    origin = OriginInfo(
      ip: a.origin.ip?.text, host: a.origin.host, submitted_to: a.origin.submittedTo, rule: a.origin.rule?.rawValue,
      hop: a.origin.hopNumber, handoff_ip: a.origin.handoffIP?.text, reasoning: a.origin.reasoning,
      hops: a.chain.hops.map { h in
        let tls = [h.hop.tlsVersion, h.hop.tlsCipher].compactMap { $0 }.joined(separator: " ")
        return HopInfo(
          number: h.number, from: h.hop.from ?? h.hop.fromAddress?.text, ip: h.hop.connectingIP?.text,
          reverse_dns: h.hop.reverseDNS, helo: h.hop.helo, by: h.hop.by, with: h.hop.with ?? h.hop.withRaw,
          id: h.hop.id, recipient: h.hop.recipient, tls: tls.isEmpty ? nil : tls, authenticated: h.hop.authenticated,
          date: h.hop.date?.rfc3339, delay_seconds: h.delay, header_offset: h.field.range.lowerBound)
      },
      anomalies: a.chain.anomalies.map { "\($0.kind.rawValue) at hop \($0.hopNumber) (\($0.seconds) s)" })
    let auth = a.authentication
    authentication = AuthenticationInfo(
      spf: auth.spf, dkim: auth.dkim, dmarc: auth.dmarc, spf_domain: auth.spfDomain, dkim_domain: auth.dkimDomain,
      dmarc_domain: auth.dmarcDomain,
      sources: auth.sources.mapValues {
        SourceInfo(field: $0.field, authserv_id: $0.authservID, header_index: $0.headerIndex, detail: $0.detail)
      }, ignored: auth.ignored.map { "\($0.field.name): \($0.reason)" },
      dkim_verification: a.dkimStatus,
      dkim_signatures: (a.dkim ?? []).map {
        DKIMInfo(
          domain: $0.domain, selector: $0.selector, algorithm: $0.algorithm, result: $0.result, body_hash: $0.bodyHash,
          signature: $0.signature, reason: $0.reason)
      })
    let s = a.bec.sender
    sender = SenderInfo(
      address: s.address, domain: s.domain, category: s.category?.rawValue, provider: s.provider, imitates: s.imitates,
      impersonates: a.bec.impersonated?.email)
    recipients = a.bec.recipients.map {
      RecipientInfo(address: $0.address, kind: $0.kind.rawValue, employee: $0.employee, pattern: $0.pattern)
    }
    findings = a.findings
    verdict = VerdictInfo(
      label: a.bec.verdict.label, score: a.bec.verdict.score, rules: a.bec.verdict.matched.map(\.id),
      reason: a.bec.verdict.reason, scenario: a.bec.verdict.scenario)
    iocs = a.iocs
  }

  /// The report as one line of compact JSON, every key present (nil ones as `null`).
  public var jsonLine: String {
    var o = JSONObjectWriter()
    o.field("source", source)
    o.field("message", message)
    o.field("origin", origin)
    o.field("authentication", authentication)
    o.field("sender", sender)
    o.field("recipients", recipients)
    o.field("findings", findings)
    o.field("verdict", verdict)
    o.field("iocs", iocs)
    o.field("intel", intel, snakeCaseKeys: true)
    return o.finished()
  }
}

extension MessageAnalysis.Wrapping {
  /// The `reported_as` value.
  var reportedAs: String? {
    switch self {
    case .none: nil
    case .attached: "attachment"
    case .inline: "inline-forward"
    }
  }

  /// The forwarding client of an inline forward.
  var client: String? {
    if case .inline(let client) = self { return client }
    return nil
  }
}
