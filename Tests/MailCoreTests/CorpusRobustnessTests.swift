import Foundation
import MailCore
import Testing

/// Every real message in `../shared/corpus` parses within bounds, and the result is internally
/// consistent: offsets inside their buffers, parts in pre-order, ids that point where they should.
@Suite("Corpus robustness", .enabled(if: Corpus.isPresent, "../shared/corpus is absent"))
struct CorpusRobustnessTests {
  static let folders = [
    "phishing_pot", "stalwart-mail-parser", "sisimai", "mikel-mail", "cpython-test-email", "japanese",
  ]

  @Test("every corpus message parses with consistent structure", arguments: folders)
  func parsesConsistently(folder: String) throws {
    let files = Corpus.messages(in: folder)
    #expect(!files.isEmpty, "no messages found in \(folder)")
    let parser = MessageParser()
    for url in files {
      let bytes = [UInt8](try Data(contentsOf: url))
      let message = parser.parse(bytes)
      try Self.checkInvariants(message, input: bytes, name: url.lastPathComponent)
    }
  }

  @Test("strict limits still give a message for every corpus file", arguments: folders)
  func strictLimits(folder: String) throws {
    let parser = MessageParser(limits: .strict)
    for url in Corpus.messages(in: folder) {
      let bytes = [UInt8](try Data(contentsOf: url))
      let message = parser.parse(bytes)
      try Self.checkInvariants(message, input: bytes, name: url.lastPathComponent)
      #expect(message.parts.count <= ParseLimits.strict.maxParts + 1)
    }
  }

  static func checkInvariants(_ message: Message, input: [UInt8], name: String) throws {
    // Buffer 0 is the input (bare CRs become LFs one for one), so offsets cite the original bytes.
    #expect(message.buffers[0].count == input.count, "offsets refer to the input in \(name)")
    #expect(!message.parts.isEmpty, "no parts in \(name)")
    for (index, part) in message.parts.enumerated() {
      #expect(part.id == index, "part ids are indices in \(name)")
      let size = message.buffers[part.buffer].count
      #expect(part.headerRange.lowerBound <= part.bodyRange.lowerBound, "header before body in \(name)")
      #expect(part.bodyRange.upperBound <= size, "body inside buffer in \(name)")
      for field in part.headers {
        #expect(
          field.range.upperBound <= size && field.valueRange.lowerBound >= field.range.lowerBound,
          "field offsets in \(name)")
      }
      if let parent = part.parentID {
        #expect(parent < part.id, "parents come first in \(name)")
        #expect(message.parts[parent].childIDs.contains(part.id), "parent lists child in \(name)")
      }
      for child in part.childIDs { #expect(message.parts[child].parentID == part.id, "child points back in \(name)") }
    }
    #expect(message.defects.count < 64 * message.parts.count + 8, "defects stay bounded in \(name)")
  }
}
