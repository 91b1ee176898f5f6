import Analysis
import CaseStorage
import Foundation
import Investigation
import MailCore
import Testing

@testable import ReportIntake

/// Answers to reporters, written to a dry-run folder over a store in memory: who is answered, in
/// which language, what the answer quotes (never a link), that each is written once, and when the
/// result goes out (an analyst's verdict, the case closed).
@Suite("Answers to reporters")
struct ReporterAnswersTests {
  static let fixture = "Tests/InvestigationTests/Fixtures/case"
  static let lureURL = "https://pay-now.example/invoice?id=7731"

  /// A report forwarded as an attachment by `reporter`: the lure has a link in its subject and
  /// body, and an attachment.
  static func report(from reporter: String, id: String, autoSubmitted: Bool = false) -> [UInt8] {
    let lure = """
      From: "CEO" <ceo.private@gmail.example>\r
      To: staff@hisui-denki.example\r
      Subject: Overdue invoice \(lureURL) pay today\r
      Date: Tue, 10 Mar 2026 09:00:00 +0900\r
      Message-ID: <lure-\(id)@gmail.example>\r
      MIME-Version: 1.0\r
      Content-Type: multipart/mixed; boundary="inner"\r
      \r
      --inner\r
      Content-Type: text/plain; charset=utf-8\r
      \r
      Please pay at \(lureURL) before noon. Keep this confidential.\r
      --inner\r
      Content-Type: application/pdf; name="invoice.pdf"\r
      Content-Disposition: attachment; filename="invoice.pdf"\r
      Content-Transfer-Encoding: base64\r
      \r
      JVBERi0xLjQK\r
      --inner--\r

      """
    let report = """
      From: Reporter <\(reporter)>\r
      To: security@hisui-denki.example\r
      Subject: =?UTF-8?B?\(Data("転送: 不審なメール \u{202E}gnp.exe".utf8).base64EncodedString())?=\r
      Date: Tue, 10 Mar 2026 10:00:00 +0900\r
      Message-ID: <report-\(id)@hisui-denki.example>\r
      \(autoSubmitted ? "Auto-Submitted: auto-generated\r\n" : "")MIME-Version: 1.0\r
      Content-Type: multipart/mixed; boundary="outer"\r
      \r
      --outer\r
      Content-Type: text/plain; charset=utf-8\r
      \r
      Forwarding a suspicious mail.\r
      --outer\r
      Content-Type: message/rfc822\r
      \r
      \(lure)--outer--\r

      """
    return Array(report.utf8)
  }

  struct Setup {
    var service: CaseService
    var store: InMemoryCaseStore
    var record: CaseRecord
    var answers: ReporterAnswers
    var folder: String
    var reports: [ReporterAnswers.Report]
  }

  static func setup(acknowledge: Bool = true) async throws -> Setup {
    var profile = try OrganizationProfile.load(path: "\(fixture)/org.yaml")
    profile.directory = Directory(
      employees: profile.directory.employees.map { e in
        var e = e
        if e.email == "mika.sato@hisui-denki.example" { e.language = "ja" }
        return e
      })
    let store = InMemoryCaseStore()
    let service = CaseService(
      store: store, investigator: Investigator(profile: profile, analyzer: Analyzer(profile: profile)), context: [],
      jobs: 2)
    let record = try await service.openCase(named: "Report mailbox")
    let raws = [
      RawMessage(bytes: report(from: "mika.sato@hisui-denki.example", id: "1"), source: "imap://h/INBOX;UID=1"),
      RawMessage(bytes: report(from: "kenji.ito@hisui-denki.example", id: "2"), source: "imap://h/INBOX;UID=2"),
      RawMessage(bytes: report(from: "someone@gmail.example", id: "3"), source: "imap://h/INBOX;UID=3"),
      RawMessage(
        bytes: report(from: "yuki.ono@hisui-denki.example", id: "4", autoSubmitted: true),
        source: "imap://h/INBOX;UID=4"),
      RawMessage(bytes: report(from: "security@hisui-denki.example", id: "5"), source: "imap://h/INBOX;UID=5"),
    ]
    let summary = try await service.intake(raws, provenance: .imap, into: record.id)
    #expect(summary.taken.count == 5 && summary.skipped.isEmpty, "\(summary.skipped)")
    let folder = NSTemporaryDirectory() + "becscope-answers-\(UUID().uuidString)"
    var settings = ReporterAnswers.Settings(from: "security@hisui-denki.example")
    settings.dryRunFolder = folder
    settings.acknowledge = acknowledge
    var bytes: [String: [UInt8]] = [:]
    for raw in raws { bytes[raw.source] = raw.bytes }
    return Setup(
      service: service, store: store, record: record,
      answers: ReporterAnswers(settings: settings, service: service), folder: folder,
      reports: summary.taken.map { ReporterAnswers.Report(taken: $0, bytes: bytes[$0.source]!) })
  }

