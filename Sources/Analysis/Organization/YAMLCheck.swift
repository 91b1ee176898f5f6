import Yams

/// What is wrong with a YAML settings file, said in one line that names the line and never
/// quotes the file (a syntax error's usual message repeats the offending line, which may hold
/// an API key).
public struct YAMLProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based, when known.
  public var line: Int?
  public var reason: String
  public var description: String { (line.map { "line \($0): " } ?? "") + reason }
}

/// Checks settings files before they are decoded: YAML syntax, and keys given twice in one
/// mapping (which Yams would resolve silently, the second value replacing the first). Yams 5
/// decodes only from text, so a settings file is parsed twice; it is a few hundred bytes.
public enum YAMLCheck {
  /// The first problem of `text`, or nil when it is well-formed YAML without duplicate keys.
  public static func problem(in text: String) -> YAMLProblem? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      return describe(error)
    } catch {
      return YAMLProblem(line: nil, reason: "not YAML")
    }
    return node.flatMap { duplicate(in: $0, depth: 0) }
  }

  /// The problem a decoding error reports, by key path, without values.
  public static func problem(decoding error: any Error) -> YAMLProblem {
    if let error = error as? YamlError { return describe(error) }
    guard let error = error as? DecodingError else { return YAMLProblem(line: nil, reason: "unreadable") }
    func path(_ c: DecodingError.Context) -> String {
      c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .typeMismatch(let type, let c), .valueNotFound(let type, let c):
      return YAMLProblem(line: nil, reason: "\(path(c)): expected \(name(type))")
    case .keyNotFound(let key, let c):
      return YAMLProblem(line: nil, reason: "\(path(c).isEmpty ? "" : path(c) + ": ")missing \(key.stringValue)")
    case .dataCorrupted(let c):
      return YAMLProblem(line: nil, reason: "\(path(c).isEmpty ? "the file" : path(c)): unreadable value")
    @unknown default:
      return YAMLProblem(line: nil, reason: "unreadable")
    }
  }

  private static func name(_ type: Any.Type) -> String {
    switch String(describing: type) {
    case "String": return "text"
    case "Int", "Double": return "a number"
    case "Bool": return "true or false"
    case let t where t.hasPrefix("Array"): return "a list"
    case let t where t.hasPrefix("Dictionary"): return "a mapping"
    case let t: return t
    }
  }

  private static func describe(_ error: YamlError) -> YAMLProblem {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return YAMLProblem(line: mark.line, reason: "YAML syntax error (\(problem))")
    case .reader(let problem, _, _, _):
      return YAMLProblem(line: nil, reason: "YAML cannot be read (\(problem))")
    default:
      return YAMLProblem(line: nil, reason: "YAML syntax error")
    }
  }

  private static func duplicate(in node: Node, depth: Int) -> YAMLProblem? {
    guard depth < 64 else { return YAMLProblem(line: node.mark?.line, reason: "nested too deeply") }
    switch node {
    case .mapping(let mapping):
      var seen: Set<String> = []
      for (key, value) in mapping {
        if let name = key.string, !seen.insert(name).inserted {
          return YAMLProblem(line: key.mark?.line, reason: "the key \(name) is given twice")
        }
        if let inner = duplicate(in: value, depth: depth + 1) { return inner }
      }
    case .sequence(let sequence):
      for item in sequence {
        if let inner = duplicate(in: item, depth: depth + 1) { return inner }
      }
    default: break
    }
    return nil
  }

  /// The line (1-based) where item `index` of the top-level list `key` starts, when it can be
  /// found by layout (`key:` at the start of a line, then items marked `- `).
  public static func lineOfItem(_ index: Int, inList key: String, text: String) -> Int? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
    var count = -1
    var indent: Int? = nil  // of the list's own items (nested lists are deeper)
    for number in (start + 1)..<lines.count {
      let line = lines[number]
      let trimmed = line.drop { $0 == " " }
      if !line.isEmpty, line.first != " ", line.first != "-", line.first != "#" { break }  // the next top-level key
      guard trimmed.hasPrefix("- ") || trimmed == "-" else { continue }
      let depth = line.count - trimmed.count
      if indent == nil { indent = depth }
      guard depth == indent else { continue }
      count += 1
      if count == index { return number + 1 }
    }
    return nil
  }
}
