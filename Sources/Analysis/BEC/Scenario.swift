/// The FBI scenario a `bec` verdict names, decided by what the message asks for before who it
/// pretends to be: an executive's name on a free-mail address that asks for gift cards is the
/// gift-card scenario, one that asks for W-2 forms is data theft, and only a bare transfer or
/// payment request under an executive's name is CEO fraud.
///
/// The order, first match wins:
/// 1. `gift-card`: gift cards asked for.
/// 2. `data-theft`: employee or tax data asked for (a data-theft rule matched).
/// 3. `attorney-impersonation`: a lawyer's pretext (an attorney rule matched).
/// 4. `account-compromise`: a known correspondent's thread or address changes the payment
///    details or the sender (an account-compromise rule matched).
/// 5. `invoice-fraud`: a look-alike of a supplier's domain, or payment details not on file.
/// 6. `payroll-diversion`: salary or an employee's own bank account, under an employee's name
///    (not an executive's) or about payroll, and no invoice.
/// 7. `ceo-fraud`: an executive's name.
/// 8. `invoice-fraud`: any other bank change or invoice.
/// 9. otherwise the scenario of the strongest `bec` rule that names one (`domain-impersonation`
///    for a look-alike or spoofed organisation domain with nothing else to go on).
enum Scenario {
  static func name(matched: [Rule], signals: Signals) -> String? {
    let bec = matched.filter { $0.label == "bec" }
    guard !bec.isEmpty else { return nil }
    let named = Set(bec.compactMap(\.scenario))
    let has = signals.has
    if has("content.gift-card") { return "gift-card" }
    for scenario in ["data-theft", "attorney-impersonation", "account-compromise"] where named.contains(scenario) {
      return scenario
    }
    if has("sender.lookalike-vendor") || has("payment.changed") { return "invoice-fraud" }
    let aboutOwnAccount =
      has("content.payroll")
      || (has("impersonation.employee") && !has("impersonation.executive") && has("content.bank-change"))
    if aboutOwnAccount, !has("content.invoice") { return "payroll-diversion" }
    if has("impersonation.executive") { return "ceo-fraud" }
    if has("content.bank-change") || has("content.invoice") { return "invoice-fraud" }
    return bec.filter { $0.scenario != nil }.max { $0.score < $1.score }?.scenario
  }
}
