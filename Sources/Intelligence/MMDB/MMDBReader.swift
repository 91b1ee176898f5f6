import Analysis
import Foundation
import MailCore

/// Why a MaxMind DB file cannot be read or a lookup failed.
public struct MMDBError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var reason: String
  public var description: String { "\(path): \(reason)" }
}

/// Reads MaxMind DB files (GeoLite2, GeoIP2, DB-IP in `.mmdb` form) per the MaxMind DB spec 2.0:
/// metadata, the binary search tree with 24/28/32-bit records, IPv4 inside an IPv6 tree, and
/// the data section. Every read is bounds-checked and decoding is limited (depth 512, 65,536
/// values, 16 MB of strings and bytes per lookup), so a broken or hostile file gives an error,
/// never a crash or a hang.
public struct MMDBReader: Sendable {
  public let path: String
  private let bytes: [UInt8]
  public let nodeCount: Int
  public let recordSize: Int
  public let ipVersion: Int
  public let databaseType: String
  public let buildEpoch: UInt64?
  private let treeSize: Int
  private let dataStart: Int
  private let ipv4Start: Int

  private static let marker: [UInt8] = [0xAB, 0xCD, 0xEF] + Array("MaxMind.com".utf8)

  public init(path: String) throws(MMDBError) {
    guard let data = FileBytes.read(path) else {
      throw MMDBError(path: path, reason: "cannot read the file")
    }
    try self.init(bytes: [UInt8](data), path: path)
  }

  public init(bytes: [UInt8], path: String = "(memory)") throws(MMDBError) {
    self.path = path
    self.bytes = bytes
    // The metadata follows the last marker, within the last 128 KiB.
    let floor = max(0, bytes.count - 131_072)
    var found: Int? = nil
    var i = bytes.count - Self.marker.count
    while i >= floor {
      if bytes[i] == 0xAB, bytes[i..<(i + Self.marker.count)].elementsEqual(Self.marker) {
        found = i + Self.marker.count
        break
      }
      i -= 1
    }
    guard let metaStart = found else {
      throw MMDBError(path: path, reason: "not a MaxMind DB file (no metadata marker)")
    }
    var decoder = Decoder(bytes: bytes, base: metaStart, limit: bytes.count)
    let metadata: MMDBValue
    do {
      metadata = try decoder.decode(at: metaStart)
    } catch {
      throw MMDBError(path: path, reason: "unreadable metadata: \(error.reason)")
    }
    guard let nodes = metadata["node_count"]?.integer, let record = metadata["record_size"]?.integer,
      let version = metadata["ip_version"]?.integer
    else { throw MMDBError(path: path, reason: "metadata lacks node_count, record_size or ip_version") }
    guard [24, 28, 32].contains(record) else {
      throw MMDBError(path: path, reason: "unsupported record size \(record)")
    }
    guard version == 4 || version == 6 else { throw MMDBError(path: path, reason: "unsupported ip_version \(version)") }
    guard metadata["binary_format_major_version"]?.integer == 2 else {
      throw MMDBError(path: path, reason: "unsupported binary format version")
    }
    let size = nodes.multipliedReportingOverflow(by: record * 2 / 8)
    guard nodes > 0, !size.overflow, size.partialValue + 16 <= metaStart - Self.marker.count else {
      throw MMDBError(path: path, reason: "node count \(nodes) does not fit the file (invalid search tree size)")
    }
    nodeCount = nodes
    recordSize = record
    ipVersion = version
    databaseType = metadata["database_type"]?.string ?? "unknown"
    if case .unsigned(let epoch)? = metadata["build_epoch"] { buildEpoch = epoch } else { buildEpoch = nil }
    treeSize = size.partialValue
    dataStart = treeSize + 16
    // IPv4 addresses in an IPv6 tree sit under 96 zero bits.
    var node = 0
    if version == 6 {
      for _ in 0..<96 where node < nodes {
        node = Self.record(bytes, node: node, bit: 0, size: record)
      }
    }
    ipv4Start = node
  }

