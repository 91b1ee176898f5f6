import CaseStorage
import Foundation
import IMAPClient
import Investigation
import Logging
import MailCore
import NIOCore

/// The report mailbox (`security@`): every message employees forwarded there is taken into a case
/// as a report, then moved to a processed folder (or, when the mailbox must stay as it is,
/// flagged). A report forwarded as an attachment or inline is unwrapped by the analysis; the
/// reporter is the forwarder.
///
/// Each message enters the case exactly once: the case keeps a message once by its key (its
/// Message-ID, else a hash of its content), so a message fetched again after a crash between the
/// store and the move, or read again from a mailbox made anew (a new UIDVALIDITY), is a repeat.
public struct ReportMailbox: Sendable {
  public struct Settings: Sendable {
    public var url: MailboxURL
    public var password: String
    public var caFile: String?
    /// Where taken reports go; nil: they stay, flagged `$BecscopeTaken` and `\Seen`.
    public var processedFolder: String? = "Processed"
    /// The case the reports enter (by id or title; made when missing).
    public var caseName = "Report mailbox"
    /// Reports larger than this are not fetched: flagged `$BecscopeTooLarge`, left in place and
    /// named in the run's summary.
    public var maxMessageBytes = 50 << 20
    /// Messages fetched and taken in at a time: at most this many, and at most
    /// ``maxBatchBytes`` by their sizes (a batch is held in memory whole).
    public var batchSize = 25
    public var maxBatchBytes = 64 << 20
    /// Answers to the reporters (acknowledgements and results); nil: none.
    public var answers: ReporterAnswers.Settings? = nil
    /// Test hook: called after each batch is stored and before it is moved.
    public var afterStore: (@Sendable (Int) -> Void)? = nil

    public init(url: MailboxURL, password: String) {
      self.url = url
      self.password = password
    }
  }

  /// What one pass over the mailbox did.
  public struct Pass: Sendable, Equatable {
    public var uidValidity: UInt64 = 0
    /// Messages fetched.
    public var fetched = 0
    public var added = 0
    public var repeats = 0
    /// Messages moved to the processed folder (or flagged).
    public var moved = 0
    /// Reports that could not be taken, with the reason (not mail, nothing to judge, too large).
    public var unreadable: [String] = []
    /// What became of the answers to reporters written in this pass.
    public var answers = ReporterAnswers.Outcome()
    public init() {}

    /// Nothing read, nothing refused, nothing answered: a pass not worth a line of output.
    public var isQuiet: Bool { fetched == 0 && unreadable.isEmpty && answers == ReporterAnswers.Outcome() }
  }

  public static let takenKeyword = "$BecscopeTaken"
  public static let tooLargeKeyword = "$BecscopeTooLarge"

  public let settings: Settings
  public let service: CaseService
  public let logger: Logger

  public init(settings: Settings, service: CaseService, logger: Logger = Logger(label: "becscope.intake")) {
    self.settings = settings
    self.service = service
    self.logger = logger
  }

  var answerer: ReporterAnswers? {
    settings.answers.map { ReporterAnswers(settings: $0, service: service, logger: logger) }
  }

  var connectionSettings: IMAPConnection.Settings {
    IMAPConnection.Settings(
      host: settings.url.host, port: settings.url.port, security: settings.url.security, caFile: settings.caFile)
  }

  /// Connects and signs in.
  public func connect() async throws(IMAPError) -> IMAPConnection {
    let connection = try await IMAPConnection.connect(connectionSettings)
    do {
      try await connection.authenticate(user: settings.url.user, password: settings.password)
    } catch {
      await connection.close()
      throw error
    }
    return connection
  }

  /// One pass: connect, take every waiting report, log out.
  public func runOnce() async throws -> Pass {
    let connection = try await connect()
    do {
      let pass = try await take(on: connection)
      await connection.logout()
      return pass
    } catch {
      await connection.close()
      throw error
    }
  }

