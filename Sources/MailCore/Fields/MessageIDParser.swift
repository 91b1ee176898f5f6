/// Reads Message-ID, In-Reply-To and References: `<id>` lists, with the forms seen without
/// angle brackets tolerated.
public enum MessageIDParser {
  /// All identifiers in a field value, without angle brackets, in order.
  public static func parse(_ value: String) -> [String] {
    var ids: [String] = []
    var rest = Substring(value)
    var sawBracket = false
    while let open = rest.firstIndex(of: "<") {
      sawBracket = true
      guard let close = rest[open...].firstIndex(of: ">") else {
        let tail = rest[rest.index(after: open)...].trimmingSpaces
        if !tail.isEmpty { ids.append(String(tail)) }
        break
      }
      let id = rest[rest.index(after: open)..<close].trimmingSpaces
      if !id.isEmpty { ids.append(String(id)) }
      rest = rest[rest.index(after: close)...]
      if ids.count >= 1_000 { break }
    }
    if !sawBracket {
      for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).prefix(1_000) {
        if token.contains("@") || ids.isEmpty { ids.append(String(token)) }
      }
    }
    return ids
  }
}

extension Substring {
  var trimmingSpaces: Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return s
  }
}
