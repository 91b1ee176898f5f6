import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A `becscope serve` started by a test on a loopback port, its standard error kept in a file,
/// stopped with SIGTERM.
final class ServerProcess: @unchecked Sendable {
  let process = Process()
  let port: Int
  let log: String
  /// The CA file of a server started with TLS (its own self-signed certificate).
  let caFile: String?
  var base: String { "\(caFile == nil ? "http" : "https")://127.0.0.1:\(port)" }

  /// Starts the server with `arguments` (after `serve --listen`) and waits for `/healthz`
  /// (through curl trusting `caFile` when the server speaks TLS).
  init(_ arguments: [String], caFile: String? = nil) async throws {
    self.caFile = caFile
    port = Int.random(in: 20_000...40_000)
    log = NSTemporaryDirectory() + "becscope-serve-\(UUID().uuidString).log"
    FileManager.default.createFile(atPath: log, contents: nil)
    process.executableURL = ParseCommandTests.binary
    process.arguments = ["serve", "--listen", "127.0.0.1:\(port)"] + arguments
    process.standardError = FileHandle(forWritingAtPath: log)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    for _ in 0..<150 {
      if let caFile {
        if let r = try? Self.curl(["--cacert", caFile, base + "/healthz"]), r.body == "ok\n" { return }
      } else if let (_, response) = try? await URLSession.shared.data(from: URL(string: base + "/healthz")!),
        (response as? HTTPURLResponse)?.statusCode == 200
      {
        return
      }
      try await Task.sleep(for: .milliseconds(100))
    }
    process.terminate()
    throw Failure(description: "the server did not answer within 15 s: \(logText)")
  }

  var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

  /// SIGTERM, then waits (10 s at most); the exit status.
  func stop() async throws -> Int32 {
    if process.isRunning { process.terminate() }
    for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      return -1
    }
    return process.terminationStatus
  }

  /// A request with a bearer token; the status and body.
  func call(_ method: String, _ path: String, token: String, body: Data? = nil, type: String? = nil) async throws
    -> (status: Int, body: Data)
  {
    var request = URLRequest(url: URL(string: base + path)!)
    request.httpMethod = method
    request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
    if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
    request.httpBody = body
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
  }

  /// curl with `arguments` (`-s -i`: the head and the body); its exit status and output.
  static func curl(_ arguments: [String]) throws -> (status: Int32, head: String, body: String) {
    let run = try ParseCommandTests.output(of: "/usr/bin/curl", ["-s", "-i", "--max-time", "10"] + arguments)
    let text = String(decoding: run.stdout, as: UTF8.self)
    let parts = text.components(separatedBy: "\r\n\r\n")
    return (run.status, parts.first ?? "", parts.dropFirst().joined(separator: "\r\n\r\n"))
  }

  /// A multipart/form-data body of files (`files` fields).
  static func multipart(_ files: [(name: String, bytes: Data)]) -> (body: Data, type: String) {
    let boundary = "becscope-\(UUID().uuidString)"
    var body = Data()
    for file in files {
      body.append(
        Data(
          "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            .utf8))
      body.append(file.bytes)
      body.append(Data("\r\n".utf8))
    }
    body.append(Data("--\(boundary)--\r\n".utf8))
    return (body, "multipart/form-data; boundary=\(boundary)")
  }

  struct Failure: Error, CustomStringConvertible { var description: String }
}
