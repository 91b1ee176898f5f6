import Analysis
import DNSClient
import Foundation
import MailCore
import Testing

/// DKIM verification against messages signed by an independent signer (dkimpy; see
/// `Fixtures/dkim/README.md`), with keys from a table, and through a real DNS server when
/// `BECSCOPE_TEST_DNS` names one (CI starts dnsmasq on 127.0.0.1).
@Suite("DKIM verification")
struct DKIMTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var expected: [(body: String, signature: String)]
    var testDescription: String { file }
  }

  static let folder = Bundle.module.url(forResource: "Fixtures/dkim", withExtension: nil)!

  static let cases: [Case] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
      let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return list.map { entry in
      let sigs = entry["signatures"] as? [[String: Any]] ?? []
      return Case(
        file: entry["file"] as? String ?? "",
        expected: sigs.map { ($0["expected_body_hash"] as? String ?? "", $0["expected_signature"] as? String ?? "") })
    }
  }()

  static func zone() throws -> StaticTXTLookup {
    let text = try String(contentsOf: folder.appendingPathComponent("zone.txt"), encoding: .utf8)
    var records: [String: [String]] = [:]
    for line in text.split(separator: "\n") {
      guard let space = line.firstIndex(of: " ") else { continue }
      records[String(line[..<space])] = [String(line[line.index(after: space)...])]
    }
    return StaticTXTLookup(records: records)
  }

  static func message(_ file: String) throws -> Message {
    MessageParser().parse([UInt8](try Data(contentsOf: folder.appendingPathComponent(file))))
  }

  static func check(_ c: Case, lookup: any TXTLookup) throws {
    let results = DKIMVerifier(lookup: lookup).verify(try message(c.file))
    #expect(results.count == c.expected.count, "\(c.file)")
    for (r, e) in zip(results, c.expected) {
      #expect(r.bodyHash == e.body, "\(c.file) d=\(r.domain ?? "") body hash: \(r.reason)")
      switch e.signature {
      case "pass":
        #expect(r.signature == "pass" && r.result == (e.body == "pass" ? "pass" : "fail"), "\(c.file): \(r.reason)")
      case "fail":
        #expect(r.signature == "fail" || r.bodyHash == "fail", "\(c.file): \(r.reason)")
        #expect(r.result == "fail", "\(c.file): \(r.reason)")
      case "no-key", "revoked":
        #expect(r.signature == nil && r.result == "permerror", "\(c.file): \(r.result) \(r.reason)")
      default:
        Issue.record("unknown expectation \(e.signature)")
      }
    }
  }

  @Test("the fixture manifest is present")
  func present() {
    #expect(Self.cases.count >= 15)
  }

  @Test("every dkimpy-signed fixture verifies as dkimpy says", arguments: cases)
  func fixture(_ c: Case) throws {
    try Self.check(c, lookup: try Self.zone())
  }

  @Test("the same messages stored with LF line endings still verify")
  func lfStored() throws {
    let c = try #require(Self.cases.first { $0.file == "rsa-relaxed-relaxed.eml" })
    var bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(c.file)))
    bytes.removeAll { $0 == 0x0D }
    let results = DKIMVerifier(lookup: try Self.zone()).verify(MessageParser().parse(bytes))
    #expect(results.first?.result == "pass", "\(results.first?.reason ?? "")")
  }

  @Test("a DNS failure is a temporary error, not a verdict")
  func temporary() throws {
    struct Failing: TXTLookup {
      func txt(_ name: String) throws(DNSLookupError) -> [String] { throw .temporary("timed out") }
    }
    let r = DKIMVerifier(lookup: Failing()).verify(try Self.message("rsa-simple-simple.eml"))
    #expect(r.first?.result == "temperror")
  }

  @Test(
    "through a real DNS server", .enabled(if: ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"] != nil),
    arguments: cases)
  func throughDNS(_ c: Case) throws {
    let server = ProcessInfo.processInfo.environment["BECSCOPE_TEST_DNS"]!
    try Self.check(c, lookup: try DNSResolver(server: server))
  }
}

