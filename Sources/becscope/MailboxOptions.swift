import ArgumentParser
import Foundation
import IMAPClient
import ReportIntake

/// The report mailbox and the answers to its reporters: the options `intake` and `serve` share
/// (`serve` reads the mailbox in the background when given `--imap`).
struct MailboxOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The report mailbox.", valueName: "imaps://USER@HOST[:PORT]/MAILBOX"))
  var imap: String?

  @Flag(help: "Upgrade an imap:// connection with STARTTLS before signing in.")
  var starttls = false

  @Option(
    help: ArgumentHelp("A file whose first line is the password (else $BECSCOPE_IMAP_PASSWORD).", valueName: "FILE"))
  var passwordFile: String?

  @Option(help: ArgumentHelp("PEM certificates to trust for the mail servers (a private CA).", valueName: "FILE"))
  var caFile: String?

  @Option(help: ArgumentHelp("Where taken reports are moved (made when missing).", valueName: "FOLDER"))
  var processed = "Processed"

  @Flag(help: "Leave taken reports in the mailbox, flagged $BecscopeTaken and \\Seen, instead of moving them.")
  var keepInPlace = false

  @Option(help: ArgumentHelp("The case the reports enter (id or title; made when missing).", valueName: "ID|TITLE"))
  var `case` = "Report mailbox"

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

  /// The mailbox's settings, or nil when no `--imap` was given (an option that needs it is then
  /// refused); exits on a setting that cannot be used.
  func settings() -> ReportMailbox.Settings? {
    guard let imap else {
      let orphans = [
        (starttls, "--starttls"), (passwordFile != nil, "--password-file"), (smtp != nil, "--smtp"),
        (answersTo != nil, "--answers-to"), (keepInPlace, "--keep-in-place"), (answerFrom != nil, "--answer-from"),
        (smtpPasswordFile != nil, "--smtp-password-file"), (caFile != nil, "--ca-file"),
      ].filter(\.0).map(\.1)
      if let first = orphans.first { CommandSupport.fail("\(first) needs --imap (the report mailbox)", code: 64) }
      return nil
    }
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
    return settings
  }

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

  /// The answers to reporters, when asked for; their From is `--answer-from`, else the
  /// mailbox's user name (a watched folder has none: `--answer-from` is then needed).
  func answerSettings(mailbox: MailboxURL?) -> ReporterAnswers.Settings? {
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
    guard let from = (answerFrom ?? mailbox?.user)?.lowercased() else {
      CommandSupport.fail("answers from a watched folder need --answer-from ADDRESS", code: 64)
    }
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
}
