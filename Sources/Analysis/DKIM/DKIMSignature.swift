import MailCore

/// A `DKIM-Signature` field's tags (RFC 6376 section 3.5).
public struct DKIMSignature: Sendable, Hashable {
  public var version: String?
  /// `rsa-sha256`, `ed25519-sha256`, `rsa-sha1`.
  public var algorithm: String
  /// The signature (`b=`), decoded.
  public var signature: [UInt8]
  /// The body hash (`bh=`), decoded.
  public var bodyHash: [UInt8]
  public var headerCanonicalization: Canonicalization
  public var bodyCanonicalization: Canonicalization
  /// The signing domain (`d=`), lower case.
  public var domain: String
  /// The signed header names (`h=`), in order, lower case.
  public var headers: [String]
  public var identity: String?
  /// The body length limit (`l=`).
  public var length: Int?
  /// The selector (`s=`).
  public var selector: String
  public var timestamp: Int64?
  public var expiration: Int64?

  public enum Canonicalization: String, Sendable, Hashable {
    case simple, relaxed
  }

  /// Why a signature field could not be used.
  public struct Malformed: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The tag list as `name → value`, whitespace removed from values where RFC 6376 allows it.
  static func tags(_ value: String) -> [String: String] {
    var tags: [String: String] = [:]
    for pair in value.split(separator: ";") {
      guard let eq = pair.firstIndex(of: "=") else { continue }
      let name = pair[..<eq].filter { !$0.isWhitespace }
      let raw = pair[pair.index(after: eq)...]
      if tags[String(name)] == nil { tags[String(name)] = String(raw).trimmed }
    }
    return tags
  }

  /// Parses a field value.
  public static func parse(_ value: String) throws(Malformed) -> DKIMSignature {
    let t = tags(value)
    func required(_ name: String) throws(Malformed) -> String {
      guard let v = t[name], !v.isEmpty else { throw Malformed(description: "missing \(name)= tag") }
      return v
    }
    let algorithm = try required("a").lowercased()
    guard let signature = Base64Text.decode(try required("b")) else { throw Malformed(description: "b= is not base64") }
    guard let bodyHash = Base64Text.decode(try required("bh")) else {
      throw Malformed(description: "bh= is not base64")
    }
    let domain = try required("d").lowercased()
    let selector = try required("s")
    let headers = try required("h").split(separator: ":").map { $0.filter { !$0.isWhitespace }.lowercased() }
    guard headers.contains("from") else { throw Malformed(description: "h= does not sign From") }
    let c = (t["c"] ?? "simple/simple").lowercased().filter { !$0.isWhitespace }
    let pieces = c.split(separator: "/", omittingEmptySubsequences: false)
    guard let hc = Canonicalization(rawValue: String(pieces[0])),
      let bc = Canonicalization(rawValue: pieces.count > 1 ? String(pieces[1]) : "simple")
    else { throw Malformed(description: "unknown canonicalization \(c)") }
    if let v = t["v"], v != "1" { throw Malformed(description: "unsupported version v=\(v)") }
    var length: Int? = nil
    if let l = t["l"] {
      guard let n = Int(l.filter { !$0.isWhitespace }), n >= 0 else { throw Malformed(description: "bad l= tag") }
      length = n
    }
    return DKIMSignature(
      version: t["v"], algorithm: algorithm, signature: signature, bodyHash: bodyHash, headerCanonicalization: hc,
      bodyCanonicalization: bc, domain: domain, headers: headers, identity: t["i"], length: length, selector: selector,
      timestamp: t["t"].flatMap { Int64($0) }, expiration: t["x"].flatMap { Int64($0) })
  }
}

/// Base64 that tolerates the folding whitespace DKIM tag values carry.
enum Base64Text {
  static func decode(_ text: String) -> [UInt8]? {
    let cleaned = text.filter { !$0.isWhitespace }
    guard !cleaned.isEmpty || text.isEmpty else { return [] }
    let result = MailCore.Base64Decoder.decode(Array(cleaned.utf8))
    return result.invalidCharacters == 0 ? result.bytes : nil
  }
}
