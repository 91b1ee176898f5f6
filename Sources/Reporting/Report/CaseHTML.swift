import Foundation
import MailCore

/// `report.html`: the ``ReportDocument`` as one self-contained page (inline CSS, no script, no
/// remote content; a Content-Security-Policy that forbids both), every text escaped by
/// ``Inert/html(_:)``, links from messages shown defanged as text. The attack flow is a row of
/// HTML boxes that wrap their words, so no text is cut or spills out of its box.
struct CaseHTML {
  let document: ReportDocument

  /// The page's only style sheet; the policy allows it by its hash, so no other style applies.
  static let style = """
    @page{size:A4;margin:14mm}
    body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","IPAGothic",sans-serif;margin:2rem auto;max-width:68rem;padding:0 1rem;color:#222;line-height:1.55}
    h1{border-bottom:3px solid #333}h2{margin-top:2rem;border-bottom:1px solid #999}h3{margin-top:1.5rem}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
    th{background:#eee;white-space:nowrap}table.facts th{width:14rem;white-space:normal}
    .bec,.phishing,.alert{color:#a00;font-weight:bold}.mono,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
    td.mono{font-size:.9em}pre{background:#f6f6f6;padding:.75rem;white-space:pre-wrap;overflow-wrap:anywhere}
    .unknown{color:#666;font-style:italic}
    .tlp{display:inline-block;background:#000;font-weight:bold;padding:.1rem .6rem;font-family:ui-monospace,monospace}
    .tlp-clear{color:#fff}.tlp-green{color:#33ff00}.tlp-amber,.tlp-amber-strict{color:#ffc000}.tlp-red{color:#ff2b2b}
    .flow{display:flex;flex-wrap:wrap;align-items:stretch;gap:.4rem;margin:.75rem 0}
    .box{flex:1 1 10rem;max-width:15rem;border:1px solid #446;border-radius:8px;padding:.4rem .6rem;background:#e8f0fe;overflow-wrap:anywhere;font-size:.9em}
    .box.unsettled{background:#eee;border-style:dashed}.box b{display:block}.arrow{align-self:center;color:#446;font-weight:bold}
    @media print{body{margin:0;max-width:none;padding:0}h2,h3{break-after:avoid}tr,.box{break-inside:avoid}a{color:inherit}}
    """

  /// Everything a static page can forbid: no script, no request, no form, no base URL, no
  /// frame or plugin; the one style sheet by hash; images only as data: URLs.
  static let policy =
    "default-src 'none'; script-src 'none'; object-src 'none'; style-src '"
    + "sha256-\(Data(ContentHash.sha256Digest(Array(style.utf8))).base64EncodedString())'; img-src data:; "
    + "font-src 'none'; connect-src 'none'; media-src 'none'; frame-src 'none'; child-src 'none'; "
    + "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'"

  private func h(_ s: String) -> String { Inert.html(s) }

  func render() -> String {
    let tlp =
      "<p><span class=\"tlp tlp-\(document.tlp.rawValue.replacingAll("+", with: "-"))\">\(h(document.tlp.label))</span></p>"
    var out = """
      <!DOCTYPE html>
      <html lang="\(document.language.rawValue)"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(Self.policy)">
      <meta name="referrer" content="no-referrer">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(h(document.title))</title>
      <style>\(Self.style)</style></head><body>
      \(tlp)
      <h1>\(h(document.title))</h1>

      """
    out += facts(document.header)
    for section in document.sections {
      let label = section.label.map { " class=\"\(h($0))\"" } ?? ""
      out += "<h\(section.level) id=\"\(h(section.id))\"\(label)>\(h(section.title))</h\(section.level)>"
      for block in section.blocks { out += render(block) }
      out += "\n"
    }
    out += "<p>\(h(document.footer))</p>\(tlp)</body></html>\n"
    return out
  }

  private func render(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text, let style): return "<p\(cls(style))>\(h(text))</p>"
    case .facts(let list): return facts(list)
    case .list(let items, let ordered):
      let tag = ordered ? "ol" : "ul"
      return "<\(tag)>"
        + items.map { item in
          var li = "<li><span\(cls(item.style))>\(h(item.text))</span>"
          if !item.links.isEmpty {
            // Links becscope built (searches, lookup pages), never one from a message.
            li +=
              " "
              + item.links.map { "<a href=\"\(h($0.url))\" rel=\"noopener noreferrer\">\(h($0.label))</a>" }
              .joined(separator: " · ")
          }
          if !item.children.isEmpty { li += "<ul>" + item.children.map { "<li>\(h($0))</li>" }.joined() + "</ul>" }
          return li + "</li>"
        }.joined() + "</\(tag)>"
    case .table(let table):
      return "<table><tr>" + table.headers.map { "<th>\(h($0))</th>" }.joined() + "</tr>"
        + table.rows.map { row in
          "<tr>"
            + row.enumerated().map { n, v in "<td\(table.mono.contains(n) ? " class=\"mono\"" : "")>\(h(v))</td>" }
            .joined()
            + "</tr>"
        }.joined() + "</table>"
    case .code(let text):
      return "<pre>"
        + text.split(separator: "\n", omittingEmptySubsequences: false).map { h(String($0)) }.joined(separator: "\n")
        + "</pre>"
    case .flow(let boxes):
      return "<div class=\"flow\" role=\"list\">"
        + boxes.enumerated().map { n, box in
          (n > 0 ? "<span class=\"arrow\" aria-hidden=\"true\">→</span>" : "")
            + "<div class=\"box\(box.known ? "" : " unsettled")\" role=\"listitem\"><b>\(box.number)</b>\(h(box.text))</div>"
        }.joined() + "</div>"
    }
  }

  private func facts(_ list: [ReportFact]) -> String {
    "<table class=\"facts\">"
      + list.map { "<tr><th>\(h($0.name))</th><td\(cls($0.style))>\(h($0.value))</td></tr>" }.joined() + "</table>"
  }

  private func cls(_ style: ReportStyle) -> String {
    switch style {
    case .plain: ""
    case .mono: " class=\"mono\""
    case .alert: " class=\"alert\""
    case .unknown: " class=\"unknown\""
    }
  }
}
