import Foundation
import HTTPTypes
import MailCore

/// The reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` the workbench believes
/// (`becscope serve --trusted-proxy`): addresses or CIDR networks. A request from anywhere else
/// is taken as it came: its forwarding headers are ignored, so a client cannot pass itself off
/// as another address, nor a plain-HTTP connection as HTTPS.
public struct TrustedProxies: Sendable, Equatable {
  /// An address with a prefix length: `10.0.0.0/8`, `2001:db8::/32`, `192.0.2.7` (a /32).
  public struct Network: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]
    let prefix: Int
    /// As it was given.
    public let description: String

    /// Reads `ADDRESS` or `ADDRESS/PREFIX`; nil for anything else.
    public init?(_ text: String) {
      let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
      guard let address = IPAddress(parts[0]), !parts[0].contains(":") || address.isIPv6 else { return nil }
      let width = address.bytes.count * 8
      if parts.count == 2 {
        guard let prefix = Int(parts[1]), (0...width).contains(prefix), parts[1].allSatisfy(\.isASCII) else {
          return nil
        }
        self.prefix = prefix
      } else {
        self.prefix = width
      }
      bytes = address.bytes
      description = text
    }

    /// Whether `address` is in the network (an IPv4-mapped IPv6 address counts as its IPv4).
    public func contains(_ address: IPAddress) -> Bool {
      let other = Self.unmapped(address.bytes)
      guard other.count == bytes.count else { return false }
      var bits = prefix
      for (a, b) in zip(bytes, other) where bits > 0 {
        let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
        guard a & mask == b & mask else { return false }
        bits -= 8
      }
      return true
    }

    static func unmapped(_ bytes: [UInt8]) -> [UInt8] {
      guard bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF else {
        return bytes
      }
      return Array(bytes[12...])
    }
  }

  public var networks: [Network]

  public init(_ networks: [Network] = []) { self.networks = networks }

  public func trusts(_ address: IPAddress) -> Bool { networks.contains { $0.contains(address) } }

  /// Who made a request that reached the server from `peer`: the peer itself, unless it is a
  /// trusted proxy; then the nearest address in `X-Forwarded-For` (read from the right) that is
  /// not one of the trusted proxies, and HTTPS when the proxy says `X-Forwarded-Proto: https`.
  /// A malformed entry ends the walk: the hop that wrote it is the client.
  public func client(peer: IPAddress?, headers: HTTPFields, tls: Bool) -> Client {
    guard let peer else { return Client(address: nil, secure: tls) }
    guard trusts(peer) else { return Client(address: peer.text, secure: tls) }
    var client = peer
    let hops = headers[values: Self.forwardedFor].flatMap { $0.split(separator: ",") }
    for hop in hops.suffix(64).reversed() {
      guard let address = IPAddress(hop.trimmingCharacters(in: .whitespaces)) else { break }
      client = address
      if !trusts(address) { break }
    }
    let proto = headers[values: Self.forwardedProto].last?.split(separator: ",").last?
      .trimmingCharacters(in: .whitespaces).lowercased()
    return Client(address: client.text, secure: tls || proto == "https")
  }

  static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
  static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}

/// The client of a request as the workbench sees it: its address (nil when the connection does
/// not say, as in the router's tests) and whether it came over HTTPS.
public struct Client: Sendable, Equatable {
  public var address: String?
  public var secure: Bool

  public init(address: String?, secure: Bool) {
    self.address = address
    self.secure = secure
  }

  /// The client of the request being handled (set by the workbench's first middleware).
  @TaskLocal public static var current = Client(address: nil, secure: false)
}
