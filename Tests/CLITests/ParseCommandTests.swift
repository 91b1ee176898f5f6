import Foundation
import Testing

/// Runs the built `becscope` binary as a user or a script would, checking output and exit status.
@Suite("becscope parse (the command)")
struct ParseCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var binary: URL {
    // The test bundle sits beside the products in .build/<configuration>/.
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("becscope"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("becscope"),
      root.appendingPathComponent(".build/debug/becscope"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
  }

  /// Runs becscope; `prefix` is a command that runs it (such as `setpriv` to drop root).
  /// Runs any program; returns its exit status and standard output (standard error dropped).
  static func output(of executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (
    status: Int32, stdout: Data
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }

  func run(_ arguments: [String], stdin: Data? = nil, prefix: [String] = []) throws -> Run {
    let process = Process()
    if prefix.isEmpty {
      process.executableURL = Self.binary
      process.arguments = arguments
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = prefix + [Self.binary.path] + arguments
    }
    process.currentDirectoryURL = Self.root
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self))
  }

  @Test("the README example: a forwarded Japanese CEO lure, read as people need it")
  func example() throws {
    let r = try run(["parse", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("ejbjebduffy@optimum.net"))
    #expect(r.stdout.contains("Embedded message"))
    #expect(r.stdout.contains("message/rfc822"))
    #expect(r.stderr.isEmpty)
  }

  @Test("JSON: one object per message, one message per line")
  func json() throws {
    let r = try run(["parse", "--format", "json", "Examples/ceo-lure.eml", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(object["source"] as? String == "Examples/ceo-lure.eml")
    #expect((object["parts"] as? [Any])?.count == 4)
    #expect((object["embedded_messages"] as? [Int]) == [3])
    let envelopes = try #require(object["envelopes"] as? [[String: Any]])
    let inner = try #require(envelopes.first { $0["part"] as? Int == 3 })
    #expect((inner["from"] as? [[String: Any]])?.first?["address"] as? String == "ejbjebduffy@optimum.net")
  }

  @Test("standard input and mbox inputs name their sources")
  func inputs() throws {
    let message = Data("Subject: from stdin\nFrom: a@example.com\n\nhello\n".utf8)
    let r = try run(["parse", "--format", "json", "-"], stdin: message)
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"source\":\"-\""))
    #expect(r.stdout.contains("from stdin"))

    let mbox = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).mbox")
    defer { try? FileManager.default.removeItem(at: mbox) }
    try Data(
      "From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nx\n\nFrom b@x Mon Jan  1 00:00:01 2024\nSubject: two\n\ny\n"
        .utf8
    ).write(to: mbox)
    let m = try run(["parse", "--format", "json", mbox.path])
    #expect(m.stdout.split(separator: "\n").count == 2)
    #expect(m.stdout.contains("\(mbox.path)#2"))
  }

  @Test("exit statuses: 64 for usage, 66 for unreadable input, one line on stderr")
  func errors() throws {
    let usage = try run(["parse"])
    #expect(usage.status == 64)
    #expect(usage.stderr.hasPrefix("becscope: error:"))
    #expect(usage.stderr.split(separator: "\n").count == 1)

    let missing = try run(["parse", "/nonexistent/report.eml"])
    #expect(missing.status == 66)
    #expect(missing.stderr == "becscope: error: /nonexistent/report.eml: not found\n")

    let badOption = try run(["parse", "--max-parts", "0", "Examples/ceo-lure.eml"])
    #expect(badOption.status == 64)
  }

