import Analysis
import CaseStorage

extension Verdict {
  /// The verdict an analyst gave in place of becscope's: the label is theirs, the reason says
  /// who decided and why, and the rules that matched stay listed (what becscope saw).
  public mutating func decided(by analyst: VerdictOverride) {
    if analyst.verdict != "bec" { scenario = nil }
    label = analyst.verdict
    reason = "set by \(analyst.user): \(analyst.reason)"
  }

  /// The verdicts an analyst may give.
  public static let analystLabels = ["bec", "phishing", "spam", "suspicious", "clean"]
}
