import Analysis
import Foundation
import Intelligence
import MailCore

/// Builds a ``Campaign`` from its messages: recipients merged per employee, the attacker's
/// address pattern against the real one, private addresses tied to employees, breach overlap
/// and the conclusions it supports, social exposure, and the attack flow.
struct CampaignBuilder {
  let profile: OrganizationProfile?
  let exposure: [ExposureRecord]
  /// Address → breaches (HIBP), for the addresses looked up; nil when HIBP was not asked.
  let breaches: [String: [Breach]]?

  static let labelPriority = ["bec": 5, "phishing": 4, "spam": 3, "suspicious": 2, "clean": 1]

  /// The strongest verdict among a campaign's messages.
  static func label(_ analyses: [MessageAnalysis]) -> String {
    analyses.map(\.bec.verdict.label).max { labelPriority[$0, default: 0] < labelPriority[$1, default: 0] } ?? "clean"
  }

  func build(id: String, indexes: [Int], messages: [CaseMessage], intel: [String: IPIntel]) -> Campaign {
    let analyses = indexes.map { messages[$0].analysis }
    let label = Self.label(analyses)
    let senders = unique(analyses.compactMap { $0.facts.from?.address?.lowercased() })
    let subjects = unique(analyses.compactMap { $0.facts.subject })
    let ips = unique(analyses.compactMap { a in a.origin.ip.flatMap { $0.isNonPublic ? nil : $0.text } })
    let dates = analyses.compactMap { $0.facts.envelope.date?.rfc3339 }.sorted()
    let impersonated = unique(analyses.compactMap { $0.bec.impersonated?.displayName })

    var recipients = mergedRecipients(analyses)
    let targets = employeeTargets(recipients)
    if let breaches {
      for i in recipients.indices where recipients[i].kind != "external" || recipients[i].employee != nil {
        recipients[i].breaches = breaches[recipients[i].address].map { $0.map(\.name) }
      }
    }
    let pattern = patternSummary(recipients)
    let overlap = breachOverlap(recipients)
    let exposures = socialExposure(targets)
    let conclusions = conclude(recipients: recipients, overlap: overlap, pattern: pattern, exposure: exposures)
    let flow = attackFlow(
      analyses: analyses, targets: targets, pattern: pattern, conclusions: conclusions, exposure: exposures,
      senders: senders, ips: ips, intel: intel, impersonated: impersonated, dates: dates)
    let scenario = analyses.filter { $0.bec.verdict.label == label && $0.bec.verdict.scenario != nil }
      .max { $0.bec.verdict.score < $1.bec.verdict.score }?.bec.verdict.scenario
    return Campaign(
      id: id, label: label, messageIndexes: indexes, senders: senders, subjects: subjects, originIPs: ips,
      firstSeen: dates.first, lastSeen: dates.last, recipients: recipients,
      targets: targets, addressPattern: pattern, breachOverlap: overlap, conclusions: conclusions, exposure: exposures,
      attackFlow: flow, impersonated: impersonated, scenario: scenario)
  }

  // MARK: Recipients

  /// Every recipient of every copy once; unlisted outside addresses tied to an employee by
  /// name tokens when the same copy also reached that employee.
  func mergedRecipients(_ analyses: [MessageAnalysis]) -> [CampaignRecipient] {
    var out: [CampaignRecipient] = []
    var index: [String: Int] = [:]
    let employees = profile?.directory.employees ?? []
    for a in analyses {
      let reached = Set(a.bec.recipients.compactMap(\.employee))
      for r in a.bec.recipients {
        var entry = CampaignRecipient(
          address: r.address, kind: r.kind.rawValue, employee: r.employee, pattern: r.pattern, breaches: nil,
          confidence: r.employee == nil ? nil : 1, matchedBy: nil)
        if r.kind == .external, let (employee, confidence, why) = Self.privateMatch(r.address, employees) {
          entry.kind = "personal"
          entry.employee = employee.email
          entry.confidence = min(1, confidence + (reached.contains(employee.email) ? 0.15 : 0))
          entry.matchedBy = why + (reached.contains(employee.email) ? "; the same copy reached this employee" : "")
        }
        if let i = index[r.address] {
          if out[i].employee == nil { out[i] = entry }
        } else {
          index[r.address] = out.count
          out.append(entry)
        }
      }
    }
    return out
  }

