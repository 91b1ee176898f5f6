import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation

/// Mailbox sweeps started from the workbench: an uploaded export, or a path under the server's
/// sweep folder (`--sweep-root`), looked through for further copies of the case's flagged
/// campaigns in the background; the page shows a progress bar, the API the same counts.
extension Workbench {
  /// The case page's form: multipart (files) or a path; then the sweep's progress page.
  func startSweep(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let job = try await sweep(request, id: id, principal: principal, api: false)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)/sweeps/\(job.id)"])
  }

  /// What a sweep reads: the path, how the analyst named it, and the upload folder to remove
  /// when it is done (nil for a path under the sweep folder).
  struct SweepSource: Sendable {
    var mailbox: String
    var label: String
    var upload: String?

    func cleanup() { if let upload { try? FileManager.default.removeItem(atPath: upload) } }
  }

  /// Starts a sweep of the case from a request: uploaded files (`multipart/form-data`), or a
  /// `path` under the sweep folder (a form field, or JSON `{"path": …}`).
  func sweep(_ request: Request, id: String, principal: Principal, api: Bool) async throws -> SweepJobs.Job {
    _ = try await existingCase(id)
    let source = try await sweepSource(request, principal: principal, api: api)
    do {
      let messages = try await serviceCall { () async throws(CaseError) in try await service.messages(in: id).messages }
      guard !Investigator.sweepTargets(messages).isEmpty else {
        throw WorkbenchError(
          .conflict, "the case has no flagged campaign to look for: take the reported mail in first")
      }
      let run = SweepRun(service: service, source: source, caseID: id, messages: messages)
      let started = await sweeps.start(caseID: id, mailbox: source.label, user: principal.user, run.callAsFunction)
      guard let job = started else {
        throw WorkbenchError(
          .tooManyRequests, "a sweep of this case is running, or \(sweeps.limit) sweeps are: wait for it to finish")
      }
      try await audit(principal, "sweep", caseID: id, source.label)
      return job
    } catch {
      source.cleanup()
      throw error
    }
  }

  /// One sweep's work, as the job runs it: the case service's sweep, then the upload removed.
  struct SweepRun: Sendable {
    let service: CaseService
    let source: SweepSource
    let caseID: String
    let messages: [CaseMessage]

    func callAsFunction(_ progress: @escaping @Sendable (Int) -> Void) async throws -> SweepResult {
      do {
        let result = try await service.sweep(source.mailbox, caseID: caseID, messages: messages, progress: progress)
        source.cleanup()
        return result
      } catch {
        source.cleanup()
        throw error
      }
    }
  }

  func sweepSource(_ request: Request, principal: Principal, api: Bool) async throws -> SweepSource {
    let type = (request.headers[.contentType] ?? "").lowercased()
    if api, !type.hasPrefix("multipart/form-data"), !type.hasPrefix("application/json") {
      throw WorkbenchError(.unsupportedMediaType, "send JSON {\"path\": …} or the export as multipart/form-data")
    }
    if type.hasPrefix("multipart/form-data") {
      let (count, written) = try await receiveFiles(request, principal: principal)
      guard !written.paths.isEmpty else {
        try? FileManager.default.removeItem(atPath: written.folder)
        throw WorkbenchError(
          .badRequest, "nothing in the upload could be read: \(written.unreadable.joined(separator: "; "))")
      }
      return SweepSource(mailbox: written.folder, label: "\(count) uploaded file(s)", upload: written.folder)
    }
    let relative: String
    if type.hasPrefix("application/json") {
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      relative = try await Self.jsonBody(APIModels.NewSweep.self, request).path
    } else {
      let form = try await Self.form(request)
      try checkCSRF(form["csrf"], principal)
      relative = form["path"] ?? ""
    }
    return SweepSource(mailbox: try sweepPath(relative), label: relative, upload: nil)
  }

  /// A path under the sweep folder, resolved (symbolic links too) and checked to stay inside it.
  func sweepPath(_ relative: String) throws -> String {
    guard let root = settings.sweepRoot else {
      throw WorkbenchError(
        .forbidden, "sweeps of paths on the server are off (start it with --sweep-root DIR); upload the export instead")
    }
    guard !relative.isEmpty, relative.count <= 4_096, !relative.contains("\u{0}") else {
      throw WorkbenchError(.badRequest, "give the export's path under the sweep folder")
    }
    let base = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
    let target = URL(fileURLWithPath: base).appendingPathComponent(relative).standardizedFileURL
      .resolvingSymlinksInPath().path
    guard target == base || target.hasPrefix(base + "/") else {
      throw WorkbenchError(.forbidden, "\(relative) is outside the sweep folder")
    }
    guard FileManager.default.fileExists(atPath: target) else {
      throw WorkbenchError(.notFound, "no \(relative) in the sweep folder")
    }
    return target
  }

  /// A sweep's progress page: refreshed every two seconds while it runs.
  func sweepPage(_ request: Request, id: String, job jobID: String) async throws -> Response {
    let principal = try await require(request, .viewer)
    let record = try await existingCase(id)
    guard let job = await sweeps.job(jobID), job.caseID == id else {
      throw WorkbenchError(.notFound, "no such sweep on this server (sweeps are kept by the server that runs them)")
    }
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(principal, words)
    values["title"] = words["sweepLabel"]
    values["caseTitle"] = record.title
    values["id"] = id
    values["mailbox"] = job.mailbox
    values["state"] = words["sweep-\(job.state.rawValue)"] ?? job.state.rawValue
    values["running"] = job.state == .running
    if job.state == .running { values["refresh"] = "2" }
    values["progress"] = WorkbenchPages.swept(Self.language(request), scanned: job.scanned, found: job.found)
    values["elapsed"] = Int((job.finished ?? Date()).timeIntervalSince(job.started))
    if let error = job.error { values["error"] = error }
    return page("sweep", values)
  }

  func addSweepRoutes(to api: RouterGroup<WorkbenchContext>) {
    api.get("cases/:id/sweeps") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      _ = try await existingCase(id)
      return try json(APIModels.Sweeps(sweeps: await sweeps.jobs(of: id).map(APIModels.Sweep.init)))
    }
    api.post("cases/:id/sweeps") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      let job = try await sweep(request, id: try context.id, principal: principal, api: true)
      return try json(APIModels.Sweep(job), status: .accepted)
    }
    api.get("cases/:id/sweeps/:sweep") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      guard let job = await sweeps.job(try context.parameters.require("sweep")), job.caseID == id else {
        throw WorkbenchError(.notFound, "no such sweep on this server")
      }
      return try json(APIModels.Sweep(job))
    }
  }
}

extension APIModels {
  /// A sweep of a path under the server's sweep folder (a request).
  struct NewSweep: Decodable { var path: String }

  struct Sweep: Encodable {
    var id: String
    var case_id: String
    var mailbox: String
    var user: String
    var state: String
    var scanned: Int
    var found: Int
    var started_at: Date
    var finished_at: Date?
    var error: String?

    init(_ job: SweepJobs.Job) {
      (id, case_id, mailbox, user, state) = (job.id, job.caseID, job.mailbox, job.user, job.state.rawValue)
      (scanned, found, started_at, finished_at, error) = (job.scanned, job.found, job.started, job.finished, job.error)
    }
  }

  struct Sweeps: Encodable { var sweeps: [Sweep] }
}
