import Analysis
import ArgumentParser
import Foundation
import Reporting

/// `becscope defang`: makes the indicators in pasted text safe to share.
struct DefangCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "defang",
    abstract: "Defang URLs, mail addresses, IP addresses and domains in text (arguments or standard input).",
    discussion: """
      Examples:
        becscope defang "mail from ejbjebduffy@optimum.net, origin 155.94.251.82"
        pbpaste | becscope defang
      """)

  @Argument(help: "Text to defang; standard input when none is given.")
  var text: [String] = []

  func run() throws {
    // Pasted text is a message's text: shown through the output-safety layer, lines kept.
    print(
      Inert.lines(Defang.defangText(text.isEmpty ? CommandSupport.standardInput() : text.joined(separator: " "))),
      terminator: text.isEmpty ? "" : "\n")
  }
}

/// `becscope refang`: turns defanged indicators back into usable ones (for a blocklist).
struct RefangCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refang",
    abstract: "Undo defanging ([.] (.) [dot] [:] [@] hxxp) in text (arguments or standard input).")

  @Argument(help: "Text to refang; standard input when none is given.")
  var text: [String] = []

  func run() throws {
    print(
      Inert.lines(Defang.refang(text.isEmpty ? CommandSupport.standardInput() : text.joined(separator: " "))),
      terminator: text.isEmpty ? "" : "\n")
  }
}
