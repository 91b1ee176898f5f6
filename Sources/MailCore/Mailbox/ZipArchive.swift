import CZlib

/// A ZIP archive read from memory: a Maildir or a folder of `.eml` files uploaded as one file.
///
/// Only what such an upload needs is read (APPNOTE 6.3: the central directory, stored and
/// deflated entries), and every count and size is bounded before anything is inflated: the
/// declared sizes must fit ``Limits``, and an entry that inflates to more or less than it declared,
/// or whose CRC-32 differs, is refused. Entries that cannot be read safely (encrypted, another
/// compression method, a symbolic link, a path leaving the archive) are listed in ``skipped`` with
/// the reason; an archive that cannot be read at all (not a ZIP, ZIP64, beyond the limits) throws.
public struct ZipArchive: Sendable {
  /// How much an archive may hold.
  public struct Limits: Sendable {
    public var maxEntries = 20_000
    public var maxEntryBytes = 64 << 20
    public var maxTotalBytes = 256 << 20
    public var maxDepth = 16
    public init() {}
  }

  /// A file of the archive.
  public struct Entry: Sendable, Equatable {
    /// Its path inside the archive, one safe component each (no `..`, no separators, no NUL).
    public let path: [String]
    let method: UInt16
    let crc: UInt32
    let compressedSize: Int
    public let size: Int
    let localHeader: Int
  }

  /// Why an archive cannot be read at all.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public let entries: [Entry]
  /// Entries left out, by their name in the archive, with the reason.
  public let skipped: [(name: String, reason: String)]
  private let bytes: [UInt8]

  /// Whether `bytes` begin as a ZIP archive does (a local file header, or an empty archive).
  public static func looksLikeZip(_ bytes: some Collection<UInt8>) -> Bool {
    let head = Array(bytes.prefix(4))
    return head == [0x50, 0x4B, 0x03, 0x04] || head == [0x50, 0x4B, 0x05, 0x06]
  }

