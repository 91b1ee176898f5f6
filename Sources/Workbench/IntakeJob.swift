import Foundation
import ReportIntake
import ServiceLifecycle

/// The report mailbox read in the background of `becscope serve`: reports taken as they arrive,
/// answers sent, failures logged and kept in the status the inbox page shows; stops with the
/// server.
struct IntakeJob: Service {
  let mailbox: ReportMailbox
  let status: IntakeStatus

  func run() async throws {
    mailbox.logger.info("reading the report mailbox \(mailbox.settings.url) into case \"\(mailbox.settings.caseName)\"")
    await cancelWhenGracefulShutdown {
      await mailbox.run(status: status) { pass in
        guard !pass.isQuiet else { return }
        mailbox.logger.info(
          "report mailbox: \(pass.fetched) read, \(pass.added) new, \(pass.repeats) repeat(s), \(pass.unreadable.count) not taken; answers \(pass.answers.sent) sent, \(pass.answers.dryRun) written, \(pass.answers.failed) failed"
        )
      }
    }
  }
}
