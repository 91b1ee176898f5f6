/// One place messages come from, as given on the command line and expanded.
public enum InputSource: Hashable, Sendable {
  /// A file holding one message.
  case file(String)
  /// An mbox file holding many.
  case mbox(String)
  /// Standard input, one message.
  case standardInput

  /// The path, or `-` for standard input.
  public var path: String {
    switch self {
    case .file(let p), .mbox(let p): return p
    case .standardInput: return "-"
    }
  }

  /// Expands command-line inputs: files, directories (recursively; hidden entries skipped except
  /// Maildir++ folders; Maildir `tmp/` skipped; symbolic links to directories not followed),
  /// mbox files (recognised by a first line `From `), and `-`.
  /// Throws when an input does not exist or cannot be listed.
  public static func expand(_ inputs: [String]) throws(InputError) -> [InputSource] {
    var result: [InputSource] = []
    for input in inputs {
      if input == "-" {
        result.append(.standardInput)
        continue
      }
      switch FileIO.kind(of: input) {
      case .missing: throw InputError(.notFound, path: input)
      case .other: throw InputError(.notRegularFile, path: input)
      case .file: result.append(classify(input))
      case .directory: try walk(input, into: &result)
      }
    }
    return result
  }

  private static func classify(_ path: String) -> InputSource {
    isMbox(path) ? .mbox(path) : .file(path)
  }

  /// Whether a file starts like an mbox: `From ` followed by an address-like word and a date.
  static func isMbox(_ path: String) -> Bool {
    let head = FileIO.head(path: path, count: 256)
    guard head.starts(with: Array("From ".utf8)) else { return false }
    let line = head.prefix { $0 != 0x0A }
    // "From sender@example.com Mon Jan  1 00:00:00 2024": a From_ line has a time in it.
    return line.contains(UInt8(ascii: ":")) && line.count > 12
  }

  private static func walk(_ directory: String, into result: inout [InputSource]) throws(InputError) {
    let names = try FileIO.list(directory: directory)
    let isMaildir = names.contains("cur") && names.contains("new")
    for name in names {
      if isMaildir && name == "tmp" { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      if name.hasPrefix(".") {
        // Maildir++ keeps subfolders as ".Name" beside cur/new/tmp.
        guard isMaildir, name != ".", name != "..", FileIO.kind(of: path + "/cur", followLinks: false) == .directory
        else { continue }
      }
      switch FileIO.kind(of: path, followLinks: false) {
      case .file: result.append(classify(path))
      case .directory: try walk(path, into: &result)
      // A dangling link (or an entry gone since the listing) is an input that cannot be read:
      // kept, so that reading it fails with a reason and is counted, never skipped in silence.
      case .missing: result.append(.file(path))
      // Links to folders (loops) and FIFOs or devices are not messages; see the threat model.
      case .other: continue
      }
    }
  }
}
