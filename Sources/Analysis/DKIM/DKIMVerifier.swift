import Crypto
import DNSClient
import MailCore
import _CryptoExtras

/// The outcome of checking one DKIM signature.
public struct DKIMResult: Sendable, Hashable, Codable {
  /// RFC 8601 result word: `pass`, `fail`, `neutral`, `temperror`, `permerror`, or `none` (not checked).
  public var result: String
  public var domain: String?
  public var selector: String?
  public var algorithm: String?
  /// Whether the body hash matched: `pass`, `fail`, or nil when not computed.
  public var bodyHash: String?
  /// Whether the signature over the headers verified: `pass`, `fail`, or nil when no key.
  public var signature: String?
  /// Why, for people.
  public var reason: String
  /// The signature field, for evidence.
  public var field: HeaderField?
}

/// Verifies DKIM signatures (RFC 6376): rsa-sha256 and ed25519-sha256 (RFC 8463), simple and
/// relaxed canonicalization, `l=`, over-signed `h=`. The body hash and the header signature are
/// reported separately: a body-hash failure means the body changed after signing.
public struct DKIMVerifier: Sendable {
  public var lookup: any TXTLookup
  /// The time to check `x=` against (Unix seconds); nil skips the expiry check (replays of
  /// old reports, where the signature was valid when the message arrived).
  public var now: Int64?

  public init(lookup: any TXTLookup, now: Int64? = nil) {
    self.lookup = lookup
    self.now = now
  }

  /// Most signatures verified in one message, so at most this many key lookups: the sender
  /// chooses the selectors, and each one is a DNS query becscope makes on the sender's behalf.
  public static let maxSignatures = 3

  /// Checks the DKIM-Signatures of the message, top first: the first ``maxSignatures``
  /// verified, any further one listed as not checked.
  public func verify(_ message: Message) -> [DKIMResult] {
    let fields = message.headers.filter { $0.key == "dkim-signature" }
    return fields.prefix(8).enumerated().map { n, field in
      if n < Self.maxSignatures { return verify(field: field, in: message) }
      var skipped = DKIMResult(result: "none", reason: "", field: field)
      skipped.reason = "not checked: only the first \(Self.maxSignatures) signatures of a message are verified"
      if let signature = try? DKIMSignature.parse(field.value) {
        skipped.domain = signature.domain
        skipped.selector = signature.selector
        skipped.algorithm = signature.algorithm
      }
      return skipped
    }
  }

