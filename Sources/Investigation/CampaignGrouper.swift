/// Groups messages into campaigns through an index of their fingerprints, never by comparing
/// every pair: messages join when they share a sender or a Reply-To; or an origin IP with a
/// similar text or subject, or with both flagged by the analysis (one attacker's machine); or a
/// subject template together with a similar text; or a nearly identical text (names and
/// greetings apart). SimHashes are filed under eight 8-bit bands, so two hashes within 7 bits
/// always meet in one band.
public struct CampaignGrouper: Sendable {
  /// SimHash distance for "the same text" on its own.
  public var nearDuplicate = 6
  /// SimHash distance when the origin or the subject template also agrees.
  public var similar = 16

  public init() {}

  /// The groups, each a list of indexes into `prints`, in order of their first message.
  public func group(_ prints: [Fingerprint]) -> [[Int]] {
    var parent = Array(prints.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    func union(_ a: Int, _ b: Int) {
      let (ra, rb) = (find(a), find(b))
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    var byKey: [String: Int] = [:]
    var bySubject: [String: [Int]] = [:]
    var byIP: [String: [Int]] = [:]
    var bands: [Int: [Int]] = [:]
    for (i, p) in prints.enumerated() {
      for key in ([p.from].compactMap { $0.map { "from:" + $0 } } + p.replyTo.map { "reply:" + $0 }) {
        if let j = byKey[key] { union(i, j) } else { byKey[key] = i }
      }
      if let ip = p.originIP {
        for j in byIP[ip, default: []]
        where (p.flagged && prints[j].flagged) || similarText(p, prints[j], within: similar)
          || sameSubject(p, prints[j])
        {
          union(i, j)
        }
        byIP[ip, default: []].append(i)
      }
      if let t = p.subjectTemplate {
        for j in bySubject[t, default: []] where similarText(p, prints[j], within: similar) { union(i, j) }
        bySubject[t, default: []].append(i)
      }
      if let h = p.simhash {
        var seen: Set<Int> = []
        for band in 0..<8 {
          let key = band << 8 | Int((h >> UInt64(band * 8)) & 0xFF)
          for j in bands[key, default: []] where seen.insert(j).inserted {
            if let other = prints[j].simhash, Fingerprint.distance(h, other) <= nearDuplicate { union(i, j) }
          }
          bands[key, default: []].append(i)
        }
      }
    }
    var groups: [Int: [Int]] = [:]
    var order: [Int] = []
    for i in prints.indices {
      let root = find(i)
      if groups[root] == nil { order.append(root) }
      groups[root, default: []].append(i)
    }
    return order.map { groups[$0]! }
  }

  func similarText(_ a: Fingerprint, _ b: Fingerprint, within limit: Int) -> Bool {
    guard let x = a.simhash, let y = b.simhash else { return false }
    return Fingerprint.distance(x, y) <= limit
  }

  func sameSubject(_ a: Fingerprint, _ b: Fingerprint) -> Bool {
    a.subjectTemplate != nil && a.subjectTemplate == b.subjectTemplate
  }
}

/// The fingerprints of known campaigns, for sweeping a mailbox: does this message belong to
/// one of them? The same tests as ``CampaignGrouper``, against a fixed index.
public struct CampaignMatcher: Sendable {
  private var byKey: [String: Int] = [:]
  private var bySubject: [String: [(Int, UInt64?)]] = [:]
  private var byIP: [String: [(Int, UInt64?, String?)]] = [:]
  private var bands: [Int: [(Int, UInt64)]] = [:]
  private let grouper = CampaignGrouper()

  /// `campaigns[k]` holds the fingerprints of campaign `k`.
  public init(_ campaigns: [[Fingerprint]]) {
    for (k, prints) in campaigns.enumerated() {
      for p in prints {
        if let from = p.from { byKey["from:" + from] = k }
        for r in p.replyTo { byKey["reply:" + r] = k }
        if let t = p.subjectTemplate { bySubject[t, default: []].append((k, p.simhash)) }
        if let ip = p.originIP { byIP[ip, default: []].append((k, p.simhash, p.subjectTemplate)) }
        if let h = p.simhash {
          for band in 0..<8 { bands[band << 8 | Int((h >> UInt64(band * 8)) & 0xFF), default: []].append((k, h)) }
        }
      }
    }
  }

  /// The campaign `p` belongs to, if any.
  public func match(_ p: Fingerprint) -> Int? {
    if let from = p.from, let k = byKey["from:" + from] { return k }
    for r in p.replyTo { if let k = byKey["reply:" + r] { return k } }
    if let ip = p.originIP {
      for (k, h, t) in byIP[ip, default: []] {
        if (t != nil && t == p.subjectTemplate) || close(p.simhash, h, grouper.similar) { return k }
      }
    }
    if let t = p.subjectTemplate {
      for (k, h) in bySubject[t, default: []] where close(p.simhash, h, grouper.similar) { return k }
    }
    if let h = p.simhash {
      for band in 0..<8 {
        for (k, other) in bands[band << 8 | Int((h >> UInt64(band * 8)) & 0xFF), default: []]
        where Fingerprint.distance(h, other) <= grouper.nearDuplicate {
          return k
        }
      }
    }
    return nil
  }

  private func close(_ a: UInt64?, _ b: UInt64?, _ limit: Int) -> Bool {
    guard let a, let b else { return false }
    return Fingerprint.distance(a, b) <= limit
  }
}
