"""BEC: attorney impersonation, data theft, payroll diversion."""
import banking as B
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN
PT_IBAN = B.iban("PT", "007900006543210102193")
ABA_HALE = B.aba("02600958")
ABA_BAYOU = B.aba("31317486")
ABA_CARTER = B.aba("11392004")


# ================================================================ attorney impersonation

def bec18():
    f = "bec-18-attorney-acquisition-escrow-iban-en.eml"
    t = jst(2025, 10, 29, 17, 12, 40)  # 09:12 CET
    tk = P("takagi")
    firm = "whitmore-legal-partners.example"
    text = ("Dear Ms. Takagi,\n"
            "\n"
            "I am writing at the request of Mr. Kenichi Morita, with whom I spoke this morning. Our firm has "
            "been retained as outside counsel on a confidential cross-border acquisition (code name \"Project "
            "Hinoki\") that Wakaba Chemical Industries is about to sign with a European specialty-coatings "
            "group. Mr. Morita has asked that you be the sole point of contact on the finance side.\n"
            "\n"
            "As you will appreciate, the transaction is subject to a strict non-disclosure agreement and to "
            "insider-trading rules. Please do not discuss it with anyone inside or outside the company, "
            "including other board members, until the public announcement. Mr. Morita will brief the board "
            "himself.\n"
            "\n"
            "The seller requires an earnest-money deposit of EUR 1,480,000.00 to be received in our client "
            "escrow account today, before 17:00 CET, for exclusivity to be granted. Our escrow details are:\n"
            "\n"
            "Account name: Whitmore & Associates LLP - Client Escrow\n"
            "Bank: Banco Atlantico de Investimento, Lisbon\n"
            f"IBAN: {B.iban_print(PT_IBAN)}\n"
            "SWIFT: BAIVPTPL\n"
            "Reference: HINOKI-0291\n"
            "\n"
            "Please confirm by reply that you have received these instructions and send me the transfer "
            "reference as soon as it has been executed. I am available by email at all times today; my phone "
            "line will be busy with the negotiating parties.\n"
            "\n"
            "Yours sincerely,\n"
            "\n"
            "David Whitmore\n"
            "Partner, Corporate & M&A\n"
            "Whitmore & Associates LLP\n"
            "\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are privileged and confidential and "
            "intended solely for the addressee. If you have received it in error, please delete it and notify "
            "the sender.\n")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(simple_html(text, "Georgia, serif", "11pt")))
    return Msg(f, "bec", "attorney-impersonation", "en",
               "A 'partner' of an unknown law firm (whitmore-legal-partners.example, fully authenticated: "
               "SPF, DKIM, DMARC pass) writes to the CFO on behalf of the CEO (named): confidential "
               "acquisition, do not tell the board, EUR 1.48 M 'earnest money' to a Portuguese 'client escrow' "
               "IBAN (checksum-valid) today, email only. Cc shows the CEO on the look-alike "
               "wakaba-chem-hd.example.",
               when=t, frm=("David Whitmore", "d.whitmore@" + firm), to=[tk.en_addr()],
               cc=[("Kenichi Morita", "k.morita@wakaba-chem-hd.example")],
               subject="Project Hinoki - strictly confidential", body=body,
               route=R.server(f, t, tk.email, "mail." + firm, "203.0.113.130",
                              client=(None, "198.51.100.35", "[10.1.1.20]"), tz=R.CET),
               auth=R.aligned(firm, "d.whitmore@" + firm), mid=mid_outlook_desktop(f, firm),
               accounts=[PT_IBAN], date_tz=R.CET, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])


