import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `becscope user` and `becscope serve` as an administrator runs them: users in the data
/// folder's store, a real server on a loopback port that stops cleanly on SIGTERM.
@Suite("becscope user and serve (the commands)")
struct ServeCommandTests {
  let cli = ParseCommandTests()

  func tempDir() -> String { NSTemporaryDirectory() + "becscope-serve-\(UUID().uuidString)" }

  @Test("user add/list/passwd/remove: the password from standard input, never an argument; clear errors")
  func users() throws {
    let data = tempDir()
    let short = try cli.run(["user", "add", "hana", "--data", data], stdin: Data("short\n".utf8))
    #expect(short.status == 64 && short.stderr.contains("at least 12 characters"), "\(short.stderr)")
    let add = try cli.run(
      ["user", "add", "hana", "--role", "admin", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(add.status == 0, "\(add.stderr)")
    let again = try cli.run(["user", "add", "hana", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(again.status == 1 && again.stderr.contains("exists"), "\(again.stderr)")
    let bad = try cli.run(["user", "add", "<script>", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(bad.status == 64, "\(bad.stderr)")
    let list = try cli.run(["user", "list", "--json", "--data", data])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
    #expect((object["users"] as? [[String: Any]])?.map { $0["role"] as? String } == ["admin"])
    #expect(!list.stdout.contains("$2"), "no hash is printed")
    let nobody = try cli.run(["user", "passwd", "nobody", "--data", data], stdin: Data("correct horse battery\n".utf8))
    #expect(nobody.status == 1)
    #expect(try cli.run(["user", "remove", "hana", "--data", data]).status == 0)
    #expect(try cli.run(["user", "remove", "hana", "--data", data]).status == 1)
  }

  @Test("serve: /healthz answers, a page needs a sign-in, SIGTERM stops it cleanly")
  func serve() async throws {
    let data = tempDir()
    let port = Int.random(in: 20_000...40_000)
    let process = Process()
    process.executableURL = ParseCommandTests.binary
    process.arguments = ["serve", "--data", data, "--listen", "127.0.0.1:\(port)"]
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    var health: (Data, URLResponse)? = nil
    for _ in 0..<100 where health == nil {
      health = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/healthz")!)
      if health == nil { try await Task.sleep(for: .milliseconds(100)) }
    }
    let (body, response) = try #require(health, "the server did not answer within 10 s")
    #expect((response as? HTTPURLResponse)?.statusCode == 200 && String(decoding: body, as: UTF8.self) == "ok\n")
    #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "X-Content-Type-Options") == "nosniff")
    // The inbox redirects to the sign-in page (followed here).
    let (page, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/")!)
    #expect(String(decoding: page, as: UTF8.self).contains("name=\"password\""))
    process.terminate()
    for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
    #expect(!process.isRunning, "still running 10 s after SIGTERM")
    #expect(
      process.terminationStatus == 0,
      "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
    #expect(FileManager.default.fileExists(atPath: data + "/workbench.sqlite"))
  }
}
