import Foundation
import MailCore

/// Dates as a reader in the organisation expects them: in its time zone, in the report's
/// language ("10 Mar 2026 10:12 (UTC+09:00)", "2026年3月10日 10:12（UTC+09:00）").
struct ReportDates: @unchecked Sendable {
  let language: ReportLanguage
  let timeZone: TimeZone
  // Made once: a calendar or a formatter costs more to make than to use (a report formats
  // thousands of dates). Used from one thread at a time, by the one builder that owns them.
  private let calendar: Calendar
  private let formatter: ISO8601DateFormatter

  init(language: ReportLanguage, timeZone: TimeZone) {
    self.language = language
    self.timeZone = timeZone
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    self.calendar = calendar
    formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
  }

  /// An RFC 3339 time, as the investigation records them.
  func parse(_ text: String) -> Date? { formatter.date(from: text) }

  func full(_ date: Date) -> String {
    let c = components(date)
    switch language {
    case .en:
      return "\(c.day) \(Self.months[c.month - 1]) \(c.year) \(c.time) (\(zone(date)))"
    case .ja:
      return "\(c.year)年\(c.month)月\(c.day)日 \(c.time)（\(zone(date))）"
    }
  }

  func full(_ date: MailDate) -> String { full(Date(timeIntervalSince1970: TimeInterval(date.timestamp))) }

  /// The date and time without the zone, for table cells under a heading that names it.
  func short(_ date: MailDate) -> String {
    let c = components(Date(timeIntervalSince1970: TimeInterval(date.timestamp)))
    let day = String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    return "\(day) \(c.time)"
  }

  /// "UTC+09:00", or "UTC".
  func zone(_ date: Date) -> String {
    let seconds = timeZone.secondsFromGMT(for: date)
    guard seconds != 0 else { return "UTC" }
    let sign = seconds < 0 ? "-" : "+"
    return String(format: "UTC%@%02d:%02d", sign, abs(seconds) / 3600, abs(seconds) % 3600 / 60)
  }

  private func components(_ date: Date) -> (year: Int, month: Int, day: Int, time: String) {
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return (
      c.year ?? 1970, c.month ?? 1, c.day ?? 1,
      String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    )
  }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
