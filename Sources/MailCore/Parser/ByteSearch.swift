#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fast byte searches over a buffer, backed by libc's `memchr` and `memmem`.
enum ByteSearch {
  /// The index of the first `byte` in `range`, or `nil`.
  @inline(__always)
  static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
    guard !range.isEmpty, let base = buffer.baseAddress else { return nil }
    guard let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
  }

  /// The first index at or after `from` that starts a line (follows LF or CR, or is the start of
  /// `range`) and begins with `needle`; `nil` when there is none.
  static func lineStart(
    with needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, from: Int
  ) -> Int? {
    guard let base = buffer.baseAddress, let n = needle.baseAddress, !needle.isEmpty else { return nil }
    var p = from
    let end = range.upperBound
    if p > range.lowerBound && buffer[p - 1] != 0x0A && buffer[p - 1] != 0x0D {
      guard let nl = first(0x0A, in: buffer, range: p..<end) else { return nil }
      p = nl + 1
    }
    while p + needle.count <= end {
      if buffer[p] == n[0] && memcmp(base + p, n, needle.count) == 0 { return p }
      guard let nl = first(0x0A, in: buffer, range: p..<end) else { return nil }
      p = nl + 1
    }
    return nil
  }
}
