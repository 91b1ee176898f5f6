import Foundation

/// Locates `../shared/corpus` beside the package; tests that read it skip when it is absent.
enum Corpus {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus")

  static var isPresent: Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)
  }

  /// Every message file under `folder` (recursively), skipping JSON, licences and READMEs.
  static func messages(in folder: String) -> [URL] {
    let base = root.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
      return []
    }
    var files: [URL] = []
    for case let url as URL in walker {
      let name = url.lastPathComponent
      if name.hasPrefix(".") || name.hasSuffix(".json") || name.hasPrefix("LICENSE") || name.hasPrefix("README")
        || name.hasSuffix(".md") || name.hasSuffix(".txt") && folder == "phishing_pot"
      {
        continue
      }
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }
}
