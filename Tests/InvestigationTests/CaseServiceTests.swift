import Analysis
import CaseStorage
import Foundation
import GRDB
import Investigation
import MailCore
import PostgresStorage
import Reporting
import Testing

/// The case service over every store: messages in once, analyses stored and read back, and
/// the same case whatever the backend.
@Suite("Case service")
struct CaseServiceTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/case")

  /// The stores the service is run over; PostgreSQL when `BECSCOPE_TEST_POSTGRES` names a server.
  static let backends: [String] = {
    guard let url = ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"], !url.isEmpty else {
      print("InvestigationTests: BECSCOPE_TEST_POSTGRES is not set; the case service is not run over PostgreSQL")
      return ["sqlite", "memory"]
    }
    return ["sqlite", "memory", "postgres"]
  }()

  static func open(_ backend: String) async throws -> any CaseStore {
    switch backend {
    case "sqlite":
      return try SQLiteCaseStore(path: NSTemporaryDirectory() + "becscope-service-\(UUID().uuidString)/case.sqlite")
    case "postgres":
      let server = try #require(ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"])
      let url = try await PostgresCaseStore.createDatabase(
        "becscope_service_\(UUID().uuidString.prefix(8).lowercased())", server: server)
      return try await PostgresCaseStore(url: url)
    default:
      return InMemoryCaseStore()
    }
  }

  static func service(_ store: any CaseStore, profile: OrganizationProfile?, context: String = "") -> CaseService {
    CaseService(
      store: store, investigator: Investigator(profile: profile, analyzer: Analyzer(profile: profile)),
      context: (profile?.analysisInput ?? []) + Array(context.utf8), jobs: 2)
  }

  /// `case.json` of a build, with a fixed generation time.
  static func caseJSON(_ result: CaseResult, _ profile: OrganizationProfile?) -> String {
    CaseReport(result, profile: profile, generatedAt: Date(timeIntervalSince1970: 1_800_000_000)).json
  }

  @Test("case.json is the same byte for byte: analysed fresh, read back, and on every backend")
  func sameCaseEverywhere() async throws {
    let profile = try OrganizationProfile.load(path: Self.folder.appendingPathComponent("org.yaml").path)
    let reports = try InputSource.expand([Self.folder.appendingPathComponent("reports").path])
    // The reference: every message parsed and analysed in memory, as before the case service.
    var fresh: [CaseMessage] = []
    let analyzer = Analyzer(profile: profile)
    for source in reports {
      try MessageReader(source: source).forEach { raw in
        let a = analyzer.analyze(MessageParser().parse(raw), source: raw.source)
        fresh.append(
          CaseMessage(key: "", origin: "reported", source: raw.source, analysis: a, fingerprint: Fingerprint(a)))
      }
    }
    // The repeated report is kept once by the service.
    var seen: Set<String> = []
    fresh = fresh.filter { seen.insert($0.analysis.envelope.messageID ?? $0.source).inserted }
    let investigator = Investigator(profile: profile, analyzer: analyzer)
    let reference = Self.caseJSON(await investigator.build(fresh, intel: nil), profile)

    var outputs: [String: String] = [:]
    for backend in Self.backends {
      let store = try await Self.open(backend)
      let service = Self.service(store, profile: profile)
      let record = try await service.openCase(named: "same everywhere")
      let intake = try await service.intake(reports, into: record.id)
      #expect(intake.added == fresh.count, "\(backend)")
      let (result, analysed) = try await service.build(record.id, intel: nil)
      #expect(analysed == 0, "\(backend): the intake's analyses are read back")
      outputs[backend] = Self.caseJSON(result, profile)
      // Another profile: every message analysed again once, then read back.
      let other = Self.service(store, profile: profile, context: "another profile")
      #expect(try await other.messages(in: record.id).analysed == fresh.count, "\(backend)")
      #expect(try await other.messages(in: record.id).analysed == 0, "\(backend)")
    }
    for (backend, json) in outputs {
      #expect(json == reference, "\(backend): case.json differs from the fresh analysis")
    }
    #expect(reference.contains("ejbjebduffy@optimum.net"))
  }

  @Test("exposure findings recorded on a case weigh as the --exposure file does, on every backend; the digest changes")
  func recordedExposure() async throws {
    let profile = try OrganizationProfile.load(path: Self.folder.appendingPathComponent("org.yaml").path)
    let reports = try InputSource.expand([Self.folder.appendingPathComponent("reports").path])
    let file = try ExposureRecord.load(path: Self.folder.appendingPathComponent("exposure.csv").path)
    for backend in Self.backends {
      let store = try await Self.open(backend)
      let workbench = try #require(store as? any WorkbenchStore)
      let service = Self.service(store, profile: profile)
      let record = try await service.openCase(named: "exposure")
      _ = try await service.intake(reports, into: record.id)
      let without = Self.caseJSON(try await service.build(record.id, intel: nil).result, profile)
      let before = try await service.digest(of: record.id)
      // The reference: the same messages built with the file, as `investigate --exposure` does.
      let withFile = CaseService(
        store: store,
        investigator: Investigator(profile: profile, analyzer: Analyzer(profile: profile), exposure: file),
        context: profile.analysisInput, jobs: 2)
      let reference = Self.caseJSON(try await withFile.build(record.id, intel: nil).result, profile)
      #expect(reference != without)
      for r in file {
        #expect(
          try await workbench.addExposure(
            ExposureFinding(
              caseID: record.id, employee: r.employee, platform: r.platform, url: r.url, note: r.note, user: "hana")))
      }
      #expect(
        try await !workbench.addExposure(
          ExposureFinding(
            caseID: record.id, employee: file[0].employee, platform: file[0].platform, url: file[0].url, note: "again",
            user: "ken")))
      #expect(try await service.exposure(in: record.id) == file, "\(backend)")
      #expect(try await service.digest(of: record.id) != before)
      let recorded = Self.caseJSON(try await service.build(record.id, intel: nil).result, profile)
      #expect(recorded == reference, "\(backend): findings in the store differ from the same findings in a file")
      await #expect(throws: StoreError.self) {
        try await workbench.addExposure(
          ExposureFinding(caseID: "nope", employee: "a", platform: "b", url: "", note: "", user: "hana"))
      }
    }
  }

  @Test("the analysis queue: a message whose bytes are gone is done as unreadable, once; the batch goes on")
  func missingBytes() async throws {
    let path = NSTemporaryDirectory() + "becscope-missing-\(UUID().uuidString)/case.sqlite"
    let store = try SQLiteCaseStore(path: path)
    let service = Self.service(store, profile: nil)
    let record = try await service.openCase(named: "missing bytes")
    let raws = (1...3).map {
      RawMessage(
        bytes: Array("From: a\($0)@example.test\r\nSubject: m\($0)\r\n\r\nbody \($0)\r\n".utf8), source: "m\($0).eml")
    }
    _ = try await service.intake(raws, provenance: .upload, into: record.id)
    let lost = try #require(try await store.messages(in: record.id).first { $0.provenance.source == "m2.eml" })
    // The bytes and the stored analysis of one message removed behind the store's back.
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let db = try DatabaseQueue(path: path, configuration: configuration)
    try await db.write { db in
      try db.execute(sql: "DELETE FROM rawMessages WHERE sha256 = ?", arguments: [lost.sha256])
      try db.execute(sql: "DELETE FROM analyses WHERE sha256 = ?", arguments: [lost.sha256])
    }
    let claimed = try await service.analyseQueued(worker: "w", limit: 10)
    #expect(claimed.count == 3)
    #expect(try await service.analyseQueued(worker: "w", limit: 10, staleAfter: 0).isEmpty)
    let (rows, _) = try await store.reports(ReportFilter(caseID: record.id), limit: 10, offset: 0)
    let row = try #require(rows.first { $0.key == lost.key })
    #expect(row.state == .done && row.verdict == "unreadable", "\(row)")
    #expect(row.subject?.contains("missing from the store") == true)
    #expect(rows.filter { $0.verdict != "unreadable" }.count == 2)
  }

  @Test("a case keeps what the analysis read, not the bytes; unreadable input is named, never stored")
  func factsNotBytes() async throws {
    let blob = Data((0..<300_000).map { UInt8($0 % 251) }).base64EncodedString(options: .lineLength76Characters)
    let lines = [
      "From: Taro Yamada <ejbjebduffy@optimum.net>", "To: a@corp.test", "Subject: Urgent request",
      "Message-ID: <big-1@optimum.net>", "Content-Type: multipart/mixed; boundary=\"b\"", "", "--b",
      "Content-Type: text/plain", "", "Reply to this mail today.", "--b",
      "Content-Type: application/pdf; name=\"invoice.pdf\"", "Content-Transfer-Encoding: base64", "",
      blob.replacingOccurrences(of: "\n", with: "\r\n"), "--b--", "",
    ]
    let raw = RawMessage(bytes: Array(lines.joined(separator: "\r\n").utf8), source: "upload-1.eml")
    let junk = RawMessage(bytes: [0, 1, 2, 3, 0xFF], source: "junk.bin")
    let store = InMemoryCaseStore()
    let service = Self.service(store, profile: nil)
    let record = try await service.openCase(named: "uploads")
    let intake = try await service.intake([raw, junk, raw], provenance: .upload, into: record.id)
    #expect(intake.added == 1 && intake.duplicates == 1)
    #expect(intake.analysed == 2, "the second copy of the same bytes is a repeat, not analysed")
    #expect(intake.skipped.map(\.path) == ["junk.bin"])
    let again = try await service.intake([raw], provenance: .upload, into: record.id)
    #expect(again.duplicates == 1 && again.analysed == 0)
    let stored = try await store.messages(in: record.id)
    #expect(stored.map(\.provenance) == [Provenance(kind: .upload, source: "upload-1.eml")])
    let loaded = try #require(try await service.messages(in: record.id).messages.first)
    #expect(loaded.analysis.message.buffers.allSatisfy { $0.isEmpty })
    #expect(loaded.analysis.facts.threadText.contains("Reply to this mail today."))
    let attachment = try #require(loaded.analysis.attachments.first)
    #expect(attachment.filename == "invoice.pdf" && attachment.size == 300_000 && attachment.sha256 != nil)
    let direct = Analyzer().analyze(MessageParser().parse(raw), source: raw.source)
    #expect(loaded.fingerprint == Fingerprint(direct))
    #expect(AnalyzeReport(loaded.analysis).jsonLine == AnalyzeReport(direct).jsonLine)
  }

  @Test("a campaign moves to another case with its messages; the rest stays")
  func moveCampaign() async throws {
    let profile = try OrganizationProfile.load(path: Self.folder.appendingPathComponent("org.yaml").path)
    let store = InMemoryCaseStore()
    let service = Self.service(store, profile: profile)
    let mixed = try await service.openCase(named: "mixed")
    let lure = Array(
      "From: news@shop.example\r\nTo: a@corp.test\r\nSubject: Weekly offers\r\nMessage-ID: <n1@shop.example>\r\n\r\nOur offers this week.\r\n"
        .utf8)
    let reports = try InputSource.expand([Self.folder.appendingPathComponent("reports").path])
    _ = try await service.intake(reports, into: mixed.id)
    _ = try await service.intake(
      [RawMessage(bytes: lure, source: "newsletter.eml")], provenance: .upload, into: mixed.id)
    let (result, _) = try await service.build(mixed.id, intel: nil)
    let report = CaseReport(result, profile: profile)
    try await service.record(
      report.campaigns.map { StoredCampaign(id: $0.id, json: SnakeCaseJSON.line($0)) }, in: mixed.id)
    let bec = try #require(report.campaigns.first)
    #expect(try #require(result.campaigns.first).messageIndexes.count == 5)
    let other = try await service.openCase(named: "the BEC campaign")
    #expect(try await service.moveCampaign(bec.id, from: mixed.id, to: other.id) == 5)
    #expect(try await store.messages(in: mixed.id).map(\.provenance.source) == ["newsletter.eml"])
    #expect(try await store.messages(in: other.id).count == 5)
    await #expect(throws: CaseError.self) { try await service.moveCampaign("campaign-9", from: mixed.id, to: other.id) }
  }

  @Test("cases by id or title; a case that does not exist is a typed error with its statuses")
  func cases() async throws {
    let service = Self.service(InMemoryCaseStore(), profile: nil)
    let a = try await service.openCase(named: "May lure")
    #expect(try await service.openCase(named: "May lure").id == a.id)
    #expect(try await service.openCase(named: a.id).id == a.id)
    #expect(try await service.openCase(named: "June lure").id != a.id)
    do {
      try await service.addNote("x", to: "no-such-case")
      Issue.record("a note was left on a case that does not exist")
    } catch {
      #expect(error.kind == .noSuchCase && error.exitStatus == 66 && error.httpStatus == 404)
    }
  }
}
