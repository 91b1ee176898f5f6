import Analysis

/// The report's sentences and labels beyond ``ReportText/Key``: one entry per phrase, English
/// and Japanese side by side, with `{name}` placeholders the builder fills. The Japanese is
/// written as a Japanese security analyst writes a report (です・ます, 全角括弧, 件・名・通).
extension ReportText {
  /// The phrase `key` in the report's language, its placeholders filled.
  func p(_ key: String, _ values: [String: String] = [:]) -> String {
    guard let entry = Self.phrases[key] else { return key }
    let template = language == .ja ? entry.ja : entry.en
    guard !values.isEmpty, template.contains("{") else { return template }
    // One pass over the template: `{name}` is replaced by its value, anything else is kept.
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}"),
        let value = values[String(rest[rest.index(after: open)..<close])]
      else {
        out.append("{")
        rest = rest[rest.index(after: open)...]
        continue
      }
      out += value
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// A remark in parentheses after a word: " (…)" / "（…）".
  func parenthesized(_ s: String) -> String { language == .ja ? "（\(s)）" : " (\(s))" }

  /// Between the items of a list in a sentence: ", " / "、".
  var listSeparator: String { language == .ja ? "、" : ", " }

  /// "… and 3 more" / "ほか3件".
  func more(_ n: Int) -> String { p("more", ["n": "\(n)"]) }

  /// A BEC scenario in words.
  func scenario(_ id: String) -> String { p("scenario." + id) == "scenario." + id ? id : p("scenario." + id) }

  /// A provider as the lists name it ("Optimum (Altice USA), ISP mail"), its kind translated.
  func provider(_ name: String) -> String {
    guard language == .ja else { return name }
    for (en, ja) in [(", ISP mail", "ISPのメールサービス "), (", mobile-carrier mail", "携帯電話会社のメール ")]
    where name.hasSuffix(en) {
      return ja + name.dropLast(en.count)
    }
    return name
  }

  /// An address pattern in words: `{given_initial}{family}` → "given-name initial + family
  /// name" / 「名の頭文字＋姓」; separators stay (`{given}.{family}` → 「名.姓」).
  func pattern(_ pattern: String) -> String {
    let words: [(String, String, String)] = [
      ("{given_initial}", "given-name initial", "名の頭文字"), ("{family_initial}", "family-name initial", "姓の頭文字"),
      ("{given}", "given name", "名"), ("{family}", "family name", "姓"),
    ]
    var out = ""
    var rest = Substring(pattern)
    var afterWord = false
    while !rest.isEmpty {
      if let w = words.first(where: { rest.hasPrefix($0.0) }) {
        if afterWord { out += language == .ja ? "＋" : " + " }
        out += language == .ja ? w.2 : w.1
        rest = rest.dropFirst(w.0.count)
        afterWord = true
      } else {
        // A separator stays visible and cannot join two words into something like a domain:
        // quoted in English, a full-width dot in Japanese.
        let c = rest.removeFirst()
        out += language == .ja ? (c == "." ? "．" : String(c)) : " \"\(c)\" "
        afterWord = false
      }
    }
    return out
  }

  /// Every address pattern in a line of evidence, in words.
  func patternsInWords(_ line: String) -> String {
    guard line.contains("{") else { return line }
    var s = line
    for p in Self.patternsLongestFirst where s.contains(p) { s = s.replacingAll(p, with: pattern(p)) }
    return s
  }

  private static let patternsLongestFirst = RecipientClassifier.patterns.sorted { $0.count > $1.count }

  /// Why becscope took the origin it did, from the rule it applied.
  func originReasoning(_ o: Origin, hops: Int) -> String {
    guard language == .ja else { return o.reasoning }
    let ip = o.ip?.text ?? "不明"
    let hop = o.hopNumber.map { "Receivedヘッダー\(hops)件中\($0)件目" } ?? ""
    switch o.rule {
    case .authenticatedSubmission:
      return "\(hop)に、\(ip) から \(o.submittedTo ?? "不明なサーバー") への認証付き送信（SMTP AUTH）が記録されています"
    case .webmailHop: return "\(hop)に、\(ip) からのWebメール送信が記録されています"
    case .webmailHeader: return "Webメールのヘッダーが送信元クライアント \(ip) を示しています"
    case .firstExternalHop:
      return "\(hop)が、受信側の組織外から届いた最初の中継です。\(ip) から受け渡されています"
    case .oldestPublicHop: return "すべての中継が受信側の事業者のものです。公開アドレスを持つ最も古い中継（\(hop)）の \(ip) を送信元としました"
    case .sendingTenantClient: return "別の Microsoft 365 テナントから中継されています。そのテナントが記録した送信元クライアントは \(ip) です"
    case nil:
      return hops == 0 ? "Receivedヘッダーがありません" : "受信側の外にある公開アドレスを記録した中継がありません"
    }
  }

