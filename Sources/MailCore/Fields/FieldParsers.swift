/// Public entry points to the field readers, for callers that hold a single header value
/// (analysis code, tests and the fuzzers). Each never throws on content.
public enum FieldParsers {
  /// Reads an address list (From, To, Cc, Reply-To, ...).
  public static func addresses(_ value: String, limits: ParseLimits = .default) -> [Address] {
    var log = DefectLog(partID: nil)
    return Array(value.utf8).withUnsafeBufferPointer {
      AddressParser.parse($0, converter: CharsetConverter(), limits: limits, defects: &log)
    }
  }

  /// Reads a Content-Type value; `nil` when it has no `type/subtype`.
  public static func contentType(_ value: String, limits: ParseLimits = .default) -> ContentType? {
    var log = DefectLog(partID: nil)
    let parsed = Array(value.utf8).withUnsafeBufferPointer {
      ParameterParser.parse($0, converter: CharsetConverter(), limits: limits, defects: &log)
    }
    let pieces = parsed.value.split(separator: "/", maxSplits: 1)
    guard pieces.count == 2 else { return nil }
    return ContentType(type: String(pieces[0]), subtype: String(pieces[1]), parameters: parsed.parameters)
  }

  /// Reads a Content-Disposition value.
  public static func contentDisposition(_ value: String, limits: ParseLimits = .default) -> ContentDisposition {
    var log = DefectLog(partID: nil)
    let parsed = Array(value.utf8).withUnsafeBufferPointer {
      ParameterParser.parse($0, converter: CharsetConverter(), limits: limits, defects: &log)
    }
    return ContentDisposition(type: parsed.value, parameters: parsed.parameters)
  }

  /// Decodes an unstructured header value given as raw bytes: unfolding, RFC 2047, raw 8-bit.
  public static func unstructured(_ raw: [UInt8], limits: ParseLimits = .default) -> String {
    var log = DefectLog(partID: nil)
    return raw.withUnsafeBufferPointer {
      EncodedWords.decode($0, converter: CharsetConverter(), maxWords: limits.maxEncodedWordsPerField, defects: &log)
    }
  }

  /// Reads a date.
  public static func date(_ value: String) -> MailDate? {
    DateParser.parse(value)
  }

  /// Reads Message-ID, In-Reply-To or References.
  public static func messageIDs(_ value: String) -> [String] {
    MessageIDParser.parse(value)
  }
}
