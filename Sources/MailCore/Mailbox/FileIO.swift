#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file and chunked reads with plain system calls: no Foundation on the hot path.
enum FileIO {
  /// Reads a whole file.
  static func read(path: String) throws(InputError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError(errno == ENOENT ? .notFound : .unreadable, path: path, errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw InputError(.unreadable, path: path, errno: errno) }
    // Read straight into the result, sized from fstat; grow if the file grew meanwhile.
    var capacity = max(Int(info.st_size), 0) + 1
    var result = [UInt8](repeating: 0, count: capacity)
    var filled = 0
    while true {
      if filled == capacity {
        capacity *= 2
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
    result.removeLast(result.count - filled)
    return result
  }

  /// Reads all of standard input.
  static func readStandardInput() throws(InputError) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError(.unreadable, path: "-", errno: errno)
      }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
    }
    return result
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

  static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// Entry names of a directory, sorted, without `.` and `..`.
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
    return names.sorted()
  }
}

func systemErrorText(_ code: Int32) -> String? {
  guard let text = strerror(code) else { return nil }
  return String(cString: text)
}
