import Analysis
import Foundation
import Investigation
import MailCore

/// `report.html`: one self-contained page (inline CSS and SVG, no script, no remote content;
/// a Content-Security-Policy that forbids both), every text from a message escaped and inert,
/// links shown defanged as text.
struct CaseHTML {
  let report: CaseReport
  let text: ReportText
  let notes: [String]

  /// The page's only style sheet; the policy allows it by its hash, so no other style applies.
  static let style = """
    body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:2rem auto;max-width:60rem;color:#222;line-height:1.5}
    h1{border-bottom:3px solid #333}h2{margin-top:2rem;border-bottom:1px solid #999}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
    th{background:#eee}.bec,.phishing{color:#a00;font-weight:bold}.mono,pre{font-family:ui-monospace,monospace}
    pre{background:#f6f6f6;padding:.75rem;white-space:pre-wrap;word-break:break-all}
    .unknown{color:#777;font-style:italic}.nowrap{white-space:nowrap}@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
    """

  /// Everything a static page can forbid: no script, no request, no form, no base URL, no
  /// frame or plugin; the one style sheet by hash; images only as data: URLs.
  static let policy =
    "default-src 'none'; script-src 'none'; object-src 'none'; style-src '"
    + "sha256-\(Data(ContentHash.sha256Digest(Array(style.utf8))).base64EncodedString())'; img-src data:; "
    + "font-src 'none'; connect-src 'none'; media-src 'none'; frame-src 'none'; child-src 'none'; "
    + "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'"

