import Analysis
import Foundation
import Investigation

/// Every word of the case report, in English and Japanese: the renderers look phrases up here
/// and never write prose of their own.
public enum ReportLanguage: String, Sendable, CaseIterable {
  case en, ja
}

struct ReportText: Sendable {
  let language: ReportLanguage

  subscript(_ key: Key) -> String {
    switch language {
    case .en: key.english
    case .ja: key.japanese
    }
  }

  enum Key: Sendable {
    case title, summary, campaign, senders, subjects, originIPs, firstSeen, lastSeen
    case targets, recipients, address, kind, employee, pattern, breaches, headersOrigin, reputation
    case leakedData, commonBreaches, dataClasses, none, notChecked, socialExposure, searches
    case attackFlow, recommendations, iocs, type, defanged, unknown, message, from
    case subject, date, body, attachments, timeline, notes, conclusions, impersonates, generatedAt, reported,
      foundInMailbox,
      intelNotAsked
    case recommendBlock, recommendWarn, recommendAwareness, recommendSNS, recommendReport, safeRendering
    case kindEmployee, kindPersonal, kindGenerated, kindUnknownInternal, kindExternal, reportedBy
    case label(String)

    var english: String {
      switch self {
      case .title: "Investigation report"
      case .summary: "Summary"
      case .campaign: "Campaign"
      case .senders: "Senders"
      case .subjects: "Subjects"
      case .originIPs: "Origin IPs"
      case .firstSeen: "First seen"
      case .lastSeen: "Last seen"
      case .targets: "Who received it"
      case .recipients: "Recipients"
      case .address: "Address"
      case .kind: "Kind"
      case .employee: "Employee"
      case .pattern: "Pattern"
      case .breaches: "Breaches"
      case .headersOrigin: "Headers and origin"
      case .reputation: "IP and domain reputation"
      case .leakedData: "Leaked-data analysis"
      case .commonBreaches: "Breaches common to all private addresses"
      case .dataClasses: "Data classes exposed"
      case .none: "none"
      case .notChecked: "not checked (breach lookups not enabled)"
      case .socialExposure: "Social exposure"
      case .searches: "Searches to make"
      case .attackFlow: "Inferred attack flow"
      case .recommendations: "Recommendations"
      case .iocs: "Indicators of compromise (defanged)"
      case .type: "Type"
      case .defanged: "Defanged"
      case .unknown: "unknown"
      case .message: "The message"
      case .from: "From"
      case .subject: "Subject"
      case .date: "Date"
      case .body: "Text (as sent, rendered inert)"
      case .attachments: "Attachments"
      case .timeline: "Timeline"
      case .notes: "Analyst notes"
      case .conclusions: "Conclusions"
      case .impersonates: "Impersonates"
      case .generatedAt: "Generated"
      case .reported: "reported"
      case .foundInMailbox: "found in a mailbox"
      case .intelNotAsked: "not looked up (offline, or no intelligence source configured)"
      case .recommendBlock: "Block the sender addresses and origin IPs listed below at the mail gateway."
      case .recommendWarn: "Warn the targeted employees, on their corporate and private addresses, not to reply."
      case .recommendAwareness:
        "Recommended: have every request for a payment, a gift card or data confirmed through another channel (a call to a number on file), whoever appears to send it."
      case .recommendSNS:
        "Staff whose employer is public on business social networks are easy to target: explain the risk."
      case .recommendReport: "Keep reporting: the copies found here were reported by employees."
      case .safeRendering: "Links are shown defanged and are not clickable; no remote content is loaded."
      case .kindEmployee: "corporate"
      case .kindPersonal: "private"
      case .kindGenerated: "generated (does not exist)"
      case .kindUnknownInternal: "unknown internal"
      case .kindExternal: "external"
      case .reportedBy: "Reported by"
      case .label(let l):
        ["bec": "BEC", "phishing": "Phishing", "spam": "Spam", "suspicious": "Suspicious", "clean": "Clean"][l] ?? l
      }
    }

