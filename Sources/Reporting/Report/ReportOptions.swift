import Foundation

/// The Traffic Light Protocol label of a report and its exports (TLP 2.0 names).
public enum TLP: String, Sendable, CaseIterable {
  case clear
  case green
  case amber
  case amberStrict = "amber+strict"
  case red

  /// `TLP:AMBER+STRICT`.
  public var label: String { "TLP:" + rawValue.uppercased() }

  /// The MISP taxonomy tag (`tlp:amber+strict`).
  public var mispTag: String { "tlp:" + rawValue }

  /// The predefined STIX 2.1 marking definition (TLP 1.0 colours: CLEAR is WHITE's successor;
  /// AMBER+STRICT is AMBER with a statement of its own, see ``IOCExport``).
  var stixMarking: (id: String, colour: String) {
    switch self {
    case .clear: ("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "white")
    case .green: ("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "green")
    case .amber, .amberStrict: ("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "amber")
    case .red: ("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red")
    }
  }
}

/// How a case is written up: for whom (TLP), by whom, in which language and time zone, and
/// what the shareable exports may carry.
public struct ReportOptions: Sendable {
  public var language: ReportLanguage
  /// The case's id and title in the store.
  public var caseID: String?
  public var caseTitle: String?
  /// The analyst named in the header (`--analyst`, else the profile's `analyst:`).
  public var analyst: String?
  public var tlp: TLP
  /// The time zone dates are given in (the profile's `timezone:`, else UTC).
  public var timeZone: TimeZone
  /// When the case was opened (its first message taken in); nil when not known.
  public var created: Date?
  /// Whether STIX and MISP may carry the employees' own addresses (`--include-internal`).
  public var includeInternal: Bool
  /// The analyst's notes on the case.
  public var notes: [String]

  public init(
    language: ReportLanguage = .en, caseID: String? = nil, caseTitle: String? = nil, analyst: String? = nil,
    tlp: TLP = .amber, timeZone: TimeZone = TimeZone(identifier: "UTC")!, created: Date? = nil,
    includeInternal: Bool = false, notes: [String] = []
  ) {
    self.language = language
    self.caseID = caseID
    self.caseTitle = caseTitle
    self.analyst = analyst
    self.tlp = tlp
    self.timeZone = timeZone
    self.created = created
    self.includeInternal = includeInternal
    self.notes = notes
  }
}
