extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and any Unicode scalar of `extra`.
  ///
  /// The one trimming helper of the project (header values, tag values, names); byte-level
  /// hot paths trim their buffers themselves. It compares scalars, not `Character`s, so that
  /// `"\r\n"` in `extra` trims a lone CR or LF as well as the pair.
  public func trimmingBlanks(and extra: String = "") -> String {
    let set = Set(extra.unicodeScalars).union([" ", "\t"])
    let scalars = Substring(self).unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
    while end > start, set.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }
}
