import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation
import Reporting

/// The case's report and exports, built live from the store (the analyses kept there; no
/// network), in the requester's language.
extension Workbench {
  /// What can be downloaded from a case: the files `investigate` writes, and the PDF.
  static let exportNames = CaseFiles.names + ["report.pdf"]

  /// The case built from its stored messages and the analysts' verdicts.
  func build(_ record: CaseRecord) async throws -> CaseResult {
    let messages = try await serviceCall { () async throws(CaseError) in try await service.messages(in: record.id) }
    return await service.investigator.build(messages.messages, intel: nil)
  }

  func reportFiles(_ record: CaseRecord, language: ReportLanguage, tlp: TLP = .amber) async throws -> CaseFiles {
    let result = try await build(record)
    let report = CaseReport(result, profile: service.investigator.profile)
    let zone = service.investigator.profile?.timeZone.flatMap(TimeZone.init(identifier:))
    let notes = try await serviceCall { () async throws(CaseError) in try await service.notes(in: record.id) }
    return CaseFiles(
      report: report,
      options: ReportOptions(
        language: language, caseID: record.id, caseTitle: record.title, analyst: service.investigator.profile?.analyst,
        tlp: tlp, timeZone: zone ?? TimeZone(identifier: "UTC")!, created: record.createdAt,
        notes: notes.map(\.text)))
  }

  /// The case's report as a page, under the report's own policy (no script, no request).
  func reportPage(_ request: Request, id: String) async throws -> Response {
    _ = try await require(request, .viewer)
    let files = try await reportFiles(try await existingCase(id), language: Self.language(request))
    var response = Response(
      status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: files.rendered("report.html") ?? [])))
    response.headers[PagePolicy.csp] = ReportPage.contentSecurityPolicy + "; frame-ancestors 'none'"
    return response
  }

  /// A download from the case page (a form with the CSRF token; written to the audit log).
  func exportDownload(_ request: Request, id: String, name: String) async throws -> Response {
    let principal = try await require(request, .viewer)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    let tlp = try Self.tlp(form["tlp"])
    return try await export(id: id, name: name, language: Self.language(request), tlp: tlp, by: principal)
  }

  /// The TLP asked for: amber when not given (or, from a page's form, empty).
  static func tlp(_ raw: String?, strict: Bool = false) throws -> TLP {
    guard let raw, !(raw.isEmpty && !strict) else { return .amber }
    guard let tlp = TLP(rawValue: raw) else {
      throw WorkbenchError(.badRequest, "TLP is one of \(TLP.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return tlp
  }

  /// One export of a case as an attachment. The name is one of ``exportNames`` (anything else,
  /// a path included, is 404); the PDF needs Chromium on the server (503 without it).
  func export(id: String, name: String, language: ReportLanguage, tlp: TLP, by principal: Principal) async throws
    -> Response
  {
    guard Self.exportNames.contains(name) else {
      throw WorkbenchError(.notFound, "no export \(name); one of \(Self.exportNames.joined(separator: ", "))")
    }
    let files = try await reportFiles(try await existingCase(id), language: language, tlp: tlp)
    let bytes: [UInt8]
    if name == "report.pdf" {
      bytes = try await Self.pdf(files)
    } else {
      bytes = files.rendered(name) ?? []
    }
    try await audit(principal, "export", caseID: id, "\(name) (\(tlp.label), \(language.rawValue))")
    let type =
      switch name {
      case "report.pdf": "application/pdf"
      case "report.html": "text/html; charset=utf-8"
      case "report.md": "text/markdown; charset=utf-8"
      case "iocs.csv": "text/csv; charset=utf-8"
      case "iocs.txt": "text/plain; charset=utf-8"
      default: "application/json"
      }
    return Response(
      status: .ok, headers: [.contentType: type, .contentDisposition: Self.disposition("\(id.prefix(8))-\(name)")],
      body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The report printed by headless Chromium, in a folder of its own that is removed after.
  static func pdf(_ files: CaseFiles) async throws -> [UInt8] {
    let folder = NSTemporaryDirectory() + "becscope-pdf-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(files.rendered("report.html") ?? []).write(to: URL(fileURLWithPath: folder + "/report.html"))
    } catch {
      throw WorkbenchError(.internalServerError, "the report could not be written for printing")
    }
    let printed = Task.detached { () -> Result<[UInt8], PDFPrinter.Failure> in
      do throws(PDFPrinter.Failure) {
        _ = try PDFPrinter.print(folder: folder)
        return .success(Array(FileManager.default.contents(atPath: folder + "/report.pdf") ?? Data()))
      } catch {
        return .failure(error)
      }
    }
    switch await printed.value {
    case .success(let bytes): return bytes
    case .failure(let failure):
      throw WorkbenchError(
        failure.exitStatus == 69 ? .serviceUnavailable : .internalServerError,
        failure.description.replacingOccurrences(of: "--pdf: ", with: "PDF: ")
          .replacingOccurrences(of: "; the other files were written", with: ""))
    }
  }
}
