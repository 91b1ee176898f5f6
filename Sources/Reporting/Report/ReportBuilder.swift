import Analysis
import Foundation
import Intelligence
import Investigation
import MailCore

/// Builds the ``ReportDocument`` of a case: what the report says, in which order, in the
/// report's language. Every list longer than its limit ends with "and N more"; the attack flow
/// is never cut. Inputs are named by their file name, never by a local path.
struct ReportBuilder {
  let report: CaseReport
  let options: ReportOptions
  let text: ReportText

  let dates: ReportDates

  init(report: CaseReport, options: ReportOptions) {
    self.report = report
    self.options = options
    text = ReportText(language: options.language)
    dates = ReportDates(language: options.language, timeZone: options.timeZone)
  }

  /// How many entries each kind of list shows before "and N more".
  enum Limit {
    static let evidence = 8
    static let copies = 50
    static let targets = 50
    static let recipients = 100
    static let hops = 20
    static let iocs = 200
    static let cleanGroups = 20
    static let body = 3_000
  }

  private var messages: [CaseMessage] { report.result.messages }

  func build() -> ReportDocument {
    let flagged = report.result.campaigns.filter { $0.label != "clean" }
    let clean = report.result.campaigns.filter { $0.label == "clean" }
    var sections = [summary(flagged, clean: clean)]
    for c in flagged { sections += campaign(c) }
    // Groups judged clean were still reported by someone: the first ones in full, the rest in a
    // table (and that table says how many it leaves out).
    let (detailed, rest) = (clean.prefix(Limit.cleanGroups), Array(clean.dropFirst(Limit.cleanGroups)))
    for c in detailed { sections += campaign(c) }
    if !rest.isEmpty { sections.append(cleanGroups(rest)) }
    sections.append(recommendations(flagged))
    if !options.notes.isEmpty {
      sections.append(
        ReportSection(
          id: "notes", level: 2, title: text[.notes],
          blocks: [.list(options.notes.map { ReportItem(text: $0) }, ordered: false)]))
    }
    if !report.result.evidence.isEmpty { sections.append(manualEvidence()) }
    sections.append(indicators())
    sections.append(method())
    return ReportDocument(
      language: options.language, title: text[.title], tlp: options.tlp, header: header(), sections: sections,
      footer: text[.safeRendering])
  }

  // MARK: Header and summary

  private func header() -> [ReportFact] {
    var facts: [ReportFact] = []
    if let name = report.profile?.name, !name.isEmpty {
      facts.append(ReportFact(name: text.p("organization"), value: name))
    }
    if let id = options.caseID {
      let title = options.caseTitle.map { $0 == id ? "" : " — \($0)" } ?? ""
      facts.append(ReportFact(name: text.p("case"), value: id + title))
    }
    facts.append(
      ReportFact(
        name: text.p("analyst"), value: options.analyst ?? text.p("analyst.none"),
        style: options.analyst == nil ? .unknown : .plain))
    facts.append(ReportFact(name: "TLP", value: options.tlp.label + " — " + text.p("tlp." + options.tlp.rawValue)))
    if let created = options.created { facts.append(ReportFact(name: text.p("created"), value: dates.full(created))) }
    facts.append(ReportFact(name: text.p("updated"), value: dates.full(report.generated)))
    return facts
  }

  private func summary(_ flagged: [Campaign], clean: [Campaign]) -> ReportSection {
    var blocks: [ReportBlock] = []
    for c in flagged {
      for e in c.engagement { blocks.append(.paragraph(engagementLine(e), .alert)) }
    }
    for c in flagged { blocks.append(.paragraph(SummaryWriter(builder: self, campaign: c).paragraph(), .plain)) }
    if flagged.isEmpty { blocks.append(.paragraph(text.p("summary.nothing", ["n": "\(messages.count)"]), .plain)) }
    let lines = flagged.map { c in
      ReportItem(
        text: "\(c.id) — \(text[.label(c.label)]): "
          + text.campaignLine(
            copies: c.messageIndexes.count, senders: c.senders.map { Defang.defang($0, as: .email) },
            employees: c.targets.count))
    }
    if !lines.isEmpty { blocks.append(.list(lines, ordered: false)) }
    if !clean.isEmpty {
      blocks.append(.paragraph(text.p("summary.clean", ["n": "\(clean.count)"]), .plain))
    }
    return ReportSection(id: "summary", level: 2, title: text[.summary], blocks: blocks)
  }

