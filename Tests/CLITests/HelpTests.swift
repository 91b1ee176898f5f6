import Foundation
import Testing

/// `--help` must not contradict itself or the program: one default a option, and the defaults it
/// prints are the values the commands use.
@Suite("Help text: one default an option, and the real one")
struct HelpTests {
  let cli = ParseCommandTests()
  static let commands = [
    ["parse"], ["analyze"], ["investigate"], ["intel", "ip"], ["intel", "domain"], ["intel", "account"],
    ["intel", "log"], ["rules", "list"], ["rules", "test"], ["defang"], ["refang"], ["serve"], ["intake"],
  ]

  /// The help of a command, split into option entries (each starts with "  -").
  func options(_ command: [String]) throws -> [String: String] {
    let run = try cli.run(command + ["--help"])
    #expect(run.status == 0, "\(command)")
    var entries: [String: String] = [:]
    var current: String? = nil
    for line in run.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if line.hasPrefix("  -"), let name = trimmed.split(separator: " ").first.map(String.init) {
        current = name.replacingOccurrences(of: ",", with: "")
        entries[current!] = String(trimmed)
      } else if let c = current, line.hasPrefix("      ") {
        entries[c]! += " " + trimmed
      } else {
        current = nil
      }
    }
    return entries
  }

  @Test("no option states two defaults")
  func oneDefault() throws {
    for command in Self.commands {
      for (name, text) in try options(command) {
        // ArgumentParser's own "(default: …)" or "(values: …; default: …)", at most once.
        #expect(text.components(separatedBy: "default:").count - 1 <= 1, "\(command) \(name): \(text)")
      }
    }
  }

  @Test("--jobs: the default printed is the number of CPUs, and 0 is refused")
  func jobs() throws {
    let cpus = ProcessInfo.processInfo.activeProcessorCount
    for command in [["parse"], ["analyze"], ["investigate"]] {
      let text = try #require(try options(command)["--jobs"], "\(command)")
      #expect(text.contains("(default: \(cpus))"), "\(command): \(text)")
      #expect(!text.contains("number of CPUs)"), "\(command): \(text)")
    }
    let refused = try cli.run(["analyze", "--offline", "--jobs", "0", "Examples/ceo-lure.eml"])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--jobs must be at least 1"))
  }

  @Test("--store: the default named for analyze is the one used ($BECSCOPE_STORE)")
  func store() throws {
    let text = try #require(try options(["analyze"])["--store"])
    #expect(text.contains("$BECSCOPE_STORE") && text.contains("DIR/case.sqlite"))
    // `intel log` reads the default store: an empty file at $BECSCOPE_STORE is opened (and
    // found to hold no queries), a missing one is reported as no queries too, never created.
    let dir = NSTemporaryDirectory() + "becscope-help-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/store.sqlite"
    let run = try cli.run(["intel", "log"], prefix: ["BECSCOPE_STORE=\(path)"])
    #expect(run.status == 0)
    #expect(!FileManager.default.fileExists(atPath: path))
    try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
    let broken = try cli.run(["intel", "log"], prefix: ["BECSCOPE_STORE=\(path)"])
    #expect(broken.status != 0, "the store at $BECSCOPE_STORE was not read")
    #expect(broken.stderr.contains(path) || broken.stderr.contains("database"), "\(broken.stderr)")
  }
}
