import Analysis
import CaseStorage
import Foundation
import IMAPClient
import Investigation
import Logging
import MailCore

/// Answers to the employees who report mail: an acknowledgement when the report is taken, and
/// the result once an analyst has decided the verdict or the case is closed. Each is written in
/// the reporter's language (the directory's `language` column, else the profile's `language:`,
/// else English), sent over SMTP submission or written to a dry-run folder, and recorded in the
/// case's audit log (action `answer`), which also keeps it from being sent twice.
///
/// Only the organisation's own people are answered (addresses in its domains; without a profile,
/// in the answering address's domain), never a message sent by a machine, never the answering
/// address itself: a report mailbox must not become a source of backscatter.
public struct ReporterAnswers: Sendable {
  public struct Settings: Sendable {
    /// The answers' `From` and envelope sender (the report mailbox's address, usually).
    public var from: String
    /// Where answers are handed over; nil with a dry-run folder.
    public var submission: SubmissionURL?
    public var password = ""
    public var caFile: String?
    /// Answers are written here as `.eml` files instead of being sent.
    public var dryRunFolder: String?
    public var acknowledge = true
    public var results = true
    /// A failed answer is tried again on later passes, this many times in all.
    public var maxAttempts = 3

    public init(from: String) { self.from = from.lowercased() }
  }

  /// How many answers a pass wrote, by what became of them.
  public struct Outcome: Sendable, Equatable {
    public var sent = 0
    public var dryRun = 0
    public var failed = 0
    public var skipped = 0
    public init() {}

    mutating func count(_ answer: ReporterAnswer) {
      switch answer.status {
      case .sent: sent += 1
      case .dryRun: dryRun += 1
      case .failed: failed += 1
      case .skipped: skipped += 1
      case .off: break
      }
    }

    public static func += (a: inout Outcome, b: Outcome) {
      a.sent += b.sent
      a.dryRun += b.dryRun
      a.failed += b.failed
      a.skipped += b.skipped
    }
  }

  /// A report just taken: what the case service said of it, and what its own header says.
  public struct Report: Sendable {
    public var taken: CaseService.Taken
    /// The report's Message-ID (without angle brackets).
    public var messageID: String?
    public var subject: String
    /// Sent by a machine (`Auto-Submitted` other than `no`).
    public var automatic: Bool

