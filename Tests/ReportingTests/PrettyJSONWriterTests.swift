import Foundation
import Testing

@testable import Reporting

/// The STIX and MISP writer: indented JSON, strings escaped as RFC 8259 requires, the layout
/// the exports always had.
@Suite("Indented JSON writer")
struct PrettyJSONWriterTests {
  func document(_ values: [String]) -> [UInt8] {
    var w = PrettyJSONWriter()
    w.beginObject()
    w.field("a", true)
    w.key("b")
    w.beginArray()
    for v in values {
      w.element()
      w.value(v)
    }
    w.endArray()
    w.key("c")
    w.beginObject()
    w.endObject()
    w.field("d", strings: [])
    w.endObject()
    return w.finished()
  }

  @Test("layout: two-space indents, empty containers inline, final newline")
  func layout() {
    let text = String(decoding: document(["x"]), as: UTF8.self)
    #expect(text == "{\n  \"a\": true,\n  \"b\": [\n    \"x\"\n  ],\n  \"c\": {},\n  \"d\": []\n}\n")
  }

  @Test("every string comes back as written, controls, quotes, backslashes and Japanese included")
  func roundTrip() throws {
    var values = ["", "plain", "quote \" and \\ backslash", "至急のお願い 👍", "tab\tline\nreturn\r", "\u{0600}<x>"]
    values.append(String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self))
    let bytes = document(values)
    #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(object["b"] as? [String] == values)
    #expect(String(decoding: document(["\u{1}"]), as: UTF8.self).contains("\"\\u0001\""))
  }
}
