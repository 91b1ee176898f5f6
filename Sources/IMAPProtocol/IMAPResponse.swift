/// One value of an IMAP response (RFC 9051 section 4): an atom, a number, a string (quoted or a
/// literal, as bytes), `NIL`, a parenthesised list, or a bracketed section (`BODY[]`, a response
/// code).
public enum IMAPValue: Sendable, Equatable {
  case atom(String)
  case number(UInt64)
  case string([UInt8])
  case nilValue
  case list([IMAPValue])
  case bracket([IMAPValue])

  /// The value as text: an atom, a number or a string (UTF-8, lossy); nil for lists and `NIL`.
  public var text: String? {
    switch self {
    case .atom(let a): a
    case .number(let n): String(n)
    case .string(let bytes): String(decoding: bytes, as: UTF8.self)
    default: nil
    }
  }

  public var number: UInt64? {
    switch self {
    case .number(let n): n
    case .atom(let a): UInt64(a)
    default: nil
    }
  }
}

/// The state a status response gives (RFC 9051 section 7.1).
public enum IMAPStatus: String, Sendable {
  case ok = "OK", no = "NO", bad = "BAD", bye = "BYE", preauth = "PREAUTH"
}

/// One whole response of an IMAP server, its literals included.
public enum IMAPResponse: Sendable, Equatable {
  /// `+ text`: the server waits for the rest of a command (a literal, an AUTHENTICATE answer,
  /// IDLE begun).
  case continuation(String)
  /// `TAG OK …` (tag set) or `* OK …` (untagged): the state, the response code in brackets
  /// (`UIDVALIDITY 7`, `CAPABILITY …`), and the human text.
  case status(tag: String?, IMAPStatus, code: [IMAPValue]?, text: String)
  /// `* NAME values` or `* N NAME values`: CAPABILITY, FLAGS, SEARCH, LIST, EXISTS, EXPUNGE, FETCH…
  case data(number: UInt64?, name: String, values: [IMAPValue])

  /// The attributes of a `FETCH` response by name (`UID`, `RFC822.SIZE`, `FLAGS`, `BODY[]`),
  /// a section kept in the name as the server wrote it; nil for any other response.
  public var fetchAttributes: [String: IMAPValue]? {
    guard case .data(_, "FETCH", let values) = self, case .list(let items)? = values.first else { return nil }
    var out: [String: IMAPValue] = [:]
    var i = 0
    while i < items.count {
      guard case .atom(var name) = items[i] else { return out }
      i += 1
      if i < items.count, case .bracket(let section) = items[i] {
        name += "[" + section.compactMap(\.text).joined(separator: " ") + "]"
        i += 1
        if i < items.count, case .atom(let partial) = items[i], partial.hasPrefix("<") {
          name += partial
          i += 1
        }
      }
      guard i < items.count else { return out }
      out[name.uppercased()] = items[i]
      i += 1
    }
    return out
  }
}
