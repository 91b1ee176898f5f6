import Foundation
import MailCore
import Testing

/// Replays every input in `Fixtures/regressions/` (inputs that once crashed or misled the parser)
/// with the default and strict bounds, checking the structural invariants each time.
@Suite("Regressions")
struct RegressionTests {
  static let files: [String] = {
    guard let dir = Bundle.module.url(forResource: "Fixtures/regressions", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
    else { return [] }
    return names.filter { !$0.hasSuffix(".md") }.sorted()
  }()

  @Test("the regression inputs are present")
  func present() {
    #expect(Self.files.count >= 4)
  }

  @Test("each regression input parses consistently", arguments: files)
  func replay(_ name: String) throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/regressions/\(name)", withExtension: nil))
    let bytes = [UInt8](try Data(contentsOf: url))
    for limits in [ParseLimits.default, .strict] {
      let message = MessageParser(limits: limits).parse(bytes)
      try CorpusRobustnessTests.checkInvariants(message, input: bytes, name: name)
      _ = message.currentThreadText
    }
  }

  @Test("a lenient delimiter line is consumed whole")
  func lenientDelimiter() throws {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/regressions/lenient-boundary-mid-line.eml", withExtension: nil))
    let message = MessageParser().parse([UInt8](try Data(contentsOf: url)))
    #expect(message.bodyText == "body\n")
    #expect(message.defects.contains { $0.kind == .malformedBoundary })
  }

  @Test("exactly maxParts parts keeps the epilogue and reports no limit")
  func partsAtLimit() throws {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/regressions/parts-at-limit.eml", withExtension: nil))
    var limits = ParseLimits.default
    limits.maxParts = 4
    let message = MessageParser(limits: limits).parse([UInt8](try Data(contentsOf: url)))
    #expect(!message.defects.contains { $0.kind == .partLimit })
    guard case .multipart(_, _, let epilogue) = message.root.kind else {
      Issue.record("root is not multipart")
      return
    }
    #expect(epilogue != nil)
  }
}
