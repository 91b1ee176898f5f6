import Analysis
import Intelligence
import MailCore

/// Renders an analysis the way an analyst writes the note: origin, authentication, findings
/// with evidence, defanged indicators. Plain text for terminals, or Markdown.
public struct AnalyzeTextRenderer: Sendable {
  public enum Style: Sendable { case text, markdown }

  public var style: Style

  public init(style: Style = .text) {
    self.style = style
  }

  public func render(_ a: MessageAnalysis, intel: MessageIntel? = nil) -> String {
    var out = ""
    let m = a.message
    let env = m.envelope
    heading(1, "Analysis of \(a.source)", into: &out)
    let v = a.bec.verdict
    if let reason = v.reason {
      line("Verdict: \(v.label.uppercased()): \(reason).", into: &out)
    } else {
      line(
        "Verdict: \(v.label.uppercased()) (\(v.score)/100)\(v.scenario.map { ", scenario \($0)" } ?? "")"
          + (v.matched.isEmpty ? "" : ", because: " + v.matched.map(\.description).joined(separator: "; ")) + ".",
        into: &out)
    }
    if let reporter = a.reporter {
      switch a.wrapping {
      case .inline(let client):
        line(
          "Reported by \(format(reporter)), who forwarded the message inline: rebuilt from the forwarded header "
            + "block (\(client) layout); the original headers were lost. Ask for the original as an attachment.",
          into: &out)
      default:
        line("Reported by \(format(reporter)), who forwarded the message as an attachment.", into: &out)
      }
    }
    field("Subject", env.subject, into: &out)
    field("From", m.from.map(format), into: &out)
    field("Reply-To", env.replyTo.isEmpty ? nil : env.replyTo.map(format).joined(separator: ", "), into: &out)
    field("To", env.to.isEmpty ? nil : env.to.map(format).joined(separator: ", "), into: &out)
    field("Cc", env.cc.isEmpty ? nil : env.cc.map(format).joined(separator: ", "), into: &out)
    field("Date", env.date.map { "\($0.rfc3339Local) (\($0.rfc3339))" }, into: &out)
    out += "\n"

    heading(2, "Origin", into: &out)
    line(originSentence(a), into: &out)
    line("Why: \(a.origin.reasoning).", into: &out)
    if !a.chain.hops.isEmpty {
      line("Hops, oldest first:", into: &out)
      for hop in a.chain.hops {
        var text = "\(hop.number). "
        text += hop.hop.connectingIP?.text ?? hop.hop.from ?? "(local)"
        if let rdns = hop.hop.reverseDNS { text += " (\(rdns))" }
        text += " → \(hop.hop.by ?? "?")"
        if let with = hop.hop.with ?? hop.hop.withRaw { text += " with \(with)" }
        if let date = hop.hop.date { text += ", \(date.rfc3339)" }
        if let delay = hop.delay { text += delay >= 0 ? " (+\(delay) s)" : " (\(delay) s: clock goes backwards)" }
        if a.origin.hopNumber == hop.number { text += "  ← origin" }
        item(text, into: &out)
      }
    }
    out += "\n"

    heading(2, "Authentication", into: &out)
    line(authenticationSentence(a), into: &out)
    if let dkim = a.dkim {
      for r in dkim {
        item(
          "DKIM d=\(r.domain ?? "?") s=\(r.selector ?? "?") (\(r.algorithm ?? "?")): \(r.result), \(r.reason)",
          into: &out)
      }
    } else {
      item("DKIM signatures: \(a.dkimStatus)", into: &out)
    }
    out += "\n"

    heading(2, "Findings", into: &out)
    if a.findings.isEmpty { line("None.", into: &out) }
    for finding in a.findings.sorted(by: { $0.severity > $1.severity }) {
      item("[\(finding.severity.rawValue)] \(finding.title)", into: &out)
      for e in finding.evidence.prefix(3) {
        let place = e.offset.map { " (bytes \($0)–\($0 + (e.length ?? 0)))" } ?? ""
        item("  evidence: \(String(e.text.prefix(240)))\(place)", into: &out, level: 1)
      }
    }
    out += "\n"

    if let intel {
      heading(2, "Intelligence", into: &out)
      let lines = IntelTextRenderer.facts(intel)
      if lines.isEmpty { line("Nothing known.", into: &out) }
      for fact in lines { item(fact, into: &out) }
      line("Sources: " + intel.notes.map(\.description).joined(separator: "; ") + ".", into: &out)
      out += "\n"
    }

    heading(2, "Indicators (defanged)", into: &out)
    if a.iocs.isEmpty { line("None.", into: &out) }
    for ioc in a.iocs { item("\(ioc.type.rawValue): \(ioc.defanged)", into: &out) }
    return out
  }

