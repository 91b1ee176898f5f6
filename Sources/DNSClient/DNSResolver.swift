import Foundation
import MailCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small stub resolver for TXT records: one recursive server, UDP with EDNS0, TCP when the
/// answer is truncated, bounded timeouts. Enough for DKIM keys, and nothing leaves the
/// machine unless the caller asks it to.
public struct DNSResolver: TXTLookup {
  public var host: String
  public var port: UInt16
  /// Seconds to wait for each attempt.
  public var timeout: Double
  public var attempts: Int

  /// `127.0.0.1:5533`, `[::1]:53`, `192.0.2.53` (port 53).
  public init(server: String, timeout: Double = 2, attempts: Int = 2) throws(DNSLookupError) {
    var host = server
    var port: UInt16 = 53
    if server.hasPrefix("["), let close = server.firstIndex(of: "]") {
      host = String(server[server.index(after: server.startIndex)..<close])
      if let colon = server[close...].firstIndex(of: ":") { port = UInt16(server[server.index(after: colon)...]) ?? 53 }
    } else if server.filter({ $0 == ":" }).count == 1, let colon = server.firstIndex(of: ":") {
      host = String(server[..<colon])
      guard let p = UInt16(server[server.index(after: colon)...]) else { throw .temporary("bad port in \(server)") }
      port = p
    }
    guard IPAddress(host) != nil else { throw .temporary("the DNS server must be an IP address, not \(host)") }
    self.host = host
    self.port = port
    self.timeout = timeout
    self.attempts = max(1, attempts)
  }

