#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text decoded from bytes in some charset, with what was used and what went wrong.
public struct DecodedText: Sendable {
  /// The text.
  public var string: String
  /// The charset that produced `string`.
  public var charset: String
  /// `.unknownCharset` or `.charsetMismatch` when the label could not be honoured.
  public var problem: Defect.Kind?
}

/// Converts bytes in a mail charset to Swift strings, using glibc's iconv for the charsets
/// Foundation lacks on Linux.
///
/// Holds iconv descriptors open for reuse, so it is a reference type confined to one task;
/// create one per parse (or per thread). Never fails: undecodable bytes become U+FFFD and the
/// result says why.
public final class CharsetConverter {
  private var descriptors: [String: iconv_t?] = [:]
  private var charsets: [String: Charset] = [:]

  public init() {}

  deinit {
    for case let cd? in descriptors.values { iconv_close(cd) }
  }

  /// Decodes `bytes` labelled with `label` (`nil` means no label: US-ASCII by RFC, guessed in practice).
  public func decode(_ bytes: UnsafeBufferPointer<UInt8>, label: String?) -> DecodedText {
    let charset = label.map(resolve) ?? .ascii
    if charset.isASCIICompatible, Self.isPlainASCII(bytes) {
      return DecodedText(string: String(decoding: bytes, as: UTF8.self), charset: charset.name, problem: nil)
    }
    switch charset {
    case .utf8:
      if let s = String(validating: bytes, as: UTF8.self) {
        return DecodedText(string: s, charset: "UTF-8", problem: nil)
      }
      return guess(bytes, problem: .charsetMismatch)
    case .ascii:
      // Undeclared or "us-ascii" with 8-bit bytes: the label lies; read what is there.
      return guess(bytes, problem: label == nil ? nil : .charsetMismatch)
    case .windows1252:
      // Bytes that look like valid multi-byte UTF-8 are UTF-8 text wrongly labelled.
      if Self.looksLikeUTF8(bytes), let s = String(validating: bytes, as: UTF8.self) {
        return DecodedText(string: s, charset: "UTF-8", problem: .charsetMismatch)
      }
      return convertLenient(bytes, charset: "CP1252")
    case .iso2022jp:
      switch ISO2022JP.toCP932(bytes) {
      case .cp932(let sjis):
        var result = sjis.withUnsafeBufferPointer { convertLenient($0, charset: "CP932") }
        result.charset = "ISO-2022-JP"
        if result.problem != nil, let s = String(validating: bytes, as: UTF8.self) {
          return DecodedText(string: s, charset: "UTF-8", problem: .charsetMismatch)
        }
        return result
      case .needsFullDecoder(let charset):
        return convertLenient(bytes, charset: charset)
      }
    case .iconv(let name):
      let (utf8, errors, opened) = convert(bytes, charset: name)
      guard opened else { return guess(bytes, problem: .unknownCharset) }
      if errors == 0 { return DecodedText(string: String(decoding: utf8, as: UTF8.self), charset: name, problem: nil) }
      var best = guess(bytes, problem: .charsetMismatch)
      if best.charset == "CP1252" {
        // No better reading found: keep the declared charset's reading with replacements.
        best = DecodedText(string: String(decoding: utf8, as: UTF8.self), charset: name, problem: .charsetMismatch)
      }
      return best
    case .unknown(let name):
      // glibc knows many more aliases than the table; try the label as written.
      let (utf8, errors, opened) = convert(bytes, charset: name.uppercased())
      if opened && errors == 0 {
        return DecodedText(string: String(decoding: utf8, as: UTF8.self), charset: name.uppercased(), problem: nil)
      }
      return guess(bytes, problem: .unknownCharset)
    }
  }

  /// Resolves a label once per converter; mail repeats the same few labels.
  func resolve(_ label: String) -> Charset {
    if let known = charsets[label] { return known }
    let charset = Charset(label: label)
    if charsets.count < 256 { charsets[label] = charset }
    return charset
  }

  /// Decodes a byte array.
  public func decode(_ bytes: [UInt8], label: String?) -> DecodedText {
    bytes.withUnsafeBufferPointer { decode($0, label: label) }
  }

