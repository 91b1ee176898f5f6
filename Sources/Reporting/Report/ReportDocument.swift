/// The case report as one view model: sections of facts, lists, tables and text, in the
/// report's language, every list already cut with its "and N more". ``CaseMarkdown`` and
/// ``CaseHTML`` render it, so both carry the same sections in the same order; neither
/// decides what to say.
struct ReportDocument: Sendable {
  var language: ReportLanguage
  var title: String
  /// The TLP label shown at the top and bottom of every rendering.
  var tlp: TLP
  /// Organisation, case, analyst, TLP, created and updated.
  var header: [ReportFact]
  var sections: [ReportSection]
  /// The closing line (how the report was made safe to read).
  var footer: String
}

/// A heading with its content; `level` 2 for the report's parts, 3 within a campaign.
struct ReportSection: Sendable {
  /// A stable name (`summary`, `campaign-1-origin`, …) for anchors and tests.
  var id: String
  var level: Int
  var title: String
  /// The verdict class of a campaign heading (`bec`, `phishing`, …), for its colour.
  var label: String? = nil
  var blocks: [ReportBlock]
}

/// A name and its value (a header-block line, a campaign's fact).
struct ReportFact: Sendable {
  var name: String
  var value: String
  var style: ReportStyle = .plain
}

/// How a text is set: plain, as code (addresses, headers), as an alert (engagement), or as an
/// unknown (not looked up, not settled).
enum ReportStyle: Sendable {
  case plain, mono, alert, unknown
}

/// A list entry: its text, links becscope built for the analyst to open (never a link from a
/// message), and its evidence lines.
struct ReportItem: Sendable {
  var text: String
  var style: ReportStyle = .plain
  var links: [ReportLink] = []
  var children: [String] = []
}

/// A link becscope builds (a search, a manual lookup page): shown as a link, opened only by the
/// analyst.
struct ReportLink: Sendable {
  var label: String
  var url: String
}

/// A table: headers, rows of cells, and which columns hold code.
struct ReportTable: Sendable {
  var headers: [String]
  var rows: [[String]]
  var mono: Set<Int> = []
}

/// A box of the attack-flow diagram.
struct ReportFlowBox: Sendable {
  var number: Int
  var text: String
  var known: Bool
}

enum ReportBlock: Sendable {
  case paragraph(String, ReportStyle)
  case facts([ReportFact])
  case list([ReportItem], ordered: Bool)
  case table(ReportTable)
  /// Text as sent (a message body, header fields), shown verbatim and inert.
  case code(String)
  /// The attack flow as boxes and arrows (HTML); the numbered steps follow as a list.
  case flow([ReportFlowBox])
}

extension Array {
  /// The first `limit` elements, and how many were left out (so that a list can say
  /// "and N more" instead of ending silently).
  func cut(_ limit: Int) -> (shown: ArraySlice<Element>, more: Int) {
    (prefix(limit), Swift.max(0, count - limit))
  }
}
