import Foundation
import MailCore
import Testing

@testable import Analysis

/// Every BEC scenario the FBI names, on messages written here (ja and en), with the
/// organisation's vendors and their payment details on file; and the false alarms that must
/// stay quiet.
@Suite("BEC scenarios: invoice fraud, account compromise, attorney, data theft, and no false alarms")
struct ScenarioTests {
  static let profile: OrganizationProfile = {
    var p = OrganizationProfile(
      name: "Kaede Kogyo", domains: ["kaede-kogyo.example"],
      directory: Directory(employees: [
        Employee(
          email: "ichiro.sato@kaede-kogyo.example", familyName: "佐藤", givenName: "一郎", familyLatin: "sato",
          givenLatin: "ichiro", title: "代表取締役社長"),
        Employee(
          email: "mai.ito@kaede-kogyo.example", familyName: "伊藤", givenName: "舞", familyLatin: "ito",
          givenLatin: "mai", title: "経理部"),
      ]))
    p.vendors = [
      Vendor(
        name: "Harbor Steel Ltd.", domains: ["harbor-steel.example"],
        bank: BankDetails(bank: "Example Bank", iban: "GB82WEST12345698765432", swift: "WESTGB2L")),
      Vendor(name: "かえで銀行", domains: ["kaede-bank.example"]),
      Vendor(
        name: "株式会社あおば運輸", domains: ["aoba-unyu.example"],
        bank: BankDetails(bank: "みどり銀行", branch: "本店営業部", accountType: "普通", account: "1234567")),
    ]
    return p
  }()

  static func analyze(_ text: String, profile: OrganizationProfile? = profile) -> MessageAnalysis {
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    return Analyzer(profile: profile).analyze(MessageParser().parse(Array(crlf.utf8)), source: "t")
  }

  static let head = "To: mai.ito@kaede-kogyo.example\nDate: Tue, 10 Mar 2026 10:00:00 +0900\n"

  @Test(
    "payment details: IBAN and ABA checksums, SWIFT beside its keyword, Japanese accounts in full-width and kanji digits"
  )
  func paymentDetails() {
    let text = """
      IBAN: GB82 WEST 1234 5698 7654 32 (SWIFT: WESTGB2L). Not an IBAN: GB00 WEST 1234 5698 7654 32.
      Routing (ABA): 111000025, account number 123456789012. A random 111000026 is not routing.
      みどり銀行 本店営業部 普通 １２３４５６７ / 当座 七六五四三二一
      """
    let found = PaymentDetail.find(in: text)
    let values = Set(found.map { "\($0.kind.rawValue):\($0.value)" })
    #expect(values.contains("iban:GB82WEST12345698765432"))
    #expect(!values.contains { $0.hasPrefix("iban:GB00") })
    #expect(values.contains("swift:WESTGB2L"))
    #expect(values.contains("aba:111000025"))
    #expect(!values.contains("aba:111000026"))
    #expect(values.contains("account:123456789012"))
    #expect(values.contains("jp-account:1234567"))
    #expect(values.contains("jp-account:7654321"))
    #expect(PaymentDetail.ibanValid("DE89370400440532013000"))
    #expect(!PaymentDetail.ibanValid("DE89370400440532013001"))
  }

  @Test("invoice fraud: a look-alike of a vendor's domain with a new IBAN (en)")
  func invoiceLookalike() {
    let a = Self.analyze(
      """
      From: Harbor Steel Accounts <accounts@harbor-steel-ltd.example>
      \(Self.head)Subject: Invoice HS-2291 - updated remittance details

      Dear Ms Ito,

      Please note our banking details have changed following our audit. Kindly remit invoice HS-2291
      (USD 84,300.00) to the account below from today:

      Bank: Example Trust, IBAN DE89 3704 0044 0532 0130 00, SWIFT: COBADEFFXXX

      Regards,
      Accounts Receivable, Harbor Steel Ltd.
      """)
    #expect(a.bec.verdict.label == "bec")
    #expect(a.bec.verdict.scenario == "invoice-fraud")
    #expect(a.bec.signals.has("sender.lookalike-vendor"))
    #expect(a.bec.signals.has("payment.changed"))
    #expect(a.findings.contains { $0.id == "payment-account-not-on-file" })
  }

