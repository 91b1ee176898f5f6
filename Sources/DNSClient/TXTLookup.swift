/// Looks up DNS TXT records. The port the DKIM verifier asks through: the analysis knows nothing of
/// sockets; the command line wires ``DNSResolver`` in, tests a table.
public protocol TXTLookup: Sendable {
  /// The TXT strings of `name`, each record's strings joined; `[]` when the name has no TXT.
  func txt(_ name: String) throws(DNSLookupError) -> [String]
}

/// Why a DNS lookup gave no answer.
public enum DNSLookupError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The name does not exist (NXDOMAIN).
  case notFound
  /// The server failed, timed out or answered garbage: try again later.
  case temporary(String)

  public var description: String {
    switch self {
    case .notFound: "no such name"
    case .temporary(let why): why
    }
  }
}
