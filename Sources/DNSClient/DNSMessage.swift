import Analysis

/// Building queries and reading answers in the DNS wire format (RFC 1035, EDNS0 from RFC 6891).
/// Every read is bounds-checked: a hostile or broken server gives an error, never a crash.
enum DNSMessage {
  static func query(id: UInt16, name: String, type: UInt16) throws(DNSLookupError) -> [UInt8] {
    var q: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1]
    for label in name.split(separator: ".") {
      let bytes = Array(label.utf8)
      guard !bytes.isEmpty, bytes.count < 64 else { throw .temporary("bad name \(name)") }
      q.append(UInt8(bytes.count))
      q += bytes
    }
    guard q.count < 270 else { throw .temporary("name too long") }
    q.append(0)
    q += [UInt8(type >> 8), UInt8(type & 0xFF), 0, 1]
    // OPT: root name, type 41, UDP payload 4096, no flags, no options.
    q += [0, 0, 41, 0x10, 0x00, 0, 0, 0, 0, 0, 0]
    return q
  }

  static func isTruncated(_ m: [UInt8]) -> Bool {
    m.count >= 4 && m[2] & 0x02 != 0
  }

  /// The TXT strings of an answer. With `question` (the name asked), the answer must repeat
  /// it: a reply to another question, spoofed or stale, is refused.
  static func txtRecords(in m: [UInt8], id: UInt16, question: String? = nil) throws(DNSLookupError) -> [String] {
    guard m.count >= 12, UInt16(m[0]) << 8 | UInt16(m[1]) == id else { throw .temporary("malformed answer") }
    guard m[2] & 0x80 != 0 else { throw .temporary("not an answer") }
    let rcode = m[3] & 0x0F
    if rcode == 3 { throw .notFound }
    guard rcode == 0 else { throw .temporary("server answered rcode \(rcode)") }
    let questions = Int(m[4]) << 8 | Int(m[5])
    let answers = Int(m[6]) << 8 | Int(m[7])
    var i = 12
    if let question {
      guard questions == 1, let asked = readName(m, 12), asked.lowercased() == question.lowercased().trimmingDot else {
        throw .temporary("the answer is for another question")
      }
    }
    for _ in 0..<questions {
      i = try skipName(m, i)
      i += 4
    }
    var records: [String] = []
    for _ in 0..<min(answers, 64) {
      i = try skipName(m, i)
      guard i + 10 <= m.count else { throw .temporary("truncated answer") }
      let type = Int(m[i]) << 8 | Int(m[i + 1])
      let length = Int(m[i + 8]) << 8 | Int(m[i + 9])
      i += 10
      guard i + length <= m.count else { throw .temporary("truncated answer") }
      if type == 16 {
        var text: [UInt8] = []
        var j = i
        while j < i + length {
          let n = Int(m[j])
          guard j + 1 + n <= i + length else { throw .temporary("malformed TXT") }
          text += m[(j + 1)..<(j + 1 + n)]
          j += 1 + n
        }
        records.append(String(decoding: text, as: UTF8.self))
      }
      i += length
    }
    return records
  }

  /// An uncompressed name at `start` (questions are never compressed), or nil.
  static func readName(_ m: [UInt8], _ start: Int) -> String? {
    var labels: [String] = []
    var i = start
    for _ in 0..<128 {
      guard i < m.count else { return nil }
      let len = Int(m[i])
      if len == 0 { return labels.joined(separator: ".") }
      guard len & 0xC0 == 0, i + 1 + len <= m.count else { return nil }
      labels.append(String(decoding: m[(i + 1)..<(i + 1 + len)], as: UTF8.self))
      i += 1 + len
    }
    return nil
  }

  private static func skipName(_ m: [UInt8], _ start: Int) throws(DNSLookupError) -> Int {
    var i = start
    for _ in 0..<128 {
      guard i < m.count else { throw .temporary("truncated name") }
      let len = Int(m[i])
      if len == 0 { return i + 1 }
      if len & 0xC0 == 0xC0 { return i + 2 }
      i += 1 + len
    }
    throw .temporary("name too long")
  }
}

extension String {
  fileprivate var trimmingDot: String { hasSuffix(".") ? String(dropLast()) : self }
}
