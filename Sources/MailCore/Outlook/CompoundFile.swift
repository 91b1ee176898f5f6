/// A read-only view of an OLE compound file (MS-CFB), the container of Outlook `.msg` files.
///
/// Every structure is checked against the file: sector numbers beyond its end, FAT chains that
/// loop, directory trees that revisit an entry and sizes larger than the file are recorded in
/// ``problems`` and read no further. Work is bounded by the file's size, never by what it claims.
///
/// ```swift
/// let file = try CompoundFile(bytes)
/// for child in file.children(of: file.rootIndex) { print(file.entries[child].name) }
/// ```
public struct CompoundFile: Sendable {
  /// One directory entry: a storage (a folder) or a stream (a file).
  public struct Entry: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case unused = 0, storage = 1, stream = 2, root = 5 }
    public var name: String
    public var kind: Kind
    var left: UInt32
    var right: UInt32
    var child: UInt32
    var start: UInt32
    public var size: Int
  }

  /// The signature every compound file starts with.
  public static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// Whether `bytes` start with the compound file signature.
  public static func hasSignature(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.count >= 8 && zip(bytes.prefix(8), signature).allSatisfy { $0 == $1 }
  }

  /// The directory, in file order; index 0 is the root storage.
  public private(set) var entries: [Entry] = []
  /// What was wrong with the file, in the order found.
  public private(set) var problems: [String] = []
  /// Index of the root entry.
  public let rootIndex = 0

  private let bytes: [UInt8]
  private let sectorShift: Int
  private let miniSectorShift: Int
  private let miniCutoff: Int
  private var fat: [UInt32] = []
  private var miniFAT: [UInt32] = []
  private var miniStream: [UInt8] = []

  private static let endOfChain: UInt32 = 0xFFFF_FFFE
  private static let noStream: UInt32 = 0xFFFF_FFFF
  private static let maxRegularSector: UInt32 = 0xFFFF_FFFA
  /// Bound on directory entries read (a real `.msg` has a few hundred).
  static let maxEntries = 100_000

  /// Reads the header, the FAT, the mini FAT and the directory. Throws only when the file is
  /// not a compound file at all (signature, header, sector size); later damage is a problem.
  public init(_ bytes: [UInt8]) throws(OutlookError) {
    self.bytes = bytes
    guard bytes.count >= 512, Self.hasSignature(bytes) else {
      throw OutlookError("not a compound file (no OLE signature or shorter than its 512-byte header)")
    }
    let major = Int(Self.u16(bytes, 26))
    sectorShift = Int(Self.u16(bytes, 30))
    miniSectorShift = Int(Self.u16(bytes, 32))
    guard (major == 3 && sectorShift == 9) || (major == 4 && sectorShift == 12) else {
      throw OutlookError("unsupported compound file version \(major) with sector shift \(sectorShift)")
    }
    guard miniSectorShift == 6 else { throw OutlookError("unsupported mini sector shift \(miniSectorShift)") }
    miniCutoff = Int(Self.u32(bytes, 56))
    readFAT()
    let directory = chain(from: Self.u32(bytes, 48), label: "directory")
    readDirectory(directory)
    guard !entries.isEmpty, entries[0].kind == .root else {
      throw OutlookError("compound file without a root entry")
    }
    miniFAT = Self.words(chain(from: Self.u32(bytes, 60), label: "mini FAT"))
    let root = entries[0]
    if root.start != Self.endOfChain {
      miniStream = Array(chain(from: root.start, label: "mini stream").prefix(root.size))
    }
  }

  private var sectorSize: Int { 1 << sectorShift }
  private var sectorCount: Int { max(0, (bytes.count - sectorSize) / sectorSize + 1) }

  /// Records a problem (at most 50, each once).
  mutating func note(_ problem: String) {
    if problems.count < 50, !problems.contains(problem) { problems.append(problem) }
  }

  // MARK: FAT

  private mutating func readFAT() {
    var fatSectors: [UInt32] = []
    for i in 0..<109 {
      let s = Self.u32(bytes, 76 + 4 * i)
      if s <= Self.maxRegularSector { fatSectors.append(s) }
    }
    var difat = Self.u32(bytes, 68)
    var visited: Set<UInt32> = []
    let perDIFAT = sectorSize / 4 - 1
    while difat <= Self.maxRegularSector {
      guard visited.insert(difat).inserted, let sector = sector(difat) else {
        note("DIFAT chain broken at sector \(difat)")
        break
      }
      for i in 0..<perDIFAT {
        let s = Self.u32(sector, 4 * i)
        if s <= Self.maxRegularSector { fatSectors.append(s) }
      }
      difat = Self.u32(sector, 4 * perDIFAT)
    }
    // More FAT sectors than the file has sectors can only be a lie.
    if fatSectors.count > sectorCount {
      note("\(fatSectors.count) FAT sectors claimed in a file of \(sectorCount) sectors")
      fatSectors.removeLast(fatSectors.count - sectorCount)
    }
    var table: [UInt32] = []
    table.reserveCapacity(fatSectors.count * sectorSize / 4)
    for s in fatSectors {
      guard let sector = sector(s) else {
        note("FAT sector \(s) lies beyond the end of the file")
        continue
      }
      table += Self.words(sector)
    }
    fat = table
  }

  /// The bytes of sector `n`, or nil when it lies (even partly) beyond the end of the file.
  private func sector(_ n: UInt32) -> ArraySlice<UInt8>? {
    let start = (Int(n) + 1) << sectorShift
    guard n <= Self.maxRegularSector, start + sectorSize <= bytes.count else { return nil }
    return bytes[start..<start + sectorSize]
  }

  /// The concatenated sectors of the chain starting at `start`, stopping at a loop, an
  /// out-of-range sector or `limit` bytes.
  private mutating func chain(from start: UInt32, label: String, limit: Int = .max) -> [UInt8] {
    var out: [UInt8] = []
    var current = start
    var visited: Set<UInt32> = []
    while current != Self.endOfChain && current != Self.noStream && out.count < limit {
      guard visited.insert(current).inserted else {
        note("the \(label) chain loops back to sector \(current)")
        break
      }
      guard let sector = sector(current) else {
        note("the \(label) chain points at sector \(current), beyond the end of the file")
        break
      }
      out += sector
      guard Int(current) < fat.count else {
        note("the \(label) chain leaves the FAT at sector \(current)")
        break
      }
      current = fat[Int(current)]
    }
    return out
  }

  private mutating func miniChain(from start: UInt32, size: Int, label: String) -> [UInt8] {
    var out: [UInt8] = []
    let miniSize = 1 << miniSectorShift
    var current = start
    var visited: Set<UInt32> = []
    while current != Self.endOfChain && current != Self.noStream && out.count < size {
      guard visited.insert(current).inserted else {
        note("the mini chain of \(label) loops back to mini sector \(current)")
        break
      }
      let offset = Int(current) * miniSize
      guard current <= Self.maxRegularSector, offset + miniSize <= miniStream.count else {
        note("\(label) points at mini sector \(current), beyond the mini stream")
        break
      }
      out += miniStream[offset..<offset + miniSize]
      guard Int(current) < miniFAT.count else {
        note("the mini chain of \(label) leaves the mini FAT")
        break
      }
      current = miniFAT[Int(current)]
    }
    return out
  }

  // MARK: Directory

  private mutating func readDirectory(_ data: [UInt8]) {
    let count = min(data.count / 128, Self.maxEntries)
    entries.reserveCapacity(count)
    for i in 0..<count {
      let base = i * 128
      let nameBytes = min(64, max(0, Int(Self.u16(data, base + 64)) - 2))
      var units: [UInt16] = []
      for j in stride(from: 0, to: nameBytes - 1, by: 2) { units.append(Self.u16(data, base + j)) }
      let kind = Entry.Kind(rawValue: data[base + 66]) ?? .unused
      var size = Int(Self.u32(data, base + 120))
      if sectorShift == 12 { size |= Int(Self.u32(data, base + 124)) << 32 }
      entries.append(
        Entry(
          name: String(decoding: units, as: UTF16.self), kind: kind, left: Self.u32(data, base + 68),
          right: Self.u32(data, base + 72), child: Self.u32(data, base + 76), start: Self.u32(data, base + 116),
          size: size))
    }
  }

  /// The entries directly inside storage `index`, in tree order. A tree that revisits an
  /// entry or points outside the directory is read as far as it is sound.
  public mutating func children(of index: Int) -> [Int] {
    guard entries.indices.contains(index), entries[index].kind != .stream else { return [] }
    var result: [Int] = []
    var visited: Set<Int> = [index]
    var stack: [UInt32] = [entries[index].child]
    while let next = stack.popLast() {
      guard next != Self.noStream else { continue }
      let i = Int(next)
      guard entries.indices.contains(i) else {
        note("directory entry \(index) points at entry \(next), outside the directory")
        continue
      }
      guard visited.insert(i).inserted else {
        note("the directory tree under entry \(index) revisits entry \(i)")
        continue
      }
      if entries[i].kind != .unused { result.append(i) }
      stack.append(entries[i].right)
      stack.append(entries[i].left)
    }
    return result
  }

  /// The content of stream `index`, at most `limit` bytes; damage is noted and what could be
  /// read is returned.
  public mutating func stream(_ index: Int, limit: Int = .max) -> [UInt8] {
    guard entries.indices.contains(index), entries[index].kind == .stream else { return [] }
    let entry = entries[index]
    if entry.size > bytes.count {
      note("stream \(entry.name) claims \(entry.size) bytes in a file of \(bytes.count)")
    }
    let size = min(entry.size, bytes.count, limit)
    var data: [UInt8]
    if entry.size < miniCutoff {
      data = miniChain(from: entry.start, size: size, label: entry.name)
    } else {
      data = chain(from: entry.start, label: entry.name, limit: size)
    }
    if data.count < size { note("stream \(entry.name) is cut short: \(data.count) of \(size) bytes") }
    if data.count > size { data.removeLast(data.count - size) }
    return data
  }

  // MARK: Little-endian reads (out of range reads as zero)

  static func u16(_ b: ArraySlice<UInt8>, _ offset: Int) -> UInt16 {
    let o = b.startIndex + offset
    guard offset >= 0, o + 2 <= b.endIndex else { return 0 }
    return UInt16(b[o]) | UInt16(b[o + 1]) << 8
  }

  static func u32(_ b: ArraySlice<UInt8>, _ offset: Int) -> UInt32 {
    UInt32(u16(b, offset)) | UInt32(u16(b, offset + 2)) << 16
  }

  static func u16(_ b: [UInt8], _ offset: Int) -> UInt16 { u16(b[...], offset) }
  static func u32(_ b: [UInt8], _ offset: Int) -> UInt32 { u32(b[...], offset) }

  static func words(_ b: ArraySlice<UInt8>) -> [UInt32] {
    stride(from: 0, to: b.count - 3, by: 4).map { u32(b, $0) }
  }

  static func words(_ b: [UInt8]) -> [UInt32] { words(b[...]) }
}

/// Why an Outlook file could not be read at all.
public struct OutlookError: Error, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
