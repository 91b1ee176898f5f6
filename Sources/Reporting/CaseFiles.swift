import Analysis
import Foundation
import Investigation

/// Writes a case to a folder: `case.json`, `report.md`, `report.html`, `iocs.txt`, `iocs.csv`,
/// `stix.json` and `misp.json`. Each file is written to a temporary name and renamed, so a
/// reader never sees half a file.
public struct CaseFiles: Sendable {
  public let report: CaseReport
  public let language: ReportLanguage
  public let notes: [String]

  public init(report: CaseReport, language: ReportLanguage, notes: [String] = []) {
    self.report = report
    self.language = language
    self.notes = notes
  }

  /// Writes every file, one at a time (only one file's text is in memory), each first to a
  /// `.partial` file that is then moved into place; returns their names.
  @discardableResult
  public func write(to folder: String) throws -> [String] {
    let text = ReportText(language: language)
    let files: [(String, () -> String)] = [
      ("case.json", { report.json + "\n" }),
      ("report.md", { CaseMarkdown(report: report, text: text, notes: notes).render() }),
      ("report.html", { CaseHTML(report: report, text: text, notes: notes).render() }),
      ("iocs.txt", { IOCExport.text(report) }),
      ("iocs.csv", { IOCExport.csv(report) }),
      ("stix.json", { IOCExport.stix(report) }),
      ("misp.json", { IOCExport.misp(report) }),
    ]
    for (name, render) in files {
      let path = (folder as NSString).appendingPathComponent(name)
      let temporary = path + ".partial"
      try Data(render().utf8).write(to: URL(fileURLWithPath: temporary))
      _ = try? FileManager.default.removeItem(atPath: path)
      try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }
    return files.map(\.0)
  }
}
