import Testing

@testable import IMAPClient
@testable import ReportIntake

@Suite("SMTP: replies, DATA, the submission URL")
struct SMTPTests {
  @Test("an EHLO reply of many lines, fed byte by byte, is one reply; two replies in one read are two")
  func replies() throws {
    let text = "250-mail.example Hello\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n354 go on\r\n"
    var parser = SMTPReplyParser()
    var replies: [SMTPReply] = []
    for byte in text.utf8 {
      parser.feed([byte])
      while let reply = try parser.next() { replies.append(reply) }
    }
    #expect(replies.count == 2)
    #expect(
      replies.first
        == SMTPReply(code: 250, lines: ["mail.example Hello", "PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"]))
    #expect(replies.last?.code == 354 && replies.last?.isIntermediate == true && parser.pending == 0)
    var whole = SMTPReplyParser()
    whole.feed(Array("220 ready\n221 bye\r\n".utf8))
    #expect(try whole.next()?.code == 220 && whole.next()?.code == 221 && whole.next() == nil)
  }

  @Test("garbage, mixed codes, a line too long, too many lines: an error, not a hang or a crash")
  func hostile() {
    for bad in ["hello\r\n", "250-one\r\n251 two\r\n", "25\r\n", "250x\r\n", "999 no\r\n"] {
      var parser = SMTPReplyParser()
      parser.feed(Array(bad.utf8))
      #expect(throws: IMAPError.self, "\(bad.debugDescription)") { while try parser.next() != nil {} }
    }
    var limits = SMTPReplyParser.Limits()
    limits.maxLineBytes = 64
    limits.maxLines = 3
    var long = SMTPReplyParser(limits: limits)
    long.feed(Array(repeating: UInt8(ascii: "2"), count: 100))
    #expect(throws: IMAPError.self) { _ = try long.next() }
    var many = SMTPReplyParser(limits: limits)
    many.feed(Array(String(repeating: "250-x\r\n", count: 10).utf8))
    #expect(throws: IMAPError.self) { while try many.next() != nil {} }
    // Random bytes: whatever they are, an answer or an error.
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var parser = SMTPReplyParser(limits: limits)
      parser.feed(
        (0..<Int.random(in: 0..<200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
      while (try? parser.next()) != nil {}
      #expect(parser.pending <= 200)
    }
  }

  @Test("DATA: lines end in CRLF, a leading dot is doubled, the message ends with a dot line")
  func dotStuffing() {
    func stuffed(_ s: String) -> String { String(decoding: SMTPConnection.dotStuffed(Array(s.utf8)), as: UTF8.self) }
    #expect(stuffed("a\r\n.b\r\n") == "a\r\n..b\r\n.\r\n")
    #expect(stuffed(".\nx") == "..\r\nx\r\n.\r\n")
    #expect(stuffed("a\rb\r") == "a\r\nb\r\n.\r\n")
    #expect(stuffed("") == ".\r\n")
    #expect(stuffed("x\r\n\r\n.\r\n") == "x\r\n\r\n..\r\n.\r\n")
  }

  @Test("addresses given to MAIL and RCPT: plain ones only")
  func addresses() {
    #expect(SMTPConnection.isPlainAddress("hana@becscope.test"))
    for bad in ["hana", "@x", "a@", "a b@x", "a@x>\r\nRCPT TO:<b@y", "a@x\r\n", "<a@x>", "山田@x"] {
      #expect(!SMTPConnection.isPlainAddress(bad), "\(bad.debugDescription)")
    }
  }

  @Test("smtps:// is port 465 from the first byte, smtp:// is 587 with STARTTLS; a password, a path refused")
  func submissionURL() throws {
    let tls = try SubmissionURL(parsing: "smtps://security%40corp.example@smtp.corp.example")
    #expect(tls.port == 465 && tls.security == .implicitTLS && tls.user == "security@corp.example")
    let upgraded = try SubmissionURL(parsing: "smtp://security@127.0.0.1:10587")
    #expect(upgraded.port == 10587 && upgraded.security == .startTLS)
    #expect(try SubmissionURL(parsing: "smtp://s@h").port == 587)
    for bad in ["smtp://s:pw@h", "smtp://h", "imap://s@h", "smtps://s@h/INBOX", "x"] {
      #expect(throws: IMAPError.self, "\(bad)") { try SubmissionURL(parsing: bad) }
    }
  }

  @Test("plain SMTP to anything but a loopback address is refused before connecting")
  func plainOffLoopback() async {
    let settings = SMTPConnection.Settings(host: "smtp.example", port: 25, security: .plain)
    await #expect(throws: IMAPError.self) { _ = try await SMTPConnection.connect(settings) }
  }
}
