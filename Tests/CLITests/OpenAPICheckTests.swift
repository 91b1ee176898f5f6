import Foundation
import Testing

/// The API against its OpenAPI document: schemathesis (`openapi_check.sh`, a fixed seed and a
/// bounded number of examples) against a real `becscope serve`, with an admin's write token.
@Suite("Workbench API against its OpenAPI document", .serialized)
struct OpenAPICheckTests {
  let cli = ParseCommandTests()

  static var schemathesis: Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import schemathesis"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      print(
        "CLITests: schemathesis is not installed (pip install -r .ci/requirements.txt); the OpenAPI check is skipped")
    }
    return process.terminationStatus == 0
  }

  @Test(
    "schemathesis: every operation conforms to the document (status, content type, schema, methods)",
    .enabled(if: schemathesis))
  func conforms() async throws {
    let data = NSTemporaryDirectory() + "becscope-openapi-\(UUID().uuidString)"
    let add = try cli.run(
      ["user", "add", "ada", "--role", "admin", "--data", data], stdin: Data("correct horse battery staple\n".utf8))
    #expect(add.status == 0, "\(add.stderr)")
    let token = try cli.run(["token", "add", "ada", "--label", "schemathesis", "--scope", "write", "--data", data])
    let spare = try cli.run(["token", "add", "ada", "--label", "to revoke", "--scope", "read", "--data", data])
    let spareID = spare.stdout.dropFirst(4).prefix(16)
    let server = try await ServerProcess(["--data", data])
    defer { server.process.terminate() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["Tests/CLITests/openapi_check.sh"]
    process.currentDirectoryURL = ParseCommandTests.root
    process.environment = ProcessInfo.processInfo.environment.merging([
      "BASE_URL": server.base, "BECSCOPE_API_TOKEN": token.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
      "BECSCOPE_API_SPARE_TOKEN_ID": String(spareID),
    ]) { $1 }
    let log = NSTemporaryDirectory() + "becscope-openapi-\(UUID().uuidString).log"
    FileManager.default.createFile(atPath: log, contents: nil)
    process.standardOutput = FileHandle(forWritingAtPath: log)
    process.standardError = FileHandle(forWritingAtPath: log)
    try process.run()
    process.waitUntilExit()
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(process.terminationStatus == 0, "\(output.suffix(6_000))")
    print(output.split(separator: "\n").last ?? "")
    #expect(try await server.stop() == 0, "\(server.logText)")
  }
}
