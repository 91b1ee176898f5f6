/// A JSON scalar: the leaves of the reports. Objects and arrays are written straight from the
/// encoder's nodes (``JSONTreeEncoder``).
enum JSONValue {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
}

extension JSONValue {
  /// The value as JSON text.
  func write(into out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += d.isFinite ? String(d) : "null"
    case .string(let s): Self.writeString(s, into: &out)
    }
  }

  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    var plain = true
    for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
      plain = false
      break
    }
    if plain {
      out += s
    } else {
      for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
          if scalar.value < 0x20 {
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      }
    }
    out += "\""
  }
}

/// Writes one JSON object field by field: each value through ``JSONTreeEncoder``, or JSON text
/// already written (`raw`).
struct JSONObjectWriter {
  private var out = "{"
  private var first = true

  init(capacity: Int = 4_096) {
    out.reserveCapacity(capacity)
  }

  private mutating func key(_ name: String) {
    if !first { out += "," }
    first = false
    JSONValue.writeString(name, into: &out)
    out += ":"
  }

  mutating func field(_ name: String, _ value: some Encodable, snakeCaseKeys: Bool = false) {
    key(name)
    // The encoder fails only on values whose own `encode(to:)` throws; report types never do.
    try? JSONTreeEncoder.write(value, snakeCaseKeys: snakeCaseKeys, into: &out)
  }

  mutating func raw(_ name: String, _ json: String) {
    key(name)
    out += json
  }

  func finished() -> String { out + "}" }
}

/// Compact JSON for any report value, every key present, camelCase names written snake_case
/// (what `becscope intel --format json` prints).
public enum SnakeCaseJSON {
  public static func line(_ value: some Encodable) -> String {
    var out = ""
    // The encoder fails only on values whose own `encode(to:)` throws; report types never do.
    try? JSONTreeEncoder.write(value, snakeCaseKeys: true, into: &out)
    return out
  }
}
