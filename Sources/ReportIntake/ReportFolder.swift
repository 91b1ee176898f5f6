import CaseStorage
import Foundation
import Investigation
import Logging
import MailCore

/// A folder a mail gateway drops reports into, one file each (`.eml`, `.msg`, an mbox): every
/// file is taken into a case as a report, like a message of the report mailbox, then moved to a
/// processed subfolder; a file that cannot be taken is moved to an unreadable subfolder and
/// named. A file changed in the last ``Settings/settle`` seconds is left for the next pass (it
/// may still be being written); subfolders and hidden files are left alone; a symbolic link is
/// never followed (it could lead anywhere on the machine) but moved to the unreadable subfolder.
///
/// Each file enters the case once: it is stored before it is moved, and a file stored but not
/// moved (the process stopped between) is a repeat the next time, kept once by the case.
public struct ReportFolder: Sendable {
  public struct Settings: Sendable {
    public var folder: String
    /// The subfolders taken and unreadable files are moved to (made when missing).
    public var processedFolder = "Processed"
    public var unreadableFolder = "Unreadable"
    /// The case the reports enter (by id or title; made when missing).
    public var caseName = "Report mailbox"
    /// Files larger than this are not read: moved to the unreadable subfolder, named.
    public var maxMessageBytes = 50 << 20
    /// Files taken in at a time: at most this many, and at most ``maxBatchBytes`` by their sizes
    /// (with answers on, a batch's bytes are held whole).
    public var batchSize = 25
    public var maxBatchBytes = 64 << 20
    /// Seconds a file must have been left unchanged before it is read.
    public var settle: TimeInterval = 2
    /// Answers to the reporters; nil: none.
    public var answers: ReporterAnswers.Settings? = nil

    public init(folder: String) { self.folder = folder }
  }

  public let settings: Settings
  public let service: CaseService
  public let logger: Logger

  public init(settings: Settings, service: CaseService, logger: Logger = Logger(label: "becscope.intake")) {
    self.settings = settings
    self.service = service
    self.logger = logger
  }

  /// One pass: every settled file of the folder taken, in name order. Throws when the folder
  /// cannot be listed or a file cannot be moved (which would take it again and again).
  public func runOnce(now: Date = Date()) async throws(CaseError) -> ReportMailbox.Pass {
    let record = try await service.openCase(named: settings.caseName)
    var pass = ReportMailbox.Pass()
    let (files, links) = try waiting(now: now)
    for link in links {
      try move(link, to: settings.unreadableFolder)
      pass.unreadable.append(
        "\(path(link)): a symbolic link, not followed; moved to \(settings.unreadableFolder)")
    }
    let answerer = settings.answers.map { ReporterAnswers(settings: $0, service: service, logger: logger) }
    let sizes = Dictionary(files.map { ($0.name, $0.size) }, uniquingKeysWith: { a, _ in a })
    let batches = ReportMailbox.batches(
      files.map(\.name), sizes: sizes, count: settings.batchSize, bytes: settings.maxBatchBytes)
    for batch in batches {
      var sources: [InputSource] = []
      var bytes: [String: [UInt8]] = [:]
      var unreadable: [String: String] = [:]
      for file in batch {
        let path = path(file)
        let size = sizes[file] ?? 0
        if size > UInt64(settings.maxMessageBytes) {
          unreadable[file] = "\(path): \(size) bytes, more than the \(settings.maxMessageBytes) taken"
          continue
        }
        do {
          sources += try InputSource.expand([path])
          // The answers read the report's Message-ID and subject from its bytes.
          if answerer != nil { bytes[path] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) }
        } catch {
          unreadable[file] = "\(path): cannot be read (\(error))"
        }
      }
      pass.fetched += batch.count
      let summary = try await service.intake(sources, into: record.id)
      pass.added += summary.added
      pass.repeats += summary.duplicates
      for skipped in summary.skipped {
        // A file that held nothing to take goes to the unreadable subfolder; one bad message of
        // an mbox (`PATH#N`) is named, and its file, whose other messages were taken, is processed.
        if let file = batch.first(where: { skipped.path == path($0) }) {
          unreadable[file] = "\(skipped)"
        } else {
          pass.unreadable.append("\(skipped)")
        }
      }
      if let answerer {
        let reports = summary.taken.map { ReporterAnswers.Report(taken: $0, bytes: bytes[$0.source] ?? []) }
        pass.answers += try await answerer.acknowledge(reports, in: record)
      }
      for file in batch {
        if let reason = unreadable[file] {
          try move(file, to: settings.unreadableFolder)
          pass.unreadable.append(reason + "; moved to \(settings.unreadableFolder)")
        } else {
          try move(file, to: settings.processedFolder)
          pass.moved += 1
        }
      }
      logger.info(
        "took \(pass.fetched) of \(files.count) file(s): \(pass.added) new, \(pass.repeats) repeat(s), \(pass.unreadable.count) unreadable"
      )
    }
    if let answerer { pass.answers += try await answerer.answerResults(in: record.id) }
    return pass
  }

  /// Reads the folder until cancelled, a pass every `poll`; a failure is logged, kept in
  /// `status` and tried again at the next pass.
  public func run(
    poll: Duration = .seconds(5), status: IntakeStatus? = nil,
    onPass: @Sendable (ReportMailbox.Pass) async -> Void = { _ in }
  ) async {
    while !Task.isCancelled {
      do {
        let pass = try await runOnce()
        await status?.record(pass)
        await onPass(pass)
        for reason in pass.unreadable { logger.warning("report not taken: \(reason)") }
      } catch {
        logger.error("report folder \(settings.folder): \(error); trying again in \(poll)")
        await status?.record(failure: "\(error)", retry: Int(poll.components.seconds))
      }
      try? await Task.sleep(for: poll)
    }
  }

  func path(_ file: String) -> String { (settings.folder as NSString).appendingPathComponent(file) }

  /// The files to take now, by name, with their sizes; and the symbolic links, which are not
  /// followed.
  func waiting(now: Date) throws(CaseError) -> (files: [(name: String, size: UInt64)], links: [String]) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: settings.folder)
    } catch {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: settings.folder, isDirectory: &isFolder)
      throw CaseError(
        .input,
        exists && isFolder.boolValue
          ? "the report folder \(settings.folder) cannot be listed (permissions?)"
          : "the report folder \(settings.folder) does not exist (or is not a folder)")
    }
    var files: [(name: String, size: UInt64)] = []
    var links: [String] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path(name)) else { continue }
      let type = attributes[.type] as? FileAttributeType
      if type == .typeSymbolicLink {
        links.append(name)
        continue
      }
      guard type == .typeRegular else { continue }
      let modified = attributes[.modificationDate] as? Date ?? .distantPast
      if now.timeIntervalSince(modified) < settings.settle { continue }
      files.append((name, (attributes[.size] as? NSNumber)?.uint64Value ?? 0))
    }
    return (files, links)
  }

  /// Moves a file into a subfolder (made when missing); a name taken there already gets a suffix.
  func move(_ file: String, to subfolder: String) throws(CaseError) {
    let folder = path(subfolder)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      var target = (folder as NSString).appendingPathComponent(file)
      var n = 1
      while FileManager.default.fileExists(atPath: target) {
        n += 1
        target = (folder as NSString).appendingPathComponent("\(file).\(n)")
      }
      try FileManager.default.moveItem(atPath: path(file), toPath: target)
    } catch {
      throw CaseError(.input, "\(path(file)) cannot be moved to \(folder): \(error.localizedDescription)")
    }
  }
}
