"""Attorney impersonation (bec-20 .. bec-23): unknown law firms and a
look-alike of the company's real counsel, in the name of an executive,
asking for same-day escrow deposits, settlements and 'tax' payments."""
import banking as B
import company as C
import routes as R
from local import (mk, jst, auth, via_server, via_m365, plain, mixed, pdf, outlook_alt)

P = C.P
FW = B.fullwidth


# ---------------------------------------------------------------- bec-20: unknown London firm, Project Harrier

F20 = "bec-20-attorney-unknown-london-firm-project-harrier-escrow-today-gb-iban-en.eml"
W20 = jst(2026, 5, 28, 17, 45)   # 09:45 BST
FROM20 = ("Jonathan Ashcombe", "j.ashcombe@ashcombewray-law.example")
IBAN20 = B.iban("GB", "CLDN" + "609521" + "44871203")


def bec20():
    i = P("ito")
    text = f"""Dear Mr Ito,

I act for Shiomi Logistics Co., Ltd. in connection with the proposed acquisition of a
Rotterdam customs brokerage ("Project Harrier"). Your President, Mr Ohashi, has instructed me
to liaise with you directly on the financial arrangements, as you will be the only person in
your finance function aware of the transaction until it is announced.

The sellers' counsel requires an escrow deposit of EUR 420,000.00 to be received by 15:00 UK
time today in order to secure exclusivity. The funds are held in our firm's regulated client
account and are fully refundable should the transaction not complete:

Account name: Ashcombe Wray LLP Client Account
Bank: Cheapside & Ludgate Bank plc, London
IBAN: {B.iban_print(IBAN20)}
BIC: CLDNGB2L
Reference: HARRIER/SL/0528

Given the market sensitivity, please do not discuss this matter with colleagues, including
Mr Morita in Rotterdam. Mr Ohashi will confirm the transaction at your next board meeting.

I should be grateful if you would confirm by reply once the transfer has been released.

Yours sincerely,

Jonathan Ashcombe
Partner, Corporate & M&A
Ashcombe Wray LLP
London

This email is confidential and may be legally privileged."""
    return mk(F20, "bec", "attorney-impersonation", "en",
              "A law firm the company has never used (ashcombewray-law.example, not in the vendor list; an "
              "Exchange Online tenant, all checks pass for its own domain) writes to the CFO 'on the instructions "
              "of Mr Ohashi': a secret acquisition, an escrow deposit of EUR 420,000 'by 15:00 UK time today' "
              "to a 'client account' (GB IBAN with a valid checksum), keep it from colleagues and the Dutch MD, "
              "confirm by reply.",
              via_m365(F20, W20, i.email, FROM20[1], "EUR", lang="en-GB", p="none", tz=R.BST),
              when=W20, frm=FROM20, to=[i.en_addr()],
              subject="Strictly private & confidential - Project Harrier - escrow deposit",
              body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-GB"),
              topic="Strictly private & confidential - Project Harrier - escrow deposit", hcs=("UTF-8", "Q"),
              accounts=[IBAN20])


# ---------------------------------------------------------------- bec-21: unknown Tokyo firm, cargo claim

F21 = "bec-21-attorney-unknown-marunouchi-firm-cargo-claim-settlement-azukarikin-fullwidth-ja.eml"
W21 = jst(2026, 6, 18, 14, 25)
FROM21 = ("弁護士 高嶺 弘", "takamine@marunouchi-kokusai-law.example")
ACC21 = "3910455"


