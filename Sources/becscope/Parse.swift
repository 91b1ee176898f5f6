import ArgumentParser
import Foundation
import MailCore
import Reporting

/// `becscope parse`: the structure of each message.
struct Parse: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the structure of each message: decoded headers, parts, attachments, defects.",
    discussion: """
      Inputs are any mix of message files, directories (read recursively, hidden files skipped), Maildir folders, mbox files and - (standard input). Nothing in a message is ever opened, fetched or executed; attachment names are shown, never used as paths.

      Malformed mail is reported, not rejected: every irregularity becomes a defect with the part and byte offset where it was seen. Bounds (--limits and the --max-* overrides) stop crafted messages from exhausting the parser; reaching one is itself a defect.

      Examples:
        becscope parse Examples/ceo-lure.eml
        becscope parse --format json reported/ > structure.jsonl
        becscope parse --stats --list files.txt
        becscope parse --limits strict --max-parts 100 suspicious.mbox
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  enum LimitPreset: String, ExpressibleByArgument, CaseIterable {
    case `default`, strict, permissive

    var limits: ParseLimits {
      switch self {
      case .default: return .default
      case .strict: return .strict
      case .permissive: return .permissive
      }
    }
  }

  @Argument(help: "Message files, directories, Maildirs, mbox files, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "Output format: text (for people) or json (one object per message; JSON Lines for several).")
  var format: Format = .text

  @Option(name: .long, help: ArgumentHelp("Read input paths from FILE, one per line.", valueName: "FILE"))
  var list: String?

  @Flag(help: "Print only a throughput summary (files, failures, bytes, seconds, MB/s).")
  var stats = false

  @Option(help: "Bounds preset: default, strict (bulk triage, fuzzing) or permissive (trusted archives).")
  var limits: LimitPreset = .default

  @Option(help: "Override: maximum nesting depth of multipart and attached messages.")
  var maxDepth: Int?

  @Option(help: "Override: maximum number of MIME parts.")
  var maxParts: Int?

  @Option(help: "Override: maximum size of one header field, in bytes.")
  var maxHeaderBytes: Int?

  @Option(help: "Override: maximum message size in bytes (larger input is truncated).")
  var maxMessageBytes: Int?

  @Option(help: "Worker threads for --stats, at least 1; one per CPU unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Leave decoded body text out of the JSON.")
  var noBody = false

  func validate() throws {
    if inputs.isEmpty && list == nil {
      throw ValidationError(
        "give at least one input (a file, directory, mbox, or - for standard input), or --list FILE")
    }
    for (name, value) in [
      ("--max-depth", maxDepth), ("--max-parts", maxParts), ("--max-header-bytes", maxHeaderBytes),
      ("--max-message-bytes", maxMessageBytes),
    ] {
      if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
    }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() async throws {
    var bounds = limits.limits
    if let maxDepth { bounds.maxDepth = maxDepth }
    if let maxParts { bounds.maxParts = maxParts }
    if let maxHeaderBytes { bounds.maxHeaderFieldBytes = maxHeaderBytes }
    if let maxMessageBytes { bounds.maxMessageBytes = maxMessageBytes }
    let parser = MessageParser(limits: bounds, options: .full)

    let sources = try CommandSupport.sources(inputs: inputs, list: list)
    if stats {
      let summary = await ThroughputRun(parser: parser, jobs: jobs).run(sources)
      print(summary)
      if summary.failed > 0 {
        CommandSupport.warn("\(summary.failed) of \(sources.count) inputs could not be read")
        throw ExitCode(66)
      }
      return
    }

    let output = StandardOutput()
    var unreadable: [InputError] = []
    let progress = Progress(total: sources.count)
    for (index, source) in sources.enumerated() {
      progress.update(index)
      do {
        try MessageReader(source: source, maxMessageBytes: bounds.maxMessageBytes).forEach { raw in
          let message = parser.parse(raw)
          switch format {
          case .text:
            output.write(ParseTextRenderer().render(message, source: raw.source))
            output.write("\n")
          case .json:
            let report = ParseReport(message: message, source: raw.source, includeBody: !noBody)
            output.write(try CommandSupport.json(report))
            output.write("\n")
          }
        }
      } catch let error as InputError {
        unreadable.append(error)
      }
    }
    progress.finish()
    output.flush()
    // The contract: one line on standard error for a failed run, naming what failed.
    if let first = unreadable.first {
      let more = unreadable.count > 1 ? " (and \(unreadable.count - 1) more inputs that could not be read)" : ""
      CommandSupport.warn("\(first)\(more)")
      throw ExitCode(66)
    }
  }
}
