/// A value from a MaxMind DB data section.
public indirect enum MMDBValue: Sendable, Equatable {
  case string(String)
  case double(Double)
  case float(Float)
  case bytes([UInt8])
  case unsigned(UInt64)
  /// A 128-bit unsigned integer, big-endian bytes.
  case uint128([UInt8])
  case int(Int32)
  case map([String: MMDBValue])
  case array([MMDBValue])
  case bool(Bool)

  /// The member `key` of a map.
  public subscript(key: String) -> MMDBValue? {
    if case .map(let m) = self { m[key] } else { nil }
  }

  public var string: String? { if case .string(let s) = self { s } else { nil } }

  /// Any integer type as `Int`, when it fits.
  public var integer: Int? {
    switch self {
    case .unsigned(let u): Int(exactly: u)
    case .int(let i): Int(i)
    default: nil
    }
  }
}