def bec21():
    n = P("nakagawa")
    text = f"""株式会社汐見ロジスティクス
経理部長 中川恵子様

【親展】

突然のご連絡失礼いたします。丸の内国際総合法律事務所の弁護士 高嶺でございます。

当職は、御社が昨年12月に取り扱われた海上輸送貨物（精密加工機）の損傷をめぐり、
荷主様から提起されている損害賠償請求について、御社代表取締役 大橋誠一様から
ご依頼を受け、和解交渉を担当しております。

本日、相手方代理人との間で、和解金 {FW('27,500,000')}円 にて合意に至りました。
相手方からは、本日15時までに当職の預り金口座への入金が確認できない場合、
和解案を撤回し訴訟を提起すると通告を受けております。

つきましては、下記口座へ本日中のお振込みをお願い申し上げます。

　東京中央信託銀行 本店営業部
　普通預金 {FW(ACC21)}
　口座名義 ベンゴシ タカミネ ヒロシ アズカリキン

大橋様からは、本件は社内でも限られた方のみで処理するようご指示をいただいて
おりますので、お取扱いには十分ご注意ください。大橋様は本日終日ご移動中のため、
ご不明点は当職まで本メールにてお問い合わせください。

丸の内国際総合法律事務所
弁護士 高嶺 弘
〒100-0005 東京都千代田区丸の内2丁目4番1号
TEL 03-0000-6612"""
    a = auth("pass", FROM21[1], "pass", "marunouchi-kokusai-law.example", "pass",
             "marunouchi-kokusai-law.example", "none")
    return mk(F21, "bec", "attorney-impersonation", "ja",
              "A Tokyo law firm the company has never used (marunouchi-kokusai-law.example, not the listed "
              "counsel; its own server, all checks pass for its domain) writes to the head of accounting on behalf "
              "of the CEO: a settlement of a cargo-damage claim (27.5 million yen, full-width digits) to the "
              "lawyer's 預り金 account by 15:00 today or a lawsuit follows, keep it to a few people, the CEO is "
              "unreachable, questions by mail only. The account holder is the one of bec-03.",
              via_server(F21, W21, n.email, FROM21[1], "mail.marunouchi-kokusai-law.example", "198.51.100.172",
                         "203.0.113.130", helo="MKL-PC07", a=a),
              when=W21, frm=FROM21, to=[n.ja_addr()],
              subject="【親展】貨物損害賠償請求の和解金お支払いについて", body=plain(text),
              topic="【親展】貨物損害賠償請求の和解金お支払いについて", accounts=[ACC21])


# ---------------------------------------------------------------- bec-22: look-alike of the real counsel

F22 = "bec-22-attorney-kitanozaka-i-for-l-lookalike-customs-penalty-via-azukarikin-sjis-pdf-ja.eml"
W22 = jst(2026, 6, 26, 16, 10)
FROM22 = ("前田 隆", "t.maeda@kitanozaka-iaw.example")
ACC22 = "1650287"


def bec22():
    n = P("nakagawa")
    text = f"""株式会社汐見ロジスティクス
経理部長 中川様

いつもお世話になっております。北野坂総合法律事務所の前田でございます。

御社の輸入申告に係る税関の事後調査の件につきまして、伊東専務より
対応のご依頼を受けております。専務は本日ご出張中のため、経理部長の
中川様へ直接ご連絡するようご指示をいただきました。

本日、税関当局と協議いたしました結果、修正申告に伴う追徴税額および
過少申告加算税の合計 {FW('18,640,000')}円 を、本日中に当事務所の預り金口座を
経由して納付することで、重加算税の賦課および告発を見送るとの内諾を得ております。
週明けの納付では、この内諾は取り消される見込みです。

納付の流れは添付資料のとおりです。お振込先は下記のとおりです。

　六甲信託銀行 神戸営業部
　普通預金 {FW(ACC22)}
　口座名義 ベンゴシホウジン キタノザカソウゴウ アズカリキン

本件は調査対象者以外に知られないよう、社内でのお取扱いにご配慮ください。
お振込み後、控えを本メールにご返信いただけますと幸いです。

弁護士法人 北野坂総合法律事務所
弁護士 前田 隆
〒650-0002 兵庫県神戸市中央区北野町1丁目2番3号
TEL 078-000-2210"""
    doc = pdf("納付スキーム_ご説明資料.pdf", [
        "税関事後調査に係る修正申告・納付スキームのご説明", "株式会社汐見ロジスティクス 御中",
        "1. 修正申告書の提出（当事務所にて代理）", "2. 追徴税額・過少申告加算税 合計 18,640,000円",
        f"3. 当事務所預り金口座 六甲信託銀行 神戸営業部 普通 {ACC22} へ本日中にお振込み",
        "4. 当事務所より税関へ一括納付", "弁護士法人 北野坂総合法律事務所"], "納付スキームのご説明")
    a = auth("pass", FROM22[1], "pass", "kitanozaka-iaw.example", "none", "kitanozaka-iaw.example", None)
    return mk(F22, "bec", "attorney-impersonation", "ja",
              "The company's real outside counsel (北野坂総合法律事務所, kitanozaka-law.example in the vendor list) "
              "imitated from the look-alike kitanozaka-iaw.example ('i' for 'l' in law), with its lawyer's name "
              "and address; SPF and DKIM pass for the look-alike, no DMARC record. To the head of accounting on "
              "behalf of the CFO 'who is travelling': customs back-duties and penalties of 18.64 million yen to be "
              "paid today through the firm's 預り金 account (duties are paid to customs, not through a lawyer), "
              "keep it quiet. Outlook configured for Shift_JIS (base64, Shift_JIS encoded-words); PDF attached.",
              via_server(F22, W22, n.email, FROM22[1], "mail.kitanozaka-iaw.example", "203.0.113.241",
                         "198.51.100.203", helo="DESKTOP-L0W4KZ3", attach=True, a=a),
              when=W22, frm=FROM22, to=[n.ja_addr()],
              subject="【至急】税関事後調査に係る納付のお願い（伊東専務ご依頼分）",
              body=mixed(plain(text, "Shift_JIS", "base64"), doc), hcs=("Shift_JIS", "B"),
              topic="【至急】税関事後調査に係る納付のお願い（伊東専務ご依頼分）", accounts=[ACC22])


