"""Genuine vendor mail: invoices with the account on file, an account change
announced properly, a past-due statement, replies in vendor threads."""
import banking as B
import company as C
import common as K
import local as L
import threads as T
from local import P, jst, mail, R, CET, PST

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ clean-01
f = "clean-01-vendor-invoice-shinanogawa-october-packaging-onfile-toza-pdf-ja.eml"
v = C.V["shinano"]
b = v.bank
inv = L.pdf(["御請求書", "株式会社雪椿フーズ 御中", "請求書番号 SPK-2610-0418", "発行日 2026年11月2日",
             "対象期間 2026年10月1日〜10月31日納品分",
             "包装フィルム（焼きおにぎり用）ほか 小計 2,260,682円", "消費税（10%） 226,068円",
             "ご請求金額 2,486,750円", "お支払期日 2026年11月30日",
             f"お振込先 {b['bank']} {b['branch']} {b['account_type']} {b['account']} {b['holder']}",
             "株式会社信濃川パッケージ 新潟県新潟市北区信濃川工業町14-2"],
            "請求書_SPK-2610-0418.pdf", "御請求書 SPK-2610-0418")
add(mail(f, "clean", "vendor-invoice", "ja",
         "The packaging supplier's monthly invoice from its real domain and office (Becky!, its own server, "
         "SPF/DKIM/DMARC pass, 10:14 on a Monday) to AP with purchasing in Cc; 'as usual' the 当座 account on "
         "file, in text and PDF; original by post. Start of the thread that bec-14 later hijacks and that "
         "bec-08 'reissues'.",
         L.server(f, T.T1.when, P("hasegawa").email, v.server, v.ip, T.MATSUI[1],
                  client=("gw.shinanogawa-pkg.example", v.office_ip, "SPK-KEIRI03"),
                  mailer="Becky! ver. 2.81.05 [ja]", mid=T.T1.mid),
         when=T.T1.when, frm=T.MATSUI, to=T.T1.to, cc=T.T1.cc, subject=T.T1_SUBJ,
         body=L.mixed(L.plain(T.T1_TEXT), inv), on_file="shinano"))

# ------------------------------------------------------------------ clean-02
f = "clean-02-vendor-bank-change-announced-kambara-credit-union-merger-letter-callback-ja.eml"
v = C.V["kambara"]
add(mail(f, "clean", "vendor-bank-change-announced", "ja",
         "The rice supplier announces a change of account caused by its credit union's merger: real domain "
         "and office (Thunderbird, own server, SPF/DKIM/DMARC pass), six weeks ahead, before/after, same "
         "holder, old account forwarded until March, sealed letter by post, and it asks the customer to call "
         "the number it has on file. Treasury did (quoted in bec-18); the new account is on file. UTF-8 8bit.",
         L.server(f, T.T2.when, P("hasegawa").email, v.server, v.ip, T.SHIBUYA[1],
                  client=("ftth-gw.kambara-beikoku.example", v.office_ip, "[10.10.1.21]"),
                  mailer="Mozilla Thunderbird 128.3.0", style="thunderbird", mid=T.T2.mid),
         when=T.T2.when, frm=T.SHIBUYA, to=T.T2.to, subject=T.T2_SUBJ,
         body=L.M.Text(T.T2_TEXT, "plain", "UTF-8", "8bit", flowed=True), hcs=("UTF-8", "B"),
         on_file="kambara", accounts=[C.KAMBARA_OLD["account"]]))

