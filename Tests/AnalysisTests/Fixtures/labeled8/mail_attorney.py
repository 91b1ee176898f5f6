"""Attorney impersonation: unknown firms and a look-alike of the company's
counsel, confidential deals, settlements and fines paid through a lawyer's
client account (預り金口座)."""
import banking as B
import company as C
import common as K
import local as L
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append
FW = B.fullwidth

# ------------------------------------------------------------------ bec-20
f = "bec-20-attorney-unknown-london-firm-project-camellia-completion-deposit-gb-iban-en.eml"
w = jst(2026, 11, 16, 18, 12, 40)  # 09:12 GMT
dom = "harrowgate-lyle-legal.example"
frm = ("James Whitcombe", "j.whitcombe@" + dom)
gb_iban = B.iban("GB", "HLBK" + "401276" + "53118842")
text = f"""STRICTLY PRIVATE AND CONFIDENTIAL - SUBJECT TO LEGAL PRIVILEGE

Dear Mr Maruyama,

I act for Yukitsubaki Foods Co., Ltd. in connection with the proposed
acquisition of the entire issued share capital of a UK importer and
distributor of Japanese foods (code name "Project Camellia"). Mr
Masakazu Igarashi has instructed me to liaise with you directly on
the completion mechanics and asked that the matter is not discussed
with anyone else at this stage, given the sellers' listed parent and
the UK Takeover Code.

Completion is scheduled for Wednesday. Under the signed heads of terms
a refundable exclusivity deposit of GBP 248,000.00 is to be placed on
our firm's client account today, 16 November, before 4 pm London
time. Details are as follows:

Account name: Harrowgate Lyle LLP Client Account
Bank: Harlow & Lyle Private Bank plc, London
Sort code: 40-12-76
Account number: 53118842
IBAN: {B.iban_print(gb_iban)}
BIC: HLBKGB2L
Reference: CAMELLIA/YF/0416

Please confirm by reply once the transfer has been initiated and send
me a copy of the SWIFT confirmation (MT103). I will be available on
this email throughout the day; as we are in back-to-back meetings with
the sellers' counsel, email is preferable to telephone.

Kind regards

James Whitcombe
Partner, Corporate M&A
Harrowgate Lyle LLP
One Fleet Yard, London EC4A 0XX
T +44 20 7946 0381

This email and any attachments are confidential and may be
privileged. If you are not the intended recipient please notify the
sender and delete it."""
add(mail(f, "bec", "attorney-impersonation", "en",
         "A London 'law firm' unknown to the company (not its counsel), on its own Exchange Online tenant "
         "with SPF/DKIM/DMARC pass, to the head of corporate planning: secret acquisition 'Project Camellia' "
         "on the CEO's instruction, deposit of GBP 248,000 to the firm's 'client account' today (checksum-"
         "valid GB IBAN), send the MT103, email preferred to phone. Phone in Ofcom's drama range.",
         L.m365(f, w, P("maruyama").email, dom, "EUR", frm[1], "Project Camellia - completion deposit",
                tz=R.GMT, lang="en-GB"),
         when=w, frm=frm, to=[P("maruyama").en_addr()],
         subject="Project Camellia - completion deposit - strictly confidential",
         body=L.outlook_en(text, "EN-GB"), hcs=("UTF-8", "Q"), accounts=[gb_iban]))