  /// The answers written so far, parsed, by file name.
  static func written(_ folder: String) throws -> [(name: String, message: Message)] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    return try names.map { name in
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
      // Nothing of the lure: not its link, not its host, not its attachment.
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains("pay-now.example") && !text.contains("invoice.pdf"), "\(name)")
      return (name, MessageParser().parse(bytes))
    }
  }

  @Test(
    "the organisation's reporters are acknowledged once, in their language, in reply to the report, quoting no link; others are not answered"
  )
  func acknowledgements() async throws {
    let s = try await Self.setup()
    let first = try await s.answers.acknowledge(s.reports, in: s.record)
    #expect(
      first
        == {
          var o = ReporterAnswers.Outcome(); o.dryRun = 2; o.skipped = 3; return o
        }())
    let files = try Self.written(s.folder)
    #expect(files.count == 2)
    let mika = try #require(files.first { $0.message.to.first?.address == "mika.sato@hisui-denki.example" }?.message)
    let kenji = try #require(files.first { $0.message.to.first?.address == "kenji.ito@hisui-denki.example" }?.message)
    #expect(mika.messageID != nil && mika.messageID != kenji.messageID)
    #expect(mika.envelope.inReplyTo == ["report-1@hisui-denki.example"])
    #expect(kenji.envelope.references == ["report-2@hisui-denki.example"])
    #expect(mika.bodyText.contains("佐藤 美香 様") && mika.bodyText.contains("受け付けました"))
    #expect(mika.subject?.hasPrefix("受付: 転送: 不審なメール") == true)
    #expect(kenji.bodyText.contains("Dear Kenji Ito,") && kenji.subject?.hasPrefix("Received: ") == true)
    for message in [mika, kenji] {
      #expect(message.headers.first { $0.key == "auto-submitted" }?.value == "auto-replied")
      #expect(message.attachments.isEmpty && message.parts.count == 1)
      // The right-to-left override of the report's subject is dropped.
      #expect(!(message.subject ?? "").unicodeScalars.contains("\u{202E}"))
    }
    // Again: nothing new is written.
    #expect(try await s.answers.acknowledge(s.reports, in: s.record) == ReporterAnswers.Outcome())
    #expect(try Self.written(s.folder).count == 2)
    let records = try await s.answers.records(in: s.record.id)
    #expect(records.count == 5)
    let reasons = records.filter { $0.status == .skipped }.compactMap(\.reason)
    // Mail forwarded from outside is not a report of the organisation's (the analysis names no
    // reporter); a reporter outside its domains is not answered either.
    #expect(reasons.contains { $0.contains("no reporter") }, "\(reasons)")
    let outsider = ReporterAnswers.Report(
      taken: CaseService.Taken(source: "x", sha256: "s", key: "k", reporter: "someone@gmail.example", added: true),
      bytes: Self.report(from: "someone@gmail.example", id: "9"))
    #expect(s.answers.skipReason(outsider, to: "someone@gmail.example")?.contains("outside the organisation") == true)
    #expect(reasons.contains { $0.contains("Auto-Submitted") })
    #expect(reasons.contains { $0.contains("answering address itself") })
  }

  @Test("the result goes out when an analyst decides the verdict, and for the rest when the case is closed; once")
  func results() async throws {
    let s = try await Self.setup(acknowledge: false)
    #expect(try await s.answers.acknowledge(s.reports, in: s.record).dryRun == 0)
    #expect(try Self.written(s.folder).isEmpty)
    // No verdict decided, the case open: nothing yet.
    #expect(try await s.answers.answerResults(in: s.record.id) == ReporterAnswers.Outcome())
    let mika = try #require(s.reports.first { $0.taken.reporter == "mika.sato@hisui-denki.example" })
    try await s.store.setVerdict(
      VerdictOverride(caseID: s.record.id, sha256: mika.taken.sha256, verdict: "bec", reason: "confirmed", user: "ana"))
    #expect(try await s.answers.answerResults(in: s.record.id).dryRun == 1)
    let decided = try #require(Self.written(s.folder).first?.message)
    #expect(decided.subject?.hasPrefix("調査結果: ") == true && decided.bodyText.contains("ビジネスメール詐欺"))
    #expect(!decided.bodyText.contains("confirmed"), "the analyst's reason stays in the case")
    #expect(try await s.answers.answerResults(in: s.record.id) == ReporterAnswers.Outcome())
    try await s.store.setStatus(.closed, of: s.record.id)
    #expect(try await s.answers.answerResults(in: s.record.id).dryRun == 1)
    let files = try Self.written(s.folder)
    let closing = try #require(files.first { $0.message.to.first?.address == "kenji.ito@hisui-denki.example" }?.message)
    #expect(closing.subject?.hasPrefix("Result: ") == true && closing.bodyText.contains("We have looked into"))
    #expect(try await s.answers.answerResults(in: s.record.id) == ReporterAnswers.Outcome())
    #expect(files.count == 2)
  }

  @Test("a failed answer is tried again on later passes, three times in all")
  func retries() {
    var answer = ReporterAnswer(
      kind: .acknowledgement, status: .failed, to: "a@x.example", language: "en", report: "r", key: "k",
      inReplyTo: nil, reportSubject: "", reportedAt: Date())
    var ledger = Ledger([answer, answer], maxAttempts: 3)
    #expect(!ledger.isSettled(answer.identity))
    ledger.note(answer)
    #expect(ledger.isSettled(answer.identity))
    answer.status = .sent
    answer.kind = .result
    #expect(Ledger([answer], maxAttempts: 3).isSettled(answer.identity))
  }

  @Test("a subject as quoted: controls and bidirectional overrides dropped, links defanged, 120 characters at most")
  func quotable() {
    let quoted = AnswerLetter.quotable("Pay\u{0007} now\u{202E}\t\t https://evil.example/x \u{200B}")
    #expect(!quoted.contains("https://evil.example") && quoted.contains("evil[.]example"))
    #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" || $0 == "\u{200B}" })
    #expect(!quoted.contains("  "))
    #expect(AnswerLetter.quotable(String(repeating: "長", count: 500)).count == 120)
  }

  @Test("encoded words: whole UTF-8 in each, 75 characters at most, the text given back")
  func encodedWords() {
    let text = "調査結果: 至急のお願い 🇯🇵 " + String(repeating: "é", count: 40)
    let encoded = AnswerLetter.encodedWords(text)
    let words = encoded.components(separatedBy: "\r\n ")
    #expect(words.count > 1 && words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") })
    let decoded = words.map { word -> String in
      let payload = word.dropFirst(10).dropLast(2)
      let bytes = Data(base64Encoded: String(payload))!
      #expect(String(data: bytes, encoding: .utf8) != nil, "a word cut inside a character")
      return String(decoding: bytes, as: UTF8.self)
    }
    #expect(decoded.joined() == text)
    #expect(AnswerLetter.encodedWords("Result: plain") == "Result: plain")
  }
}
