/// An indicator of compromise, with the defanged form reports publish.
public struct IOC: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable {
    case ipv4, ipv6, domain, email, url, sha256
  }

  public var type: Kind
  public var value: String
  /// The form that cannot be clicked or resolved by accident (`155[.]94[.]251[.]82`).
  public var defanged: String

  public init(type: Kind, value: String) {
    self.type = type
    self.value = value
    self.defanged = Defang.defang(value, as: type)
  }
}

/// Defangs indicators the way threat-intelligence reports write them.
public enum Defang {
  public static func defang(_ value: String, as type: IOC.Kind) -> String {
    switch type {
    case .ipv4, .domain: return value.replacingAll(".", with: "[.]")
    case .ipv6: return value.replacingAll(":", with: "[:]")
    case .email:
      guard let at = value.lastIndex(of: "@") else { return value }
      return String(value[..<at]) + "@" + String(value[value.index(after: at)...]).replacingAll(".", with: "[.]")
    case .url:
      var rest = Substring(value)
      var scheme = ""
      if let range = rest.range(of: "://") {
        scheme = String(rest[..<range.lowerBound]).lowercased()
        rest = rest[range.upperBound...]
      } else if rest.hasPrefix("//") {
        rest = rest.dropFirst(2)
        scheme = "//"
      }
      let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
      let host = String(rest[..<hostEnd]).replacingAll(".", with: "[.]")
      let defangedScheme = scheme.isEmpty ? "" : scheme == "//" ? "//" : scheme.replacingAll("t", with: "x") + "://"
      return defangedScheme + host + rest[hostEnd...]
    case .sha256: return value
    }
  }
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    out.reserveCapacity(count + 8)
    for c in self {
      if c == target { out += replacement } else { out.append(c) }
    }
    return out
  }
}
