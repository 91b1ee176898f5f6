import Foundation
import MailCore
import Testing

/// One fixture of `Fixtures/expectations.json`, decoded loosely (absent keys are not checked).
struct Fixture: CustomTestStringConvertible, Sendable {
  let file: String
  let fixedLineEndings: Bool
  let json: [String: any Sendable]

  var testDescription: String { file }

  static let all: [Fixture] = {
    guard let url = Bundle.module.url(forResource: "expectations", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url),
      let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return list.map { entry in
      Fixture(
        file: entry["file"] as! String, fixedLineEndings: entry["fixed_line_endings"] as? Bool ?? false,
        json: entry.mapValues(Fixture.sendable))
    }
  }()

  /// JSON values as Sendable Swift values (strings, numbers, booleans, arrays, dictionaries).
  static func sendable(_ value: Any) -> any Sendable {
    switch value {
    case let s as String: return s
    case let b as Bool: return b
    case let i as Int: return i
    case let d as Double: return d
    case let a as [Any]: return a.map(sendable)
    case let o as [String: Any]: return o.mapValues(sendable)
    default: return String?.none
    }
  }

  func bytes(crlf: Bool) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/messages/\(file)", withExtension: nil))
    let raw = [UInt8](try Data(contentsOf: url))
    guard crlf else { return raw }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count + raw.count / 20)
    for (i, c) in raw.enumerated() {
      if c == 0x0A && (i == 0 || raw[i - 1] != 0x0D) { out.append(0x0D) }
      out.append(c)
    }
    return out
  }
}

@Suite("Parser fixtures (LF and CRLF)")
struct FixtureTests {
  @Test("fixtures are present")
  func fixturesLoad() {
    #expect(Fixture.all.count >= 50)
  }

  @Test("decoded fields, bodies, attachments and defects match", arguments: Fixture.all, [false, true])
  func fixture(_ fixture: Fixture, crlf: Bool) throws {
    if crlf && fixture.fixedLineEndings { return }
    let message = MessageParser().parse(try fixture.bytes(crlf: crlf))
    check(message, against: fixture.json, file: fixture.file + (crlf ? " (CRLF)" : " (LF)"))
  }

  private func check(_ message: Message, against e: [String: any Sendable], file: String) {
    let context = Comment(rawValue: file)
    // Every expectation present must be readable, or the checks below would silently skip it.
    for key in ["from"] where e[key] != nil { #expect(e[key] as? [String: Any] != nil, "unreadable \(key) in \(file)") }
    for key in ["to", "cc", "reply_to", "attachments"] where e[key] != nil {
      #expect(e[key] as? [[String: Any]] != nil, "unreadable \(key) in \(file)")
    }
    for key in ["text_contains", "references"] where e[key] != nil {
      #expect(e[key] as? [String] != nil, "unreadable \(key) in \(file)")
    }
    if e.keys.contains("subject") {
      #expect(message.subject == (e["subject"] as? String), context)
    }
    if let from = e["from"] as? [String: Any] {
      expectAddress(message.from, from, context)
    }
    for (key, actual) in [("to", message.to), ("cc", message.cc), ("reply_to", message.replyTo)] {
      guard let expected = e[key] as? [[String: Any]] else { continue }
      #expect(actual.count == expected.count, "\(key) count in \(context.rawValue)")
      for (a, x) in zip(actual, expected) { expectAddress(a, x, context) }
    }
    if e.keys.contains("date") {
      #expect(message.date?.rfc3339 == (e["date"] as? String), context)
    }
    if let id = e["message_id"] as? String {
      #expect(message.messageID == id, context)
    }
    if let refs = e["references"] as? [String] {
      #expect(message.envelope.references == refs, context)
    }
    let body = message.bodyText
    for needle in e["text_contains"] as? [String] ?? [] {
      #expect(body.contains(needle), "body lacks \(needle.debugDescription) in \(file)")
    }
    let html = message.htmlBodyText
    for needle in e["html_text_contains"] as? [String] ?? [] {
      #expect(html.contains(needle), "HTML text lacks \(needle.debugDescription) in \(file)")
    }
    for needle in e["html_text_excludes"] as? [String] ?? [] {
      #expect(!html.contains(needle), "HTML text shows \(needle.debugDescription) in \(file)")
    }
    let current = message.currentThreadText
    for needle in e["current_thread_contains"] as? [String] ?? [] {
      #expect(current.contains(needle), "current thread lacks \(needle.debugDescription) in \(file)")
    }
    for needle in e["current_thread_excludes"] as? [String] ?? [] {
      #expect(!current.contains(needle), "current thread keeps \(needle.debugDescription) in \(file)")
    }
    if let expected = e["attachments"] as? [[String: Any]] {
      let actual = message.attachments
      #expect(actual.count == expected.count, "attachment count in \(file)")
      for (a, x) in zip(actual, expected) {
        #expect(a.filename == x["filename"] as? String, context)
        #expect(a.contentType == x["content_type"] as? String, context)
        #expect(a.size == x["size"] as? Int, context)
        #expect(a.sha256 == x["sha256"] as? String, context)
      }
    }
    if let leaves = e["leaf_part_count"] as? Int {
      let ids = Set(message.partIDs)
      let count = message.parts.filter { ids.contains($0.id) && !$0.contentType.isMultipart }.count
      #expect(count == leaves, "leaf parts in \(file)")
    }
    let kinds = Set(message.defects.map(\.kind.rawValue))
    for kind in e["defects"] as? [String] ?? [] {
      #expect(kinds.contains(kind), "missing defect \(kind) in \(file); got \(kinds.sorted())")
    }
    if let embedded = e["embedded"] as? [String: any Sendable] {
      let inner = message.embeddedMessages
      #expect(inner.count == 1, context)
      if let first = inner.first { check(first, against: embedded, file: file + " (embedded)") }
    }
  }

  private func expectAddress(_ actual: Address?, _ expected: [String: Any], _ context: Comment) {
    #expect(actual?.name == expected["name"] as? String, context)
    #expect(actual?.address == expected["address"] as? String, context)
    if let unicode = expected["unicode_domain"] as? String {
      #expect(actual?.unicodeDomain == unicode, context)
    }
  }
}
