import Foundation
import MailCore
import Yams

/// A detection rule: a named combination of signals that votes for a label.
public struct Rule: Sendable, Hashable, Codable {
  public var id: String
  public var description: String
  public var severity: Severity
  /// `bec`, `phishing`, `spam` or `suspicious`.
  public var label: String
  public var score: Int
  /// Every one of these signals.
  public var all: [String]?
  /// At least one of these.
  public var any: [String]?
  /// None of these.
  public var none: [String]?
  /// For `bec` rules, the FBI scenario it recognises: `ceo-fraud`, `invoice-fraud`,
  /// `account-compromise`, `attorney-impersonation`, `data-theft`, `payroll-diversion`,
  /// `gift-card` (see ``Rule/scenarios``).
  public var scenario: String?

  /// The scenario names a rule may give.
  public static let scenarios: Set<String> = [
    "ceo-fraud", "invoice-fraud", "account-compromise", "attorney-impersonation", "data-theft", "payroll-diversion",
    "gift-card", "domain-impersonation",
  ]

  public func matches(_ signals: Signals) -> Bool {
    if let all, !all.allSatisfy(signals.has) { return false }
    if let any, !any.isEmpty, !any.contains(where: signals.has) { return false }
    if let none, none.contains(where: signals.has) { return false }
    return all != nil || any != nil
  }

  static let labels: Set<String> = ["bec", "phishing", "spam", "suspicious"]

  /// Reads a YAML list of rules.
  public static func load(yaml text: String, path: String) throws(FileError) -> [Rule] {
    let rules: [Rule]
    do {
      rules = try YAMLDecoder().decode([Rule].self, from: text)
    } catch {
      throw FileError(path: path, reason: "not a valid rule list (\(error))")
    }
    for rule in rules {
      guard labels.contains(rule.label) else {
        throw FileError(path: path, reason: "rule \(rule.id): unknown label \(rule.label)")
      }
      if let scenario = rule.scenario, !scenarios.contains(scenario) {
        throw FileError(path: path, reason: "rule \(rule.id): unknown scenario \(scenario)")
      }
      guard (0...100).contains(rule.score) else {
        throw FileError(path: path, reason: "rule \(rule.id): score must be 0–100")
      }
      let used = (rule.all ?? []) + (rule.any ?? []) + (rule.none ?? [])
      guard !used.isEmpty else { throw FileError(path: path, reason: "rule \(rule.id) has no condition") }
    }
    return rules
  }

  /// The rules shipped in `Data/rules.yaml`.
  public static let shipped: [Rule] = {
    do {
      return try load(yaml: ShippedData.text("rules.yaml"), path: "rules.yaml")
    } catch {
      ShippedData.broken("rules.yaml", error)
    }
  }()

  /// `base` with `extra` added; a rule with an existing id replaces it.
  public static func merge(_ base: [Rule], _ extra: [Rule]) -> [Rule] {
    var out = base
    for rule in extra {
      if let i = out.firstIndex(where: { $0.id == rule.id }) { out[i] = rule } else { out.append(rule) }
    }
    return out
  }
}

/// The verdict: the label and score of the strongest matching rule, every match listed.
public struct Verdict: Sendable, Hashable, Codable {
  public var label: String
  public var score: Int
  public var matched: [Rule]
  /// Why no verdict could be reached, for the label `unreadable`.
  public var reason: String? = nil
  /// The BEC scenario, for the label `bec`: what the message asks for first (see ``Scenario``).
  public var scenario: String? = nil

  /// The verdict for input that holds no message to judge: never `clean`.
  public static func unreadable(_ reason: String) -> Verdict {
    Verdict(label: "unreadable", score: 0, matched: [], reason: reason)
  }

  static let priority = ["bec": 4, "phishing": 3, "spam": 2, "suspicious": 1]

  public static func decide(_ rules: [Rule], signals: Signals) -> Verdict {
    let matched = rules.filter { $0.matches(signals) }
    guard let top = matched.max(by: { ($0.score, priority[$0.label] ?? 0) < ($1.score, priority[$1.label] ?? 0) })
    else {
      return Verdict(label: "clean", score: signals.has("sender.outside") ? 5 : 0, matched: [])
    }
    // Each further rule for the same label adds a little confidence.
    let others = matched.filter { $0.id != top.id && $0.label == top.label }.count
    let scenario = top.label == "bec" ? Scenario.name(matched: matched, signals: signals) : nil
    return Verdict(label: top.label, score: min(100, top.score + 3 * others), matched: matched, scenario: scenario)
  }
}
