import Dispatch
import Foundation
import Synchronization

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
  /// A redirect the client would not follow (the reason says why); never retried.
  case refused(String)
}

/// Sends requests. The real one is ``URLSessionTransport``; tests use it too, against a local
/// server, so the code under test is the code that ships.
public protocol HTTPTransport: Sendable {
  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// HTTP through Foundation's URLSession: no cookies, no cache, a timeout on every request,
/// answers larger than `maxBodyBytes` refused, and redirects never followed here: a 3xx comes
/// back as the answer, so that the caller decides where a key may go (``ServiceCaller``).
public struct URLSessionTransport: HTTPTransport {
  private let session: URLSession
  private let tasks: TaskAnswers
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
    tasks = TaskAnswers()
    // A task with a completion handler follows redirects without asking its delegate; tasks
    // here report through the delegate, which refuses every redirect.
    session = URLSession(configuration: configuration, delegate: tasks, delegateQueue: nil)
    self.timeout = timeout
    self.maxBodyBytes = maxBodyBytes
  }

  public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
    var r = URLRequest(url: request.url, timeoutInterval: timeout)
    r.httpMethod = "GET"
    for (name, value) in request.headers { r.setValue(value, forHTTPHeaderField: name) }
    let (session, tasks, timeout, limit) = (self.session, self.tasks, self.timeout, maxBodyBytes)
    let result = await withCheckedContinuation {
      (continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>) in
      let once = OnceResume(continuation)
      let task = session.dataTask(with: r)
      tasks.register(task.taskIdentifier, limit: limit) { data, response, error in
        once.resume(Self.answer(data, response, error, limit: limit))
      }
      task.resume()
      // URLSession's own timer can slip under load; this one makes the limit hard. The task is
      // not cancelled (cancelling it from here has deadlocked swift-corelibs-foundation in the
      // tests): its own timeout, the same one, ends it soon after.
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { once.resume(.failure(.timedOut)) }
    }
    return try result.get()
  }

  /// What the completion handler received, as an answer or a transport error.
  private static func answer(_ data: Data?, _ response: URLResponse?, _ error: (any Error)?, limit: Int) -> Result<
    HTTPResponse, TransportError
  > {
    if let error {
      if let u = error as? URLError, u.code == .timedOut { return .failure(.timedOut) }
      if let u = error as? URLError, u.code == .dataLengthExceedsMaximum {
        return .failure(.failed("answer larger than \(limit) bytes"))
      }
      return .failure(.failed(describe(error)))
    }
    guard let http = response as? HTTPURLResponse else { return .failure(.failed("not an HTTP answer")) }
    let body = data ?? Data()
    guard body.count <= limit else { return .failure(.failed("answer larger than \(limit) bytes")) }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
    }
    return .success(HTTPResponse(status: http.statusCode, headers: headers, body: body))
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

/// Resumes a continuation once: the first of the answer and the timer wins.
private final class OnceResume: Sendable {
  private let continuation: Mutex<CheckedContinuation<Result<HTTPResponse, TransportError>, Never>?>

  init(_ continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>) {
    self.continuation = Mutex(continuation)
  }

  func resume(_ result: Result<HTTPResponse, TransportError>) {
    continuation.withLock { c in
      c?.resume(returning: result)
      c = nil
    }
  }
}

/// The session's delegate: collects each task's answer, refuses every redirect, and hands the
/// answer to the task's completion once.
private final class TaskAnswers: NSObject, URLSessionDataDelegate, Sendable {
  typealias Completion = @Sendable (Data?, URLResponse?, (any Error)?) -> Void

  private struct Pending {
    var data = Data()
    var response: URLResponse?
    var limit: Int
    var tooLarge = false
    var completion: Completion
  }

  private let pending = Mutex<[Int: Pending]>([:])

  func register(_ id: Int, limit: Int, completion: @escaping Completion) {
    pending.withLock { $0[id] = Pending(limit: limit, completion: completion) }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
  ) {
    pending.withLock { $0[dataTask.taskIdentifier]?.response = response }
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    pending.withLock { all in
      guard var p = all[dataTask.taskIdentifier], !p.tooLarge else { return }
      if p.data.count + data.count > p.limit {
        p.tooLarge = true
        p.data = Data()
      } else {
        p.data.append(data)
      }
      all[dataTask.taskIdentifier] = p
    }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    guard let p = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
    p.completion(p.data, p.response ?? task.response, p.tooLarge ? URLError(.dataLengthExceedsMaximum) : error)
  }
}
