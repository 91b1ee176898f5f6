import CaseStorage
import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Investigation
import Logging
import NIOSSL
import ReportIntake
import Reporting
import ServiceLifecycle

/// `becscope serve`: the security team's workbench. Every page and API route needs a signed-in
/// session (or, under `/api/v1`, an API token) except `/login`, `/healthz` and the style sheet;
/// every form carries the session's CSRF token; every response carries the security headers
/// (`SecurityHeaders`); what is done is written to the audit log. The cases are the case
/// service's: the same store, analyses and report as the command line.
public struct Workbench: Sendable {
  public let service: CaseService
  public let users: any WorkbenchStore
  public let settings: WorkbenchSettings
  let sessions: Sessions
  let sweeps = SweepJobs()
  let throttle: LoginThrottle
  /// How the report mailbox read in the background is doing (nil: the server reads none).
  public let intakeStatus: IntakeStatus?

  public init(service: CaseService, users: any WorkbenchStore, settings: WorkbenchSettings = WorkbenchSettings()) {
    self.service = service
    self.users = users
    self.settings = settings
    sessions = Sessions(store: users, idleTimeout: settings.idleTimeout)
    throttle = LoginThrottle(store: users)
    intakeStatus = settings.intake.map { IntakeStatus(mailbox: $0.url) }
  }

  static let sessionCookie = "becscope_session"
  static let loginCookie = "becscope_login"

  /// Runs the server until SIGINT or SIGTERM.
  public func run(logger: Logger = Logger(label: "becscope.serve")) async throws {
    try await application(logger: logger).runService()
  }

  /// Reads the TLS certificate and key of the settings, if any: a file that cannot be read is
  /// thrown here, before the server starts.
  public func checkTLS() throws { _ = try tlsConfiguration() }

  func tlsConfiguration() throws -> TLSConfiguration? {
    guard let tls = settings.tls else { return nil }
    let chain = try NIOSSLCertificate.fromPEMFile(tls.certificateChain).map { NIOSSLCertificateSource.certificate($0) }
    guard !chain.isEmpty else { throw NIOSSLError.failedToLoadCertificate }
    let key = try NIOSSLPrivateKey(file: tls.privateKey, format: .pem)
    return TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
  }

  /// The application, ready to run (`runService()`, which stops gracefully on SIGINT/SIGTERM);
  /// over TLS when the settings name a certificate (a file that cannot be read is thrown).
  public func application(logger: Logger = Logger(label: "becscope.serve")) throws -> some ApplicationProtocol {
    let worker = AnalysisWorker(
      service: service, name: "\(ProcessInfo.processInfo.hostName):\(settings.port):\(getpid())", logger: logger)
    var server = HTTPServerBuilder.http1()
    if let tls = try tlsConfiguration() { server = try .tls(.http1(), tlsConfiguration: tls) }
    var services: [any Service] = settings.analyses ? [worker] : []
    if let intake = settings.intake, let intakeStatus {
      services.append(
        IntakeJob(mailbox: ReportMailbox(settings: intake, service: service, logger: logger), status: intakeStatus))
    }
    return Application(
      router: router(),
      server: server,
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "becscope"),
      services: services,
      logger: logger)
  }

  /// Every route; the handlers are in the extensions named after what they serve.
  public func router() -> Router<WorkbenchContext> {
    let router = Router(context: WorkbenchContext.self)
    router.add(middleware: ClientMiddleware(proxies: settings.trustedProxies, tls: settings.tls != nil))
    router.add(middleware: SecurityHeaders<WorkbenchContext>(secure: settings.secureCookies || settings.tls != nil))
    router.get("healthz") { _, _ in "ok\n" }
    router.get("static/workbench.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: WorkbenchPages.style)))
    }
    // Browsers ask for it on every page; there is none (said without a 404 in their console).
    router.get("favicon.ico") { _, _ in Response(status: .noContent) }
    router.get("login") { request, _ in try await loginPage(request, error: nil, status: .ok) }
    router.post("login") { request, _ in try await login(request) }
    router.post("logout") { request, _ in try await logout(request) }

    router.get("lang/:code") { _, context in
      // The pages' language switch: remembered in a cookie (no session needed), back to the inbox.
      guard let language = ReportLanguage(rawValue: try context.parameters.require("code")) else {
        throw WorkbenchError(.notFound, "the languages are en and ja")
      }
      var response = Response(status: .seeOther, headers: [.location: "/"])
      response.headers[values: .setCookie].append(
        cookie(Self.languageCookie, language.rawValue, maxAge: 365 * 86_400))
      return response
    }
    router.get("/") { request, _ in try await inbox(request) }
    router.post("cases") { request, _ in try await createCase(request) }
    router.get("cases/:id") { request, context in try await casePage(request, id: context.id) }
    router.post("cases/:id/status") { request, context in try await setStatus(request, id: context.id) }
    router.post("cases/:id/owner") { request, context in try await setOwner(request, id: context.id) }
    router.post("cases/:id/upload") { request, context in try await upload(request, id: context.id) }
    router.post("cases/:id/campaigns/:campaign/move") { request, context in
      try await moveCampaign(request, id: context.id, campaign: try context.parameters.require("campaign"))
    }
    router.post("cases/:id/notes") { request, context in try await addNote(request, id: context.id) }
    router.post("cases/:id/exposure") { request, context in try await addExposure(request, id: context.id) }
    router.post("cases/:id/sweeps") { request, context in try await startSweep(request, id: context.id) }
    router.get("cases/:id/sweeps/:sweep") { request, context in
      try await sweepPage(request, id: context.id, job: try context.parameters.require("sweep"))
    }
    router.get("cases/:id/report") { request, context in try await reportPage(request, id: context.id) }
    router.post("cases/:id/exports/:name") { request, context in
      try await exportDownload(request, id: context.id, name: try context.parameters.require("name"))
    }
    router.get("cases/:id/messages/:sha256") { request, context in
      try await messagePage(request, id: context.id, sha256: try context.parameters.require("sha256"))
    }
    router.post("cases/:id/messages/:sha256/verdict") { request, context in
      try await setVerdict(request, id: context.id, sha256: try context.parameters.require("sha256"))
    }
    router.post("cases/:id/messages/:sha256/attachments/:part") { request, context in
      try await attachmentDownload(
        request, id: context.id, sha256: try context.parameters.require("sha256"),
        part: try context.parameters.require("part"))
    }
    router.get("audit") { request, _ in try await auditPage(request) }

    addAPIRoutes(to: router)
    return router
  }
}
