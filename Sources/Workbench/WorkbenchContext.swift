import Hummingbird
import MailCore
import NIOCore

/// The request context of the workbench's routes: Hummingbird's, with the connection's peer
/// address (from which ``TrustedProxies`` works out the client).
public struct WorkbenchContext: RequestContext, RemoteAddressRequestContext {
  public var coreContext: CoreRequestContextStorage
  public let remoteAddress: SocketAddress?

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress
  }

  /// The peer's IP address (nil for a Unix socket, or a test's channel).
  var peer: IPAddress? { remoteAddress?.ipAddress.flatMap { IPAddress($0) } }

  /// The `:id` of a case route.
  var id: String {
    get throws { try parameters.require("id") }
  }
}

/// Resolves the client of each request (``TrustedProxies``) and keeps it in ``Client/current``
/// while the routes handle it: the audit log records its address, and cookies are `Secure` when
/// it came over HTTPS.
struct ClientMiddleware: RouterMiddleware {
  let proxies: TrustedProxies
  let tls: Bool

  func handle(
    _ request: Request, context: WorkbenchContext, next: (Request, WorkbenchContext) async throws -> Response
  ) async throws -> Response {
    let client = proxies.client(peer: context.peer, headers: request.headers, tls: tls)
    return try await Client.$current.withValue(client) { try await next(request, context) }
  }
}
