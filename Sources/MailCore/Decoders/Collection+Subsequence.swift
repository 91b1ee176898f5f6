#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Collection where Element == UInt8 {
  /// Whether the bytes contain `needle` contiguously: `memchr` to each candidate first byte,
  /// then `memcmp`, over contiguous storage when the collection has it (arrays, native strings).
  public func contains(subsequence needle: [UInt8]) -> Bool {
    if let found = withContiguousStorageIfAvailable({ Self.search($0, needle) }) { return found }
    return Array(self).withUnsafeBufferPointer { Self.search($0, needle) }
  }

  private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
    return needle.withUnsafeBufferPointer { n in
      let last = haystack.count - n.count
      var i = 0
      while i <= last {
        guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
        let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
        i = at + 1
      }
      return false
    }
  }
}
