import Foundation
import Testing

/// Bad input and bad options: every path checked before work starts, one unreadable input
/// skipped and counted, settings errors on one line that names the file and line and never
/// echoes a value.
@Suite("Bad input: checked early, said clearly, never half-done in silence")
struct BadInputTests {
  let cli = ParseCommandTests()
  static let lure = "Examples/ceo-lure.eml"

  func tempDir() throws -> String {
    let dir = NSTemporaryDirectory() + "becscope-bad-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("one unreadable input is skipped, named and counted; the case is written; exit 66")
  func unreadableInputSkipped() throws {
    let dir = try tempDir()
    try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.lure, toPath: dir + "/reports/a.eml")
    try "From: x@y.example\n\nhello\n".write(toFile: dir + "/reports/locked.eml", atomically: true, encoding: .utf8)
    chmod(dir + "/reports/locked.eml", 0)
    for d in [dir, dir + "/reports"] { chmod(d, 0o777) }
    chmod(dir + "/reports/a.eml", 0o644)
    // As root every file is readable: run as nobody then, when nobody can reach the binary;
    // otherwise add an input whose read fails for root too (the process's own memory at
    // offset 0 answers EIO).
    var prefix: [String] = []
    var inputs = [dir + "/reports"]
    if getuid() == 0 {
      let nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
      let probe = Process()
      probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      probe.arguments = nobody + ["test", "-x", ParseCommandTests.binary.path]
      try probe.run()
      probe.waitUntilExit()
      if probe.terminationStatus == 0 {
        prefix = nobody
      } else {
        try FileManager.default.removeItem(atPath: dir + "/reports/locked.eml")
        inputs.append("/proc/self/mem")
      }
    }
    let r = try cli.run(["investigate", "--offline"] + inputs + ["--out", dir + "/out"], prefix: prefix)
    #expect(r.status == 66, "\(r.stderr)")
    #expect(
      (r.stderr.contains("locked.eml: cannot be read") || r.stderr.contains("/proc/self/mem: cannot be read"))
        && r.stderr.contains("skipped"), "\(r.stderr)")
    #expect(r.stderr.contains("1 reported message(s) added to the case, 1 input(s) skipped"), "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: dir + "/out/report.html"))
    #expect(r.stdout.contains("campaign-1: BEC"))
  }

  @Test("a dangling link in a folder of reports is an input that cannot be read, never skipped in silence")
  func danglingLink() throws {
    let dir = try tempDir()
    try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.lure, toPath: dir + "/reports/a.eml")
    try FileManager.default.createSymbolicLink(atPath: dir + "/reports/gone.eml", withDestinationPath: dir + "/nowhere")
    let analyze = try cli.run(["analyze", "--offline", dir + "/reports"])
    #expect(analyze.status == 66 && analyze.stderr.contains("gone.eml: not found"), "\(analyze.stderr)")
    #expect(analyze.stdout.contains("BEC"))
    let investigate = try cli.run(["investigate", "--offline", dir + "/reports", "--out", dir + "/out"])
    #expect(investigate.status == 66 && investigate.stderr.contains("1 input(s) skipped"), "\(investigate.stderr)")
  }

  @Test("every path and option is checked before any work starts")
  func checkedBeforeWork() throws {
    let dir = try tempDir()
    let missing = try cli.run([
      "investigate", "--offline", Self.lure, "--mailbox", dir + "/nope.mbox", "--out", dir + "/o",
    ])
    #expect(missing.status == 66 && missing.stderr.contains("nope.mbox: not found"), "\(missing.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/o"), "work started before the check")
    let folder = try cli.run(["investigate", "--offline", Self.lure, "--exposure", dir, "--out", dir + "/o"])
    #expect(folder.status == 66 && folder.stderr.contains("is a folder"), "\(folder.stderr)")
    let jobs = try cli.run(["investigate", "--offline", Self.lure, "--jobs", "0", "--out", dir + "/o"])
    #expect(jobs.status == 64 && jobs.stderr.contains("--jobs must be at least 1"))
    let root = try cli.run(["investigate", "--offline", Self.lure, "--out", "/"])
    #expect(root.status == 64 && root.stderr.contains("not the root"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/o"))
  }

  @Test("--out refuses a folder of someone else's files unless --force; a re-run into its own case is fine")
  func outputFolder() throws {
    let dir = try tempDir()
    try "mine".write(toFile: dir + "/thesis.docx", atomically: true, encoding: .utf8)
    let refused = try cli.run(["investigate", "--offline", Self.lure, "--out", dir])
    #expect(refused.status == 73 && refused.stderr.contains("thesis.docx") && refused.stderr.contains("--force"))
    #expect(!FileManager.default.fileExists(atPath: dir + "/report.md"))
    let forced = try cli.run(["investigate", "--offline", Self.lure, "--out", dir, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOfFile: dir + "/thesis.docx", encoding: .utf8) == "mine")
    let out = try tempDir() + "/case"
    for _ in 1...2 {
      let r = try cli.run(["investigate", "--offline", Self.lure, "--note", "called the CFO", "--out", out])
      #expect(r.status == 0, "\(r.stderr)")
    }
    // The note given on both runs is kept once.
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(report.components(separatedBy: "called the CFO").count == 2, "\(report)")
  }

  @Test("settings errors: one line naming file and line, never the value; duplicate keys refused")
  func settingsErrors() throws {
    let dir = try tempDir()
    let intel = dir + "/intel.yaml"
    try "services:\n  abuseipdb:\n    key: SECRET-KEY-123\n    base_url: [http://127.0.0.1:9\n".write(
      toFile: intel, atomically: true, encoding: .utf8)
    let r = try cli.run(["intel", "ip", "192.0.2.1", "--intel-config", intel])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    #expect(r.stderr.contains("intel.yaml") && r.stderr.contains("line "), "\(r.stderr)")
    #expect(!r.stderr.contains("SECRET-KEY-123"))
    let org = dir + "/org.yaml"
    try "organization:\n  domains: [corp.example]\n  domains: [other.example]\n".write(
      toFile: org, atomically: true, encoding: .utf8)
    let d = try cli.run(["analyze", "--offline", "--org", org, Self.lure])
    #expect(d.status == 64 && d.stderr.contains("line 3") && d.stderr.contains("domains is given twice"), "\(d.stderr)")
  }

  @Test("CSV: an unterminated quote or bytes that are not UTF-8 are errors with the line, exit 64")
  func csvErrors() throws {
    let dir = try tempDir()
    try "employee,platform,url,note\nsho.takada@corp.example,LinkedIn,https://x.example,\"open\nnext,row\n".write(
      toFile: dir + "/open.csv", atomically: true, encoding: .utf8)
    let open = try cli.run([
      "investigate", "--offline", Self.lure, "--exposure", dir + "/open.csv", "--out", dir + "/o1",
    ])
    #expect(
      open.status == 64 && open.stderr.contains("open.csv:2:") && open.stderr.contains("never closed"), "\(open.stderr)"
    )
    var bytes = Array("employee,platform,url,note\na@corp.example,LinkedIn,,ok\nb@corp.example,X,,".utf8)
    bytes += [0x83, 0x65, 0x83, 0x58, 0x0A]  // Shift_JIS, not UTF-8
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/sjis.csv"))
    let sjis = try cli.run([
      "investigate", "--offline", Self.lure, "--exposure", dir + "/sjis.csv", "--out", dir + "/o2",
    ])
    #expect(sjis.status == 64 && sjis.stderr.contains("sjis.csv:3:") && sjis.stderr.contains("UTF-8"), "\(sjis.stderr)")
  }

  @Test("--help for --store names the real defaults")
  func storeHelp() throws {
    let r = try cli.run(["investigate", "--help"])
    #expect(r.stdout.contains("DIR/case.sqlite") && r.stdout.contains("XDG_CACHE_HOME"))
  }
}
