import Analysis
import ArgumentParser
import CaseStorage
import DNSClient
import Foundation
import Intelligence
import Investigation
import MailCore
import PostgresStorage
import Reporting

/// `becscope investigate`: one case over all reported messages.
struct Investigate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Build one case from reported messages: campaigns, targets, breach exposure, attack flow, report and IOCs.",
    discussion: """
      Reported messages (files, folders, Maildir, mbox; reports forwarded as attachments are unwrapped, the same message reported twice counts once) are grouped into campaigns by sender, Reply-To, origin, subject template and near-duplicate text. --mailbox sweeps mailbox exports for further copies ("who else got it"). For each campaign: every recipient merged per employee (private, generated and corporate addresses), the attacker's address pattern against the real one, breach exposure and its overlap (HIBP, with --hibp-recipients), the business-SNS searches to make (record what they show with --exposure FILE), and the inferred attack flow.

      The case is kept in a store: an SQLite file (default DIR/case.sqlite) or a team's PostgreSQL database (--store postgres://user@host:port/db, or $BECSCOPE_STORE). Re-running adds to it, a run stopped at any point resumes, and each message is analysed once: its analysis is stored and read back until becscope's analysis or the profile changes. With no inputs, the case is built from what the store already holds (messages taken in by earlier runs, other processes or the server). A store holds many cases: --case names one by id or title (default: the --out folder's name). Files written to DIR: case.json, report.md, report.html, iocs.txt, iocs.csv, stix.json, misp.json.

      Examples:
        becscope investigate --org org.yaml reported/ --out case-2026-11
        becscope investigate --org org.yaml reported/ --mailbox exports/all.mbox --exposure exposure.csv --lang ja --out case
        becscope investigate --org org.yaml --store postgres://becscope@db:5432/becscope --case case-2026-11 --out case-2026-11
      """
  )

  enum Language: String, ExpressibleByArgument, CaseIterable {
    case en, ja
  }

  @Argument(
    help:
      "Reported messages: files, directories, Maildirs, mbox files, or - for standard input. None: the case as the store holds it."
  )
  var inputs: [String] = []

  @Option(
    name: .customLong("case"),
    help: ArgumentHelp(
      "The case in the store, by id or title; a title not found starts a new case. Default: the --out folder's name.",
      valueName: "ID|TITLE"))
  var caseName: String?

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

  @Option(
    help: ArgumentHelp(
      "Intelligence looked up by hand: a CSV (indicator,source,result,date,note) or a saved AbuseIPDB, VirusTotal or HIBP answer (JSON; an HIBP file named after the address); repeatable.",
      valueName: "FILE"))
  var evidence: [String] = []

  @Option(help: ArgumentHelp("An analyst's note to keep in the case.", valueName: "TEXT"))
  var note: String?

  @Flag(help: "Guarantee that nothing leaves the machine (no DNS, no intelligence services).")
  var offline = false

  @Option(
    help: ArgumentHelp("DNS server for DKIM keys and mail records (default: the system's).", valueName: "IP[:PORT]"))
  var dns: String?

  @Option(help: "Report language: en or ja.")
  var lang: Language = .en

  @Option(help: ArgumentHelp("The analyst named in the report (default: the profile's analyst:).", valueName: "NAME"))
  var analyst: String?

  @Option(
    help: ArgumentHelp(
      "The Traffic Light Protocol label of the report and the exports: clear, green, amber, amber+strict or red.",
      valueName: "TLP"))
  var tlp: TLPOption = .amber

  @Flag(
    help:
      "Put the employees' own addresses (corporate, private, generated) into stix.json and misp.json; by default they stay out of what is shared."
  )
  var includeInternal = false

  @Flag(help: "Also write report.pdf, printed from report.html by headless Chromium (found on PATH or $CHROMIUM).")
  var pdf = false

  @Option(
    help: ArgumentHelp(
      "The folder to write the case to: new, empty, or an earlier case of becscope's (re-runs add to it).",
      valueName: "DIR"))
  var out: String

  @Flag(help: "Write into --out even when it holds files becscope did not write (they are left alone).")
  var force = false

  @Option(help: "Worker threads for the mailbox sweep, at least 1; one per CPU unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup(title: "Store and intelligence")
  var intel: IntelOptions

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if (out as NSString).standardizingPath == "/" || out.isEmpty {
      throw ValidationError("--out \(out): choose a folder for the case, not the root of the file system")
    }
  }

  /// The files becscope writes to a case folder; anything else there is the analyst's.
  static let ownFiles: Set<String> = [
    "case.json", "report.md", "report.html", "iocs.txt", "iocs.csv", "stix.json", "misp.json", "case.sqlite",
    "case.sqlite-wal", "case.sqlite-shm", "case.sqlite-journal", CaseStamp.fileName, "report.pdf",
  ]

  /// The paths beyond the reported inputs, checked before any work starts: mailboxes and the
  /// exposure file must exist (exit 66), the output folder must be new, empty or an earlier
  /// case (exit 73 unless --force).
  func preflight() {
    let files = FileManager.default
    // The same checks as the reported inputs get (not found, not a file or folder: 66).
    _ = try? CommandSupport.sources(inputs: mailbox, list: nil)
    if let exposure {
      var isDirectory: ObjCBool = false
      if !files.fileExists(atPath: exposure, isDirectory: &isDirectory) {
        CommandSupport.fail("\(exposure): not found", code: 66)
      }
      if isDirectory.boolValue { CommandSupport.fail("\(exposure): is a folder, not a CSV file", code: 66) }
    }
    var isDirectory: ObjCBool = false
    if files.fileExists(atPath: out, isDirectory: &isDirectory) {
      if !isDirectory.boolValue { CommandSupport.fail("--out \(out): is a file, not a folder", code: 73) }
      let foreign = ((try? files.contentsOfDirectory(atPath: out)) ?? []).filter { !Self.ownFiles.contains($0) }
      if !foreign.isEmpty && !force {
        CommandSupport.fail(
          "--out \(out) holds files becscope did not write (\(foreign.sorted().prefix(3).joined(separator: ", "))\(foreign.count > 3 ? ", …" : "")); choose a new folder, or add --force",
          code: 73)
      }
    }
  }

  func run() async throws {
    let sources = inputs.isEmpty ? [] : try CommandSupport.sources(inputs: inputs, list: nil)
    preflight()
    let profile = try CommandSupport.profile(org)
    let records: [ExposureRecord]
    let manual: ManualEvidence
    do {
      records = try exposure.map(ExposureRecord.load) ?? []
      manual = try ManualEvidence.load(evidence)
    } catch {
      CommandSupport.fail("\(error)", code: error.exitStatus)
    }
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    } catch {
      CommandSupport.fail("cannot create the output folder \(out)", code: 73)
    }
    let location = StoreLocation.resolve(intel.store, fallback: (out as NSString).appendingPathComponent("case.sqlite"))
    var settings = try intel.settings(offline: offline, dns: dns)
    // Cached intelligence answers and the audit log live in the store: the SQLite file's
    // tables, or the PostgreSQL database's.
    if !StoreLocation.isPostgres(location) { settings.storePath = location }
    let store = await StoreLocation.open(location)
    let lookup: IntelLookup
    do {
      // Beside a PostgreSQL store, the team's cache and audit log are in that database.
      lookup = try IntelLookup(settings: settings, cache: store as? PostgresCaseStore)
    } catch {
      CommandSupport.fail("\(error)", code: 1)
    }
    let analyzer = try CommandSupport.analyzer(profile: profile, offline: offline, dns: dns)
    let investigator = Investigator(profile: profile, analyzer: analyzer, exposure: records)
    // What the analysis depends on besides becscope itself: the profile, and whether DKIM keys
    // were looked up.
    let context = (profile?.analysisInput ?? []) + Array("\u{0}dkim:\(analyzer.dkimVerifier != nil)".utf8)
    let service = CaseService(store: store, investigator: investigator, context: context, jobs: jobs)
    do {
      try await investigate(service, sources: sources, lookup: lookup, location: location, evidence: manual)
    } catch {
      CommandSupport.fail(error.description, code: error.exitStatus)
    }
  }

  private func investigate(
    _ service: CaseService, sources: [InputSource], lookup: IntelLookup, location: String,
    evidence manual: ManualEvidence
  ) async throws(CaseError) {
    let title = caseName ?? ((out as NSString).standardizingPath as NSString).lastPathComponent
    let record = try await service.openCase(named: title)
    var skipped: [InputError] = []
    var duplicates = 0
    if !sources.isEmpty {
      let intake = try await service.intake(sources, into: record.id)
      skipped = intake.skipped
      duplicates = intake.duplicates
      for error in skipped { CommandSupport.warn("\(error); skipped") }
      CommandSupport.status(
        "\(intake.added) reported message(s) added to the case"
          + (duplicates > 0 ? ", \(duplicates) already in it" : "")
          + (skipped.isEmpty ? "" : ", \(skipped.count) input(s) skipped") + " (case \(record.id), \(record.title))")
    }
    if let note { try await service.addNote(note, to: record.id) }

    // The state of the case and of the report's options: when this folder was written from the
    // same state (the same messages, notes, profile, options and becscope), its files stand.
    // Network intelligence may have changed since, so with it the case is always built again.
    let intelMayChange = !offline && lookup.enricherIfConfigured != nil
    let options =
      [
        lang.rawValue, offline ? "offline" : "online", Self.digest(ofFile: exposure), location, analyst ?? "",
        tlp.rawValue, includeInternal ? "internal" : "", pdf ? "pdf" : "", Self.digest(ofFile: org),
      ] + evidence.map { Self.digest(ofFile: $0) }
    var state = CaseStamp.state(caseDigest: try await service.digest(of: record.id), options: options)
    if mailbox.isEmpty, !intelMayChange, let stamp = CaseStamp.current(in: out), stamp.state == state {
      keep(stamp, record: record, store: service.store.location, skipped: skipped)
      return
    }
    var (messages, analysed) = try await service.messages(in: record.id)
    if messages.isEmpty {
      CommandSupport.fail(
        sources.isEmpty
          ? "case \(record.id) (\(record.title)) in \(service.store.location) holds no message: give reported messages"
          : "no message could be read from the inputs; nothing to investigate", code: 66)
    }
    var sweeps: [SweepResult] = []
    for path in mailbox {
      let started = Date()
      var last = Date()
      let interactive = isatty(2) == 1
      let result = try await service.sweep(path, caseID: record.id, messages: messages) { n in
        if interactive, Date().timeIntervalSince(last) > 0.5 {
          last = Date()
          let rate = Double(n) / max(0.001, Date().timeIntervalSince(started))
          FileHandle.standardError.write(Data("\rsweeping \(path): \(n) messages (\(Int(rate))/s)…".utf8))
        }
      }
      if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
      CommandSupport.status(
        "swept \(path): \(result.scanned) messages in \(String(format: "%.1f", result.seconds)) s, \(result.found) further copies or replies"
      )
      sweeps.append(result)
    }
    if sweeps.contains(where: { $0.found > 0 }) {
      state = CaseStamp.state(caseDigest: try await service.digest(of: record.id), options: options)
      messages = try await service.messages(in: record.id).messages
    } else if !mailbox.isEmpty, !intelMayChange, let stamp = CaseStamp.current(in: out), stamp.state == state {
      keep(stamp, record: record, store: service.store.location, skipped: skipped)
      return
    }
    CommandSupport.status(
      "case \(record.id): \(messages.count) message(s), \(messages.count - analysed) analysis(es) read back from the store, \(analysed) analysed"
    )

    var result = await service.investigator.build(messages, intel: offline ? nil : lookup, evidence: manual)
    result.sweeps = sweeps
    result.duplicates = duplicates
    let report = CaseReport(result, profile: service.investigator.profile)
    try await service.record(
      report.campaigns.map { StoredCampaign(id: $0.id, json: SnakeCaseJSON.line($0)) }, in: record.id)
    let writing = Date()
    let files: [CaseFiles.Written]
    do {
      let profile = service.investigator.profile
      let reportOptions = ReportOptions(
        language: lang == .ja ? .ja : .en, caseID: record.id, caseTitle: record.title,
        analyst: analyst ?? profile?.analyst, tlp: tlp.value,
        timeZone: profile?.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!,
        created: record.createdAt, includeInternal: includeInternal,
        notes: try await service.notes(in: record.id).map(\.text))
      files =
        try await CaseFiles(report: report, options: reportOptions).write(to: out)
        + (pdf ? [try PDFPrinter.print(folder: out)] : [])
    } catch let error as CaseError {
      throw error
    } catch let error as PDFPrinter.Failure {
      CommandSupport.fail("\(error)", code: error.exitStatus)
    } catch {
      throw CaseError(.failed, "writing the case to \(out): \(error)")
    }
    let exportSeconds = files.filter(\.isIndicatorExport).map(\.seconds).reduce(0, +)
    CommandSupport.status(
      "wrote the report and \(report.iocs.count) indicator(s) in \(String(format: "%.2f", Date().timeIntervalSince(writing))) s"
        + " (the indicator exports took \(String(format: "%.2f", exportSeconds)) s of it)")
    let zone = service.investigator.profile?.timeZone.flatMap(TimeZone.init(identifier:))
    let summary = ConsoleSummary(
      report: report, language: lang == .ja ? .ja : .en, timeZone: zone ?? TimeZone(identifier: "UTC")!
    ).text
    print(summary, terminator: "")
    print(
      Inert.text(
        "Wrote \(files.map { (out as NSString).appendingPathComponent($0.name) }.joined(separator: ", ")); store \(service.store.location), case \(record.id)"
      ))
    CaseStamp.write(state: state, files: files.map(\.name), summary: summary, to: out)
    Self.endIfSkipped(skipped)
  }

  /// An unchanged case: its files stand; the summary of the run that wrote them is printed again.
  private func keep(_ stamp: CaseStamp, record: CaseRecord, store: String, skipped: [InputError]) {
    CommandSupport.status(
      "case \(record.id): unchanged since \(out) was written (the same messages, notes, profile and options); its files stand"
    )
    // The stamp is a file in the case folder: its text goes through the escaping layer again.
    for line in stamp.summary.split(separator: "\n") { print(Inert.text(String(line))) }
    print(
      Inert.text(
        "Kept \(stamp.files.keys.sorted().map { (out as NSString).appendingPathComponent($0) }.joined(separator: ", ")); store \(store), case \(record.id)"
      ))
    Self.endIfSkipped(skipped)
  }

  /// The SHA-256 of a file's bytes ("" for none, "unreadable" when it cannot be read).
  static func digest(ofFile path: String?) -> String {
    guard let path else { return "" }
    guard let data = FileManager.default.contents(atPath: path) else { return "unreadable" }
    return ContentHash.sha256([UInt8](data))
  }

  /// Done, with inputs left out: the documented status for an incomplete case (66).
  static func endIfSkipped(_ skipped: [InputError]) {
    guard !skipped.isEmpty else { return }
    CommandSupport.fail("\(skipped.count) input(s) could not be read; the case was written without them", code: 66)
  }
}

/// `--tlp`: the Traffic Light Protocol label.
enum TLPOption: String, ExpressibleByArgument, CaseIterable {
  case clear, green, amber
  case amberStrict = "amber+strict"
  case red

  var value: TLP { TLP(rawValue: rawValue)! }
}