/// RFC 6376 section 6.1.1 checks on the signature and key record tags.
@Suite("DKIM tag checks")
struct DKIMTagTests {
  func verify(_ transform: (String) -> String, key: ((String) -> String)? = nil, now: Int64? = nil) throws -> DKIMResult
  {
    let text = try String(
      contentsOf: DKIMTests.folder.appendingPathComponent("rsa-simple-simple.eml"), encoding: .utf8)
    var zone = try DKIMTests.zone()
    if let key {
      zone.records = zone.records.mapValues { $0.map(key) }
    }
    let message = MessageParser().parse(Array(transform(text).utf8))
    return try #require(DKIMVerifier(lookup: zone, now: now).verify(message).first)
  }

  @Test("i= outside d=, x= before t=, an expired signature and a key that forbids sha256 are permerrors")
  func tags() throws {
    let outside = try verify {
      $0.replacingOccurrences(of: "d=mail.example.com;", with: "d=mail.example.com; i=@evil.test;")
    }
    #expect(outside.result == "permerror")
    #expect(outside.reason.contains("i="))
    let backwards = try verify { $0.replacingOccurrences(of: "t=1717243200;", with: "t=1717243200; x=1;") }
    #expect(backwards.result == "permerror")
    #expect(backwards.reason.contains("before t="))
    let expired = try verify(
      { $0.replacingOccurrences(of: "t=1717243200;", with: "t=1717243200; x=1717243300;") }, now: 1_800_000_000)
    #expect(expired.result == "permerror")
    #expect(expired.reason.contains("expired"))
    let sha1Only = try verify({ $0 }, key: { $0 + "; h=sha1" })
    #expect(sha1Only.result == "permerror")
    let fine = try verify { $0 }
    #expect(fine.result == "pass")
  }
}

/// The DNS answer reader refuses replies that do not answer the question.
@Suite("DNS answers")
struct DNSAnswerTests {
  /// A hand-built answer: header, the question, one TXT record with two strings.
  func answer(id: UInt16, name: String, isResponse: Bool = true, rcode: UInt8 = 0) -> [UInt8] {
    var m: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), isResponse ? 0x81 : 0x01, 0x80 | rcode, 0, 1, 0, 1, 0, 0, 0, 0]
    for label in name.split(separator: ".") {
      m.append(UInt8(label.utf8.count))
      m += Array(label.utf8)
    }
    m += [0, 0, 16, 0, 1]
    let strings: [[UInt8]] = [Array("v=DKIM1; k=rsa; ".utf8), Array("p=ABC".utf8)]
    let rdata = strings.flatMap { [UInt8($0.count)] + $0 }
    m += [0xC0, 12, 0, 16, 0, 1, 0, 0, 1, 0, UInt8(rdata.count >> 8), UInt8(rdata.count & 0xFF)] + rdata
    return m
  }

  @Test("TXT strings are joined; another question, a query or NXDOMAIN are refused")
  func answers() throws {
    let name = "s1._domainkey.example.com"
    #expect(try DNSResolver.decodeTXTAnswer(answer(id: 7, name: name), id: 7) == ["v=DKIM1; k=rsa; p=ABC"])
    #expect(throws: DNSLookupError.self) { try DNSResolver.decodeTXTAnswer(answer(id: 7, name: name), id: 8) }
    #expect(throws: DNSLookupError.self) {
      try DNSResolver.decodeTXTAnswer(answer(id: 7, name: name, isResponse: false), id: 7)
    }
    #expect(throws: DNSLookupError.notFound) {
      try DNSResolver.decodeTXTAnswer(answer(id: 7, name: name, rcode: 3), id: 7)
    }
    #expect(throws: DNSLookupError.self) {
      try DNSResolver.decodeTXTAnswer(answer(id: 7, name: "evil.example.net"), id: 7, question: name)
    }
    #expect(try DNSResolver.decodeTXTAnswer(answer(id: 7, name: name), id: 7, question: name).count == 1)
  }
}
