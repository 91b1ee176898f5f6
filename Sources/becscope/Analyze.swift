import Analysis
import ArgumentParser
import DNSClient
import Foundation
import Intelligence
import MailCore
import Reporting

/// `becscope analyze`: one analysis and verdict per message.
struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Analyse each reported message: origin, authentication, findings with evidence, indicators.",
    discussion: """
      A report that forwards the suspicious message as an attachment (message/rfc822) is analysed as the inner message; the person who forwarded it is recorded as the reporter.

      The origin is read from the Received chain: hops inside the receiving side (private addresses, the receiver's own hosts, --org domains and trusted_relays) are skipped; an authenticated submission, a webmail hop or a webmail originating-IP header on the sender's side is preferred over the first external hop. Only Authentication-Results written by the receiving side are trusted.

      With --offline nothing leaves the machine. Intelligence (reputation of the origin IP, age and reputation of the sender domain, breaches of recipients, MaxMind DB network owner and country) is added when a source is configured: API keys in ABUSEIPDB_API_KEY, VT_API_KEY or HIBP_API_KEY, RDAP enabled in the settings file, or --mmdb FILE. See `becscope intel --help`.

      Examples:
        becscope analyze Examples/ceo-lure.eml
        becscope analyze --org org.yaml --format json reported/ > analysis.jsonl
        becscope analyze --format markdown report.eml > note.md
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @Argument(help: "Message files, directories, Maildirs, mbox files, or - for standard input.")
  var inputs: [String] = []

  @Option(help: ArgumentHelp("The organisation profile (YAML): domains, directory, trusted relays.", valueName: "ORG"))
  var org: String?

  @Flag(help: "Guarantee that nothing leaves the machine (no DNS, no intelligence services).")
  var offline = false

  @Option(
    help: ArgumentHelp(
      "DNS server for DKIM keys (default: the first nameserver of /etc/resolv.conf).", valueName: "IP[:PORT]"))
  var dns: String?

  @Option(help: "Output: text (for people), json (one object per message, JSON Lines for several), markdown.")
  var format: Format = .text

  @Option(name: .long, help: ArgumentHelp("Read input paths from FILE, one per line.", valueName: "FILE"))
  var list: String?

  @Option(help: "Worker threads, at least 1; one per CPU unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup(title: "Intelligence")
  var intel: IntelOptions

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if inputs.isEmpty && list == nil {
      throw ValidationError(
        "give at least one input (a file, directory, mbox, or - for standard input), or --list FILE")
    }
  }

  func run() async throws {
    let profile = try CommandSupport.profile(org)
    let sources = try CommandSupport.sources(inputs: inputs, list: list)
    let parser = MessageParser()
    let configured = try CommandSupport.analyzer(profile: profile, offline: offline, dns: dns)
    let analyzer = configured
    let format = self.format
    // Intelligence only when a source is configured; otherwise `intel` is null.
    let enricher = offline ? nil : try await intel.lookup(offline: false, dns: dns).enricherIfConfigured
    let rules = analyzer.rules
    let enriching = enricher != nil
    let output = StandardOutput()
    var unreadable: [InputError] = []
    var unjudged: [String] = []
    // Inputs are analysed on every core in batches; the output keeps the input order.
    let batchSize = 64
    var start = 0
    while start < sources.count {
      let batch = Array(sources[start..<min(sources.count, start + batchSize)])
      let results = await ParallelMap.map(batch, jobs: jobs) {
        source -> ([MessageAnalysis], String, InputError?, [String]) in
        var analyses: [MessageAnalysis] = []
        var text = ""
        var notJudged: [String] = []
        do {
          try MessageReader(source: source).forEach { raw in
            let analysis = analyzer.analyze(parser.parse(raw), source: raw.source)
            if let reason = analysis.unreadable { notJudged.append("\(raw.source): \(reason)") }
            // Without intelligence (or nothing to look up) the text is rendered here, on every core.
            if !enriching || analysis.unreadable != nil {
              text += Self.render(analysis, intel: nil, format: format, profile: profile)
            } else {
              analyses.append(analysis)
            }
          }
          return (analyses, text, nil, notJudged)
        } catch let error as InputError {
          return (analyses, text, error, notJudged)
        } catch {
          return (analyses, text, InputError(.unreadable, path: source.path), notJudged)
        }
      }
      for (analyses, text, error, notJudged) in results {
        unjudged += notJudged
        output.write(text)
        if let enricher {
          for var analysis in analyses {
            let found = await enricher.enrich(&analysis, rules: rules)
            output.write(Self.render(analysis, intel: found, format: format, profile: profile))
          }
        }
        if let error { unreadable.append(error) }
      }
      start += batchSize
    }
    output.flush()
    // Input that holds no message to judge is reported, never passed over as clean.
    for line in unjudged.prefix(20) { CommandSupport.warn(line) }
    if unjudged.count > 20 { CommandSupport.warn("\(unjudged.count - 20) more inputs hold no message to judge") }
    if unreadable.isEmpty, !unjudged.isEmpty { throw ExitCode(66) }
    if let first = unreadable.first {
      let more = unreadable.count > 1 ? " (and \(unreadable.count - 1) more inputs that could not be read)" : ""
      CommandSupport.warn("\(first)\(more)")
      throw ExitCode(66)
    }
  }

  static func render(_ analysis: MessageAnalysis, intel: MessageIntel?, format: Format, profile: OrganizationProfile?)
    -> String
  {
    switch format {
    case .text: AnalyzeTextRenderer(style: .text).render(analysis, intel: intel) + "\n"
    case .markdown: AnalyzeTextRenderer(style: .markdown).render(analysis, intel: intel) + "\n"
    case .json: AnalyzeReport(analysis, profile: profile, intel: intel).jsonLine + "\n"
    }
  }
}
