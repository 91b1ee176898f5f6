import Analysis

/// Turns intelligence into findings and rule signals for one message: the origin address's
/// reputation and network, the sender domain's age and reputation, the recipients' breaches.
/// The `intel.*` signals it sets are listed with the others in `Signals.catalogue`.
public enum IntelAssessment {
  /// Findings and signals from what was looked up.
  public static func assess(ip: IPIntel?, sender: DomainIntel?, accounts: [AccountIntel]) -> (
    signals: [(String, Evidence)], findings: [Finding]
  ) {
    var signals: [(String, Evidence)] = []
    var findings: [Finding] = []
    if let ip {
      if let r = ip.abuseipdb {
        let evidence = Evidence(
          "AbuseIPDB: \(ip.ip) confidence \(r.abuseConfidenceScore), \(r.totalReports ?? 0) reports, usage \(r.usageType ?? "unknown")"
        )
        if r.abuseConfidenceScore >= 25 {
          signals.append(("intel.ip-abusive", evidence))
          findings.append(
            Finding(
              id: "intel-ip-abusive", severity: r.abuseConfidenceScore >= 75 ? .high : .medium,
              title: "The origin IP \(ip.ip) is reported for abuse (confidence \(r.abuseConfidenceScore))",
              evidence: [evidence]))
        }
        if r.isHosting {
          signals.append(("intel.ip-hosting", evidence))
          findings.append(
            Finding(
              id: "intel-ip-hosting", severity: .low,
              title: "The origin IP \(ip.ip) is in hosting or a data centre (\(r.usageType ?? ""))",
              evidence: [evidence]))
        }
        if r.isTor == true {
          signals.append(("intel.ip-tor", evidence))
          findings.append(
            Finding(
              id: "intel-ip-tor", severity: .high, title: "The origin IP \(ip.ip) is a Tor exit", evidence: [evidence]))
        }
      }
      if let v = ip.virustotal, let malicious = v.stats?.malicious, malicious > 0 {
        let evidence = Evidence("VirusTotal: \(malicious) engines call \(ip.ip) malicious")
        if malicious >= 3 { signals.append(("intel.ip-abusive", evidence)) }
        findings.append(
          Finding(
            id: "intel-ip-flagged", severity: malicious >= 3 ? .high : .medium,
            title: "\(malicious) VirusTotal engines flag the origin IP \(ip.ip)", evidence: [evidence]))
      }
      let network = ip.network
      let asn = network?.asn ?? ip.virustotal?.asn
      let owner = network?.organization ?? ip.virustotal?.asOwner ?? ip.abuseipdb?.isp
      let country = network?.country ?? ip.virustotal?.country ?? ip.abuseipdb?.countryCode
      if asn != nil || owner != nil || country != nil {
        let parts = [asn.map { "AS\($0)" }, owner, country].compactMap { $0 }
        findings.append(
          Finding(
            id: "intel-ip-network", severity: .info,
            title: "The origin IP \(ip.ip) is in \(parts.joined(separator: ", "))",
            evidence: [Evidence(parts.joined(separator: " "))]))
      }
    }
    if let d = sender {
      if let age = d.ageDays {
        let evidence = Evidence(
          "\(d.domain) registered \(d.registration?.registered ?? d.virustotal?.creationDate ?? "") (\(age) days ago)")
        if age < 30 {
          signals.append(("intel.domain-young", evidence))
          findings.append(
            Finding(
              id: "intel-domain-young", severity: .high,
              title: "The sender domain \(d.domain) was registered \(age) days ago", evidence: [evidence]))
        } else if age < 180 {
          findings.append(
            Finding(
              id: "intel-domain-recent", severity: .medium,
              title: "The sender domain \(d.domain) is \(age) days old", evidence: [evidence]))
        }
      }
      if let malicious = d.virustotal?.stats?.malicious, malicious > 0 {
        let evidence = Evidence("VirusTotal: \(malicious) engines call \(d.domain) malicious")
        signals.append(("intel.domain-malicious", evidence))
        findings.append(
          Finding(
            id: "intel-domain-flagged", severity: malicious >= 3 ? .high : .medium,
            title: "\(malicious) VirusTotal engines flag the sender domain \(d.domain)", evidence: [evidence]))
      }
      if let mx = d.mx, mx.isEmpty {
        let evidence = Evidence("DNS: no MX for \(d.domain)")
        signals.append(("intel.domain-no-mx", evidence))
        findings.append(
          Finding(
            id: "intel-domain-no-mx", severity: .low, title: "The sender domain \(d.domain) receives no mail (no MX)",
            evidence: [evidence]))
      }
    }
    for account in accounts {
      guard let breaches = account.breaches, !breaches.isEmpty else { continue }
      let names = breaches.map(\.name)
      findings.append(
        Finding(
          id: "intel-recipient-breaches", severity: .info,
          title:
            "\(account.address) appears in \(breaches.count) breach(es): \(names.prefix(8).joined(separator: ", "))",
          evidence: [Evidence("HIBP: " + names.joined(separator: ", "))]))
    }
    return (signals, findings)
  }
}
