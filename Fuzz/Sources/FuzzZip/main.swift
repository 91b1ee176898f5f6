import MailCore

/// Reads the input as a ZIP archive (an uploaded Maildir) under small limits, and every entry's
/// contents: an archive or an entry refused is an answer, a crash or a hang is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var limits = ZipArchive.Limits()
  limits.maxEntryBytes = 1 << 20
  limits.maxTotalBytes = 4 << 20
  guard let archive = try? ZipArchive(bytes, limits: limits) else { return 0 }
  var total = 0
  for entry in archive.entries {
    precondition(entry.path.allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." && !$0.contains("/") })
    if let contents = try? archive.contents(of: entry) {
      precondition(contents.count == entry.size)
      total += contents.count
    }
  }
  precondition(total <= limits.maxTotalBytes)
  return 0
}