  /// The data for `ip`, or nil when the database has none.
  public func lookup(_ ip: IPAddress) throws(MMDBError) -> MMDBValue? {
    let address = ip.bytes
    if address.count == 16 && ipVersion == 4 { return nil }
    var node = address.count == 4 && ipVersion == 6 ? ipv4Start : 0
    let bitCount = address.count * 8
    var depth = 0
    while depth < bitCount && node < nodeCount {
      let bit = Int(address[depth >> 3] >> (7 - UInt8(depth & 7)) & 1)
      node = Self.record(bytes, node: node, bit: bit, size: recordSize)
      depth += 1
    }
    if node == nodeCount { return nil }
    guard node > nodeCount else { throw MMDBError(path: path, reason: "the search tree ends inside the tree") }
    let offset = (node - nodeCount) - 16
    guard offset >= 0 else { throw MMDBError(path: path, reason: "invalid record value \(node) (broken search tree)") }
    var decoder = Decoder(bytes: bytes, base: dataStart, limit: bytes.count)
    do {
      return try decoder.decode(at: dataStart + offset)
    } catch {
      throw MMDBError(path: path, reason: "bad data for \(ip.text): \(error.reason)")
    }
  }

  /// One record of a node (bit 0: left, 1: right). Reads outside the file give the node
  /// count (no data); `init` has checked that the tree lies inside the file.
  private static func record(_ b: [UInt8], node: Int, bit: Int, size: Int) -> Int {
    let base = node * size * 2 / 8
    guard base + size * 2 / 8 <= b.count else { return Int.max }
    switch size {
    case 24:
      let o = base + bit * 3
      return Int(b[o]) << 16 | Int(b[o + 1]) << 8 | Int(b[o + 2])
    case 28:
      if bit == 0 {
        return Int(b[base + 3] & 0xF0) << 20 | Int(b[base]) << 16 | Int(b[base + 1]) << 8 | Int(b[base + 2])
      }
      return Int(b[base + 3] & 0x0F) << 24 | Int(b[base + 4]) << 16 | Int(b[base + 5]) << 8 | Int(b[base + 6])
    default:
      let o = base + bit * 4
      return Int(b[o]) << 24 | Int(b[o + 1]) << 16 | Int(b[o + 2]) << 8 | Int(b[o + 3])
    }
  }

  /// The data-section decoder with its per-lookup budgets.
  struct Decoder {
    struct Failure: Error {
      var reason: String
    }

    let bytes: [UInt8]
    /// Where pointers count from.
    let base: Int
    let limit: Int
    var values = 0
    var payload = 0
    static let maxDepth = 512
    static let maxValues = 65_536
    static let maxPayload = 16 << 20

    init(bytes: [UInt8], base: Int, limit: Int) {
      self.bytes = bytes
      self.base = base
      self.limit = limit
    }

    mutating func decode(at offset: Int) throws(Failure) -> MMDBValue {
      var position = offset
      return try value(&position, depth: 0)
    }

    private func byte(_ p: Int) throws(Failure) -> UInt8 {
      guard p >= 0, p < limit else { throw Failure(reason: "read past the end of the file at \(p)") }
      return bytes[p]
    }

    private func unsigned(_ p: Int, _ count: Int) throws(Failure) -> UInt64 {
      guard p >= 0, count >= 0, p + count <= limit else { throw Failure(reason: "read past the end of the file") }
      var v: UInt64 = 0
      for i in 0..<count { v = v << 8 | UInt64(bytes[p + i]) }
      return v
    }

