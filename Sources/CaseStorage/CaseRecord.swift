import Foundation

/// A case: the messages of one investigation, with who owns it and where it stands.
public struct CaseRecord: Codable, Sendable, Hashable, Identifiable {
  /// Where an investigation stands.
  public enum Status: String, Codable, Sendable, CaseIterable {
    case new, investigating, closed
  }

  public var id: String
  public var title: String
  public var status: Status
  /// The analyst responsible, if one is named.
  public var owner: String?
  public var createdAt: Date
  public var updatedAt: Date

  public init(
    id: String = UUID().uuidString.lowercased(), title: String, status: Status = .new, owner: String? = nil,
    createdAt: Date = Date(), updatedAt: Date? = nil
  ) {
    self.id = id
    self.title = title
    self.status = status
    self.owner = owner
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
  }
}

/// A note an analyst left on a case.
public struct CaseNote: Codable, Sendable, Hashable {
  public var at: Date
  public var text: String

  public init(at: Date, text: String) {
    self.at = at
    self.text = text
  }
}

/// A campaign of a case's latest build, as `case.json` gives it.
public struct StoredCampaign: Codable, Sendable, Hashable {
  public var id: String
  public var json: String

  public init(id: String, json: String) {
    self.id = id
    self.json = json
  }
}
