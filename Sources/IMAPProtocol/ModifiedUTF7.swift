import Foundation

/// IMAP's mailbox-name encoding (RFC 3501 section 5.1.3): printable ASCII as itself (`&` as
/// `&-`), anything else as `&` + modified BASE64 (`,` for `/`, no padding) of UTF-16BE + `-`.
public enum ModifiedUTF7 {
  public static func encode(_ name: String) -> String {
    var out = ""
    var pending: [UInt16] = []
    func flush() {
      guard !pending.isEmpty else { return }
      let bytes = pending.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
      let base64 = Data(bytes).base64EncodedString().replacingOccurrences(of: "/", with: ",")
        .replacingOccurrences(of: "=", with: "")
      out += "&" + base64 + "-"
      pending.removeAll()
    }
    for scalar in name.unicodeScalars {
      if scalar.value >= 0x20 && scalar.value <= 0x7E {
        flush()
        out += scalar == "&" ? "&-" : String(scalar)
      } else {
        pending += Array(String(scalar).utf16)
      }
    }
    flush()
    return out
  }
}
