import Foundation
import MailCore
import Testing

/// Messages crafted to break parsers elsewhere (see ../shared/docs/design.md): each must hit a
/// bound, record the defect and finish — never crash, hang or grow without bound.
@Suite("Hostile input")
struct HostileInputTests {
  private func parse(_ text: String, limits: ParseLimits = .default) -> Message {
    MessageParser(limits: limits).parse(Array(text.utf8))
  }

  private func kinds(_ m: Message) -> Set<Defect.Kind> { Set(m.defects.map(\.kind)) }

  @Test("deep multipart nesting stops at maxDepth")
  func deepMultipart() {
    var text = "From: a@example.com\nSubject: nest\n"
    let depth = 5_000
    for i in 0..<depth {
      text += "Content-Type: multipart/mixed; boundary=\"b\(i)\"\n\n--b\(i)\n"
    }
    text += "Content-Type: text/plain\n\ninnermost\n"
    let m = parse(text)
    #expect(kinds(m).contains(.depthLimit))
    #expect(m.parts.map(\.depth).max()! <= ParseLimits.default.maxDepth)
  }

  @Test("deep message/rfc822 nesting stops at maxDepth")
  func deepEmbedded() {
    var text = ""
    for _ in 0..<3_000 { text += "Subject: fwd\nContent-Type: message/rfc822\n\n" }
    text += "Subject: core\n\nbody\n"
    let m = parse(text)
    #expect(kinds(m).contains(.depthLimit))
    #expect(m.parts.count <= ParseLimits.default.maxDepth + 2)
  }

  @Test("a hundred thousand tiny parts stop at maxParts")
  func manyParts() {
    var text = "Content-Type: multipart/mixed; boundary=x\n\n"
    text += String(repeating: "--x\n\nA\n", count: 100_000)
    text += "--x--\n"
    let m = parse(text)
    #expect(kinds(m).contains(.partLimit))
    #expect(m.parts.count <= ParseLimits.default.maxParts + 1)
  }

  @Test("exactly maxParts parts is not a limit")
  func partsAtLimit() {
    var limits = ParseLimits.default
    limits.maxParts = 4
    let text = "Content-Type: multipart/mixed; boundary=x\n\n--x\n\na\n--x\n\nb\n--x\n\nc\n--x--\n"
    let m = parse(text, limits: limits)
    #expect(!kinds(m).contains(.partLimit))
    #expect(m.parts.count == 4)
  }

  @Test("a megabyte header line is cut at maxHeaderFieldBytes")
  func hugeHeader() {
    let text = "Subject: " + String(repeating: "A", count: 2_000_000) + "\nFrom: a@example.com\n\nbody\n"
    let m = parse(text)
    #expect(kinds(m).contains(.headerSizeLimit))
    #expect(kinds(m).contains(.lineTooLong))
    #expect((m.subject?.utf8.count ?? 0) <= ParseLimits.default.maxHeaderFieldBytes)
    #expect(m.from?.address == "a@example.com")
  }

  @Test("a From of 100,000 colons and unterminated quotes, groups and comments")
  func pathologicalAddresses() {
    let colons = parse("From: " + String(repeating: ":", count: 100_000) + "\n\nx\n")
    #expect(colons.from?.address == nil)
    #expect(colons.envelope.from.count <= 1)
    let quotes = parse("To: \"unterminated <a@example.com>, b@example.com\n\nx\n")
    #expect(kinds(quotes).contains(.malformedAddress))
    let comments = parse("To: " + String(repeating: "(", count: 50_000) + "a@example.com\n\nx\n")
    // The unterminated comment swallows the rest of the field: no address, and a defect.
    #expect(comments.to.isEmpty)
    #expect(kinds(comments).contains(.malformedAddress))
    let group = parse("To: Team: a@example.com, b@example.com\n\nx\n")
    #expect(group.to.map(\.address) == ["a@example.com", "b@example.com"])
    #expect(group.to.allSatisfy { $0.group == "Team" })
  }

  @Test("thousands of addresses stop at maxAddressesPerField")
  func manyAddresses() {
    var limits = ParseLimits.default
    limits.maxAddressesPerField = 100
    let list = (0..<10_000).map { "u\($0)@example.com" }.joined(separator: ", ")
    let m = parse("To: \(list)\n\nx\n", limits: limits)
    #expect(m.to.count == 100)
    #expect(kinds(m).contains(.addressLimit))
  }

