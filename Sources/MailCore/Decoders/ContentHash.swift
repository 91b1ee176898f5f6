import Crypto

/// SHA-256 of content as lower-case hex: attachments, stored messages, identities.
public enum ContentHash {
  public static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
    SHA256.hash(data: bytes).lowercaseHex
  }

  public static func sha256(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { sha256($0) }
  }

  /// The 32 bytes of the digest.
  public static func sha256Digest(_ bytes: [UInt8]) -> [UInt8] {
    Array(SHA256.hash(data: bytes))
  }

  /// Hands `body` the digest of the UTF-8 of `parts`, one after the other, without building
  /// the joined text (identifiers derived from names, thousands per export).
  public static func withSHA256<R>(of parts: String..., body: (UnsafeRawBufferPointer) -> R) -> R {
    var hasher = SHA256()
    for part in parts {
      var part = part
      part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
    return hasher.finalize().withUnsafeBytes(body)
  }
}

extension Sequence where Element == UInt8 {
  /// The bytes as lower-case hexadecimal, two digits each.
  public var lowercaseHex: String {
    var hex = [UInt8]()
    hex.reserveCapacity(underestimatedCount * 2)
    for byte in self {
      hex.append(hexDigits[Int(byte >> 4)])
      hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}

private let hexDigits = Array("0123456789abcdef".utf8)
