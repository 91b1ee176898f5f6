/// A settings or data file becscope was given and cannot use — the organisation profile, the
/// employee directory, a rule file, the intelligence settings, the analyst's exposure file: one
/// error for all of them, with the file, the line when known, and whether the file could not be
/// read or says something invalid. That distinction decides, in one place, the exit status (66
/// or 64) and the HTTP status (404 or 422).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Code: String, Sendable {
    /// Missing, unreadable, or not text.
    case unreadable
    /// Read, but not valid: a syntax error, a missing key, a value out of range.
    case invalid
  }

  public var code: Code
  /// The file.
  public var path: String
  /// The line the problem is on, when known.
  public var line: Int?
  /// What is wrong, in words; never the file's text (a line may hold an API key).
  public var reason: String

  public init(_ code: Code = .invalid, path: String, line: Int? = nil, reason: String) {
    self.code = code
    self.path = path
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)" }

  /// 66 when the file cannot be read, 64 when it is invalid (sysexits.h, as `docs/interfaces.md`
  /// documents for every command).
  public var exitStatus: Int32 { code == .unreadable ? 66 : 64 }

  /// 404 when the file cannot be read, 422 when it is invalid.
  public var httpStatus: Int { code == .unreadable ? 404 : 422 }
}
