/// Writes indented JSON (two spaces a level, `"key": value`) straight into a byte buffer, for
/// the STIX and MISP exports. The caller writes each object's keys in sorted order, so the
/// files come out the same on every run; a debug build checks that order.
///
/// Nothing is boxed or collected first: a document of tens of thousands of objects is written
/// in one pass, and a string without characters to escape is copied as it is.
struct PrettyJSONWriter {
  private var out: [UInt8] = []
  /// For each open object or array, how many members it has so far.
  private var counts: [Int] = []
  #if DEBUG
    /// For each open level, the last key written (debug builds check the order).
    private var lastKeys: [String] = []
  #endif

  init(capacity: Int = 65_536) {
    out.reserveCapacity(capacity)
  }

  /// The document's UTF-8 bytes, with a final newline (written to a file as they are: no
  /// copy into a `String`).
  consuming func finished() -> [UInt8] {
    precondition(counts.isEmpty, "unclosed JSON object or array")
    out.append(UInt8(ascii: "\n"))
    return out
  }

  // MARK: Structure

  /// Opens an object: at the top level, as an array element, or after `key(_:)`.
  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the open object; its value follows.
  mutating func key(_ name: String) {
    #if DEBUG
      assert(lastKeys.last.map { $0.isEmpty || $0 < name } ?? false, "JSON keys out of order at \(name)")
      lastKeys[lastKeys.count - 1] = name
    #endif
    newMember()
    value(name)
    out.append(UInt8(ascii: ":"))
    out.append(UInt8(ascii: " "))
  }

  /// Starts an element of the open array; its value follows.
  mutating func element() { newMember() }

  // MARK: Values

  /// A JSON string (RFC 8259): `"` and `\` escaped, control characters as `\n`, `\u001b`, ….
  mutating func value(_ s: String) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { bytes in
      var copied = 0
      for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
        copied = i + 1
        switch b {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
          out.append(Self.hexDigits[Int(b >> 4)])
          out.append(Self.hexDigits[Int(b & 0x0F)])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  mutating func value(_ b: Bool) { out.append(contentsOf: (b ? "true" : "false").utf8) }

  mutating func field(_ name: String, _ s: String) {
    key(name)
    value(s)
  }

  mutating func field(_ name: String, _ b: Bool) {
    key(name)
    value(b)
  }

  /// An array of strings as the value of `name`.
  mutating func field(_ name: String, strings: [String]) {
    key(name)
    beginArray()
    for s in strings {
      element()
      value(s)
    }
    endArray()
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    out.append(bracket)
    counts.append(0)
    #if DEBUG
      lastKeys.append("")
    #endif
  }

  private mutating func close(_ bracket: UInt8) {
    let members = counts.removeLast()
    #if DEBUG
      lastKeys.removeLast()
    #endif
    if members > 0 {
      out.append(UInt8(ascii: "\n"))
      indent(counts.count)
    }
    out.append(bracket)
  }

  private mutating func newMember() {
    let level = counts.count
    if counts[level - 1] > 0 { out.append(UInt8(ascii: ",")) }
    out.append(UInt8(ascii: "\n"))
    counts[level - 1] += 1
    indent(level)
  }

  private mutating func indent(_ level: Int) {
    for _ in 0..<level {
      out.append(UInt8(ascii: " "))
      out.append(UInt8(ascii: " "))
    }
  }
}
