import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One HTTP GET as a service client builds it.
public struct HTTPRequest: Sendable {
  public var url: URL
  public var headers: [String: String]

  public init(url: URL, headers: [String: String] = [:]) {
    self.url = url
    self.headers = headers
  }
}

/// An HTTP answer: status, header fields (names lower-cased) and body.
public struct HTTPResponse: Sendable {
  public var status: Int
  public var headers: [String: String]
  public var body: Data

  public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Why no HTTP answer came.
public enum TransportError: Error, Sendable, Equatable {
  case timedOut
  case failed(String)
}

/// Sends requests. The real one is ``URLSessionTransport``; tests use it too, against a local
/// server, so the code under test is the code that ships.
public protocol HTTPTransport: Sendable {
  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// HTTP through Foundation's URLSession: no cookies, no cache, a timeout on every request,
/// answers larger than `maxBodyBytes` refused.
public struct URLSessionTransport: HTTPTransport {
  private let session: URLSession
  public let timeout: TimeInterval
  public let maxBodyBytes: Int

  public init(timeout: TimeInterval = 10, maxBodyBytes: Int = 8 << 20) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 2
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    configuration.httpShouldSetCookies = false
    configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
    session = URLSession(configuration: configuration)
    self.timeout = timeout
    self.maxBodyBytes = maxBodyBytes
  }

  public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
    let data: Data
    let response: URLResponse
    let session = self.session
    let timeout = self.timeout
    do {
      // URLSession's own timer can slip under load; a racing sleep makes the limit hard.
      (data, response) = try await withThrowingTaskGroup(of: (Data, URLResponse).self) { group in
        group.addTask {
          var r = URLRequest(url: request.url, timeoutInterval: timeout)
          r.httpMethod = "GET"
          for (name, value) in request.headers { r.setValue(value, forHTTPHeaderField: name) }
          return try await session.data(for: r)
        }
        group.addTask {
          try await Task.sleep(for: .milliseconds(Int64(timeout * 1_000)))
          throw URLError(.timedOut)
        }
        defer { group.cancelAll() }
        return try await group.next()!
      }
    } catch let error as URLError where error.code == .timedOut {
      throw .timedOut
    } catch {
      throw .failed(Self.describe(error))
    }
    guard let http = response as? HTTPURLResponse else { throw .failed("not an HTTP answer") }
    guard data.count <= maxBodyBytes else { throw .failed("answer larger than \(maxBodyBytes) bytes") }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
    }
    return HTTPResponse(status: http.statusCode, headers: headers, body: data)
  }

  private static func describe(_ error: any Error) -> String {
    if let u = error as? URLError {
      switch u.code {
      case .cannotConnectToHost: return "connection refused"
      case .networkConnectionLost: return "connection closed before the answer was complete"
      case .cannotFindHost, .dnsLookupFailed: return "host not found"
      case .badServerResponse: return "malformed HTTP answer"
      default: return "network error (\(u.code.rawValue))"
      }
    }
    return "network error: \(error.localizedDescription)"
  }
}