  @Test("account compromise: the vendor's real domain, authenticated, replying in the thread with a new account (ja)")
  func accountCompromiseJa() {
    let a = Self.analyze(
      """
      From: 株式会社あおば運輸 経理 <keiri@aoba-unyu.example>
      \(Self.head)Subject: RE: 3月分ご請求書の件
      In-Reply-To: <20260305.1@kaede-kogyo.example>
      Authentication-Results: mx.kaede-kogyo.example; spf=pass smtp.mailfrom=aoba-unyu.example; dkim=pass header.d=aoba-unyu.example; dmarc=pass

      伊藤様

      いつもお世話になっております。
      誠に恐縮ですが、当社の取引銀行の変更に伴い、今月分より下記の口座へお振込みくださいますようお願いいたします。

      さくら信用金庫 港支店 普通 ７７７８８８９
      口座名義 カ）アオバウンユ

      -----Original Message-----
      From: 伊藤 舞 <mai.ito@kaede-kogyo.example>
      Sent: Thursday, March 5, 2026 3:12 PM
      Subject: 3月分ご請求書の件

      請求書を受領しました。
      """)
    #expect(a.bec.verdict.label == "bec")
    #expect(a.bec.verdict.scenario == "account-compromise")
    #expect(a.bec.signals.has("sender.vendor"))
    #expect(a.bec.signals.has("thread.reply"))
    #expect(a.bec.signals.has("payment.changed"))
  }

  @Test("account compromise: payments on hold in a real thread (en), and a reply whose sender is not the thread's")
  func accountCompromiseEn() {
    let hold = Self.analyze(
      """
      From: Harbor Steel AR <ar@harbor-steel.example>
      \(Self.head)Subject: Re: Open invoices March
      References: <abc@kaede-kogyo.example>

      Hi Mai, please put payments on hold for now and do not pay to the old account; we will send the
      new details shortly.

      On Mon, Mar 9, 2026 at 9:00 AM Mai Ito <mai.ito@kaede-kogyo.example> wrote:
      > Could you confirm the open invoices?
      """)
    #expect(hold.bec.verdict.label == "bec")
    #expect(hold.bec.verdict.scenario == "account-compromise")

    let changed = Self.analyze(
      """
      From: Harbor Steel AR <harborsteel.ar@gmail.com>
      \(Self.head)Subject: Re: Invoice HS-2291
      In-Reply-To: <x@harbor-steel.example>

      Hi Mai, as discussed, please process the payment today.

      On Mon, Mar 9, 2026 at 9:00 AM Harbor Steel AR <ar@harbor-steel.example> wrote:
      > Please find invoice HS-2291 attached.
      """)
    #expect(changed.bec.signals.has("thread.sender-changed"))
    #expect(changed.bec.verdict.label == "bec")
    #expect(changed.bec.verdict.scenario == "account-compromise")
  }

  @Test("attorney impersonation: a lawyer from an unknown firm, a confidential acquisition, a same-day wire (en, ja)")
  func attorney() {
    let en = Self.analyze(
      """
      From: David Klein, Esq. <d.klein@klein-partners-law.example>
      \(Self.head)Subject: Confidential - Project Falcon

      Ms Ito, I am outside counsel to Mr. Ichiro Sato on a confidential acquisition. Mr. Sato has asked
      that you handle an escrow wire transfer of USD 1.2 million today. This matter is strictly
      confidential; please do not discuss it with anyone else in the company.
      """)
    #expect(en.bec.verdict.label == "bec")
    #expect(en.bec.verdict.scenario == "attorney-impersonation")
    let ja = Self.analyze(
      """
      From: 中村 法律事務所 弁護士 中村 <nakamura@nakamura-lo.example>
      \(Self.head)Subject: 極秘案件について

      伊藤様
      佐藤社長より、買収案件の件でご連絡するよう指示を受けました弁護士の中村です。
      本件は守秘義務があるため、社内では内密にお願いします。本日中に手付金の送金をお願いいたします。
      """)
    #expect(ja.bec.verdict.label == "bec")
    #expect(ja.bec.verdict.scenario == "attorney-impersonation")
  }

  @Test("data theft: the CEO's name on free mail asking for every employee's 源泉徴収票")
  func dataTheft() {
    let a = Self.analyze(
      """
      From: 佐藤 一郎 <sato.ichiro.ceo@gmail.com>
      \(Self.head)Subject: 至急

      伊藤さん、全従業員の源泉徴収票をPDFでこのアドレスに送ってください。今日中にお願いします。
      """)
    #expect(a.bec.verdict.label == "bec")
    #expect(a.bec.verdict.scenario == "data-theft")
  }

