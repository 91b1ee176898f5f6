/// Reads dates as header fields write them: RFC 5322, its obsolete forms
/// (named zones, two-digit years, military zones) and the broken forms bulk mailers write
/// (no weekday, no seconds, no zone, asctime, ISO 8601, `+0900 (JST)`).
public enum DateParser {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  /// Named zones seen in mail, in minutes east of UTC.
  private static let zones: [String: Int] = [
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "jst": 540, "kst": 540, "cet": 60, "cest": 120, "met": 60, "mest": 120, "eet": 120, "eest": 180,
    "bst": 60, "ist": 330, "hkt": 480, "sgt": 480, "aest": 600, "aedt": 660, "msk": 180, "nzst": 720,
  ]

  /// Parses a date; `nil` when no date can be read.
  public static func parse(_ text: String) -> MailDate? {
    var bytes = Array(text.utf8)
    if bytes.count > 256 { bytes = Array(bytes[..<256]) }
    return bytes.withUnsafeBufferPointer { parse($0) }
  }

  static func parse(_ raw: UnsafeBufferPointer<UInt8>) -> MailDate? {
    if let iso = parseISO(raw) { return iso }
    var tokens: [(text: [UInt8], sign: UInt8?)] = []
    var i = 0
    let n = min(raw.count, 512)
    var depth = 0
    while i < n {
      let c = raw[i]
      if c == UInt8(ascii: "(") { depth += 1; i += 1; continue }
      if c == UInt8(ascii: ")") { depth = max(0, depth - 1); i += 1; continue }
      if depth > 0 { i += 1; continue }
      if isAlnum(c) || c == UInt8(ascii: ":") {
        let start = i
        while i < n,
          isAlnum(raw[i]) || raw[i] == UInt8(ascii: ":")
            || raw[i] == UInt8(ascii: ".") && i > start
              && isDigit(raw[i - 1])
        { i += 1 }
        var sign: UInt8? = nil
        if start > 0, raw[start - 1] == UInt8(ascii: "+") || raw[start - 1] == UInt8(ascii: "-"), isDigit(raw[start]) {
          sign = raw[start - 1]
        }
        tokens.append((Array(raw[start..<i]), sign))
        if tokens.count > 16 { break }
      } else {
        i += 1
      }
    }
    var day: Int? = nil, month: Int? = nil, year: Int? = nil
    var hour: Int? = nil, minute = 0, second = 0
    var zone: Int? = nil
    var pm: Bool? = nil
    for (text, sign) in tokens {
      if text.contains(UInt8(ascii: ":")) {
        let pieces = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard hour == nil, pieces.count >= 2, let h = number(pieces[0]), let m = number(pieces[1]) else {
          // "+09:00" style zone
          if let sign, pieces.count == 2, let h = number(pieces[0]), let m = number(pieces[1]), zone == nil {
            zone = (h * 60 + m) * (sign == UInt8(ascii: "-") ? -1 : 1)
          }
          continue
        }
        hour = h
        minute = m
        if pieces.count >= 3, let s = number(pieces[2].prefix { isDigit($0) }) { second = s }
        continue
      }
      if let sign, let value = number(text[...]), hour != nil || text.count == 4, zone == nil,
        day != nil || month != nil
      {
        let digits = text.count
        let minutes: Int
        if digits <= 2 { minutes = value * 60 } else { minutes = value / 100 * 60 + value % 100 }
        zone = sign == UInt8(ascii: "-") ? -minutes : minutes
        continue
      }
      if isDigit(text[0]) {
        guard let value = number(text[...]) else { continue }
        if text.count >= 3 {
          if year == nil { year = value }
        } else if day == nil && month == nil && year == nil {
          day = value
        } else if day == nil {
          day = value
        } else if month == nil && year == nil && (1...12).contains(value) {
          // "20 11 79": a numeric month between day and year.
          month = value
        } else if year == nil {
          year = value
        }
        continue
      }
      let word = String(decoding: text, as: UTF8.self).lowercased()
      let three = String(word.prefix(3))
      if word.count >= 3, let m = months.firstIndex(of: three), month == nil {
        month = m + 1
      } else if weekdays.contains(three) && word.count >= 3 {
        continue
      } else if word == "am" || word == "pm" {
        pm = word == "pm"
      } else if let z = zones[word] ?? zones[String(word.prefix { $0.isLetter })], zone == nil {
        // "EST5EDT" (a POSIX TZ string) names its standard zone first.
        zone = z
      } else if word.count == 1, zone == nil {
        zone = 0  // military zones: RFC 5322 says treat as -0000
      }
    }
    guard var y = year, let mo = month, let d = day, let h = hour else { return nil }
    if y < 50 { y += 2000 } else if y < 100 { y += 1900 } else if y < 1000 { y += 1900 }
    var hh = h
    if let pm {
      if pm && hh < 12 { hh += 12 } else if !pm && hh == 12 { hh = 0 }
    }
    guard (1...31).contains(d), (0...24).contains(hh), (0...59).contains(minute), (0...60).contains(second),
      (1000...9999).contains(y)
    else { return nil }
    let offset = (zone ?? 0) * 60
    guard abs(offset) <= 18 * 3600 else { return nil }
    let days = CivilTime.days(year: y, month: mo, day: d)
    let ts = days * 86_400 + Int64(hh * 3600 + minute * 60 + min(second, 59)) - Int64(offset)
    return MailDate(timestamp: ts, zoneOffset: offset)
  }

