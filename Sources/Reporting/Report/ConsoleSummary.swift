import Foundation
import Investigation

/// What `investigate` prints when it is done: each flagged campaign in a line, its engagement
/// first, its conclusions below, in the report's language, through the escaping layer.
public struct ConsoleSummary: Sendable {
  public let text: String

  public init(report: CaseReport, language: ReportLanguage, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
    let builder = ReportBuilder(report: report, options: ReportOptions(language: language, timeZone: timeZone))
    let words = builder.text
    let flagged = report.result.campaigns.filter { $0.label != "clean" }
    var out = ""
    for c in flagged {
      // The English lines are the ones scripts have read since 0.1; Japanese is for people.
      out +=
        Inert.text(
          language == .en
            ? "\(c.id): \(c.label.uppercased()), \(c.messageIndexes.count) message(s) from \(c.senders.joined(separator: ", ")) to \(c.targetedEmployees.count) employee(s)"
            : "\(c.id): \(words[.label(c.label)])、"
              + words.campaignLine(copies: c.messageIndexes.count, senders: c.senders, employees: c.targets.count))
        + "\n"
      for e in c.engagement { out += "  ! " + Inert.text(builder.engagementLine(e)) + "\n" }
      for conclusion in c.conclusions {
        out += "  " + Inert.text(language == .en ? conclusion.text : words.conclusion(conclusion)) + "\n"
      }
    }
    let clean = report.result.campaigns.count - flagged.count
    if clean > 0 { out += Inert.text(words.p("console.clean", ["n": "\(clean)"])) + "\n" }
    text = out
  }
}
