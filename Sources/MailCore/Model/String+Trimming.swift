extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and any character of `set`.
  ///
  /// The one trimming helper of the project (header values, tag values, names); byte-level
  /// hot paths trim their buffers themselves.
  public func trimmingCharacters(in set: String = "") -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || set.contains(f) { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
