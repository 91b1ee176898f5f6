import Foundation

/// What an analyst found of an employee's exposure (a business-SNS profile naming the employer,
/// a conference page, a leaked list), recorded on a case: the builds of the case weigh it as
/// `investigate --exposure FILE` does.
public struct ExposureFinding: Sendable, Equatable, Codable {
  public var caseID: String
  /// The employee, as the directory names them (name or address).
  public var employee: String
  /// Where: `LinkedIn`, `Eight`, `Wantedly`, `conference`, … (free text).
  public var platform: String
  /// The page's address, as the analyst gave it (never opened by becscope; shown defanged).
  public var url: String
  public var note: String
  public var user: String
  public var at: Date

  public init(
    caseID: String, employee: String, platform: String, url: String, note: String, user: String, at: Date = Date()
  ) {
    self.caseID = caseID
    self.employee = employee
    self.platform = platform
    self.url = url
    self.note = note
    self.user = user
    self.at = at
  }
}