  @Test("--stats prints the peers' throughput line")
  func stats() throws {
    let list = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).list")
    defer { try? FileManager.default.removeItem(at: list) }
    try Data("Examples/ceo-lure.eml\nTests/MailCoreTests/Fixtures/messages/html-only.eml\n".utf8).write(to: list)
    let r = try run(["parse", "--stats", "--list", list.path])
    #expect(r.status == 0)
    let pattern = #"^becscope: files=2 failed=0 bytes=\d+ seconds=[0-9.]+ MB/s=[0-9.]+ messages=2 defects=\d+\n$"#
    #expect(r.stdout.range(of: pattern, options: .regularExpression) != nil, "\(r.stdout)")
  }

  @Test("terminal control characters from a message never reach the terminal")
  func controlCharacters() throws {
    let hostile = Data("Subject: =?utf-8?q?a=1B]0;owned=07b?=\nFrom: \"\u{1B}[2J\" <a@example.com>\n\nbody\n".utf8)
    let r = try run(["parse", "-"], stdin: hostile)
    #expect(r.status == 0)
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(!r.stdout.contains("\u{07}"))
  }
}

/// `becscope analyze` as a script would call it.
@Suite("becscope analyze (the command)")
struct AnalyzeCommandTests {
  let cli = ParseCommandTests()

  @Test("the README example offline: origin, authentication, indicators")
  func example() throws {
    let r = try cli.run(["analyze", "--offline", "--format", "json", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    for key in ["source", "message", "origin", "authentication", "sender", "recipients", "findings", "verdict", "iocs"]
    {
      #expect(object.keys.contains(key), "missing \(key)")
    }
    let origin = try #require(object["origin"] as? [String: Any])
    #expect(origin["ip"] as? String == "155.94.251.82")
    #expect(origin["submitted_to"] as? String == "mta-12.optimum.net")
    let auth = try #require(object["authentication"] as? [String: Any])
    #expect(auth["spf"] as? String == "pass")
    #expect(auth["dkim_verification"] as? String == "not checked (offline)")
    let message = try #require(object["message"] as? [String: Any])
    #expect((message["reporter"] as? [String: Any])?["address"] as? String == "hanako.tsuzuki@example.co.jp")
    let iocs = try #require(object["iocs"] as? [[String: Any]])
    #expect(iocs.contains { $0["defanged"] as? String == "155[.]94[.]251[.]82" })
  }

  @Test("the README's first command: the case-study lure is BEC, with the reasons")
  func readmeCommand() throws {
    let r = try cli.run(["analyze", "--offline", "--org", "Examples/org.yaml", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Verdict: BEC"))
    #expect(r.stdout.contains("htsuzuki@example.co.jp does not exist"))
    #expect(r.stdout.contains("代表取締役社長"))
    #expect(r.stdout.contains("155[.]94[.]251[.]82"))
  }

  @Test("text reads like the analyst's note")
  func text() throws {
    let r = try cli.run(["analyze", "--offline", "Examples/ceo-lure.eml"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Originating IP 155.94.251.82, submitted to mta-12.optimum.net (hop 1 of 4, ESMTPSA)."))
    #expect(r.stdout.contains("SPF pass for optimum.net"))
    #expect(r.stdout.contains("not checked (offline)"))
  }

  @Test("a broken organisation profile is a usage error with one line")
  func badProfile() throws {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("org-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: profile) }
    try Data("organization:\n  name: X\n".utf8).write(to: profile)
    let r = try cli.run(["analyze", "--offline", "--org", profile.path, "Examples/ceo-lure.eml"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("organization.domains"))
    #expect(r.stderr.split(separator: "\n").count == 1)
  }

  @Test("DKIM through the DNS server", .enabled(if: ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"] != nil))
  func dkimOnline() throws {
    let server = ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"]!
    let r = try cli.run([
      "analyze", "--dns", server, "--format", "json", "Tests/AnalysisTests/Fixtures/dkim/body-altered.eml",
    ])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let auth = try #require(object["authentication"] as? [String: Any])
    #expect(auth["dkim"] as? String == "fail")
    let sigs = try #require(auth["dkim_signatures"] as? [[String: Any]])
    #expect(sigs.first?["body_hash"] as? String == "fail")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["id"] as? String == "dkim-body-altered" })
  }
}