    var japanese: String {
      switch self {
      case .title: "調査報告書"
      case .summary: "概要"
      case .campaign: "キャンペーン"
      case .senders: "送信元アドレス"
      case .subjects: "件名"
      case .originIPs: "送信元IPアドレス"
      case .firstSeen: "初回受信日時"
      case .lastSeen: "最終受信日時"
      case .targets: "受信者"
      case .recipients: "宛先"
      case .address: "アドレス"
      case .kind: "種別"
      case .employee: "従業員"
      case .pattern: "生成パターン"
      case .breaches: "漏えい事案"
      case .headersOrigin: "ヘッダーと送信元"
      case .reputation: "IPアドレスとドメインのレピュテーション"
      case .leakedData: "漏えい情報の分析"
      case .commonBreaches: "すべての私用アドレスに共通する漏えい事案"
      case .dataClasses: "漏えいした情報の種類"
      case .none: "なし"
      case .notChecked: "未確認（HIBPによる漏えい情報の照会が無効です）"
      case .socialExposure: "SNSでの公開状況"
      case .searches: "確認用の検索リンク"
      case .attackFlow: "推定される攻撃の流れ"
      case .recommendations: "推奨対応"
      case .iocs: "IOC（無害化済み）"
      case .type: "種類"
      case .defanged: "無害化表記"
      case .unknown: "不明"
      case .message: "メールの内容"
      case .from: "差出人"
      case .subject: "件名"
      case .date: "日時"
      case .body: "本文（受信時の原文を無害化して表示）"
      case .attachments: "添付ファイル"
      case .timeline: "時系列"
      case .notes: "分析者メモ"
      case .conclusions: "結論"
      case .impersonates: "なりすまし対象"
      case .generatedAt: "作成日時"
      case .reported: "従業員からの報告"
      case .foundInMailbox: "メールボックス調査で発見"
      case .intelNotAsked: "未照会（オフライン、または情報源が設定されていません）"
      case .recommendBlock: "下記IOCの送信元アドレスと送信元IPアドレスを、メールゲートウェイで遮断してください。"
      case .recommendWarn: "標的となった従業員に、会社アドレス・私用アドレスのどちらに届いたメールにも返信しないよう注意喚起してください。"
      case .recommendAwareness: "送金・ギフトカード・情報提供の依頼は、差出人が誰であっても、登録済みの電話番号への連絡など別の経路で確認するよう徹底することを推奨します。"
      case .recommendSNS: "ビジネスSNSで勤務先を公開している従業員は標的になりやすいため、そのリスクを説明してください。"
      case .recommendReport: "今回の検体は従業員の報告で見つかりました。引き続き報告を呼びかけてください。"
      case .safeRendering: "リンクは無害化して表示し、クリックできません。外部コンテンツは読み込みません。"
      case .kindEmployee: "会社アドレス"
      case .kindPersonal: "私用アドレス"
      case .kindGenerated: "生成アドレス（実在しない）"
      case .kindUnknownInternal: "名簿にない社内アドレス"
      case .kindExternal: "社外アドレス"
      case .reportedBy: "報告者"
      case .label(let l):
        ["bec": "ビジネスメール詐欺（BEC）", "phishing": "フィッシング", "spam": "スパム", "suspicious": "不審", "clean": "問題なし"][l] ?? l
      }
    }
  }

  func kind(_ raw: String) -> String {
    switch raw {
    case "employee": self[.kindEmployee]
    case "personal": self[.kindPersonal]
    case "generated": self[.kindGenerated]
    case "unknown-internal": self[.kindUnknownInternal]
    default: self[.kindExternal]
    }
  }
}

extension ReportText {
  /// "7 copies from a@b[.]c to 7 employees" / "送信元 a@b[.]c から7通、従業員7名".
  func campaignLine(copies: Int, senders: [String], employees: Int) -> String {
    switch language {
    case .en:
      "\(copies) \(copies == 1 ? "copy" : "copies") from \(senders.joined(separator: ", ")) to \(employees) \(employees == 1 ? "employee" : "employees")"
    case .ja: "送信元 \(senders.joined(separator: "、")) から従業員\(employees)名へ\(copies)通"
    }
  }

