import Foundation
import MailCore
import Testing

/// mbox splitting, Maildir and directory expansion, standard input naming.
@Suite("Mailboxes and inputs")
struct MailboxTests {
  private func messages(_ text: String, max: Int = 1 << 20) throws -> [MboxReader.Entry] {
    let reader = MboxReader(bytes: Array(text.utf8), maxMessageBytes: max)
    var out: [MboxReader.Entry] = []
    while let e = try reader.next() { out.append(e) }
    return out
  }

  @Test("mboxrd: From_ lines split, >From unquoted one level")
  func mboxrd() throws {
    let mbox = """
      From alice@example.com Mon Jan  1 10:00:00 2024
      Subject: one

      hello
      >From the archive
      >>From deeper

      From bob@example.com Mon Jan  1 11:00:00 2024
      Subject: two

      bye

      """
    let entries = try messages(mbox)
    #expect(entries.count == 2)
    let first = String(decoding: entries[0].bytes, as: UTF8.self)
    #expect(first == "Subject: one\n\nhello\nFrom the archive\n>From deeper\n")
    #expect(entries[1].fromLine.hasPrefix("From bob@example.com"))
    #expect(MessageParser().parse(entries[1].bytes).subject == "two")
  }

  @Test("Content-Length is honoured when it points at the next message")
  func contentLength() throws {
    let body = "line\n\nFrom the body, not a separator\n"
    let mbox = """
      From a@example.com Mon Jan  1 10:00:00 2024
      Subject: one
      Content-Length: \(body.utf8.count)

      \(body)
      From b@example.com Mon Jan  1 11:00:00 2024
      Subject: two

      x

      """
    let entries = try messages(mbox)
    #expect(entries.count == 2)
    #expect(String(decoding: entries[0].bytes, as: UTF8.self).hasSuffix("From the body, not a separator\n"))
  }

  @Test("a wrong Content-Length is ignored")
  func wrongContentLength() throws {
    let mbox = """
      From a@example.com Mon Jan  1 10:00:00 2024
      Subject: one
      Content-Length: 3

      a longer body than declared

      From b@example.com Mon Jan  1 11:00:00 2024
      Subject: two

      x

      """
    let entries = try messages(mbox)
    #expect(entries.count == 2)
    #expect(String(decoding: entries[0].bytes, as: UTF8.self).contains("a longer body than declared"))
  }

  @Test("a message over the size bound is cut and flagged")
  func truncation() throws {
    let mbox =
      "From a@example.com Mon Jan  1 10:00:00 2024\nSubject: big\n\n"
      + String(repeating: "0123456789\n", count: 1_000)
    let entries = try messages(mbox, max: 500)
    #expect(entries.count == 1)
    #expect(entries[0].truncated)
    #expect(entries[0].bytes.count <= 500)
  }

  @Test("directories, Maildir (with tmp skipped), hidden files and symlink loops")
  func directories() throws {
    let fm = FileManager.default
    let root = fm.temporaryDirectory.appendingPathComponent("becscope-inputs-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: root) }
    for dir in ["Maildir/cur", "Maildir/new", "Maildir/tmp", "Maildir/.Archive/cur", "Maildir/.Archive/new", "plain"] {
      try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
    }
    let message = Data("Subject: s\n\nx\n".utf8)
    for file in [
      "Maildir/cur/1:2,S", "Maildir/new/2", "Maildir/tmp/3", "Maildir/.Archive/cur/4", "plain/a.eml", "plain/.hidden",
    ] {
      try message.write(to: root.appendingPathComponent(file))
    }
    try Data("From a@example.com Mon Jan  1 10:00:00 2024\nSubject: m\n\nx\n".utf8)
      .write(to: root.appendingPathComponent("plain/box.mbox"))
    try fm.createSymbolicLink(at: root.appendingPathComponent("plain/loop"), withDestinationURL: root)
    let sources = try InputSource.expand([root.path])
    let names = sources.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
    #expect(names == ["1:2,S", "2", "4", "a.eml", "box.mbox"])
    #expect(sources.contains(.mbox(root.appendingPathComponent("plain/box.mbox").path)))
  }

  @Test("a missing input is an error that names it")
  func missing() {
    #expect(throws: InputError.self) { try InputSource.expand(["/nonexistent/report.eml"]) }
    do {
      _ = try InputSource.expand(["/nonexistent/report.eml"])
    } catch {
      #expect(error.description.contains("/nonexistent/report.eml"))
      #expect(error.code == .notFound)
    }
  }

  @Test("a many-message mbox file names each message path#N")
  func mboxNaming() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("becscope-\(UUID().uuidString).mbox")
    defer { try? FileManager.default.removeItem(at: url) }
    let text = (1...3).map { "From x@example.com Mon Jan  1 10:00:0\($0) 2024\nSubject: m\($0)\n\nbody\n" }
      .joined(separator: "\n")
    try Data(text.utf8).write(to: url)
    var seen: [String] = []
    try MessageReader(source: .mbox(url.path)).forEach { raw in
      seen.append(raw.source)
      #expect(MessageParser().parse(raw).subject == "m\(seen.count)")
    }
    #expect(seen == (1...3).map { "\(url.path)#\($0)" })
  }
}