  @Test(
    "a stranger on free mail with an account to pay, a vendor's replies diverted to free mail, internal replies leaving"
  )
  func divertedPayments() {
    let payee = Self.analyze(
      """
      From: Northbank Collections <northbank.collections@gmail.com>
      \(Self.head)Subject: Final notice: overdue invoice 4471
      Message-ID: <c1@mail.gmail.com>

      Dear accounts team,
      Invoice 4471 is now 30 days overdue. Please settle the outstanding balance within 48 hours
      to IBAN GB29 NWBK 6016 1331 9268 19 to avoid further action.
      """)
    #expect(
      payee.bec.verdict.matched.map(\.id).contains("bec-freemail-payee"), "\(payee.bec.verdict.matched.map(\.id))")
    #expect(payee.bec.verdict.scenario == "invoice-fraud")
    let diverted = Self.analyze(
      """
      From: 株式会社あおば運輸 経理 <keiri@aoba-unyu.example>
      Reply-To: aoba.keiri.2026@yahoo.co.jp
      \(Self.head)Subject: 3月分ご請求のお支払日について
      Message-ID: <a1@aoba-unyu.example>

      いつもお世話になっております。3月分のご請求につきまして、お振込み予定日をご返信にてお知らせください。
      """)
    #expect(diverted.bec.verdict.label == "bec", "\(diverted.bec.verdict.matched.map(\.id))")
    #expect(diverted.bec.verdict.matched.map(\.id).contains("bec-vendor-reply-to-freemail"))
    let inside = Self.analyze(
      """
      From: Mai Ito <mai.ito@kaede-kogyo.example>
      Reply-To: mai.ito@kaede-kogyo-group.example
      \(Self.head)Subject: RE: intercompany settlement
      Message-ID: <i2@kaede-kogyo.example>
      In-Reply-To: <i1@kaede-kogyo.example>

      Please use the account below for this settlement: IBAN GB29 NWBK 6016 1331 9268 19.

      > On Mon, 9 Mar 2026, Mai Ito wrote:
      > The settlement goes to IBAN GB82 WEST 1234 5698 7654 32 as usual.
      """)
    #expect(
      inside.bec.verdict.matched.map(\.id).contains("bec-internal-reply-to-outside-payment"),
      "\(inside.bec.verdict.matched.map(\.id))")
  }

  @Test("a warning that denies a bank change is not a bank change: 「…ことはございません」, \"we will never ask…\"")
  func deniedBankChange() {
    let cues = ContentCues.shipped
    #expect(cues.match("当事務所から振込先の変更をメールでお願いすることはございません。")["bank-change"] == nil)
    #expect(
      cues.match("We will never ask you to change our bank details by email; new bank account requests are fraud.")[
        "bank-change"] == nil)
    // The denial belongs to its own sentence: the request in the next one still counts.
    #expect(cues.match("メールでお願いすることはございません。\n下記の口座へお振込みください。")["bank-change"] != nil)
    #expect(cues.match("振込先の変更をお願いします。ご不明点はお電話ください。")["bank-change"] == "振込先の変更")
    #expect(cues.match("Please do not pay to the old account: our new bank account is below.")["bank-change"] != nil)
    let counsel = Self.analyze(
      """
      From: 弁護士 前田 <maeda@kitanozaka-law.example>
      \(Self.head)Subject: デューデリジェンスの日程
      Message-ID: <k1@kitanozaka-law.example>

      デューデリジェンスの日程をお送りします。なお、当事務所から振込先の変更をメールでお願いすることはございません。
      """)
    #expect(counsel.bec.cues["bank-change"] == nil)
  }

  @Test("no false alarm: a vendor's invoice with the account on file, a Gmail sales pitch, chat apps in a signature")
  func falseAlarms() {
    let invoice = Self.analyze(
      """
      From: 株式会社あおば運輸 経理 <keiri@aoba-unyu.example>
      \(Self.head)Subject: 3月分ご請求書送付のご案内

      伊藤様
      3月分のご請求書をお送りします。お振込先は従来どおり、みどり銀行 本店営業部 普通 1234567 です。
      """)
    #expect(invoice.bec.verdict.label != "bec")
    #expect(!invoice.bec.signals.has("payment.changed"))

    let pitch = Self.analyze(
      """
      From: Web Growth Team <webgrowth.jp@gmail.com>
      \(Self.head)Subject: ホームページ集客のご提案

      ご担当者様、弊社サービスのご案内です。無料診断も承っております。ご返信ください。
      """)
    #expect(pitch.bec.verdict.label != "bec")
    for (subject, body) in [
      ("ホームページについて", "御社のホームページを拝見しました。SEO対策で検索順位の上位表示が可能です。ご興味があればご返信ください。"),
      (
        "Your website",
        "Hi, I checked your website. We can bring it more traffic with our SEO work. Please reply if interested."
      ),
    ] {
      let seo = Self.analyze("From: Ken Mori <ken.web.jp@gmail.com>\n\(Self.head)Subject: \(subject)\n\n\(body)\n")
      #expect(seo.bec.signals.has("content.sales-pitch"), "\(subject)")
      #expect(seo.bec.verdict.label != "bec", "\(subject)")
    }

    let signature = Self.analyze(
      """
      From: Lily Chen <lily@bright-pack.example>
      \(Self.head)Subject: Packaging samples for Kaede Kogyo

      Dear Ms Ito, we make corrugated packaging and would be glad to send samples. Are you available
      for a short call this week?

      --
      Lily Chen, Sales Manager
      WeChat / WhatsApp: +86 138 0000 1234
      """)
    #expect(!signature.bec.signals.has("content.chat-move"))
    #expect(signature.bec.verdict.label != "bec")
  }

  @Test("no false alarm: the bank's own authenticated transfer notice that says log in and links only to itself")
  func bankNotice() {
    let notice = """
      Received: from mail.kaede-bank.example (mail.kaede-bank.example [203.0.113.10])
        by mx.kaede-kogyo.example with ESMTPS id 1; Tue, 10 Mar 2026 10:00:02 +0900
      Authentication-Results: mx.kaede-kogyo.example; spf=pass smtp.mailfrom=kaede-bank.example; dkim=pass header.d=kaede-bank.example; dmarc=pass header.from=kaede-bank.example
      From: かえで銀行 <info@kaede-bank.example>
      \(Self.head)Subject: 【かえで銀行】お振込受付のお知らせ
      Content-Type: text/html; charset=utf-8

      <p>お振込を受け付けました。詳細は法人向けサービスにログインしてご確認ください。</p>
      <p><a href="https://www.kaede-bank.example/">かえで銀行</a></p>
      """
    var profile = Self.profile
    profile.trustedRelays = ["mx.kaede-kogyo.example"]
    let a = Self.analyze(notice, profile: profile)
    #expect(a.bec.signals.has("content.credential"))
    #expect(a.bec.signals.has("links.own-authenticated-domain"), "\(a.authentication.dmarc ?? "no dmarc")")
    #expect(a.bec.verdict.label != "phishing")
    // The same words from a look-alike of the bank (a listed vendor), linking elsewhere, are
    // credential phishing: the vendor look-alike rules want bank details or a payment ask
    // without a login.
    let fake = notice.replacingOccurrences(of: "info@kaede-bank.example", with: "info@kaede-bank-jp.example")
      .replacingOccurrences(of: "https://www.kaede-bank.example/", with: "https://kaede-bank.login-check.example/")
    #expect(Self.analyze(fake, profile: profile).bec.verdict.label == "phishing")
  }

  @Test("vendors in org.yaml: loaded with their bank details; errors name the line")
  func vendorProfile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("becscope-vendors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let good = """
      organization:
        name: Kaede
        domains: [kaede-kogyo.example]
      vendors:
        - name: Harbor Steel Ltd.
          domains: [harbor-steel.example]
          bank:
            iban: GB82 WEST 1234 5698 7654 32
        - name: 株式会社あおば運輸
          domains:
            - aoba-unyu.example
          bank: {bank: みどり銀行, branch: 本店営業部, account_type: 普通, account: "1234567"}
      """
    try good.write(to: dir.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
    let profile = try OrganizationProfile.load(path: dir.appendingPathComponent("good.yaml").path)
    #expect(profile.vendors.count == 2)
    #expect(profile.vendors[1].bank?.account == "1234567")
    #expect(profile.vendors[0].bank?.identifiers.contains("GB82WEST12345698765432") == true)

    let broken = [
      (
        good.replacingOccurrences(of: "    domains:\n      - aoba-unyu.example\n", with: ""),
        "line 9: vendors[1] (株式会社あおば運輸): domains is missing"
      ),
      (
        good.replacingOccurrences(of: "GB82 WEST", with: "GB83 WEST"),
        "line 5: vendors[0] (Harbor Steel Ltd.): the IBAN on file fails its checksum"
      ),
    ]
    for (index, (text, expected)) in broken.enumerated() {
      let file = dir.appendingPathComponent("broken-\(index).yaml")
      try text.write(to: file, atomically: true, encoding: .utf8)
      #expect(throws: FileError.self) { try OrganizationProfile.load(path: file.path) }
      do {
        _ = try OrganizationProfile.load(path: file.path)
      } catch {
        #expect("\(error)".contains(expected), "\(error)")
      }
    }
  }

  @Test("the scenario is named by what is asked: gift cards, data, salary, then who is impersonated")
  func scenarioByTheAsk() {
    func scenario(_ from: String, _ subject: String, _ body: String) -> String? {
      let a = Self.analyze("From: \(from)\n\(Self.head)Subject: \(subject)\n\n\(body)\n")
      return a.bec.verdict.label == "bec" ? a.bec.verdict.scenario : "not bec: \(a.bec.verdict.label)"
    }
    // An executive's name on free mail: gift cards, data, or a transfer.
    #expect(
      scenario(
        "佐藤 一郎 <sato.ichiro.office@gmail.com>", "お願い",
        "伊藤さん、取引先へのお礼にアマゾンギフト券を10万円分購入してください。番号をこのメールに返信で送ってください。")
        == "gift-card")
    #expect(
      scenario(
        "Ichiro Sato <ichiro.sato.ceo@outlook.com>", "Request",
        "Mai, I need the W-2 forms of all employees as PDF for a review with the auditors. Send them to this address today."
      )
        == "data-theft")
    #expect(
      scenario(
        "佐藤 一郎 <sato.ichiro.office@gmail.com>", "至急",
        "伊藤さん、極秘の案件で本日中に送金が必要です。詳細はこのメールに返信してください。")
        == "ceo-fraud")
    // A look-alike of a vendor asking to pay an invoice, without bank details.
    let overdue = Self.analyze(
      """
      From: Harbor Steel Accounts <ar@harbor-steel-ltd.example>
      \(Self.head)Subject: Invoice HS-2310 overdue

      Dear Ms Ito, invoice HS-2310 (USD 12,400) is now overdue. Please arrange payment today.
      """)
    #expect(overdue.bec.verdict.matched.map(\.id).contains("bec-invoice-lookalike-vendor-payment"))
    #expect(overdue.bec.verdict.scenario == "invoice-fraud")
    // An employee (not an executive) on a personal address changing where the salary goes.
    #expect(
      scenario(
        "伊藤 舞 <mai.ito.private@yahoo.co.jp>", "給与振込口座の変更",
        "お疲れさまです。給与の振込先を新しい口座に変更したいので、来月分から下記口座へお願いします。みずなら銀行 駅前支店 普通 7654321")
        == "payroll-diversion")
    #expect(
      scenario(
        "Mai Ito <mai.ito.home@gmail.com>", "Direct deposit change",
        "Hi, I changed banks. Please update my direct deposit so my salary goes to the new account before the next payroll."
      )
        == "payroll-diversion")
  }

  @Test(
    "an announced change whose new account is on file is consistent with the records; a fraud naming the old account is not"
  )
  func accountOnFile() {
    // あおば運輸's account on file is みどり銀行 本店営業部 普通 1234567 (the new one).
    let genuine = Self.analyze(
      """
      From: 株式会社あおば運輸 経理 <keiri@aoba-unyu.example>
      \(Self.head)Subject: 振込先口座変更のお知らせ

      伊藤様
      先日お電話でご案内のとおり、4月より振込先を変更いたしました。
      旧口座：さくら銀行 駅前支店 普通 7777777
      新口座：みどり銀行 本店営業部 普通 1234567
      今後のお支払いは新口座へお願いいたします。
      """)
    #expect(genuine.bec.signals.has("payment.on-file"))
    #expect(!genuine.bec.signals.has("payment.changed"))
    #expect(genuine.bec.verdict.label != "bec", "\(genuine.bec.verdict.matched.map(\.id))")

    // The fraud: the account on file named as the old one, a new one not on file.
    let fraud = Self.analyze(
      """
      From: 株式会社あおば運輸 経理 <keiri@aoba-unyu.example>
      \(Self.head)Subject: 振込先口座変更のお知らせ

      伊藤様
      監査のため振込先を変更いたしました。
      旧口座：みどり銀行 本店営業部 普通 1234567
      新口座：ひかり銀行 港支店 普通 2345678
      """)
    #expect(fraud.bec.signals.has("payment.changed"))
    #expect(!fraud.bec.signals.has("payment.on-file"))
    #expect(fraud.bec.verdict.label == "bec")
    #expect(fraud.bec.verdict.scenario == "account-compromise")

    let details = PaymentDetail.find(in: "Old account: 12345678 (routing 111000025). New account: 87654321.")
    #expect(details.first { $0.value == "12345678" }?.previous == true)
    #expect(details.first { $0.value == "87654321" }?.previous == false)
    // "hold" does not hold "old"; a marker on another line does not reach.
    #expect(PaymentDetail.find(in: "Payments on hold, account 12345678 (ABA 111000025)").allSatisfy { !$0.previous })
    #expect(PaymentDetail.find(in: "Our old bank closed.\nAccount 12345678, ABA 111000025").allSatisfy { !$0.previous })
  }
}