  /// Takes every waiting report on an open connection.
  public func take(on connection: IMAPConnection) async throws -> Pass {
    let record = try await service.openCase(named: settings.caseName)
    var pass = Pass()
    if let folder = settings.processedFolder {
      if try await connection.create(folder) { logger.info("made the folder \(folder) for taken reports") }
    }
    let status = try await connection.select(settings.url.mailbox)
    pass.uidValidity = status.uidValidity
    var criteria = "UNDELETED UNKEYWORD \(Self.tooLargeKeyword)"
    if settings.processedFolder == nil { criteria += " UNKEYWORD \(Self.takenKeyword)" }
    let uids = try await connection.uidSearch(criteria)
    guard !uids.isEmpty else {
      if let answerer { pass.answers += try await answerer.answerResults(in: record.id) }
      return pass
    }
    logger.info("\(uids.count) report(s) waiting in \(settings.url)")
    var sizes: [UInt64: UInt64] = [:]
    for chunk in uids.chunked(500) { sizes.merge(try await connection.sizes(of: Array(chunk))) { a, _ in a } }
    let tooLarge = uids.filter { (sizes[$0] ?? 0) > UInt64(settings.maxMessageBytes) }
    if !tooLarge.isEmpty {
      try await connection.addFlags([Self.tooLargeKeyword], to: tooLarge)
      for uid in tooLarge {
        pass.unreadable.append(
          "\(settings.url.source(uidValidity: status.uidValidity, uid: uid)): \(sizes[uid] ?? 0) bytes, more than the \(settings.maxMessageBytes) taken; left in the mailbox"
        )
      }
    }
    let wanted = uids.filter { (sizes[$0] ?? 0) <= UInt64(settings.maxMessageBytes) }
    for batch in Self.batches(wanted, sizes: sizes, count: settings.batchSize, bytes: settings.maxBatchBytes) {
      let fetched = try await connection.fetch(batch)
      let raws = batch.compactMap { uid in
        fetched[uid].map {
          RawMessage(bytes: $0, source: settings.url.source(uidValidity: status.uidValidity, uid: uid))
        }
      }
      pass.fetched += raws.count
      let summary = try await service.intake(raws, provenance: .imap, into: record.id)
      pass.added += summary.added
      pass.repeats += summary.duplicates
      pass.unreadable += summary.skipped.map { "\($0)" }
      if let answerer {
        var bytes: [String: [UInt8]] = [:]
        for raw in raws { bytes[raw.source] = raw.bytes }
        let reports = summary.taken.map { ReporterAnswers.Report(taken: $0, bytes: bytes[$0.source] ?? []) }
        pass.answers += try await answerer.acknowledge(reports, in: record)
      }
      settings.afterStore?(pass.fetched)
      let taken = batch.filter { fetched[$0] != nil }
      if let folder = settings.processedFolder {
        try await connection.move(taken, to: folder)
      } else {
        try await connection.addFlags([Self.takenKeyword, "\\Seen"], to: taken)
      }
      pass.moved += taken.count
      logger.info(
        "took \(pass.fetched) of \(wanted.count): \(pass.added) new, \(pass.repeats) repeat(s), \(pass.unreadable.count) unreadable"
      )
    }
    if let answerer { pass.answers += try await answerer.answerResults(in: record.id) }
    return pass
  }

  /// Items (UIDs, file names) in order, cut into batches of at most `count` and `bytes` by their
  /// sizes (an item larger than `bytes` alone is a batch of one).
  static func batches<Item: Hashable>(_ items: [Item], sizes: [Item: UInt64], count: Int, bytes: Int) -> [[Item]] {
    var out: [[Item]] = []
    var current: [Item] = []
    var total: UInt64 = 0
    for item in items {
      let size = sizes[item] ?? 0
      if !current.isEmpty, current.count >= max(1, count) || total + size > UInt64(bytes) {
        out.append(current)
        current = []
        total = 0
      }
      current.append(item)
      total += size
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// Reads the mailbox until cancelled: a pass, then waiting for news (IDLE, else polling every
  /// `poll`), again; a failure is logged and the connection made again after a back-off of 1 s
  /// doubling to 5 minutes. `status` keeps the passes and failures; `onPass` hears of every pass.
  public func run(
    poll: TimeAmount = .seconds(60), status: IntakeStatus? = nil, onPass: @Sendable (Pass) async -> Void = { _ in }
  ) async {
    var backoff = 1
    while !Task.isCancelled {
      do {
        let connection = try await connect()
        backoff = 1
        do {
          while !Task.isCancelled {
            let pass = try await take(on: connection)
            await status?.record(pass)
            await onPass(pass)
            for reason in pass.unreadable { logger.warning("report not taken: \(reason)") }
            // IDLE is renewed well before the 29 minutes of RFC 2177.
            _ = try await connection.waitForNews(timeout: min(poll, .minutes(20)))
          }
          await connection.logout()
        } catch {
          await connection.close()
          throw error
        }
      } catch {
        if Task.isCancelled { break }
        logger.error("report mailbox \(settings.url): \(error); trying again in \(backoff) s")
        await status?.record(failure: "\(error)", retry: backoff)
        try? await Task.sleep(for: .seconds(backoff))
        backoff = min(backoff * 2, 300)
      }
    }
  }
}

extension Array {
  fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
