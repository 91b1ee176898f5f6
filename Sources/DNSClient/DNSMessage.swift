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

  /// Checks an answer's header and question; returns where its answer records start and how
  /// many there are. With `question` (the name asked), the answer must repeat it: a reply to
  /// another question, spoofed or stale, is refused.
  static func answerStart(_ m: [UInt8], id: UInt16, question: String?) throws(DNSLookupError) -> (Int, Int) {
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
    return (i, min(answers, 64))
  }

  /// Each answer record of `type`: its data's range in `m`.
  private static func records(in m: [UInt8], id: UInt16, question: String?, type wanted: Int) throws(DNSLookupError)
    -> [Range<Int>]
  {
    var (i, answers) = try answerStart(m, id: id, question: question)
    var found: [Range<Int>] = []
    for _ in 0..<answers {
      i = try skipName(m, i)
      guard i + 10 <= m.count else { throw .temporary("truncated answer") }
      let type = Int(m[i]) << 8 | Int(m[i + 1])
      let length = Int(m[i + 8]) << 8 | Int(m[i + 9])
      i += 10
      guard i + length <= m.count else { throw .temporary("truncated answer") }
      if type == wanted { found.append(i..<(i + length)) }
      i += length
    }
    return found
  }

  /// The TXT strings of an answer.
  static func txtRecords(in m: [UInt8], id: UInt16, question: String? = nil) throws(DNSLookupError) -> [String] {
    var texts: [String] = []
    for range in try records(in: m, id: id, question: question, type: 16) {
      var text: [UInt8] = []
      var j = range.lowerBound
      while j < range.upperBound {
        let n = Int(m[j])
        guard j + 1 + n <= range.upperBound else { throw .temporary("malformed TXT") }
        text += m[(j + 1)..<(j + 1 + n)]
        j += 1 + n
      }
      texts.append(String(decoding: text, as: UTF8.self))
    }
    return texts
  }

  /// The exchanges of MX records, lowest preference first.
  static func mxRecords(in m: [UInt8], id: UInt16, question: String? = nil) throws(DNSLookupError) -> [String] {
    var found: [(Int, String)] = []
    for range in try records(in: m, id: id, question: question, type: 15) {
      guard range.count >= 3, let name = readCompressedName(m, range.lowerBound + 2) else {
        throw .temporary("malformed MX")
      }
      found.append((Int(m[range.lowerBound]) << 8 | Int(m[range.lowerBound + 1]), name))
    }
    return found.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.map(\.1)
  }

  /// Records whose data is one name (PTR, CNAME, NS).
  static func nameRecords(in m: [UInt8], id: UInt16, question: String? = nil, type: Int) throws(DNSLookupError)
    -> [String]
  {
    var names: [String] = []
    for range in try records(in: m, id: id, question: question, type: type) {
      guard let name = readCompressedName(m, range.lowerBound) else { throw .temporary("malformed name record") }
      names.append(name)
    }
    return names
  }

  /// A name that may use compression pointers (RFC 1035 section 4.1.4); at most 32 jumps and
  /// 255 bytes, so a pointer loop ends in nil.
  static func readCompressedName(_ m: [UInt8], _ start: Int) -> String? {
    var labels: [String] = []
    var i = start
    var jumps = 0
    var length = 0
    while true {
      guard i < m.count else { return nil }
      let len = Int(m[i])
      if len == 0 { return labels.joined(separator: ".") }
      if len & 0xC0 == 0xC0 {
        guard i + 1 < m.count, jumps < 32 else { return nil }
        i = (len & 0x3F) << 8 | Int(m[i + 1])
        jumps += 1
        continue
      }
      guard len & 0xC0 == 0, i + 1 + len <= m.count else { return nil }
      length += len + 1
      guard length <= 255 else { return nil }
      labels.append(String(decoding: m[(i + 1)..<(i + 1 + len)], as: UTF8.self))
      i += 1 + len
    }
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
