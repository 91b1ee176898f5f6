import Analysis
import Intelligence

/// The facts an analyst reads from intelligence, one line each, indicators defanged, in English
/// or Japanese.
public enum IntelTextRenderer {
  /// Lines for a message's intelligence.
  public static func facts(_ intel: MessageIntel, _ language: ReportLanguage = .en) -> [String] {
    (intel.origin.map { facts($0, language) } ?? []) + (intel.senderDomain.map { facts($0, language) } ?? [])
      + intel.recipients.flatMap { facts($0, language) }
  }

  public static func facts(_ ip: IPIntel, _ language: ReportLanguage = .en) -> [String] {
    let ja = language == .ja
    var out: [String] = []
    let shown = Defang.defang(ip.ip, as: ip.ip.contains(":") ? .ipv6 : .ipv4)
    if let r = ip.abuseipdb {
      let usage = r.usageType ?? (ja ? "用途不明" : "usage unknown")
      let isp = r.isp ?? (ja ? "ISP不明" : "ISP unknown")
      out.append(
        ja
          ? "\(shown): AbuseIPDB 不正利用スコア \(r.abuseConfidenceScore)/100、報告\(r.totalReports ?? 0)件、\(usage)、\(isp)\(r.isTor == true ? "、Tor出口ノード" : "")"
          : "\(shown): AbuseIPDB confidence \(r.abuseConfidenceScore)/100, \(r.totalReports ?? 0) reports, \(usage), \(isp)\(r.isTor == true ? ", Tor exit" : "")"
      )
    }
    if let v = ip.virustotal {
      let (m, s, rep) = (v.stats?.malicious ?? 0, v.stats?.suspicious ?? 0, v.reputation ?? 0)
      out.append(
        ja
          ? "\(shown): VirusTotal 悪性判定\(m)件・不審判定\(s)件、レピュテーション値 \(rep)"
          : "\(shown): VirusTotal \(m) malicious / \(s) suspicious, reputation \(rep)")
    }
    if let n = ip.network {
      let parts = [n.asn.map { "AS\($0)" }, n.organization, n.isp, n.country].compactMap { $0 }
      if !parts.isEmpty { out.append("\(shown): " + parts.joined(separator: ", ") + " (MaxMind DB)") }
    }
    if let names = ip.reverseDNS {
      let list =
        names.isEmpty ? (ja ? "なし" : "none") : names.map { Defang.defang($0, as: .domain) }.joined(separator: ", ")
      out.append(ja ? "\(shown): 逆引き \(list)" : "\(shown): reverse DNS \(list)")
    }
    return out
  }

  public static func facts(_ d: DomainIntel, _ language: ReportLanguage = .en) -> [String] {
    let ja = language == .ja
    var out: [String] = []
    let shown = Defang.defang(d.domain, as: .domain)
    if let age = d.ageDays {
      let date = d.registration?.registered ?? d.virustotal?.creationDate ?? ""
      let registrar = d.registration?.registrar
      out.append(
        ja
          ? "\(shown): 登録日 \(date)（\(age)日前）\(registrar.map { "、レジストラ \($0)" } ?? "")"
          : "\(shown): registered \(date) (\(age) days ago)\(registrar.map { " via \($0)" } ?? "")")
    } else if d.registration == nil {
      out.append(ja ? "\(shown): 登録日不明" : "\(shown): registration date unknown")
    }
    if let v = d.virustotal {
      let (m, s) = (v.stats?.malicious ?? 0, v.stats?.suspicious ?? 0)
      let categories = v.categories.isEmpty ? "" : (ja ? "、" : ", ") + v.categories.joined(separator: ", ")
      out.append(
        ja
          ? "\(shown): VirusTotal 悪性判定\(m)件・不審判定\(s)件\(categories)"
          : "\(shown): VirusTotal \(m) malicious / \(s) suspicious\(categories)")
    }
    if let mx = d.mx {
      let list = mx.isEmpty ? (ja ? "なし" : "none") : mx.map { Defang.defang($0, as: .domain) }.joined(separator: ", ")
      out.append("\(shown): MX \(list)")
    }
    if d.mx != nil || d.spf != nil || d.dmarc != nil {
      let none = ja ? "なし" : "none"
      out.append("\(shown): SPF \(d.spf ?? none); DMARC \(d.dmarc ?? none)")
    }
    return out
  }

  public static func facts(_ a: AccountIntel, _ language: ReportLanguage = .en) -> [String] {
    guard let breaches = a.breaches else { return [] }
    let ja = language == .ja
    let shown = Defang.defang(a.address, as: .email)
    if breaches.isEmpty { return [ja ? "\(shown): 既知の漏えい事案なし（HIBP）" : "\(shown): in no known breach (HIBP)"] }
    return breaches.map { b in
      "\(shown): \(b.title ?? b.name) (\(b.breachDate ?? (ja ? "日付不明" : "date unknown"))): \(b.dataClasses.joined(separator: ", "))"
    }
  }
}