  /// The first usable `nameserver` of `/etc/resolv.conf`, or nil when the file is missing or
  /// names none.
  public static func system(path: String = "/etc/resolv.conf") -> DNSResolver? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    // resolv.conf is small; what lies past 64 KiB is not read.
    return nameservers(in: String(decoding: data.prefix(65_536), as: UTF8.self)).lazy.compactMap {
      try? DNSResolver(server: $0)
    }.first
  }

  /// The `nameserver` addresses of a resolv.conf text, in order: LF or CR LF line ends, `#` and
  /// `;` comments, spaces or tabs between words, IPv4 and IPv6 (a scope such as `%eth0` is
  /// dropped); other keywords (`options`, `search`, `domain`) are ignored.
  public static func nameservers(in text: String) -> [String] {
    var out: [String] = []
    for line in text.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    {
      let content = line.prefix { $0 != "#" && $0 != ";" }
      let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard words.count >= 2, words[0] == "nameserver" else { continue }
      let address = words[1].prefix { $0 != "%" }
      if IPAddress(String(address)) != nil { out.append(address.contains(":") ? "[\(address)]" : String(address)) }
    }
    return out
  }

  /// Reads the TXT records of a raw DNS answer (the fuzzers' entry point to the wire parser).
  public static func decodeTXTAnswer(_ bytes: [UInt8], id: UInt16, question: String? = nil) throws(DNSLookupError)
    -> [String]
  {
    try DNSMessage.txtRecords(in: bytes, id: id, question: question)
  }

  /// Reads the MX exchanges and the PTR names of a raw answer (the fuzzers' entry point to the
  /// compressed-name reader).
  public static func decodeNameAnswers(_ bytes: [UInt8], id: UInt16) -> (mx: [String]?, ptr: [String]?) {
    (try? DNSMessage.mxRecords(in: bytes, id: id), try? DNSMessage.nameRecords(in: bytes, id: id, type: 12))
  }

  public func txt(_ name: String) throws(DNSLookupError) -> [String] {
    let (response, id) = try exchange(name, type: 16)
    return try DNSMessage.txtRecords(in: response, id: id, question: name)
  }

  /// The mail exchangers of `name`, lowest preference first.
  public func mx(_ name: String) throws(DNSLookupError) -> [String] {
    let (response, id) = try exchange(name, type: 15)
    return try DNSMessage.mxRecords(in: response, id: id, question: name)
  }

  /// The reverse DNS names of an address (PTR under in-addr.arpa or ip6.arpa).
  public func ptr(_ ip: IPAddress) throws(DNSLookupError) -> [String] {
    let name = Self.reverseName(ip)
    let (response, id) = try exchange(name, type: 12)
    return try DNSMessage.nameRecords(in: response, id: id, question: name, type: 12)
  }

  /// `2.0.192.in-addr.arpa`-style names for PTR lookups.
  public static func reverseName(_ ip: IPAddress) -> String {
    if ip.isIPv6 {
      let nibbles = ip.bytes.flatMap { [String($0 >> 4, radix: 16), String($0 & 0x0F, radix: 16)] }
      return nibbles.reversed().joined(separator: ".") + ".ip6.arpa"
    }
    return ip.bytes.reversed().map(String.init).joined(separator: ".") + ".in-addr.arpa"
  }

  /// Sends one question (UDP, then TCP when truncated), with retries; the answer's ID, QR bit
  /// and question are checked by the readers.
  private func exchange(_ name: String, type: UInt16) throws(DNSLookupError) -> ([UInt8], UInt16) {
    let id = UInt16.random(in: 0...UInt16.max)
    let query = try DNSMessage.query(id: id, name: name, type: type)
    var lastError = DNSLookupError.temporary("no answer")
    for _ in 0..<attempts {
      do {
        var response = try exchangeUDP(query, id: id)
        if DNSMessage.isTruncated(response) { response = try exchangeTCP(query) }
        // Reading the header here makes NXDOMAIN final rather than retried.
        _ = try DNSMessage.answerStart(response, id: id, question: name)
        return (response, id)
      } catch .notFound {
        throw .notFound
      } catch {
        lastError = error
      }
    }
    throw lastError
  }

  private func address() -> (storage: sockaddr_storage, length: socklen_t, family: Int32) {
    var storage = sockaddr_storage()
    if let ip = IPAddress(host), ip.isIPv6 {
      var a = sockaddr_in6()
      a.sin6_family = sa_family_t(AF_INET6)
      a.sin6_port = port.bigEndian
      withUnsafeMutableBytes(of: &a.sin6_addr) { $0.copyBytes(from: ip.bytes) }
      withUnsafeMutableBytes(of: &storage) { dst in withUnsafeBytes(of: a) { dst.copyMemory(from: $0) } }
      return (storage, socklen_t(MemoryLayout<sockaddr_in6>.size), AF_INET6)
    }
    var a = sockaddr_in()
    a.sin_family = sa_family_t(AF_INET)
    a.sin_port = port.bigEndian
    let bytes = IPAddress(host)?.bytes ?? [127, 0, 0, 1]
    withUnsafeMutableBytes(of: &a.sin_addr) { $0.copyBytes(from: bytes) }
    withUnsafeMutableBytes(of: &storage) { dst in withUnsafeBytes(of: a) { dst.copyMemory(from: $0) } }
    return (storage, socklen_t(MemoryLayout<sockaddr_in>.size), AF_INET)
  }

  private func openSocket(_ type: Int32, family: Int32) throws(DNSLookupError) -> Int32 {
    #if canImport(Glibc)
      let fd = socket(family, Int32(type == 0 ? SOCK_DGRAM.rawValue : SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(family, type == 0 ? SOCK_DGRAM : SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw .temporary("socket: errno \(errno)") }
    var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    return fd
  }

  private func exchangeUDP(_ query: [UInt8], id: UInt16) throws(DNSLookupError) -> [UInt8] {
    var (storage, length, family) = address()
    let fd = try openSocket(0, family: family)
    defer { close(fd) }
    let sent = withUnsafePointer(to: &storage) { ptr in
      ptr.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, query, query.count, 0, $0, length) }
    }
    guard sent == query.count else { throw .temporary("send failed: errno \(errno)") }
    var buffer = [UInt8](repeating: 0, count: 65_535)
    // Skip stray datagrams that do not answer this query.
    for _ in 0..<8 {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n < 0 {
        throw .temporary(errno == EAGAIN || errno == EWOULDBLOCK ? "timed out" : "receive failed: errno \(errno)")
      }
      if n >= 12 && UInt16(buffer[0]) << 8 | UInt16(buffer[1]) == id { return Array(buffer[0..<n]) }
    }
    throw .temporary("no matching answer")
  }

  private func exchangeTCP(_ query: [UInt8]) throws(DNSLookupError) -> [UInt8] {
    var (storage, length, family) = address()
    let fd = try openSocket(1, family: family)
    defer { close(fd) }
    let connected = withUnsafePointer(to: &storage) { ptr in
      ptr.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, length) }
    }
    guard connected == 0 else { throw .temporary("TCP connect failed: errno \(errno)") }
    let framed = [UInt8(query.count >> 8), UInt8(query.count & 0xFF)] + query
    guard send(fd, framed, framed.count, 0) == framed.count else { throw .temporary("TCP send failed") }
    func readExactly(_ count: Int) throws(DNSLookupError) -> [UInt8] {
      var out = [UInt8](repeating: 0, count: count)
      var got = 0
      while got < count {
        let n = out.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + got, count - got, 0) }
        if n <= 0 { throw .temporary("TCP read failed") }
        got += n
      }
      return out
    }
    let header = try readExactly(2)
    return try readExactly(Int(header[0]) << 8 | Int(header[1]))
  }
}