  /// An outside address whose local part holds an employee's given name and family name (or
  /// its consonants, `tkd` for Takada): a private address the directory does not list.
  static func privateMatch(_ address: String, _ employees: [Employee]) -> (Employee, Double, String)? {
    guard let at = address.lastIndex(of: "@") else { return nil }
    let local = address[..<at].lowercased()
    let tokens = local.split(whereSeparator: { !$0.isLetter }).map { NameMatcher.romaji(String($0)) }.filter {
      $0.count >= 2
    }
    guard !tokens.isEmpty else { return nil }
    var best: (Employee, Double, String)? = nil
    for e in employees where !e.givenLatin.isEmpty && !e.familyLatin.isEmpty {
      let given = NameMatcher.romaji(e.givenLatin)
      let family = NameMatcher.romaji(e.familyLatin)
      let consonants = String(family.filter { !"aeiou".contains($0) })
      let hasGiven = tokens.contains(given)
      var score = 0.0
      var why = ""
      if hasGiven && tokens.contains(family) {
        score = 0.8
        why = "the local part holds \(e.givenLatin) and \(e.familyLatin)"
      } else if hasGiven && consonants.count >= 2 && tokens.contains(consonants) {
        score = 0.6
        why = "the local part holds \(e.givenLatin) and \(consonants) (the consonants of \(e.familyLatin))"
      } else if tokens.contains(given + family) || tokens.contains(family + given) {
        score = 0.7
        why = "the local part spells \(e.givenLatin) \(e.familyLatin)"
      }
      if score > (best?.1 ?? 0) { best = (e, score, why) }
    }
    return best
  }

  func employeeTargets(_ recipients: [CampaignRecipient]) -> [EmployeeTarget] {
    var order: [String] = []
    var grouped: [String: [CampaignRecipient]] = [:]
    for r in recipients {
      guard let e = r.employee else { continue }
      if grouped[e] == nil { order.append(e) }
      grouped[e, default: []].append(r)
    }
    let directory = profile?.directory
    return order.map { email in
      let list = grouped[email]!
      let name = directory?.employee(corporate: email)?.displayName ?? email
      let personal = list.filter { $0.kind == "personal" }
      let generated = list.filter { $0.kind == "generated" }
      let corporate = list.filter { $0.kind == "employee" }
      var parts: [String] = []
      for p in personal {
        parts.append("private \(p.address) (\(p.matchedBy == nil ? "listed" : "not listed, matched by name"))")
      }
      for g in generated { parts.append("generated \(g.address) (\(g.pattern ?? "?"))") }
      for c in corporate { parts.append("corporate \(c.address)") }
      return EmployeeTarget(
        employee: email, name: name, personal: personal.map(\.address), generated: generated.map(\.address),
        corporate: corporate.map(\.address), summary: "\(name) — " + parts.joined(separator: ", "))
    }
  }

  // MARK: Address pattern

  func patternSummary(_ recipients: [CampaignRecipient]) -> PatternSummary? {
    let generated = recipients.filter { $0.kind == "generated" }
    guard !generated.isEmpty else { return nil }
    var counts: [String: Int] = [:]
    for g in generated { counts[g.pattern ?? "?", default: 0] += 1 }
    let top = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!
    let real = realFormat()
    var text = "\(top.value) of \(generated.count) generated addresses follow \(top.key)"
    if let real { text += "; the real format is \(real)" }
    return PatternSummary(
      attackerPattern: top.key, matching: top.value, generated: generated.count, realFormat: real, text: text)
  }

