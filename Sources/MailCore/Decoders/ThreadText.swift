/// Extracts the current message of a thread from body text, dropping quoted history.
///
/// A BEC lure is judged by what the sender wrote now, not by the thread it hijacked. The cut is
/// made at the first reply or forward header (English and Japanese clients: "On … wrote:",
/// "-----Original Message-----", Outlook's "From:/Sent:" block, "差出人:", "送信日時:", "…さんは書きました:")
/// and `>`-quoted lines are removed.
public enum ThreadText {
  private static let separators = [
    "-----original message-----", "----- original message -----", "-------- original message --------",
    "---------- forwarded message ---------", "-------- forwarded message --------", "begin forwarded message:",
    "-----元のメッセージ-----", "----- 元のメッセージ -----", "-----転送メッセージ-----", "---------- 転送メッセージ ----------",
    "-------- 転送メッセージ --------",
  ]
  /// Outlook's rule above a quoted reply; also a plain decoration, so it counts only when a
  /// header block ("From:", "差出人:") follows.
  private static let rule = "________________________________"
  private static let headerStarts = ["from:", "差出人:", "差出人 :", "送信者:", "送信元:"]
  private static let headerFollowers = ["sent:", "date:", "送信日時:", "送信日時 :", "日付:", "to:", "宛先:", "件名:", "subject:"]

  /// The text before the quoted history.
  public static func currentThread(of text: String) -> String {
    let lines = Self.lines(text)
    var kept: [Substring] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingSpaces
      guard let first = trimmed.first else {
        kept.append(line)
        index += 1
        continue
      }
      // Only lines that could start or end like a separator, header or attribution are
      // lower-cased and compared; the rest of the body is passed over cheaply.
      if Self.markerStarts.contains(first) || trimmed.last == ":" || trimmed.last == "："
        || trimmed.utf8.contains(subsequence: Self.messageMarker)
      {
        let lower = trimmed.lowercased()
        if separators.contains(where: { lower.hasPrefix($0) }) { break }
        if lower.hasPrefix(rule) {
          let next = lines[(index + 1)...].lazy.map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }.prefix(2)
          if next.contains(where: { n in headerStarts.contains { n.hasPrefix($0) } }) { break }
        }
        if isAttribution(lower) { break }
        if headerStarts.contains(where: { lower.hasPrefix($0) }), index + 1 < lines.count {
          let next = lines[(index + 1)...].prefix(3).map { $0.trimmingSpaces.lowercased() }
          if next.contains(where: { n in headerFollowers.contains { n.hasPrefix($0) } }) { break }
        }
      }
      if first == ">" || first == "＞" {
        index += 1
        continue
      }
      kept.append(line)
      index += 1
    }
    while let last = kept.last, last.trimmingSpaces.isEmpty { kept.removeLast() }
    return kept.joined(separator: "\n")
  }

  /// The text split at each LF (body text is CRLF-normalized by then; LF is always a character
  /// boundary), found by byte rather than by character.
  static func lines(_ text: String) -> [Substring] {
    var text = text
    text.makeContiguousUTF8()
    let offsets: [Int] =
      text.utf8.withContiguousStorageIfAvailable { bytes in bytes.indices.filter { bytes[$0] == 0x0A } } ?? []
    var lines: [Substring] = []
    lines.reserveCapacity(offsets.count + 1)
    let utf8 = text.utf8
    var start = utf8.startIndex
    for offset in offsets {
      let end = utf8.index(utf8.startIndex, offsetBy: offset)
      lines.append(text[start..<end])
      start = utf8.index(after: end)
    }
    lines.append(text[start...])
    return lines
  }

  /// The first characters of separators, reply headers and attributions, in either case.
  private static let markerStarts: Set<Character> = ["-", "_", "b", "B", "o", "O", "f", "F", "差", "送"]
  private static let messageMarker = Array("のメッセージ:".utf8)

  /// "On Tue, 5 Mar 2024, Taro <t@x> wrote:" (possibly wrapped) and "…さんは書きました:".
  private static func isAttribution(_ lower: String) -> Bool {
    if lower.hasPrefix("on ") && (lower.hasSuffix("wrote:") || lower.hasSuffix("wrote :")) { return true }
    if lower.hasSuffix("wrote:") && lower.contains(Character("@")) { return true }
    if lower.hasSuffix("書きました:") || lower.hasSuffix("書きました：") || lower.hasSuffix("wrote：") { return true }
    if lower.utf8.contains(subsequence: messageMarker) && lower.utf8.contains(subsequence: [0x32, 0x30]) {
      return true
    }
    return false
  }
}

extension Substring {
  /// The line without leading and trailing spaces and tabs, without copying it.
  fileprivate var trimmingSpaces: Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return s
  }
}
