import Analysis
import Investigation

/// `report.md`: the analyst's report in Markdown. Message text is quoted as code (inert), and
/// every indicator is defanged.
struct CaseMarkdown {
  let report: CaseReport
  let text: ReportText
  let notes: [String]

  func render() -> String {
    var out = "# \(text[.title])\n\n"
    out += "\(text[.generatedAt]): \(report.generatedAt)\n\n"
    out += "## \(text[.summary])\n\n"
    let messages = report.result.messages
    for c in report.result.campaigns {
      out +=
        "- **\(c.id)** — \(text[.label(c.label)]): "
        + md(
          text.campaignLine(
            copies: c.messageIndexes.count, senders: c.senders.map { Defang.defang($0, as: .email) },
            employees: c.targets.count)) + "\n"
    }
    out += "\n"
    for c in report.result.campaigns {
      out += "## \(text[.campaign]) \(c.id): \(text[.label(c.label)])\(c.scenario.map { " (\(md($0)))" } ?? "")\n\n"
      out += "| | |\n|---|---|\n"
      out +=
        "| \(text[.senders]) | \(c.senders.map { md(Defang.defang($0, as: .email)) }.joined(separator: "<br>")) |\n"
      out += "| \(text[.subjects]) | \(c.subjects.map(md).joined(separator: "<br>")) |\n"
      out +=
        "| \(text[.originIPs]) | \(c.originIPs.map { md(Defang.defang($0, as: $0.contains(":") ? .ipv6 : .ipv4)) }.joined(separator: ", ")) |\n"
      out += "| \(text[.firstSeen]) | \(c.firstSeen ?? text[.unknown]) |\n"
      out += "| \(text[.lastSeen]) | \(c.lastSeen ?? text[.unknown]) |\n"
      if !c.impersonated.isEmpty {
        out += "| \(text[.impersonates]) | \(c.impersonated.map(md).joined(separator: ", ")) |\n"
      }
      out += "\n"
      if let first = c.messageIndexes.first {
        let a = messages[first].analysis
        out += "### \(text[.message])\n\n"
        out +=
          "- \(text[.from]): \(md(a.facts.from.map { "\($0.name ?? "") <\(Defang.defang($0.address ?? "", as: .email))>" } ?? ""))\n"
        out += "- \(text[.subject]): \(md(a.facts.subject ?? ""))\n"
        if let reporter = a.reporter?.address { out += "- \(text[.reportedBy]): \(md(reporter))\n" }
        out += "\n\(text[.body]):\n\n```text\n\(fence(String(a.facts.threadText.prefix(2_000))))\n```\n\n"
      }
      out += "### \(text[.targets])\n\n"
      for t in c.targets { out += "- \(md(text.target(t)))\n" }

      out +=
        "\n| \(text[.address]) | \(text[.kind]) | \(text[.employee]) | \(text[.pattern]) | \(text[.breaches]) |\n|---|---|---|---|---|\n"
      for r in c.recipients {
        let breaches = text.breaches(r.breaches)
        out +=
          "| \(md(r.address)) | \(text.kind(r.kind)) | \(md(r.employee ?? "")) | \(md(r.pattern ?? "")) | \(md(breaches)) |\n"
      }
      out += "\n### \(text[.headersOrigin])\n\n"
      for i in c.messageIndexes.prefix(10) {
        let a = messages[i].analysis
        out +=
          "- \(md(messages[i].source)): \(md(a.origin.ip.map { Defang.defang($0.text, as: $0.isIPv6 ? .ipv6 : .ipv4) } ?? text[.unknown])) — \(md(a.origin.reasoning))\n"
      }
      out += "\n### \(text[.reputation])\n\n"
      let facts = report.intelFacts(c, text.language)
      for fact in facts.isEmpty ? [text[.intelNotAsked]] : facts { out += "- \(md(fact))\n" }
      out += "\n### \(text[.leakedData])\n\n"
      if c.breachOverlap.checked {
        out +=
          "- \(text[.commonBreaches]): \(c.breachOverlap.common.isEmpty ? text[.none] : c.breachOverlap.common.joined(separator: ", "))\n"
        out +=
          "- \(text[.dataClasses]): \(c.breachOverlap.dataClasses.isEmpty ? text[.none] : c.breachOverlap.dataClasses.joined(separator: ", "))\n\n"
        let names = c.breachOverlap.breaches.keys.sorted()
        if !names.isEmpty {
          out +=
            "| \(text[.address]) | " + names.map(md).joined(separator: " | ") + " |\n|---|"
            + names.map { _ in "---|" }.joined() + "\n"
          for (address, list) in c.breachOverlap.perAddress.sorted(by: { $0.key < $1.key }) {
            out += "| \(md(address)) | " + names.map { list.contains($0) ? "●" : "" }.joined(separator: " | ") + " |\n"
          }
          out += "\n"
        }
      } else {
        out += "- \(text[.notChecked])\n\n"
      }
      out += "### \(text[.socialExposure])\n\n"
      for e in c.exposure {
        out +=
          "- \(md(e.name)): "
          + (e.found.isEmpty
            ? "\(text[.searches]): " + e.searches.map { "`\(fence($0))`" }.joined(separator: " ")
            : e.found.map { "\(md($0.platform)) — \(md($0.note))" }.joined(separator: "; ")) + "\n"
      }
      out += "\n### \(text[.conclusions])\n\n"
      for conclusion in c.conclusions {
        out += "- \(md(text.conclusion(conclusion)))\n"
        for e in conclusion.evidence.prefix(8) { out += "  - \(md(text.evidence(e)))\n" }
      }
      out += "\n### \(text[.attackFlow])\n\n"
      for (n, step) in c.attackFlow.enumerated() {
        out += "\(n + 1). \(md(text.step(step)))\(step.known ? "" : " (\(text[.unknown]))")\n"
        for e in step.evidence.prefix(6) { out += "   - \(md(text.evidence(e)))\n" }
      }
      out += "\n"
    }
    out += "## \(text[.recommendations])\n\n"
    for key in [ReportText.Key.recommendBlock, .recommendWarn, .recommendAwareness, .recommendSNS, .recommendReport] {
      out += "- \(text[key])\n"
    }
    if !notes.isEmpty {
      out += "\n## \(text[.notes])\n\n"
      for n in notes { out += "- \(md(n))\n" }
    }
    out += "\n## \(text[.iocs])\n\n| \(text[.type]) | \(text[.defanged]) |\n|---|---|\n"
    for ioc in report.iocs { out += "| \(ioc.type.rawValue) | \(md(ioc.defanged)) |\n" }
    out += "\n\(text[.safeRendering])\n"
    return out
  }

  /// Text made inert in Markdown: markup escaped, links defanged, line breaks flattened.
  func md(_ s: String) -> String { Inert.markdown(s) }

  /// Text inside a fenced block: a line of backticks cannot close the fence.
  func fence(_ s: String) -> String {
    Inert.lines(s).replacingAll("```", with: "ˋˋˋ").replacingAll("~~~", with: "˜˜˜")
  }
}
