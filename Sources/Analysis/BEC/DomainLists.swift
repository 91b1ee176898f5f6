import Foundation

/// The domain lists shipped in `Sources/Analysis/Data` (see its `SOURCE.md`), plus what the
/// organisation profile adds.
public struct DomainLists: Sendable {
  public var freemail: Set<String>
  public var disposable: Set<String>
  public var suspiciousTLDs: Set<String>
  public var shorteners: Set<String>
  /// Free file hosts and site builders (a host or one of its parents in the list).
  public var freeHosts: Set<String> = []
  /// Well-known domains whose look-alikes are worth flagging (brands, banks, SaaS).
  public var wellKnown: [String] {
    didSet { prepareTargets() }
  }
  /// `wellKnown` prepared for comparison, and as a set.
  var wellKnownTargets: [Lookalike.Target] = []
  var wellKnownIndex = Lookalike.Index([])
  var wellKnownSet: Set<String> = []

  mutating func prepareTargets() {
    wellKnownTargets = wellKnown.map(Lookalike.Target.init)
    wellKnownIndex = Lookalike.Index(wellKnownTargets)
    wellKnownSet = Set(wellKnown)
  }
  /// Provider names for reports.
  public var providers: [String: String]
  /// Brand token (letters only, lower case) → the brand's own domains.
  public var brands: [String: [String]] = [:] {
    didSet { brandOrder = Self.order(brands) }
  }
  /// `brands` in token order, each token's bytes ready for searching a display name.
  var brandOrder: [(token: String, bytes: [UInt8], domains: [String])] = []

  static func order(_ brands: [String: [String]]) -> [(token: String, bytes: [UInt8], domains: [String])] {
    brands.sorted { $0.key < $1.key }.map { ($0.key, Array(NameMatcher.letters($0.key).utf8), $0.value) }
  }

  /// The lines of a data file, split and trimmed (spaces, tabs, CR) by byte: the lists hold
  /// tens of thousands of lines and are read at every start.
  static func byteLines(_ text: String) -> [String] {
    var lines: [String] = []
    var text = text
    text.makeContiguousUTF8()
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
        var a = start
        var b = i
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
        if b > a { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)) }
        start = i + 1
      }
    }
    return lines
  }

  /// The shipped lists, loaded once.
  public static let shipped: DomainLists = {
    func lines(_ name: String) -> [String] {
      byteLines(ShippedData.text(name + ".txt")).map { $0.lowercased() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
    // Provider names keep their capitals, so this file is read without lower-casing.
    var providers: [String: String] = [:]
    for line in byteLines(ShippedData.text("providers.txt")) where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      if parts.count == 2 { providers[parts[0].lowercased()] = String(parts[1]) }
    }
    var brands: [String: [String]] = [:]
    for line in lines("brands") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      if parts.count == 2 { brands[String(parts[0])] = parts[1].split(separator: ",").map(String.init) }
    }
    var lists = DomainLists(
      freemail: Set(lines("free_email_providers") + lines("japanese_isp_mail")),
      disposable: Set(lines("disposable_email_providers")), suspiciousTLDs: Set(lines("suspicious_tlds")),
      shorteners: Set(lines("url_shorteners")), wellKnown: lines("well_known_domains"), providers: providers)
    lists.freeHosts = Set(lines("free_hosts"))
    lists.brands = brands
    lists.brandOrder = order(brands)
    lists.prepareTargets()
    return lists
  }()

  /// The shipped lists with the profile's additions.
  public func adding(freemail: [String] = [], disposable: [String] = [], wellKnown: [String] = []) -> DomainLists {
    var copy = self
    if !freemail.isEmpty { copy.freemail.formUnion(freemail.map { $0.lowercased() }) }
    if !disposable.isEmpty { copy.disposable.formUnion(disposable.map { $0.lowercased() }) }
    if !wellKnown.isEmpty { copy.wellKnown = wellKnown.map { $0.lowercased() } + copy.wellKnown }
    return copy
  }
}
