import Analysis
import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation
import MailCore
import Reporting

/// One message of a case: the viewer, the analyst's verdict, attachments on request.
extension Workbench {
  /// One message of a case as `becscope analyze` reads it (verdict, origin, authentication,
  /// findings, indicators), analysed again from its stored bytes, with its header fields, its
  /// body as text and its attachments; all of it text, escaped; links defanged and never
  /// clickable. The HTML body is shown, on request, as its source text (never rendered).
  func messagePage(_ request: Request, id: String, sha256: String) async throws -> Response {
    let principal = try await require(request, .viewer)
    let (message, parsed, analysis, decided) = try await analysedMessage(id, sha256)
    let words = WorkbenchPages.words(Self.language(request))
    var values = layout(principal, words)
    values["title"] = parsed.subject ?? (message.provenance.source as NSString).lastPathComponent
    values["caseID"] = id
    values["sha256"] = sha256
    values["sha256message"] = sha256
    values["analyst"] = principal.role >= .analyst
    values["analysis"] = Self.lines(AnalyzeTextRenderer(style: .text).render(analysis))
    values["headers"] = parsed.headers.prefix(200).map { ["name": $0.name, "value": $0.value] }
    values["body"] = Self.lines(Inert.defangForLinkers(String(parsed.bodyText.prefix(200_000))))
    values["attachments"] = parsed.attachments.prefix(200).map { a -> [String: Any] in
      [
        "part": a.partID, "name": a.filename ?? "—", "type": a.contentType, "size": a.size, "sha256": a.sha256 ?? "",
      ]
    }
    values["verdicts"] = Verdict.analystLabels.map { v -> [String: Any] in
      ["value": v, "selected": v == decided?.verdict]
    }
    if let decided {
      values["decided"] = ["verdict": decided.verdict, "user": decided.user, "reason": decided.reason]
    }
    let html = parsed.bodyStructure.htmlBody.compactMap { id -> String? in
      parsed.parts[id].contentType.subtype == "html" ? parsed.parts[id].text : nil
    }.joined(separator: "\n")
    if request.uri.queryParameters["html"] == "1", !html.isEmpty {
      // The HTML as text, never rendered: a browser given a message's HTML, even sandboxed and
      // under a fetch-nothing policy, still preconnects to hosts it names (seen in Chromium).
      values["htmlSource"] = Self.lines(Inert.defangForLinkers(String(html.prefix(500_000))))
    } else if !html.isEmpty {
      values["hasHTML"] = true
    }
    var response = page("message", values)
    response.headers[PagePolicy.csp] = PagePolicy.messagePolicy
    return response
  }

  /// Text as lines for a `<pre>` (the template ends each with a line break; the escaping layer
  /// turns line breaks inside a value into spaces).
  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20_000).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0)
    }
  }

  /// An analyst's verdict on a message, with the reason (written to the audit log and as a
  /// note, so that the report says who decided what and why).
  func setVerdict(_ request: Request, id: String, sha256: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    let form = try await Self.form(request)
    try checkCSRF(form["csrf"], principal)
    try await decide(sha256, in: id, verdict: form["verdict"] ?? "", reason: form["reason"] ?? "", by: principal)
    return Response(status: .seeOther, headers: [.location: "/cases/\(id)/messages/\(sha256)"])
  }

  func decide(_ sha256: String, in id: String, verdict: String, reason raw: String, by principal: Principal)
    async throws
  {
    _ = try await storedMessage(id, sha256)
    guard Verdict.analystLabels.contains(verdict) else {
      throw WorkbenchError(
        .badRequest, "the verdict is one of \(Verdict.analystLabels.joined(separator: ", "))")
    }
    let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty, reason.count <= 2_000 else {
      throw WorkbenchError(.badRequest, "give the reason for the verdict (1 to 2,000 characters)")
    }
    let decided = VerdictOverride(caseID: id, sha256: sha256, verdict: verdict, reason: reason, user: principal.user)
    try await storeCall { () async throws(StoreError) in try await users.setVerdict(decided) }
    try await audit(principal, "verdict", caseID: id, "\(sha256.prefix(12)) → \(verdict): \(reason.prefix(200))")
  }

  /// An attachment's bytes, only on an explicit request (a form with the CSRF token): always as
  /// `application/octet-stream` with `Content-Disposition: attachment`, so no browser renders it.
  func attachmentDownload(_ request: Request, id: String, sha256: String, part: String) async throws -> Response {
    let principal = try await require(request, .analyst)
    try checkCSRF(try await Self.form(request)["csrf"], principal)
    return try await attachment(id: id, sha256: sha256, part: part, by: principal)
  }

  func attachment(id: String, sha256: String, part: String, by principal: Principal) async throws -> Response {
    let (message, bytes) = try await storedMessage(id, sha256)
    let parsed = MessageParser().parse(RawMessage(bytes: bytes, source: message.provenance.source))
    guard let partID = Int(part), let found = parsed.attachments.first(where: { $0.partID == partID }),
      let content = parsed.decodedContent(of: partID)
    else {
      throw WorkbenchError(.notFound, "no attachment \(part) in that message")
    }
    try await audit(
      principal, "attachment", caseID: id, "\(found.sha256 ?? "") \(Self.downloadName(found.filename, part: partID))")
    return Response(
      status: .ok,
      headers: [
        .contentType: "application/octet-stream",
        .contentDisposition: Self.disposition(Self.downloadName(found.filename, part: partID)),
      ],
      body: .init(byteBuffer: ByteBuffer(bytes: content)))
  }

  /// A name to save a file under: the last component of the name it came with, without control
  /// or path characters, never starting with a dot (else `attachment-N.bin`).
  static func downloadName(_ name: String?, part: Int) -> String {
    let last = (name ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    var safe = String.UnicodeScalarView()
    for u in last.unicodeScalars.prefix(150)
    where !Inert.isHidden(u) && !"\"<>:|?*;%".unicodeScalars.contains(u) && u.value >= 0x20 {
      safe.append(u)
    }
    let text = String(safe).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    return text.isEmpty ? "attachment-\(part).bin" : text
  }

  /// `Content-Disposition: attachment` with an ASCII name and the UTF-8 one (RFC 6266, 8187).
  static func disposition(_ name: String) -> String {
    let ascii = String(name.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
    let encoded =
      name.addingPercentEncoding(
        withAllowedCharacters: CharacterSet(
          charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~"))
      ?? ascii
    return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
  }
}
