import Foundation
import MailCore
import Testing

/// Field-level cases of stalwart mail-parser (`address.json`, `date.json`, `content_type.json`,
/// `id.json`, `unstructured.json`): each header value with that parser's reading. The measured
/// agreement is asserted as a floor so that a regression fails; disagreements are printed and
/// explained in `docs/conformance.md` (most are places where the two parsers choose differently
/// and becscope follows the RFC or keeps more evidence).
@Suite("Field conformance with stalwart mail-parser", .enabled(if: Corpus.isPresent, "../shared/corpus is absent"))
struct FieldConformanceTests {
  private func cases(_ file: String) throws -> [[String: Any]] {
    let url = Corpus.root.appendingPathComponent("stalwart-mail-parser/\(file)")
    return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
  }

  /// The field value as a header section would deliver it: up to the first line break that is
  /// not folding (the cases append junk after it to test exactly that).
  private func value(_ header: String) -> String {
    let bytes = Array(header.utf8)
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A {
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0x0A
        if next != 0x20 && next != 0x09 {
          var end = i
          if end > 0 && bytes[end - 1] == 0x0D { end -= 1 }
          return String(decoding: bytes[..<end], as: UTF8.self)
        }
      }
      i += 1
    }
    return header
  }

  private func report(_ name: String, _ agreed: Int, _ total: Int, _ misses: [String]) {
    print("\(name): \(agreed)/\(total)")
    for miss in misses { print("  differs \(miss)") }
  }

  @Test("addresses")
  func addresses() throws {
    let all = try cases("address.json")
    var agreed = 0
    var misses: [String] = []
    for c in all {
      let header = value(c["header"] as! String)
      var expected: [(String?, String?)] = []
      if let e = c["expected"] as? [String: Any] {
        if let list = e["List"] as? [[String: Any]] {
          expected = list.map { ($0["name"] as? String, $0["address"] as? String) }
        } else if let groups = e["Group"] as? [[String: Any]] {
          expected = groups.flatMap { ($0["addresses"] as? [[String: Any]] ?? []) }
            .map { ($0["name"] as? String, $0["address"] as? String) }
        }
      }
      let actual = FieldParsers.addresses(header).map { ($0.name, $0.address) }
      if actual.count == expected.count && zip(actual, expected).allSatisfy({ $0.0 == $1.0 && $0.1 == $1.1 }) {
        agreed += 1
      } else {
        misses.append("\(header.debugDescription): \(expected) vs \(actual)")
      }
    }
    report("address.json", agreed, all.count, misses)
    #expect(agreed >= 50, "address agreement fell below the measured 50/60")
  }

  @Test("dates")
  func dates() throws {
    let all = try cases("date.json")
    var agreed = 0
    var misses: [String] = []
    for c in all {
      let header = value(c["header"] as! String)
      let actual = FieldParsers.date(header)
      var expectedTimestamp: Int64? = nil
      if let e = c["expected"] as? [String: Any], let y = e["year"] as? Int, let mo = e["month"] as? Int,
        let d = e["day"] as? Int, let h = e["hour"] as? Int, let mi = e["minute"] as? Int, let s = e["second"] as? Int
      {
        let west = e["tz_before_gmt"] as? Bool ?? false
        let offset = ((e["tz_hour"] as? Int ?? 0) * 3600 + (e["tz_minute"] as? Int ?? 0) * 60) * (west ? -1 : 1)
        let utc = MailDate.from(year: y, month: mo, day: d, hour: h, minute: mi, second: s)
        expectedTimestamp = utc - Int64(offset)
      }
      if actual?.timestamp == expectedTimestamp {
        agreed += 1
      } else {
        misses.append(
          "\(header.debugDescription): \(String(describing: expectedTimestamp)) vs \(String(describing: actual?.timestamp))"
        )
      }
    }
    report("date.json", agreed, all.count, misses)
    #expect(agreed >= 39, "date agreement fell below the measured 39/40")
  }

  @Test("content types")
  func contentTypes() throws {
    let all = try cases("content_type.json")
    var agreed = 0
    var misses: [String] = []
    for c in all {
      let header = value(c["header"] as! String)
      let e = c["expected"] as? [String: Any]
      let actual = FieldParsers.contentType(header)
      let expectedType = (e?["c_type"] as? String)?.lowercased()
      let expectedSub = (e?["c_subtype"] as? String)?.lowercased()
      let expectedParams = (e?["attributes"] as? [[String]] ?? []).map { ($0[0].lowercased(), $0[1]) }
      let actualParams = (actual?.parameters ?? []).map { ($0.name, $0.value) }
      let same =
        actual?.type == expectedType && actual?.subtype == expectedSub && actualParams.count == expectedParams.count
        && zip(actualParams, expectedParams).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
      // Both sides agree that a value without "type/subtype" is no content type.
      if same || (e == nil && actual == nil) || (expectedSub == nil && actual == nil) {
        agreed += 1
      } else {
        misses.append(
          "\(header.debugDescription): \(expectedType ?? "nil")/\(expectedSub ?? "nil") \(expectedParams) vs \(actual.map { "\($0.mimeType) \(actualParams)" } ?? "nil")"
        )
      }
    }
    report("content_type.json", agreed, all.count, misses)
    #expect(agreed >= 96, "content-type agreement fell below the measured 96/103")
  }

  @Test("message ids and unstructured text")
  func idsAndText() throws {
    var agreed = 0
    var total = 0
    var misses: [String] = []
    for c in try cases("id.json") {
      total += 1
      let header = value(c["header"] as! String)
      let expected = c["expected"] as? [String] ?? []
      let actual = FieldParsers.messageIDs(header.trimmingCharacters(in: .whitespacesAndNewlines))
      if actual == expected {
        agreed += 1
      } else {
        misses.append("\(header.debugDescription): \(expected) vs \(actual)")
      }
    }
    for c in try cases("unstructured.json") {
      total += 1
      let header = value(c["header"] as! String)
      let expected = c["expected"] as? String
      var raw = Array(header.utf8)
      while raw.last == 0x0A || raw.last == 0x0D { raw.removeLast() }
      let actual = FieldParsers.unstructured(raw)
      if actual == (expected ?? "") {
        agreed += 1
      } else {
        misses.append("\(header.debugDescription): \(expected.debugDescription) vs \(actual.debugDescription)")
      }
    }
    report("id.json + unstructured.json", agreed, total, misses)
    #expect(agreed >= 33, "id and unstructured agreement fell below the measured 33/41")
  }
}
