import IMAPProtocol
import Testing

@testable import IMAPClient

@Suite("IMAP responses: the grammar, literals arriving in pieces, and the bounds")
struct IMAPResponseParserTests {
  /// Every response of `text`, fed whole.
  func parse(_ text: String, limits: IMAPResponseParser.Limits = .init()) throws -> [IMAPResponse] {
    var parser = IMAPResponseParser(limits: limits)
    parser.feed(Array(text.utf8))
    var out: [IMAPResponse] = []
    while let r = try parser.next() { out.append(r) }
    #expect(parser.pending == 0, "bytes left over")
    return out
  }

  static let session = """
    * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\r
    * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $BecscopeTaken)\r
    * OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\r
    * 6 EXISTS\r
    * 0 RECENT\r
    * OK [UIDVALIDITY 1796341049] UIDs valid\r
    * OK [UIDNEXT 7] Predicted next UID\r
    B3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r
    * SEARCH 2 4 6\r
    * SEARCH\r
    * 2 FETCH (UID 4 RFC822.SIZE 39 FLAGS (\\Seen) BODY[] {39}\r
    From: a@b.test\r
    Subject: {5}\r
    \r
    x (y)\r
     INTERNALDATE "02-Mar-2026 09:00:00 +0000" ENVELOPE NIL)\r
    * LIST (\\HasNoChildren) "." "Processed"\r
    + idling\r
    B9 NO [ALREADYEXISTS] Mailbox already exists\r
    B10 BAD "unbalanced (text [is text]\r

    """