# ---------------------------------------------------------------- bec-23: CEO look-alike introduces counsel

F23 = "bec-23-attorney-ceo-jp-suffix-lookalike-introduces-dutch-advocaat-cc-en.eml"
W23 = jst(2026, 7, 8, 16, 30)    # 09:30 CEST
FROM23 = ("Seiichi Ohashi", "s-ohashi@shiomi-logi-jp.example")
CC23 = ("mr. Pieter Ruys", "p.ruys@vanaalst-advocaten.example")


def bec23():
    m = P("morita")
    text = """Morita-san,

I am writing to you in confidence. We are in the final stage of negotiations to acquire a
majority stake in a German rail-freight operator, which would connect our Rotterdam
operations to the Duisburg hub. The board has approved the transaction, but it must remain
strictly confidential until the signing, so please do not discuss it with anyone, including
Sanne and the Kobe finance team.

Mr. Pieter Ruys of Van Aalst Ruys Advocaten (in copy) is handling the notarial escrow. For
timing reasons the first payment has to be made from the Rotterdam account today. Mr. Ruys
will send you the payment details and the amount directly. Please follow his instructions
and let me know by email when it is done; I am in meetings in Tokyo all day.

Thank you for your discretion.

Seiichi Ohashi
President & CEO
Shiomi Logistics Co., Ltd."""
    a = auth("pass", FROM23[1], "none", None, "none", "shiomi-logi-jp.example", None)
    return mk(F23, "bec", "attorney-impersonation", "en",
              "The CEO's name and real local part (s-ohashi) on the look-alike shiomi-logi-jp.example ('-jp' "
              "added), from a rented server with Thunderbird (SPF passes, no DKIM, no DMARC record), to the Dutch "
              "MD, with a Dutch 'advocaat' of an unknown firm in Cc: a secret acquisition, a first payment from "
              "the Rotterdam account today, 'follow his instructions', keep it from finance in Rotterdam and "
              "Kobe. No account yet: it comes from the lawyer.",
              via_server(F23, W23, m.email, FROM23[1], "mail.shiomi-logi-jp.example", "198.51.100.59",
                         "203.0.113.9", helo="[10.8.0.6]", mailer="thunderbird", lang="en-US", a=a, tz=R.CEST),
              when=W23, frm=FROM23, to=[m.en_addr()], cc=[CC23],
              subject="Confidential - acquisition and escrow payment", body=plain(text, "UTF-8", "7bit",
                                                                                 flowed=True),
              hcs=("UTF-8", "Q"))


def messages():
    return [bec20(), bec21(), bec22(), bec23()]
