/// A Content-Transfer-Encoding (RFC 2045 section 6).
public enum TransferEncoding: Hashable, Sendable, CustomStringConvertible {
  case sevenBit
  case eightBit
  case binary
  case base64
  case quotedPrintable
  /// uuencode (`x-uuencode`, `uuencode`): recognised, content kept as is.
  case uuencode
  /// Anything else, kept as written; content is treated as binary.
  case other(String)

  /// Reads a Content-Transfer-Encoding value (case-insensitive, surrounding junk ignored).
  public init(_ value: String) {
    let token =
      value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" || $0 == "(" })
      .first.map(String.init) ?? ""
    switch token {
    case "7bit", "": self = .sevenBit
    case "8bit", "8-bit": self = .eightBit
    case "binary": self = .binary
    case "base64", "base-64": self = .base64
    case "quoted-printable", "quoted_printable", "qp": self = .quotedPrintable
    case "x-uuencode", "uuencode", "x-uue": self = .uuencode
    default: self = .other(token)
    }
  }

  public var description: String {
    switch self {
    case .sevenBit: return "7bit"
    case .eightBit: return "8bit"
    case .binary: return "binary"
    case .base64: return "base64"
    case .quotedPrintable: return "quoted-printable"
    case .uuencode: return "x-uuencode"
    case .other(let name): return name
    }
  }
}
