import Analysis
import Intelligence

/// One lure sent to several people: its messages, senders, infrastructure, targets, breach
/// exposure and the attack flow inferred from all of it.
public struct Campaign: Sendable {
  public var id: String
  /// The strongest verdict among its messages (bec, phishing, spam, suspicious, clean).
  public var label: String
  /// Indexes into ``CaseResult/messages``.
  public var messageIndexes: [Int]
  public var senders: [String]
  public var subjects: [String]
  public var originIPs: [String]
  /// RFC 3339 (UTC) of the earliest and latest Date of its messages.
  public var firstSeen: String?
  public var lastSeen: String?
  public var recipients: [CampaignRecipient]
  public var targets: [EmployeeTarget]
  public var addressPattern: PatternSummary?
  public var breachOverlap: BreachOverlap
  public var conclusions: [Conclusion]
  public var exposure: [SocialExposure]
  public var attackFlow: [FlowStep]
  /// Who the lure impersonates (display names of impersonated employees).
  public var impersonated: [String]
  /// For a `bec` campaign, the scenario of its strongest BEC verdict (`ceo-fraud`, …).
  public var scenario: String? = nil
  /// Replies from the organisation to the lure, or messages to the attacker (see ``Engagement``).
  public var engagement: [Engagement] = []

  /// Corporate addresses of the employees it reached (by any of their addresses).
  public var targetedEmployees: [String] { targets.map(\.employee) }
}

/// A recipient of a campaign, with the breaches its address appears in.
public struct CampaignRecipient: Sendable, Codable, Equatable {
  public var address: String
  /// employee, personal, generated, unknown-internal, external.
  public var kind: String
  /// The employee's corporate address, when known.
  public var employee: String?
  public var pattern: String?
  /// Breach names (HIBP); nil when not looked up.
  public var breaches: [String]?
  /// How sure the link to the employee is: 1 for the directory, less for a private address
  /// matched by name tokens.
  public var confidence: Double?
  /// Why an unlisted private address was tied to the employee.
  public var matchedBy: String?
}

/// Everything one employee received from a campaign.
public struct EmployeeTarget: Sendable, Codable, Equatable {
  public var employee: String
  public var name: String
  public var personal: [String]
  public var generated: [String]
  public var corporate: [String]
  /// "高田 翔 — private sho.tkd@… (listed), generated stakada@… ({given_initial}{family})".
  public var summary: String
}

/// How the attacker built corporate addresses, against the real format.
public struct PatternSummary: Sendable, Codable, Equatable {
  public var attackerPattern: String
  public var matching: Int
  public var generated: Int
  public var realFormat: String?
  public var text: String
}

/// Breaches across the campaign's private addresses.
public struct BreachOverlap: Sendable, Codable, Equatable {
  /// Breaches every looked-up private address appears in.
  public var common: [String]
  /// Data classes of every breach of those addresses.
  public var dataClasses: [String]
  /// Address → breach names, for the addresses looked up.
  public var perAddress: [String: [String]]
  /// Breach name → its date and data classes.
  public var breaches: [String: BreachSummary]
  /// Whether HIBP was asked at all.
  public var checked: Bool
}

public struct BreachSummary: Sendable, Codable, Equatable {
  public var date: String?
  public var dataClasses: [String]
}

/// A conclusion the analyst would draw, with its evidence.
public struct Conclusion: Sendable, Codable, Equatable {
  public var id: String
  /// The conclusion in English; reports render `id` and `values` in their own language.
  public var text: String
  public var evidence: [String]
  /// The figures and names the sentence uses (`count`, `total`, `breaches`, …).
  public var values: [String: String] = [:]

  public init(id: String, text: String, evidence: [String], values: [String: String] = [:]) {
    self.id = id
    self.text = text
    self.evidence = evidence
    self.values = values
  }
}

/// What the business-SNS searches found for one employee, or the searches to make.
public struct SocialExposure: Sendable, Codable, Equatable {
  public var employee: String
  public var name: String
  /// Searches for the analyst to open (becscope does not fetch them).
  public var searches: [String]
  /// What the analyst recorded (`--exposure`): platform, URL, note.
  public var found: [ExposureRecord]
}

/// One line of the analyst's exposure file.
public struct ExposureRecord: Sendable, Codable, Equatable {
  public var employee: String
  public var platform: String
  public var url: String
  public var note: String

  public init(employee: String, platform: String, url: String, note: String) {
    self.employee = employee
    self.platform = platform
    self.url = url
    self.note = note
  }
}

/// One step of the inferred attack, with its evidence; `known` is false when the evidence
/// does not settle it.
public struct FlowStep: Sendable, Codable, Equatable {
  /// The step in English; reports render `id` and `values` in their own language.
  public var step: String
  public var evidence: [String]
  public var known: Bool
  /// `target-list`, `employer-link`, `address-generation`, `infrastructure`, `lure`, `delivery`.
  public var id: String = ""
  public var values: [String: String] = [:]
}