  /// `2024-05-17T09:12:00Z`, `2024-05-17 09:12:00 +0900`, `2024/05/17 09:12`.
  private static func parseISO(_ s: UnsafeBufferPointer<UInt8>) -> MailDate? {
    var i = 0
    while i < s.count, FieldScanner.isSpace(s[i]) { i += 1 }
    func digits(_ count: Int) -> Int? {
      guard i + count <= s.count else { return nil }
      var v = 0
      for k in 0..<count {
        guard isDigit(s[i + k]) else { return nil }
        v = v * 10 + Int(s[i + k] - 0x30)
      }
      i += count
      return v
    }
    func expect(_ set: [UInt8]) -> Bool {
      guard i < s.count, set.contains(s[i]) else { return false }
      i += 1
      return true
    }
    guard let y = digits(4), expect([0x2D, 0x2F]), let mo = digits(2), expect([0x2D, 0x2F]), let d = digits(2)
    else { return nil }
    var h = 0, mi = 0, se = 0
    if expect([UInt8(ascii: "T"), UInt8(ascii: "t"), 0x20]) {
      guard let hh = digits(2), expect([0x3A]), let mm = digits(2) else { return nil }
      h = hh
      mi = mm
      if expect([0x3A]), let ss = digits(2) { se = ss }
      if expect([0x2E]) { while i < s.count, isDigit(s[i]) { i += 1 } }
    }
    while i < s.count, s[i] == 0x20 { i += 1 }
    var offset = 0
    if i < s.count {
      if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
        i += 1
      } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
        let negative = s[i] == UInt8(ascii: "-")
        i += 1
        guard let zh = digits(2) else { return nil }
        _ = expect([0x3A])
        let zm = digits(2) ?? 0
        offset = (zh * 3600 + zm * 60) * (negative ? -1 : 1)
      }
    }
    guard (1...12).contains(mo), (1...31).contains(d), h < 25, mi < 60, se < 61, abs(offset) <= 18 * 3600 else {
      return nil
    }
    let ts =
      CivilTime.days(year: y, month: mo, day: d) * 86_400 + Int64(h * 3600 + mi * 60 + min(se, 59)) - Int64(offset)
    return MailDate(timestamp: ts, zoneOffset: offset)
  }

  @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  @inline(__always) private static func isAlnum(_ c: UInt8) -> Bool {
    isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
  }

  private static func number(_ s: some Collection<UInt8>) -> Int? {
    guard !s.isEmpty, s.count <= 9 else { return nil }
    var v = 0
    for c in s {
      guard isDigit(c) else { return nil }
      v = v * 10 + Int(c - 0x30)
    }
    return v
  }
}
