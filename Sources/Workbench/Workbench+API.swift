import Analysis
import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation
import MailCore
import Reporting

/// `/api/v1`: every action of the pages for scripts, with a session (state changes then carry
/// `X-CSRF-Token`) or an API token; errors as `application/problem+json`. `docs/openapi.json`
/// describes each route and is served at `/api/v1/openapi.json`.
extension Workbench {
  func addAPIRoutes(to router: Router<WorkbenchContext>) {
    let api = router.group("api/v1")
    api.get("openapi.json") { request, _ in
      _ = try await require(request, .viewer, api: true)
      return Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }
    api.get("intake") { request, _ in
      _ = try await require(request, .viewer, api: true)
      guard let intakeStatus else {
        throw WorkbenchError(.notFound, "this server reads no report mailbox (becscope serve --imap)")
      }
      return try json(APIModels.Intake(await intakeStatus.snapshot))
    }
    api.get("cases") { request, _ in
      _ = try await require(request, .viewer, api: true)
      let cases = try await storeCall { () async throws(StoreError) in try await service.store.cases() }
      return try json(APIModels.Cases(cases: cases.map(APIModels.Case.init)))
    }
    api.post("cases") { request, _ in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.NewCase.self, request)
      return try json(APIModels.Case(try await openCase(titled: body.title, by: principal)), status: .created)
    }
    api.get("cases/:id") { request, context in try await apiCase(request, id: context.id) }
    api.patch("cases/:id") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.CaseChange.self, request)
      let id = try context.id
      guard body.status != nil || body.owner != nil else {
        throw WorkbenchError(.badRequest, "give a status, an owner (\"\" for nobody), or both")
      }
      try await changeCase(id, status: body.status, owner: body.owner.map { .some($0) }, by: principal)
      return try json(APIModels.Case(try await existingCase(id)))
    }
    api.get("cases/:id/messages") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      _ = try await existingCase(id)
      let stored = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
      let verdicts = try await serviceCall { () async throws(CaseError) in try await service.verdicts(in: id) }
      return try json(
        APIModels.Messages(
          messages: stored.map {
            APIModels.Message(
              sha256: $0.sha256, key: $0.key, kind: $0.provenance.kind.rawValue,
              source: ($0.provenance.source as NSString).lastPathComponent, reporter: $0.provenance.reporter,
              added_at: $0.addedAt, verdict: verdicts[$0.sha256].map(APIModels.Verdict.init))
          }))
    }
    api.post("cases/:id/messages") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      let summary = try await receiveUpload(request, id: try context.id, principal: principal)
      return try json(
        APIModels.Upload(
          added: summary.added, repeats: summary.duplicates, unreadable: summary.unreadable),
        status: .created)
    }
    api.get("cases/:id/messages/:sha256") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      let sha256 = try context.parameters.require("sha256")
      let analysis = try await analysedMessage(id, sha256).analysis
      return Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: .init(
          byteBuffer: ByteBuffer(
            string: AnalyzeReport(analysis, profile: service.investigator.profile, intel: nil).jsonLine)))
    }
    api.put("cases/:id/messages/:sha256/verdict") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.NewVerdict.self, request)
      let (id, sha256) = (try context.id, try context.parameters.require("sha256"))
      try await decide(sha256, in: id, verdict: body.verdict, reason: body.reason, by: principal)
      let decided = try await serviceCall { () async throws(CaseError) in try await service.verdicts(in: id) }[sha256]
      return try json(
        decided.map(APIModels.Verdict.init) ?? APIModels.Verdict(verdict: body.verdict, reason: body.reason))
    }
    api.get("cases/:id/messages/:sha256/attachments/:part") { request, context in
      let principal = try await require(request, .analyst, api: true)
      return try await attachment(
        id: try context.id, sha256: try context.parameters.require("sha256"),
        part: try context.parameters.require("part"), by: principal)
    }
    api.post("cases/:id/campaigns/:campaign/move") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.CampaignMove.self, request)
      let (target, moved) = try await moveCampaign(
        try context.parameters.require("campaign"), from: try context.id, toCase: body.to_case,
        newTitle: body.new_title, by: principal)
      return try json(APIModels.Moved(moved: moved, to: APIModels.Case(target)))
    }
    api.get("cases/:id/notes") { request, context in
      _ = try await require(request, .viewer, api: true)
      let id = try context.id
      _ = try await existingCase(id)
      let notes = try await serviceCall { () async throws(CaseError) in try await service.notes(in: id) }
      return try json(APIModels.Notes(notes: notes.map { APIModels.Note(at: $0.at, text: $0.text) }))
    }
    api.post("cases/:id/notes") { request, context in
      let principal = try await require(request, .analyst, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.NewNote.self, request)
      let id = try context.id
      _ = try await existingCase(id)
      let kept = try await note(body.text, on: id, by: principal)
      return try json(APIModels.Note(at: Date(), text: kept), status: .created)
    }
    api.get("cases/:id/exports/:name") { request, context in
      let principal = try await require(request, .viewer, api: true)
      return try await export(
        id: try context.id, name: try context.parameters.require("name"), language: try Self.apiLanguage(request),
        tlp: try Self.tlp(Self.query(request)["tlp"], strict: true), by: principal)
    }
    api.get("reports") { request, _ in
      _ = try await require(request, .viewer, api: true)
      let (filter, window) = try Self.reportQuery(request, strict: true)
      let (rows, total) = try await storeCall { () async throws(StoreError) in
        try await users.reports(filter, limit: window.limit, offset: window.offset)
      }
      return try json(
        APIModels.Reports(
          reports: rows.map(APIModels.Report.init), total: total, limit: window.limit, offset: window.offset))
    }
    api.get("audit") { request, _ in
      _ = try await require(request, .admin, api: true)
      let limit = try Self.integer(Self.query(request)["limit"], "limit", in: 1...1000, default: 100)
      let entries = try await storeCall { () async throws(StoreError) in
        try await users.auditLog(caseID: request.uri.queryParameters["case"].map(String.init), limit: limit)
      }
      return try json(
        APIModels.Audit(
          entries: entries.map {
            .init(
              at: $0.at, user: $0.user, action: $0.action, case_id: $0.caseID, detail: $0.detail, address: $0.address)
          }))
    }
    api.get("users") { request, _ in
      _ = try await require(request, .admin, api: true)
      let all = try await storeCall { () async throws(StoreError) in try await users.users() }
      return try json(
        APIModels.Users(users: all.map { .init(name: $0.name, role: $0.role.rawValue, created_at: $0.createdAt) }))
    }
    addTokenRoutes(to: api)
    addExposureRoutes(to: api)
    addSweepRoutes(to: api)
  }

  /// Tokens: each user lists, makes and revokes their own (an admin every one); a token is made
  /// only from a signed-in session, never by another token.
  func addTokenRoutes(to api: RouterGroup<WorkbenchContext>) {
    api.get("tokens") { request, _ in
      let principal = try await require(request, .viewer, api: true)
      let all = Self.query(request)["all"]
      guard all == nil || all == "0" || all == "1" else { throw WorkbenchError(.badRequest, "all is 0 or 1") }
      let owner = principal.role >= .admin && all == "1" ? nil : principal.user
      let tokens = try await storeCall { () async throws(StoreError) in try await users.tokens(of: owner) }
      return try json(APIModels.Tokens(tokens: tokens.map { APIModels.Token($0) }))
    }
    api.post("tokens") { request, _ in
      let principal = try await require(request, .viewer, api: true)
      guard principal.csrf != nil else {
        throw WorkbenchError(.forbidden, "tokens are made from a signed-in session (or `becscope token add`)")
      }
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let body = try await Self.jsonBody(APIModels.NewToken.self, request)
      let made = try await makeToken(for: principal.user, label: body.label, scope: body.scope, by: principal)
      return try json(APIModels.Token(made.record, token: made.token), status: .created)
    }
    api.delete("tokens/:token") { request, context in
      let principal = try await require(request, .viewer, api: true, write: true)
      try checkCSRF(request.headers[Self.csrfHeader], principal)
      let id = try context.parameters.require("token")
      guard let record = try await storeCall({ () async throws(StoreError) in try await users.token(id: id) }),
        record.user == principal.user || principal.role >= .admin
      else { throw WorkbenchError(.notFound, "no token \(id)") }
      _ = try await storeCall { () async throws(StoreError) in try await users.revokeToken(id: id) }
      try await audit(principal, "token-revoked", id)
      return Response(status: .noContent)
    }
  }

  func makeToken(for user: String, label raw: String, scope: String, by principal: Principal) async throws -> (
    record: APITokenRecord, token: String
  ) {
    let label = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !label.isEmpty, label.count <= 200 else {
      throw WorkbenchError(.badRequest, "a label is 1 to 200 characters")
    }
    guard let scope = APITokenRecord.Scope(rawValue: scope) else {
      throw WorkbenchError(.badRequest, "the scope is read or write")
    }
    let made = APIToken.make(user: user, label: label, scope: scope)
    _ = try await storeCall { () async throws(StoreError) in try await users.addToken(made.record) }
    try await audit(principal, "token-created", "\(made.record.id) \(scope.rawValue) \(label)")
    return made
  }

  /// One case: its record, message count, notes, and the campaigns of its latest build (as
  /// `case.json` gives them, when a build was recorded).
  func apiCase(_ request: Request, id: String) async throws -> Response {
    _ = try await require(request, .viewer, api: true)
    let c = try await existingCase(id)
    let messages = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    let notes = try await storeCall { () async throws(StoreError) in try await service.store.notes(in: id) }
    let campaigns = try await storeCall { () async throws(StoreError) in try await service.store.campaigns(in: id) }
    var object: [String: Any] = [
      "id": c.id, "title": c.title, "status": c.status.rawValue, "created_at": Self.dates.string(from: c.createdAt),
      "updated_at": Self.dates.string(from: c.updatedAt), "messages": messages.count,
      "notes": notes.map { ["at": Self.dates.string(from: $0.at), "text": $0.text] },
      // Stored as JSON by the build that recorded them; a record that does not parse is left out.
      "campaigns": campaigns.compactMap { try? JSONSerialization.jsonObject(with: Data($0.json.utf8)) },
    ]
    if let owner = c.owner { object["owner"] = owner }
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return Response(
      status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}
