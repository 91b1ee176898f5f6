/// A date from a header: the instant and the zone offset the sender wrote.
///
/// Kept free of Foundation's calendars so that parsing a million dates stays cheap;
/// ``rfc3339`` renders it for reports and JSON.
public struct MailDate: Hashable, Sendable, Comparable, Codable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var timestamp: Int64
  /// The sender's zone offset from UTC in seconds (0 for `-0000` and obsolete military zones).
  public var zoneOffset: Int

  public init(timestamp: Int64, zoneOffset: Int) {
    self.timestamp = timestamp
    self.zoneOffset = zoneOffset
  }

  /// The timestamp of a UTC civil time.
  public static func from(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64 {
    CivilTime.days(year: year, month: month, day: day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  public static func < (lhs: MailDate, rhs: MailDate) -> Bool { lhs.timestamp < rhs.timestamp }

  /// The instant in UTC as RFC 3339, e.g. `2024-05-17T09:12:00Z`.
  public var rfc3339: String {
    let (y, mo, d, h, mi, s) = CivilTime.components(of: timestamp)
    return "\(pad(y, 4))-\(pad(mo))-\(pad(d))T\(pad(h)):\(pad(mi)):\(pad(s))Z"
  }

  /// The local time the sender wrote, as RFC 3339 with its offset, e.g. `2024-05-17T18:12:00+09:00`.
  public var rfc3339Local: String {
    let (y, mo, d, h, mi, s) = CivilTime.components(of: timestamp + Int64(zoneOffset))
    let sign = zoneOffset < 0 ? "-" : "+"
    let off = abs(zoneOffset)
    return
      "\(pad(y, 4))-\(pad(mo))-\(pad(d))T\(pad(h)):\(pad(mi)):\(pad(s))\(sign)\(pad(off / 3600)):\(pad(off % 3600 / 60))"
  }
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
  let digits = String(abs(value))
  let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  return value < 0 ? "-" + padded : padded
}

/// Conversions between civil dates and Unix days (proleptic Gregorian calendar).
enum CivilTime {
  /// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
  static func days(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Year, month, day, hour, minute, second of a Unix timestamp in UTC.
  static func components(of timestamp: Int64) -> (Int, Int, Int, Int, Int, Int) {
    var days = timestamp / 86_400
    var secs = timestamp % 86_400
    if secs < 0 {
      secs += 86_400
      days -= 1
    }
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (Int(y), Int(m), Int(d), Int(secs / 3600), Int(secs % 3600 / 60), Int(secs % 60))
  }
}
