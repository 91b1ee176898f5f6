import Foundation
import MailCore

/// What `investigate` leaves in the case folder to know, on the next run, that nothing changed:
/// a digest of the case and of the options that shape the report, the size of each file it
/// wrote, and the summary it printed. An unchanged case is not built and written again.
struct CaseStamp: Codable, Equatable {
  static let fileName = ".becscope-stamp.json"

  /// The case's digest (``CaseService/digest(of:)``) with the report's options and this binary.
  var state: String
  /// Each file written, by name, with its size.
  var files: [String: Int]
  /// What the run printed on standard output.
  var summary: String

  /// The stamp of `folder`, if it holds one that still describes its files.
  static func current(in folder: String) -> CaseStamp? {
    let path = (folder as NSString).appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: path),
      let stamp = try? JSONDecoder().decode(CaseStamp.self, from: data)
    else { return nil }
    for (name, size) in stamp.files {
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: (folder as NSString).appendingPathComponent(name))
      guard (attributes?[.size] as? NSNumber)?.intValue == size else { return nil }
    }
    return stamp
  }

  /// Writes the stamp for the files just written.
  static func write(state: String, files names: [String], summary: String, to folder: String) {
    var sizes: [String: Int] = [:]
    for name in names {
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: (folder as NSString).appendingPathComponent(name))
      if let size = (attributes?[.size] as? NSNumber)?.intValue { sizes[name] = size }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(CaseStamp(state: state, files: sizes, summary: summary)) else { return }
    _ = FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent(fileName), contents: data)
  }

  /// This binary, by size and modification time: a rebuilt becscope writes the report again.
  static var binaryIdentity: String {
    let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)/\(modified)"
  }

  /// The state: the case's digest and every option the report depends on.
  static func state(caseDigest: String, options: [String]) -> String {
    ContentHash.sha256(Array(([caseDigest, binaryIdentity] + options).joined(separator: "\u{0}").utf8))
  }
}
