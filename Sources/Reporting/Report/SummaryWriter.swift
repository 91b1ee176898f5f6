import Analysis
import Investigation

/// The summary paragraph of a campaign, written from its conclusions (never free text): what
/// happened, who was targeted, how the list was likely built, whether anyone engaged, and what
/// to do first.
struct SummaryWriter {
  let builder: ReportBuilder
  let campaign: Campaign

  func paragraph() -> String {
    let text = builder.text
    let c = campaign
    let dates = builder.dates
    var sentences: [String] = []
    let who = builder.impersonated(c).joined(separator: text.listSeparator)
    let first = c.firstSeen.flatMap(dates.parse).map(dates.full)
    let last = c.lastSeen.flatMap(dates.parse).map(dates.full)
    let kind = c.scenario.map(text.scenario) ?? text[.label(c.label)]
    var what =
      text.p(
        who.isEmpty ? "summary.what" : "summary.whatImpersonating",
        [
          "kind": kind, "who": who, "copies": "\(c.messageIndexes.count)",
          "sender": c.senders.map { Defang.defang($0, as: .email) }.joined(separator: ", "),
          "provider": builder.provider(c).map(text.parenthesized) ?? "", "employees": "\(c.targets.count)",
          "when": first.map { f in last.map { $0 == f ? f : text.p("range", ["from": f, "to": $0]) } ?? f } ?? "",
        ])
    // No date known: the sentence goes without one.
    if first == nil {
      what =
        text.language == .ja
        ? String(what.drop { $0 == "、" }) : what.replacingOccurrences(of: ", .", with: ".")
    }
    sentences.append(what)
    let privates = c.targets.filter { !$0.personal.isEmpty }.count
    if privates > 0 {
      sentences.append(text.p("summary.private", ["n": "\(privates)"]))
    }
    if let pattern = c.addressPattern {
      sentences.append(
        text.p(
          pattern.realFormat == nil ? "summary.generated" : "summary.generatedReal",
          [
            "count": "\(pattern.matching)", "total": "\(pattern.generated)",
            "pattern": text.pattern(pattern.attackerPattern), "real": pattern.realFormat.map(text.pattern) ?? "",
          ]))
    }
    let ids = Set(c.conclusions.map(\.id))
    if let list = c.conclusions.first(where: { ["lists-combined", "common-breach"].contains($0.id) }) {
      sentences.append(text.conclusion(list) + text.p("period"))
    } else if ids.contains("breaches-unknown") {
      sentences.append(text.p("summary.breachesUnknown"))
    }
    if let social = c.conclusions.first(where: { $0.id == "social-exposure" }) {
      sentences.append(text.conclusion(social) + text.p("period"))
    }
    if c.engagement.isEmpty {
      sentences.append(text.p("summary.noEngagement"))
    } else {
      let names = c.engagement.map { $0.name ?? Defang.defang($0.from, as: .email) }
      sentences.append(text.p("summary.engaged", ["who": names.joined(separator: text.p("and"))]))
    }
    if c.label == "bec", builder.reputationAllClean(c) { sentences.append(text.p("context.reputationClean")) }
    sentences.append(text.p(c.engagement.isEmpty ? "summary.todo" : "summary.todoEngaged"))
    return sentences.joined(separator: text.language == .ja ? "" : " ")
  }
}
