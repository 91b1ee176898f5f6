#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file and chunked reads with plain system calls: no Foundation on the hot path.
enum FileIO {
  /// Reads a file, at most `limit` bytes; says whether more was there.
  static func read(path: String, limit: Int = .max) throws(InputError) -> (bytes: [UInt8], truncated: Bool) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError(errno == ENOENT ? .notFound : .unreadable, path: path, errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw InputError(.unreadable, path: path, errno: errno) }
    return try read(fd: fd, path: path, sizeHint: max(Int(info.st_size), 0), limit: limit)
  }

  /// Reads standard input, at most `limit` bytes.
  static func readStandardInput(limit: Int = .max) throws(InputError) -> (bytes: [UInt8], truncated: Bool) {
    try read(fd: 0, path: "-", sizeHint: 65_536, limit: limit)
  }

  /// Reads into one array sized from the hint, growing if needed, stopping after `limit` bytes.
  private static func read(fd: Int32, path: String, sizeHint: Int, limit: Int) throws(InputError) -> (
    bytes: [UInt8], truncated: Bool
  ) {
    let limit = min(limit, Int.max / 4)  // keeps the arithmetic below from overflowing
    var capacity = min(sizeHint, limit) + 1
    var result = [UInt8](repeating: 0, count: capacity)
    var filled = 0
    while true {
      if filled == capacity {
        if filled > limit { break }
        capacity = min(capacity * 2, limit + 1)
        if capacity <= filled { break }
        result.append(contentsOf: repeatElement(0, count: capacity - result.count))
      }
      let n = result.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, capacity - filled) }
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError(.unreadable, path: path, errno: errno)
      }
      if n == 0 { break }
      filled += n
    }
    let truncated = filled > limit
    result.removeLast(result.count - min(filled, limit))
    return (result, truncated)
  }

  /// The first bytes of a file (for recognising an mbox).
  static func head(path: String, count: Int) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var buf = [UInt8](repeating: 0, count: count)
    let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, count) }
    return n > 0 ? Array(buf[0..<n]) : []
  }

  enum Kind { case file, directory, other, missing }

  /// What is at `path`; with `followLinks` false a symbolic link to a directory is `.other`,
  /// so directory walks cannot loop.
  static func kind(of path: String, followLinks: Bool = true) -> Kind {
    var info = stat()
    if !followLinks {
      guard lstat(path, &info) == 0 else { return .missing }
      if info.st_mode & S_IFMT == S_IFLNK {
        guard stat(path, &info) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFREG ? .file : .other
      }
    }
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// Entry names of a directory without `.` and `..`, sorted by the name before its extension,
  /// then by the whole name: `report-1.eml` comes before `report-1-again.eml` (a file's later
  /// copies after it), as a person reading the folder expects.
  static func list(directory: String) throws(InputError) -> [String] {
    guard let dir = opendir(directory) else { throw InputError(.unreadable, path: directory, errno: errno) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    func stem(_ name: String) -> Substring {
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name[...] }
      return name[..<dot]
    }
    return names.sorted { (stem($0), $0) < (stem($1), $1) }
  }
}

func systemErrorText(_ code: Int32) -> String? {
  guard let text = strerror(code) else { return nil }
  return String(cString: text)
}
