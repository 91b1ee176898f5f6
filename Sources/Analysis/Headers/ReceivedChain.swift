import MailCore

/// The `Received` fields of a message, oldest hop first, with delays and clock anomalies.
public struct ReceivedChain: Sendable, Codable {
  /// One hop with where it stands in the message.
  public struct Hop: Sendable, Codable {
    /// 1-based position, oldest first (hop 1 is where the message entered the chain).
    public var number: Int
    public var hop: ReceivedHop
    /// The field as written (unfolded) and its byte range in the message, for evidence.
    public var field: HeaderField
    /// Position of the field among all header fields (0 = top).
    public var headerIndex: Int
    /// Seconds since the previous (older) hop, when both dates are known.
    public var delay: Int64?
  }

  /// A clock oddity between hops or against the Date field.
  public struct Anomaly: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
      case negativeDelay = "negative-delay"
      case hugeDelay = "huge-delay"
      case dateFarFromFirstHop = "date-far-from-first-hop"
    }
    public var kind: Kind
    public var hopNumber: Int
    public var seconds: Int64
  }

  public var hops: [Hop]
  public var anomalies: [Anomaly]

  /// Reads the chain of a message's top-level header.
  public init(message: Message) {
    var hops: [Hop] = []
    let headers = message.headers
    let received = headers.indices.filter { headers[$0].key == "received" }
    for (n, index) in received.reversed().enumerated() {
      hops.append(
        Hop(
          number: n + 1, hop: ReceivedParser.parse(headers[index].value), field: headers[index], headerIndex: index,
          delay: nil))
    }
    var anomalies: [Anomaly] = []
    for i in hops.indices.dropFirst() {
      guard let now = hops[i].hop.date, let before = hops[i - 1].hop.date else { continue }
      let delay = now.timestamp - before.timestamp
      hops[i].delay = delay
      if delay < -300 {
        anomalies.append(Anomaly(kind: .negativeDelay, hopNumber: hops[i].number, seconds: delay))
      } else if delay > 86_400 {
        anomalies.append(Anomaly(kind: .hugeDelay, hopNumber: hops[i].number, seconds: delay))
      }
    }
    if let first = hops.first?.hop.date, let date = message.date, abs(first.timestamp - date.timestamp) > 86_400 {
      anomalies.append(Anomaly(kind: .dateFarFromFirstHop, hopNumber: 1, seconds: first.timestamp - date.timestamp))
    }
    self.hops = hops
    self.anomalies = anomalies
  }
}
