import Foundation
import Testing

/// A case interrupted at any moment keeps what it committed and completes on the next run.
@Suite("becscope investigate: stopped and resumed")
struct ResumeTests {
  let cli = ParseCommandTests()

  /// An mbox of `count` small messages with a planted copy of the lure every `every` messages.
  static func mailbox(count: Int, every: Int, at path: String) throws -> [String] {
    var planted: [String] = []
    var out = Data()
    for i in 0..<count {
      let id = "<resume-\(i)@mailbox.test>"
      let message: String
      if i % every == every / 2 {
        planted.append(id)
        message = """
          From: "山田 太郎" <ejbjebduffy@optimum.net>
          To: person\(i).private@gmail.com, p\(i)@hisui-denki.example
          Subject: =?UTF-8?B?6Iez5oCl44Gu44GK6aGY44GE?=
          Date: Tue, 10 Mar 2026 01:\(String(format: "%02d", i % 60)):00 +0000
          Message-ID: \(id)
          Content-Type: text/plain; charset=UTF-8

          社員\(i)さん
          お疲れ様です。山田です。至急ご対応いただきたい件があります。このメールに返信してください。
          """
      } else {
        message = """
          From: colleague\(i % 97)@hisui-denki.example
          To: someone\(i % 13)@hisui-denki.example
          Subject: Weekly note \(i)
          Date: Tue, 10 Mar 2026 02:00:00 +0000
          Message-ID: \(id)

          Minutes of meeting \(i): budget, hiring and the office move were discussed. Nothing urgent.
          """
      }
      out.append(Data("From sender@mailbox.test Tue Mar 10 02:00:00 2026\n\(message)\n\n".utf8))
    }
    try out.write(to: URL(fileURLWithPath: path))
    return planted
  }

  @Test("killed during a mailbox sweep, the case keeps its messages; the next run finds every copy once")
  func killAndResume() throws {
    let dir = NSTemporaryDirectory() + "becscope-resume-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let planted = try Self.mailbox(count: 30_000, every: 3_000, at: dir + "/big.mbox")
    let fixture = InvestigateCommandTests.fixture
    let args = [
      "investigate", "--offline", "--org", "\(fixture)/org.yaml", "\(fixture)/reports/report-1.eml", "--mailbox",
      dir + "/big.mbox", "--out", dir + "/out", "--jobs", "1",
    ]
    // First run: stopped with SIGKILL part-way through the sweep.
    let process = Process()
    process.executableURL = ParseCommandTests.binary
    process.arguments = args
    process.currentDirectoryURL = ParseCommandTests.root
    process.standardOutput = Pipe()
    let err = Pipe()
    process.standardError = err
    try process.run()
    // Wait for the intake to be committed (its summary line), then stop the sweep mid-way.
    var seen = ""
    while !seen.contains("added to the case") {
      let chunk = err.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
    Thread.sleep(forTimeInterval: 0.3)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the run ended before it could be stopped")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out/case.json"))
    // Second run: the report is already in the case; the sweep completes; every copy once.
    let second = try cli.run(args)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stderr.contains("0 reported message(s) added to the case, 1 already in it"))
    let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/out/case.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let messages = try #require(object["messages"] as? [[String: Any]])
    let ids = messages.compactMap { ($0["message"] as? [String: Any])?["message_id"] as? String }
    for id in planted {
      let bare = id.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
      #expect(ids.filter { $0 == bare || $0 == id }.count == 1, "\(id) found \(ids.filter { $0 == bare }.count) times")
    }
    #expect(messages.count == planted.count + 1)
  }
}
