import Analysis
import ArgumentParser
import DNSClient
import Foundation
import Intelligence
import Investigation
import MailCore
import Reporting

/// `becscope investigate`: one case over all reported messages.
struct Investigate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Build one case from reported messages: campaigns, targets, breach exposure, attack flow, report and IOCs.",
    discussion: """
      Reported messages (files, folders, Maildir, mbox; reports forwarded as attachments are unwrapped, the same message reported twice counts once) are grouped into campaigns by sender, Reply-To, origin, subject template and near-duplicate text. --mailbox sweeps mailbox exports for further copies ("who else got it"). For each campaign: every recipient merged per employee (private, generated and corporate addresses), the attacker's address pattern against the real one, breach exposure and its overlap (HIBP, with --hibp-recipients), the business-SNS searches to make (record what they show with --exposure FILE), and the inferred attack flow.

      The case is kept in an SQLite store (--store, default DIR/case.sqlite): re-running adds to it, and a run stopped at any point resumes. Files written to DIR: case.json, report.md, report.html, iocs.txt, iocs.csv, stix.json, misp.json.

      Examples:
        becscope investigate --org org.yaml reported/ --out case-2026-11
        becscope investigate --org org.yaml reported/ --mailbox exports/all.mbox --exposure exposure.csv --lang ja --out case
      """
  )

  enum Language: String, ExpressibleByArgument, CaseIterable {
    case en, ja
  }

  @Argument(help: "Reported messages: files, directories, Maildirs, mbox files, or - for standard input.")
  var inputs: [String] = []

  @Option(help: ArgumentHelp("The organisation profile (YAML): domains, directory, trusted relays.", valueName: "ORG"))
  var org: String?

  @Option(
    help: ArgumentHelp(
      "A mailbox export to sweep for further copies (mbox, Maildir, folder); repeatable.", valueName: "PATH"))
  var mailbox: [String] = []

  @Option(
    help: ArgumentHelp(
      "What the analyst found on business SNS: CSV with employee, platform, url, note.", valueName: "FILE"))
  var exposure: String?

  @Option(help: ArgumentHelp("An analyst's note to keep in the case.", valueName: "TEXT"))
  var note: String?

  @Flag(help: "Guarantee that nothing leaves the machine (no DNS, no intelligence services).")
  var offline = false

  @Option(
    help: ArgumentHelp("DNS server for DKIM keys and mail records (default: the system's).", valueName: "IP[:PORT]"))
  var dns: String?

  @Option(help: "Report language: en or ja.")
  var lang: Language = .en

  @Option(help: ArgumentHelp("The folder to write the case to (created if missing).", valueName: "DIR"))
  var out: String

  @Option(help: "Worker threads for the mailbox sweep (default: the number of CPUs).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup(title: "Intelligence (the store holds the case too)")
  var intel: IntelOptions

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one reported message (a file, directory, mbox, or -)") }
  }

  func run() async throws {
    let profile = try CommandSupport.profile(org)
    let sources = try CommandSupport.sources(inputs: inputs, list: nil)
    let records: [ExposureRecord]
    do {
      records = try exposure.map(ExposureRecord.load) ?? []
    } catch {
      CommandSupport.fail("\(error)", code: FileManager.default.fileExists(atPath: exposure ?? "") ? 64 : 66)
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      CommandSupport.fail("cannot create the output folder \(out)", code: 1)
    }
    let storePath = intel.store ?? (out as NSString).appendingPathComponent("case.sqlite")
    var settings = try intel.settings(offline: offline, dns: dns)
    settings.storePath = storePath
    let store: CaseStore
    let lookup: IntelLookup
    do {
      store = try CaseStore(path: storePath)
      lookup = try IntelLookup(settings: settings)
    } catch {
      CommandSupport.fail("\(error)", code: 1)
    }
    let analyzer = try CommandSupport.analyzer(profile: profile, offline: offline, dns: dns)
    let investigator = Investigator(profile: profile, analyzer: analyzer, exposure: records)
    let json: @Sendable (MessageAnalysis) -> String = { AnalyzeReport($0, profile: profile).jsonLine }

    let (added, duplicates) = try investigator.intake(sources, store: store, json: json)
    CommandSupport.status(
      "\(added) reported message(s) added to the case\(duplicates > 0 ? ", \(duplicates) already in it" : "")")
    if let note { try store.addNote(note) }

    var sweeps: [SweepResult] = []
    if !mailbox.isEmpty {
      let prints = Investigator.sweepTargets(try investigator.load(store))
      for path in mailbox {
        let started = Date()
        var last = Date()
        let interactive = isatty(2) == 1
        let result = try investigator.sweep(path, campaigns: prints, store: store, json: json, jobs: jobs) { n in
          if interactive, Date().timeIntervalSince(last) > 0.5 {
            last = Date()
            let rate = Double(n) / max(0.001, Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("\rsweeping \(path): \(n) messages (\(Int(rate))/s)…".utf8))
          }
        }
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
        CommandSupport.status(
          "swept \(path): \(result.scanned) messages in \(String(format: "%.1f", result.seconds)) s, \(result.found) further copies"
        )
        sweeps.append(result)
      }
    }

    var result = await investigator.build(try investigator.load(store), intel: offline ? nil : lookup)
    result.sweeps = sweeps
    result.duplicates = duplicates
    let report = CaseReport(result, profile: profile)
    try store.saveCampaigns(report.campaigns.map { ($0.id, SnakeCaseJSON.line($0)) })
    let files = try CaseFiles(report: report, language: lang == .ja ? .ja : .en, notes: try store.notes().map(\.text))
      .write(to: out)
    let flagged = result.campaigns.filter { $0.label != "clean" }
    for c in flagged {
      print(
        Inert.text(
          "\(c.id): \(c.label.uppercased()), \(c.messageIndexes.count) message(s) from \(c.senders.joined(separator: ", ")) to \(c.targetedEmployees.count) employee(s)"
        ))
      for conclusion in c.conclusions { print("  " + Inert.text(conclusion.text)) }
    }
    if flagged.count < result.campaigns.count {
      print("\(result.campaigns.count - flagged.count) more group(s) of messages judged clean (see case.json)")
    }
    print(
      "Wrote \(files.map { (out as NSString).appendingPathComponent($0) }.joined(separator: ", ")); store \(storePath)")
  }
}
