import ArgumentParser
import CaseStorage
import Foundation
import IMAPClient
import Investigation
import Logging
import NIOCore
import ReportIntake

/// `becscope intake`: reports read from the report mailbox over IMAP into a case.
struct IntakeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intake",
    abstract: "Take reported mail from the report mailbox (IMAP) into a case.",
    discussion: """
      Reads the mailbox employees forward suspicious mail to (such as security@), takes each message into a case as a report (attached originals, .msg files and inline forwards are unwrapped; the forwarder is the reporter), then moves it to a processed folder. Each message enters the case once, even when a run is stopped between storing and moving it. Without --once it keeps reading: new reports are taken as they arrive (IDLE, else polling), and a lost connection is made again.

      The password comes from $BECSCOPE_IMAP_PASSWORD or --password-file, never the command line. imaps:// is TLS from the first byte (port 993); imap:// with --starttls upgrades before signing in; imap:// without it is plain text and allowed to a loopback host only. The server's certificate is verified (--ca-file for a private CA). The store is the workbench's (--data, --store): the reports appear in its inbox; `becscope investigate --store … --case "Report mailbox" --out DIR` builds the case from them.

      Answering the reporters (--smtp, or --answers-to DIR for a dry run): each reporter in the organisation's domains gets an acknowledgement when the report is taken, and the result once an analyst decides the verdict (workbench, API) or the case is closed. Answers are in the reporter's language (the directory's language column, else the profile's language:, else English), reply to the report (In-Reply-To), never quote its links or attachments, and are recorded in the case's audit log, which keeps each from being sent twice.

      Examples:
        BECSCOPE_IMAP_PASSWORD=… becscope intake --imap imaps://security@mail.example.com/INBOX --once
        becscope intake --imap imaps://security@corp.example/INBOX --org org.yaml --smtp smtp://security@smtp.corp.example --smtp-password-file /etc/becscope/smtp.pass
        becscope intake --imap imaps://security@corp.example/INBOX --org org.yaml --answers-to /tmp/answers --once
        becscope intake --imap imap://security@mail.example.com/INBOX --starttls --password-file /etc/becscope/imap.pass
        becscope intake --imap imaps://security@corp.example/INBOX --keep-in-place --case "Reported 2026-12"
      """
  )

  @Option(help: ArgumentHelp("The report mailbox.", valueName: "imaps://USER@HOST[:PORT]/MAILBOX"))
  var imap: String

  @Flag(help: "Upgrade an imap:// connection with STARTTLS before signing in.")
  var starttls = false

  @Option(
    help: ArgumentHelp("A file whose first line is the password (else $BECSCOPE_IMAP_PASSWORD).", valueName: "FILE"))
  var passwordFile: String?

  @Option(help: ArgumentHelp("PEM certificates to trust for the server (a private CA).", valueName: "FILE"))
  var caFile: String?

  @Option(help: ArgumentHelp("Where taken reports are moved (made when missing).", valueName: "FOLDER"))
  var processed = "Processed"

  @Flag(help: "Leave taken reports in the mailbox, flagged $BecscopeTaken and \\Seen, instead of moving them.")
  var keepInPlace = false

  @Option(help: ArgumentHelp("The case the reports enter (id or title; made when missing).", valueName: "ID|TITLE"))
  var `case` = "Report mailbox"

  @Flag(help: "One pass over the mailbox, then stop (else keep reading).")
  var once = false

  @Option(help: ArgumentHelp("The organisation profile the reports are analysed with.", valueName: "ORG"))
  var org: String?

  @Flag(help: "Print each pass as a JSON object on standard output.")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Answer reporters through this submission server (password from $BECSCOPE_SMTP_PASSWORD or --smtp-password-file).",
      valueName: "smtps://USER@HOST[:465] | smtp://USER@HOST[:587]"))
  var smtp: String?

  @Option(help: ArgumentHelp("A file whose first line is the SMTP password.", valueName: "FILE"))
  var smtpPasswordFile: String?

  @Option(
    help: ArgumentHelp(
      "Write the answers to reporters into this folder as .eml files instead of sending them (a dry run).",
      valueName: "DIR"))
  var answersTo: String?

  @Option(help: ArgumentHelp("The answers' From address (default: the mailbox's user name).", valueName: "ADDRESS"))
  var answerFrom: String?

  @Flag(inversion: .prefixedNo, help: "Acknowledge each report on receipt (with --smtp or --answers-to).")
  var acknowledge = true

  @Flag(
    inversion: .prefixedNo,
    help:
      "Send each reporter the result once an analyst decides the verdict or the case is closed (with --smtp or --answers-to)."
  )
  var results = true

  @OptionGroup var storage: DataOptions

  /// A password from its file (the first line), else from the environment.
  static func password(file: String?, option: String, variable: String) -> String {
    if let file {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        CommandSupport.fail("\(option) \(file): cannot be read", code: 66)
      }
      return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        .trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }
    guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
      CommandSupport.fail("no password: set $\(variable) or give \(option)", code: 64)
    }
    return value
  }

  /// The answers to reporters, when asked for.
  func answerSettings(mailbox: MailboxURL) -> ReporterAnswers.Settings? {
    guard smtp != nil || answersTo != nil else {
      if answerFrom != nil || smtpPasswordFile != nil {
        CommandSupport.fail(
          "--answer-from and --smtp-password-file need --smtp (or --answers-to for a dry run)", code: 64)
      }
      return nil
    }
    if smtp != nil, answersTo != nil {
      CommandSupport.fail("--smtp sends the answers and --answers-to writes them instead: give one", code: 64)
    }
    let from = (answerFrom ?? mailbox.user).lowercased()
    guard SMTPConnection.isPlainAddress(from) else {
      CommandSupport.fail("--answer-from: \(from) is not an address (give --answer-from ADDRESS)", code: 64)
    }
    var settings = ReporterAnswers.Settings(from: from)
    settings.acknowledge = acknowledge
    settings.results = results
    settings.caFile = caFile
    if let answersTo {
      settings.dryRunFolder = answersTo
    } else if let smtp {
      do {
        settings.submission = try SubmissionURL(parsing: smtp)
      } catch {
        CommandSupport.fail("--smtp: \(error.message)", code: 64)
      }
      settings.password = Self.password(
        file: smtpPasswordFile, option: "--smtp-password-file", variable: "BECSCOPE_SMTP_PASSWORD")
    }
    return settings
  }

  func run() async throws {
    let url: MailboxURL
    do {
      url = try MailboxURL(parsing: imap, startTLS: starttls)
    } catch {
      CommandSupport.fail("--imap: \(error.message)", code: 64)
    }
    var settings = ReportMailbox.Settings(
      url: url,
      password: Self.password(file: passwordFile, option: "--password-file", variable: "BECSCOPE_IMAP_PASSWORD"))
    settings.answers = answerSettings(mailbox: url)
    settings.caFile = caFile
    settings.processedFolder = keepInPlace ? nil : processed
    settings.caseName = self.case
    if let stop = ProcessInfo.processInfo.environment["BECSCOPE_TEST_STOP_AFTER_STORE"].flatMap(Int.init) {
      // A test hook: the process dies after storing `stop` reports and before moving them.
      settings.afterStore = { stored in if stored >= stop { _exit(75) } }
    }
    let profile = try CommandSupport.profile(org)
    let store = await StoreLocation.open(storage.location)
    let analyzer = try CommandSupport.analyzer(profile: profile, offline: true, dns: nil)
    let service = CaseService(
      store: store, investigator: Investigator(profile: profile, analyzer: analyzer),
      context: (profile?.analysisInput ?? []) + Array("\u{0}dkim:false".utf8))
    var logger = Logger(label: "becscope.intake")
    logger.logLevel = once ? .warning : .info
    let mailbox = ReportMailbox(settings: settings, service: service, logger: logger)
    if once {
      let pass: ReportMailbox.Pass
      do {
        pass = try await mailbox.runOnce()
      } catch let error as IMAPError {
        CommandSupport.fail("\(url): \(error)", code: Self.status(of: error))
      } catch let error as CaseError {
        CommandSupport.fail("\(error)", code: error.exitStatus)
      }
      report(pass, url: url)
      if !pass.unreadable.isEmpty {
        CommandSupport.fail("\(pass.unreadable.count) report(s) could not be taken (named above)", code: 66)
      }
      if pass.answers.failed > 0 {
        CommandSupport.fail(
          "\(pass.answers.failed) answer(s) to reporters could not be sent (logged above); the next pass tries again",
          code: 75)
      }
      return
    }
    CommandSupport.status("reading \(url) into case \"\(self.case)\" (Ctrl-C stops)")
    let json = json
    await mailbox.run { pass in
      if json || pass.fetched > 0 || !pass.unreadable.isEmpty || pass.answers != ReporterAnswers.Outcome() {
        report(pass, url: url)
      }
    }
  }

  func report(_ pass: ReportMailbox.Pass, url: MailboxURL) {
    for reason in pass.unreadable { CommandSupport.warn("\(reason); not taken") }
    if json {
      let object: [String: Any] = [
        "mailbox": url.description, "uidvalidity": pass.uidValidity, "fetched": pass.fetched, "added": pass.added,
        "repeats": pass.repeats, "moved": pass.moved, "unreadable": pass.unreadable,
        "answers": [
          "sent": pass.answers.sent, "dry_run": pass.answers.dryRun, "failed": pass.answers.failed,
          "skipped": pass.answers.skipped,
        ],
      ]
      if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
    } else {
      CommandSupport.status(
        "\(url): \(pass.fetched) report(s) read, \(pass.added) new, \(pass.repeats) already in the case, \(pass.moved) moved, \(pass.unreadable.count) not taken"
          + (answerSummary(pass.answers) ?? ""))
    }
  }

  func answerSummary(_ o: ReporterAnswers.Outcome) -> String? {
    guard o != ReporterAnswers.Outcome() else { return nil }
    return "; answers: \(o.sent) sent, \(o.dryRun) written, \(o.failed) failed, \(o.skipped) not answered"
  }

  /// 69 the server cannot be reached or spoke no IMAP, 77 it refused the sign-in, 64 settings.
  static func status(of error: IMAPError) -> Int32 {
    switch error.kind {
    case .authentication: 77
    case .configuration: 64
    default: 69
    }
  }
}