    /// Reads the report's own header (the first 256 KiB at most; the body is not parsed).
    public init(taken: CaseService.Taken, bytes: [UInt8]) {
      self.taken = taken
      var end = min(bytes.count, 256 << 10)
      var i = 0
      while i + 1 < end {
        if bytes[i] == 0x0A, bytes[i + 1] == 0x0A || (bytes[i + 1] == 0x0D && i + 2 < end && bytes[i + 2] == 0x0A) {
          end = i + 1
          break
        }
        i += 1
      }
      let message = MessageParser().parse(Array(bytes[..<end]) + [0x0D, 0x0A, 0x0D, 0x0A])
      messageID = message.messageID.flatMap { id in
        id.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }) && id.count < 256
          ? id : nil
      }
      subject = message.subject ?? ""
      let auto = message.headers.first { $0.key == "auto-submitted" }?.value.trimmingCharacters(in: .whitespaces)
      automatic = auto.map { !$0.lowercased().hasPrefix("no") } ?? false
    }
  }

  public static let auditAction = "answer"
  /// The audit log's user for what the report mailbox does.
  public static let auditUser = "report-mailbox"

  public let settings: Settings
  public let service: CaseService
  public let logger: Logger

  public init(settings: Settings, service: CaseService, logger: Logger = Logger(label: "becscope.answers")) {
    self.settings = settings
    self.service = service
    self.logger = logger
  }

  var profile: OrganizationProfile? { service.investigator.profile }

  // MARK: Acknowledgements

  /// Acknowledges each report not acknowledged yet (or remembers it for its result, when
  /// acknowledgements are off).
  public func acknowledge(_ reports: [Report], in record: CaseRecord) async throws(CaseError) -> Outcome {
    var outcome = Outcome()
    guard !reports.isEmpty else { return outcome }
    var ledger = try await Ledger(records(in: record.id), maxAttempts: settings.maxAttempts)
    var mailer = Mailer(settings: settings)
    do {
      for report in reports {
        let to = report.taken.reporter?.lowercased() ?? ""
        var answer = ReporterAnswer(
          kind: .acknowledgement, status: .sent, to: to, language: language(of: to), report: report.taken.sha256,
          key: report.taken.key, inReplyTo: report.messageID.map { "<\($0)>" },
          reportSubject: AnswerLetter.quotable(report.subject), reportedAt: Date())
        guard !ledger.isSettled(answer.identity) else { continue }
        if let reason = skipReason(report, to: to) {
          answer.status = .skipped
          answer.reason = reason
        } else if !settings.acknowledge {
          answer.status = .off
        } else {
          await deliver(&answer, via: &mailer)
        }
        try await keep(answer, in: record.id)
        ledger.note(answer)
        outcome.count(answer)
      }
    } catch {
      await mailer.finish()
      throw error
    }
    await mailer.finish()
    return outcome
  }

  func skipReason(_ report: Report, to: String) -> String? {
    guard !to.isEmpty else { return "no reporter: the message was not forwarded by anyone" }
    guard SMTPConnection.isPlainAddress(to) else { return "\(to) is not an address an answer can go to" }
    guard to != settings.from else { return "the report came from the answering address itself" }
    guard !report.automatic else { return "the report was sent by a machine (Auto-Submitted)" }
    let domains = profile.map(\.domains).flatMap { $0.isEmpty ? nil : $0 } ?? [Self.domain(of: settings.from)]
    let domain = Self.domain(of: to)
    guard domains.contains(where: { domain == $0 || domain.hasSuffix("." + $0) }) else {
      return "\(to) is outside the organisation's domains (\(domains.joined(separator: ", ")))"
    }
    return nil
  }

  func language(of address: String) -> String {
    profile?.directory.employee(corporate: address)?.language ?? profile?.language ?? "en"
  }

  static func domain(of address: String) -> String {
    address.split(separator: "@").last.map { $0.lowercased() } ?? ""
  }

  // MARK: Results

  /// Sends the result of every acknowledged report whose verdict an analyst has decided, or, in
  /// a closed case, of every one (becscope's verdict where no analyst gave one).
  public func answerResults(in caseID: String) async throws(CaseError) -> Outcome {
    var outcome = Outcome()
    guard settings.results else { return outcome }
    let records = try await records(in: caseID)
    var ledger = Ledger(records, maxAttempts: settings.maxAttempts)
    var waiting: [ReporterAnswer] = []
    var seen: Set<String> = []
    for answer in records.reversed() where answer.kind == .acknowledgement {
      guard seen.insert(answer.identity).inserted, [.sent, .dryRun, .off].contains(answer.status) else { continue }
      var result = answer
      result.kind = .result
      if !ledger.isSettled(result.identity) { waiting.append(answer) }
    }
    guard !waiting.isEmpty else { return outcome }
    let store = service.store
    let (stored, closed) = try await Self.within("reading the case") {
      () throws(StoreError) -> ([StoredMessage], Bool) in
      (try await store.messages(in: caseID), try await store.caseRecord(id: caseID)?.status == .closed)
    }
    let overrides = try await service.verdicts(in: caseID)
    var byKey: [String: String] = [:]
    for m in stored where byKey[m.key] == nil { byKey[m.key] = m.sha256 }
    let held = Set(stored.map(\.sha256))
    var automatic: [String: String] = [:]
    if closed {
      for m in try await service.messages(in: caseID).messages { automatic[m.key] = m.analysis.bec.verdict.label }
    }
    var mailer = Mailer(settings: settings)
    do {
      for ack in waiting {
        let sha256 = held.contains(ack.report) ? ack.report : byKey[ack.key]
        guard let verdict = sha256.flatMap({ overrides[$0]?.verdict }) ?? (closed ? automatic[ack.key] : nil) else {
          continue
        }
        var answer = ack
        answer.kind = .result
        answer.status = .sent
        answer.verdict = verdict
        answer.messageID = nil
        answer.reason = nil
        answer.at = Date()
        await deliver(&answer, via: &mailer)
        try await keep(answer, in: caseID)
        ledger.note(answer)
        outcome.count(answer)
      }
    } catch {
      await mailer.finish()
      throw error
    }
    await mailer.finish()
    return outcome
  }

  // MARK: Writing, sending, recording

  func deliver(_ answer: inout ReporterAnswer, via mailer: inout Mailer) async {
    let employee = profile?.directory.employee(corporate: answer.to)
    let zone = profile?.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
    let letter = AnswerLetter(
      answer: answer, employee: employee, organisation: profile?.name ?? "", from: settings.from, timeZone: zone)
    let id = "<becscope.\(UUID().uuidString.lowercased())@\(Self.domain(of: settings.from))>"
    answer.messageID = id
    let bytes = letter.message(messageID: id, date: Date())
    if let folder = settings.dryRunFolder {
      let stamp = Int(Date().timeIntervalSince1970 * 1000)
      let name =
        "\(stamp)-\(answer.kind.rawValue)-\(answer.to.filter { $0.isLetter || $0.isNumber || "@.-_".contains($0) }).eml"
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(
          to: URL(fileURLWithPath: folder).appendingPathComponent(name), options: .withoutOverwriting)
        answer.status = .dryRun
        answer.reason = "written to \(folder)/\(name)"
      } catch {
        answer.status = .failed
        answer.reason = "cannot write \(folder)/\(name): \(error.localizedDescription)"
      }
    } else {
      do throws(IMAPError) {
        try await mailer.send(bytes, to: answer.to)
        answer.status = .sent
      } catch {
        answer.status = .failed
        answer.reason = "\(error)"
        logger.warning("answer to \(answer.to) not sent: \(error)")
      }
    }
  }

  /// Every answer recorded in the case, oldest first.
  public func records(in caseID: String) async throws(CaseError) -> [ReporterAnswer] {
    guard let log = service.store as? any WorkbenchStore else {
      throw CaseError(.failed, "this store keeps no audit log, where answers to reporters are recorded")
    }
    let entries = try await Self.within("reading the case's answers") { () throws(StoreError) -> [AuditEntry] in
      try await log.auditLog(caseID: caseID, limit: 1_000_000)
    }
    return entries.reversed().filter { $0.action == Self.auditAction }.compactMap { ReporterAnswer(json: $0.detail) }
  }

  func keep(_ answer: ReporterAnswer, in caseID: String) async throws(CaseError) {
    guard let log = service.store as? any WorkbenchStore else {
      throw CaseError(.failed, "this store keeps no audit log, where answers to reporters are recorded")
    }
    try await Self.within("recording an answer") { () throws(StoreError) in
      try await log.record(
        AuditEntry(at: answer.at, user: Self.auditUser, action: Self.auditAction, caseID: caseID, detail: answer.json))
    }
  }

  static func within<T>(_ what: String, _ body: () async throws(StoreError) -> T) async throws(CaseError) -> T {
    do {
      return try await body()
    } catch {
      throw CaseError(store: error, what)
    }
  }
}

