import Analysis
import Foundation
import MailCore
import Testing

/// Locations in `../shared/corpus`.
enum SharedCorpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
  static let received = root.appendingPathComponent("stalwart-mail-parser/received.json")
}

/// The 181 real `Received` headers of stalwart mail-parser (`received.json`) with that parser's
/// reading: becscope must agree on at least 95% of the fields, and the rest are listed and
/// explained in `docs/conformance.md`.
@Suite(
  "Received conformance with stalwart mail-parser",
  .enabled(if: FileManager.default.fileExists(atPath: SharedCorpus.received.path), "../shared/corpus is absent"))
struct ReceivedConformanceTests {
  static let path = SharedCorpus.received

  /// The fields compared, as stalwart names them, with becscope's reading of each.
  static func fields(_ hop: ReceivedHop) -> [String: String] {
    var f: [String: String] = [:]
    if let ip = hop.fromAddress { f["from"] = ip.text } else if let from = hop.from { f["from"] = from }
    f["from_ip"] = hop.ip?.text ?? hop.fromAddress?.text
    f["from_iprev"] = hop.reverseDNS
    f["helo"] = hop.helo
    f["helo_cmd"] = hop.heloCommand
    f["ident"] = hop.ident
    f["by"] = hop.by
    f["via"] = hop.via
    f["with"] = hop.with
    f["id"] = hop.id
    f["for_"] = hop.recipient
    f["tls_version"] = hop.tlsVersion
    f["tls_cipher"] = hop.tlsCipher
    if let d = hop.date { f["date"] = String(d.timestamp) }
    return f
  }

  static func expectedFields(_ e: [String: Any]) -> [String: String] {
    var f: [String: String] = [:]
    for (key, value) in e {
      switch value {
      case let s as String: f[key] = s
      case let o as [String: Any]:
        if key == "date" {
          let west = o["tz_before_gmt"] as? Bool ?? false
          let offset = ((o["tz_hour"] as? Int ?? 0) * 3600 + (o["tz_minute"] as? Int ?? 0) * 60) * (west ? -1 : 1)
          let ts = MailDate.from(
            year: o["year"] as? Int ?? 0, month: o["month"] as? Int ?? 0, day: o["day"] as? Int ?? 0,
            hour: o["hour"] as? Int ?? 0, minute: o["minute"] as? Int ?? 0, second: o["second"] as? Int ?? 0)
          f[key] = String(ts - Int64(offset))
        } else if let name = o["Name"] as? String {
          f[key] = name
        } else if let ip = o["IpAddr"] as? String {
          f[key] = IPAddress(ip)?.text ?? ip
        }
      default: break
      }
    }
    // stalwart lists an address given as the from value only under "from".
    if f["from_ip"] == nil, let from = f["from"], let ip = IPAddress(from),
      e["from"].map({ ($0 as? [String: Any])?["IpAddr"] != nil }) == true
    {
      f["from_ip"] = ip.text
    }
    if let ip = f["from_ip"] { f["from_ip"] = IPAddress(ip)?.text ?? ip }
    return f
  }

  @Test("at least 95% of the fields agree")
  func agreement() throws {
    let cases = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.path)) as? [[String: Any]] ?? []
    var total = 0
    var agreed = 0
    var misses: [String] = []
    for c in cases {
      let header = (c["header"] as? String ?? "").replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(
        of: "\n", with: " ")
      let expected = Self.expectedFields(c["expected"] as? [String: Any] ?? [:])
      let actual = Self.fields(ReceivedParser.parse(header))
      for key in Set(expected.keys).union(actual.keys) {
        total += 1
        if expected[key] == actual[key] {
          agreed += 1
        } else {
          misses.append("\(key): \(expected[key] ?? "nil") vs \(actual[key] ?? "nil") in \(header.prefix(120))")
        }
      }
    }
    let tenths = total == 0 ? 0 : agreed * 1000 / total
    print("received.json: \(agreed)/\(total) fields (\(tenths / 10).\(tenths % 10)%)")
    for m in misses { print("  differs \(m)") }
    #expect(cases.count == 181)
    #expect(agreed * 100 >= total * 95)
  }
}
