/// Reads the dates mail clients write in forwarded header blocks.
///
/// The text is read as tokens (RFC 5322 dates, as Thunderbird writes them, included): a
/// year, month and day (`2024年5月17日`, `2024/05/17`, `May 17, 2024`, `17 May 2024`), a time
/// (`11:41`, `11:41:00`, with `AM`/`PM` or `午前`/`午後`) and an optional zone (`GMT+9`,
/// `UTC+09:00`, `+0900`, `JST`, …). Without a zone the time is taken in `defaultZone` seconds.
enum ForwardDateParser {
  static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    // Outlook's German, French, Spanish and Dutch dates ("Freitag, 17. Mai 2024 11:41").
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
  ]
  static let zones: [String: Int] = [
    "jst": 9, "kst": 9, "utc": 0, "gmt": 0, "ut": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7, "cet": 1, "cest": 2, "bst": 1, "ist": 5, "aest": 10, "sgt": 8, "hkt": 8,
  ]

  static func parse(_ text: String, defaultZone: Int) -> MailDate? {
    var year: Int? = nil
    var month: Int? = nil
    var day: Int? = nil
    var hour: Int? = nil
    var minute: Int? = nil
    var second = 0
    var pm: Bool? = nil
    var zone: Int? = nil
    var numbers: [Int] = []

    // Japanese and numeric dates first.
    let scalars = Array(text.unicodeScalars)
    var tokens: [String] = []
    var current = ""
    func flush() {
      if !current.isEmpty { tokens.append(current) }
      current = ""
    }
    for (index, s) in scalars.enumerated() {
      switch s {
      case "年", "/": if year == nil, let n = Int(current), current.count == 4 { year = n }; flush()
      case "月": if let n = Int(current) { month = n }; flush()
      case "日": if let n = Int(current), month != nil, day == nil { day = n }; flush()
      case "午":
        if index + 1 < scalars.count { pm = scalars[index + 1] == "後" }
        flush()
      case " ", ",", "(", ")", "\t", "　", "\u{00A0}", "[", "]": flush()
      default: current.unicodeScalars.append(s)
      }
    }
    flush()
    for token in tokens {
      let lower = token.lowercased()
      if lower.contains(":") && lower.first?.isNumber == true {
        let pieces = lower.split(separator: ":").map { Int($0.prefix { $0.isNumber }) }
        if pieces.count >= 2, let h = pieces[0], let m = pieces[1] {
          hour = h
          minute = m
          if pieces.count >= 3, let s = pieces[2] { second = s }
        }
        if lower.hasSuffix("pm") { pm = true } else if lower.hasSuffix("am") { pm = false }
      } else if lower == "am" || lower == "a.m." {
        pm = false
      } else if lower == "pm" || lower == "p.m." {
        pm = true
      } else if let m = months[lower.trimmingBlanks(and: ".")] {
        month = m
      } else if lower.hasPrefix("gmt") || lower.hasPrefix("utc") {
        zone = offset(String(lower.dropFirst(3))) ?? 0
      } else if (lower.hasPrefix("+") || lower.hasPrefix("-")), let z = offset(lower) {
        zone = z
      } else if let z = zones[lower] {
        zone = z * 3600
      } else if let n = Int(lower.hasSuffix(".") ? String(lower.dropLast()) : lower) {
        numbers.append(n)  // "17." is the German day
      } else if lower.count > 2,
        lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th"),
        let n = Int(lower.dropLast(2))
      {
        numbers.append(n)
      }
    }
    if year == nil, let y = numbers.first(where: { $0 >= 1900 && $0 < 3000 }) {
      year = y
      numbers.removeAll { $0 == y }
    }
    if numbers.count >= 2, year != nil, month == nil, numbers[0] <= 12 {
      // 2024/05/17 leaves 5 and 17.
      month = numbers[0]
      numbers.removeFirst()
    }
    if day == nil, let d = numbers.first(where: { $0 >= 1 && $0 <= 31 }) { day = d }
    guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
    var h = hour ?? 0
    if let pm {
      if pm && h < 12 { h += 12 }
      if !pm && h == 12 { h = 0 }
    }
    guard h < 24, (minute ?? 0) < 60, second < 61 else { return nil }
    let offset = zone ?? defaultZone
    let local = MailDate.from(year: year, month: month, day: day, hour: h, minute: minute ?? 0, second: min(second, 59))
    return MailDate(timestamp: local - Int64(offset), zoneOffset: offset)
  }

  /// `+9`, `+09`, `+0900`, `+09:00`, `-5` as seconds; nil for anything else.
  static func offset(_ text: String) -> Int? {
    guard let sign = text.first, sign == "+" || sign == "-" else { return text.isEmpty ? 0 : nil }
    let digits = text.dropFirst().filter { $0 != ":" }
    guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber), let n = Int(digits) else { return nil }
    let seconds = digits.count <= 2 ? n * 3600 : (n / 100) * 3600 + (n % 100) * 60
    guard seconds <= 14 * 3600 else { return nil }
    return sign == "-" ? -seconds : seconds
  }
}
