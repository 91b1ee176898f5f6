import Foundation
import MailCore

/// The files of a `multipart/form-data` upload, split by MailCore's parser (the one that reads
/// hostile mail, with its bounds on depth, parts and work), and written to a fresh folder so the
/// case service reads them as it reads files on the command line (`.eml`, `.msg`, mbox, a
/// Maildir). A ZIP archive (a zipped Maildir or folder of messages) is unpacked there, within
/// ``ZipArchive``'s bounds, into a folder named as the archive.
struct Upload {
  /// The form's text fields (`csrf`) and its files, by the name the browser gave them.
  var fields: [String: String] = [:]
  var files: [(name: String, bytes: ArraySlice<UInt8>)] = []

  /// At most this many bytes a request and files a form.
  static let maxBytes = 25 << 20
  static let maxFiles = 50

  /// Splits `body` by the boundary of `contentType`; nil when it is not `multipart/form-data`.
  init?(contentType: String, body: [UInt8]) {
    guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
    let head = Array("Content-Type: \(contentType)\r\n\r\n".utf8)
    let message = MessageParser().parse(head + body)
    guard message.root.contentType.type == "multipart" else { return nil }
    for id in message.root.childIDs {
      let part = message.parts[id]
      guard let name = part.disposition?.parameter("name") else { continue }
      let bytes = message.buffers[part.buffer][part.bodyRange]
      if let filename = part.disposition?.parameter("filename") ?? part.filename {
        files.append((Self.safeName(filename), bytes))
      } else {
        fields[name] = String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  /// A file name that stays in its folder: the last path component, only letters, digits and
  /// `.-_`, never empty or hidden.
  static func safeName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let kept = String(
      last.unicodeScalars.map {
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
          ? Character($0) : "_"
      })
    let trimmed = kept.drop { $0 == "." }
    return trimmed.isEmpty ? "upload" : String(trimmed.prefix(100))
  }

  /// What was written: the folder, the paths to read (files, and folders of unpacked archives),
  /// and what could not be unpacked, with the reason (named as uploaded).
  struct Written {
    var folder: String
    var paths: [String] = []
    var unreadable: [String] = []
  }

  /// Writes the files into a new folder under the system's temporary one.
  func write() throws -> Written {
    let folder = NSTemporaryDirectory() + "becscope-upload-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var written = Written(folder: folder)
    var used: Set<String> = []
    for (n, file) in files.enumerated() {
      var name = file.name
      if !used.insert(name).inserted { name = "\(n)-\(name)" }
      let path = (folder as NSString).appendingPathComponent(name)
      if ZipArchive.looksLikeZip(file.bytes) || name.lowercased().hasSuffix(".zip") {
        try unpack(file.bytes, as: name, into: path, &written)
        continue
      }
      guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
        throw CocoaError(.fileWriteUnknown)
      }
      written.paths.append(path)
    }
    return written
  }

  /// Unpacks an archive into the folder `path`; what cannot be read is named in `unreadable`.
  private func unpack(_ bytes: ArraySlice<UInt8>, as name: String, into path: String, _ written: inout Written) throws {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(Array(bytes))
    } catch {
      written.unreadable.append("\(name): \(error)")
      return
    }
    for (entry, reason) in archive.skipped { written.unreadable.append("\(name)/\(entry): \(reason)") }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for entry in archive.entries {
      let target = ([path] + entry.path).joined(separator: "/")
      let contents: [UInt8]
      do {
        contents = try archive.contents(of: entry)
      } catch {
        written.unreadable.append("\(name): \(error)")
        continue
      }
      // A name that is already a folder (or a file where a folder is wanted) is kept out.
      try? FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      var isFolder: ObjCBool = false
      guard !FileManager.default.fileExists(atPath: target, isDirectory: &isFolder),
        FileManager.default.createFile(atPath: target, contents: Data(contents))
      else {
        written.unreadable.append("\(name)/\(entry.path.joined(separator: "/")): twice in the archive, or a folder")
        continue
      }
    }
    written.paths.append(path)
  }
}
