/// A parsed Content-Type field (RFC 2045 section 5, RFC 2231 parameters).
public struct ContentType: Hashable, Sendable {
  /// The top-level type in lower case (`text`, `multipart`, `application`, ...).
  public var type: String
  /// The subtype in lower case (`plain`, `mixed`, `pdf`, ...).
  public var subtype: String
  /// Parameters with lower-cased names and decoded values, in the order first seen.
  public var parameters: [Parameter]

  public init(type: String, subtype: String, parameters: [Parameter] = []) {
    self.type = type
    self.subtype = subtype
    self.parameters = parameters
  }

  /// `type/subtype`.
  public var mimeType: String { "\(type)/\(subtype)" }

  /// The value of a parameter (name compared case-insensitively).
  public func parameter(_ name: String) -> String? {
    let key = name.lowercased()
    return parameters.first { $0.name == key }?.value
  }

  /// The `charset` parameter.
  public var charset: String? { parameter("charset") }
  /// The `boundary` parameter.
  public var boundary: String? { parameter("boundary") }
  /// The `name` parameter (an obsolete way to give a file name).
  public var name: String? { parameter("name") }

  /// `text/plain; charset=us-ascii`, the default of RFC 2045.
  public static let textPlain = ContentType(type: "text", subtype: "plain")
  /// `message/rfc822`, the default inside `multipart/digest`.
  public static let messageRFC822 = ContentType(type: "message", subtype: "rfc822")

  /// Whether the type is `multipart/*`.
  public var isMultipart: Bool { type == "multipart" }
  /// Whether the type is an embedded message (`message/rfc822`, `message/global`).
  public var isEmbeddedMessage: Bool { type == "message" && (subtype == "rfc822" || subtype == "global") }
  /// Whether the type is `text/*`.
  public var isText: Bool { type == "text" }
}

/// A parsed Content-Disposition field (RFC 2183).
public struct ContentDisposition: Hashable, Sendable {
  /// `inline`, `attachment` or another token, lower case.
  public var type: String
  /// Parameters with lower-cased names and decoded values.
  public var parameters: [Parameter]

  public init(type: String, parameters: [Parameter] = []) {
    self.type = type
    self.parameters = parameters
  }

  /// The value of a parameter (name compared case-insensitively).
  public func parameter(_ name: String) -> String? {
    let key = name.lowercased()
    return parameters.first { $0.name == key }?.value
  }

  /// The `filename` parameter, decoded.
  public var filename: String? { parameter("filename") }
  /// Whether the disposition is `attachment`.
  public var isAttachment: Bool { type == "attachment" }
}

/// One `name=value` parameter of a structured MIME field.
public struct Parameter: Hashable, Sendable {
  /// The name in lower case, without RFC 2231 section or encoding marks.
  public var name: String
  /// The value, unquoted and decoded (RFC 2231 charset, or RFC 2047 where senders used it).
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