# ------------------------------------------------------------------ clean-03
f = "clean-03-vendor-invoice-rheinfracht-october-cold-storage-onfile-iban-pdf-en.eml"
v = C.V["rhein"]
b = v.bank
inv = L.pdf(["RHEINFRACHT KUEHLLOGISTIK GMBH", "Industriestrasse Nord 40, 50735 Koeln",
             "INVOICE RF-2026-10-3318", "Date: 03.11.2026",
             "Customer: Yukitsubaki Foods Europe GmbH, Am Rheinkai 12, 50735 Koeln",
             "Cold storage October 2026 (frozen, 212 pallet weeks) .......... EUR 9,964.00",
             "Devanning 4 x 40' reefer .......... EUR 1,360.00",
             "Deliveries NRW / Hesse, 27 drops .......... EUR 4,594.00",
             "Net EUR 15,918.00 / VAT 19% EUR 3,024.42 / Total EUR 18,942.42",
             "Payable within 30 days net: 03.12.2026",
             "Rheinuferbank eG  IBAN " + B.iban_print(b["iban"]) + "  BIC " + b["swift"]],
            "RF-2026-10-3318.pdf", "Invoice RF-2026-10-3318")
add(mail(f, "clean", "vendor-invoice", "en",
         "The Cologne cold-store's monthly invoice from its real Exchange Online tenant (SPF/DKIM/DMARC pass, "
         "09:40 CET) to the subsidiary's AP: 30 days net, 'bank details unchanged', the IBAN on file in text "
         "and PDF. Start of the thread that bec-15 hijacks.",
         L.m365(f, T.T3.when, P("hoffmann").email, v.domain, "EUR", T.VOGEL[1], T.T3_SUBJ, attach=True, tz=CET,
                lang="de-DE"),
         when=T.T3.when, frm=T.VOGEL, to=T.T3.to, subject=T.T3_SUBJ,
         body=L.mixed(L.outlook_en(T.T3_TEXT, "DE"), inv), hcs=("UTF-8", "Q"), on_file="rhein", mid=T.T3.mid))

# ------------------------------------------------------------------ clean-04
f = "clean-04-statement-sierravalley-past-due-onfile-aba-portal-en.eml"
v = C.V["sierra"]
b = v.bank
w = jst(2026, 12, 9, 2, 10, 31)  # Dec 8, 09:10 PST
text = f"""Dear Miho,

Please find below your statement of account as of December 8, 2026.

Invoice        Date        Due         Amount (USD)   Status
SV-INV-50731   11/03/2026  12/03/2026  41,280.00      5 days past due

We understand the shipment arrived later than planned. If the payment
has already been sent, please disregard this reminder and, if
possible, let us know the value date so that we can match it.

Our remittance details are unchanged:
{b['bank']}, Sacramento, CA
ABA routing number: {b['routing']}
Checking account: {b['account']}

You can also view statements and copies of invoices in our customer
portal: https://portal.sierravalley-soy.example/ar

If anyone asks you to pay to a different account on our behalf,
please call me at (916) 555-0131 before paying.

Best regards,
Rachel Nguyen
Accounts Receivable
Sierra Valley Soy Ingredients, Inc.
2200 Levee Road, Woodland, CA 95776
Tel (916) 555-0131"""
add(mail(f, "clean", "payment-reminder", "en",
         "The US supplier's real AR mailbox on its Exchange Online tenant (SPF/DKIM/DMARC pass, office hours "
         "PST): the invoice of clean-11 is five days past due; polite, 'remittance details are unchanged' "
         "with the routing and account on file, link only to its own portal, and a call-back warning. "
         "bec-11 and bec-13 exploit the same invoice.",
         L.m365(f, w, P("hasegawa").email, v.domain, "NAM", C.CONTACTS["nguyen"][1],
                "Statement of account - Yukitsubaki Foods Co., Ltd.", tz=PST),
         when=w, frm=C.CONTACTS["nguyen"], to=[P("hasegawa").en_addr()],
         subject="Statement of account - Yukitsubaki Foods Co., Ltd. - December 2026",
         body=L.outlook_en(text), hcs=("UTF-8", "Q"), on_file="sierra"))