  /// The pattern most of the directory's corporate addresses follow.
  func realFormat() -> String? {
    var counts: [String: Int] = [:]
    for e in profile?.directory.employees ?? [] where !e.givenLatin.isEmpty && !e.familyLatin.isEmpty {
      guard let at = e.email.lastIndex(of: "@") else { continue }
      let local = NameMatcher.romaji(String(e.email[..<at]))
      if let p = RecipientClassifier.patterns.first(where: {
        NameMatcher.romaji(RecipientClassifier.expand($0, given: e.givenLatin, family: e.familyLatin)) == local
      }) {
        counts[p, default: 0] += 1
      }
    }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  // MARK: Breaches

  func breachOverlap(_ recipients: [CampaignRecipient]) -> BreachOverlap {
    guard let breaches else {
      return BreachOverlap(common: [], dataClasses: [], perAddress: [:], breaches: [:], checked: false)
    }
    let privates = recipients.filter { $0.kind == "personal" }.map(\.address).filter { breaches[$0] != nil }
    var perAddress: [String: [String]] = [:]
    var summaries: [String: BreachSummary] = [:]
    for r in recipients {
      guard let list = breaches[r.address] else { continue }
      perAddress[r.address] = list.map(\.name)
      for b in list { summaries[b.name] = BreachSummary(date: b.breachDate, dataClasses: b.dataClasses) }
    }
    var common: Set<String>? = nil
    for p in privates {
      let names = Set(perAddress[p] ?? [])
      common = common.map { $0.intersection(names) } ?? names
    }
    let classes = Set(privates.flatMap { perAddress[$0] ?? [] }.flatMap { summaries[$0]?.dataClasses ?? [] })
    return BreachOverlap(
      common: (common ?? []).sorted(), dataClasses: classes.sorted(), perAddress: perAddress, breaches: summaries,
      checked: true)
  }

  // MARK: Conclusions

  func conclude(
    recipients: [CampaignRecipient], overlap: BreachOverlap, pattern: PatternSummary?, exposure: [SocialExposure]
  ) -> [Conclusion] {
    var out: [Conclusion] = []
    let privates = recipients.filter { $0.kind == "personal" }
    let generated = recipients.filter { $0.kind == "generated" }
    if let pattern {
      out.append(
        Conclusion(
          id: "addresses-generated-from-names", text: pattern.text,
          evidence: generated.map { "\($0.address) = \($0.pattern ?? "?") of \($0.employee ?? "?")" },
          values: [
            "count": "\(pattern.matching)", "total": "\(pattern.generated)", "pattern": pattern.attackerPattern,
            "real": pattern.realFormat ?? "",
          ]))
    }
    let withProfiles = exposure.filter { !$0.found.isEmpty }
    if !withProfiles.isEmpty {
      out.append(
        Conclusion(
          id: "social-exposure",
          text: "\(withProfiles.count) of \(exposure.count) targeted employees have public profiles naming the company",
          evidence: withProfiles.flatMap { e in e.found.map { "\(e.name): \($0.platform) \($0.note)" } },
          values: ["count": "\(withProfiles.count)", "total": "\(exposure.count)"]))
    }
    guard overlap.checked else {
      out.append(
        Conclusion(
          id: "breaches-unknown",
          text: "Breach exposure was not checked (HIBP not enabled): where the private addresses came from is unknown",
          evidence: []))
      return out
    }
    let looked = privates.filter { overlap.perAddress[$0.address] != nil }
    let exposed = looked.filter { !(overlap.perAddress[$0.address] ?? []).isEmpty }
    if !looked.isEmpty {
      out.append(
        Conclusion(
          id: "private-addresses-in-breaches",
          text: "\(exposed.count) of \(looked.count) private addresses appear in at least one breach",
          evidence: looked.map { "\($0.address): \((overlap.perAddress[$0.address] ?? []).joined(separator: ", "))" },
          values: ["count": "\(exposed.count)", "total": "\(looked.count)"]))
    }
    if looked.count >= 2 && exposed.count == looked.count && overlap.common.isEmpty {
      out.append(
        Conclusion(
          id: "lists-combined",
          text: "No breach holds all \(looked.count) private addresses: the attacker combined several lists",
          evidence: looked.map { "\($0.address): \((overlap.perAddress[$0.address] ?? []).joined(separator: ", "))" },
          values: ["total": "\(looked.count)"]))
    } else if !overlap.common.isEmpty {
      out.append(
        Conclusion(
          id: "common-breach",
          text: "Every private address is in \(overlap.common.joined(separator: ", ")): a likely source",
          evidence: overlap.common.map { "\($0): \(overlap.breaches[$0]?.dataClasses.joined(separator: ", ") ?? "")" },
          values: ["breaches": overlap.common.joined(separator: ", ")]))
    }
    if !exposed.isEmpty {
      let employerClasses = ["employers", "job titles", "occupations"]
      let withEmployer = overlap.breaches.filter { _, b in
        b.dataClasses.contains { employerClasses.contains($0.lowercased()) }
      }.map(\.key).sorted()
      // A breach recorded by name only (looked up by hand) says nothing of what it holds.
      let classesKnown = !overlap.breaches.values.contains { $0.dataClasses.isEmpty }
      if withEmployer.isEmpty && classesKnown {
        out.append(
          Conclusion(
            id: "employer-link-elsewhere",
            text:
              "None of these breaches records the employer or job title: the link from person to company came from elsewhere",
            evidence: overlap.breaches.keys.sorted().map {
              "\($0): \(overlap.breaches[$0]?.dataClasses.joined(separator: ", ") ?? "")"
            }))
      } else if !withEmployer.isEmpty {
        out.append(
          Conclusion(
            id: "employer-in-breach", text: "Breaches with the employer: \(withEmployer.joined(separator: ", "))",
            evidence: withEmployer, values: ["breaches": withEmployer.joined(separator: ", ")]))
      }
    }
    let generatedLooked = generated.filter { overlap.perAddress[$0.address] != nil }
    if !generatedLooked.isEmpty && generatedLooked.allSatisfy({ (overlap.perAddress[$0.address] ?? []).isEmpty }) {
      out.append(
        Conclusion(
          id: "generated-not-leaked",
          text:
            "The \(generatedLooked.count) generated corporate addresses are in no breach: they were built from names, not leaked",
          evidence: generatedLooked.map { "\($0.address): no breach" }, values: ["total": "\(generatedLooked.count)"]))
    }
    return out
  }

  // MARK: Social exposure

  func socialExposure(_ targets: [EmployeeTarget]) -> [SocialExposure] {
    let company = profile?.name ?? ""
    return targets.map { t in
      let e = profile?.directory.employee(corporate: t.employee)
      let latin = [e?.givenLatin, e?.familyLatin].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      let native = [e?.familyName, e?.givenName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
      func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? s }
      var searches: [String] = []
      if !latin.isEmpty {
        searches.append("https://www.linkedin.com/search/results/people/?keywords=\(q(latin + " " + company))")
      }
      if !native.isEmpty { searches.append("https://www.wantedly.com/search?q=\(q(native))") }
      searches.append("https://www.google.com/search?q=\(q("\"\(native.isEmpty ? latin : native)\" \(company)"))")
      return SocialExposure(
        employee: t.employee, name: t.name, searches: searches,
        found: exposure.filter { $0.employee.lowercased() == t.employee.lowercased() })
    }
  }