# ------------------------------------------------------------------ bec-21
f = "bec-21-attorney-unknown-tokyo-firm-food-poisoning-settlement-azukarikin-fullwidth-ja.eml"
w = jst(2026, 12, 1, 11, 35, 20)
dom = "toranomon-chuo-law.example"
frm = ("弁護士 上杉 達也", "t.uesugi@" + dom)
acct = "0937715"
text = f"""株式会社雪椿フーズ
経理部長　本間 裕子 様

前略　突然のご連絡失礼いたします。
弁護士法人虎ノ門中央総合法律事務所の弁護士、上杉と申します。

このたび、貴社代表取締役 五十嵐正和様より、貴社冷凍食品
（冷凍焼きおにぎり）の喫食に起因するとされる健康被害の申出について、
被害者側との示談交渉のご依頼を受けております。
本件は報道機関への情報提供が示唆されており、五十嵐社長からは
社内でも最小限の範囲で、迅速かつ内密に解決したいとのご意向を伺っております。

本日、被害者側代理人との間で示談の条件がまとまり、
明日正午までに示談金を当職の預り金口座にお預けいただく必要がございます。

　示談金額：{FW("12,000,000")}円
　振込先：みなと共栄銀行　虎ノ門支店
　普通　{FW(acct)}
　口座名義：ベンゴシホウジン　トラノモンチュウオウソウゴウホウリツジムショ　アズカリキン

社長は本日出張中のため、お電話でのご確認は難しいと伺っております。
お手続き後、振込控えを本メールにご返信いただけますようお願い申し上げます。
なお、示談成立前の情報拡散は交渉に重大な影響を及ぼしますので、
品質保証部を含め、他部署への共有はお控えください。

草々

弁護士法人虎ノ門中央総合法律事務所
弁護士　上杉 達也（第二東京弁護士会）
〒105-0099 東京都港区虎ノ門中央1-9-3
TEL 03-0000-7714"""
add(mail(f, "bec", "attorney-impersonation", "ja",
         "A Tokyo 'law firm' the company has never used, on its own server (SPF pass, DKIM none, DMARC none), "
         "to the head of accounting: on the CEO's 'instructions', a confidential settlement of a food-poisoning "
         "claim about frozen rice balls, 12 million yen into the firm's 預り金 account by noon tomorrow, the "
         "CEO travelling and unreachable, keep quality assurance out. Full-width digits; ISO-2022-JP.",
         L.server(f, w, P("homma").email, "mail.toranomon-chuo-law.example", "203.0.113.120", frm[1],
                  client=(None, "198.51.100.249", "[10.0.2.15]"),
                  auth=L.auth("pass", frm[1], "none", None, "none", dom, None),
                  mailer="Microsoft Outlook 16.0", style="outlook"),
         when=w, frm=frm, to=[P("homma").ja_addr()],
         subject="【親展】貴社製品に関する示談交渉の件（至急）", body=L.outlook_ja(text), accounts=[acct]))

# ------------------------------------------------------------------ bec-22
f = "bec-22-attorney-hakusan-lawoffice-lookalike-labelling-surcharge-azukarikin-sjis-pdf-ja.eml"
w = jst(2026, 12, 2, 16, 30, 55)
look = "hakusan-lawoffice.example"
frm = ("坂井 亮", "r.sakai@" + look)
acct = "1570263"
text = f"""株式会社雪椿フーズ
経理部長　本間様

いつも大変お世話になっております。
白山総合法律事務所の坂井でございます。

標記の件、消費者庁より貴社に対し、商品「雪椿 新潟こしひかり百パーセント
焼きおにぎり」の表示（原料米の産地表示）に関して、景品表示法に基づく
課徴金納付命令が発出される見込みとなりました（写しを添付いたします）。

当職において減額および分割納付に向けた交渉を進めておりますが、
交渉の前提として、課徴金相当額を一旦当事務所の預り金口座にて
お預かりする必要がございます。

　お預かり金額　{FW("7,840,000")}円
　振込先　　　　越後みなと銀行　古町支店
　　　　　　　　普通　{FW(acct)}
　口座名義　　　ベンゴシホウジンハクサンソウゴウホウリツジムシヨ

12月4日（金）までにお振込みをお願いいたします。
本件は公表前の案件のため、社内での取扱いは本間様限りとしていただき、
法務の高橋室長へは当職から別途ご報告いたします。

何卒よろしくお願い申し上げます。

弁護士法人 白山総合法律事務所
弁護士　坂井 亮
〒951-0099 新潟県新潟市中央区白山浦2-14-7 白山法曹ビル3F
TEL 025-000-2280"""
order = L.pdf(["課徴金納付命令書（写）", "株式会社雪椿フーズ 代表取締役 五十嵐正和 殿",
               "景品表示法第8条第1項の規定に基づき、課徴金の納付を命ずる。",
               "対象商品：雪椿 新潟こしひかり百パーセント 焼きおにぎり",
               f"課徴金の額：{FW('7,840,000')}円", "納期限：2027年1月15日", "消費者庁長官"],
              "課徴金納付命令書_写.pdf", "課徴金納付命令書（写）")