  func verify(field: HeaderField, in message: Message) -> DKIMResult {
    var result = DKIMResult(result: "permerror", reason: "", field: field)
    let signature: DKIMSignature
    do {
      signature = try DKIMSignature.parse(field.value)
    } catch {
      result.reason = "malformed signature: \(error)"
      return result
    }
    result.domain = signature.domain
    result.selector = signature.selector
    result.algorithm = signature.algorithm
    // RFC 6376 section 6.1.1: i= must be d= or below it; x= must not precede t=.
    if let identity = signature.identity, let at = identity.lastIndex(of: "@") {
      let host = String(identity[identity.index(after: at)...]).lowercased()
      if !DomainName.host(host, isWithin: signature.domain) {
        result.reason = "i=\(identity) is not within d=\(signature.domain)"
        return result
      }
    }
    if let t = signature.timestamp, let x = signature.expiration, x < t {
      result.reason = "x= (\(x)) is before t= (\(t))"
      return result
    }
    if let x = signature.expiration, let now = now, x < now {
      result.reason = "the signature expired (x=\(x))"
      return result
    }
    guard signature.algorithm == "rsa-sha256" || signature.algorithm == "ed25519-sha256" else {
      result.result = "neutral"
      result.reason = "algorithm \(signature.algorithm) is not supported (rsa-sha1 is obsolete, RFC 8301)"
      return result
    }
    let buffer = message.buffers[message.root.buffer]

    // Body hash.
    var body = DKIMCanonicalizer.body(buffer[message.root.bodyRange], signature.bodyCanonicalization)
    if let l = signature.length {
      if l > body.count {
        result.reason = "l=\(l) is longer than the body"
        return result
      }
      body.removeLast(body.count - l)
    }
    let bodyDigest = Array(SHA256.hash(data: body))
    result.bodyHash = bodyDigest == signature.bodyHash ? "pass" : "fail"

    // Header hash input: h= fields bottom-up, then the signature field without b=.
    var data: [UInt8] = []
    var used: Set<Int> = []
    let headers = message.headers
    for name in signature.headers {
      guard let index = headers.indices.reversed().first(where: { headers[$0].key == name && !used.contains($0) })
      else {
        continue  // over-signed: an absent field contributes nothing
      }
      used.insert(index)
      data += DKIMCanonicalizer.header(buffer[headers[index].range], signature.headerCanonicalization)
    }
    data += DKIMCanonicalizer.signatureField(buffer[field.range], signature.headerCanonicalization)

    // Key.
    let name = "\(signature.selector)._domainkey.\(signature.domain)"
    let records: [String]
    do {
      records = try lookup.txt(name)
    } catch .notFound {
      result.reason = "no key at \(name)"
      return result
    } catch {
      result.result = "temperror"
      result.reason = "key lookup for \(name) failed: \(error)"
      return result
    }
    guard let record = records.first(where: { $0.contains("p=") }) else {
      result.reason = "no key at \(name)"
      return result
    }
    let tags = DKIMSignature.tags(record)
    if let v = tags["v"], v != "DKIM1" {
      result.reason = "the key record at \(name) has v=\(v)"
      return result
    }
    if let h = tags["h"], !h.lowercased().split(separator: ":").map({ String($0).trimmed }).contains("sha256") {
      result.reason = "the key at \(name) does not allow sha256 (h=\(h))"
      return result
    }
    let keyData = tags["p"].flatMap(Base64Text.decode) ?? []
    if keyData.isEmpty {
      result.reason = "the key at \(name) is revoked (empty p=)"
      return result
    }
    let keyType = (tags["k"] ?? "rsa").lowercased()
    let digest = SHA256.hash(data: data)
    var valid = false
    switch (signature.algorithm, keyType) {
    case ("rsa-sha256", "rsa"):
      guard let key = try? _RSA.Signing.PublicKey(unsafeDERRepresentation: keyData) else {
        result.reason = "the key at \(name) is not an RSA public key"
        return result
      }
      valid = key.isValidSignature(
        _RSA.Signing.RSASignature(rawRepresentation: signature.signature), for: digest, padding: .insecurePKCS1v1_5)
    case ("ed25519-sha256", "ed25519"):
      guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData) else {
        result.reason = "the key at \(name) is not an Ed25519 public key"
        return result
      }
      valid = key.isValidSignature(signature.signature, for: Array(digest))
    default:
      result.reason = "the key at \(name) is \(keyType), the signature \(signature.algorithm)"
      return result
    }
    result.signature = valid ? "pass" : "fail"
    switch (result.bodyHash, valid) {
    case ("pass", true):
      result.result = "pass"
      result.reason =
        "signature by d=\(signature.domain) verified"
        + (signature.length.map { " (only the first \($0) body bytes are signed)" } ?? "")
    case ("fail", true):
      result.result = "fail"
      result.reason = "body hash mismatch: the body was changed after signing"
    case ("pass", false):
      result.result = "fail"
      result.reason = "the signature over the headers does not verify: a signed header was changed or added"
    default:
      result.result = "fail"
      result.reason = "neither the body hash nor the header signature verifies"
    }
    return result
  }
}

/// A fixed table of TXT records (tests, offline replays).
public struct StaticTXTLookup: TXTLookup {
  public var records: [String: [String]]

  public init(records: [String: [String]]) {
    self.records = records.reduce(into: [:]) { $0[$1.key.lowercased()] = $1.value }
  }

  public func txt(_ name: String) throws(DNSLookupError) -> [String] {
    guard let r = records[name.lowercased()] else { throw .notFound }
    return r
  }
}
