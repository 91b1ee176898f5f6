import Foundation
import Testing

/// `becscope intake --watch DIR`: the files a gateway drops into a folder, taken as reports by the
/// built binary (no mail server needed).
@Suite("becscope intake --watch (a folder of reports)")
struct WatchFolderTests {
  let cli = ParseCommandTests()
  static let reports = "\(InvestigateCommandTests.fixture)/reports"

  /// A folder holding the case study's reports, written a minute ago (settled), and a store.
  func folder() throws -> (root: String, inbox: String) {
    let root = NSTemporaryDirectory() + "becscope-watch-\(UUID().uuidString)"
    let inbox = root + "/in"
    try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.reports) where name.hasSuffix(".eml") {
      try FileManager.default.copyItem(atPath: "\(Self.reports)/\(name)", toPath: "\(inbox)/\(name)")
      try settle("\(inbox)/\(name)")
    }
    return (root, inbox)
  }

  func settle(_ path: String) throws {
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
  }

  func watch(_ inbox: String, root: String, extra: [String] = []) throws -> (
    status: Int32, pass: [String: Any], stderr: String
  ) {
    let run = try cli.run(
      [
        "intake", "--watch", inbox, "--once", "--json", "--data", root + "/store", "--org",
        "\(InvestigateCommandTests.fixture)/org.yaml",
      ] + extra)
    let pass = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]) ?? [:]
    return (run.status, pass, run.stderr)
  }

  func names(_ folder: String) -> Set<String> {
    Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
  }

  @Test(
    "the case study's reports dropped as files: taken once, moved to Processed; a fresh file waits; a second run takes nothing; the case builds one BEC campaign"
  )
  func caseStudy() throws {
    let (root, inbox) = try folder()
    // Still being written (changed just now): left for the next pass.
    try FileManager.default.copyItem(atPath: "\(Self.reports)/report-2.eml", toPath: "\(inbox)/arriving.eml")
    let first = try watch(
      inbox, root: root, extra: ["--answers-to", root + "/answers", "--answer-from", "security@hisui-denki.example"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.pass["folder"] as? String == inbox && first.pass["uidvalidity"] == nil)
    #expect(
      first.pass["fetched"] as? Int == 6 && first.pass["added"] as? Int == 5 && first.pass["repeats"] as? Int == 1)
    #expect(first.pass["moved"] as? Int == 6, "\(first.pass)")
    #expect(names(inbox) == ["Processed", "arriving.eml"])
    #expect(names(inbox + "/Processed").count == 6)
    #expect((first.pass["answers"] as? [String: Int])?["dry_run"] == 6, "\(first.pass)")
    #expect(names(root + "/answers").count == 6)

    // The late file is a repeat of report-2 once settled; then nothing is left.
    try settle("\(inbox)/arriving.eml")
    let second = try watch(inbox, root: root)
    #expect(second.status == 0 && second.pass["fetched"] as? Int == 1 && second.pass["repeats"] as? Int == 1)
    #expect(names(inbox) == ["Processed"])
    #expect(try watch(inbox, root: root).pass["fetched"] as? Int == 0)

    let built = try cli.run([
      "investigate", "--store", root + "/store/workbench.sqlite", "--case", "Report mailbox", "--out", root + "/out",
      "--org", "\(InvestigateCommandTests.fixture)/org.yaml", "--offline",
    ])
    #expect(built.status == 0, "\(built.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/out/case.json")))
    let campaigns = try #require((json as? [String: Any])?["campaigns"] as? [[String: Any]])
    #expect(campaigns.count == 1 && campaigns.first?["label"] as? String == "bec")
    #expect((campaigns.first?["targets"] as? [Any])?.count == 5)
  }

  @Test(
    "what cannot be taken is named, moved to Unreadable and exits 66: not mail, a symbolic link (never followed); hidden files and subfolders are left alone"
  )
  func unreadable() throws {
    let root = NSTemporaryDirectory() + "becscope-watch-\(UUID().uuidString)"
    let inbox = root + "/in"
    try FileManager.default.createDirectory(atPath: inbox + "/sub", withIntermediateDirectories: true)
    try "just some words\n".write(toFile: inbox + "/notes.txt", atomically: true, encoding: .utf8)
    try "secret\n".write(toFile: root + "/outside.eml", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: inbox + "/link.eml", withDestinationPath: root + "/outside.eml")
    try "hidden\n".write(toFile: inbox + "/.partial", atomically: true, encoding: .utf8)
    for name in ["notes.txt", ".partial"] { try settle("\(inbox)/\(name)") }
    let run = try watch(inbox, root: root)
    #expect(run.status == 66, "\(run.stderr)")
    let reasons = run.pass["unreadable"] as? [String] ?? []
    #expect(reasons.count == 2, "\(reasons)")
    #expect(reasons.contains { $0.contains("notes.txt") && $0.contains("not an email message") })
    #expect(reasons.contains { $0.contains("link.eml") && $0.contains("symbolic link") })
    #expect(run.stderr.contains("notes.txt") && run.stderr.contains("could not be taken"))
    #expect(names(inbox) == ["Unreadable", "sub", ".partial"])
    #expect(names(inbox + "/Unreadable") == ["notes.txt", "link.eml"])
    let missing = try cli.run(["intake", "--watch", root + "/nope", "--once", "--data", root + "/store"])
    #expect(
      missing.status == 64 && missing.stderr.contains("--watch \(root)/nope: no such folder"), "\(missing.stderr)")
    // The link's target was not read into the case.
    let check = try cli.run(["store", "check", "--store", root + "/store/workbench.sqlite", "--json"])
    #expect(
      (try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["messages"] as? Int == 0)
  }

  @Test("an mbox with one message that is not mail: the others are taken, that one is named, the file is processed")
  func mboxWithABadMessage() throws {
    let root = NSTemporaryDirectory() + "becscope-watch-\(UUID().uuidString)"
    let inbox = root + "/in"
    try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    let report = try String(contentsOfFile: "\(Self.reports)/report-2.eml", encoding: .utf8)
    let mbox =
      "From hana@example Fri Dec  4 09:00:00 2026\n\(report)\nFrom x@example Fri Dec  4 09:01:00 2026\njust words\n"
    try mbox.write(toFile: inbox + "/gateway.mbox", atomically: true, encoding: .utf8)
    try settle(inbox + "/gateway.mbox")
    let run = try watch(inbox, root: root)
    #expect(run.status == 66, "\(run.stderr)")
    #expect(run.pass["added"] as? Int == 1 && run.pass["moved"] as? Int == 1, "\(run.pass)")
    let reasons = run.pass["unreadable"] as? [String] ?? []
    #expect(reasons.count == 1 && reasons.first?.contains("gateway.mbox#2") == true, "\(reasons)")
    #expect(names(inbox + "/Processed") == ["gateway.mbox"] && !names(inbox).contains("Unreadable"))
  }

  @Test("a file stored but not moved (the process stopped between) is a repeat the next time, never a second copy")
  func storedNotMoved() throws {
    let (root, inbox) = try folder()
    #expect(try watch(inbox, root: root).pass["added"] as? Int == 5)
    // As if the run had stopped after storing report-3 and before moving it.
    try FileManager.default.copyItem(atPath: inbox + "/Processed/report-3.eml", toPath: inbox + "/report-3.eml")
    try settle(inbox + "/report-3.eml")
    let again = try watch(inbox, root: root)
    #expect(again.pass["added"] as? Int == 0 && again.pass["repeats"] as? Int == 1, "\(again.pass)")
    // Its namesake in Processed is kept: the second is moved beside it under a new name.
    #expect(names(inbox + "/Processed").contains("report-3.eml.2"))
  }

  @Test("without --once it keeps watching: a file dropped later is taken within seconds; SIGTERM stops it")
  func keepsWatching() async throws {
    let root = NSTemporaryDirectory() + "becscope-watch-\(UUID().uuidString)"
    let inbox = root + "/in"
    try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = ParseCommandTests.binary
    process.arguments = ["intake", "--watch", inbox, "--data", root + "/store", "--json"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    try await Task.sleep(for: .milliseconds(500))
    try FileManager.default.copyItem(atPath: "\(Self.reports)/report-4.eml", toPath: inbox + "/late.eml")
    var taken = false
    for _ in 0..<100 where !taken {
      try await Task.sleep(for: .milliseconds(200))
      taken = names(inbox + "/Processed").contains("late.eml")
    }
    #expect(taken, "the file dropped later was not taken within 20 s")
    process.terminate()
    process.waitUntilExit()
    let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
    let passes = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(passes.contains { $0["added"] as? Int == 1 }, "\(lines)")
  }
}