add(mail(f, "bec", "attorney-impersonation", "ja",
         "Look-alike hakusan-lawoffice.example of the company's listed counsel hakusan-law.example, with the "
         "real lawyer's name; SPF pass, DKIM none, DMARC none. A 'surcharge order' under the premiums and "
         "representations act for a rice-origin labelling claim; 7.84 million yen to the 'firm's 預り金 "
         "account' at a local bank before negotiation, keep it from legal. Fake order as PDF. Shift_JIS "
         "quoted-printable body; full-width digits.",
         L.server(f, w, P("homma").email, "smtp.hakusan-lawoffice.example", "203.0.113.236", frm[1],
                  client=(None, "198.51.100.212", "[10.0.2.15]"),
                  auth=L.auth("pass", frm[1], "none", None, "none", look, None),
                  mailer="Becky! ver. 2.81.05 [ja]"),
         when=w, frm=frm, to=[P("homma").ja_addr()],
         subject="【至急】景品表示法に基づく課徴金納付命令への対応について",
         body=L.mixed(L.plain(text, "Shift_JIS", "quoted-printable"), order), hcs=("Shift_JIS", "B"),
         accounts=[acct]))

# ------------------------------------------------------------------ bec-23
f = "bec-23-attorney-ceo-jp-suffix-lookalike-introduces-german-rechtsanwalt-cc-en.eml"
w = jst(2027, 1, 14, 16, 30, 12)  # 08:30 CET
look = "yukitsubaki-foods-jp.example"
frm = ("Masakazu Igarashi", "igarashi.masakazu@" + look)
law = ("Dr. Felix Hartmann", "f.hartmann@hartmann-schreiber-ra.example")
text = """Dear Ms. Wolf,

I am writing to you directly because Mr. Kobayashi is travelling.

Our group is finalising a confidential settlement with a former
distributor in France concerning the termination of their
exclusivity. The negotiation is handled for us by Dr. Felix Hartmann
of Hartmann Schreiber Rechtsanwälte in Frankfurt, whom I have copied.

Dr. Hartmann will send you today the settlement agreement and the
payment instructions. Please give this matter priority and process
the payment from the Europe account as soon as you receive them. For
legal reasons this must remain strictly confidential; please do not
discuss it with colleagues in Cologne or Niigata until the agreement
is announced, and communicate only with Dr. Hartmann and me.

Thank you for your support.

Best regards,
Masakazu Igarashi
President & CEO
Yukitsubaki Foods Co., Ltd."""
add(mail(f, "bec", "attorney-impersonation", "en",
         "The CEO's name on the look-alike yukitsubaki-foods-jp.example ('-jp' added; own server, SPF and DKIM "
         "pass, DMARC p=none) to the German head of finance while the MD travels: introduces a Frankfurt "
         "'Rechtsanwalt' (Cc, unknown domain) for a confidential settlement with a French ex-distributor, "
         "payment instructions to follow, talk only to the lawyer and the CEO. No account yet.",
         L.server(f, w, P("wolf").email, "mail.yukitsubaki-foods-jp.example", "203.0.113.171", frm[1],
                  client=(None, "198.51.100.58", "[10.0.2.15]"), mailer="Microsoft Outlook 16.0",
                  style="outlook", tz=R.JST, selector="s1"),
         when=w, frm=frm, to=[P("wolf").en_addr()], cc=[law],
         subject="Confidential settlement - introduction of Dr. Hartmann", body=L.outlook_en(text),
         hcs=("UTF-8", "Q")))
