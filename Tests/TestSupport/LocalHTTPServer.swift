import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the client tests: it answers each request with what
/// the test's handler says (any status, headers and body, after a delay, or a truncated or
/// garbage answer) and records every request it saw.
public final class LocalHTTPServer: Sendable {
  /// What to send back.
  public indirect enum Reply: Sendable {
    case answer(status: Int, headers: [String: String] = [:], body: String)
    /// Waits, then answers (to trigger the client's timeout).
    case delayed(seconds: Double, Reply)
    /// Promises more bytes than it sends, then closes.
    case truncated(status: Int, body: String)
    /// Bytes that are not HTTP at all.
    case garbage(String)
  }

  /// One request as received.
  public struct Request: Sendable {
    public var method: String
    /// Path and query, as sent.
    public var target: String
    /// Header names lower-cased.
    public var headers: [String: String]
  }

  public let port: UInt16
  private let socketFD: Int32
  private let handler: @Sendable (Request) -> Reply
  private let seen = Mutex<[Request]>([])
  private let connections = Atomic<Int>(0)
  private let stopped = Atomic<Bool>(false)

  public init(handler: @escaping @Sendable (Request) -> Reply) throws {
    self.handler = handler
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    var one: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 64) == 0 else {
      close(fd)
      throw POSIXError(.EADDRINUSE)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    socketFD = fd
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  deinit { stop() }

  /// The base URL to give a client.
  public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

  /// Every request received so far.
  public var requests: [Request] { seen.withLock { $0 } }

  /// How many connections were accepted (zero proves nothing was sent).
  public var connectionCount: Int { connections.load(ordering: .relaxed) }

  public func stop() {
    if !stopped.exchange(true, ordering: .relaxed) {
      shutdown(socketFD, Int32(SHUT_RDWR))
      close(socketFD)
    }
  }

  private func acceptLoop() {
    while !stopped.load(ordering: .relaxed) {
      let client = accept(socketFD, nil, nil)
      if client < 0 { return }
      connections.add(1, ordering: .relaxed)
      Thread { [self] in serve(client) }.start()
    }
  }

  private func serve(_ client: Int32) {
    defer { close(client) }
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4_096)
    while !buffer.contains(subsequence: [13, 10, 13, 10]) && buffer.count < 65_536 {
      let n = recv(client, &chunk, chunk.count, 0)
      if n <= 0 { return }
      buffer += chunk[0..<n]
    }
    let head = String(decoding: buffer, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
    let lines = head.components(separatedBy: "\r\n")
    let requestLine = lines[0].split(separator: " ")
    guard requestLine.count >= 2 else { return }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let request = Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
    seen.withLock { $0.append(request) }
    send(handler(request), to: client)
  }

  private func send(_ reply: Reply, to client: Int32) {
    func write(_ text: String) {
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBytes { Glibc.send(client, $0.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }
    switch reply {
    case .answer(let status, let headers, let body):
      var text =
        "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
      if headers["Content-Type"] == nil { text += "Content-Type: application/json\r\n" }
      for (name, value) in headers { text += "\(name): \(value)\r\n" }
      write(text + "\r\n" + body)
    case .delayed(let seconds, let inner):
      Thread.sleep(forTimeInterval: seconds)
      send(inner, to: client)
    case .truncated(let status, let body):
      write(
        "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.utf8.count + 500)\r\nContent-Type: application/json\r\n\r\n\(body)"
      )
    case .garbage(let text):
      write(text)
    }
  }

  private static func reason(_ status: Int) -> String {
    [
      200: "OK", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
      500: "Internal Server Error",
    ][
      status] ?? "Status"
  }
}

extension Array where Element == UInt8 {
  fileprivate func contains(subsequence needle: [UInt8]) -> Bool {
    guard count >= needle.count else { return false }
    for i in 0...(count - needle.count) where self[i..<(i + needle.count)].elementsEqual(needle) { return true }
    return false
  }
}