  @Test("8,192 RFC 2231 sections are assembled in order, or bounded")
  func parameterContinuations() {
    let sections = (0..<8_192).reversed().map { "; name*\($0)=\"p\($0 % 10)\"" }.joined()
    let header = "Content-Type: application/octet-stream\(sections)\n\nx\n"
    let bounded = parse(header)
    #expect(kinds(bounded).contains(.parameterLimit))
    var limits = ParseLimits.default
    limits.maxParameters = 10_000
    let full = parse(header, limits: limits)
    let expected = (0..<8_192).map { "p\($0 % 10)" }.joined()
    #expect(full.root.contentType.name == expected)
  }

  @Test("a hundred thousand header fields stop at maxHeaderCount")
  func manyHeaders() {
    let text = String(repeating: "X-A: 1\n", count: 100_000) + "Subject: late\n\nx\n"
    let m = parse(text)
    #expect(kinds(m).contains(.headerCountLimit))
    #expect(m.headers.count == ParseLimits.default.maxHeaderCount)
  }

  @Test("total work and message size are bounded")
  func workAndSize() {
    var limits = ParseLimits.default
    limits.maxWorkBytes = 10_000
    let big =
      "Content-Type: multipart/mixed; boundary=x\n\n"
      + String(repeating: "--x\n\n" + String(repeating: "A", count: 1_000) + "\n", count: 100)
    #expect(kinds(parse(big, limits: limits)).contains(.workLimit))
    limits = .default
    limits.maxMessageBytes = 1_000
    let m = parse("Subject: s\n\n" + String(repeating: "B", count: 5_000), limits: limits)
    #expect(kinds(m).contains(.messageSizeLimit))
    #expect(m.raw.count == 1_000)
  }

  @Test("NUL bytes in header names and 8-bit garbage are recorded")
  func nulAndGarbage() {
    var bytes = Array("Subject: ok\nX-Bad\u{0}Name: v\nFrom: a@example.com\n\n".utf8)
    bytes += [0xFF, 0xFE, 0x00, 0x81, 0x0A]
    let m = MessageParser().parse(bytes)
    #expect(kinds(m).contains(.nulByte))
    #expect(kinds(m).contains(.invalidHeaderName))
    #expect(m.subject == "ok")
    #expect(m.from?.address == "a@example.com")
  }

  @Test("boundaries that prefix each other are told apart")
  func prefixBoundaries() {
    let text = """
      Content-Type: multipart/mixed; boundary="b"

      --b
      Content-Type: multipart/alternative; boundary="b-inner"

      --b-inner
      Content-Type: text/plain

      plain
      --b-inner
      Content-Type: text/html

      <p>html</p>
      --b-inner--
      --b
      Content-Type: text/plain; name=a.txt

      attached
      --b--

      """
    let m = parse(text)
    #expect(m.parts.count == 5)
    #expect(m.bodyText == "plain")
    #expect(m.attachments.map(\.filename) == ["a.txt"])
    #expect(m.defects.isEmpty)
  }

  @Test("base64 with junk, whitespace and chunked padding still decodes")
  func lenientBase64() {
    let decoded = Base64Decoder.decode(Array("QU JD\n=REVG*\tRw".utf8))
    #expect(String(decoding: decoded.bytes, as: UTF8.self) == "ABCDEFG")
    #expect(decoded.invalidCharacters == 1)
  }

  @Test("no header/body separator and bare CR line endings")
  func separatorsAndLineEndings() {
    let noSeparator = parse("Subject: s\nFrom: a@example.com\nThis line is the body\nmore\n")
    #expect(kinds(noSeparator).contains(.missingHeaderBodySeparator))
    #expect(noSeparator.bodyText.hasPrefix("This line is the body"))
    let cr = parse("Subject: mac\rFrom: a@example.com\r\rbody\r")
    #expect(cr.subject == "mac")
    #expect(cr.bodyText == "body\n")
    #expect(kinds(cr).contains(.bareCarriageReturn))
  }

  @Test("random bytes never crash the parser", arguments: 0..<8)
  func randomBytes(seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    for _ in 0..<50 {
      let count = Int(generator.next() % 4_000)
      var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      // Sprinkle structure so the interesting paths are reached.
      let fragments = [
        "\n", "\r\n", ": ", "--b\n", "Content-Type: multipart/mixed; boundary=b\n", "=?utf-8?b?", "?=", "\n\n",
      ]
      for _ in 0..<20 where !bytes.isEmpty {
        let fragment = Array(fragments[Int(generator.next() % UInt64(fragments.count))].utf8)
        bytes.insert(contentsOf: fragment, at: Int(generator.next() % UInt64(bytes.count)))
      }
      let m = MessageParser(limits: .strict).parse(bytes)
      #expect(!m.parts.isEmpty)
      _ = m.currentThreadText
    }
  }
}

/// A small deterministic generator for reproducible random inputs.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