def bec19():
    f = "bec-19-attorney-mna-deposit-ja.eml"
    t = jst(2025, 11, 20, 10, 44, 3)
    fu = P("fujii")
    firm = "tokyo-mna-law.example"
    acct = "3340982"
    text = ("若葉化学工業株式会社\n"
            "経理部 財務課\n"
            "藤井 拓海 様\n"
            "\n"
            "突然のご連絡失礼いたします。\n"
            "東京M&Aパートナーズ法律事務所の弁護士、村上と申します。\n"
            "\n"
            "貴社代表取締役 森田健一様より、現在進行中の企業買収案件について、\n"
            "資金手続きのご担当として藤井様をご紹介いただきました。\n"
            "\n"
            "本件はインサイダー取引規制の対象となる未公表の重要事実を含むため、\n"
            "公表までの間、社内の他の方（経理部長様・取締役の方々を含みます）へのご相談はお控えください。\n"
            "森田様からも、本件は藤井様と私の間のみで進めるようにとのご指示をいただいております。\n"
            "\n"
            "つきましては、本日中に下記口座へ基本合意に基づく預託金をお振込みいただく必要がございます。\n"
            "\n"
            "　振込金額：金46,500,000円\n"
            "　振込先　：東京あけぼの銀行　日本橋支店\n"
            "　口座種別：普通預金\n"
            f"　口座番号：{acct}\n"
            "　口座名義：トウキヨウエムアンドエイパートナーズ（アズカリキン\n"
            "\n"
            "振込手続き完了後、受付番号を本メールにご返信ください。\n"
            "ご不明点は本メールにてお問い合わせください（現在、交渉の場に同席しておりお電話に出られません）。\n"
            "\n"
            "東京M&Aパートナーズ法律事務所\n"
            "弁護士　村上 慎一\n")
    return Msg(f, "bec", "attorney-impersonation", "ja",
               "A 'lawyer' (弁護士 村上 慎一) of an unknown firm (tokyo-mna-law.example; SPF pass, no DKIM, "
               "no DMARC record) writes to a finance clerk: introduced by the CEO 森田健一 (named), "
               "confidential acquisition, insider-trading secrecy, do not tell the department head or the "
               "board, 46,500,000 yen 'deposit' today to a 預り金 account, no phone. ISO-2022-JP.",
               when=t, frm=("弁護士 村上 慎一", "s.murakami@" + firm), to=[fu.ja_addr()],
               subject="【極秘】森田社長ご依頼の案件について", body=plain(text),
               route=R.server(f, t, fu.email, "mail." + firm, "198.51.100.150",
                              client=(None, "198.51.100.26", "[10.0.0.31]")),
               auth=R.Auth("pass", "s.murakami@" + firm, "none", None, "none", firm, p=None),
               mid=mid_outlook_desktop(f, firm), accounts=[acct],
               fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-Priority", "1")], style="outlook")


def bec20():
    f = "bec-20-attorney-patent-settlement-us-wire-en.eml"
    t = jst(2025, 11, 25, 0, 37, 50)  # 09:37 CST on the 24th
    b = P("brooks")
    firm = "halelindqvist-law.example"
    acct = "9120044718"
    text = ("Mr. Brooks,\n"
            "\n"
            "My name is Richard Hale; I am lead counsel to Wakaba Chemical Industries in a patent dispute "
            "concerning the WX-700 coating resin. Mr. Kenichi Morita, your President, has authorized me to "
            "contact you directly, as the matter must be handled by Wakaba Chemical America.\n"
            "\n"
            "We reached a confidential settlement with the opposing party this morning. Under its terms the "
            "settlement amount of USD 386,500.00 must be received in our firm's IOLTA trust account by 3:00 "
            "p.m. Central time today; otherwise the agreement lapses and the injunction hearing resumes "
            "tomorrow. The settlement contains a strict confidentiality clause, so please do not discuss it "
            "with colleagues in Houston or Japan. Mr. Morita will confirm to you by email.\n"
            "\n"
            "Wire instructions:\n"
            "Beneficiary: Hale Lindqvist LLP IOLTA Trust Account\n"
            "Bank: Meridian Trust Bank, New York, NY\n"
            f"ABA routing: {ABA_HALE}\n"
            f"Account: {acct}\n"
            "Reference: WCI/Settlement/1124\n"
            "\n"
            "Kindly reply with the Fed reference number once the wire is released.\n"
            "\n"
            "Richard Hale\n"
            "Partner\n"
            "Hale Lindqvist LLP\n")
    return Msg(f, "bec", "attorney-impersonation", "en",
               "A 'lead counsel' of an unknown firm (halelindqvist-law.example; SPF and DKIM pass, DMARC "
               "pass with p=none) tells the US controller that the CEO (named) authorised a confidential "
               "patent settlement: USD 386,500 wire to an 'IOLTA trust account' (ABA routing number with a "
               "valid check digit) by 3 p.m. today, do not discuss it.",
               when=t, frm=("Richard Hale", "rhale@" + firm), to=[b.en_addr()],
               subject="Confidential settlement - time sensitive", body=plain(text, "US-ASCII", "7bit"),
               route=R.server(f, t, b.email, "smtp." + firm, "203.0.113.180",
                              client=(None, "198.51.100.75", "[10.0.0.14]"), tz=R.CST),
               auth=R.aligned(firm, "rhale@" + firm), mid=mid_std(f, t, firm),
               accounts=[ABA_HALE, acct], date_tz=R.CST,
               fields=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")], style="apple")


def bec21():
    f = "bec-21-attorney-listed-firm-lookalike-settlement-ja.eml"
    t = jst(2025, 11, 26, 13, 5, 27)
    h = P("hara")
    look = "sakurazaka-lawoffice.example"
    acct = "6018245"
    text = ("若葉化学工業株式会社\n"
            "経理部長 原 恵美 様\n"
            "\n"
            "いつもお世話になっております。\n"
            "桜坂総合法律事務所の弁護士 青木でございます。\n"
            "\n"
            "現在当事務所にてご依頼いただいております、元取引先との売掛金請求訴訟につきまして、\n"
            "本日、相手方との間で裁判外の和解がまとまりました。\n"
            "和解条件として、本日17時までに解決金を当事務所の預り金口座へご入金いただく必要がございます。\n"
            "\n"
            "本件は森田社長および福田法務部長のご了承を得ておりますが、\n"
            "和解条項に守秘義務が含まれておりますので、社内でのご共有は最小限にてお願いいたします。\n"
            "\n"
            "【お振込先（当事務所 預り金口座）】\n"
            "　東京あけぼの銀行　虎ノ門支店\n"
            f"　普通　{acct}\n"
            "　名義　サクラザカソウゴウホウリツジムシヨ アズカリキン\n"
            "\n"
            "　解決金額　金12,800,000円\n"
            "\n"
            "お振込後、本メールにてご一報いただけますと幸いです。\n"
            "何卒よろしくお願い申し上げます。\n"
            "\n"
            "桜坂総合法律事務所\n"
            "弁護士　青木 修平\n"
            "〒105-0001 東京都港区虎ノ門1-2-3 桜坂ビル7階\n")
    return Msg(f, "bec", "attorney-impersonation", "ja",
               "Impersonates the organisation's LISTED outside counsel (桜坂総合法律事務所, real domain "
               "sakurazaka-law.example) and its real lawyer 青木 修平 from the look-alike "
               "sakurazaka-lawoffice.example, fully authenticated (SPF, DKIM, DMARC pass). Tells the head "
               "of accounting that the CEO and the general counsel approved a settlement: 12,800,000 yen "
               "to a 預り金 account by 17:00 today, keep it quiet. UTF-8 quoted-printable.",
               when=t, frm=("桜坂総合法律事務所 青木修平", "aoki@" + look), to=[h.ja_addr()],
               subject="【至急】和解金お振込みのお願い（売掛金請求事件）",
               body=plain(text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"),
               route=R.server(f, t, h.email, "mail." + look, "203.0.113.212",
                              client=(None, "198.51.100.164", "[10.0.0.9]")),
               auth=R.aligned(look, "aoki@" + look), mid=mid_uuid(f, look), accounts=[acct],
               style="thunderbird", fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")])


# ================================================================ data theft

def bec22():
    f = "bec-22-datatheft-w2-lookalike-en.eml"
    t = jst(2025, 11, 17, 23, 58, 11)  # 08:58 CST
    jo = P("ortiz")
    look = "wakaba-chemical.example"
    text = ("Jennifer,\n"
            "\n"
            "I need the 2024 W-2 forms (PDF) of all Wakaba Chemical America employees for a review with our "
            "auditors in Tokyo this week. Please send them to me as one file by end of day, and also include "
            "the latest payroll summary for Q3.\n"
            "\n"
            "This is time-sensitive and confidential. No need to copy Daniel; I will discuss it with him when "
            "I'm back.\n"
            "\n"
            "Thanks,\n"
            "Kenichi Morita\n"
            "President & CEO\n"
            "Wakaba Chemical Industries Co., Ltd.\n")
    return Msg(f, "bec", "data-theft", "en",
               "CEO's name on the look-alike wakaba-chemical.example (the real domain is "
               "wakaba-chem.example); SPF and DKIM pass for the look-alike, DMARC none. Asks the US payroll "
               "specialist for every employee's W-2 plus a payroll summary, today, confidential, keep the "
               "controller out of it. No link, no attachment.",
               when=t, frm=("Kenichi Morita", "kenichi.morita@" + look), to=[jo.en_addr()],
               subject="W-2 request", body=plain(text, "US-ASCII", "7bit"),
               route=R.server(f, t, jo.email, "mail." + look, "198.51.100.210",
                              client=(None, "203.0.113.141", "[10.0.0.2]"), tz=R.CST),
               auth=R.Auth("pass", "kenichi.morita@" + look, "pass", look, "none", look, p=None),
               mid=mid_outlook_desktop(f, look), date_tz=R.CST, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def bec23():
    f = "bec-23-datatheft-gensen-yahoo-cfo-ja.eml"
    t = jst(2025, 11, 19, 12, 21, 47)
    o = P("okamoto")
    addr = "takagi_mariko_cfo@yahoo.co.jp"
    text = ("岡本さん\n"
            "\n"
            "お疲れ様です。高木です。\n"
            "税理士事務所との打ち合わせで急遽必要になりました。\n"
            "2024年分の全従業員の源泉徴収票（PDF）と、今年度の給与台帳（Excel）を\n"
            "本日中にこのアドレスへ送ってください。\n"
            "\n"
            "社内のメールはファイル容量の制限にかかるため、このアドレスでお願いします。\n"
            "ZIPにまとめてもらえれば、パスワードは不要です。\n"
            "\n"
            "よろしくお願いします。\n"
            "高木\n")
    return Msg(f, "bec", "data-theft", "ja",
               "CFO 高木 真理子's name on a Yahoo! JAPAN address (authenticated for yahoo.co.jp), to the "
               "payroll clerk: every employee's 源泉徴収票 and the 給与台帳, today, to this private address, "
               "no password on the ZIP. Yahoo webmail, client 198.51.100.92. ISO-2022-JP.",
               when=t, frm=("高木 真理子", addr), to=[o.ja_addr()],
               subject="源泉徴収票の件", body=plain(text),
               route=R.yahoo_jp(f, t, o.email, "198.51.100.92"), auth=R.aligned("yahoo.co.jp", addr),
               mid=mid_yahoo(f), style="default")


def bec24():
    f = "bec-24-datatheft-employee-list-tld-swap-ja.eml"
    t = jst(2025, 11, 21, 8, 2, 55)
    m = P("matsui")
    look = "wakaba-chem.test"
    text = ("松井さん\n"
            "\n"
            "お疲れ様です。森田です。\n"
            "来週の経営会議の資料作成のため、最新の社員名簿を送ってもらえますか。\n"
            "氏名・所属・役職・社用メールアドレス・携帯電話番号・住所が入っているExcelファイルでお願いします。\n"
            "外部のコンサルタントと共有するので、パスワードはかけずに送ってください。\n"
            "今日中だと助かります。\n"
            "\n"
            "森田\n")
    body = M.alt(plain(text, "UTF-8", "base64"), html(simple_html(text), cte="base64"))
    return Msg(f, "bec", "data-theft", "ja",
               "CEO 森田 健一 on wakaba-chem.test (same name, different top-level domain from "
               "wakaba-chem.example); SPF pass, no DKIM, no DMARC record. Asks general affairs for the full "
               "employee roster (names, titles, mail, mobile numbers, home addresses) unprotected, for an "
               "'outside consultant', today. UTF-8 base64, text and HTML.",
               when=t, frm=("森田 健一", "kenichi.morita@" + look), to=[m.ja_addr()],
               subject="社員名簿送付のお願い", body=body, hcs=("UTF-8", "B"),
               route=R.server(f, t, m.email, "smtp." + look, "203.0.113.33",
                              client=(None, "198.51.100.248", "[10.0.0.18]")),
               auth=R.Auth("pass", "kenichi.morita@" + look, "none", None, "none", look, p=None),
               mid=mid_outlook_desktop(f, look), style="default", fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def bec25():
    f = "bec-25-datatheft-payroll-register-outlook-en.eml"
    t = jst(2025, 11, 24, 22, 16, 9)  # 07:16 CST
    b = P("brooks")
    addr = "mariko.takagi.wkb@outlook.com"
    text = ("Hi Daniel,\n"
            "\n"
            "The audit committee has asked me for a breakdown of the US payroll before Thursday's meeting. "
            "Can you send me the latest payroll register as an Excel file - employee names, SSNs, home "
            "addresses, salaries and the bank accounts used for direct deposit? Please also add the list of "
            "vendors with their remittance details from your AP system.\n"
            "\n"
            "I am travelling and working from my personal email this week, so please send it here rather "
            "than to my work address. Please keep it confidential.\n"
            "\n"
            "Best regards,\n"
            "Mariko Takagi\n"
            "CFO\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "Aptos, sans-serif", "12pt")))
    return Msg(f, "bec", "data-theft", "en",
               "CFO's name on an outlook.com address (authenticated for outlook.com) to the US controller: "
               "payroll register with SSNs, home addresses and direct-deposit accounts, plus every vendor's "
               "remittance details, sent to the 'personal' address, confidential.",
               when=t, frm=("Mariko Takagi", addr), to=[b.en_addr()],
               subject="Payroll data for the audit committee", body=body, hcs=("UTF-8", "Q"),
               route=R.outlook_consumer(f, t, b.email, "JPN"), auth=R.aligned("outlook.com", addr),
               mid=mid_outlook_consumer(f, "JPN"), date_tz=R.JST, style="outlook",
               fields=[("Thread-Topic", "Payroll data for the audit committee"),
                       ("Thread-Index", thread_index(f)), ("Accept-Language", "en-US, ja-JP"),
                       ("Content-Language", "en-US")])


def bec26():
    f = "bec-26-datatheft-ap-aging-gc-gmail-ja.eml"
    t = jst(2025, 11, 27, 11, 39, 20)
    y = P("yamamoto")
    addr = "aya.fukuda.legal@gmail.com"
    text = ("山本さん\n"
            "\n"
            "お疲れ様です。法務部の福田です。\n"
            "ある取引先との契約紛争の関係で、顧問弁護士から至急資料の提出を求められています。\n"
            "以下の資料をExcelで、本日15時までにこのアドレスへ送ってください。\n"
            "\n"
            "１．買掛金の残高一覧（取引先別、直近3か月分）\n"
            "２．各取引先の請求書送付元メールアドレスとご担当者名\n"
            "３．登録している振込先口座の一覧\n"
            "\n"
            "本件は機密事項のため、経理部内でも共有しないでください。\n"
            "社用PCが不調のため、個人のアドレスから失礼します。\n"
            "\n"
            "福田\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "arial, sans-serif", "small")))
    return Msg(f, "bec", "data-theft", "ja",
               "The general counsel's name (執行役員 法務部長 福田 綾, an executive) on Gmail (authenticated for "
               "gmail.com) asks an AP clerk for the accounts-payable aging by vendor, each vendor's billing "
               "contacts and addresses, and the payee accounts on file: the reconnaissance behind invoice "
               "fraud. Confidential, 'my work PC is broken'. UTF-8 quoted-printable.",
               when=t, frm=("福田 綾", addr), to=[y.ja_addr()],
               subject="買掛金残高一覧のご提供依頼（至急）", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, y.email), auth=R.aligned("gmail.com", addr), mid=mid_gmail(f), style="gmail")


# ================================================================ payroll diversion

def bec27():
    f = "bec-27-payroll-researcher-gmail-ja.eml"
    t = jst(2025, 11, 10, 7, 55, 31)
    o = P("okamoto")
    addr = "takuya.sakurai.0612@gmail.com"
    acct = "4827105"
    text = ("人事部 給与担当\n"
            "岡本さん\n"
            "\n"
            "お疲れ様です。研究開発部の桜井です。\n"
            "私用で恐縮ですが、給与の振込口座を変更したく、ご連絡いたしました。\n"
            "メインバンクをネット銀行に切り替えたため、今月25日支給分から下記口座への振込をお願いできますでしょうか。\n"
            "\n"
            "銀行名：みずなぎネット銀行\n"
            "支店名：ソナタ支店（店番：203）\n"
            "種別：普通\n"
            f"口座番号：{acct}\n"
            "名義：サクライ タクヤ\n"
            "\n"
            "社内ポータルの申請画面がうまく開けなかったため、メールで失礼します。\n"
            "現在研究所にいて社用アドレスにログインできない状態なので、こちらに返信いただけますと助かります。\n"
            "\n"
            "よろしくお願いいたします。\n"
            "桜井 拓也\n")
    body = M.alt(plain(text, "UTF-8", "base64"), html(simple_html(text, "arial, sans-serif", "small"), cte="base64"))
    return Msg(f, "bec", "payroll-diversion", "ja",
               "An employee's name (研究開発部 桜井 拓也, who has no private address on file) on Gmail "
               "(authenticated for gmail.com) asks the payroll clerk to move his salary to a new online-bank "
               "account from this month's pay, bypassing the HR portal, 'reply here'. UTF-8 base64.",
               when=t, frm=("桜井 拓也", addr), to=[o.ja_addr()],
               subject="給与振込口座変更のお願い", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, o.email), auth=R.aligned("gmail.com", addr), mid=mid_gmail(f),
               accounts=[acct], style="gmail")


def bec28():
    f = "bec-28-payroll-direct-deposit-gmail-en.eml"
    t = jst(2025, 11, 6, 22, 40, 12)  # 07:40 CST
    jo = P("ortiz")
    addr = "kevin.walsh.tx@gmail.com"
    acct = "7810244936"
    text = ("Hi Jennifer,\n"
            "\n"
            "I recently switched banks and need to update my direct deposit before the next payroll. Can you "
            "please change it to the account below? I'd like it to be effective for the Nov 14 pay date if "
            "possible.\n"
            "\n"
            "Bank: Bayou Community Credit Union\n"
            f"Routing number: {ABA_BAYOU}\n"
            f"Account number: {acct}\n"
            "Account type: Checking\n"
            "\n"
            "Please let me know if you need anything else from me. I'm at a customer site all week, so email "
            "is best.\n"
            "\n"
            "Thanks,\n"
            "Kevin\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "arial, sans-serif", "small")))
    return Msg(f, "bec", "payroll-diversion", "en",
               "An employee's name (Kevin Walsh, field engineer; no private address on file) on Gmail "
               "(authenticated for gmail.com) asks the US payroll specialist to change his direct deposit "
               "before the next pay date: new credit-union account with an ABA routing number (valid check "
               "digit); 'email is best'.",
               when=t, frm=("Kevin Walsh", addr), to=[jo.en_addr()],
               subject="Direct deposit change", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, jo.email), auth=R.aligned("gmail.com", addr), mid=mid_gmail(f),
               accounts=[ABA_BAYOU, acct], date_tz=R.CST, style="gmail")


def bec29():
    f = "bec-29-payroll-sales-ocn-sjis-fullwidth-ja.eml"
    t = jst(2025, 11, 14, 19, 26, 4)
    o = P("okamoto")
    addr = "nakajima.ryo@ocn.ne.jp"
    acct = "1264098"
    text = ("岡本様\n"
            "\n"
            "お疲れ様です。営業部の中島です。\n"
            "給与の振込先口座を変更したいのでお願いします。\n"
            "\n"
            "新しい口座\n"
            "　銀行：東京あけぼの銀行\n"
            "　支店：池袋東口支店\n"
            "　普通　" + B.fullwidth(acct) + "\n"
            "　ナカジマ　リヨウスケ\n"
            "\n"
            "来月の給与から変更できれば大丈夫です。\n"
            "外回り中のため個人アドレスから失礼します。返信はこちらにお願いします。\n"
            "\n"
            "中島\n")
    return Msg(f, "bec", "payroll-diversion", "ja",
               "An employee's name (営業部 課長 中島 亮介) on an OCN address not on file (authenticated for "
               "ocn.ne.jp) asks payroll to change his salary account: new account number in full-width "
               "digits, 'reply here'. Shift_JIS, 8bit.",
               when=t, frm=("中島 亮介", addr), to=[o.ja_addr()],
               subject="給与振込口座の変更", body=plain(text, "Shift_JIS", "8bit"), hcs=("Shift_JIS", "B"),
               route=R.isp("ocn", f, t, o.email, "198.51.100.183"), auth=R.aligned("ocn.ne.jp", addr),
               mid=mid_outlook_desktop(f, "ocn.ne.jp"), accounts=[acct], style="default",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def bec30():
    f = "bec-30-payroll-voided-check-outlook-en.eml"
    t = jst(2025, 11, 18, 5, 3, 40)  # 14:03 CST on the 17th
    jo = P("ortiz")
    addr = "emily.carter.hou@outlook.com"
    acct = "0047718395"
    text = ("Hello Jennifer,\n"
            "\n"
            "Could you please update my direct deposit information? I have closed my old account. A voided "
            "check for the new account is attached.\n"
            "\n"
            "Bank: Lakeshore National Bank\n"
            f"Routing: {ABA_CARTER}\n"
            f"Account: {acct}\n"
            "\n"
            "If it can be done before Friday's payroll that would be great. I'm traveling to customer sites "
            "and can't get into the HR portal from my phone, so please reply to this email.\n"
            "\n"
            "Thank you so much,\n"
            "Emily\n")
    check = M.pdf(["EMILY CARTER", "Houston, TX", "", "PAY TO THE ORDER OF ______________   VOID VOID VOID",
                   "Lakeshore National Bank", f"Routing {ABA_CARTER}   Account {acct}   Check 1021"], "Voided check")
    body = M.Multi("mixed", [M.alt(plain(text, "UTF-8", "quoted-printable"),
                                   html(simple_html(text, "Aptos, sans-serif", "12pt"))),
                             M.Attachment(check, "application/pdf", "voided_check.pdf")])
    return Msg(f, "bec", "payroll-diversion", "en",
               "An employee's name (Emily Carter, whose private address on file is a Gmail address) on a "
               "different, unlisted outlook.com address (authenticated for outlook.com): change my direct "
               "deposit before Friday, 'can't get into the HR portal', 'reply to this email'. New routing "
               "number (valid check digit) and account, also in the attached 'voided check' PDF.",
               when=t, frm=("Emily Carter", addr), to=[jo.en_addr()],
               subject="Update to my direct deposit info", body=body, hcs=("UTF-8", "Q"),
               route=R.outlook_consumer(f, t, jo.email, "NAM"), auth=R.aligned("outlook.com", addr),
               mid=mid_outlook_consumer(f, "NAM"), accounts=[ABA_CARTER, acct], date_tz=R.CST, style="outlook",
               fields=[("Thread-Topic", "Update to my direct deposit info"), ("Thread-Index", thread_index(f)),
                       ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")])


MESSAGES = [bec18, bec19, bec20, bec21, bec22, bec23, bec24, bec25, bec26, bec27, bec28, bec29, bec30]
