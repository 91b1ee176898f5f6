import ArgumentParser
import CaseStorage
import Foundation
import IMAPClient
import Investigation
import Logging
import NIOCore
import ReportIntake

/// `becscope intake`: reports read from the report mailbox over IMAP, or from a folder a gateway
/// drops them into, into a case.
struct IntakeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "intake",
    abstract: "Take reported mail from the report mailbox (IMAP) or a watched folder into a case.",
    discussion: """
      Reads the mailbox employees forward suspicious mail to (such as security@), takes each message into a case as a report (attached originals, .msg files and inline forwards are unwrapped; the forwarder is the reporter), then moves it to a processed folder. Each message enters the case once, even when a run is stopped between storing and moving it. Without --once it keeps reading: new reports are taken as they arrive (IDLE, else polling), and a lost connection is made again.

      The password comes from $BECSCOPE_IMAP_PASSWORD or --password-file, never the command line. imaps:// is TLS from the first byte (port 993); imap:// with --starttls upgrades before signing in; imap:// without it is plain text and allowed to a loopback host only. The server's certificate is verified (--ca-file for a private CA). The store is the workbench's (--data, --store): the reports appear in its inbox; `becscope investigate --store … --case "Report mailbox" --out DIR` builds the case from them.

      --watch DIR instead reads the files a mail gateway drops into DIR (one message each: .eml, .msg, or any RFC 5322 file; a file changed in the last 2 seconds is left for the next pass, as it may still be being written). Each is taken like a message of the mailbox, then moved to DIR/Processed (--processed); a file that cannot be taken is moved to DIR/Unreadable and named in the output. Subfolders and hidden files are left alone. Without --once the folder is read again every 5 seconds.

      The workbench can read the mailbox itself: `becscope serve --imap …` takes the same options and shows the intake's progress and errors on its inbox page.

      Answering the reporters (--smtp, or --answers-to DIR for a dry run): each reporter in the organisation's domains gets an acknowledgement when the report is taken, and the result once an analyst decides the verdict (workbench, API) or the case is closed. Answers are in the reporter's language (the directory's language column, else the profile's language:, else English), reply to the report (In-Reply-To), never quote its links or attachments, and are recorded in the case's audit log, which keeps each from being sent twice.

      Examples:
        BECSCOPE_IMAP_PASSWORD=… becscope intake --imap imaps://security@mail.example.com/INBOX --once
        becscope intake --imap imaps://security@corp.example/INBOX --org org.yaml --smtp smtp://security@smtp.corp.example --smtp-password-file /etc/becscope/smtp.pass
        becscope intake --imap imaps://security@corp.example/INBOX --org org.yaml --answers-to /tmp/answers --once
        becscope intake --imap imap://security@mail.example.com/INBOX --starttls --password-file /etc/becscope/imap.pass
        becscope intake --imap imaps://security@corp.example/INBOX --keep-in-place --case "Reported 2026-12"
        becscope intake --watch /var/spool/reports --org org.yaml --once --json
      """
  )

  @OptionGroup(title: "The report mailbox") var mailbox: MailboxOptions

  @Option(
    help: ArgumentHelp(
      "Take the mail files a gateway drops into this folder (instead of --imap); taken files are moved to its --processed subfolder.",
      valueName: "DIR"))
  var watch: String?

  @Flag(help: "One pass over the mailbox or folder, then stop (else keep reading).")
  var once = false

  @Option(help: ArgumentHelp("The organisation profile the reports are analysed with.", valueName: "ORG"))
  var org: String?

  @Flag(help: "Print each pass as a JSON object on standard output.")
  var json = false

  @OptionGroup var storage: DataOptions

  func validate() throws {
    if mailbox.imap == nil, watch == nil {
      throw ValidationError("give the report mailbox (--imap imaps://USER@HOST/MAILBOX) or a folder (--watch DIR)")
    }
    if mailbox.imap != nil, watch != nil { throw ValidationError("--imap and --watch: give one") }
    if let watch {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: watch, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("--watch \(watch): no such folder")
      }
    }
    if watch != nil, mailbox.keepInPlace || mailbox.starttls || mailbox.passwordFile != nil {
      throw ValidationError("--keep-in-place, --starttls and --password-file are for --imap; --watch reads files")
    }
  }

  func run() async throws {
    let profile = try CommandSupport.profile(org)
    let store = await StoreLocation.open(storage.location)
    let analyzer = try CommandSupport.analyzer(profile: profile, offline: true, dns: nil)
    let service = CaseService(
      store: store, investigator: Investigator(profile: profile, analyzer: analyzer),
      context: (profile?.analysisInput ?? []) + Array("\u{0}dkim:false".utf8))
    var logger = Logger(label: "becscope.intake")
    logger.logLevel = once ? .warning : .info
    if let watch {
      try await runFolder(watch, service: service, logger: logger)
      return
    }
    guard var settings = mailbox.settings() else { return }
    let url = settings.url
    if let stop = ProcessInfo.processInfo.environment["BECSCOPE_TEST_STOP_AFTER_STORE"].flatMap(Int.init) {
      // A test hook: the process dies after storing `stop` reports and before moving them.
      settings.afterStore = { stored in if stored >= stop { _exit(75) } }
    }
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
      finish(pass, source: url.description)
      return
    }
    CommandSupport.status("reading \(url) into case \"\(settings.caseName)\" (Ctrl-C stops)")
    let json = json
    await mailbox.run { pass in
      if json || !pass.isQuiet {
        report(pass, source: url.description)
      }
    }
  }

  /// `--watch`: the folder's files, once or every few seconds.
  func runFolder(_ path: String, service: CaseService, logger: Logger) async throws {
    var settings = ReportFolder.Settings(folder: path)
    settings.processedFolder = mailbox.processed
    settings.caseName = mailbox.case
    settings.answers = mailbox.answerSettings(mailbox: nil)
    let folder = ReportFolder(settings: settings, service: service, logger: logger)
    if once {
      let pass: ReportMailbox.Pass
      do {
        pass = try await folder.runOnce()
      } catch {
        CommandSupport.fail("\(error)", code: error.exitStatus)
      }
      finish(pass, source: path)
      return
    }
    CommandSupport.status("watching \(path) for reports, into case \"\(settings.caseName)\" (Ctrl-C stops)")
    let json = json
    await folder.run { pass in
      if json || !pass.isQuiet {
        report(pass, source: path)
      }
    }
  }

  /// The end of a `--once` run: the summary, then the exit status (66 a report not taken, 75 an
  /// answer not sent).
  func finish(_ pass: ReportMailbox.Pass, source: String) {
    report(pass, source: source)
    if !pass.unreadable.isEmpty {
      CommandSupport.fail("\(pass.unreadable.count) report(s) could not be taken (named above)", code: 66)
    }
    if pass.answers.failed > 0 {
      CommandSupport.fail(
        "\(pass.answers.failed) answer(s) to reporters could not be sent (logged above); the next pass tries again",
        code: 75)
    }
  }

  func report(_ pass: ReportMailbox.Pass, source: String) {
    for reason in pass.unreadable { CommandSupport.warn("\(reason); not taken") }
    if json {
      var object: [String: Any] = [
        "fetched": pass.fetched, "added": pass.added,
        "repeats": pass.repeats, "moved": pass.moved, "unreadable": pass.unreadable,
        "answers": [
          "sent": pass.answers.sent, "dry_run": pass.answers.dryRun, "failed": pass.answers.failed,
          "skipped": pass.answers.skipped,
        ],
      ]
      if watch != nil {
        object["folder"] = source
      } else {
        object["mailbox"] = source
        object["uidvalidity"] = pass.uidValidity
      }
      if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
    } else {
      CommandSupport.status(
        "\(source): \(pass.fetched) report(s) read, \(pass.added) new, \(pass.repeats) already in the case, \(pass.moved) moved, \(pass.unreadable.count) not taken"
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
