import Foundation
import MailCore

/// The files of a `multipart/form-data` upload, split by MailCore's parser (the one that reads
/// hostile mail, with its bounds on depth, parts and work), and written to a fresh folder so the
/// case service reads them as it reads files on the command line (`.eml`, `.msg`, mbox).
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

  /// Writes the files into a new folder under the system's temporary one; returns their paths.
  func write() throws -> (folder: String, paths: [String]) {
    let folder = NSTemporaryDirectory() + "becscope-upload-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var paths: [String] = []
    var used: Set<String> = []
    for (n, file) in files.enumerated() {
      var name = file.name
      if !used.insert(name).inserted { name = "\(n)-\(name)" }
      let path = (folder as NSString).appendingPathComponent(name)
      guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
        throw CocoaError(.fileWriteUnknown)
      }
      paths.append(path)
    }
    return (folder, paths)
  }
}
