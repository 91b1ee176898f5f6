import Analysis
import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation
import MailCore
import ReportIntake
import Reporting

/// The inbox and a case: its campaigns, messages, notes; what an analyst changes on it.
extension Workbench {
  /// The inbox: the reported messages, newest first, with what the analysis queue found; filters
  /// (verdict, case status, campaign, dates), search, pages of 50; the cases below.
  func inbox(_ request: Request) async throws -> Response {
    let principal = try await require(request, .viewer)
    let (filter, window) = try Self.reportQuery(request)
    let (rows, total) = try await storeCall { () async throws(StoreError) in
      try await users.reports(filter, limit: window.limit, offset: window.offset)
    }
    let cases = try await storeCall { () async throws(StoreError) in try await service.store.cases() }
    let titles = Dictionary(cases.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(principal, words)
    values["title"] = words["inbox"]
    values["reports"] = rows.map { r -> [String: Any] in
      [
        "caseID": r.caseID, "case": titles[r.caseID] ?? r.caseID, "sha256": r.sha256,
        "added": Self.dates.short(r.addedAt), "subject": r.subject ?? (r.source as NSString).lastPathComponent,
        "sender": r.sender ?? "", "reporter": r.reporter ?? "", "verdict": r.verdict ?? r.state.rawValue,
        "scenario": r.scenario ?? "", "campaign": r.campaign.map { String($0.prefix(12)) } ?? "",
        "status": r.caseStatus ?? "", "kind": r.kind,
      ]
    }
    values["total"] = total
    values["range"] = total == 0 ? "0" : "\(window.offset + 1)–\(window.offset + rows.count)"
    let query = Self.queryString(request, dropping: "offset")
    if window.offset > 0 { values["previous"] = "/?\(query)offset=\(max(0, window.offset - window.limit))" }
    if window.offset + rows.count < total { values["next"] = "/?\(query)offset=\(window.offset + window.limit)" }
    values["filter"] = [
      "q": filter.search ?? "", "campaign": filter.campaign ?? "",
      "from": Self.query(request)["from"] ?? "", "to": Self.query(request)["to"] ?? "",
    ]
    values["verdicts"] = ([""] + Verdict.analystLabels + ["unreadable"]).map { v -> [String: Any] in
      ["value": v, "selected": v == (filter.verdict ?? "")]
    }
    values["statuses"] = ([""] + CaseRecord.Status.allCases.map(\.rawValue)).map { v -> [String: Any] in
      ["value": v, "selected": v == (filter.caseStatus ?? "")]
    }
    if cases.count > 200 { values["moreCases"] = cases.count - 200 }
    values["cases"] = cases.prefix(200).map { c -> [String: Any] in
      [
        "id": c.id, "title": c.title, "status": c.status.rawValue, "owner": c.owner ?? "",
        "updated": Self.dates.short(c.updatedAt),
      ]
    }
    values["analyst"] = principal.role >= .analyst
    if let intakeStatus { values["intake"] = Self.intakeValues(await intakeStatus.snapshot, words) }
    return page("inbox", values)
  }

  /// The report mailbox's panel on the inbox page.
  static func intakeValues(_ s: IntakeStatus.Snapshot, _ words: [String: String]) -> [String: Any] {
    let state: String =
      switch s.state {
      case .starting: words["intakeStarting"] ?? ""
      case .reading: words["intakeReading"] ?? ""
      case .failing: words["intakeFailing"] ?? ""
      }
    var values: [String: Any] = [
      "mailbox": s.mailbox, "state": s.state.rawValue, "stateText": state, "added": s.added, "repeats": s.repeats,
      "unreadable": s.unreadable, "answersSent": s.answersSent,
      "recentUnreadable": s.recentUnreadable, "hasRecentUnreadable": !s.recentUnreadable.isEmpty,
    ]
    if s.answersWritten > 0 { values["answersWritten"] = s.answersWritten }
    if s.answersFailed > 0 { values["answersFailed"] = s.answersFailed }
    if let at = s.lastPassAt { values["lastPass"] = dates.short(at) }
    if let error = s.lastError {
      values["lastError"] = error
      values["lastErrorAt"] = s.lastErrorAt.map(dates.short) ?? ""
      if let retry = s.retryInSeconds { values["retry"] = retry }
    }
    return values
  }

  /// The inbox's and `/api/v1/reports`' query: `verdict`, `status`, `campaign`, `q`, `from`, `to`
  /// (dates, `YYYY-MM-DD` or ISO 8601), `case`, `limit` (1–500, 50), `offset`.
  static func reportQuery(_ request: Request, strict: Bool = false) throws -> (ReportFilter, (limit: Int, offset: Int))
  {
    let q = query(request)
    // The API refuses a status or date given empty; the inbox's form sends its empty fields.
    for name in ["status", "from", "to"] where strict && q[name]?.isEmpty == true {
      throw WorkbenchError(.badRequest, "\(name) is empty; leave it out instead")
    }
    for (name, value) in q where strict && value.count > 200 {
      throw WorkbenchError(.badRequest, "\(name) is longer than 200 characters")
    }
    func text(_ name: String) -> String? {
      q[name].flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
    }
    func date(_ name: String) throws -> Date? {
      guard let raw = text(name) else { return nil }
      if let d = try? Date(raw, strategy: .iso8601) { return d }
      if let d = try? Date(raw + "T00:00:00Z", strategy: .iso8601) { return d }
      throw WorkbenchError(.badRequest, "\(name) is a date (YYYY-MM-DD or ISO 8601)")
    }
    if let v = text("status"), CaseRecord.Status(rawValue: v) == nil {
      throw WorkbenchError(.badRequest, "status is one of new, investigating, closed")
    }
    let filter = ReportFilter(
      caseID: text("case"), verdict: text("verdict"), caseStatus: text("status"), campaign: text("campaign"),
      search: text("q"), from: try date("from"), to: try date("to"))
    let limit = try integer(q["limit"], "limit", in: 1...500, default: 50)
    let offset = try integer(q["offset"], "offset", in: 0...10_000_000, default: 0)
    return (filter, (limit, offset))
  }

  /// The request's query without `name`, ready for another `name=` to be appended.
  static func queryString(_ request: Request, dropping name: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return query(request).filter { $0.key != name }.map {
      "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")="
        + "\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")&"
    }.sorted().joined()
  }

  /// A case: its campaigns (built live from the store, offline), messages and notes, the forms
  /// to change it, its report and exports.
  func casePage(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .viewer)
    let record = try await existingCase(id)
    let messages = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    let notes = try await storeCall { () async throws(StoreError) in try await service.store.notes(in: id) }
    let people = try await storeCall { () async throws(StoreError) in try await users.users() }
    let verdicts = try await serviceCall { () async throws(CaseError) in try await service.verdicts(in: id) }
    let built = try await build(record)
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(principal, words)
    values["title"] = record.title
    values["id"] = record.id
    values["status"] = record.status.rawValue
    values["owner"] = record.owner ?? "—"
    values["statuses"] = CaseRecord.Status.allCases.map { s -> [String: Any] in
      ["value": s.rawValue, "selected": s == record.status]
    }
    values["owners"] = people.filter { $0.role >= .analyst }.map { u -> [String: Any] in
      ["name": u.name, "selected": u.name == record.owner]
    }
    values["count"] = messages.count
    values["analyst"] = principal.role >= .analyst
    values["campaigns"] = built.campaigns.map { c -> [String: Any] in
      [
        "campaignID": c.id, "label": c.label, "scenario": c.scenario ?? "",
        "senders": c.senders.prefix(3).joined(separator: ", "),
        "subject": c.subjects.first ?? "", "copies": c.messageIndexes.count, "targets": c.targets.count,
        "origin": c.originIPs.prefix(3).joined(separator: ", "),
      ]
    }
    values["messages"] = messages.prefix(500).map { m in
      [
        "source": (m.provenance.source as NSString).lastPathComponent, "kind": m.provenance.kind.rawValue,
        "sha256": m.sha256, "reporter": m.provenance.reporter ?? "", "added": Self.dates.short(m.addedAt),
        "verdict": verdicts[m.sha256].map { "\($0.verdict) (\($0.user))" } ?? "",
      ]
    }
    if messages.count > 500 { values["more"] = messages.count - 500 }
    values["noteList"] = notes.map { ["at": Self.dates.string(from: $0.at), "text": $0.text] }
    let exposure = try await storeCall { () async throws(StoreError) in try await users.exposure(in: id) }
    values["hasExposure"] = !exposure.isEmpty
    values["exposureList"] = exposure.map {
      // The page's address is shown defanged, as text: never a link, never fetched.
      [
        "employee": $0.employee, "platform": $0.platform, "url": Inert.defangForLinkers($0.url), "note": $0.note,
        "user": $0.user,
      ]
    }
    values["hasCampaigns"] = !built.campaigns.isEmpty
    values["sweepRoot"] = settings.sweepRoot != nil
    let swept = await sweeps.jobs(of: id)
    values["hasSweeps"] = !swept.isEmpty
    values["sweepList"] = swept.prefix(20).map { job -> [String: Any] in
      [
        "job": job.id, "mailbox": job.mailbox, "state": words["sweep-\(job.state.rawValue)"] ?? job.state.rawValue,
        "progress": WorkbenchPages.swept(Self.language(request), scanned: job.scanned, found: job.found),
      ]
    }
    values["exports"] = Self.exportNames.map { ["name": $0] }
    values["otherCases"] = try await storeCall { () async throws(StoreError) in try await service.store.cases() }
      .filter { $0.id != id }.prefix(200).map { ["id": $0.id, "title": $0.title] }
    if let added = request.uri.queryParameters["added"].flatMap({ Int($0) }) {
      values["result"] = WorkbenchPages.uploaded(
        Self.language(request), added: added,
        repeats: request.uri.queryParameters["repeats"].flatMap { Int($0) } ?? 0,
        skipped: request.uri.queryParameters["skipped"].flatMap { Int($0) } ?? 0)
    }
    return page("case", values)
  }

  /// Makes a case (`title`), or opens the one of that title.
  func createCase(_ request: Request) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    let record = try await openCase(titled: form["title"] ?? "", by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(record.id)"])
  }

  func openCase(titled raw: String, by principal: Principal) async throws -> CaseRecord {
    let title = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !title.isEmpty, title.count <= 200 else {
      throw WorkbenchError(.badRequest, "a title is 1 to 200 characters")
    }
    let record = try await serviceCall { () async throws(CaseError) in try await service.openCase(named: title) }
    try await audit(principal, "case-opened", caseID: record.id, title)
    return record
  }

  /// Reported messages uploaded into a case (`.eml`, `.msg`, mbox; at most 25 MiB and 50 files
  /// a request), taken in by the case service like files on the command line.
  func upload(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let summary = try await receiveUpload(request, id: id, principal: principal)
    return Response(
      status: .seeOther,
      headers: [
        .location:
          "/cases/\(id)?added=\(summary.added)&repeats=\(summary.duplicates)&skipped=\(summary.unreadable.count)"
      ])
  }

  /// The files of a multipart upload taken into a case (the page's form and the API's route).
  func receiveUpload(_ request: Request, id: String, principal: Principal) async throws -> Received {
    _ = try await existingCase(id)
    let (count, written) = try await receiveFiles(request, principal: principal)
    defer { try? FileManager.default.removeItem(atPath: written.folder) }
    let summary: CaseService.IntakeSummary
    do {
      summary = try await service.intake(
        try InputSource.expand(written.paths), into: id, naming: written.folder + "/")
    } catch let error as CaseError {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    } catch {
      throw WorkbenchError(.unprocessableContent, "\(error)")
    }
    let unreadable =
      written.unreadable + summary.skipped.map { "\($0)".replacingOccurrences(of: written.folder + "/", with: "") }
    try await audit(
      principal, "upload", caseID: id,
      "\(count) file(s): \(summary.added) added, \(summary.duplicates) repeats, \(unreadable.count) unreadable"
    )
    return Received(added: summary.added, duplicates: summary.duplicates, unreadable: unreadable)
  }

  /// The files of a multipart upload (its CSRF token checked), written to a new temporary folder
  /// that the caller removes; how many files came.
  func receiveFiles(_ request: Request, principal: Principal) async throws -> (count: Int, written: Upload.Written) {
    var request = request
    let body: ByteBuffer
    do {
      body = try await request.collectBody(upTo: Upload.maxBytes)
    } catch {
      throw WorkbenchError(
        .contentTooLarge, "an upload is at most \(Upload.maxBytes >> 20) MiB; send fewer or smaller files")
    }
    guard let form = Upload(contentType: request.headers[.contentType] ?? "", body: Array(buffer: body)) else {
      throw WorkbenchError(.unsupportedMediaType, "send the files as multipart/form-data")
    }
    try checkCSRF(form.fields["csrf"] ?? request.headers[Self.csrfHeader], principal)
    guard !form.files.isEmpty else { throw WorkbenchError(.badRequest, "choose at least one file") }
    guard form.files.count <= Upload.maxFiles else {
      throw WorkbenchError(.badRequest, "at most \(Upload.maxFiles) files an upload")
    }
    do {
      return (form.files.count, try form.write())
    } catch {
      throw WorkbenchError(.internalServerError, "the upload could not be stored for reading")
    }
  }

  /// What an upload did: messages added, repeats, and the files that could not be read (named
  /// as uploaded, with the reason).
  struct Received {
    var added: Int
    var duplicates: Int
    var unreadable: [String]
  }

  /// A case's status (`new`, `investigating`, `closed`), set by an analyst.
  func setStatus(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    try await changeCase(id, status: form["status"], owner: nil, by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  /// Who owns a case (an analyst or admin; empty: nobody).
  func setOwner(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    try await changeCase(id, status: nil, owner: .some(form["owner"] ?? ""), by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  /// Sets a case's status and/or owner (an owner of "" clears it), each change audited.
  func changeCase(_ id: String, status raw: String?, owner: String??, by principal: Principal) async throws {
    _ = try await existingCase(id)
    if let raw {
      guard let status = CaseRecord.Status(rawValue: raw) else {
        throw WorkbenchError(.badRequest, "the status is one of new, investigating, closed")
      }
      try await storeCall { () async throws(StoreError) in try await service.store.setStatus(status, of: id) }
      try await audit(principal, "status", caseID: id, status.rawValue)
    }
    if let owner {
      let name = (owner ?? "").isEmpty ? nil : owner
      if let name {
        let user = try await storeCall { () async throws(StoreError) in try await users.user(named: name) }
        guard let user, user.role >= .analyst else {
          throw WorkbenchError(.badRequest, "the owner is an analyst or admin of this workbench")
        }
      }
      try await storeCall { () async throws(StoreError) in try await service.store.setOwner(name, of: id) }
      try await audit(principal, "owner", caseID: id, name ?? "(nobody)")
    }
  }

  func addNote(_ request: Request, id: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    try await note(form["text"] ?? "", on: id, by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)"])
  }

  /// Keeps a note signed with the user's name; returns it as kept.
  @discardableResult
  func note(_ raw: String, on id: String, by principal: Principal) async throws -> String {
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty, text.count <= 10_000 else {
      throw WorkbenchError(.badRequest, "a note is 1 to 10,000 characters")
    }
    let kept = "\(principal.user): \(text)"
    try await serviceCall { () async throws(CaseError) in try await service.addNote(kept, to: id) }
    try await audit(principal, "note", caseID: id, String(text.prefix(200)))
    return kept
  }

  /// Moves a campaign (as the case's live build groups it) into another case: an existing one
  /// (`case`, merging it there) or a new one (`title`, splitting it off). Page form.
  func moveCampaign(_ request: Request, id: String, campaign: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    let (target, _) = try await moveCampaign(
      campaign, from: id, toCase: form["case"], newTitle: form["title"], by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(target.id)"])
  }

  /// Moves the messages of `campaign` from case `id` to `toCase`, or to a new case titled
  /// `newTitle`; returns that case and how many messages moved. Audited.
  func moveCampaign(
    _ campaign: String, from id: String, toCase: String?, newTitle: String?, by principal: Principal
  ) async throws -> (CaseRecord, Int) {
    let record = try await existingCase(id)
    let built = try await build(record)
    guard let found = built.campaigns.first(where: { $0.id == campaign }) else {
      throw WorkbenchError(.notFound, "no campaign \(campaign) in case \(id)")
    }
    let target: CaseRecord
    if let toCase, !toCase.isEmpty {
      guard toCase != id else { throw WorkbenchError(.badRequest, "the campaign is in that case already") }
      target = try await existingCase(toCase)
    } else if let newTitle, !newTitle.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      target = try await openCase(titled: newTitle, by: principal)
      guard target.id != id else { throw WorkbenchError(.badRequest, "that title is this case's") }
    } else {
      throw WorkbenchError(.badRequest, "name a case to merge into, or a title for a new case")
    }
    let keys = found.messageIndexes.compactMap { built.messages.indices.contains($0) ? built.messages[$0].key : nil }
    let moved = try await storeCall { () async throws(StoreError) in
      try await service.store.moveMessages(keys: keys, from: id, to: target.id)
    }
    try await audit(principal, "campaign-moved", caseID: id, "\(campaign): \(moved) message(s) to \(target.id)")
    return (target, moved)
  }

  /// The audit log, newest first (admins).
  func auditPage(_ request: Request) async throws -> Response {
    let principal = try await require(request, .admin)
    let entries = try await storeCall { () async throws(StoreError) in
      try await users.auditLog(caseID: request.uri.queryParameters["case"].map(String.init), limit: 500)
    }
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(principal, words)
    values["title"] = words["auditLabel"]
    values["entries"] = entries.map { e -> [String: Any] in
      var row: [String: Any] = [
        "at": Self.dates.string(from: e.at), "user": e.user, "action": e.action, "detail": e.detail,
      ]
      if let caseID = e.caseID { row["caseID"] = caseID }
      if let address = e.address { row["address"] = address }
      return row
    }
    return page("audit", values)
  }

  static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
}
