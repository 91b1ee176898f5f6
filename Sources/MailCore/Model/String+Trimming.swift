extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and any Unicode scalar of `extra`.
  ///
  /// The one trimming helper of the project (header values, tag values, names); byte-level
  /// hot paths trim their buffers themselves. It compares scalars, not `Character`s, so that
  /// `"\r\n"` in `extra` trims a lone CR or LF as well as the pair.
  public func trimmingBlanks(and extra: String = "") -> String {
    // Header parsing calls this for every field: no set is built, `extra` is a few scalars.
    func blank(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || extra.unicodeScalars.contains(u) }
    let scalars = Substring(self).unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, blank(scalars[start]) { start = scalars.index(after: start) }
    while end > start, blank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }
}