  @Test("a session's responses: greeting with capabilities, codes, numbers, SEARCH, FETCH with a literal, LIST, +")
  func session() throws {
    let r = try parse(Self.session)
    #expect(r.count == 15)
    guard case .status(nil, .ok, let code?, "Dovecot ready.") = r[0] else { Issue.record("\(r[0])"); return }
    #expect(code.first == .atom("CAPABILITY") && code.contains(.atom("AUTH=PLAIN")))
    #expect(r[3] == .data(number: 6, name: "EXISTS", values: []))
    #expect(r[5] == .status(tag: nil, .ok, code: [.atom("UIDVALIDITY"), .number(1_796_341_049)], text: "UIDs valid"))
    #expect(
      r[7] == .status(tag: "B3", .ok, code: [.atom("READ-WRITE")], text: "Select completed (0.001 + 0.000 secs)."))
    #expect(r[8] == .data(number: nil, name: "SEARCH", values: [.number(2), .number(4), .number(6)]))
    #expect(r[9] == .data(number: nil, name: "SEARCH", values: []))
    let fetch = try #require(r[10].fetchAttributes)
    #expect(fetch["UID"] == .number(4) && fetch["RFC822.SIZE"] == .number(39))
    #expect(fetch["FLAGS"] == .list([.atom("\\Seen")]))
    // A literal's bytes are taken as they are, a `{5}` and brackets inside them included.
    #expect(fetch["BODY[]"] == .string(Array("From: a@b.test\r\nSubject: {5}\r\n\r\nx (y)\r\n".utf8)))
    #expect(fetch["ENVELOPE"] == .nilValue && fetch["INTERNALDATE"]?.text == "02-Mar-2026 09:00:00 +0000")
    #expect(
      r[11]
        == .data(
          number: nil, name: "LIST",
          values: [.list([.atom("\\HasNoChildren")]), .string([0x2E]), .string(Array("Processed".utf8))]))
    #expect(r[12] == .continuation("idling"))
    #expect(r[13] == .status(tag: "B9", .no, code: [.atom("ALREADYEXISTS")], text: "Mailbox already exists"))
    // The human text after a status is text, whatever it holds.
    #expect(r[14] == .status(tag: "B10", .bad, code: nil, text: "\"unbalanced (text [is text]"))
  }

  @Test("fed one byte at a time, and cut at every point: the same responses, none before its last byte")
  func pieces() throws {
    let whole = Array(Self.session.utf8)
    let expected = try parse(Self.session)
    var parser = IMAPResponseParser()
    var got: [IMAPResponse] = []
    for b in whole {
      parser.feed([b])
      while let r = try parser.next() { got.append(r) }
    }
    #expect(got == expected)
    for cut in stride(from: 1, to: whole.count, by: 13) {
      var p = IMAPResponseParser()
      var out: [IMAPResponse] = []
      p.feed(whole[..<cut])
      while let r = try p.next() { out.append(r) }
      p.feed(whole[cut...])
      while let r = try p.next() { out.append(r) }
      #expect(out == expected, "cut at \(cut)")
    }
  }

  @Test("a literal of several MiB arriving in 16 KiB pieces is read once it is whole (no re-reading per piece)")
  func bigLiteral() throws {
    let body = [UInt8](repeating: 0x41, count: 5 << 20)
    let bytes = Array("* 1 FETCH (UID 9 BODY[] {\(body.count)}\r\n".utf8) + body + Array(")\r\n".utf8)
    var parser = IMAPResponseParser()
    var got: IMAPResponse?
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for start in stride(from: 0, to: bytes.count, by: 16 << 10) {
        parser.feed(bytes[start..<min(start + (16 << 10), bytes.count)])
        if let r = try parser.next() { got = r }
      }
    }
    #expect(got?.fetchAttributes?["BODY[]"] == .string(body))
    // Quadratic re-reading would take minutes here; a linear read takes well under a second.
    #expect(elapsed < .seconds(20))
  }

  @Test("bounds and garbage: a literal beyond the limit, a line too long, deep lists, bad tags, a number too big")
  func bounds() throws {
    var limits = IMAPResponseParser.Limits()
    limits.maxLiteralBytes = 1_000
    limits.maxLineBytes = 200
    limits.maxDepth = 5
    for (text, why) in [
      ("* 1 FETCH (BODY[] {1001}\r\n", "literal of 1001"),
      ("* 1 FETCH (BODY[] {99999999999999}\r\n", "12 digits"),
      ("* SEARCH " + String(repeating: "1 ", count: 150) + "\r\n", "longer than 200"),
      ("* LIST " + String(repeating: "(", count: 10) + "\r\n", "nested deeper"),
      ("B1 MAYBE done\r\n", "OK, NO or BAD"),
      ("* 99999999999999999999999 EXISTS\r\n", "64 bits"),
      ("* LIST (a b]\r\n", "wrong bracket"),
      ("* SEARCH \"open\r\n", "quoted"),
      ("\r\n", "atom"),
      ("* 1 FETCH (BODY[] {5}x\r\n", "line break"),
    ] {
      #expect(throws: IMAPError.self, "\(why)") { try parse(text, limits: limits) }
      do {
        _ = try parse(text, limits: limits)
      } catch let error as IMAPError {
        #expect(error.kind == .protocolViolation && error.message.contains(why), "\(error)")
      } catch {
        Issue.record("\(error)")
      }
    }
    // An unfinished line under the limit waits for more; over it, it is refused without a CRLF.
    var parser = IMAPResponseParser(limits: limits)
    parser.feed(Array("* SEARCH 1 2 3".utf8))
    #expect(try parser.next() == nil)
    parser.feed([UInt8](repeating: 0x31, count: 300))
    #expect(throws: IMAPError.self) { try parser.next() }
  }

  @Test("random bytes never crash the parser and never grow it without bound")
  func random() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("* B1 OK NO ( ) [ ] { } \" \\ 0123456789 FETCH BODY[] UID\r\n~{+".utf8)
    for _ in 0..<2_000 {
      var parser = IMAPResponseParser()
      let n = Int.random(in: 0..<400, using: &generator)
      parser.feed((0..<n).map { _ in alphabet.randomElement(using: &generator)! })
      for _ in 0..<100 {
        guard let r = try? parser.next() else { break }
        _ = r.fetchAttributes
      }
    }
  }
}

@Suite("IMAP syntax: UID sets, mailbox names, the mailbox URL")
struct IMAPSyntaxTests {
  @Test("UID sets are ranges; mailbox names in modified UTF-7 (RFC 3501's example), quoted")
  func syntax() throws {
    #expect(IMAPConnection.set([5, 1, 2, 3, 9, 10, 3]) == "1:3,5,9:10")
    #expect(ModifiedUTF7.encode("~peter/mail/台北/日本語") == "~peter/mail/&U,BTFw-/&ZeVnLIqe-")
    #expect(ModifiedUTF7.encode("A&B") == "A&-B")
    #expect(try IMAPConnection.mailboxName("報告") == "\"&WDFUSg-\"")
    #expect(try IMAPConnection.astring("pa\"ss\\word") == #""pa\"ss\\word""#)
    #expect(throws: IMAPError.self) { try IMAPConnection.astring("line\r\nbreak") }
    #expect(throws: IMAPError.self) { try IMAPConnection.mailboxName("a\u{7}b") }
  }
}
