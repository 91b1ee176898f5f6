/// A lenient base64 decoder for message content (RFC 2045 section 6.8).
///
/// Real mail carries base64 with line breaks, stray spaces, junk characters, missing padding
/// and "chunked" padding (several encoded blocks concatenated, each padded). Whitespace is
/// skipped silently; other characters outside the alphabet are skipped and reported; padding
/// in the middle flushes the current quantum and decoding resumes.
public enum Base64Decoder {
  /// The outcome of decoding: bytes and whether anything had to be skipped.
  public struct Result: Sendable {
    public var bytes: [UInt8]
    /// Count of characters that were neither alphabet, padding nor whitespace.
    public var invalidCharacters: Int
  }

  private static let table: [UInt8] = {
    var t = [UInt8](repeating: 0xFF, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
    // URL-safe alphabet, seen from some webmail generators.
    t[Int(UInt8(ascii: "-"))] = 62
    t[Int(UInt8(ascii: "_"))] = 63
    for c in [UInt8(ascii: " "), 9, 10, 13, 11, 12] { t[Int(c)] = 0xFE }
    t[Int(UInt8(ascii: "="))] = 0xFD
    return t
  }()

  /// Decodes `input`, appending to `output`; returns the number of invalid characters skipped.
  @discardableResult
  public static func decode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: input.count * 3 / 4 + 3))
    var invalid = 0
    var written = start
    output.withUnsafeMutableBufferPointer { out in
      table.withUnsafeBufferPointer { table in
        var acc: UInt32 = 0
        var bits: UInt32 = 0
        for c in input {
          let v = table[Int(c)]
          if v < 64 {
            acc = (acc << 6) | UInt32(v)
            bits += 6
            if bits >= 8 {
              bits -= 8
              out[written] = UInt8(truncatingIfNeeded: acc >> bits)
              written += 1
            }
          } else if v == 0xFE {
            continue
          } else if v == 0xFD {
            // Padding ends the current quantum; a later block starts afresh.
            acc = 0
            bits = 0
          } else {
            invalid += 1
          }
        }
      }
    }
    output.removeLast(output.count - written)
    return invalid
  }

  /// Decodes a whole collection of bytes.
  public static func decode(_ input: some Collection<UInt8>) -> Result {
    var out: [UInt8] = []
    let invalid =
      input.withContiguousStorageIfAvailable { decode($0, into: &out) }
      ?? Array(input).withUnsafeBufferPointer { decode($0, into: &out) }
    return Result(bytes: out, invalidCharacters: invalid)
  }
}
