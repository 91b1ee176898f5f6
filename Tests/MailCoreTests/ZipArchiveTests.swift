import Foundation
import MailCore
import Testing

/// The ZIP reader against archives Python's zipfile writes (`zip_fixtures.py`): a zipped Maildir
/// read whole, hostile entries kept out with their reasons, bombs and liars refused.
@Suite(
  "ZIP archives (an uploaded Maildir)", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
struct ZipArchiveTests {
  static let fixtures: String = {
    let folder = NSTemporaryDirectory() + "becscope-zip-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("zip_fixtures.py").path,
      folder,
    ]
    try? process.run()
    process.waitUntilExit()
    return folder
  }()

  func archive(_ name: String, limits: ZipArchive.Limits = .init()) throws -> ZipArchive {
    try ZipArchive(Array(try Data(contentsOf: URL(fileURLWithPath: "\(Self.fixtures)/\(name)"))), limits: limits)
  }

  @Test("a zipped Maildir: every file's path and exact bytes, deflated or stored; folders and UTF-8 names")
  func maildir() throws {
    let zip = try archive("maildir.zip")
    #expect(zip.skipped.isEmpty)
    let paths = zip.entries.map { $0.path.joined(separator: "/") }
    #expect(
      paths == [
        "Maildir/cur/1700000000.M1P1.host_2,S", "Maildir/new/1700000001.M2P1.host", "Maildir/tmp/1700000002.M3P1.host",
        "Maildir/.Reported/cur/1700000003.M4P1.host_2,", "Maildir/.Reported/new/.keep", "報告/転送.eml",
      ])
    for (n, entry) in zip.entries.enumerated() where n < 4 {
      let text = "From: a@example.test\r\nTo: b@example.test\r\nSubject: zipped \(n + 1)\r\n\r\nbody \(n + 1)\r\n"
      #expect(try zip.contents(of: entry) == Array(text.utf8))
    }
    #expect(try zip.contents(of: zip.entries[4]).isEmpty)
  }

  @Test("hostile entries: traversal, links, encryption, other methods and depth are skipped with a reason")
  func hostile() throws {
    let zip = try archive("hostile.zip")
    let skipped = Dictionary(zip.skipped.map { ($0.name, $0.reason) }, uniquingKeysWith: { a, _ in a })
    #expect(skipped["../../evil.eml"]?.contains("leaves the archive") == true)
    #expect(skipped["a/../../evil2.eml"]?.contains("leaves the archive") == true)
    #expect(skipped["..\\..\\win.eml"]?.contains("leaves the archive") == true)
    #expect(skipped["link.eml"] == "a symbolic link, not followed")
    #expect(skipped["bzip.eml"]?.contains("method 12") == true)
    #expect(skipped.keys.contains { $0.hasSuffix("deep.eml") })
    // An absolute name stays inside; a name of dots becomes a plain file name.
    #expect(zip.entries.map { $0.path } == [["etc", "cron.d", "x"], ["ok.eml"], ["_..."]])
    for entry in zip.entries { #expect(entry.path.allSatisfy { $0 != ".." && $0 != "." && !$0.contains("/") }) }
    #expect(try archive("locked.zip").skipped.map(\.reason) == ["encrypted"])
  }

  @Test("bombs: an entry or a total beyond the limits, too many entries; refused before inflating")
  func bombs() throws {
    var limits = ZipArchive.Limits()
    limits.maxEntryBytes = 1 << 20
    let small = try archive("zeros.zip", limits: limits)
    #expect(small.entries.isEmpty && small.skipped.count == 3)
    #expect(small.skipped.allSatisfy { $0.reason.contains("more than the 1048576 read from one entry") })
    limits = ZipArchive.Limits()
    limits.maxTotalBytes = 5 << 20
    #expect(throws: ZipArchive.Failure.self) { try archive("zeros.zip", limits: limits) }
    limits = ZipArchive.Limits()
    limits.maxEntries = 299
    #expect(throws: ZipArchive.Failure.self) { try archive("many.zip", limits: limits) }
    #expect(try archive("many.zip").entries.count == 300)
    // Within the limits, the zeros are read in full.
    let zeros = try archive("zeros.zip")
    #expect(try zeros.contents(of: zeros.entries[0]) == [UInt8](repeating: 0, count: 2 << 20))
  }

  @Test("liars: a wrong CRC-32, data that inflates beyond its declared size, truncated and garbage archives")
  func liars() throws {
    let crc = try archive("crc.zip")
    #expect(throws: ZipArchive.Failure.self) { try crc.contents(of: crc.entries[0]) }
    let liar = try archive("liar.zip")
    #expect(liar.entries.first?.size == 1000)
    #expect(throws: ZipArchive.Failure.self) { try liar.contents(of: liar.entries[0]) }
    let whole = Array(try Data(contentsOf: URL(fileURLWithPath: "\(Self.fixtures)/maildir.zip")))
    // Cut anywhere: either refused, or (cut inside data) its entries fail one by one; never a crash.
    for cut in stride(from: 0, to: whole.count, by: 7) {
      guard let zip = try? ZipArchive(Array(whole[..<cut])) else { continue }
      for entry in zip.entries { _ = try? zip.contents(of: entry) }
    }
    #expect(throws: ZipArchive.Failure.self) { try ZipArchive(Array("PK\u{3}\u{4} not really".utf8)) }
    #expect(throws: ZipArchive.Failure.self) { try ZipArchive([]) }
    #expect(ZipArchive.looksLikeZip(whole) && !ZipArchive.looksLikeZip(Array("From: x".utf8)))
  }
}
