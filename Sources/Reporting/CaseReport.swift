import Analysis
import Foundation
import Intelligence
import Investigation

/// `case.json`: the campaigns, every message's analysis, and the case's indicators, with the
/// keys `../shared/docs/interfaces.md` requires (and more, in snake_case).
public struct CaseReport: Sendable {
  public struct CampaignInfo: Encodable, Sendable {
    public var id: String
    var label: String
    var messages: [String]
    var senders: [String]
    var subjects: [String]
    var originIps: [String]
    var firstSeen: String?
    var lastSeen: String?
    var targetedEmployees: [String]
    var recipients: [CampaignRecipient]
    var breachOverlap: BreachOverlap
    var attackFlow: [FlowStep]
    var targets: [EmployeeTarget]
    var addressPattern: PatternSummary?
    var conclusions: [Conclusion]
    var exposure: [SocialExposure]
    var impersonated: [String]
    /// For a `bec` campaign, its scenario (`ceo-fraud`, `invoice-fraud`, …), else null.
    var scenario: String?
    /// Replies from the organisation to the lure (see ``Engagement``).
    var engagement: [Engagement]
  }

  public struct SweepInfo: Encodable, Sendable {
    var mailbox: String
    var scanned: Int
    var found: Int
    var seconds: Double
  }

  public let result: CaseResult
  public let profile: OrganizationProfile?
  public let generatedAt: String
  /// When the report was made.
  public let generated: Date
  /// Every indicator of every message once, in order of appearance (every export reads it).
  public let iocs: [IOC]

  public init(_ result: CaseResult, profile: OrganizationProfile?, generatedAt: Date = Date()) {
    self.result = result
    self.profile = profile
    var seen: Set<String> = []
    iocs = result.messages.flatMap(\.analysis.iocs).filter { seen.insert(IOCExport.key($0)).inserted }
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    self.generatedAt = f.string(from: generatedAt)
    generated = generatedAt
  }

  public var campaigns: [CampaignInfo] {
    result.campaigns.map { c in
      CampaignInfo(
        id: c.id, label: c.label, messages: c.messageIndexes.map { result.messages[$0].source }, senders: c.senders,
        subjects: c.subjects, originIps: c.originIPs, firstSeen: c.firstSeen, lastSeen: c.lastSeen,
        targetedEmployees: c.targetedEmployees, recipients: c.recipients, breachOverlap: c.breachOverlap,
        attackFlow: c.attackFlow, targets: c.targets, addressPattern: c.addressPattern, conclusions: c.conclusions,
        exposure: c.exposure, impersonated: c.impersonated, scenario: c.scenario,
        engagement: c.engagement)
    }
  }

  /// What the intelligence sources said about a campaign's messages, each fact once (copies
  /// from one origin share it).
  func intelFacts(_ c: Campaign, _ language: ReportLanguage) -> [String] {
    var seen: Set<String> = []
    return c.messageIndexes.flatMap { i in
      result.intel[result.messages[i].key].map { IntelTextRenderer.facts($0, language) } ?? []
    }.filter { seen.insert($0).inserted }
  }

  /// The whole case as one JSON document.
  public var json: String {
    var o = JSONObjectWriter(capacity: 65_536)
    o.field("generated_at", generatedAt)
    o.field("organization", profile?.name)
    o.field("campaigns", campaigns, snakeCaseKeys: true)
    let messages = result.messages.map {
      AnalyzeReport($0.analysis, profile: profile, intel: result.intel[$0.key]).jsonLine
    }
    o.raw("messages", "[" + messages.joined(separator: ",") + "]")
    o.field("iocs", iocs)
    o.field(
      "sweeps",
      result.sweeps.map { SweepInfo(mailbox: $0.mailbox, scanned: $0.scanned, found: $0.found, seconds: $0.seconds) },
      snakeCaseKeys: true)
    o.field("duplicates", result.duplicates)
    return o.finished()
  }
}