  // MARK: Attack flow

  func attackFlow(
    analyses: [MessageAnalysis], targets: [EmployeeTarget], pattern: PatternSummary?, conclusions: [Conclusion],
    exposure: [SocialExposure], senders: [String], ips: [String], intel: [String: IPIntel], impersonated: [String],
    dates: [String]
  ) -> [FlowStep] {
    var steps: [FlowStep] = []
    let ids = Set(conclusions.map(\.id))
    let privates = targets.flatMap(\.personal)
    if let c = conclusions.first(where: { $0.id == "lists-combined" }) ?? conclusions.first(where: {
      $0.id == "common-breach"
    })
      ?? conclusions.first(where: { $0.id == "private-addresses-in-breaches" })
    {
      steps.append(
        FlowStep(
          step: "Names and private addresses taken from leaked lists (\(c.text))", evidence: c.evidence, known: true,
          id: "target-list", values: ["conclusion": c.id].merging(c.values) { a, _ in a }))
    } else if !privates.isEmpty {
      steps.append(
        FlowStep(
          step: "Where the private addresses came from is unknown (breaches not checked)",
          evidence: privates.map { "private address targeted: \($0)" }, known: false, id: "target-list"))
    }
    if let c = conclusions.first(where: { $0.id == "social-exposure" }) {
      steps.append(
        FlowStep(
          step: "The employer found on business social networks", evidence: c.evidence, known: true,
          id: "employer-link",
          values: c.values))
    } else if ids.contains("employer-link-elsewhere") {
      steps.append(
        FlowStep(
          step: "The employer learnt elsewhere than the breaches (likely business social networks; not yet recorded)",
          evidence: conclusions.first { $0.id == "employer-link-elsewhere" }!.evidence, known: false,
          id: "employer-link"))
    }
    if let pattern {
      steps.append(
        FlowStep(
          step: "Corporate addresses generated from the names: \(pattern.text)",
          evidence: targets.flatMap { t in t.generated.map { "\($0) for \(t.name)" } }, known: true,
          id: "address-generation",
          values: [
            "count": "\(pattern.matching)", "total": "\(pattern.generated)", "pattern": pattern.attackerPattern,
            "real": pattern.realFormat ?? "",
          ]))
    }
    let providers = unique(analyses.compactMap { $0.bec.sender.provider })
    var infra = senders.map { "sender \($0)" } + providers.map { "provider \($0)" }
    for ip in ips {
      var text = "origin IP \(ip)"
      if let i = intel[ip] {
        let net = [
          i.network?.asn.map { "AS\($0)" }, i.network?.organization ?? i.virustotal?.asOwner, i.network?.country,
        ]
        .compactMap { $0 }
        if !net.isEmpty { text += " (\(net.joined(separator: ", ")))" }
        if let r = i.abuseipdb { text += ", AbuseIPDB \(r.abuseConfidenceScore)/100" }
        if let m = i.virustotal?.stats?.malicious { text += ", VirusTotal: \(m) malicious detections" }
      }
      infra.append(text)
    }
    steps.append(
      FlowStep(
        step: "Sent from \(providers.first.map { "an account at \($0)" } ?? "outside infrastructure")",
        evidence: infra, known: !infra.isEmpty, id: "infrastructure",
        values: [
          "provider": providers.first ?? "", "senders": senders.joined(separator: ", "),
          "ips": ips.joined(separator: ", "),
        ]))
    let cues = unique(analyses.flatMap { $0.bec.cues.map { "\($0.key): \"\($0.value)\"" } }).sorted()
    steps.append(
      FlowStep(
        step: impersonated.isEmpty ? "The lure" : "The lure impersonates \(impersonated.joined(separator: ", "))",
        evidence: cues + unique(analyses.map { "verdict \($0.bec.verdict.label) \($0.bec.verdict.score)/100" }),
        known: true, id: "lure", values: ["impersonated": impersonated.joined(separator: ", ")]))
    steps.append(
      FlowStep(
        step: "\(analyses.count) copies reached \(targets.count) employees"
          + (dates.isEmpty ? "" : " between \(dates.first!) and \(dates.last!)"),
        evidence: targets.map(\.summary), known: true, id: "delivery",
        values: [
          "copies": "\(analyses.count)", "employees": "\(targets.count)", "first": dates.first ?? "",
          "last": dates.last ?? "",
        ]))
    return steps
  }

  private func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}
