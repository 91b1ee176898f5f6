import CaseStorage
import Foundation
import Hummingbird
import Reporting

/// Exposure findings: what an analyst found of an employee on a business SNS or elsewhere,
/// recorded on the case and weighed by its builds (as `investigate --exposure FILE`).
extension Workbench {
  /// The case page's form.
  func addExposure(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    _ = try await exposure(
      APIModels.NewExposure(
        employee: form["employee"] ?? "", platform: form["platform"] ?? "", url: form["url"], note: form["note"]),
      on: id, by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  /// Records a finding (checked: an employee and a platform of at most 200 characters, an
  /// address and a note of at most 2,000); false when it was recorded already.
  func exposure(_ new: APIModels.NewExposure, on id: String, by principal: Principal) async throws -> ExposureFinding {
    _ = try await existingCase(id)
    let clean = { (text: String?) in text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
    let finding = ExposureFinding(
      caseID: id, employee: clean(new.employee), platform: clean(new.platform), url: clean(new.url),
      note: clean(new.note), user: principal.user)
    guard (1...200).contains(finding.employee.count), (1...200).contains(finding.platform.count),
      finding.url.count <= 2_000, finding.note.count <= 2_000
    else {
      throw WorkbenchError(
        .badRequest, "an exposure finding names the employee and the platform (1 to 200 characters each)")
    }
    let added = try await storeCall { () async throws(StoreError) in try await users.addExposure(finding) }
    if added {
      try await audit(principal, "exposure", caseID: id, "\(finding.employee) on \(finding.platform)")
    }
    return finding
  }

  func addExposureRoutes(to api: RouterGroup<WorkbenchContext>) {
    api.get("cases/:id/exposure") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      _ = try await existingCase(id)
      let found = try await storeCall { () async throws(StoreError) in try await users.exposure(in: id) }
      return try json(APIModels.ExposureList(findings: found.map(APIModels.Exposure.init)))
    }
    api.post("cases/:id/exposure") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.NewExposure.self, request)
      let finding = try await exposure(body, on: try context.id, by: principal)
      return try json(APIModels.Exposure(finding), status: .created)
    }
  }
}

extension APIModels {
  /// An exposure finding to record (a request).
  struct NewExposure: Decodable {
    var employee: String
    var platform: String
    var url: String?
    var note: String?
  }

  struct Exposure: Encodable {
    var employee: String
    var platform: String
    var url: String
    var note: String
    var user: String
    var at: Date

    init(_ f: ExposureFinding) {
      (employee, platform, url, note, user, at) = (f.employee, f.platform, f.url, f.note, f.user, f.at)
    }
  }

  struct ExposureList: Encodable { var findings: [Exposure] }
}
