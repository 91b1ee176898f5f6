import MailCore

/// One `Authentication-Results` (RFC 8601) or `ARC-Authentication-Results` field, parsed.
public struct AuthenticationResults: Sendable, Hashable {
  /// One `method=result` statement with its reason and properties.
  public struct Result: Sendable, Hashable {
    /// `spf`, `dkim`, `dmarc`, `arc`, `auth`, `iprev`, ... in lower case.
    public var method: String
    /// `pass`, `fail`, `softfail`, `neutral`, `none`, `temperror`, `permerror`, `policy`, ...
    public var result: String
    public var reason: String?
    /// `smtp.mailfrom`, `header.from`, `header.d`, `header.i`, `header.b`, ... → value.
    public var properties: [String: String]
  }

  /// The authentication service that wrote the field (its host name, normally).
  public var authservID: String
  public var results: [Result]
  /// The `i=` instance of an ARC field, nil otherwise.
  public var arcInstance: Int?

  /// The first result for a method.
  public func result(for method: String) -> Result? {
    results.first { $0.method == method }
  }

  /// Parses a field value. Comments are dropped, quoted strings unquoted. Returns nil when
  /// the value has no authserv-id.
  public static func parse(_ value: String, arc: Bool = false) -> AuthenticationResults? {
    let cleaned = stripComments(value)
    var segments = splitTopLevel(cleaned, on: ";").map { $0.trimmingBlanks() }
    var instance: Int? = nil
    if arc, let first = segments.first, first.lowercased().hasPrefix("i=") {
      instance = Int(first.dropFirst(2).trimmingBlanks())
      segments.removeFirst()
    }
    guard let head = segments.first else { return nil }
    // "authserv-id [version]"; Microsoft 365 writes no authserv-id at all ("spf=pass ...").
    var authserv = head.split(separator: " ").first.map(String.init) ?? ""
    if authserv.contains(Character("=")) {
      authserv = ""
    } else {
      segments.removeFirst()
    }
    var results: [Result] = []
    for segment in segments where !segment.isEmpty {
      let words = splitTopLevel(segment, on: " ").filter { !$0.isEmpty }
      guard let first = words.first, let eq = first.firstIndex(of: "=") else { continue }
      var method = String(first[..<eq]).lowercased()
      if let slash = method.firstIndex(of: "/") { method = String(method[..<slash]) }
      let result = String(first[first.index(after: eq)...]).lowercased()
      if method == "none" || result.isEmpty { continue }
      var reason: String? = nil
      var properties: [String: String] = [:]
      for word in words.dropFirst() {
        guard let e = word.firstIndex(of: "=") else { continue }
        let key = String(word[..<e]).lowercased()
        let v = String(word[word.index(after: e)...]).trimmingBlanks(and: "\"")
        if key == "reason" { reason = v } else { properties[key] = v }
      }
      results.append(Result(method: method, result: result, reason: reason, properties: properties))
      if results.count >= 64 { break }
    }
    return AuthenticationResults(authservID: authserv.lowercased(), results: results, arcInstance: instance)
  }

  static func stripComments(_ s: String) -> String {
    var out = ""
    var depth = 0
    var quoted = false
    for c in s {
      if c == "\"" && depth == 0 { quoted.toggle() }
      if !quoted {
        if c == "(" {
          depth += 1
          continue
        }
        if c == ")" && depth > 0 {
          depth -= 1
          if depth == 0 { out.append(" ") }
          continue
        }
      }
      if depth == 0 { out.append(c) }
    }
    return out
  }

  static func splitTopLevel(_ s: String, on separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var quoted = false
    for c in s {
      if c == "\"" { quoted.toggle() }
      if c == separator && !quoted {
        parts.append(current)
        current = ""
      } else if c == "\t" || c == "\r" || c == "\n" {
        current.append(" ")
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }
}

/// A `Received-SPF` field (RFC 7208 section 9.1): the result word and its key=value pairs.
public struct ReceivedSPF: Sendable, Hashable {
  public var result: String
  public var properties: [String: String]

  public static func parse(_ value: String) -> ReceivedSPF? {
    let trimmed = value.trimmingBlanks()
    guard let word = trimmed.split(separator: " ").first else { return nil }
    let result = word.lowercased().trimmingBlanks(and: ";")
    guard ["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"].contains(result) else { return nil }
    var properties: [String: String] = [:]
    let rest = AuthenticationResults.stripComments(String(trimmed.dropFirst(word.count)))
    for pair in AuthenticationResults.splitTopLevel(rest, on: ";") {
      let p = pair.trimmingBlanks()
      guard let e = p.firstIndex(of: "=") else { continue }
      properties[String(p[..<e]).lowercased()] = String(p[p.index(after: e)...]).trimmingBlanks(and: "\"")
    }
    return ReceivedSPF(result: result, properties: properties)
  }
}