  /// Why DKIM was not verified, in the report's language.
  func dkimStatus(_ status: String) -> String {
    guard language == .ja else { return status }
    switch status {
    case "not checked (offline)": return "未検証（オフライン）"
    case "not checked (no DNS server found)": return "未検証（DNSサーバーが見つかりません）"
    default: return status
    }
  }

  // swift-format-ignore
  static let phrases: [String: (en: String, ja: String)] = [
    "organization": ("Organisation", "組織"),
    "case": ("Case", "案件"),
    "analyst": ("Analyst", "担当者"),
    "analyst.none": ("not named (--analyst)", "未記入（--analyst で指定）"),
    "created": ("Case opened", "案件作成日時"),
    "updated": ("Report written", "報告書作成日時"),
    "tlp.clear": ("may be shared freely", "公開可"),
    "tlp.green": ("may be shared within the community, not publicly", "コミュニティ内で共有可（公開不可）"),
    "tlp.amber": ("recipients' organisations and their clients only, on a need-to-know basis", "受領者の組織とその顧客に限り、必要な範囲で共有可"),
    "tlp.amber+strict": ("recipients' organisation only", "受領者の組織内に限り共有可"),
    "tlp.red": ("named recipients only", "指定された受領者のみ"),
    "more": ("… and {n} more", "ほか{n}件"),
    "more.characters": ("[… {n} more characters]", "［以下{n}文字省略］"),
    "period": (".", "。"),
    "step.unsettled": ("(not settled by the evidence)", "※根拠からは確定できません"),
    "and": (" and ", "と"),
    "range": ("between {from} and {to}", "{from}から{to}にかけて"),
    "summary.what": (
      "{copies} copies of a {kind} message were sent from {sender}{provider} to {employees} employees, {when}.",
      "{when}、{kind}のメール{copies}通が {sender}{provider} から従業員{employees}名に送信されました。"
    ),
    "summary.whatImpersonating": (
      "{copies} copies of a {kind} message impersonating {who} were sent from {sender}{provider} to {employees} employees, {when}.",
      "{when}、{who}をかたるメール{copies}通が {sender}{provider} から従業員{employees}名に送信されました（手口: {kind}）。"
    ),
    "summary.private": (
      "{n} of them were also reached at private addresses.",
      "うち{n}名には私用アドレスにも届いています。"
    ),
    "summary.generated": (
      "The attacker built {count} of {total} corporate addresses from names as {pattern}.",
      "攻撃者が使った会社アドレス{total}件のうち{count}件は、氏名から「{pattern}」の形式で作られています。"
    ),
    "summary.generatedReal": (
      "The attacker built {count} of {total} corporate addresses from names as {pattern}; the real format is {real}, so the attacker guessed them rather than copied them.",
      "攻撃者が使った会社アドレス{total}件のうち{count}件は、氏名から「{pattern}」の形式で作られています。実際のアドレスの形式は「{real}」のため、攻撃者は流出したアドレスではなく、推測で作ったアドレスを使ったと考えられます。"
    ),
    "summary.breachesUnknown": (
      "Where the private addresses came from is not known: breach data was not checked.",
      "私用アドレスの入手元は、漏えい情報を確認していないため不明です。"
    ),
    "summary.noEngagement": (
      "No reply to the attacker was found in the reported messages or the swept mailboxes.",
      "報告されたメールと調査したメールボックスの中に、攻撃者への返信は見つかりませんでした。"
    ),
    "summary.engaged": (
      "{who} replied to the attacker.",
      "攻撃者に返信した従業員がいます（{who}）。"
    ),
    "summary.todo": (
      "First steps: block the sender and the origin IP, and warn the targeted employees not to reply.",
      "まず送信元アドレスと送信元IPアドレスを遮断し、対象の従業員に返信しないよう注意喚起してください。"
    ),
    "summary.todoEngaged": (
      "First steps: contact the employees who replied today to learn what was sent or paid, block the sender and the origin IP, and warn the other targets.",
      "まず、返信した従業員に本日中に連絡し、送信した情報や支払いの有無を確認してください。あわせて送信元アドレスと送信元IPアドレスを遮断し、標的となったほかの従業員にも注意喚起してください。"
    ),
    "summary.nothing": (
      "None of the {n} messages was judged BEC, phishing, spam or suspicious.",
      "{n}通のメールのいずれも、BEC・フィッシング・スパム・不審とは判定されませんでした。"
    ),
    "summary.clean": (
      "{n} further groups of messages were judged clean; they follow the campaigns.",
      "ほかに、問題なしと判定したメールのグループが{n}件あります（キャンペーンの後に記載）。"
    ),
    "console.clean": (
      "{n} more group(s) of messages judged clean (see case.json)", "ほかに、問題なしと判定したメールのグループが{n}件あります（case.json を参照）"
    ),
    "engagement": ("Engagement: replies to the attacker", "攻撃者への返信"),
    "engagement.none": (
      "No reply to the lure and no message to the attacker's addresses was found among the reported messages or in the swept mailboxes ({swept}).",
      "報告されたメールと調査したメールボックス（{swept}件）の中に、誘導メールへの返信や攻撃者のアドレス宛てのメールは見つかりませんでした。"
    ),
    "engagement.in-reply-to": (
      "{who} replied to the lure on {date}, to {to} ({where}).",
      "{who}が{date}に誘導メールへ返信しています（宛先 {to}、{where}）。"
    ),
    "engagement.references": (
      "{who} wrote in the lure's thread on {date}, to {to} ({where}).",
      "{who}が{date}に誘導メールのスレッドでメールを送っています（宛先 {to}、{where}）。"
    ),
    "engagement.to-attacker": (
      "{who} wrote to the attacker's address on {date}: {to} ({where}).",
      "{who}が{date}に攻撃者のアドレス {to} へメールを送っています（{where}）。"
    ),
    "provider": ("Sender's mail provider", "送信元のメール事業者"),
    "category.freemail": ("free mail, open to anyone", "誰でも取得できるフリーメール"),
    "category.disposable": ("disposable mail", "使い捨てメールアドレス"),
    "category.lookalike": ("a look-alike of a known domain", "既知のドメインに似せたドメイン"),
    "category.organization": ("the organisation's own domain", "自組織のドメイン"),
    "category.external": ("an outside organisation's domain", "社外組織のドメイン"),
    "context.provider": (
      "Context: the sender used {provider} (becscope's list of mail providers). Blocking the whole domain would block its legitimate users; block the address.",
      "参考: 送信元は {provider} のアドレスです（becscope のメール事業者リストによる）。ドメイン全体を遮断すると同サービスの正規利用者からのメールも届かなくなるため、アドレス単位で遮断してください。"
    ),
    "context.reputationClean": (
      "Every reputation source rated the origin clean: reputation alone would have let this message through.",
      "どのレピュテーション情報源も送信元を問題なしと評価しています。レピュテーションだけに頼っていれば、このメールは見逃されていました。"
    ),
    "lookup.manual": ("Look up by hand (opens the service's page; becscope sends nothing):", "手動で照会（各サービスのページを開くだけで、becscope からは何も送信しません）："),
    "lookup.hibp": ("Check the private addresses by hand, or record the results with --evidence:", "私用アドレスを手動で照会し、結果を --evidence で記録してください："),
    "copy": ("This copy", "掲載したメール"),
    "copies": ("Copies", "受信メール一覧"),
    "copies.count": (
      "{n} copies: {reported} reported by employees, {swept} found by the mailbox sweep.",
      "同じ内容のメール{n}通（従業員からの報告{reported}通、メールボックス調査で発見{swept}通）。"
    ),
    "copy.how": ("How it reached us", "入手経路"),
    "copy.source": ("File", "ファイル"),
    "copy.swept": ("found by the mailbox sweep", "メールボックス調査で発見"),
    "copy.reported": ("reported by {who}", "{who} が報告"),
    "headers": ("Received chain and authentication", "Receivedヘッダーと認証結果"),
    "headers.copy": ("As recorded in {copy} (oldest hop first).", "{copy} のReceivedヘッダー（古い中継から順）。"),
    "hop.from": ("From", "送信側"),
    "hop.by": ("By", "受信側"),
    "hop.with": ("Protocol", "プロトコル"),
    "hop.authenticated": ("authenticated", "認証あり"),
    "hops.none": ("The message has no Received fields.", "Receivedヘッダーがありません。"),
    "origin": ("origin", "送信元"),
    "origin.why": ("Why this is the origin", "送信元と判断した理由"),
    "auth.stamped": ("Authentication as the receiver stamped it", "受信サーバーが記録した認証結果"),
    "auth.verified": ("Authentication as becscope verified it", "becscope による検証結果"),
    "auth.none": ("no Authentication-Results from a trusted receiver", "信頼できる受信サーバーの Authentication-Results なし"),
    "auth.notVerified": ("DKIM {why}", "DKIM {why}"),
    "auth.noSignature": ("no DKIM signature", "DKIM署名なし"),
    "breach": ("Breach", "漏えい事案"),
    "breach.addresses": ("Addresses in it", "含まれるアドレス"),
    "group": ("Group", "グループ"),
    "clean.title": ("Other messages, judged clean", "問題なしと判定したその他のメール"),
    "recommend.engaged": (
      "Contact the employees who replied today: what did they send, did they pay, did they open anything? Treat their accounts as possibly compromised.",
      "返信した従業員に本日中に連絡し、送信した内容、支払いの有無、ファイルやリンクを開いたかどうかを確認してください。あわせて、当該アカウントは侵害されている可能性があるものとして対応してください。"
    ),
    "recommend.policy": (
      "Remind staff of the organisation's policy: \"{policy}\"; verify any request through another channel.",
      "組織の方針「{policy}」を改めて周知し、依頼は別の経路で確認するよう徹底してください。"
    ),
    "recommend.report": (
      "Keep reporting: {reported} of the {n} copies were reported by employees; {swept} were found only by the mailbox sweep.",
      "引き続き従業員に報告を呼びかけてください。今回のメール{n}通のうち従業員から報告されたのは{reported}通で、残る{swept}通はメールボックス調査で初めて見つかりました。"
    ),
    "evidence": ("Evidence looked up by hand", "手動で照会した証跡"),
    "evidence.intro": (
      "Recorded by the analyst with --evidence and used like live answers (breach overlap, reputation).",
      "分析者が --evidence で記録したもので、外部サービスの回答と同じく漏えい情報の分析と評判に使っています。"
    ),
    "evidence.indicator": ("Indicator", "指標"),
    "evidence.source": ("Source", "情報源"),
    "evidence.result": ("Result", "結果"),
    "evidence.note": ("Note", "メモ"),
    "method.evidence": (
      "{n} results looked up by hand were recorded (--evidence) and are listed with their sources.",
      "手動で照会した結果{n}件を記録し（--evidence）、情報源とともに記載しています。"
    ),
    "ioctype.ipv4": ("IPv4 address", "IPv4アドレス"),
    "ioctype.ipv6": ("IPv6 address", "IPv6アドレス"),
    "ioctype.domain": ("domain", "ドメイン"),
    "ioctype.email": ("email address", "メールアドレス"),
    "ioctype.url": ("URL", "URL"),
    "ioctype.sha256": ("SHA-256", "SHA-256"),
    "ioc.use": ("Use", "用途"),
    "ioc.block": ("block", "遮断"),
    "ioc.context": ("context only (shared provider)", "参考情報（共用のメール事業者）"),
    "ioc.internal": ("internal (not exported)", "社内（共有用の出力には含めない）"),
    "ioc.files": ("iocs.csv and iocs.txt list them all.", "全件は iocs.csv と iocs.txt にあります。"),
    "method": ("Method and limits", "調査方法と制約事項"),
    "method.messages": (
      "{n} messages analysed ({reported} reported; a message reported again counts once; repeats: {duplicates}).",
      "メール{n}通を分析しました（うち従業員からの報告{reported}通。同じメールが重複して報告された場合は1通と数えており、重複報告は{duplicates}件です）。"
    ),
    "method.sweep": ("Mailbox {mailbox} swept: {n} messages read, {found} further copies or replies found.", "メールボックス {mailbox} を調査し、{n}通のうち、報告されていない同じ内容のメールまたは返信を{found}通見つけました。"),
    "method.noSweep": ("No mailbox was swept: copies nobody reported are not known.", "メールボックスは調査していません。報告されていない同じ内容のメールは把握できていません。"),
    "method.noIntel": ("No intelligence source was asked (offline, or no keys): reputation and breaches are not checked.", "外部の情報源には照会していません（オフライン、またはAPIキー未設定）。レピュテーションと漏えい情報は未確認です。"),
    "method.noBreaches": ("Breach data was not looked up: where the private addresses came from is inferred only.", "漏えい情報は照会していません。私用アドレスの入手元は推定にとどまります。"),
    "method.dkim": ("DKIM signatures were verified against the senders' DNS keys.", "DKIM署名は送信元のDNS公開鍵で検証しました。"),
    "method.noDKIM": ("DKIM signatures were not verified (offline): authentication is as the receiver stamped it.", "DKIM署名は検証していません（オフライン）。認証結果は受信サーバーの記録によります。"),
    "method.limits": (
      "Conclusions are inferences from the evidence listed with them; the analyst's notes and the organisation's records take precedence.",
      "結論は、それぞれに示した根拠からの推定です。分析者のメモや組織の記録がある場合はそちらを優先してください。"
    ),
    "scenario.ceo-fraud": ("CEO fraud", "経営者なりすまし"),
    "scenario.invoice-fraud": ("invoice fraud", "請求書詐欺"),
    "scenario.payroll-diversion": ("payroll diversion", "給与振込先の変更詐欺"),
    "scenario.gift-card": ("gift-card fraud", "ギフトカード詐欺"),
    "scenario.data-theft": ("data theft", "情報窃取"),
    "scenario.attorney-impersonation": ("attorney impersonation", "弁護士なりすまし"),
    "scenario.account-compromise": ("account compromise", "アカウント侵害"),
  ]
}
