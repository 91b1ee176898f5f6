"""Clean hard negatives, internal and subscriptions: payment requests between
employees, HR payroll notices, IT notices, invitations, newsletters."""
import banking as B
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN
MID, NW, PV = C.V["midori"], C.V["northwind"], C.V["pacific"]
ALL = ("全社員", "all-staff@" + D)
ALL_US = ("WCA All", "wca-all@" + D)


def internal_auth(sender):
    return R.aligned(D, sender, "reject")


def ics(seed, uid_domain, organizer, attendees, start, end, summary, location, tz="Asia/Tokyo", sent=None):
    def stamp(dt):
        return dt.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", f"TZID:{tz}"]
    if tz == "Asia/Tokyo":
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900",
                  "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
                  "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                  "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "END:DAYLIGHT"]
    lines += ["END:VTIMEZONE", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}")
    lines += [f"UID:{tok(seed + 'uid', 32, UHEX)}@{uid_domain}", f"SUMMARY;LANGUAGE=ja:{summary}" if not M.is_ascii(summary) else f"SUMMARY:{summary}",
              f"DTSTART;TZID={tz}:{stamp(start)}", f"DTEND;TZID={tz}:{stamp(end)}",
              f"DTSTAMP:{stamp(sent.astimezone(R.UTC))}Z", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


def cl08():
    f = "clean-08-internal-payment-request-midori-urgent-ja.eml"
    t = jst(2025, 11, 17, 15, 12, 3)
    sk, k, h = P("sakamoto"), P("komatsu"), P("hara")
    b = MID.bank
    text = ("経理部 小松さん\n"
            "（cc：原部長）\n"
            "\n"
            "お疲れ様です。購買部の坂本です。\n"
            "\n"
            "至急のお願いで申し訳ありません。\n"
            "先週の川崎工場→大阪営業所の臨時便（ミドリ物流）の費用について、\n"
            "先方より今月末払いでの請求が来ましたので、支払依頼を回します。\n"
            "\n"
            "・支払先：株式会社ミドリ物流\n"
            "・金額：165,000円（税込）\n"
            f"・振込先：{b['bank']} {b['branch']} {b['account_type']} {b['account']}（登録済みの口座です）\n"
            "・稟議番号：KO-2025-1187（承認済み）\n"
            "・請求書：経費精算システムに添付済み\n"
            "\n"
            "今月の締めに間に合わせたく、本日中にシステム上で承認を回していただけると助かります。\n"
            "よろしくお願いします。\n"
            "\n"
            "坂本\n"
            "--\n"
            "若葉化学工業株式会社 購買部 課長\n"
            "坂本 翼  内線 2214\n")
    return Msg(f, "clean", "internal-payment-request", "ja",
               "Internal payment request on the corporate domain (SPF, DKIM, DMARC pass; PC → "
               "smtp.wakaba-chem.example → MX): 至急 and 本日中, but for a listed vendor's account ON FILE, "
               "with an approved 稟議 number and the expense system, department head in Cc.",
               when=t, frm=sk.ja_addr(), to=[k.ja_addr()], cc=[h.ja_addr()],
               subject="【至急】支払依頼（ミドリ物流 臨時便 11月分）", body=plain(text),
               route=R.internal(f, t, k.email, "10.20.3.114"), auth=internal_auth(sk.email),
               mid=mid_outlook_desktop(f, D), on_file="midori", style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl09():
    f = "clean-09-ceo-internal-prepayment-approved-ja.eml"
    t = jst(2025, 11, 21, 8, 47, 30)
    mo, h, fu, tk, sk = P("morita"), P("hara"), P("fujii"), P("takagi"), P("sakamoto")
    iban = NW.bank["iban"]
    text = ("原さん、藤井さん\n"
            "（cc：高木さん、坂本さん）\n"
            "\n"
            "おはようございます。森田です。\n"
            "\n"
            "英国Northwind社の定量ポンプ（PO 4512）の前払金の件、\n"
            "昨日の経営会議で承認し、稟議 KO-2025-1203 も決裁しました。\n"
            "先方の出荷枠を確保するため、本日中に送金手続きを進めてください。\n"
            "\n"
            "・送金先：Northwind Components Ltd.（登録済みの口座）\n"
            f"・Example Bank plc  IBAN {B.iban_print(iban)}  SWIFT {NW.bank['swift']}\n"
            "・金額：EUR 21,360.00（請求額の50％）\n"
            "\n"
            "送金後、坂本さんから先方のHargreaves氏へ連絡をお願いします。\n"
            "不明点があれば、今日は終日本社にいますので内線で声をかけてください。\n"
            "\n"
            "森田\n")
    return Msg(f, "clean", "internal-payment-request", "ja",
               "The CEO himself, from his corporate address over the internal relay (SPF, DKIM, DMARC pass), "
               "asks finance to wire a prepayment today: executive + urgency + foreign IBAN, but to the "
               "listed vendor's IBAN ON FILE, with a decided 稟議 number, the CFO and purchasing in Cc and "
               "'call my extension' - the opposite of the secrecy in ceo-fraud.",
               when=t, frm=mo.ja_addr(), to=[h.ja_addr(), fu.ja_addr()], cc=[tk.ja_addr(), sk.ja_addr()],
               subject="Northwind社 前払金の送金について（本日中）", body=plain(text),
               route=R.internal(f, t, h.email, "10.20.1.5"), auth=internal_auth(mo.email),
               mid=mid_outlook_desktop(f, D), on_file="northwind", style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl10():
    f = "clean-10-internal-wire-approval-pacific-en.eml"
    t = jst(2025, 11, 20, 23, 5, 44)  # 08:05 CST
    br, tk = P("brooks"), P("takagi")
    text = ("Mariko,\n"
            "\n"
            "Please approve the Nov 21 payment run in the bank portal when you have a moment. It includes the two "
            "Pacific Valve & Pump invoices:\n"
            "\n"
            "PVP-88213  $24,118.40\n"
            "PVP-88240   $9,875.00\n"
            "Total      $33,993.40\n"
            "\n"
            f"Paid by ACH to their account on file ({PV.bank['bank']}, ABA {PV.bank['routing']}, "
            f"acct {PV.bank['account']}).\n"
            "\n"
            "FYI, on Nov 6 we received an email from a look-alike domain (pacificvalve-inc) asking us to change "
            "their bank details. We did not act on it; I called Maria Lopez at the number in our vendor file and "
            "she confirmed nothing has changed.\n"
            "\n"
            "Thanks,\n"
            "Daniel\n"
            "\n"
            "Daniel Brooks\n"
            "Controller, Wakaba Chemical America\n")
    return Msg(f, "clean", "internal-payment-request", "en",
               "Internal approval request from the US controller to the CFO on the corporate domain (SPF, DKIM, "
               "DMARC pass): a scheduled payment run to the listed vendor's account ON FILE (ABA routing and "
               "account as in org.yaml), and it even describes a look-alike fraud attempt in passing. Clean.",
               when=t, frm=br.en_addr(), to=[tk.en_addr()],
               subject="Approval needed: Nov 21 payment run (Pacific Valve & Pump)",
               body=plain(text, "US-ASCII", "7bit"),
               route=R.internal(f, t, tk.email, "10.20.9.31"), auth=internal_auth(br.email),
               mid=mid_outlook_desktop(f, D), on_file="pacific", date_tz=R.CST, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl11():
    f = "clean-11-hr-salary-account-change-procedure-ja.eml"
    t = jst(2025, 11, 4, 9, 30, 0)
    ok, rcpt = P("okamoto"), P("sakurai")
    text = ("社員各位\n"
            "\n"
            "人事部 給与担当の岡本です。\n"
            "給与振込口座の変更手続きについて、あらためてご案内します。\n"
            "\n"
            "■ 手続き方法\n"
            "給与振込口座の変更は、社内ポータルの「人事申請 > 給与振込口座変更」からのみ受け付けています。\n"
            "https://portal.wakaba-chem.example/hr/payroll/bank-account\n"
            "\n"
            "■ 締切\n"
            "毎月10日までに申請された変更を、当月25日支給分から反映します。\n"
            "\n"
            "■ ご注意\n"
            "・メールや電話での口座変更依頼はお受けしていません。\n"
            "・人事部から口座番号やパスワードをメールでお尋ねすることはありません。\n"
            "・最近、他社で社員になりすまして給与の振込先を変更させる詐欺が報告されています。\n"
            "　不審なメールを受け取った場合は、情報システム部（内線 2300）までご連絡ください。\n"
            "\n"
            "人事部 給与担当\n"
            "岡本 由紀（内線 2131）\n")
    return Msg(f, "clean", "hr-payroll-notice", "ja",
               "HR payroll notice from the payroll clerk's corporate address to the all-staff list (SPF, DKIM, "
               "DMARC pass, internal relay): 給与振込口座の変更 vocabulary, but it explains the portal-only "
               "procedure on the organisation's own domain and warns against payroll-diversion mail.",
               when=t, frm=ok.ja_addr(), to=[ALL], subject="給与振込口座の変更手続きについて（再周知）",
               body=plain(text), route=R.internal(f, t, rcpt.email, "10.20.5.40"), auth=internal_auth(ok.email),
               mid=mid_outlook_desktop(f, D), rcpt=rcpt.email, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl12():
    f = "clean-12-hr-nencho-gensen-portal-ja.eml"
    t = jst(2025, 11, 25, 13, 0, 0)
    mu, rcpt = P("murata"), P("okamoto")
    text = ("社員各位\n"
            "\n"
            "人事部長の村田です。\n"
            "今年も年末調整の時期となりました。下記のとおりご対応をお願いします。\n"
            "\n"
            "１．年末調整申告書の提出\n"
            "　締切：12月5日（金）\n"
            "　提出方法：社内ポータル「年末調整」メニューから入力してください。\n"
            "　https://portal.wakaba-chem.example/hr/nencho/\n"
            "\n"
            "２．2025年分 源泉徴収票の配布\n"
            "　12月の給与明細と同時に、社内ポータル上でPDFを公開します（1月上旬予定）。\n"
            "　紙での交付を希望される方は、人事部までお申し出ください。\n"
            "\n"
            "源泉徴収票や給与データを、人事部がメールで送付したり、社外のアドレスに送るよう依頼することはありません。\n"
            "\n"
            "人事部長 村田 剛\n")
    body = M.alt(plain(text, "UTF-8", "base64"), html(simple_html(text, "游ゴシック, sans-serif", "11pt"), cte="base64"))
    return Msg(f, "clean", "hr-payroll-notice", "ja",
               "Year-end-adjustment notice from the HR manager's corporate address to all staff (SPF, DKIM, "
               "DMARC pass, internal relay). 源泉徴収票 and 給与 vocabulary, links only to the internal portal; "
               "states that HR never mails such data or asks for it by mail. UTF-8 base64, text and HTML.",
               when=t, frm=mu.ja_addr(), to=[ALL], subject="年末調整の手続きと源泉徴収票の配布について",
               body=body, hcs=("UTF-8", "B"), route=R.internal(f, t, rcpt.email, "10.20.5.12"),
               auth=internal_auth(mu.email), mid=mid_outlook_desktop(f, D), rcpt=rcpt.email, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl16():
    f = "clean-16-newsletter-specialty-chem-weekly-en.eml"
    t = jst(2025, 11, 13, 21, 0, 4)
    e = P("carter")
    dom = "chemweekly-digest.example"
    base = "https://www.chemweekly-digest.example"
    text = ("SPECIALTY CHEMICALS WEEKLY - 13 November 2025\n"
            "\n"
            "TOP STORIES\n"
            "* Coatings demand in Southeast Asia rebounds in Q3\n"
            f"  {base}/2025/11/13/coatings-sea-q3\n"
            "* Solvent prices ease as new capacity comes online in the Gulf Coast\n"
            f"  {base}/2025/11/13/solvent-prices\n"
            "* Interview: what REACH revision means for resin suppliers\n"
            f"  {base}/2025/11/13/reach-revision-interview\n"
            "\n"
            "EVENTS\n"
            "ChemExpo North America, Houston, 3-5 March 2026\n"
            "\n"
            "You are receiving this newsletter because you subscribed at chemweekly-digest.example.\n"
            f"Unsubscribe: {base}/unsubscribe?u=7c1e93\n")
    h = ("<html><body style=\"font-family:Arial,sans-serif;background:#f4f4f4\">\n"
         "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td style=\"padding:20px\">\n"
         "<h2 style=\"color:#00558c\">Specialty Chemicals Weekly</h2><p>13 November 2025</p>\n"
         f"<h3><a href=\"{base}/2025/11/13/coatings-sea-q3\">Coatings demand in Southeast Asia rebounds in Q3</a></h3>\n"
         f"<h3><a href=\"{base}/2025/11/13/solvent-prices\">Solvent prices ease as new capacity comes online in the Gulf Coast</a></h3>\n"
         f"<h3><a href=\"{base}/2025/11/13/reach-revision-interview\">Interview: what REACH revision means for resin suppliers</a></h3>\n"
         "<p><b>Events:</b> ChemExpo North America, Houston, 3-5 March 2026</p>\n"
         f"<p style=\"font-size:11px;color:#777\">You are receiving this newsletter because you subscribed at "
         f"chemweekly-digest.example. <a href=\"{base}/unsubscribe?u=7c1e93\">Unsubscribe</a></p>\n"
         "</td></tr></table></body></html>")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(h))
    return Msg(f, "clean", "newsletter", "en",
               "Subscribed industry newsletter through the publisher's bulk sender (SPF, DKIM, DMARC pass for "
               "chemweekly-digest.example), List-Unsubscribe and List-Id, links only to the publisher.",
               when=t, frm=("Specialty Chemicals Weekly", "newsletter@" + dom), to=[("", e.email)],
               subject="Specialty Chemicals Weekly: Q3 coatings rebound, solvent prices ease", body=body,
               route=R.bulk(f, t, e.email, "mta3." + dom, "198.51.100.133", tz=R.UTC, pickup_host="send." + dom),
               auth=R.aligned(dom, "bounce-7c1e93@" + dom), return_path="bounce-7c1e93@" + dom,
               mid=mid_std(f, t, dom), date_tz=R.UTC,
               fields=[("List-Id", f"Specialty Chemicals Weekly <weekly.{dom}>"),
                       ("List-Unsubscribe", f"<{base}/unsubscribe?u=7c1e93>, <mailto:unsub-7c1e93@{dom}>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])


def cl17():
    f = "clean-17-newsletter-kagaku-news-ja.eml"
    t = jst(2025, 11, 26, 7, 0, 12)
    ko = P("kono")
    dom = "kagaku-news.example"
    base = "https://www.kagaku-news.example"
    text = ("━━━━━━━━━━━━━━━━━━━━━━\n"
            "化学工業ニュース メールマガジン　2025年11月26日号\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n"
            "\n"
            "■ 今週の主なニュース\n"
            "\n"
            "・国内塗料出荷、10月は前年比3.2％増\n"
            f"　{base}/news/20251126-01\n"
            "・溶剤メーカー各社、年末に向け価格改定を発表\n"
            f"　{base}/news/20251126-02\n"
            "・改正化審法の施行スケジュール、経産省が説明会\n"
            f"　{base}/news/20251126-03\n"
            "\n"
            "■ セミナーのご案内\n"
            "「化学物質管理の最新動向」2026年1月20日（火）オンライン開催\n"
            f"　{base}/seminar/2026-01\n"
            "\n"
            "配信停止・登録情報の変更はこちら\n"
            f"{base}/mypage/\n"
            "\n"
            "発行：化学工業ニュース社\n")
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">\n"
         "<div style=\"max-width:640px;margin:auto\">\n<h2 style=\"border-bottom:3px solid #2a7\">化学工業ニュース メールマガジン</h2>\n"
         "<p>2025年11月26日号</p>\n<ul>\n"
         f"<li><a href=\"{base}/news/20251126-01\">国内塗料出荷、10月は前年比3.2％増</a></li>\n"
         f"<li><a href=\"{base}/news/20251126-02\">溶剤メーカー各社、年末に向け価格改定を発表</a></li>\n"
         f"<li><a href=\"{base}/news/20251126-03\">改正化審法の施行スケジュール、経産省が説明会</a></li>\n</ul>\n"
         f"<p>セミナー：「化学物質管理の最新動向」2026年1月20日（火）<a href=\"{base}/seminar/2026-01\">詳細</a></p>\n"
         f"<p style=\"font-size:11px\"><a href=\"{base}/mypage/\">配信停止・登録情報の変更</a><br>発行：化学工業ニュース社</p>\n"
         "</div></body></html>")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(h))
    return Msg(f, "clean", "newsletter", "ja",
               "Subscribed Japanese trade newsletter from kagaku-news.example's bulk sender (SPF, DKIM, DMARC "
               "pass), List-Unsubscribe, links only to the publisher. UTF-8 quoted-printable, HTML with text.",
               when=t, frm=("化学工業ニュース", "mag@" + dom), to=[("", ko.email)],
               subject="【化学工業ニュース】11月26日号：国内塗料出荷、10月は前年比3.2％増", body=body,
               hcs=("UTF-8", "B"),
               route=R.bulk(f, t, ko.email, "mail1." + dom, "203.0.113.118", pickup_host="mm." + dom),
               auth=R.aligned(dom, "err@" + dom), return_path="err@" + dom, mid=mid_std(f, t, dom),
               fields=[("List-Unsubscribe", f"<{base}/mypage/unsubscribe?id=20931>"), ("Precedence", "bulk")])


def cl18():
    f = "clean-18-meeting-invitation-houston-en.eml"
    t = jst(2025, 11, 10, 23, 2, 19)  # 08:02 CST
    e, b, k = P("carter"), P("brooks"), P("walsh")
    start, end = jst(2025, 11, 12, 0, 0, 0).astimezone(R.CST), jst(2025, 11, 12, 1, 0, 0).astimezone(R.CST)
    text = ("Hi Daniel, Kevin,\n"
            "\n"
            "Let's review the Q1 2026 forecast for the Gulf Coast accounts and the open customer claims before "
            "I send the numbers to Kawasaki. Conference room B or Teams.\n"
            "\n"
            "Emily\n"
            "\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join: https://teams.wakaba-chem.example/l/meetup-join/19%3ameeting_Q1fc\n"
            "Meeting ID: 291 774 530 18\n"
            "________________________________________________________________________________\n")
    cal = ics(f, D, (e.en, e.email), [(b.en, b.email), (k.en, k.email)], start.replace(tzinfo=None),
              end.replace(tzinfo=None), "Q1 2026 forecast - Gulf Coast accounts", "Houston office - Conference room B",
              tz="Central Standard Time", sent=t)
    body = M.alt(plain(text, "US-ASCII", "7bit"),
                 M.Text(cal, "calendar", "UTF-8", "7bit", params=["method=REQUEST"]))
    return Msg(f, "clean", "meeting-invitation", "en",
               "Internal Outlook meeting request (text plus text/calendar METHOD:REQUEST) from a sales manager "
               "to the controller and an engineer, corporate domain, SPF/DKIM/DMARC pass, internal relay; the "
               "meeting link is on the organisation's own domain.",
               when=t, frm=e.en_addr(), to=[b.en_addr(), k.en_addr()],
               subject="Q1 2026 forecast - Gulf Coast accounts", body=body,
               route=R.internal(f, t, b.email, "10.20.9.44"), auth=internal_auth(e.email), mid=mid_outlook_desktop(f, D),
               date_tz=R.CST, style="outlook",
               fields=[("Thread-Topic", "Q1 2026 forecast - Gulf Coast accounts"), ("Thread-Index", thread_index(f)),
                       ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])


def cl19():
    f = "clean-19-meeting-invitation-sales-weekly-ja.eml"
    t = jst(2025, 11, 14, 17, 45, 2)
    n, on, kc = P("nakajima"), P("onishi"), P("carter")
    start, end = jst(2025, 11, 17, 9, 30), jst(2025, 11, 17, 10, 30)
    text = ("営業部各位\n"
            "（cc：Emily Carterさん ※米国からはTeamsで参加）\n"
            "\n"
            "中島です。\n"
            "来週の営業会議の招集です。年末の出荷調整と、12月の価格改定の顧客説明について確認します。\n"
            "\n"
            "日時：11月17日（月）9:30〜10:30\n"
            "場所：本社3階 第2会議室／Teams\n"
            "\n"
            "資料は前日までに共有フォルダに置いておきます。\n"
            "\n"
            "中島\n")
    cal = ics(f, D, (n.ja, n.email), [(on.ja, on.email), (kc.en, kc.email)], start.replace(tzinfo=None),
              end.replace(tzinfo=None), "営業会議（週次）", "本社3階 第2会議室", sent=t)
    body = M.alt(plain(text), M.Text(cal, "calendar", "UTF-8", "base64", params=["method=REQUEST"]))
    return Msg(f, "clean", "meeting-invitation", "ja",
               "Internal weekly-meeting request from a sales section manager (corporate domain, SPF/DKIM/DMARC "
               "pass, internal relay): ISO-2022-JP text plus a UTF-8 text/calendar part.",
               when=t, frm=n.ja_addr(), to=[on.ja_addr()], cc=[kc.en_addr()], subject="【招集】営業会議（11/17 9:30〜）",
               body=body, route=R.internal(f, t, on.email, "10.20.4.77"), auth=internal_auth(n.email),
               mid=mid_outlook_desktop(f, D), style="outlook", fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl20():
    f = "clean-20-internal-long-service-gift-cards-ja.eml"
    t = jst(2025, 11, 27, 10, 15, 33)
    ma, rcpt = P("matsui"), P("ota")
    text = ("社員各位\n"
            "\n"
            "総務部の松井です。\n"
            "本年度の永年勤続表彰の記念品について、ご案内します。\n"
            "\n"
            "対象者（勤続10年・20年・30年の方）には、記念品としてカタログギフトまたはギフトカードを\n"
            "お選びいただけます。対象者の方には、所属長経由で選択用紙をお渡ししています。\n"
            "\n"
            "・ギフトカードは総務部窓口（本社2階）で、12月10日から手渡しでお渡しします。\n"
            "・受け取りの際は社員証をご提示ください。\n"
            "・カード番号をメールや電話でお伝えすることはありません。\n"
            "\n"
            "表彰式は12月19日（金）16時から本社大会議室で行います。\n"
            "\n"
            "総務部 松井 千夏（内線 2402）\n")
    return Msg(f, "clean", "internal-announcement", "ja",
               "Internal announcement from general affairs to all staff (corporate domain, SPF/DKIM/DMARC pass, "
               "internal relay) about long-service awards: ギフトカード vocabulary, but cards are handed out in "
               "person and never sent by mail. ISO-2022-JP.",
               when=t, frm=ma.ja_addr(), to=[ALL], subject="永年勤続表彰 記念品（ギフトカード等）のお渡しについて",
               body=plain(text), route=R.internal(f, t, rcpt.email, "10.20.2.18"), auth=internal_auth(ma.email),
               mid=mid_outlook_desktop(f, D), rcpt=rcpt.email, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl21():
    f = "clean-21-internal-direct-deposit-question-en.eml"
    t = jst(2025, 11, 5, 6, 41, 9)  # 15:41 CST on the 4th
    e, jo = P("carter"), P("ortiz")
    text = ("Hi Jennifer,\n"
            "\n"
            "I submitted a direct deposit change in the HR portal this morning (I moved to a new credit union). "
            "The request shows as \"pending verification\". Will it be in effect for the Nov 14 payroll, or "
            "should I expect one more deposit to the old account?\n"
            "\n"
            "Also, the portal asked me to upload a voided check - I did, but let me know if you need anything "
            "else. Happy to come by your desk tomorrow.\n"
            "\n"
            "Thanks!\n"
            "Emily\n")
    return Msg(f, "clean", "internal-hr-question", "en",
               "An employee asks the payroll specialist from her own corporate address (SPF, DKIM, DMARC pass, "
               "internal relay, office PC) about a direct-deposit change she made in the HR portal; no account "
               "numbers in the mail, offers to come by in person. Payroll vocabulary without diversion.",
               when=t, frm=e.en_addr(), to=[jo.en_addr()], subject="Direct deposit change - timing?",
               body=plain(text, "US-ASCII", "7bit"), route=R.internal(f, t, jo.email, "10.20.9.52"),
               auth=internal_auth(e.email), mid=mid_outlook_desktop(f, D), date_tz=R.CST, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl22():
    f = "clean-22-it-password-change-notice-internal-ja.eml"
    t = jst(2025, 11, 6, 11, 0, 0)
    no, rcpt = P("noguchi"), P("komatsu")
    url = "https://portal.wakaba-chem.example/account/password"
    text = ("社員各位\n"
            "\n"
            "情報システム部の野口です。\n"
            "\n"
            "社内システムのセキュリティ強化のため、全社員のパスワード変更をお願いしています。\n"
            "11月21日（金）までに、社内ポータルにログインして変更してください。\n"
            f"{url}\n"
            "（社内ネットワークまたはVPN接続時のみアクセスできます）\n"
            "\n"
            "・新しいパスワードは12文字以上で、過去に使用したものは使えません。\n"
            "・情報システム部がメールや電話でパスワードを聞くことはありません。\n"
            "・社外のサイトへ誘導してパスワードを入力させるメールにご注意ください。\n"
            "\n"
            "ご不明点は情報システム部（内線 2300）までお問い合わせください。\n"
            "\n"
            "情報システム部 課長\n"
            "野口 翔\n")
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Meiryo UI,sans-serif;font-size:10.5pt\">\n"
         "<p>社員各位</p>\n<p>情報システム部の野口です。</p>\n"
         "<p>社内システムのセキュリティ強化のため、全社員のパスワード変更をお願いしています。<br>"
         f"<b>11月21日（金）まで</b>に、社内ポータルにログインして変更してください。<br>"
         f"<a href=\"{url}\">{url}</a><br>（社内ネットワークまたはVPN接続時のみアクセスできます）</p>\n"
         "<ul><li>新しいパスワードは12文字以上で、過去に使用したものは使えません。</li>"
         "<li>情報システム部がメールや電話でパスワードを聞くことはありません。</li>"
         "<li>社外のサイトへ誘導してパスワードを入力させるメールにご注意ください。</li></ul>\n"
         "<p>ご不明点は情報システム部（内線 2300）までお問い合わせください。</p>\n"
         "<p>情報システム部 課長<br>野口 翔</p>\n</body></html>")
    body = M.alt(plain(text, "UTF-8", "base64"), html(h, cte="base64"))
    return Msg(f, "clean", "internal-announcement", "ja",
               "IT department notice to all staff from its manager's corporate address (SPF, DKIM, DMARC pass, "
               "internal relay): change your password by a deadline, 'log in' - but the link (text and href "
               "identical) is the organisation's own portal on wakaba-chem.example. UTF-8 base64, HTML with "
               "text alternative.",
               when=t, frm=no.ja_addr(), to=[ALL], subject="【情報システム部】パスワード変更のお願い（11/21まで）",
               body=body, hcs=("UTF-8", "B"), route=R.internal(f, t, rcpt.email, "10.20.6.10"),
               auth=internal_auth(no.email), mid=mid_outlook_desktop(f, D), rcpt=rcpt.email, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


MESSAGES = [cl08, cl09, cl10, cl11, cl12, cl16, cl17, cl18, cl19, cl20, cl21, cl22]