  func render() -> String {
    let h = Inert.html
    var out = """
      <!DOCTYPE html>
      <html lang="\(text.language.rawValue)"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(Self.policy)">
      <meta name="referrer" content="no-referrer">
      <title>\(h(text[.title]))</title>
      <style>\(Self.style)</style></head><body>
      <h1>\(h(text[.title]))</h1>
      <p>\(h(text[.generatedAt])): \(h(report.generatedAt))</p>

      """
    out += "<h2>\(h(text[.summary]))</h2><ul>"
    for c in report.result.campaigns {
      out +=
        "<li><b>\(h(c.id))</b> — <span class=\"\(h(c.label))\">\(h(text[.label(c.label)]))</span>: "
        + h(
          text.campaignLine(
            copies: c.messageIndexes.count, senders: c.senders.map { Defang.defang($0, as: .email) },
            employees: c.targets.count)) + "</li>"
    }
    out += "</ul>"
    let messages = report.result.messages
    for c in report.result.campaigns {
      out +=
        "<h2>\(h(text[.campaign])) \(h(c.id)): <span class=\"\(h(c.label))\">\(h(text[.label(c.label)]))</span>"
        + (c.scenario.map { " (\(h($0)))" } ?? "") + "</h2>"
      out += "<table>"
      out += row(text[.senders], c.senders.map { Defang.defang($0, as: .email) }.joined(separator: ", "))
      out += row(text[.subjects], c.subjects.joined(separator: " / "))
      out += row(
        text[.originIPs],
        c.originIPs.map { Defang.defang($0, as: $0.contains(":") ? .ipv6 : .ipv4) }.joined(separator: ", "))
      out += row(text[.firstSeen], c.firstSeen ?? text[.unknown])
      out += row(text[.lastSeen], c.lastSeen ?? text[.unknown])
      if !c.impersonated.isEmpty { out += row(text[.impersonates], c.impersonated.joined(separator: ", ")) }
      out += "</table>"
      if let first = c.messageIndexes.first {
        let a = messages[first].analysis
        out += "<h3>\(h(text[.message]))</h3><table>"
        out += row(
          text[.from], a.facts.from.map { "\($0.name ?? "") <\(Defang.defang($0.address ?? "", as: .email))>" } ?? "")
        out += row(text[.subject], a.facts.subject ?? "")
        out += row(text[.date], a.facts.envelope.date?.rfc3339 ?? "")
        out += row(
          text[.attachments], a.facts.attachments.map { $0.filename ?? $0.contentType }.joined(separator: ", "))
        out += "</table><p>\(h(text[.body]))</p><pre>"
        out += a.facts.threadText.prefix(3_000).split(separator: "\n", omittingEmptySubsequences: false)
          .map { h(String($0)) }.joined(separator: "\n")
        out += "</pre>"
      }
      out += "<h3>\(h(text[.timeline]))</h3>" + timeline(c)
      out += "<h3>\(h(text[.targets]))</h3><ul>"
      for t in c.targets { out += "<li>\(h(text.target(t)))</li>" }
      out += "</ul>"

      out +=
        "<table><tr><th>\(h(text[.address]))</th><th>\(h(text[.kind]))</th><th>\(h(text[.employee]))</th><th>\(h(text[.pattern]))</th><th>\(h(text[.breaches]))</th></tr>"
      for r in c.recipients {
        let breaches = text.breaches(r.breaches)
        out +=
          "<tr><td class=\"mono\">\(h(r.address))</td><td>\(h(text.kind(r.kind)))</td><td>\(h(r.employee ?? ""))</td><td class=\"mono\">\(h(r.pattern ?? ""))</td><td>\(h(breaches))</td></tr>"
      }
      out += "</table>"
      out += "<h3>\(h(text[.reputation]))</h3><ul>"
      let facts = report.intelFacts(c, text.language)
      out +=
        facts.isEmpty
        ? "<li class=\"unknown\">\(h(text[.intelNotAsked]))</li>" : facts.map { "<li>\(h($0))</li>" }.joined()
      out += "</ul><h3>\(h(text[.leakedData]))</h3>"
      if c.breachOverlap.checked {
        let names = c.breachOverlap.breaches.keys.sorted()
        out +=
          "<p>\(h(text[.commonBreaches])): \(h(c.breachOverlap.common.isEmpty ? text[.none] : c.breachOverlap.common.joined(separator: ", ")))</p>"
        out += "<p>\(h(text[.dataClasses])): \(h(c.breachOverlap.dataClasses.joined(separator: ", ")))</p>"
        if !names.isEmpty {
          out += "<table><tr><th>\(h(text[.address]))</th>" + names.map { "<th>\(h($0))</th>" }.joined() + "</tr>"
          for (address, list) in c.breachOverlap.perAddress.sorted(by: { $0.key < $1.key }) {
            out +=
              "<tr><td class=\"mono\">\(h(address))</td>"
              + names.map { list.contains($0) ? "<td>●</td>" : "<td></td>" }.joined() + "</tr>"
          }
          out += "</table>"
        }
      } else {
        out += "<p class=\"unknown\">\(h(text[.notChecked]))</p>"
      }
      out += "<h3>\(h(text[.socialExposure]))</h3><ul>"
      for e in c.exposure {
        if e.found.isEmpty {
          // The searches becscope builds (never a link from a message) are links the analyst opens.
          let links = e.searches.map { url in
            "<a href=\"\(h(url))\" rel=\"noopener noreferrer\">\(h(URL(string: url)?.host ?? url))</a>"
          }
          out += "<li>\(h(e.name)): \(h(text[.searches])): \(links.joined(separator: " · "))</li>"
        } else {
          out += "<li>\(h(e.name)): \(h(e.found.map { "\($0.platform) — \($0.note)" }.joined(separator: "; ")))</li>"
        }
      }
      out += "</ul><h3>\(h(text[.conclusions]))</h3><ul>"
      for conclusion in c.conclusions {
        out +=
          "<li>\(h(text.conclusion(conclusion)))<ul>"
          + conclusion.evidence.prefix(8).map { "<li>\(h(text.evidence($0)))</li>" }.joined() + "</ul></li>"
      }
      out += "</ul><h3>\(h(text[.attackFlow]))</h3>" + flowDiagram(c.attackFlow) + "<ol>"
      for step in c.attackFlow {
        out +=
          "<li>\(h(text.step(step)))\(step.known ? "" : " <span class=\"unknown\">(\(h(text[.unknown])))</span>")<ul>"
        out += step.evidence.prefix(6).map { "<li>\(h(text.evidence($0)))</li>" }.joined() + "</ul></li>"
      }
      out += "</ol>"
    }
    out += "<h2>\(h(text[.recommendations]))</h2><ul>"
    for key in [ReportText.Key.recommendBlock, .recommendWarn, .recommendAwareness, .recommendSNS, .recommendReport] {
      out += "<li>\(h(text[key]))</li>"
    }
    out += "</ul>"
    if !notes.isEmpty {
      out += "<h2>\(h(text[.notes]))</h2><ul>" + notes.map { "<li>\(h($0))</li>" }.joined() + "</ul>"
    }
    out += "<h2>\(h(text[.iocs]))</h2><table><tr><th>\(h(text[.type]))</th><th>\(h(text[.defanged]))</th></tr>"
    for ioc in report.iocs {
      out += "<tr><td>\(h(ioc.type.rawValue))</td><td class=\"mono\">\(h(ioc.defanged))</td></tr>"
    }
    out += "</table><p>\(h(text[.safeRendering]))</p></body></html>\n"
    return out
  }

  private func row(_ name: String, _ value: String) -> String {
    "<tr><th>\(Inert.html(name))</th><td>\(Inert.html(value))</td></tr>"
  }

  /// The campaign's copies in order of arrival.
  private func timeline(_ c: Campaign) -> String {
    let messages = report.result.messages
    let rows = c.messageIndexes.map { i -> (String, String, String) in
      let a = messages[i].analysis
      return (
        a.facts.envelope.date?.rfc3339 ?? "", a.facts.envelope.to.compactMap(\.address).joined(separator: ", "),
        messages[i].origin == "mailbox" ? text[.foundInMailbox] : text[.reported]
      )
    }.sorted { $0.0 < $1.0 }
    return
      "<table><tr><th>\(Inert.html(text[.date]))</th><th>\(Inert.html(text[.recipients]))</th><th>\(Inert.html(text[.kind]))</th></tr>"
      + rows.map {
        "<tr><td class=\"nowrap\">\(Inert.html($0.0))</td><td class=\"mono\">\(Inert.html($0.1))</td><td>\(Inert.html($0.2))</td></tr>"
      }
      .joined() + "</table>"
  }

  /// The attack flow as boxes and arrows, drawn inline.
  private func flowDiagram(_ steps: [FlowStep]) -> String {
    let width = 220
    let height = 80
    let gap = 30
    let total = steps.count * width + max(0, steps.count - 1) * gap
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 \(total + 10) \(height + 10)\">"
    for (i, step) in steps.enumerated() {
      let x = 5 + i * (width + gap)
      let color = step.known ? "#e8f0fe" : "#eeeeee"
      svg +=
        "<rect x=\"\(x)\" y=\"5\" width=\"\(width)\" height=\"\(height)\" rx=\"8\" fill=\"\(color)\" stroke=\"#446\"/>"
      let words = Array(text.step(step).prefix(90))
      let lines = stride(from: 0, to: words.count, by: 30).map { String(words[$0..<min(words.count, $0 + 30)]) }
      for (n, line) in lines.prefix(3).enumerated() {
        svg += "<text x=\"\(x + 8)\" y=\"\(25 + n * 18)\" font-size=\"12\">\(Inert.html(line))</text>"
      }
      if i + 1 < steps.count {
        let ax = x + width
        svg +=
          "<line x1=\"\(ax)\" y1=\"\(5 + height / 2)\" x2=\"\(ax + gap - 4)\" y2=\"\(5 + height / 2)\" stroke=\"#446\" stroke-width=\"2\"/>"
        svg +=
          "<polygon points=\"\(ax + gap - 4),\(height / 2) \(ax + gap),\(5 + height / 2) \(ax + gap - 4),\(10 + height / 2)\" fill=\"#446\"/>"
      }
    }
    return svg + "</svg>"
  }
}
