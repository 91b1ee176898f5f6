import Foundation
import Testing

/// `--store` on `investigate`, and `becscope store`, as a team uses them: one case taken in by one
/// run and built by another, on SQLite and on PostgreSQL.
@Suite("becscope store and investigate --store (the commands)")
struct StoreCommandTests {
  let cli = ParseCommandTests()
  static let fixture = InvestigateCommandTests.fixture

  /// The PostgreSQL server `.ci/run` starts; without it that backend is not tested (said once).
  static let postgres: String? = {
    guard let url = ProcessInfo.processInfo.environment["BECSCOPE_TEST_POSTGRES"], !url.isEmpty else {
      print("CLITests: BECSCOPE_TEST_POSTGRES is not set; investigate --store postgres:// is not tested")
      return nil
    }
    return url
  }()

  static var stores: [String] { ["sqlite"] + (postgres == nil ? [] : ["postgres"]) }

  func tempDir() -> String { NSTemporaryDirectory() + "becscope-store-\(UUID().uuidString)" }

  /// case.json without what differs from run to run (the time, the sweeps' durations, the count
  /// of repeats this run met).
  static func stable(_ path: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["generated_at", "sweeps", "duplicates"] {
      #expect(object[key] != nil, "case.json lacks \(key)")
      object[key] = nil
    }
    return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test("taken in by one run, built by another from the store alone; the same case on SQLite and PostgreSQL")
  func buildFromStore() throws {
    var built: [String: String] = [:]
    for backend in Self.stores {
      let dir = tempDir()
      let store = backend == "sqlite" ? dir + "/team.sqlite" : try #require(Self.postgres)
      let title = "case-study-\(UUID().uuidString.prefix(8))"
      let first = try cli.run([
        "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--mailbox",
        "\(Self.fixture)/mailbox.mbox", "--store", store, "--case", title, "--out", dir + "/first",
      ])
      #expect(first.status == 0, "\(backend): \(first.stderr)")
      #expect(
        first.stderr.contains("5 reported message(s) added to the case, 1 already in it (case "), "\(first.stderr)")
      #expect(!FileManager.default.fileExists(atPath: dir + "/first/case.sqlite"), "\(backend): a store in --out")
      // No inputs: the case as the store holds it, every analysis read back.
      let second = try cli.run(
        ["investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "--case", title, "--out", dir + "/second"],
        prefix: ["BECSCOPE_STORE=\(store)"])
      #expect(second.status == 0, "\(backend): \(second.stderr)")
      #expect(
        second.stderr.contains("7 message(s), 7 analysis(es) read back from the store, 0 analysed"), "\(second.stderr)")
      #expect(second.stdout.contains("campaign-1: BEC, 7 message(s) from ejbjebduffy@optimum.net"))
      let a = try Self.stable(dir + "/first/case.json")
      let b = try Self.stable(dir + "/second/case.json")
      #expect(a == b, "\(backend): the case built from the store differs from the first run's")
      built[backend] = b
      // Another profile: every message analysed again, once. (The test server's database is shared
      // across runs, and analyses are kept by content: there an earlier run may have stored them.)
      let noProfile = try cli.run([
        "investigate", "--offline", "--store", store, "--case", title, "--out", dir + "/third",
      ])
      #expect(noProfile.status == 0, "\(noProfile.stderr)")
      if backend == "sqlite" {
        #expect(noProfile.stderr.contains("7 message(s), 0 analysis(es) read back from the store, 7 analysed"))
      }
      // The store lists the case.
      let check = try cli.run(["store", "check", "--store", store, "--json"])
      #expect(check.status == 0, "\(check.stderr)")
      let listed = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
      #expect(listed["integrity"] as? String == "ok")
      #expect((listed["migrations"] as? [String])?.contains { $0.hasPrefix("v1:") } == true)
      let cases = try #require(listed["case_list"] as? [[String: Any]])
      #expect(cases.contains { $0["title"] as? String == title })
    }
    if let postgres = built["postgres"] { #expect(postgres == built["sqlite"], "SQLite and PostgreSQL differ") }
  }

  @Test("two investigate processes at once, one case: every message kept once, nothing lost")
  func twoProcesses() throws {
    for backend in Self.stores {
      let dir = tempDir()
      let store = backend == "sqlite" ? dir + "/team.sqlite" : try #require(Self.postgres)
      let title = "together-\(UUID().uuidString.prefix(8))"
      let reports = "\(Self.fixture)/reports"
      // Overlapping halves: reports 1 to 4, and 3, 4, 5 with the repeated report 1.
      let halves = [
        ["report-1.eml", "report-2.eml", "report-3.eml", "report-4.eml"],
        ["report-3.eml", "report-4.eml", "report-5.eml", "report-1-again.eml"],
      ]
      var processes: [(Process, Pipe)] = []
      for (n, half) in halves.enumerated() {
        let process = Process()
        process.executableURL = ParseCommandTests.binary
        process.arguments =
          ["investigate", "--offline", "--org", "\(Self.fixture)/org.yaml"] + half.map { "\(reports)/\($0)" }
          + ["--store", store, "--case", title, "--out", dir + "/out-\(n)"]
        process.currentDirectoryURL = ParseCommandTests.root
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        processes.append((process, err))
      }
      for (process, _) in processes { try process.run() }
      var added = 0
      for (process, err) in processes {
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(backend): \(text)")
        let match = text.firstMatch(of: /(\d+) reported message\(s\) added to the case/)
        added += Int(try #require(match?.1, "\(backend): \(text)")) ?? -1
      }
      #expect(added == 5, "\(backend): \(added) added by the two runs; five distinct messages")
      let after = try cli.run(["investigate", "--offline", "--store", store, "--case", title, "--out", dir + "/after"])
      #expect(after.stderr.contains(": 5 message(s), "), "\(backend): \(after.stderr)")
      let check = try cli.run(["store", "check", "--store", store, "--json"])
      let listed = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
      let cases = try #require(listed["case_list"] as? [[String: Any]])
      #expect(cases.filter { $0["title"] as? String == title }.count == 1, "\(backend): one case, not two")
    }
  }

  @Test("an unchanged case is not written again; a note, another language or a missing file rebuilds it")
  func unchanged() throws {
    let dir = tempDir()
    let args = [
      "investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "\(Self.fixture)/reports", "--out", dir,
    ]
    let first = try cli.run(args)
    #expect(first.status == 0, "\(first.stderr)")
    let html = dir + "/report.html"
    let written = try FileManager.default.attributesOfItem(atPath: html)[.modificationDate] as? Date
    let again = try cli.run(args)
    #expect(again.status == 0)
    #expect(again.stderr.contains("unchanged since"), "\(again.stderr)")
    #expect(!again.stderr.contains("read back from the store"), "the analyses were read although nothing changed")
    #expect(again.stdout.contains("campaign-1: BEC, 5 message(s) from ejbjebduffy@optimum.net"), "\(again.stdout)")
    #expect(try FileManager.default.attributesOfItem(atPath: html)[.modificationDate] as? Date == written)
    // Each of these changes what the report says or where it is: the case is built again.
    for (change, extra) in [("a note", ["--note", "called the CEO"]), ("Japanese", ["--lang", "ja"])] {
      let changed = try cli.run(args + extra)
      #expect(changed.stderr.contains("5 analysis(es) read back from the store"), "\(change): \(changed.stderr)")
    }
    try FileManager.default.removeItem(atPath: html)
    let restored = try cli.run(args + ["--note", "called the CEO", "--lang", "ja"])
    #expect(restored.stderr.contains("read back from the store"), "\(restored.stderr)")
    #expect(FileManager.default.fileExists(atPath: html))
  }

  @Test("a case folder of becscope 0.1 (one case a file, its own tables) is taken over, its messages and notes kept")
  func legacyCase() throws {
    let dir = tempDir() + "/case-2026-11"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let report = ParseCommandTests.root.appendingPathComponent("\(Self.fixture)/reports/report-1.eml").path
    // The schema becscope 0.1 wrote, and one reported message and a note in it, by Python's sqlite3.
    let script = [
      "import hashlib, sqlite3, sys",
      "raw = open(sys.argv[2], 'rb').read()",
      "c = sqlite3.connect(sys.argv[1])",
      "c.execute('CREATE TABLE raw_messages (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL)')",
      "c.execute('CREATE TABLE case_messages (key TEXT PRIMARY KEY, sha256 TEXT NOT NULL, origin TEXT NOT NULL, source TEXT NOT NULL, added_at TEXT NOT NULL)')",
      "c.execute('CREATE TABLE analyses (key TEXT PRIMARY KEY, json TEXT NOT NULL)')",
      "c.execute('CREATE TABLE campaigns (id TEXT PRIMARY KEY, json TEXT NOT NULL)')",
      "c.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, at TEXT NOT NULL, text TEXT NOT NULL)')",
      "c.execute('CREATE TABLE sweeps (mailbox TEXT PRIMARY KEY, messages INTEGER NOT NULL, finished_at TEXT)')",
      "h = hashlib.sha256(raw).hexdigest()",
      "c.execute('INSERT INTO raw_messages VALUES (?, ?)', (h, raw))",
      "c.execute('INSERT INTO case_messages VALUES (?, ?, ?, ?, ?)', ('mid:legacy', h, 'reported', 'report-1.eml', '2026-11-29T10:00:00Z'))",
      "c.execute('INSERT INTO notes (at, text) VALUES (?, ?)', ('2026-11-29T10:00:00Z', 'called the CEO'))",
      "c.commit()",
    ].joined(separator: "\n")
    let python = InvestigateCommandTests.python(["-c", script, dir + "/case.sqlite", report])
    #expect(python.status == 0, "\(python.output)")
    let run = try cli.run(["investigate", "--offline", "--org", "\(Self.fixture)/org.yaml", "--out", dir])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("1 message(s), 0 analysis(es) read back from the store, 1 analysed"), "\(run.stderr)")
    #expect(run.stdout.contains("campaign-1: BEC, 1 message(s) from ejbjebduffy@optimum.net"), "\(run.stdout)")
    let markdown = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
    #expect(markdown.contains("called the CEO"))
  }

  @Test("nothing to build, a store that cannot be reached, a store from a newer becscope: clear errors")
  func errors() throws {
    let dir = tempDir()
    let empty = try cli.run(["investigate", "--offline", "--store", dir + "/s.sqlite", "--out", dir + "/out"])
    #expect(empty.status == 66)
    #expect(empty.stderr.contains("holds no message: give reported messages"), "\(empty.stderr)")
    let down = try cli.run(["store", "check", "--store", "postgres://becscope:s3cret-word@127.0.0.1:1/none"])
    #expect(down.status == 1)
    #expect(down.stderr.contains("cannot connect: connection refused"), "\(down.stderr)")
    #expect(!down.stderr.contains("s3cret-word"), "the password was echoed: \(down.stderr)")
    #expect(down.stderr.contains("postgres://becscope@127.0.0.1:1/none"))
    let notURL = try cli.run(["store", "migrate", "--store", "postgres://no-user-here"])
    #expect(notURL.status == 1 && notURL.stderr.contains("not a postgres://user@host"), "\(notURL.stderr)")
    // A store one migration ahead of this becscope is refused and left alone.
    let path = dir + "/newer.sqlite"
    #expect(try cli.run(["store", "migrate", "--store", path]).status == 0)
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    sqlite.arguments = [
      "python3", "-c",
      "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v99: future')\"); c.commit()",
      path,
    ]
    try sqlite.run()
    sqlite.waitUntilExit()
    let newer = try cli.run(["store", "check", "--store", path])
    #expect(newer.status == 1)
    #expect(newer.stderr.contains("written by a newer becscope"), "\(newer.stderr)")
  }
}
