/// `report.md`: the ``ReportDocument`` in Markdown. Every text goes through the escaping layer
/// (``Inert/markdown(_:)``); message text is fenced; links are only the ones becscope built.
struct CaseMarkdown {
  let document: ReportDocument

  func render() -> String {
    var out = "**\(md(document.tlp.label))**\n\n# \(md(document.title))\n\n"
    for fact in document.header { out += "- **\(md(fact.name))**: \(md(fact.value))\n" }
    out += "\n"
    for section in document.sections {
      out += String(repeating: "#", count: section.level) + " " + md(section.title) + "\n\n"
      for block in section.blocks { out += render(block) }
    }
    out += "\(md(document.footer))\n\n**\(md(document.tlp.label))**\n"
    return out
  }

  private func render(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text, let style): return styled(text, style) + "\n\n"
    case .facts(let facts):
      return "| | |\n|---|---|\n" + facts.map { "| \(md($0.name)) | \(cell($0.value)) |\n" }.joined() + "\n"
    case .list(let items, let ordered):
      var out = ""
      for (n, item) in items.enumerated() {
        let marker = ordered ? "\(n + 1). " : "- "
        out += marker + styled(item.text, item.style)
        if !item.links.isEmpty { out += " " + item.links.map(link).joined(separator: " · ") }
        out += "\n"
        let indent = String(repeating: " ", count: marker.count)
        for child in item.children { out += indent + "- " + md(child) + "\n" }
      }
      return out + "\n"
    case .table(let table):
      var out = "| " + table.headers.map(md).joined(separator: " | ") + " |\n|"
      out += table.headers.map { _ in "---|" }.joined() + "\n"
      for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
      return out + "\n"
    case .code(let text): return "```text\n\(fence(text))\n```\n\n"
    case .flow: return ""  // The numbered steps that follow carry the flow in Markdown.
    }
  }

  private func styled(_ text: String, _ style: ReportStyle) -> String {
    switch style {
    case .alert: "**\(md(text))**"
    case .unknown: "*\(md(text))*"
    case .plain, .mono: md(text)
    }
  }

  /// A table cell: line breaks become `<br>`-free spaces, pipes are escaped by the layer.
  private func cell(_ s: String) -> String { md(s) }

  /// A link becscope built: its label escaped, the URL percent-encoded where Markdown would end it.
  private func link(_ l: ReportLink) -> String {
    "[\(md(l.label))](\(l.url.replacingAll(" ", with: "%20").replacingAll("(", with: "%28").replacingAll(")", with: "%29")))"
  }

  /// Text made inert in Markdown: markup escaped, links defanged, line breaks flattened.
  func md(_ s: String) -> String { Inert.markdown(s) }

  /// Text inside a fenced block: a line of backticks cannot close the fence.
  func fence(_ s: String) -> String {
    Inert.lines(s).replacingAll("```", with: "ˋˋˋ").replacingAll("~~~", with: "˜˜˜")
  }
}