  /// A recipient's breaches for a table cell: their names, "none", or a dash when not looked up.
  func breaches(_ names: [String]?) -> String {
    names.map { $0.isEmpty ? self[.none] : $0.joined(separator: ", ") } ?? "—"
  }

  /// An evidence line of a conclusion or a flow step in the report's language: the data
  /// (addresses, names, patterns, quoted phrases) stays as it is, the words around it follow the
  /// table below.
  func evidence(_ line: String) -> String {
    // Addresses, domains and IPs in evidence are shown defanged, as everywhere in the report.
    var s = Defang.defangText(patternsInWords(line))
    if s.hasPrefix("verdict "), let verdict = Self.verdict(s) {
      return language == .ja
        ? "判定: \(self[.label(verdict.label)])、スコア \(verdict.score)/100"
        : "verdict: \(self[.label(verdict.label)]) (score \(verdict.score)/100)"
    }
    guard language == .ja else { return s }
    if let colon = s.range(of: ": \""), let cue = Self.cueNames[String(s[..<colon.lowerBound])] {
      return "\(cue): " + "「\(s[colon.upperBound...].dropLast())」"
    }
    for (english, japanese) in Self.evidenceWords where s.hasPrefix(english) {
      s = japanese + s.dropFirst(english.count)
      break
    }
    for (english, japanese) in Self.evidenceInfixes where s.contains(english) {
      s = s.replacingAll(english, with: japanese)
    }
    s = provider(s)
    s = s.replacingOccurrences(
      of: #"VirusTotal: ([0-9]+) malicious detections"#, with: "VirusTotal: 悪性判定$1件", options: .regularExpression)
    s = s.replacingOccurrences(
      of: #"AbuseIPDB ([0-9]+)/100"#, with: "AbuseIPDB スコア $1/100", options: .regularExpression)
    // "stakada@… = {pattern} of sho.takada@…" and "stakada@… for 高田 翔": an address, then whose.
    if let eq = s.range(of: " = "), let of = s.range(of: " of ", range: eq.upperBound..<s.endIndex),
      s[..<eq.lowerBound].contains("@")
    {
      return "\(s[..<eq.lowerBound]) = \(s[eq.upperBound..<of.lowerBound])（\(s[of.upperBound...])）"
    }
    let words = s.split(separator: " ", omittingEmptySubsequences: false)
    if words.count >= 3, words[0].contains("@"), words[1] == "for" {
      return "\(words[0])（\(words[2...].joined(separator: " "))）"
    }
    return s
  }

  /// "verdict bec 100/100" → its label and score.
  private static func verdict(_ line: String) -> (label: String, score: String)? {
    let words = line.split(separator: " ")
    guard words.count == 3, words[0] == "verdict", words[2].hasSuffix("/100") else { return nil }
    return (String(words[1]), String(words[2].dropLast(4)))
  }

  /// The lure cues (`cues.yaml`) by name.
  private static let cueNames = [
    "urgency": "緊急性", "secrecy": "秘密保持の依頼", "availability-probe": "都合の確認", "reply-request": "返信の要求",
    "payment": "支払い", "gift-card": "ギフトカード", "bank-change": "口座変更", "payroll": "給与", "chat-move": "チャットへの誘導",
    "invoice": "請求書", "credential": "認証情報", "spam": "スパム", "prize": "当選", "callback": "電話への誘導",
    "payment-hold": "支払い保留", "attorney": "弁護士", "deal": "取引", "data-request": "情報の要求", "sales-pitch": "営業",
  ]

  private static let evidenceWords: [(String, String)] = [
    ("private address targeted: ", "標的となった私用アドレス: "), ("sender ", "送信元アドレス "), ("provider ", "メール事業者 "),
    ("origin IP ", "送信元IPアドレス "),
  ]

  private static let evidenceInfixes: [(String, String)] = [
    (": no breach", ": 漏えい事案なし"), (" (not listed, matched by name)", "（名簿に未登録。氏名から本人と推定）"), (" (listed)", "（名簿に登録済み）"),
    (" — private ", " — 私用アドレス "), (", generated ", "、生成アドレス "), (", corporate ", "、会社アドレス "),
    (" — generated ", " — 生成アドレス "), (" — corporate ", " — 会社アドレス "),
  ]

  /// A campaign's conclusion in the report's language.
  func conclusion(_ c: Conclusion) -> String {
    guard language == .ja else { return patternsInWords(c.text) }
    let v = c.values
    switch c.id {
    case "addresses-generated-from-names":
      return "生成アドレス\(v["total"] ?? "")件のうち\(v["count"] ?? "")件が「\(pattern(v["pattern"] ?? ""))」の形式です"
        + (v["real"].map { $0.isEmpty ? "" : "（実際のアドレスの形式は「\(pattern($0))」）" } ?? "")
    case "breaches-unknown": return "HIBPによる漏えい情報の照会が無効のため、私用アドレスの入手元は不明です"
    case "private-addresses-in-breaches":
      return "私用アドレス\(v["total"] ?? "")件のうち\(v["count"] ?? "")件が、1件以上の漏えい事案に含まれています"
    case "lists-combined":
      return "\(v["total"] ?? "")件の私用アドレスをすべて含む漏えい事案はありません。攻撃者は複数のリストを組み合わせたと考えられます"
    case "common-breach": return "すべての私用アドレスが \(v["breaches"] ?? "") に含まれており、これが入手元である可能性があります"
    case "employer-link-elsewhere":
      return "いずれの漏えい事案にも勤務先や役職は含まれていません。個人と会社の結びつきは別の情報源から得られたと考えられます"
    case "employer-in-breach": return "勤務先を含む漏えい事案: \(v["breaches"] ?? "")"
    case "generated-not-leaked":
      return "生成された会社アドレス\(v["total"] ?? "")件はどの漏えい事案にも含まれていません。漏えいではなく氏名から作られたと考えられます"
    case "social-exposure":
      return "標的となった従業員\(v["total"] ?? "")名のうち\(v["count"] ?? "")名が、公開プロフィールに勤務先を記載しています"
    default: return c.text
    }
  }

  /// A step of the attack flow in the report's language.
  func step(_ s: FlowStep) -> String {
    guard language == .ja else {
      // The delivery step's dates are given in the copies table, in the organisation's time zone.
      if s.id == "delivery" {
        return "\(s.values["copies"] ?? "") copies reached \(s.values["employees"] ?? "") employees"
      }
      return patternsInWords(s.step)
    }
    let v = s.values
    switch s.id {
    case "target-list":
      return s.known
        ? "漏えいしたリストから氏名と私用アドレスを入手（\(v["conclusion"].map { conclusion(Conclusion(id: $0, text: "", evidence: [], values: v)) } ?? "")）"
        : "私用アドレスの入手元は不明（漏えい情報は未確認）"
    case "employer-link":
      return s.known ? "ビジネスSNSで勤務先を特定" : "勤務先は漏えい情報以外から入手（ビジネスSNSの可能性。公開状況は未確認）"
    case "address-generation":
      return "氏名から会社アドレスを生成（生成アドレス\(v["total"] ?? "")件のうち\(v["count"] ?? "")件が「\(pattern(v["pattern"] ?? ""))」の形式"
        + ((v["real"] ?? "").isEmpty ? "）" : "、実際の形式は「\(pattern(v["real"]!))」）")
    case "infrastructure":
      return (v["provider"] ?? "").isEmpty ? "社外の基盤から送信" : "\(provider(v["provider"]!)) のアカウントから送信"
    case "lure":
      return (v["impersonated"] ?? "").isEmpty ? "誘導メール" : "\(v["impersonated"]!)になりすました誘導メール"
    case "delivery":
      return "従業員\(v["employees"] ?? "")名に\(v["copies"] ?? "")通が着信"
    default: return s.step
    }
  }

  /// An employee's line: the campaign's summary, its words translated like any evidence line
  /// ("高田 翔 — 私用 sho.tkd@…（未登録、氏名から推定）、生成 stakada@…（{given_initial}{family}）").
  func target(_ t: EmployeeTarget) -> String {
    evidence(t.summary)
  }
}