  func engagementLine(_ e: Engagement) -> String {
    let address = Defang.defang(e.from, as: .email)
    let who = e.name.map { options.language == .ja ? "\($0)（\(address)）" : "\($0) (\(address))" } ?? address
    return text.p(
      "engagement." + e.how,
      [
        "who": who, "to": e.to.map { Defang.defang($0, as: .email) }.joined(separator: ", "),
        "date": e.date.flatMap(dates.parse).map(dates.full) ?? text[.unknown], "where": where_(e.origin, e.source),
      ])
  }

  /// "reported (report-2.eml)" / "found in a mailbox (mailbox.mbox#191)".
  func where_(_ origin: String, _ source: String) -> String {
    let label = origin == "mailbox" ? text[.foundInMailbox] : text[.reported]
    return options.language == .ja ? "\(label)：\(Self.name(of: source))" : "\(label) (\(Self.name(of: source)))"
  }

  /// An input named by its file name (and its place in a mailbox), never by a local path.
  static func name(of source: String) -> String {
    let (path, place): (Substring, Substring?) =
      if let hash = source.lastIndex(of: "#") { (source[..<hash], source[source.index(after: hash)...]) } else {
        (source[...], nil)
      }
    let trimmed = path.hasSuffix("/") ? path.dropLast() : path
    let file = trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    return file + (place.map { "#" + $0 } ?? "")
  }

  // MARK: A campaign

  private func campaign(_ c: Campaign) -> [ReportSection] {
    let key = c.id
    var sections: [ReportSection] = []
    var facts = [
      ReportFact(
        name: text[.senders], value: c.senders.map { Defang.defang($0, as: .email) }.joined(separator: ", "),
        style: .mono),
      ReportFact(name: text[.subjects], value: c.subjects.joined(separator: " / ")),
      ReportFact(
        name: text[.originIPs],
        value: c.originIPs.map { Defang.defang($0, as: $0.contains(":") ? .ipv6 : .ipv4) }.joined(separator: ", "),
        style: .mono),
      ReportFact(name: text[.firstSeen], value: c.firstSeen.flatMap(dates.parse).map(dates.full) ?? text[.unknown]),
      ReportFact(name: text[.lastSeen], value: c.lastSeen.flatMap(dates.parse).map(dates.full) ?? text[.unknown]),
    ]
    let people = impersonated(c)
    if !people.isEmpty {
      facts.append(ReportFact(name: text[.impersonates], value: people.joined(separator: text.listSeparator)))
    }
    if let provider = provider(c) { facts.append(ReportFact(name: text.p("provider"), value: provider)) }
    sections.append(
      ReportSection(
        id: key, level: 2,
        title: "\(text[.campaign]) \(c.id): \(text[.label(c.label)])"
          + (c.scenario.map { options.language == .ja ? "／\(text.scenario($0))" : " (\(text.scenario($0)))" } ?? ""),
        label: c.label, blocks: [.facts(facts)]))
    sections.append(engagement(c))
    if let first = representative(c) { sections.append(message(first, key)) }
    sections.append(copies(c))
    if let first = representative(c) { sections.append(headers(first, key)) }
    sections.append(recipients(c))
    sections.append(breaches(c))
    sections.append(exposure(c))
    sections.append(reputation(c))
    sections.append(conclusions(c))
    sections.append(flow(c))
    return sections
  }

  /// The impersonated people with their titles from the directory ("山田 太郎 (代表取締役社長)").
  func impersonated(_ c: Campaign) -> [String] {
    let employees = report.profile?.directory.employees ?? []
    return c.impersonated.map { name in
      guard let e = employees.first(where: { $0.displayName == name }), !e.title.isEmpty else { return name }
      return options.language == .ja ? "\(name)（\(e.title)）" : "\(name) (\(e.title))"
    }
  }