/// What the case's records say of each answer: settled (sent, written, off, skipped, or failed
/// too often) or still to try.
struct Ledger {
  private var settled: Set<String> = []
  private var failures: [String: Int] = [:]
  let maxAttempts: Int

  init(_ records: [ReporterAnswer], maxAttempts: Int) {
    self.maxAttempts = maxAttempts
    for record in records { note(record) }
  }

  mutating func note(_ answer: ReporterAnswer) {
    if answer.status == .failed {
      failures[answer.identity, default: 0] += 1
      if failures[answer.identity, default: 0] >= maxAttempts { settled.insert(answer.identity) }
    } else {
      settled.insert(answer.identity)
    }
  }

  func isSettled(_ identity: String) -> Bool { settled.contains(identity) }
}

/// One SMTP submission connection, made when the first answer needs it and reused for the rest
/// of the pass; after a failure the next answer makes a new one.
struct Mailer: Sendable {
  let settings: ReporterAnswers.Settings
  private var connection: SMTPConnection?
  /// Why the server could not be reached or refused the sign-in: the rest of the pass fails at
  /// once with it rather than waiting on the server again for each answer.
  private var broken: IMAPError?

  init(settings: ReporterAnswers.Settings) { self.settings = settings }

  mutating func send(_ message: [UInt8], to recipient: String) async throws(IMAPError) {
    guard let url = settings.submission else {
      throw IMAPError(.configuration, "no submission server to send answers through")
    }
    if let broken { throw broken }
    if connection == nil {
      var smtp = SMTPConnection.Settings(
        host: url.host, port: url.port, security: url.security, caFile: settings.caFile)
      smtp.clientName =
        ReporterAnswers.domain(of: settings.from).isEmpty ? "localhost" : ReporterAnswers.domain(of: settings.from)
      do throws(IMAPError) {
        let made = try await SMTPConnection.connect(smtp)
        do {
          try await made.authenticate(user: url.user, password: settings.password)
        } catch {
          await made.close()
          throw error
        }
        connection = made
      } catch {
        broken = error
        throw error
      }
    }
    do {
      try await connection!.send(message, from: settings.from, to: [recipient])
    } catch {
      await connection?.close()
      connection = nil
      throw error
    }
  }

  func finish() async { await connection?.quit() }
}
