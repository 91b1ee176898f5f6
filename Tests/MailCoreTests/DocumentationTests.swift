import Foundation
import MailCore
import Testing

/// The documented interface keeps up with the code: every defect kind is in the JSON Schema and
/// in `docs/interfaces.md`.
@Suite("Documentation")
struct DocumentationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("every defect kind is documented", arguments: ["docs/schema/parse.schema.json", "docs/interfaces.md"])
  func defectKinds(_ path: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    for kind in Defect.Kind.allCases {
      #expect(text.contains("\(kind.rawValue)"), "\(path) does not mention \(kind.rawValue)")
    }
  }

  @Test("an empty filename does not hide the Content-Type name")
  func emptyFilename() {
    let text = """
      Content-Type: multipart/mixed; boundary=b

      --b
      Content-Type: application/octet-stream; name="invoice.exe"
      Content-Disposition: attachment; filename=""

      MZ
      --b--

      """
    let message = MessageParser().parse(Array(text.utf8))
    #expect(message.attachments.map(\.filename) == ["invoice.exe"])
  }
}
