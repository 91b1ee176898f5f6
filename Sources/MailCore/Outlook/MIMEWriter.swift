/// Writes a message as RFC 5322 / MIME bytes, so that a message read from another form (an
/// Outlook `.msg`, an inline forward) goes through the one parser and analysis every `.eml` does.
///
/// Header values that are not ASCII become RFC 2047 encoded-words; every body and attachment is
/// base64, so no content can collide with a boundary or inject a header line.
public struct MIMEWriter: Sendable {
  /// A leaf or a container of the message being written.
  public indirect enum Body: Sendable {
    case text(String, subtype: String)
    case attachment(data: [UInt8], mimeType: String, filename: String?, contentID: String?)
    /// An inner message (already written), attached as `message/rfc822`.
    case message([UInt8], filename: String?)
    case multipart(subtype: String, [Body])
    /// A complete MIME entity (its own header fields and body), written as it is.
    case entity([UInt8])
  }

  /// Header lines, each a complete field without its line break (`Name: value`, folding kept).
  public var fields: [String] = []

  public init() {}

  /// Adds `name: value`, encoding the value when it is not printable ASCII.
  public mutating func add(_ name: String, _ value: String) {
    fields.append("\(name): \(Self.encodedWords(value))")
  }

  /// Adds an address field: `name <address>` items joined, names encoded when needed.
  public mutating func add(_ name: String, addresses: [(name: String?, address: String?)]) {
    let items = addresses.compactMap { item -> String? in
      let address = item.address.map(Self.cleanAddress)
      let display = item.name.map(Self.displayName)
      switch (display, address) {
      case (let d?, let a?) where !d.isEmpty: return "\(d) <\(a)>"
      case (_, let a?): return "<\(a)>"
      case (let d?, nil) where !d.isEmpty: return "\(d) <>"
      default: return nil
      }
    }
    guard !items.isEmpty else { return }
    fields.append("\(name): " + items.joined(separator: ",\r\n "))
  }

  /// The message: the fields, `MIME-Version` and the body's own fields, then the body.
  public func bytes(body: Body) -> [UInt8] {
    var out: [UInt8] = []
    for field in fields {
      out += Array(field.utf8)
      out += [0x0D, 0x0A]
    }
    out += Array("MIME-Version: 1.0\r\n".utf8)
    var counter = 0
    Self.write(body, into: &out, counter: &counter)
    return out
  }

  static func write(_ body: Body, into out: inout [UInt8], counter: inout Int) {
    func line(_ s: String) {
      out += Array(s.utf8)
      out += [0x0D, 0x0A]
    }
    switch body {
    case .text(let text, let subtype):
      line("Content-Type: text/\(subtype); charset=utf-8")
      line("Content-Transfer-Encoding: base64")
      line("")
      base64(Array(text.utf8), into: &out)
    case .attachment(let data, let mimeType, let filename, let contentID):
      let type = Self.isToken(mimeType) && mimeType.contains("/") ? mimeType : "application/octet-stream"
      line("Content-Type: \(type)")
      line("Content-Disposition: attachment" + (filename.map { "; filename*=" + Self.parameterValue($0) } ?? ""))
      if let contentID, contentID.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ">") }) {
        line("Content-ID: <\(contentID)>")
      }
      line("Content-Transfer-Encoding: base64")
      line("")
      base64(data, into: &out)
    case .message(let inner, let filename):
      line("Content-Type: message/rfc822")
      line("Content-Disposition: attachment" + (filename.map { "; filename*=" + Self.parameterValue($0) } ?? ""))
      line("Content-Transfer-Encoding: base64")
      line("")
      base64(inner, into: &out)
    case .entity(let bytes):
      out += bytes
      if bytes.last != 0x0A { out += [0x0D, 0x0A] }
    case .multipart(let subtype, let children):
      counter += 1
      let boundary = "=_becscope_\(counter)_part"
      line("Content-Type: multipart/\(subtype); boundary=\"\(boundary)\"")
      line("")
      for child in children {
        line("--\(boundary)")
        write(child, into: &out, counter: &counter)
      }
      line("--\(boundary)--")
    }
  }

  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Base64 in 76-character lines, each ended by CRLF.
  static func base64(_ data: [UInt8], into out: inout [UInt8]) {
    var column = 0
    var i = 0
    out.reserveCapacity(out.count + data.count * 4 / 3 + data.count / 38 + 4)
    while i < data.count {
      let b0 = Int(data[i])
      let b1 = i + 1 < data.count ? Int(data[i + 1]) : 0
      let b2 = i + 2 < data.count ? Int(data[i + 2]) : 0
      out.append(alphabet[b0 >> 2])
      out.append(alphabet[(b0 & 3) << 4 | b1 >> 4])
      out.append(i + 1 < data.count ? alphabet[(b1 & 15) << 2 | b2 >> 6] : UInt8(ascii: "="))
      out.append(i + 2 < data.count ? alphabet[b2 & 63] : UInt8(ascii: "="))
      i += 3
      column += 4
      if column >= 76 {
        out += [0x0D, 0x0A]
        column = 0
      }
    }
    if column > 0 { out += [0x0D, 0x0A] }
  }

  static func base64String(_ data: [UInt8]) -> String {
    var out: [UInt8] = []
    base64(data, into: &out)
    out.removeAll { $0 == 0x0D || $0 == 0x0A }
    return String(decoding: out, as: UTF8.self)
  }

  /// Printable ASCII stays; anything else becomes UTF-8 `B` encoded-words of at most 45 bytes each.
  /// Line breaks and other controls never survive into a header.
  static func encodedWords(_ value: String) -> String {
    let clean = String(
      String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    if clean.utf8.allSatisfy({ $0 < 0x80 }) && !clean.contains("=?") { return clean }
    var words: [String] = []
    var chunk: [UInt8] = []
    for scalar in clean.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if chunk.count + bytes.count > 45 {
        words.append("=?UTF-8?B?\(base64String(chunk))?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?\(base64String(chunk))?=") }
    return words.joined(separator: "\r\n ")
  }

  /// A display name: quoted when ASCII, encoded-words otherwise.
  static func displayName(_ name: String) -> String {
    let trimmed = name.trimmingBlanks()
    if trimmed.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      var escaped = ""
      for scalar in trimmed.unicodeScalars {
        if scalar == "\\" || scalar == "\"" { escaped.unicodeScalars.append("\\") }
        escaped.unicodeScalars.append(scalar)
      }
      return "\"\(escaped)\""
    }
    return encodedWords(trimmed)
  }

  /// An address with anything that could end the field or the angle brackets removed.
  static func cleanAddress(_ address: String) -> String {
    String(
      String.UnicodeScalarView(
        address.trimmingBlanks().unicodeScalars.filter {
          $0.value > 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";"
        }))
  }

  /// An RFC 2231 extended parameter value: `utf-8''` and percent-encoded bytes.
  static func parameterValue(_ value: String) -> String {
    var out = "utf-8''"
    for b in value.utf8 {
      let safe =
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-")
        || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
      if safe {
        out.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        let hex = Array("0123456789ABCDEF".utf8)
        out += "%" + String(decoding: [hex[Int(b >> 4)], hex[Int(b & 15)]], as: UTF8.self)
      }
    }
    return out
  }

  static func isToken(_ s: String) -> Bool {
    !s.isEmpty
      && s.utf8.allSatisfy {
        $0 > 0x20 && $0 < 0x7F && !"()<>@,;:\\\"[]?=".utf8.contains($0) || $0 == UInt8(ascii: "/")
      }
  }
}
