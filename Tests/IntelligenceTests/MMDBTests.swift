import Analysis
import Foundation
import Intelligence
import MailCore
import Testing

/// The MaxMind DB reader on MaxMind's own test databases (`../shared/data/maxmind-test-data`),
/// checked against the JSON source files beside them, and on the deliberately broken ones.
@Suite("MaxMind DB files")
struct MMDBTests {
  static let folder: URL? = {
    var dir = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { dir.deleteLastPathComponent() }
    let data = dir.deletingLastPathComponent().appendingPathComponent("shared/data/maxmind-test-data")
    return FileManager.default.fileExists(atPath: data.path) ? data : nil
  }()

  static func path(_ name: String) -> String { folder!.appendingPathComponent(name).path }

  /// JSON value → MMDBValue-comparable form.
  static func matches(_ value: MMDBValue?, _ json: Any) -> Bool {
    switch (value, json) {
    case (.string(let s)?, let j as String): return s == j
    case (.map(let m)?, let j as [String: Any]):
      return m.count == j.count && j.allSatisfy { key, v in matches(m[key], v) }
    case (.array(let a)?, let j as [Any]): return a.count == j.count && zip(a, j).allSatisfy { matches($0, $1) }
    case (.bool(let b)?, let j as Bool): return b == j
    case (.double(let d)?, let j as NSNumber): return abs(d - j.doubleValue) < 1e-9
    case (.float(let f)?, let j as NSNumber): return abs(Double(f) - j.doubleValue) < 1e-4
    case (let v?, let j as NSNumber): return v.integer == j.intValue
    default: return false
    }
  }

  /// Every network of a test database's JSON source, looked up at its first address.
  static func checkAgainstSource(_ db: String, json: String) throws -> (checked: Int, wrong: [String]) {
    let reader = try MMDBReader(path: path(db))
    let data = try Data(contentsOf: URL(fileURLWithPath: path(json)))
    let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    var wrong: [String] = []
    for entry in entries {
      for (network, expected) in entry {
        let address = String(network.split(separator: "/")[0])
        guard let ip = IPAddress(address) else { continue }
        let value = try reader.lookup(ip)
        if !matches(value, expected) { wrong.append(network) }
      }
    }
    return (entries.count, wrong)
  }

  @Test("GeoLite2-ASN-Test: every network in its JSON source", .enabled(if: folder != nil))
  func asn() throws {
    let (checked, wrong) = try Self.checkAgainstSource("GeoLite2-ASN-Test.mmdb", json: "GeoLite2-ASN-Test.json")
    #expect(checked > 700)
    #expect(wrong.isEmpty, "differ: \(wrong.prefix(5))")
    let reader = try MMDBReader(path: Self.path("GeoLite2-ASN-Test.mmdb"))
    #expect(reader.databaseType == "GeoLite2-ASN")
    let telstra = try reader.lookup(IPAddress("1.128.0.1")!)
    #expect(telstra?["autonomous_system_number"]?.integer == 1221)
    #expect(telstra?["autonomous_system_organization"]?.string == "Telstra Pty Ltd")
    #expect(try reader.lookup(IPAddress("10.0.0.1")!) == nil)
  }

  @Test("GeoLite2-City-Test: nested maps, names in several languages, IPv6", .enabled(if: folder != nil))
  func city() throws {
    let (checked, wrong) = try Self.checkAgainstSource("GeoLite2-City-Test.mmdb", json: "GeoLite2-City-Test.json")
    #expect(checked > 100)
    #expect(wrong.isEmpty, "differ: \(wrong.prefix(5))")
  }