  /// The sender's mail provider and its kind, from the shipped lists.
  func provider(_ c: Campaign) -> String? {
    let analyses = c.messageIndexes.map { messages[$0].analysis }
    guard let sender = analyses.first(where: { $0.bec.sender.provider != nil })?.bec.sender else {
      guard let category = analyses.first?.bec.sender.category else { return nil }
      return text.p("category." + category.rawValue)
    }
    // A provider named in the lists says its kind when it is not free mail ("…, ISP mail").
    let name = sender.provider!
    let kind = name.contains(", ") ? nil : sender.category.map { text.p("category." + $0.rawValue) }
    return text.provider(name) + (kind.map { text.language == .ja ? "（\($0)）" : ", \($0)" } ?? "")
  }

  /// The copy the report quotes: the earliest reported one (a sweep's copy only when none was
  /// reported), by date, then by name.
  func representative(_ c: Campaign) -> Int? {
    c.messageIndexes.min { a, b in
      let (x, y) = (messages[a], messages[b])
      let key = { (m: CaseMessage) in
        (m.origin == "mailbox" ? 1 : 0, m.analysis.facts.envelope.date?.rfc3339 ?? "~", Self.name(of: m.source))
      }
      return key(x) < key(y)
    }
  }

  private func engagement(_ c: Campaign) -> ReportSection {
    let blocks: [ReportBlock] =
      c.engagement.isEmpty
      ? [.paragraph(text.p("engagement.none", ["swept": "\(report.result.sweeps.count)"]), .plain)]
      : [
        .list(
          c.engagement.map { e in
            ReportItem(
              text: engagementLine(e), style: .alert,
              children: [e.subject.map { text[.subject] + ": " + $0 }].compactMap { $0 })
          }, ordered: false)
      ]
    return ReportSection(id: c.id + "-engagement", level: 3, title: text.p("engagement"), blocks: blocks)
  }

  private func message(_ index: Int, _ key: String) -> ReportSection {
    let m = messages[index]
    let a = m.analysis
    var facts = [
      ReportFact(
        name: text[.from],
        value: a.facts.from.map { "\($0.name ?? "") <\(Defang.defang($0.address ?? "", as: .email))>" } ?? ""),
      ReportFact(name: text[.subject], value: a.facts.subject ?? ""),
      ReportFact(name: text[.date], value: a.facts.envelope.date.map { dates.full($0) } ?? text[.unknown]),
      ReportFact(name: text.p("copy"), value: where_(m.origin, m.source)),
    ]
    if let reporter = a.reporter?.address {
      facts.append(ReportFact(name: text[.reportedBy], value: Defang.defang(reporter, as: .email), style: .mono))
    }
    if !a.facts.attachments.isEmpty {
      facts.append(
        ReportFact(
          name: text[.attachments],
          value: a.facts.attachments.map { $0.filename ?? $0.contentType }.joined(separator: ", ")
        ))
    }
    var body = String(a.facts.threadText.prefix(Limit.body))
    if a.facts.threadText.count > Limit.body {
      body += "\n" + text.p("more.characters", ["n": "\(a.facts.threadText.count - Limit.body)"])
    }
    return ReportSection(
      id: key + "-message", level: 3, title: text[.message],
      blocks: [.facts(facts), .paragraph(text[.body], .plain), .code(body)])
  }

