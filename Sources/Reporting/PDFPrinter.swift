import Foundation

/// `report.pdf`: `report.html` printed by headless Chromium, when it is installed. The page
/// loads nothing (its policy forbids it) and Chromium runs with a throw-away profile and none of
/// its background traffic.
public enum PDFPrinter {
  /// Why no PDF was written, with the exit status the command line gives.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    /// 69 (unavailable) when Chromium is not installed, 70 when it failed.
    public var exitStatus: Int32
  }

  /// The Chromium to print with: `$CHROMIUM`, else `chromium`, `chromium-browser`,
  /// `google-chrome` on `PATH`.
  public static func chromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    let files = FileManager.default
    if let path = environment["CHROMIUM"], !path.isEmpty { return files.isExecutableFile(atPath: path) ? path : nil }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for folder in folders where files.isExecutableFile(atPath: "\(folder)/\(name)") { return "\(folder)/\(name)" }
    }
    return nil
  }

  /// Prints `folder/report.html` to `folder/report.pdf` (A4, backgrounds, no header or footer).
  public static func print(folder: String, timeout: Double = 120) throws(Failure) -> CaseFiles.Written {
    guard let browser = chromium() else {
      throw Failure(
        description:
          "--pdf: Chromium was not found (install Debian's chromium package, or set CHROMIUM to its path); the other files were written",
        exitStatus: 69)
    }
    let started = Date()
    let html = URL(fileURLWithPath: folder).appendingPathComponent("report.html").standardizedFileURL
    let pdf = URL(fileURLWithPath: folder).appendingPathComponent("report.pdf").standardizedFileURL.path
    let profile = NSTemporaryDirectory() + "becscope-chromium-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments =
      ["--headless", "--disable-gpu", "--user-data-dir=\(profile)", "--no-pdf-header-footer"]
      + (geteuid() == 0 ? ["--no-sandbox"] : [])
      + [
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions", "--print-to-pdf=\(pdf)", html.absoluteString,
      ]
    process.standardOutput = FileHandle.nullDevice
    // Chromium's messages go to a file: a pipe nobody reads while it runs could fill and stall it.
    let logPath = profile + ".log"
    FileManager.default.createFile(atPath: logPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: logPath) }
    process.standardError = FileHandle(forWritingAtPath: logPath)
    try? FileManager.default.removeItem(atPath: pdf)
    do {
      try process.run()
    } catch {
      throw Failure(description: "--pdf: cannot start \(browser): \(error)", exitStatus: 70)
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      throw Failure(description: "--pdf: \(browser) did not finish within \(Int(timeout)) s", exitStatus: 70)
    }
    let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    let size = (try? FileManager.default.attributesOfItem(atPath: pdf))?[.size] as? Int ?? 0
    guard process.terminationStatus == 0, size > 0 else {
      let last = log.split(separator: "\n").last.map(String.init) ?? "no message"
      throw Failure(
        description: "--pdf: \(browser) could not print the report (status \(process.terminationStatus)): \(last)",
        exitStatus: 70)
    }
    return CaseFiles.Written(name: "report.pdf", seconds: Date().timeIntervalSince(started))
  }
}
