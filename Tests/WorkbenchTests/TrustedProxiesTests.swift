import HTTPTypes
import MailCore
import Testing

@testable import Workbench

@Suite("Trusted proxies: who the client is behind a reverse proxy")
struct TrustedProxiesTests {
  let proxies = TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"].compactMap(TrustedProxies.Network.init))

  func headers(_ forwarded: [String], proto: String? = nil) -> HTTPFields {
    var fields = HTTPFields()
    for value in forwarded { fields.append(HTTPField(name: TrustedProxies.forwardedFor, value: value)) }
    if let proto { fields[TrustedProxies.forwardedProto] = proto }
    return fields
  }

  @Test("networks: addresses and CIDR prefixes read, bad ones refused, IPv4-mapped IPv6 matched as IPv4")
  func networks() throws {
    for bad in ["", "10.0.0.0/33", "10.0.0.0/-1", "fd00::/129", "example.com", "10.0.0.0/8/8", "10.0.0.0/٨"] {
      #expect(TrustedProxies.Network(bad) == nil, "\(bad)")
    }
    let ten = try #require(TrustedProxies.Network("10.0.0.0/8"))
    #expect(ten.contains(try #require(IPAddress("10.255.1.2"))))
    #expect(!ten.contains(try #require(IPAddress("11.0.0.1"))))
    #expect(ten.contains(try #require(IPAddress("::ffff:10.1.1.1"))))
    let odd = try #require(TrustedProxies.Network("192.168.4.0/22"))
    #expect(odd.contains(try #require(IPAddress("192.168.7.255"))))
    #expect(!odd.contains(try #require(IPAddress("192.168.8.0"))))
    #expect(try #require(TrustedProxies.Network("0.0.0.0/0")).contains(try #require(IPAddress("203.0.113.1"))))
    #expect(!TrustedProxies.Network("fd00::/8")!.contains(try #require(IPAddress("10.0.0.1"))))
    #expect(TrustedProxies.Network("fd00::/8")!.contains(try #require(IPAddress("fd12::1"))))
  }

  @Test("a request from an untrusted peer is taken as it came, whatever it forwards")
  func untrusted() throws {
    let client = proxies.client(
      peer: IPAddress("198.51.100.7"), headers: headers(["203.0.113.9"], proto: "https"), tls: false)
    #expect(client == Client(address: "198.51.100.7", secure: false))
    #expect(
      proxies.client(peer: nil, headers: headers(["203.0.113.9"]), tls: true) == Client(address: nil, secure: true))
    #expect(
      TrustedProxies().client(peer: IPAddress("127.0.0.1"), headers: headers(["203.0.113.9"]), tls: false).address
        == "127.0.0.1")
  }

  @Test("through trusted proxies: the nearest address that is not a proxy, read from the right; HTTPS as forwarded")
  func trusted() throws {
    let peer = IPAddress("127.0.0.1")
    // A client cannot choose its address by sending X-Forwarded-For itself: the proxies append.
    #expect(
      proxies.client(peer: peer, headers: headers(["198.51.100.1, 203.0.113.9, 10.1.2.3"]), tls: false)
        == Client(address: "203.0.113.9", secure: false))
    // Several header lines are one list.
    #expect(
      proxies.client(peer: peer, headers: headers(["198.51.100.1", "203.0.113.9", "10.1.2.3"]), tls: false).address
        == "203.0.113.9")
    #expect(proxies.client(peer: peer, headers: headers(["2001:db8::5, fd00::1"]), tls: false).address == "2001:db8::5")
    // Every hop a proxy: the leftmost.
    #expect(proxies.client(peer: peer, headers: headers(["10.0.0.9, 10.0.0.1"]), tls: false).address == "10.0.0.9")
    // A malformed hop ends the walk at the proxy that passed it on.
    #expect(
      proxies.client(peer: peer, headers: headers(["203.0.113.9, <script>, 10.0.0.1"]), tls: false).address
        == "10.0.0.1")
    #expect(proxies.client(peer: peer, headers: headers([]), tls: false).address == "127.0.0.1")
    #expect(proxies.client(peer: peer, headers: headers(["203.0.113.9"], proto: "https"), tls: false).secure)
    #expect(proxies.client(peer: peer, headers: headers(["203.0.113.9"], proto: "http, HTTPS"), tls: false).secure)
    #expect(!proxies.client(peer: peer, headers: headers(["203.0.113.9"], proto: "http"), tls: false).secure)
  }
}