  /// "Originating IP 155.94.251.82, submitted to mta-12.optimum.net (hop 1 of 3, ESMTPSA)."
  func originSentence(_ a: MessageAnalysis) -> String {
    guard let ip = a.origin.ip else { return "No originating IP could be established." }
    var s = "Originating IP \(ip.text)"
    if let host = a.origin.host, host != ip.text { s += " (\(host))" }
    if let to = a.origin.submittedTo { s += ", submitted to \(to)" }
    if let n = a.origin.hopNumber {
      let hop = a.chain.hops.first { $0.number == n }
      let with = hop?.hop.with ?? hop?.hop.withRaw
      s += " (hop \(n) of \(a.chain.hops.count)\(with.map { ", \($0)" } ?? ""))"
    }
    return s + "."
  }

  /// "SPF pass for optimum.net, DKIM pass d=optimum.net, DMARC pass, as stamped by mx1...: ..."
  func authenticationSentence(_ a: MessageAnalysis) -> String {
    let auth = a.authentication
    var parts: [String] = []
    parts.append("SPF \(auth.spf ?? "not recorded")\(auth.spfDomain.map { " for \($0)" } ?? "")")
    parts.append("DKIM \(auth.dkim ?? "not recorded")\(auth.dkimDomain.map { " d=\($0)" } ?? "")")
    parts.append("DMARC \(auth.dmarc ?? "not recorded")")
    var s = parts.joined(separator: ", ")
    let stampers = Set(auth.sources.values.compactMap(\.authservID)).subtracting(["becscope"]).sorted()
    if !stampers.isEmpty { s += " (as stamped by \(stampers.joined(separator: ", ")))" }
    if auth.sources["dkim"]?.authservID == "becscope" { s += " (DKIM verified by becscope)" }
    s += "."
    let passes = [auth.spf, auth.dkim, auth.dmarc].compactMap { $0 }.filter { $0 == "pass" }.count
    if passes > 0, let domain = a.message.from?.domain {
      s +=
        " Authentication passes for \(domain): it proves the message came from an account there, not who controls it."
    }
    return s
  }

  private func format(_ a: Address) -> String {
    switch (a.name, a.address) {
    case (let n?, let addr?): return "\(Inert.text(n)) <\(Inert.text(addr))>"
    case (nil, let addr?): return Inert.text(addr)
    case (let n?, nil): return Inert.text(n)
    default: return ""
    }
  }

  private func heading(_ level: Int, _ text: String, into out: inout String) {
    switch style {
    case .text: out += (level == 1 ? "== " : "") + Inert.text(text) + (level == 1 ? "" : ":") + "\n"
    case .markdown: out += String(repeating: "#", count: level) + " " + Inert.markdown(text) + "\n\n"
    }
  }

  private func field(_ name: String, _ value: String?, into out: inout String) {
    guard let value, !value.isEmpty else { return }
    switch style {
    case .text: out += name + ":" + String(repeating: " ", count: max(1, 10 - name.count)) + Inert.text(value) + "\n"
    case .markdown: out += "- **\(name):** \(Inert.markdown(value))\n"
    }
  }

  private func line(_ text: String, into out: inout String) {
    switch style {
    case .text: out += "  " + Inert.text(text) + "\n"
    case .markdown: out += Inert.markdown(text) + "\n\n"
    }
  }

  private func item(_ text: String, into out: inout String, level: Int = 0) {
    switch style {
    case .text: out += String(repeating: "  ", count: level + 1) + (level == 0 ? "- " : "") + Inert.text(text) + "\n"
    case .markdown: out += String(repeating: "  ", count: level) + "- " + Inert.markdown(text) + "\n"
    }
  }

}
