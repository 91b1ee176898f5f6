import Foundation
import Testing

@testable import Analysis

/// The detection data is compiled into the binary: every file of `Sources/Analysis/Data` is
/// there, byte for byte, and every table loads non-empty.
@Suite("Shipped detection data is part of the binary")
struct ShippedDataTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Sources/Analysis/Data").standardized

  @Test("every data file is compiled in, identical to the source")
  func everyFileEmbedded() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".yaml") }.sorted()
    #expect(names.count >= 10)
    #expect(ShippedData.names == names)
    for name in names {
      let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(ShippedData.text(name) == source, "\(name)")
    }
  }

  @Test("rules, cues, domain and brand lists load non-empty")
  func tablesLoad() {
    #expect(Rule.shipped.count >= 10)
    #expect(ContentCues.shipped.phrases.count >= 5)
    let lists = DomainLists.shipped
    #expect(lists.freemail.contains("gmail.com"))
    #expect(lists.freemail.count > 1000)
    #expect(!lists.disposable.isEmpty && !lists.suspiciousTLDs.isEmpty && !lists.shorteners.isEmpty)
    #expect(!lists.providers.isEmpty && !lists.brands.isEmpty && !lists.wellKnown.isEmpty)
  }
}