  private func copies(_ c: Campaign) -> ReportSection {
    let rows = c.messageIndexes.map { i -> (String, [String]) in
      let m = messages[i]
      let a = m.analysis
      let date = a.facts.envelope.date
      let how =
        m.origin == "mailbox"
        ? text.p("copy.swept")
        : text.p("copy.reported", ["who": a.reporter?.address.map { Defang.defang($0, as: .email) } ?? text[.unknown]])
      return (
        date?.rfc3339 ?? "~",
        [
          date.map { dates.short($0) } ?? text[.unknown],
          a.facts.envelope.to.compactMap(\.address).map { Defang.defang($0, as: .email) }.joined(separator: ", "), how,
          Self.name(of: m.source),
        ]
      )
    }.sorted { $0.0 < $1.0 }.map(\.1)
    let (shown, more) = rows.cut(Limit.copies)
    let reported = c.messageIndexes.filter { messages[$0].origin != "mailbox" }.count
    var blocks: [ReportBlock] = [
      .paragraph(
        text.p(
          "copies.count",
          [
            "n": "\(c.messageIndexes.count)", "reported": "\(reported)",
            "swept": "\(c.messageIndexes.count - reported)",
          ]),
        .plain),
      .table(
        ReportTable(
          headers: [text[.date], text[.recipients], text.p("copy.how"), text.p("copy.source")], rows: Array(shown),
          mono: [1, 3])),
    ]
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    return ReportSection(id: c.id + "-copies", level: 3, title: text.p("copies"), blocks: blocks)
  }

  private func headers(_ index: Int, _ key: String) -> ReportSection {
    let a = messages[index].analysis
    var blocks: [ReportBlock] = [
      .paragraph(text.p("headers.copy", ["copy": Self.name(of: messages[index].source)]), .plain)
    ]
    let hops = a.chain.hops.sorted { $0.number < $1.number }
    let originHop = a.origin.hopNumber
    let (shown, more) = hops.cut(Limit.hops)
    blocks.append(
      .table(
        ReportTable(
          headers: ["#", text.p("hop.from"), text.p("hop.by"), text.p("hop.with"), text[.date]],
          rows: shown.map { h in
            // Host names and addresses as the hop gives them, defanged by kind.
            let from = [
              h.hop.from.map { Defang.defang($0, as: .domain) },
              h.hop.connectingIP.map { "[\(Defang.defang($0.text, as: $0.isIPv6 ? .ipv6 : .ipv4))]" },
            ].compactMap { $0 }.joined(separator: " ")
            return [
              "\(h.number)" + (h.number == originHop ? " ◀ " + text.p("origin") : ""),
              from, Defang.defang(h.hop.by ?? "", as: .domain),
              (h.hop.with ?? "") + (h.hop.authenticated ? text.parenthesized(text.p("hop.authenticated")) : ""),
              h.hop.date.map { dates.short($0) } ?? "",
            ]
          }, mono: [1, 2, 3])))
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    if hops.isEmpty { blocks.append(.paragraph(text.p("hops.none"), .unknown)) }
    blocks.append(
      .facts([
        ReportFact(
          name: text.p("origin"),
          value: a.origin.ip.map { Defang.defang($0.text, as: $0.isIPv6 ? .ipv6 : .ipv4) } ?? text[.unknown],
          style: .mono),
        ReportFact(
          name: text.p("origin.why"), value: Defang.defangText(text.originReasoning(a.origin, hops: hops.count))),
        ReportFact(name: text.p("auth.stamped"), value: stamped(a.authentication)),
        ReportFact(name: text.p("auth.verified"), value: verified(a)),
      ]))
    return ReportSection(id: key + "-headers", level: 3, title: text.p("headers"), blocks: blocks)
  }

  private func stamped(_ s: AuthenticationSummary) -> String {
    let parts = [("SPF", s.spf, s.spfDomain), ("DKIM", s.dkim, s.dkimDomain), ("DMARC", s.dmarc, s.dmarcDomain)]
      .compactMap { name, result, domain in
        result.map { "\(name) \($0)" + (domain.map { " (\(Defang.defang($0, as: .domain)))" } ?? "") }
      }
    return parts.isEmpty ? text.p("auth.none") : parts.joined(separator: ", ")
  }

  private func verified(_ a: MessageAnalysis) -> String {
    guard let results = a.dkim else { return text.p("auth.notVerified", ["why": text.dkimStatus(a.dkimStatus)]) }
    if results.isEmpty { return text.p("auth.noSignature") }
    return results.map { r in
      "DKIM \(r.result)" + (r.domain.map { " (d=\(Defang.defang($0, as: .domain)))" } ?? "")
    }.joined(separator: ", ")
  }

