import Analysis
import ArgumentParser
import Foundation
import MailCore
import Reporting

/// `becscope rules`: the detection rules in force, and what one rule says about messages.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the detection rules, or test one rule against messages.",
    discussion: """
      Rules are data (YAML): which combination of signals means BEC, phishing, spam or suspicious. The defaults ship with becscope; an organisation profile adds rules or replaces one with the same id (`rules: my-rules.yaml` in org.yaml). See docs/rules.md for the signals.
      """,
    subcommands: [List.self, Test.self]
  )

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rules in force and the signals they can use.")

    @Option(help: ArgumentHelp("The organisation profile, whose rules are added.", valueName: "ORG"))
    var org: String?

    @Flag(help: "Also list every signal a rule can use.")
    var signals = false

    func run() throws {
      let analyzer = Analyzer(profile: try CommandSupport.profile(org))
      for rule in analyzer.rules {
        var condition: [String] = []
        if let all = rule.all { condition.append("all of [\(all.joined(separator: ", "))]") }
        if let any = rule.any { condition.append("any of [\(any.joined(separator: ", "))]") }
        if let none = rule.none { condition.append("none of [\(none.joined(separator: ", "))]") }
        print(
          "\(rule.id)  \(rule.label) \(rule.score)  [\(rule.severity.rawValue)]"
            + (rule.scenario.map { "  scenario \($0)" } ?? ""))
        print("    \(rule.description)")
        print("    when \(condition.joined(separator: ", "))")
      }
      if signals {
        print("\nSignals (plus content.<cue> for every cue in cues.yaml):")
        for (name, meaning) in Signals.catalogue { print("  \(name): \(meaning)") }
      }
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show whether a rule matches each message, with the signals it saw.")

    @Argument(help: "The rule id (see `becscope rules list`).")
    var rule: String

    @Argument(help: "Messages to test.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("The organisation profile.", valueName: "ORG"))
    var org: String?

    func validate() throws {
      if inputs.isEmpty { throw ValidationError("give at least one message to test the rule against") }
    }

    func run() throws {
      let analyzer = Analyzer(profile: try CommandSupport.profile(org))
      guard let rule = analyzer.rules.first(where: { $0.id == self.rule }) else {
        throw ValidationError("no rule named \(self.rule) (see becscope rules list)")
      }
      var matched = 0
      for source in try CommandSupport.sources(inputs: inputs, list: nil) {
        try MessageReader(source: source).forEach { raw in
          let analysis = analyzer.analyze(MessageParser().parse(raw), source: raw.source)
          let hit = rule.matches(analysis.bec.signals)
          if hit { matched += 1 }
          print("\(hit ? "MATCH   " : "no match") \(Inert.text(raw.source))")
          print("         signals: \(analysis.bec.signals.names.joined(separator: ", "))")
        }
      }
      print("\(rule.id): \(matched) matched")
    }
  }
}