  public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
    self.bytes = bytes
    guard let end = Self.endOfCentralDirectory(bytes) else {
      throw Failure(description: "not a ZIP archive (no end of central directory)")
    }
    let count = Int(bytes.le16(end + 10))
    let directorySize = Int(bytes.le32(end + 12))
    let directoryOffset = Int(bytes.le32(end + 16))
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
      throw Failure(description: "a ZIP64 archive, which is not read")
    }
    guard bytes.le16(end + 4) == 0, bytes.le16(end + 6) == 0 else {
      throw Failure(description: "an archive split over several disks, which is not read")
    }
    guard count <= limits.maxEntries else {
      throw Failure(description: "\(count) entries, more than the \(limits.maxEntries) read")
    }
    guard directoryOffset + directorySize <= end else {
      throw Failure(description: "the central directory lies outside the archive")
    }
    var entries: [Entry] = []
    var skipped: [(String, String)] = []
    var total = 0
    var at = directoryOffset
    for _ in 0..<count {
      guard at + 46 <= end, bytes.le32(at) == 0x0201_4B50 else {
        throw Failure(description: "the central directory is damaged")
      }
      let madeBy = bytes.le16(at + 4) >> 8
      let flags = bytes.le16(at + 8)
      let method = bytes.le16(at + 10)
      let crc = bytes.le32(at + 16)
      let compressed = Int(bytes.le32(at + 20))
      let size = Int(bytes.le32(at + 24))
      let nameLength = Int(bytes.le16(at + 28))
      let extraLength = Int(bytes.le16(at + 30))
      let commentLength = Int(bytes.le16(at + 32))
      let external = bytes.le32(at + 38)
      let local = Int(bytes.le32(at + 42))
      let next = at + 46 + nameLength + extraLength + commentLength
      guard next <= end else { throw Failure(description: "the central directory is damaged") }
      let rawName = Array(bytes[(at + 46)..<(at + 46 + nameLength)])
      let name = String(decoding: rawName, as: UTF8.self)
      at = next
      if name.hasSuffix("/") || name.hasSuffix("\\") { continue }  // a folder: made by its files
      guard let path = Self.safePath(name, depth: limits.maxDepth) else {
        skipped.append((name, "a path that leaves the archive or is too deep"))
        continue
      }
      // Unix file types in the high half of the external attributes (made by 3: Unix).
      if madeBy == 3, (external >> 16) & 0o170000 == 0o120000 {
        skipped.append((name, "a symbolic link, not followed"))
        continue
      }
      if flags & 1 != 0 {
        skipped.append((name, "encrypted"))
        continue
      }
      guard method == 0 || method == 8 else {
        skipped.append((name, "compressed with method \(method), which is not read"))
        continue
      }
      guard size <= limits.maxEntryBytes else {
        skipped.append((name, "\(size) bytes, more than the \(limits.maxEntryBytes) read from one entry"))
        continue
      }
      total += size
      guard total <= limits.maxTotalBytes else {
        throw Failure(description: "it expands to more than the \(limits.maxTotalBytes) bytes read from an archive")
      }
      entries.append(
        Entry(path: path, method: method, crc: crc, compressedSize: compressed, size: size, localHeader: local))
    }
    self.entries = entries
    self.skipped = skipped
  }

  /// The bytes of an entry: exactly its declared size, its CRC-32 checked.
  public func contents(of entry: Entry) throws(Failure) -> [UInt8] {
    let at = entry.localHeader
    guard at + 30 <= bytes.count, bytes.le32(at) == 0x0403_4B50 else {
      throw Failure(description: "\(entry.path.joined(separator: "/")): its local header is missing")
    }
    let start = at + 30 + Int(bytes.le16(at + 26)) + Int(bytes.le16(at + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw Failure(description: "\(entry.path.joined(separator: "/")): its data runs past the archive")
    }
    let input = bytes[start..<(start + entry.compressedSize)]
    let output: [UInt8]
    if entry.method == 0 {
      guard entry.compressedSize == entry.size else {
        throw Failure(description: "\(entry.path.joined(separator: "/")): stored with two different sizes")
      }
      output = Array(input)
    } else {
      guard let inflated = Self.inflate(input, size: entry.size) else {
        throw Failure(
          description: "\(entry.path.joined(separator: "/")): its deflated data is damaged or not \(entry.size) bytes")
      }
      output = inflated
    }
    let crc = output.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
    guard crc == entry.crc else {
      throw Failure(description: "\(entry.path.joined(separator: "/")): its CRC-32 does not match")
    }
    return output
  }

  /// Raw deflate into exactly `size` bytes; nil when the data is damaged or inflates to another
  /// size (one byte of room beyond `size` tells a longer stream apart).
  static func inflate(_ input: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
    var output = [UInt8](repeating: 0, count: size + 1)
    var stream = z_stream()
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    var input = Array(input)
    let result = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = UInt32(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = UInt32(target.count)
        return CZlib.inflate(&stream, Z_FINISH)
      }
    }
    guard result == Z_STREAM_END, Int(stream.total_out) == size else { return nil }
    output.removeLast()
    return output
  }

  /// The end-of-central-directory record: searched from the end, past a comment of up to 64 KiB.
  static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var at = bytes.count - 22
    let stop = max(0, at - 0xFFFF)
    while at >= stop {
      if bytes.le32(at) == 0x0605_4B50, at + 22 + Int(bytes.le16(at + 20)) == bytes.count { return at }
      at -= 1
    }
    return nil
  }

  /// The components of a name as files under a folder may be called: separators `/` and `\`,
  /// empty and `.` components dropped, `..` refused, each component only letters and digits (of
  /// any script: a Japanese file name stays readable) and `.-_,+=` (anything else, controls and
  /// bidirectional marks among them, `_`), never only dots, at most 100 characters.
  static func safePath(_ name: String, depth: Int) -> [String]? {
    var path: [String] = []
    for part in name.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
      if part == "." { continue }
      if part == ".." { return nil }
      var safe = String(
        part.unicodeScalars.map { u -> Character in
          u.properties.isAlphabetic || u.properties.numericType == .decimal
            || ".-_,+=".unicodeScalars.contains(u) ? Character(u) : "_"
        }
      ).prefix(100)
      if safe.allSatisfy({ $0 == "." }) { safe = "_" + safe }
      path.append(String(safe))
    }
    return path.isEmpty || path.count > depth ? nil : path
  }
}

extension [UInt8] {
  fileprivate func le16(_ at: Int) -> UInt16 {
    at >= 0 && at + 2 <= count ? UInt16(self[at]) | UInt16(self[at + 1]) << 8 : 0
  }

  fileprivate func le32(_ at: Int) -> UInt32 {
    at >= 0 && at + 4 <= count
      ? UInt32(self[at]) | UInt32(self[at + 1]) << 8 | UInt32(self[at + 2]) << 16 | UInt32(self[at + 3]) << 24 : 0
  }
}