  private func recipients(_ c: Campaign) -> ReportSection {
    let (targets, moreTargets) = c.targets.cut(Limit.targets)
    var blocks: [ReportBlock] = [.list(targets.map { ReportItem(text: text.target($0)) }, ordered: false)]
    if moreTargets > 0 { blocks.append(.paragraph(text.more(moreTargets), .plain)) }
    let (rows, more) = c.recipients.cut(Limit.recipients)
    blocks.append(
      .table(
        ReportTable(
          headers: [text[.address], text[.kind], text[.employee], text[.pattern], text[.breaches]],
          rows: rows.map { r in
            [
              Defang.defang(r.address, as: .email), text.kind(r.kind),
              r.employee.map { Defang.defang($0, as: .email) } ?? "", r.pattern.map(text.pattern) ?? "",
              text.breaches(r.breaches),
            ]
          }, mono: [0, 2])))
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    return ReportSection(id: c.id + "-targets", level: 3, title: text[.targets], blocks: blocks)
  }

  private func breaches(_ c: Campaign) -> ReportSection {
    var blocks: [ReportBlock] = []
    let o = c.breachOverlap
    if o.checked {
      blocks.append(
        .facts([
          ReportFact(
            name: text[.commonBreaches], value: o.common.isEmpty ? text[.none] : o.common.joined(separator: ", ")),
          ReportFact(
            name: text[.dataClasses], value: o.dataClasses.isEmpty ? text[.none] : o.dataClasses.joined(separator: ", ")
          ),
        ]))
      let names = o.breaches.keys.sorted()
      if !names.isEmpty {
        // One row per breach, its addresses in a cell: the table keeps its width however many
        // breaches there are.
        let (shown, more) = names.cut(Limit.recipients)
        blocks.append(
          .table(
            ReportTable(
              headers: [text.p("breach"), text[.date], text[.dataClasses], text.p("breach.addresses")],
              rows: shown.map { name in
                let addresses = o.perAddress.filter { $0.value.contains(name) }.map(\.key).sorted()
                return [
                  name, o.breaches[name]?.date ?? "", o.breaches[name]?.dataClasses.joined(separator: ", ") ?? "",
                  addresses.map { Defang.defang($0, as: .email) }.joined(separator: ", "),
                ]
              }, mono: [3])))
        if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
      }
    } else {
      blocks.append(.paragraph(text[.notChecked], .unknown))
      blocks.append(
        .list(
          [
            ReportItem(
              text: text.p("lookup.hibp"),
              links: [ReportLink(label: "haveibeenpwned.com", url: "https://haveibeenpwned.com/")])
          ], ordered: false))
    }
    return ReportSection(id: c.id + "-breaches", level: 3, title: text[.leakedData], blocks: blocks)
  }

  private func exposure(_ c: Campaign) -> ReportSection {
    let (shown, more) = c.exposure.cut(Limit.targets)
    var blocks: [ReportBlock] = [
      .list(
        shown.map { e in
          e.found.isEmpty
            ? ReportItem(
              text: "\(e.name): \(text[.searches])",
              links: e.searches.map { ReportLink(label: URL(string: $0)?.host ?? $0, url: $0) })
            : ReportItem(text: "\(e.name): " + e.found.map { "\($0.platform) — \($0.note)" }.joined(separator: "; "))
        }, ordered: false)
    ]
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    return ReportSection(id: c.id + "-exposure", level: 3, title: text[.socialExposure], blocks: blocks)
  }

