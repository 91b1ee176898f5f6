import Analysis
import CaseStorage
import Foundation
import Intelligence
import Investigation
import MailCore
import Reporting
import TestSupport
import Testing

/// The case study, end to end (`Fixtures/case`, a reconstruction with a fictional company):
/// five reported copies (one reported twice), a mailbox with two more copies and decoys, breach
/// records served by a local HIBP stand-in, and the analyst's exposure notes. Every conclusion
/// the analyst drew must come out, with its evidence.
@Suite("Investigation of the case study, end to end")
struct CaseStudyTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/case", withExtension: nil)!

  struct Expected: Decodable {
    var sender: String
    var origin_ip: String
    var reported_copies: Int
    var duplicates: Int
    var mailbox_copies: Int
    var targeted_employees: [String]
    var attacker_pattern: String
    var real_format: String
    var decoys: [String]
  }

  static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// A stand-in for HIBP that answers from `breaches.json` and records every request.
  static func hibp() throws -> LocalHTTPServer {
    let data = try Data(contentsOf: URL(fileURLWithPath: file("breaches.json")))
    let table = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    var answers: [String: String] = [:]
    for (address, records) in table {
      let body = try JSONSerialization.data(withJSONObject: records)
      answers[address.lowercased()] = String(decoding: body, as: UTF8.self)
    }
    let frozen = answers
    return try LocalHTTPServer { request in
      if request.target.hasPrefix("/abuse/check?") {
        return .answer(
          status: 200,
          body:
            #"{"data":{"ipAddress":"155.94.251.82","abuseConfidenceScore":0,"totalReports":0,"usageType":"Fixed Line ISP","isp":"Optimum","isTor":false}}"#
        )
      }
      guard request.target.hasPrefix("/api/v3/breachedaccount/"), request.headers["hibp-api-key"] == "k" else {
        return .answer(status: 401, body: "")
      }
      let encoded = request.target.dropFirst("/api/v3/breachedaccount/".count).split(separator: "?")[0]
      let address = String(encoded).removingPercentEncoding?.lowercased() ?? ""
      if let body = frozen[address] { return .answer(status: 200, body: body) }
      return .answer(status: 404, body: "")
    }
  }

  @Test("campaign, copies, targets, address pattern, breach conclusions, exposure and attack flow")
  func caseStudy() async throws {
    let expected = try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: URL(fileURLWithPath: Self.file("expected.json"))))
    let profile = try OrganizationProfile.load(path: Self.file("org.yaml"))
    let exposure = try ExposureRecord.load(path: Self.file("exposure.csv"))
    let server = try Self.hibp()
    let storePath = NSTemporaryDirectory() + "case-study-\(UUID().uuidString).sqlite"
    var settings = IntelSettings()
    settings.hibp.baseURL = server.baseURL.appendingPathComponent("api/v3")
    settings.hibp.key = "k"
    settings.hibp.requestsPerMinute = 60_000
    settings.hibpRecipients = true
    // AbuseIPDB answers "no reports", as it did in the case study.
    settings.abuseipdb.baseURL = server.baseURL.appendingPathComponent("abuse")
    settings.abuseipdb.key = "a"
    settings.abuseipdb.requestsPerMinute = 60_000
    settings.useDNS = false
    settings.storePath = storePath
    let lookup = try IntelLookup(settings: settings)
    let investigator = Investigator(profile: profile, analyzer: Analyzer(profile: profile), exposure: exposure)
    let service = CaseService(
      store: try SQLiteCaseStore(path: storePath), investigator: investigator, context: profile.analysisInput)
    let record = try await service.openCase(named: "case study")

    // Intake: five reports and one repeated report.
    let reports = try InputSource.expand([Self.file("reports")])
    let intake = try await service.intake(reports, into: record.id)
    #expect(intake.added == expected.reported_copies)
    #expect(intake.duplicates == expected.duplicates)

    // Who else got it: the mailbox sweep.
    let known = try await service.messages(in: record.id)
    #expect(known.analysed == 0, "the analyses of the intake are read back")
    #expect(
      CampaignGrouper().group(known.messages.map(\.fingerprint)).count == 1, "the five reported copies are one campaign"
    )
    #expect(Investigator.sweepTargets(known.messages).count == 1)
    let sweep = try await service.sweep(Self.file("mailbox.mbox"), caseID: record.id, messages: known.messages)
    #expect(sweep.scanned > 300)
    #expect(sweep.found == expected.mailbox_copies)

    var (result, analysed) = try await service.build(record.id, intel: lookup)
    #expect(analysed == 0)
    result.duplicates = intake.duplicates
    let bec = result.campaigns.filter { $0.label == "bec" }
    #expect(bec.count == 1)
    let c = try #require(bec.first)
    #expect(c.messageIndexes.count == expected.reported_copies + expected.mailbox_copies)
    #expect(c.senders == [expected.sender])
    #expect(c.originIPs == [expected.origin_ip])
    #expect(Set(c.targetedEmployees) == Set(expected.targeted_employees))
    let ids = Set(c.messageIndexes.compactMap { result.messages[$0].analysis.envelope.messageID })
    for decoy in expected.decoys {
      #expect(
        !ids.contains(decoy.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))), "decoy \(decoy) in the campaign")
    }

    // Targeting: every employee got a private and a generated address; the pattern is the attacker's.
    for t in c.targets {
      #expect(t.personal.count == 1, "\(t.name): \(t.summary)")
      #expect(t.generated.count == 1, "\(t.name): \(t.summary)")
    }
    #expect(
      c.recipients.filter { $0.kind == "personal" && $0.matchedBy != nil }.allSatisfy { ($0.confidence ?? 0) >= 0.6 })
    let pattern = try #require(c.addressPattern)
    #expect(pattern.attackerPattern == expected.attacker_pattern)
    #expect(pattern.realFormat == expected.real_format)
    #expect(pattern.matching == expected.targeted_employees.count)

    // The analyst's conclusions, each with evidence.
    let conclusions = Dictionary(uniqueKeysWithValues: c.conclusions.map { ($0.id, $0) })
    for id in [
      "addresses-generated-from-names", "private-addresses-in-breaches", "lists-combined", "employer-link-elsewhere",
      "generated-not-leaked", "social-exposure",
    ] {
      #expect(conclusions[id] != nil, "missing conclusion \(id)")
      #expect(conclusions[id]?.evidence.isEmpty == false, "\(id) without evidence")
    }
    #expect(conclusions["private-addresses-in-breaches"]?.values["count"] == "\(expected.targeted_employees.count)")
    #expect(c.breachOverlap.common.isEmpty)
    #expect(!c.breachOverlap.dataClasses.contains("Employers"))
    #expect(c.recipients.filter { $0.kind == "generated" }.allSatisfy { $0.breaches == [] })
    #expect(c.recipients.filter { $0.kind == "personal" }.allSatisfy { !($0.breaches ?? []).isEmpty })

    // The attack flow, in the analyst's order, every step known.
    #expect(
      c.attackFlow.map(\.id) == [
        "target-list", "employer-link", "address-generation", "infrastructure", "lure", "delivery",
      ])
    #expect(c.attackFlow.filter { !$0.known }.isEmpty)
    #expect(
      c.attackFlow.first { $0.id == "infrastructure" }?.evidence.contains { $0.contains(expected.origin_ip) } == true)

    // Only addresses went to HIBP, each once (a second build is served from the cache).
    let before = server.requests.count
    #expect(
      server.requests.allSatisfy { $0.target.hasPrefix("/api/v3/breachedaccount/") || $0.target.hasPrefix("/abuse/") })
    _ = try await service.build(record.id, intel: lookup)
    #expect(server.requests.count == before)

    // Re-running the intake adds nothing.
    let again = try await service.intake(reports, into: record.id)
    #expect(again.added == 0)

    // The files, in both languages.
    for language in ReportLanguage.allCases {
      let out = NSTemporaryDirectory() + "case-out-\(language.rawValue)-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let written = try await CaseFiles(
        report: CaseReport(result, profile: profile), options: ReportOptions(language: language)
      ).write(to: out)
      #expect(written.count == 7)
      let caseJSON = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/case.json")))
          as? [String: Any])
      let campaigns = try #require(caseJSON["campaigns"] as? [[String: Any]])
      let first = try #require(campaigns.first)
      for key in [
        "id", "label", "messages", "senders", "subjects", "origin_ips", "first_seen", "last_seen", "targeted_employees",
        "recipients", "breach_overlap", "attack_flow",
      ] {
        #expect(first[key] != nil, "campaign key \(key)")
      }
      #expect((first["breach_overlap"] as? [String: Any])?["common"] != nil)
      #expect((first["attack_flow"] as? [[String: Any]])?.first?["evidence"] != nil)
      #expect((caseJSON["messages"] as? [Any])?.count == result.messages.count)
      let iocs = try String(contentsOfFile: out + "/iocs.txt", encoding: .utf8)
      #expect(iocs.contains("155[.]94[.]251[.]82"))
      #expect(iocs.contains("ejbjebduffy@optimum[.]net"))
      let md = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
      #expect(md.contains(language == .ja ? "複数のリストを組み合わせた" : "the attacker combined several lists"))
      // Seven copies from one origin: its reputation is stated once.
      #expect(md.components(separatedBy: #"155\[.\]94\[.\]251\[.\]82: AbuseIPDB"#).count == 2)
      let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
      #expect(html.contains("class=\"flow\"") && !html.contains("<script") && !html.contains("href=\"http://"))
    }
  }
}