  /// Reads unlabelled or mislabelled 8-bit text: UTF-8 if valid, then the Japanese charsets
  /// (the mail this tool sees most), then Windows-1252, which decodes any byte.
  func guess(_ bytes: UnsafeBufferPointer<UInt8>, problem: Defect.Kind?) -> DecodedText {
    if let s = String(validating: bytes, as: UTF8.self) {
      return DecodedText(string: s, charset: "UTF-8", problem: problem)
    }
    if bytes.contains(0x1B), case .cp932(let sjis) = ISO2022JP.toCP932(bytes) {
      let (utf8, errors, _) = sjis.withUnsafeBufferPointer { convert($0, charset: "CP932") }
      if errors == 0 {
        return DecodedText(string: String(decoding: utf8, as: UTF8.self), charset: "ISO-2022-JP", problem: problem)
      }
    }
    // Japanese double-byte text has runs of high bytes; lone high bytes between ASCII
    // ("Fr\xF6sche") are a Latin single-byte charset.
    if !Self.hasOnlyIsolatedHighBytes(bytes) {
      let sjisFirst = bytes.contains { $0 >= 0x80 && $0 <= 0xA0 }
      for candidate in sjisFirst ? ["CP932", "EUC-JP-MS"] : ["EUC-JP-MS", "CP932"] {
        let (utf8, errors, opened) = convert(bytes, charset: candidate)
        if opened && errors == 0 && !Self.containsPrivateUse(utf8) {
          return DecodedText(string: String(decoding: utf8, as: UTF8.self), charset: candidate, problem: problem)
        }
      }
    }
    var fallback = convertLenient(bytes, charset: "CP1252")
    fallback.problem = problem
    return fallback
  }

  private func convertLenient(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) -> DecodedText {
    let (utf8, errors, opened) = convert(bytes, charset: charset)
    if !opened {
      return DecodedText(
        string: String(decoding: bytes, as: UTF8.self), charset: "UTF-8", problem: .unknownCharset)
    }
    return DecodedText(
      string: String(decoding: utf8, as: UTF8.self), charset: charset, problem: errors > 0 ? .charsetMismatch : nil)
  }

  /// Converts with iconv to UTF-8; undecodable sequences become U+FFFD.
  /// Returns the UTF-8 bytes, the number of replacements and whether the charset was available.
  func convert(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) -> ([UInt8], Int, Bool) {
    guard let cd = descriptor(for: charset) else { return ([], 0, false) }
    _ = iconv(cd, nil, nil, nil, nil)  // reset shift state
    var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
    var written = 0
    var errors = 0
    guard let base = bytes.baseAddress, bytes.count > 0 else { return ([], 0, true) }
    var inPtr = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
    var inLeft = bytes.count
    while inLeft > 0 {
      if output.count - written < 16 { output.append(contentsOf: repeatElement(0, count: output.count + 16)) }
      let (result, produced, err) = output.withUnsafeMutableBufferPointer { buf -> (Int, Int, Int32) in
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buf.baseAddress! + written)
          .assumingMemoryBound(to: CChar.self)
        var outLeft = buf.count - written
        let before = outLeft
        var inOpt: UnsafeMutablePointer<CChar>? = inPtr
        let r = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
        let e = r == -1 ? errno : 0
        inPtr = inOpt!
        return (r, before - outLeft, e)
      }
      written += produced
      if result != -1 { break }
      if err == E2BIG {
        output.append(contentsOf: repeatElement(0, count: output.count))
        continue
      }
      // EILSEQ or EINVAL: replace one byte and go on.
      errors += 1
      if output.count - written < 3 { output.append(contentsOf: repeatElement(0, count: 16)) }
      output[written] = 0xEF
      output[written + 1] = 0xBF
      output[written + 2] = 0xBD
      written += 3
      inPtr += 1
      inLeft -= 1
      _ = iconv(cd, nil, nil, nil, nil)
    }
    output.removeLast(output.count - written)
    return (output, errors, true)
  }

  private func descriptor(for charset: String) -> iconv_t? {
    if let cached = descriptors[charset] { return cached }
    let cd = iconv_open("UTF-8", charset)
    let valid: iconv_t? = (cd == nil || cd == iconv_t(bitPattern: -1)) ? nil : cd
    descriptors[charset] = valid
    return valid
  }

  /// Whether every byte is below 0x80 and none is ESC (which would start ISO-2022 shifts).
  @inline(__always)
  static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    while i + 8 <= n {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      i += 8
    }
    while i < n {
      if bytes[i] >= 0x80 { return false }
      i += 1
    }
    return !bytes.contains(0x1B)
  }

  /// Whether every byte >= 0x80 has ASCII on both sides.
  static func hasOnlyIsolatedHighBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for i in 0..<bytes.count where bytes[i] >= 0x80 {
      if i > 0 && bytes[i - 1] >= 0x80 { return false }
      if i + 1 < bytes.count && bytes[i + 1] >= 0x80 { return false }
    }
    return true
  }

  /// Whether UTF-8 text holds private-use characters (U+E000–U+F8FF: EF 80 80 – EF A3 BF), which
  /// a wrong guess at CP932 or EUC-JP produces from user-defined rows.
  static func containsPrivateUse(_ utf8: [UInt8]) -> Bool {
    var i = 0
    while i + 2 < utf8.count {
      if utf8[i] == 0xEE || (utf8[i] == 0xEF && utf8[i + 1] < 0xA4) { return true }
      i += 1
    }
    return false
  }

  /// Whether the high bytes form at least one well-formed multi-byte UTF-8 sequence.
  static func looksLikeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 1 < bytes.count {
      let c = bytes[i]
      if c >= 0xC2 && c <= 0xF4 && bytes[i + 1] & 0xC0 == 0x80 { return true }
      i += 1
    }
    return false
  }
}
