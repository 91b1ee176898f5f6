import Analysis
import CaseStorage
import Foundation
import Investigation
import MailCore
import Testing

@testable import ReportIntake

/// The report mailbox with answers, against the real servers `.ci/run` starts: reports appended
/// to Dovecot by Python's imaplib, taken by ``ReportMailbox``, answered through Postfix's
/// submission port (STARTTLS, AUTH), delivered to the reporters' Dovecot mailboxes and read back
/// there by imaplib.
@Suite(
  "Answers to reporters through Postfix, read back from Dovecot",
  .enabled(
    if: ProcessInfo.processInfo.environment["BECSCOPE_TEST_IMAP"] != nil, "BECSCOPE_TEST_IMAP names no IMAP server"))
struct AnswersOverSMTPTests {
  static let imap = ProcessInfo.processInfo.environment["BECSCOPE_TEST_IMAP"] ?? ""
  static let submission = ProcessInfo.processInfo.environment["BECSCOPE_TEST_SUBMISSION"] ?? "localhost:10587"
  static let ca = ProcessInfo.processInfo.environment["BECSCOPE_TEST_MAIL_CA"] ?? "/tmp/becscope-mail/tls/ca.pem"
  static let reports = "Tests/InvestigationTests/Fixtures/case/reports"

  /// Runs `mail_fixture.py` against the IMAP server; its standard output.
  @discardableResult
  static func fixture(_ arguments: [String]) throws -> String {
    let colon = try #require(imap.lastIndex(of: ":"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments =
      ["Tests/CLITests/mail_fixture.py"] + arguments
      + ["--host", String(imap[..<colon]), "--port", String(imap[imap.index(after: colon)...]), "--ca", ca]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "mail_fixture.py \(arguments.first ?? "") failed")
    return String(decoding: data, as: UTF8.self)
  }

  /// The messages of a reporter's INBOX, as the fixture reads them.
  static func inbox(of user: String) throws -> [[String: Any]] {
    try fixture(["read", "--mailbox", "INBOX", "--user", user]).split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  /// The message in `user`'s INBOX that answers `report` with the subject prefix, once Postfix
  /// has delivered it (within 30 s).
  static func answer(to report: String, for user: String, subject: String) async throws -> [String: Any]? {
    for _ in 0..<60 {
      if let found = try inbox(of: user).first(where: {
        $0["in_reply_to"] as? String == report && ($0["subject"] as? String ?? "").hasPrefix(subject)
      }) {
        return found
      }
      try await Task.sleep(for: .milliseconds(500))
    }
    return nil
  }

  @Test(
    "acknowledged on receipt and answered with the result: each in the reporter's language, in reply to the report, without the lure's link or attachment"
  )
  func acknowledgeThenResult() async throws {
    let mailbox = "ANS-\(UUID().uuidString.prefix(8))"
    defer {
      _ = try? Self.fixture(["delete", "--mailbox", mailbox])
      _ = try? Self.fixture(["delete", "--mailbox", mailbox + "-done"])
    }
    // hana: the organisation's default (ja); alice: English by the directory; bob: not in the
    // directory (ja), reporting a lure with a link and an attachment.
    var profile = try OrganizationProfile.load(path: "Tests/InvestigationTests/Fixtures/case/org.yaml")
    profile.domains.append("becscope.test")
    profile.language = "ja"
    profile.directory = Directory(
      employees: profile.directory.employees + [
        Employee(email: "hana@becscope.test", familyName: "佐藤", givenName: "花", title: "経理部"),
        Employee(email: "alice@becscope.test", familyLatin: "Smith", givenLatin: "Alice", language: "en"),
      ])
    let lure = NSTemporaryDirectory() + "becscope-lure-\(UUID().uuidString).eml"
    try Data(ReporterAnswersTests.report(from: "bob@becscope.test", id: "\(UUID())")).write(
      to: URL(fileURLWithPath: lure))
    try Self.fixture([
      "append", "--mailbox", mailbox, "--reporter", "hana@becscope.test", "\(Self.reports)/report-2.eml",
    ])
    try Self.fixture([
      "append", "--mailbox", mailbox, "--reporter", "alice@becscope.test", "--inline-en",
      "\(Self.reports)/report-4.eml",
    ])
    try Self.fixture(["append", "--mailbox", mailbox, "--reporter", "bob@becscope.test", lure])

    let store = InMemoryCaseStore()
    let service = CaseService(
      store: store, investigator: Investigator(profile: profile, analyzer: Analyzer(profile: profile)), context: [],
      jobs: 2)
    var settings = ReportMailbox.Settings(
      url: try MailboxURL(parsing: "imaps://security%40becscope.test@\(Self.imap)/\(mailbox)"),
      password: "becscope-test-password")
    settings.caFile = Self.ca
    settings.processedFolder = mailbox + "-done"
    var answers = ReporterAnswers.Settings(from: "security@becscope.test")
    answers.submission = try SubmissionURL(parsing: "smtp://security%40becscope.test@\(Self.submission)")
    answers.password = "becscope-test-password"
    answers.caFile = Self.ca
    settings.answers = answers
    let intake = ReportMailbox(settings: settings, service: service)

    let first = try await intake.runOnce()
    #expect(first.fetched == 3 && first.added == 3 && first.answers.sent == 3, "\(first)")
    let answerer = ReporterAnswers(settings: answers, service: service)
    let records = try await answerer.records(in: try await service.openCase(named: "Report mailbox").id)
    #expect(records.count == 3 && records.allSatisfy { $0.status == .sent && $0.inReplyTo != nil })
    let expected = ["hana@becscope.test": "ja", "alice@becscope.test": "en", "bob@becscope.test": "ja"]
    for record in records {
      let user = record.to
      let language = try #require(expected[user])
      let got = try await Self.answer(
        to: record.inReplyTo!, for: user, subject: language == "ja" ? "受付: " : "Received: ")
      let message = try #require(got, "no acknowledgement reached \(user)")
      #expect(message["content_language"] as? String == language)
      #expect(message["message_id"] as? String == record.messageID)
      #expect(message["auto_submitted"] as? String == "auto-replied" && message["parts"] as? Int == 1)
      let text = message["text"] as? String ?? ""
      #expect(!text.contains("pay-now.example") && !text.contains("http") && !text.contains("invoice.pdf"))
      #expect(language == "ja" ? text.contains("受け付けました") : text.contains("Thank you for reporting"))
    }

    // An analyst decides hana's report is BEC: the next pass sends her the result, once.
    let caseID = try await service.openCase(named: "Report mailbox").id
    let hana = try #require(records.first { $0.to == "hana@becscope.test" })
    let stored = try #require(try await store.messages(in: caseID).first { $0.key == hana.key })
    try await store.setVerdict(
      VerdictOverride(caseID: caseID, sha256: stored.sha256, verdict: "bec", reason: "r", user: "ana"))
    let second = try await intake.runOnce()
    #expect(second.fetched == 0 && second.answers.sent == 1, "\(second)")
    let result = try #require(try await Self.answer(to: hana.inReplyTo!, for: "hana@becscope.test", subject: "調査結果: "))
    #expect((result["text"] as? String ?? "").contains("ビジネスメール詐欺"))
    #expect(try await intake.runOnce().answers == ReporterAnswers.Outcome())
  }
}
