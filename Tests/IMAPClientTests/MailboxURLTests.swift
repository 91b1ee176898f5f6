import IMAPClient
import Testing

@testable import ReportIntake

@Suite("The report mailbox's URL")
struct MailboxURLTests {
  @Test("imaps and imap, ports, the mailbox, STARTTLS; a password, no user, another scheme refused")
  func urls() throws {
    let tls = try MailboxURL(parsing: "imaps://security%40corp.example@mail.corp.example/INBOX")
    #expect(tls.user == "security@corp.example" && tls.host == "mail.corp.example" && tls.port == 993)
    #expect(tls.security == .implicitTLS && tls.mailbox == "INBOX")
    let plain = try MailboxURL(parsing: "imap://sec@127.0.0.1:10143")
    #expect(plain.security == .plain && plain.port == 10143 && plain.mailbox == "INBOX")
    let upgraded = try MailboxURL(parsing: "imap://sec@mail.example/Reports/%E5%A0%B1%E5%91%8A", startTLS: true)
    #expect(upgraded.security == .startTLS && upgraded.port == 143 && upgraded.mailbox == "Reports/報告")
    #expect(plain.source(uidValidity: 7, uid: 42) == "imap://127.0.0.1/INBOX;UIDVALIDITY=7/;UID=42")
    for bad in [
      "imaps://sec:hunter2@mail.example/INBOX", "imaps://mail.example/INBOX", "https://sec@mail.example", "nonsense",
    ] {
      #expect(throws: IMAPError.self, "\(bad)") { try MailboxURL(parsing: bad) }
    }
  }

  @Test("plain text to anything but a loopback address is refused before connecting")
  func plainOffLoopback() async throws {
    let settings = IMAPConnection.Settings(host: "mail.example", port: 143, security: .plain)
    await #expect(throws: IMAPError.self) { _ = try await IMAPConnection.connect(settings) }
  }
}

@Suite("The report mailbox's batches")
struct IntakeBatchTests {
  @Test("batches keep to a count and a byte budget; a message over the budget goes alone")
  func batches() {
    let uids: [UInt64] = [1, 2, 3, 4, 5, 6]
    let sizes: [UInt64: UInt64] = [1: 10, 2: 10, 3: 100, 4: 10, 5: 10, 6: 10]
    #expect(ReportMailbox.batches(uids, sizes: sizes, count: 25, bytes: 30) == [[1, 2], [3], [4, 5, 6]])
    #expect(ReportMailbox.batches(uids, sizes: sizes, count: 2, bytes: 1_000) == [[1, 2], [3, 4], [5, 6]])
    #expect(ReportMailbox.batches([], sizes: [:], count: 2, bytes: 10).isEmpty)
  }
}
