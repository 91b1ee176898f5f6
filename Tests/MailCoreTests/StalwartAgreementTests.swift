import Foundation
import MailCore
import Testing

/// Compares becscope with another parser's reading of the same messages: the expected output
/// that stalwartlabs/mail-parser ships with its test corpus (`eml/**/NNN.json`).
///
/// Per message: decoded subject, first From (name and address), To addresses, the decoded text
/// of the first text/plain part (whitespace-normalised) and attachment names. Disagreements are printed with the
/// field, and explained in `docs/conformance.md`.
@Suite("Agreement with stalwart mail-parser", .enabled(if: Corpus.isPresent, "../shared/corpus is absent"))
struct StalwartAgreementTests {
  struct Facts: Equatable {
    var subject: String?
    var fromName: String?
    var fromAddress: String?
    var to: [String]
    var text: String?
    var attachments: [String]
  }

  @Test("at least 95% of messages agree on subject, from, to, text and attachment names")
  func agreement() throws {
    let base = Corpus.root.appendingPathComponent("stalwart-mail-parser/eml")
    var total = 0
    var agreed = 0
    var report: [String] = []
    for folder in ["rfc", "legacy", "thirdparty", "malformed"] {
      let dir = base.appendingPathComponent(folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".eml") }.sorted()
      for name in names {
        let eml = dir.appendingPathComponent(name)
        let jsonURL = eml.deletingPathExtension().appendingPathExtension("json")
        guard let data = try? Data(contentsOf: jsonURL),
          let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { continue }
        total += 1
        let expected = Self.expectedFacts(json)
        let actual = Self.actualFacts(MessageParser().parse([UInt8](try Data(contentsOf: eml))))
        let diffs = Self.differences(expected, actual)
        if diffs.isEmpty {
          agreed += 1
        } else {
          report.append("\(folder)/\(name): " + diffs.joined(separator: "; "))
        }
      }
    }
    let ratio = total == 0 ? 0 : Double(agreed) / Double(total)
    let tenths = Int((ratio * 1000).rounded())
    print("stalwart agreement: \(agreed)/\(total) messages (\(tenths / 10).\(tenths % 10)%)")
    for line in report { print("  disagree \(line)") }
    #expect(total >= 100)
    #expect(ratio >= 0.95, "agreement \(agreed)/\(total)")
  }

  static func differences(_ e: Facts, _ a: Facts) -> [String] {
    var d: [String] = []
    if !same(e.subject, a.subject) { d.append("subject \(show(e.subject)) vs \(show(a.subject))") }
    if norm(e.fromName) != norm(a.fromName) { d.append("from name \(show(e.fromName)) vs \(show(a.fromName))") }
    if e.fromAddress != a.fromAddress { d.append("from \(show(e.fromAddress)) vs \(show(a.fromAddress))") }
    if e.to != a.to { d.append("to \(e.to) vs \(a.to)") }
    if !same(e.text, a.text) { d.append("text \(show(e.text, 60)) vs \(show(a.text, 60))") }
    if e.attachments.count != a.attachments.count
      || zip(e.attachments, a.attachments).contains(where: { !same($0, $1) })
    {
      d.append("attachments \(e.attachments) vs \(a.attachments)")
    }
    return d
  }

  /// Equal after whitespace normalisation, where a U+FFFD on the expected side (the other
  /// parser gave up on a byte) matches any one character on ours.
  static func same(_ expected: String?, _ actual: String?) -> Bool {
    guard let e = norm(expected), let a = norm(actual) else { return norm(expected) == norm(actual) }
    if e == a { return true }
    guard e.contains("\u{FFFD}") else { return false }
    let ec = Array(e), ac = Array(a)
    guard ec.count == ac.count else { return false }
    return zip(ec, ac).allSatisfy { $0 == $1 || $0 == "\u{FFFD}" }
  }

  static func show(_ s: String?, _ limit: Int = 80) -> String {
    guard let s else { return "nil" }
    return String(s.prefix(limit)).debugDescription
  }

  /// Whitespace-insensitive comparison: runs of whitespace become one space, ends trimmed.
  static func norm(_ s: String?) -> String? {
    guard let s else { return nil }
    let words = s.split(whereSeparator: { $0.isWhitespace })
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// The first text/plain leaf of the message itself (not of attached messages), in document order.
  static func firstPlainText(_ m: Message) -> String? {
    var stack = [m.rootID]
    while let id = stack.popLast() {
      let part = m.parts[id]
      if case .multipart(let children, _, _) = part.kind {
        stack.append(contentsOf: children.reversed())
      } else if part.isLeaf, part.contentType.mimeType == "text/plain" {
        return part.text
      }
    }
    return nil
  }

  static func actualFacts(_ m: Message) -> Facts {
    let names = m.attachments.compactMap(\.filename)
    return Facts(
      subject: m.subject, fromName: m.from?.name, fromAddress: m.from?.address,
      to: m.to.compactMap(\.address), text: firstPlainText(m), attachments: names)
  }

  static func expectedFacts(_ json: [String: Any]) -> Facts {
    let parts = json["parts"] as? [[String: Any]] ?? []
    guard let root = parts.first else { return Facts(to: [], attachments: []) }
    let headers = root["headers"] as? [[String: Any]] ?? []
    func header(_ name: String) -> [String: Any]? {
      headers.first { ($0["name"] as? String) == name }?["value"] as? [String: Any]
    }
    func addresses(_ name: String) -> [[String: Any]] {
      guard let value = header(name), let address = value["Address"] as? [String: Any] else { return [] }
      if let list = address["List"] as? [[String: Any]] { return list }
      if let groups = address["Group"] as? [[String: Any]] {
        return groups.flatMap { $0["addresses"] as? [[String: Any]] ?? [] }
      }
      return []
    }
    let subject = header("subject")?["Text"] as? String
    let from = addresses("from").first
    let to = addresses("to").compactMap { $0["address"] as? String }
    // The first text/plain part in document order: compares decoding, not body classification.
    var text: String? = nil
    for part in parts {
      let h = part["headers"] as? [[String: Any]] ?? []
      let ct =
        (h.last { ($0["name"] as? String) == "content_type" }?["value"] as? [String: Any])?["ContentType"]
        as? [String: Any]
      let type = (ct?["c_type"] as? String)?.lowercased() ?? "text"
      let subtype = (ct?["c_subtype"] as? String)?.lowercased() ?? "plain"
      if type == "text", subtype == "plain", let body = part["body"] as? [String: Any], let t = body["Text"] as? String
      {
        text = t
        break
      }
    }
    var names: [String] = []
    for id in json["attachments"] as? [Int] ?? [] where id < parts.count {
      let h = parts[id]["headers"] as? [[String: Any]] ?? []
      func attribute(_ header: String, _ key: String) -> String? {
        guard let v = h.first(where: { ($0["name"] as? String) == header })?["value"] as? [String: Any],
          let ct = v["ContentType"] as? [String: Any], let attrs = ct["attributes"] as? [[String: Any]]
        else { return nil }
        return attrs.first { ($0["name"] as? String) == key }?["value"] as? String
      }
      if let name = attribute("content_disposition", "filename") ?? attribute("content_type", "name") {
        names.append(name)
      }
    }
    return Facts(
      subject: subject, fromName: from?["name"] as? String, fromAddress: from?["address"] as? String, to: to,
      text: text, attachments: names)
  }
}
