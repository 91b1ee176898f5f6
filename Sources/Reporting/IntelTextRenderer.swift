import Analysis
import Intelligence

/// The facts an analyst reads from intelligence, one line each, indicators defanged.
public enum IntelTextRenderer {
  /// Lines for a message's intelligence.
  public static func facts(_ intel: MessageIntel) -> [String] {
    (intel.origin.map(facts) ?? []) + (intel.senderDomain.map(facts) ?? []) + intel.recipients.flatMap(facts)
  }

  public static func facts(_ ip: IPIntel) -> [String] {
    var out: [String] = []
    let shown = Defang.defang(ip.ip, as: ip.ip.contains(":") ? .ipv6 : .ipv4)
    if let r = ip.abuseipdb {
      out.append(
        "\(shown): AbuseIPDB confidence \(r.abuseConfidenceScore)/100, \(r.totalReports ?? 0) reports, \(r.usageType ?? "usage unknown"), \(r.isp ?? "ISP unknown")\(r.isTor == true ? ", Tor exit" : "")"
      )
    }
    if let v = ip.virustotal {
      out.append(
        "\(shown): VirusTotal \(v.stats?.malicious ?? 0) malicious / \(v.stats?.suspicious ?? 0) suspicious, reputation \(v.reputation ?? 0)"
      )
    }
    if let n = ip.network {
      let parts = [n.asn.map { "AS\($0)" }, n.organization, n.isp, n.country].compactMap { $0 }
      if !parts.isEmpty { out.append("\(shown): " + parts.joined(separator: ", ") + " (MaxMind DB)") }
    }
    if let names = ip.reverseDNS {
      out.append(
        "\(shown): reverse DNS "
          + (names.isEmpty ? "none" : names.map { Defang.defang($0, as: .domain) }.joined(separator: ", ")))
    }
    return out
  }

  public static func facts(_ d: DomainIntel) -> [String] {
    var out: [String] = []
    let shown = Defang.defang(d.domain, as: .domain)
    if let age = d.ageDays {
      let date = d.registration?.registered ?? d.virustotal?.creationDate ?? ""
      out.append(
        "\(shown): registered \(date) (\(age) days ago)\(d.registration?.registrar.map { " via \($0)" } ?? "")")
    } else if d.registration == nil {
      out.append("\(shown): registration date unknown")
    }
    if let v = d.virustotal {
      out.append(
        "\(shown): VirusTotal \(v.stats?.malicious ?? 0) malicious / \(v.stats?.suspicious ?? 0) suspicious\(v.categories.isEmpty ? "" : ", " + v.categories.joined(separator: ", "))"
      )
    }
    if let mx = d.mx {
      out.append(
        "\(shown): MX " + (mx.isEmpty ? "none" : mx.map { Defang.defang($0, as: .domain) }.joined(separator: ", ")))
    }
    if d.mx != nil || d.spf != nil || d.dmarc != nil {
      out.append("\(shown): SPF \(d.spf ?? "none"); DMARC \(d.dmarc ?? "none")")
    }
    return out
  }

  public static func facts(_ a: AccountIntel) -> [String] {
    guard let breaches = a.breaches else { return [] }
    let shown = Defang.defang(a.address, as: .email)
    if breaches.isEmpty { return ["\(shown): in no known breach (HIBP)"] }
    return breaches.map { b in
      "\(shown): \(b.title ?? b.name) (\(b.breachDate ?? "date unknown")): \(b.dataClasses.joined(separator: ", "))"
    }
  }
}
