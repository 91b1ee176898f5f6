extension String {
  /// Replaces every occurrence of `target` with `replacement`, left to right, without overlap.
  ///
  /// The one replacing helper of the project. It compares UTF-8 bytes, which for valid UTF-8
  /// is the same as comparing Unicode scalars (a match always starts on a scalar's first byte),
  /// never `Character`s: a combining mark after a `.` cannot hide the dot. A string without the
  /// target is returned as it is, without a copy.
  public func replacingAll(_ target: String, with replacement: String) -> String {
    let needle = Array(target.utf8)
    guard let first = needle.first else { return self }
    var source = self
    return source.withUTF8 { s -> String in
      var out: [UInt8] = []
      var copied = 0
      var i = 0
      while i + needle.count <= s.count {
        if s[i] == first, needle.count == 1 || s[i..<i + needle.count].elementsEqual(needle) {
          if out.isEmpty { out.reserveCapacity(s.count + 16) }
          out.append(contentsOf: s[copied..<i])
          out.append(contentsOf: replacement.utf8)
          i += needle.count
          copied = i
        } else {
          i += 1
        }
      }
      guard copied > 0 else { return self }
      out.append(contentsOf: s[copied...])
      return String(decoding: out, as: UTF8.self)
    }
  }
}