  @Test("the decoder test database: every data type", .enabled(if: folder != nil))
  func decoderTypes() throws {
    let reader = try MMDBReader(path: Self.path("MaxMind-DB-test-decoder.mmdb"))
    let v = try #require(try reader.lookup(IPAddress("1.1.1.1")!))
    #expect(v["utf8_string"]?.string == "unicode! ☯ - ♫")
    #expect(v["double"] == .double(42.123456))
    #expect(v["float"] == .float(1.1))
    #expect(v["uint16"]?.integer == 100)
    #expect(v["uint32"]?.integer == 268_435_456)
    #expect(v["int32"] == .int(-268_435_456))
    #expect(v["uint64"] == .unsigned(1_152_921_504_606_846_976))
    #expect(v["uint128"] == .uint128([1] + [UInt8](repeating: 0, count: 15)))
    #expect(v["boolean"] == .bool(true))
    #expect(v["bytes"] == .bytes([0, 0, 0, 42]))
    #expect(v["array"] == .array([.unsigned(1), .unsigned(2), .unsigned(3)]))
    #expect(v["map"]?["mapX"]?["utf8_stringX"]?.string == "hello")
  }

  @Test("broken and hostile databases give clear errors, never a crash or a hang", .enabled(if: folder != nil))
  func broken() throws {
    // A node count that does not fit the file is refused when opening.
    #expect(throws: MMDBError.self) { try MMDBReader(path: Self.path("GeoIP2-City-Test-Invalid-Node-Count.mmdb")) }
    #expect(throws: MMDBError.self) { try MMDBReader(bytes: Array("not a database".utf8)) }
    #expect(throws: MMDBError.self) { try MMDBReader(path: "/nonexistent/GeoLite2-ASN.mmdb") }
    let probes = ["1.1.1.1", "1.1.1.16", "1.1.1.32", "81.2.69.160", "2001:218::1", "::1.1.1.1", "89.160.20.112"]
      .compactMap(
        IPAddress.init)
    var errors = 0
    for name in [
      "MaxMind-DB-test-broken-pointers-24.mmdb", "MaxMind-DB-test-broken-search-tree-24.mmdb",
      "GeoIP2-City-Test-Broken-Double-Format.mmdb", "MaxMind-DB-test-pointer-decoder-dos.mmdb",
      "MaxMind-DB-test-payload-amplification-dos.mmdb",
    ] {
      let started = Date()
      guard let reader = try? MMDBReader(path: Self.path(name)) else {
        errors += 1
        continue
      }
      for ip in probes {
        do { _ = try reader.lookup(ip) } catch { errors += 1 }
      }
      #expect(Date().timeIntervalSince(started) < 5, "\(name) took too long")
    }
    #expect(errors >= 4, "the broken files must be reported, got \(errors) errors")
  }

  @Test("a broken database becomes a note in intel output, the rest goes on", .enabled(if: folder != nil))
  func brokenAsNote() async throws {
    var settings = IntelSettings()
    settings.offline = true
    settings.mmdbPaths = [Self.path("GeoLite2-ASN-Test.mmdb"), Self.path("GeoIP2-City-Test-Invalid-Node-Count.mmdb")]
    let lookup = try IntelLookup(settings: settings)
    let result = await lookup.ip(try #require(IPAddress("1.128.0.1")))
    #expect(result.network?.asn == 1221)
    #expect(
      result.notes.contains { $0.source == "MaxMind DB" && $0.status == .failed && $0.detail.contains("node count") })
  }

  @Test("random bytes are refused with a reason, never a crash")
  func fuzzish() {
    var generator = SystemRandomNumberGenerator()
    let marker: [UInt8] = [0xAB, 0xCD, 0xEF] + Array("MaxMind.com".utf8)
    var refused = 0
    var failures: [String] = []
    for _ in 0..<2_000 {
      let size = Int.random(in: 0..<300, using: &generator)
      var bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
      if Bool.random(using: &generator) {
        bytes += marker + (0..<Int.random(in: 0..<80, using: &generator)).map { _ in UInt8.random(in: 0...255) }
      }
      do {
        let reader = try MMDBReader(bytes: bytes)
        for ip in ["1.2.3.4", "2001:db8::1"] {
          do { _ = try reader.lookup(IPAddress(ip)!) } catch { failures.append(error.reason) }
        }
      } catch {
        refused += 1
        failures.append(error.reason)
      }
    }
    // Every failure is a typed error that says why; random bytes are refused, not half-read.
    #expect(refused > 1_000)
    #expect(failures.allSatisfy { !$0.isEmpty })
  }
}