    private mutating func value(_ p: inout Int, depth: Int) throws(Failure) -> MMDBValue {
      guard depth <= Self.maxDepth else { throw Failure(reason: "data nested deeper than \(Self.maxDepth)") }
      values += 1
      guard values <= Self.maxValues else { throw Failure(reason: "more than \(Self.maxValues) values in one entry") }
      let control = try byte(p)
      p += 1
      var type = Int(control >> 5)
      if type == 1 {
        // Pointer: 001SSVVV.
        let ss = Int(control >> 3) & 3
        let vvv = UInt64(control & 7)
        let target: UInt64
        switch ss {
        case 0: target = vvv << 8 | (try unsigned(p, 1))
        case 1: target = (vvv << 16 | (try unsigned(p, 2))) + 2_048
        case 2: target = (vvv << 24 | (try unsigned(p, 3))) + 526_336
        default: target = try unsigned(p, 4)
        }
        p += ss + 1
        var at = base + Int(target)
        guard at < limit else { throw Failure(reason: "pointer \(target) beyond the data section") }
        guard try byte(at) >> 5 != 1 else { throw Failure(reason: "pointer to a pointer") }
        values -= 1  // the value pointed to is charged at this position
        return try value(&at, depth: depth + 1)
      }
      if type == 0 {
        type = 7 + Int(try byte(p))
        p += 1
      }
      var size = Int(control & 0x1F)
      switch size {
      case 29: size = 29 + Int(try unsigned(p, 1)); p += 1
      case 30: size = 285 + Int(try unsigned(p, 2)); p += 2
      case 31: size = 65_821 + Int(try unsigned(p, 3)); p += 3
      default: break
      }
      switch type {
      case 2, 4:
        guard p + size <= limit else { throw Failure(reason: "string or bytes past the end of the file") }
        payload += size
        guard payload <= Self.maxPayload else { throw Failure(reason: "more than 16 MB of strings in one entry") }
        defer { p += size }
        return type == 2
          ? .string(String(decoding: bytes[p..<(p + size)], as: UTF8.self)) : .bytes(Array(bytes[p..<(p + size)]))
      case 3:
        guard size == 8 else { throw Failure(reason: "double of \(size) bytes (must be 8)") }
        defer { p += 8 }
        return .double(Double(bitPattern: try unsigned(p, 8)))
      case 15:
        guard size == 4 else { throw Failure(reason: "float of \(size) bytes (must be 4)") }
        defer { p += 4 }
        return .float(Float(bitPattern: UInt32(try unsigned(p, 4))))
      case 5, 6, 9:
        let maxBytes = type == 5 ? 2 : type == 6 ? 4 : 8
        guard size <= maxBytes else { throw Failure(reason: "integer of \(size) bytes") }
        defer { p += size }
        return .unsigned(try unsigned(p, size))
      case 8:
        guard size <= 4 else { throw Failure(reason: "int32 of \(size) bytes") }
        defer { p += size }
        // Shorter fields are padded with zeros on the left, so only four bytes hold a negative.
        return .int(Int32(bitPattern: UInt32(try unsigned(p, size))))
      case 10:
        guard size <= 16, p + size <= limit else { throw Failure(reason: "uint128 of \(size) bytes") }
        defer { p += size }
        return .uint128(Array(repeating: 0, count: 16 - size) + Array(bytes[p..<(p + size)]))
      case 7:
        guard size <= Self.maxValues - values else {
          throw Failure(reason: "map of \(size) entries exceeds the budget")
        }
        var map: [String: MMDBValue] = [:]
        for _ in 0..<size {
          guard case .string(let key) = try value(&p, depth: depth + 1) else {
            throw Failure(reason: "map key is not a string")
          }
          map[key] = try value(&p, depth: depth + 1)
        }
        return .map(map)
      case 11:
        guard size <= Self.maxValues - values else {
          throw Failure(reason: "array of \(size) entries exceeds the budget")
        }
        var array: [MMDBValue] = []
        for _ in 0..<size { array.append(try value(&p, depth: depth + 1)) }
        return .array(array)
      case 14:
        guard size <= 1 else { throw Failure(reason: "boolean with value \(size)") }
        return .bool(size == 1)
      default:
        throw Failure(reason: "unknown or deprecated data type \(type)")
      }
    }
  }
}
