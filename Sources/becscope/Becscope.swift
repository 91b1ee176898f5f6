import ArgumentParser
import Foundation
import Logging

/// The `becscope` command: investigates Business Email Compromise from reported mail.
@main
struct Becscope: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "becscope",
    abstract: "Investigate Business Email Compromise (BEC) from reported mail.",
    discussion: """
      becscope reads the raw messages employees reported (.eml files, directories, Maildir, mbox, or - for standard input), including messages forwarded as attachments and Japanese mail (ISO-2022-JP, Shift_JIS, EUC-JP).

      A typical investigation:
        becscope analyze --org org.yaml reported.eml        verdict, origin, impersonation, recipients, findings
        becscope investigate --org org.yaml reported/ --mailbox all.mbox --out case
                                                          campaigns, targets, breaches, attack flow, report, IOCs
        becscope intel ip 155.94.251.82                   reputation and owner of one indicator
        becscope parse MESSAGE                            how a message is built (headers, parts, defects)

      --offline guarantees that nothing leaves the machine. Intelligence sources are used only when configured (API keys, intel.yaml); see `becscope intel --help`.

      Exit status: 0 when the command ran, 64 for a usage error, 66 when an input cannot be read, 1 for anything else. Every failure prints one line on standard error.
      """,
    version: "0.1.0",
    subcommands: [
      Parse.self, Analyze.self, Investigate.self, Intel.self, StoreCommand.self, ServeCommand.self, UserCommand.self,
      TokenCommand.self, IntakeCommand.self,
      Rules.self, DefangCommand.self, RefangCommand.self,
    ]
  )

  /// Runs the command; errors become one line on standard error and the documented exit status.
  static func main() async {
    LoggingSystem.bootstrap(InertLogHandler.init)
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version.
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      let text = message(for: error).split(separator: "\n").first.map(String.init) ?? ""
      if !text.isEmpty {
        let hint = code == .validationFailure ? " (see becscope --help)" : ""
        FileHandle.standardError.write(Data("becscope: error: \(text)\(hint)\n".utf8))
      }
      Foundation.exit(code == .validationFailure ? 64 : code.rawValue)
    }
  }
}
