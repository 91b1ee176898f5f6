/// Why an input could not be read. Thrown for I/O only, never for message content.
public struct InputError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: String, Sendable {
    case notFound = "not found"
    case unreadable = "cannot be read"
    case notRegularFile = "is not a file or directory"
    case nothingToJudge = "holds no message to judge"
  }

  public var code: Code
  /// The path involved.
  public var path: String
  /// The system error number, when one caused it.
  public var errno: Int32?
  /// The reason in words, when the code alone does not say it (what was read instead of mail).
  public var reason: String?

  public init(_ code: Code, path: String, errno: Int32? = nil, reason: String? = nil) {
    self.code = code
    self.path = path
    self.errno = errno
    self.reason = reason
  }

  public var description: String {
    var text = "\(path): \(reason ?? code.rawValue)"
    if let errno, let reason = systemErrorText(errno) { text += " (\(reason))" }
    return text
  }
}
