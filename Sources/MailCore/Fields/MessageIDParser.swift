/// Reads Message-ID, In-Reply-To and References: `<id>` lists, with the forms seen without
/// angle brackets tolerated.
public enum MessageIDParser {
  /// All identifiers in a field value, without angle brackets, in order.
  public static func parse(_ value: String) -> [String] {
    var ids: [String] = []
    let bytes = value.utf8
    var sawBracket = false
    var i = bytes.startIndex
    while i < bytes.endIndex, ids.count < 1_000 {
      guard let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
      sawBracket = true
      let contentStart = bytes.index(after: open)
      let close = bytes[contentStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex
      let id = value[contentStart..<close].trimmingBlanks()
      if !id.isEmpty { ids.append(String(id)) }
      i = close == bytes.endIndex ? close : bytes.index(after: close)
    }
    if !sawBracket {
      for token in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).prefix(1_000) {
        if token.contains(Character("@")) || ids.isEmpty { ids.append(String(token)) }
      }
    }
    return ids
  }
}