# ------------------------------------------------------------------ clean-11
f = "clean-11-vendor-thread-sierravalley-vessel-rollover-revised-eta-nothing-changes-en.eml"
v = C.V["sierra"]
add(mail(f, "clean", "vendor-thread", "en",
         "A genuine reply in the shipment thread by the supplier's export coordinator (real tenant, SPF/DKIM/"
         "DMARC pass, afternoon PST): rolled to another vessel, new ETA, invoice dated on B/L, 'payment "
         "details the same as always', nothing to pay now. bec-17 later hijacks this thread.",
         L.m365(f, T.C11.when, P("tanaka").email, v.domain, "NAM", T.ORTIZ[1], T.T4_SUBJ, tz=PST),
         when=T.C11.when, frm=T.ORTIZ, to=T.C11.to, cc=T.C11.cc, subject=T.C11.subject,
         body=L.outlook_en(T.C11.text), hcs=("UTF-8", "Q"), in_reply_to=T.T4.mid, references=T.T4.refs, mid=T.C11.mid))

# ------------------------------------------------------------------ clean-12
f = "clean-12-vendor-thread-nihonkai-temperature-logs-csv-audit-ja.eml"
v = C.V["nihonkai"]
w = jst(2026, 11, 11, 9, 35, 48)
text = f"""関様

いつもお世話になっております。日本海コールドチェーン 品質管理課の須藤です。

10月出荷分の車両別庫内温度の一覧を添付いたします（CSV）。
全52運行で、設定温度 -20℃ に対し最高 -16.8℃（10月17日 新潟→戸田 冷凍2号車、
荷積み時の扉開放による一時的な上昇、5分以内に復帰）でした。
-15℃を超えた運行はございません。

ロガーの生データが必要な場合は、通常どおり月次報告書と合わせて
郵送いたしますのでお申し付けください。
監査当日にご質問があれば、私の携帯（090-0000-4471）までご連絡ください。

よろしくお願いいたします。

日本海コールドチェーン株式会社
品質管理課　須藤 圭
TEL 025-000-8860

{K.outlook_block_ja(T.T6.when, "関 美紀 <seki.miki@yukitsubaki-foods.example>", "須藤 圭 <k-sudo@nihonkai-coldchain.example>", T.T6_SUBJ)}

{T.T6_TEXT}"""
csv = "\n".join(["運行日,区間,車両,設定温度,最高温度,最低温度"] + [
    f"2026-10-{d:02d},新潟→{dest},冷凍{car}号車,-20.0,{hi},{lo}" for d, dest, car, hi, lo in [
        (2, "戸田", 1, "-18.9", "-21.4"), (5, "大阪", 3, "-18.2", "-21.0"), (9, "戸田", 2, "-19.1", "-21.6"),
        (13, "厚木", 1, "-18.7", "-21.2"), (17, "戸田", 2, "-16.8", "-21.1"), (21, "大阪", 3, "-18.4", "-20.9"),
        (26, "戸田", 1, "-19.0", "-21.5"), (30, "厚木", 2, "-18.6", "-21.3")]] + ["（抜粋：全52運行は月次報告書のとおり）"]) + "\n"
add(mail(f, "clean", "vendor-thread", "ja",
         "A genuine reply from the cold-chain carrier's quality manager (real tenant, SPF/DKIM/DMARC pass, "
         "09:35) in a thread started by the company's QA: the temperature log as a CSV, an excursion "
         "explained, raw data by post. Nothing to pay, nothing changes. UTF-8 base64.",
         L.m365(f, w, P("seki").email, v.domain, "APC", T.SUDO[1], T.T6_SUBJ, lang="ja-JP", attach=True),
         when=w, frm=T.SUDO, to=[P("seki").ja_addr()], subject="RE: " + T.T6_SUBJ,
         body=L.mixed(L.outlook_utf8(text), L.textfile(csv, "温度記録_2026年10月.csv", "text/csv; charset=UTF-8")),
         hcs=("UTF-8", "B"), in_reply_to=T.T6.mid, references=T.T6.refs))
