import HTTPTypes
import Hummingbird
import Reporting

/// What a workbench route refuses with: a status and a reason for the person (an HTML page) or
/// the script (`application/problem+json` under `/api/`), or a redirect to the sign-in page.
struct WorkbenchError: Error {
  var status: HTTPResponse.Status
  var detail: String
  var location: String? = nil

  init(_ status: HTTPResponse.Status, _ detail: String) {
    self.status = status
    self.detail = detail
  }

  static func redirect(_ location: String) -> WorkbenchError {
    var e = WorkbenchError(.seeOther, "sign in first")
    e.location = location
    return e
  }

  func response(api: Bool, language: ReportLanguage = .en) -> Response {
    if let location { return Response(status: status, headers: [.location: location]) }
    if api {
      let body =
        "{\"status\":\(status.code),\"title\":\(Self.json(status.reasonPhrase)),\"detail\":\(Self.json(detail))}"
      return Response(
        status: status, headers: [.contentType: "application/problem+json"],
        body: .init(byteBuffer: ByteBuffer(string: body)))
    }
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(
        byteBuffer: ByteBuffer(
          string: WorkbenchPages.render(
            "error",
            WorkbenchPages.words(language).merging([
              "title": "\(status.code) \(status.reasonPhrase)", "detail": detail,
            ]) { _, new in new }))))
  }

  /// A JSON string literal (every character outside printable ASCII escaped).
  static func json(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case " "..."~": out.unicodeScalars.append(u)
      default:
        for unit in String(u).utf16 { out += "\\u" + String(unit, radix: 16).leftPadded(to: 4) }
      }
    }
    return out + "\""
  }
}

extension String {
  fileprivate func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}

/// The headers every response carries, and errors turned into pages or problem documents:
/// a Content-Security-Policy without inline script (pages load only their own style sheet),
/// no framing, no sniffing, no referrer; HSTS when the server is reached over TLS.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  let secure: Bool

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    let api = request.uri.path.hasPrefix("/api/")
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as WorkbenchError {
      response = error.response(api: api, language: Workbench.language(request))
    } catch let error as HTTPError {
      if api, error.status == .notFound, let methods = OpenAPIDocument.methods(for: request.uri.path) {
        // A known path asked with a method it does not take.
        response = WorkbenchError(
          .methodNotAllowed, "\(request.method.rawValue) is not allowed here; use \(methods.joined(separator: ", "))"
        ).response(api: true)
        response.headers[.allow] = methods.joined(separator: ", ")
      } else {
        response = WorkbenchError(error.status, error.body ?? error.status.reasonPhrase).response(
          api: api, language: Workbench.language(request))
      }
    }
    if response.headers[PagePolicy.csp] == nil { response.headers[PagePolicy.csp] = PagePolicy.policy }
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    response.headers[.cacheControl] = "no-store"
    if secure || Client.current.secure {
      response.headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000"
    }
    return response
  }
}

/// The workbench pages' Content-Security-Policy.
enum PagePolicy {
  static let csp = HTTPField.Name("Content-Security-Policy")!
  static let policy =
    "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; connect-src 'self'"
  /// The message viewer's: as ``policy``, and nothing from the server either but the style
  /// sheet (no image but `data:`, no frame, no connection): the page that shows a message's
  /// text loads nothing a message could name.
  static let messagePolicy =
    "default-src 'none'; script-src 'none'; style-src 'self'; img-src data:; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; connect-src 'none'; frame-src 'none'"
}
