/// One header field as it appeared in the message, with its decoded value and exact position.
///
/// Header order is preserved by ``MessagePart/headers``; the raw bytes of the field stay in the
/// message buffer, so that a finding can quote the field byte for byte.
public struct HeaderField: Hashable, Sendable, Codable {
  /// The field name as written (case preserved).
  public var name: String
  /// The field name in lower case, for lookups.
  public var key: String
  /// The value unfolded, with RFC 2047 encoded-words and raw 8-bit text decoded, and leading
  /// and trailing whitespace removed. This is the unstructured reading; structured fields
  /// (addresses, dates, parameters) are parsed from the raw bytes.
  public var value: String
  /// The whole field in its buffer: from the first byte of the name to the end of its last line,
  /// including the line break.
  public var range: Range<Int>
  /// The raw value: the bytes after the colon, folded as written, without the final line break.
  public var valueRange: Range<Int>

  public init(name: String, key: String, value: String, range: Range<Int>, valueRange: Range<Int>) {
    self.name = name
    self.key = key
    self.value = value
    self.range = range
    self.valueRange = valueRange
  }
}

extension Array where Element == HeaderField {
  /// The first field with this name (case-insensitive).
  public func first(named name: String) -> HeaderField? {
    let key = name.lowercased()
    return first { $0.key == key }
  }

  /// Every field with this name (case-insensitive), in message order.
  public func all(named name: String) -> [HeaderField] {
    let key = name.lowercased()
    return filter { $0.key == key }
  }

  /// The decoded value of the first field with this name.
  public subscript(name: String) -> String? {
    first(named: name)?.value
  }
}