  private func reputation(_ c: Campaign) -> ReportSection {
    var items = report.intelFacts(c, text.language).map { ReportItem(text: $0) }
    if items.isEmpty { items = [ReportItem(text: text[.intelNotAsked], style: .unknown)] }
    if let provider = provider(c) { items.append(ReportItem(text: text.p("context.provider", ["provider": provider]))) }
    if c.label == "bec", reputationAllClean(c) {
      items.append(ReportItem(text: text.p("context.reputationClean"), style: .alert))
    }
    var lookups: [ReportLink] = []
    for ip in c.originIPs {
      lookups.append(ReportLink(label: "VirusTotal " + ip, url: "https://www.virustotal.com/gui/ip-address/\(ip)"))
      lookups.append(ReportLink(label: "AbuseIPDB " + ip, url: "https://www.abuseipdb.com/check/\(ip)"))
    }
    // Only plain host names go into a link (a hostile domain cannot end it or add to it).
    for domain in Set(c.senders.compactMap { $0.split(separator: "@").last.map(String.init) }).sorted()
    where domain.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) {
      lookups.append(ReportLink(label: "VirusTotal " + domain, url: "https://www.virustotal.com/gui/domain/\(domain)"))
    }
    if !lookups.isEmpty { items.append(ReportItem(text: text.p("lookup.manual"), links: lookups)) }
    return ReportSection(
      id: c.id + "-reputation", level: 3, title: text[.reputation], blocks: [.list(items, ordered: false)])
  }

  /// Whether every reputation source asked about the campaign's origins said clean (no
  /// AbuseIPDB score of 25 or more, no VirusTotal engine calling it malicious).
  func reputationAllClean(_ c: Campaign) -> Bool {
    let answers = c.messageIndexes.compactMap { report.result.intel[messages[$0].key]?.origin }
    let asked = answers.filter { $0.abuseipdb != nil || $0.virustotal?.stats != nil }
    guard !asked.isEmpty else { return false }
    return asked.allSatisfy { o in
      (o.abuseipdb.map { $0.abuseConfidenceScore < 25 } ?? true) && (o.virustotal?.stats?.malicious ?? 0) == 0
    }
  }

  private func conclusions(_ c: Campaign) -> ReportSection {
    let items = c.conclusions.map { conclusion in
      let (shown, more) = conclusion.evidence.cut(Limit.evidence)
      return ReportItem(
        text: text.conclusion(conclusion),
        children: shown.map(text.evidence) + (more > 0 ? [text.more(more)] : []))
    }
    return ReportSection(
      id: c.id + "-conclusions", level: 3, title: text[.conclusions], blocks: [.list(items, ordered: false)])
  }

  private func flow(_ c: Campaign) -> ReportSection {
    let boxes = c.attackFlow.enumerated().map {
      ReportFlowBox(number: $0.offset + 1, text: text.step($0.element), known: $0.element.known)
    }
    let steps = c.attackFlow.map { step in
      let (shown, more) = step.evidence.cut(Limit.evidence)
      return ReportItem(
        text: text.step(step) + (step.known ? "" : " " + text.p("step.unsettled")),
        style: step.known ? .plain : .unknown,
        children: shown.map(text.evidence) + (more > 0 ? [text.more(more)] : []))
    }
    return ReportSection(
      id: c.id + "-flow", level: 3, title: text[.attackFlow], blocks: [.flow(boxes), .list(steps, ordered: true)])
  }

  // MARK: The rest

  private func cleanGroups(_ clean: [Campaign]) -> ReportSection {
    let (shown, more) = clean.cut(Limit.cleanGroups)
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          headers: [text.p("group"), text.p("copies"), text[.senders], text[.subjects]],
          rows: shown.map { c in
            [
              c.id, "\(c.messageIndexes.count)",
              c.senders.map { Defang.defang($0, as: .email) }.joined(separator: ", "),
              c.subjects.first ?? "",
            ]
          }, mono: [2]))
    ]
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    return ReportSection(id: "clean", level: 2, title: text.p("clean.title"), blocks: blocks)
  }

  private func recommendations(_ flagged: [Campaign]) -> ReportSection {
    var items: [ReportItem] = []
    if flagged.contains(where: { !$0.engagement.isEmpty }) {
      items.append(ReportItem(text: text.p("recommend.engaged"), style: .alert))
    }
    items.append(ReportItem(text: text[.recommendBlock]))
    items.append(ReportItem(text: text[.recommendWarn]))
    let policies = report.profile?.policies ?? []
    if policies.isEmpty {
      items.append(ReportItem(text: text[.recommendAwareness]))
    } else {
      for p in policies { items.append(ReportItem(text: text.p("recommend.policy", ["policy": p]))) }
    }
    items.append(ReportItem(text: text[.recommendSNS]))
    let all = flagged.flatMap(\.messageIndexes)
    let reported = all.filter { messages[$0].origin != "mailbox" }.count
    items.append(
      ReportItem(
        text: text.p(
          "recommend.report", ["reported": "\(reported)", "n": "\(all.count)", "swept": "\(all.count - reported)"])))
    return ReportSection(
      id: "recommendations", level: 2, title: text[.recommendations], blocks: [.list(items, ordered: false)])
  }

  /// What the analyst looked up by hand (`--evidence`), each with its source, date and file.
  private func manualEvidence() -> ReportSection {
    let (shown, more) = report.result.evidence.cut(Limit.recipients)
    var blocks: [ReportBlock] = [
      .paragraph(text.p("evidence.intro"), .plain),
      .table(
        ReportTable(
          headers: [
            text.p("evidence.indicator"), text.p("evidence.source"), text.p("evidence.result"), text[.date],
            text.p("evidence.note"), text.p("copy.source"),
          ],
          rows: shown.map { r in
            [Defang.defangText(r.indicator), r.source, r.result, r.date, r.note, r.file]
          }, mono: [0])),
    ]
    if more > 0 { blocks.append(.paragraph(text.more(more), .plain)) }
    return ReportSection(id: "evidence", level: 2, title: text.p("evidence"), blocks: blocks)
  }

  private func indicators() -> ReportSection {
    let shareable = IOCPolicy(report: report, includeInternal: options.includeInternal)
    let (shown, more) = report.iocs.cut(Limit.iocs)
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          headers: [text[.type], text[.defanged], text.p("ioc.use")],
          rows: shown.map { ioc in
            [text.p("ioctype." + ioc.type.rawValue), ioc.defanged, text.p("ioc." + shareable.use(ioc).rawValue)]
          },
          mono: [1]))
    ]
    if more > 0 { blocks.append(.paragraph(text.more(more) + " " + text.p("ioc.files"), .plain)) }
    return ReportSection(id: "iocs", level: 2, title: text[.iocs], blocks: blocks)
  }

  private func method() -> ReportSection {
    var items: [ReportItem] = []
    let reported = messages.filter { $0.origin != "mailbox" }.count
    items.append(
      ReportItem(
        text: text.p(
          "method.messages",
          ["n": "\(messages.count)", "reported": "\(reported)", "duplicates": "\(report.result.duplicates)"])))
    for s in report.result.sweeps {
      items.append(
        ReportItem(
          text: text.p(
            "method.sweep", ["mailbox": Self.name(of: s.mailbox), "n": "\(s.scanned)", "found": "\(s.found)"])))
    }
    if report.result.sweeps.isEmpty { items.append(ReportItem(text: text.p("method.noSweep"), style: .unknown)) }
    if report.result.intel.isEmpty && report.result.evidence.isEmpty {
      items.append(ReportItem(text: text.p("method.noIntel"), style: .unknown))
    }
    if !report.result.evidence.isEmpty {
      items.append(ReportItem(text: text.p("method.evidence", ["n": "\(report.result.evidence.count)"])))
    }
    if !report.result.campaigns.contains(where: \.breachOverlap.checked) {
      items.append(ReportItem(text: text.p("method.noBreaches"), style: .unknown))
    }
    let dkimChecked = messages.contains { $0.analysis.dkim != nil }
    items.append(ReportItem(text: text.p(dkimChecked ? "method.dkim" : "method.noDKIM")))
    items.append(ReportItem(text: text.p("method.limits")))
    return ReportSection(id: "method", level: 2, title: text.p("method"), blocks: [.list(items, ordered: false)])
  }
}
