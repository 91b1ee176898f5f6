import Analysis
import Foundation
import Investigation
import MailCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a case to a folder: `case.json`, `report.md`, `report.html`, `iocs.txt`, `iocs.csv`,
/// `stix.json` and `misp.json`. Each file is written to a temporary name and renamed, so a
/// reader never sees half a file.
public struct CaseFiles: Sendable {
  public let report: CaseReport
  public let options: ReportOptions

  public init(report: CaseReport, options: ReportOptions) {
    self.report = report
    self.options = options
  }

  /// The jobs, the costliest first (so that two workers finish together): each writes one
  /// file, except the reports' job, which builds the report's one model and renders both
  /// reports from it (while another worker writes `case.json`).
  private var jobs: [@Sendable () -> [(name: String, content: Rendered)]] {
    let report = report
    let options = options
    return [
      { [("case.json", .text(report.json + "\n"))] },
      {
        let document = ReportBuilder(report: report, options: options).build()
        return [
          ("report.md", .text(CaseMarkdown(document: document).render())),
          ("report.html", .text(CaseHTML(document: document).render())),
        ]
      },
      { [("stix.json", .bytes(IOCExport.stix(report, options: options)))] },
      { [("misp.json", .bytes(IOCExport.misp(report, options: options)))] },
      { [("iocs.csv", .text(IOCExport.csv(report)))] },
      { [("iocs.txt", .text(IOCExport.text(report)))] },
    ]
  }

  /// A file written, and how long rendering and writing it took.
  public struct Written: Sendable {
    public var name: String
    public var seconds: Double
    /// Whether it is one of the indicator exports (`iocs.txt`, `iocs.csv`, STIX, MISP).
    public var isIndicatorExport: Bool { name.hasPrefix("iocs.") || name == "stix.json" || name == "misp.json" }
  }

  /// Writes every file, `jobs` at a time (only that many jobs' text is in memory at once),
  /// each first to a `.partial` file that is then moved into place; returns them in the
  /// documented order with their times (a job's time is its files' together, given to the first).
  @discardableResult
  public func write(to folder: String, jobs: Int = 2) async throws -> [Written] {
    let outcomes = await ParallelMap.map(self.jobs, jobs: jobs) { job -> Result<[Written], any Error> in
      let started = ContinuousClock.now
      let files = job()
      do {
        for file in files { try Self.save(file.content, to: (folder as NSString).appendingPathComponent(file.name)) }
      } catch {
        return .failure(error)
      }
      let elapsed = ContinuousClock.now - started
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      return .success(files.enumerated().map { Written(name: $0.element.name, seconds: $0.offset == 0 ? seconds : 0) })
    }
    let written = try outcomes.flatMap { try $0.get() }
    return Self.names.compactMap { name in written.first { $0.name == name } }
  }

  /// One file (by its name in ``names``) rendered in memory, as `write` would write it; nil
  /// for another name.
  public func rendered(_ name: String) -> [UInt8]? {
    switch name {
    case "case.json": Array((report.json + "\n").utf8)
    case "report.md":
      Array(CaseMarkdown(document: ReportBuilder(report: report, options: options).build()).render().utf8)
    case "report.html": Array(CaseHTML(document: ReportBuilder(report: report, options: options).build()).render().utf8)
    case "stix.json": IOCExport.stix(report, options: options)
    case "misp.json": IOCExport.misp(report, options: options)
    case "iocs.csv": Array(IOCExport.csv(report).utf8)
    case "iocs.txt": Array(IOCExport.text(report).utf8)
    default: nil
    }
  }

  /// The files' names, in the order `docs/interfaces.md` lists them.
  public static let names = ["case.json", "report.md", "report.html", "iocs.txt", "iocs.csv", "stix.json", "misp.json"]

  /// A file's content: text, or UTF-8 bytes written as they are.
  private enum Rendered {
    case text(String)
    case bytes([UInt8])
  }

  /// Writes a file's content to `path` through a `.partial` file, without copying it first, in
  /// writes of 1 MiB: one `write` of tens of megabytes was 25 times slower on Linux (measured
  /// 0.15 s against 0.006 s for 22 MB on ext4).
  private static func save(_ content: Rendered, to path: String) throws {
    let temporary = path + ".partial"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw WriteError(path: temporary, code: errno) }
    func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
      var offset = 0
      while offset < bytes.count {
        let n = systemWrite(fd, bytes.baseAddress! + offset, min(1 << 20, bytes.count - offset))
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += n
      }
      return nil
    }
    let failure: Int32?
    switch content {
    case .text(var text): failure = text.withUTF8(writeAll)
    case .bytes(let bytes): failure = bytes.withUnsafeBufferPointer(writeAll)
    }
    let closed = close(fd)
    if let failure { throw WriteError(path: temporary, code: failure) }
    guard closed == 0 else { throw WriteError(path: temporary, code: errno) }
    _ = try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.moveItem(atPath: temporary, toPath: path)
  }

  /// A case file that could not be written.
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var code: Int32
    public var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
  }
}

/// The system's `write(2)` (the type's own `write(to:)` hides the unqualified name).
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
  #else
    Darwin.write(fd, buffer, count)
  #endif
}

/// The report as a page, for a server that shows a case (`becscope serve`): the same model and
/// rendering as `report.html`, with its Content-Security-Policy for the response header.
public enum ReportPage {
  public static func html(_ report: CaseReport, options: ReportOptions) -> String {
    CaseHTML(document: ReportBuilder(report: report, options: options).build()).render()
  }

  /// The policy `report.html` carries in its `<meta>`: no script, no request, its style by hash.
  public static var contentSecurityPolicy: String { CaseHTML.policy }
}
