#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An IPv4 or IPv6 address read from a header, in canonical text form.
public struct IPAddress: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The address as `inet_ntop` writes it (`192.0.2.1`, `2001:db8::1`).
  public let text: String
  /// The address bytes (4 or 16).
  public let bytes: [UInt8]

  public var isIPv6: Bool { bytes.count == 16 }

  /// A quick test before any allocation: host names, words and most prose fail on the first
  /// letter outside `a`–`f` (a zone id after `%` may hold any character).
  private static func mayBeAddress(_ utf8: some Sequence<UInt8>) -> Bool {
    var length = 0
    for b in utf8 {
      length += 1
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
        UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "i"), UInt8(ascii: "I"),
        UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "v"), UInt8(ascii: "V"), UInt8(ascii: " "):
        continue
      case UInt8(ascii: "%"): return length > 1
      default: return false
      }
    }
    return length > 0
  }
  public var description: String { text }

  /// Reads `192.0.2.1`, `IPv6:2001:db8::1`, `[192.0.2.1]`, `192.0.2.1:25`, `fe80::1%6`.
  public init?(_ raw: some StringProtocol) {
    guard Self.mayBeAddress(raw.utf8) else { return nil }
    var s = Substring(raw.trimmingBlanks(and: "[]()"))
    if s.lowercased().hasPrefix("ipv6:") { s = s.dropFirst(5) }
    if let percent = s.firstIndex(of: "%") { s = s[..<percent] }
    guard !s.isEmpty, s.count <= 64 else { return nil }
    // IPv4 with a port: "192.0.2.1:25".
    if s.filter({ $0 == ":" }).count == 1, let colon = s.firstIndex(of: ":"), s[..<colon].contains(Character(".")) {
      s = s[..<colon]
    }
    var v4 = in_addr()
    var v6 = in6_addr()
    let text = String(s)
    if text.contains(Character(".")), !text.contains(Character(":")), inet_pton(AF_INET, text, &v4) == 1 {
      bytes = withUnsafeBytes(of: &v4) { Array($0) }
      self.text = Self.ntop(AF_INET, bytes)
    } else if text.contains(Character(":")), inet_pton(AF_INET6, text, &v6) == 1 {
      bytes = withUnsafeBytes(of: &v6) { Array($0) }
      self.text = Self.ntop(AF_INET6, bytes)
    } else {
      return nil
    }
  }

  private static func ntop(_ family: Int32, _ bytes: [UInt8]) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    return bytes.withUnsafeBytes { raw in
      guard inet_ntop(family, raw.baseAddress, &buffer, socklen_t(buffer.count)) != nil else { return "" }
      return String(cString: buffer)
    }
  }

  /// Ranges that are never the public origin of a message: private (RFC 1918, unique-local),
  /// loopback, link-local, CGNAT (RFC 6598), documentation (RFC 5737, RFC 3849), unspecified,
  /// multicast and benchmarking.
  public var isNonPublic: Bool {
    if bytes.count == 4 {
      let (a, b, c) = (bytes[0], bytes[1], bytes[2])
      return a == 10 || a == 127 || a == 0 || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168)
        || (a == 169 && b == 254) || (a == 100 && (64...127).contains(b)) || (a == 192 && b == 0 && c == 2)
        || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113) || (a == 198 && (b == 18 || b == 19))
        || a >= 224
    }
    // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms are judged by their IPv4 address.
    if bytes[0..<10].allSatisfy({ $0 == 0 }), (bytes[10] == 0xFF && bytes[11] == 0xFF) {
      let v4 = bytes[12...].map(String.init).joined(separator: ".")
      return IPAddress(v4)?.isNonPublic ?? true
    }
    let zero = bytes.allSatisfy { $0 == 0 }
    let loopback = bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
    let uniqueLocal = bytes[0] & 0xFE == 0xFC
    let linkLocal = bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80
    let documentation = bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8
    let multicast = bytes[0] == 0xFF
    return zero || loopback || uniqueLocal || linkLocal || documentation || multicast
  }
}
