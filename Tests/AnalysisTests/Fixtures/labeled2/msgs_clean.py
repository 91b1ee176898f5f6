"""Clean hard negatives (label clean) — part 1: genuine mail that uses BEC vocabulary."""
import hops as H
from build import Spec, jst, auth, aligned, mid_gmail, mid_generic
from mime import Text, Multi, Attachment
from build import tiny_pdf
from org import P

ORG = aligned("example.net", p="quarantine")


def internal(f, when, frm_key, to, subject, body, notes, lang="ja", kind="internal", cc=(),
             pc="192.0.2.87", hcs=("ISO-2022-JP", "B"), extra=(), rcpt=None):
    s = P(frm_key)
    rcpt = rcpt or to[0][1]
    return Spec(
        f, "clean", kind, lang, notes,
        when=when, frm=(s.kanji, s.email), to=to, cc=cc, subject=subject, body=body, hcs=hcs,
        provider=H.internal(f, when, rcpt, pc), auth=ORG, rcpt=rcpt,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")] + list(extra),
        mid=mid_generic(f, when, "example.net"))


def _ceo_urgent():
    rc, cc = P("nakamura"), P("takahashi")
    body = """中村さん

お疲れ様です。佐々木です。
明日10時からの取締役会で、6月末の支払予定一覧（振込予定額と振込先の内訳）を報告したいので、
至急まとめてもらえますか。今日の17時までに共有フォルダに置いてもらえれば大丈夫です。
金額の大きい東邦金属さんと三和ホールディングスさんの分は、契約番号も添えてください。

不明点は内線かTeamsでどうぞ。

佐々木
"""
    return internal(
        "clean-01-ceo-urgent-internal-ja.eml", jst(2025, 6, 24, 11, 3, 26), "sasaki",
        [(rc.kanji, rc.email)], "【至急】明日の取締役会資料について", Text(body),
        "Genuine urgent request from the real CEO's corporate address, submitted from an office PC "
        "(192.0.2.87) via smtp.example.net; SPF/DKIM/DMARC pass for example.net. Mentions 至急, 振込, "
        "支払 but asks for a report, not a payment.",
        cc=[(cc.kanji, cc.email)], pc="192.0.2.87")


def _friend_gmail():
    f = "clean-02-friend-gmail-ja.eml"
    when = jst(2025, 6, 15, 21, 22, 9)
    rc = P("ikeda")
    text = """由美ちゃん

久しぶり！亜希子です。会社のアドレスに送っちゃってごめんね、LINEの調子が悪くて…
8月の同窓会の件、幹事で集金してるんだけど、会費6,000円を月末までに振り込んでもらえるかな？
振込先は前と同じ、ゆうちょの私の口座です。わからなかったら連絡してね。

急ぎじゃないけど、人数を確定したいから出欠だけ今週中に教えてもらえると助かります！

亜希子
"""
    html = ("<div dir=\"ltr\">" + text.replace("\n", "<br>") + "</div>\n")
    return Spec(
        f, "clean", "personal", "ja",
        "A personal friend (not an employee, no name match) on gmail.com writing to an employee's corporate "
        "address about a reunion fee: 振込, 急ぎ, LINE, freemail, yet benign. Auth passes for gmail.com. "
        "Gmail-style multipart/alternative, UTF-8 base64.",
        when=when, frm=("佐藤亜希子", "akiko.sato.1987@gmail.com"),
        to=[("", rc.email)], subject="同窓会の件", hcs=("UTF-8", "B"),
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="base64"),
                                   Text(html, "html", charset="UTF-8", cte="base64")]),
        provider=H.gmail(f, when, rc.email), auth=aligned("gmail.com"),
        mid=mid_gmail(f))


def _vendor_invoice():
    f = "clean-03-vendor-invoice-genuine-ja.eml"
    when = jst(2025, 6, 30, 15, 44, 51)
    rc = P("saito")
    body = """青空精機株式会社
購買部 斎藤様

いつもお世話になっております。
東邦金属の田村です。

6月分のご請求書をお送りいたします。
ご確認のほど、よろしくお願いいたします。

　ご請求金額：1,284,700円（税込）
　お支払期日：2025年7月31日
　お振込先　：みなと中央銀行　川崎支店　普通　1029384
　口座名義　：トウホウキンゾク（カ

ご不明な点がございましたら、お気軽にお問い合わせください。

-----------------------------------
東邦金属株式会社
営業部　田村 健一
〒210-0007 神奈川県川崎市川崎区駅前本町 9-9
TEL 044-000-0000
-----------------------------------
"""
    pdf = tiny_pdf("Invoice 2025-06 Aozora Seiki")
    return Spec(
        f, "clean", "vendor-invoice", "ja",
        "Genuine monthly invoice from the supplier's own domain tohokinzoku.example with bank details "
        "(the usual account; contrast bec-09 from the lookalike toho-kinzoku.example). Aligned auth. "
        "PDF attachment, filename in RFC 2231 form with charset ISO-2022-JP (percent-encoded escape sequences).",
        when=when, frm=("田村 健一", "k.tamura@tohokinzoku.example"),
        to=[(rc.kanji, rc.email)], subject="6月分ご請求書送付のご案内（東邦金属）",
        body=Multi("mixed", [Text(body), Attachment(pdf, "application/pdf", "請求書_2025年6月分_青空精機様.pdf",
                                                    charset="ISO-2022-JP")]),
        provider=H.server(f, when, rc.email, "mail.tohokinzoku.example", "210.130.94.10",
                          client=("p5012-ipoe.kawasaki.example", "210.130.94.77"), sel="tk2023"),
        auth=aligned("tohokinzoku.example"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        mid=mid_generic(f, when, "tohokinzoku.example"))


def _saas_signin():
    f = "clean-04-saas-new-signin-en.eml"
    when = jst(2025, 6, 17, 9, 30, 12)
    rc = P("maeda")
    link = "https://app.taskhub.example/settings/security"
    text = f"""Hi Yuto,

We noticed a new sign-in to your TaskHub account.

Device: Chrome on Windows
Location: Matsumoto, Japan
Time: June 17, 2025 09:29 JST

If this was you, you don't need to do anything. If you don't recognise this sign-in, change your password and review your active sessions:
{link}

- The TaskHub team
"""
    html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hi Yuto,</p><p>We noticed a new sign-in to your TaskHub account.</p>
<p>Device: Chrome on Windows<br>Location: Matsumoto, Japan<br>Time: June 17, 2025 09:29 JST</p>
<p>If this was you, you don't need to do anything. If you don't recognise this sign-in, change your password and review your active sessions:<br>
<a href="{link}">{link}</a></p><p>- The TaskHub team</p></body></html>
"""
    return Spec(
        f, "clean", "saas-notification", "en",
        "Genuine SaaS security notice (new sign-in) from taskhub.example via its ESP subdomain "
        "(envelope em2841.taskhub.example, DKIM d=taskhub.example); link text equals target on the "
        "sender's own domain. Uses 'sign-in', 'password'.",
        when=when, frm=("TaskHub", "no-reply@taskhub.example"),
        to=[("", rc.email)], subject="New sign-in to your TaskHub account",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(html, "html", charset="UTF-8", cte="7bit")]),
        provider=H.server(f, when, rc.email, "o1.em2841.taskhub.example", "167.89.101.44", sel="s1"),
        auth=auth("pass", "em2841.taskhub.example", "pass", "taskhub.example", "pass", "taskhub.example"),
        return_path="bounces+2841-7f1c@em2841.taskhub.example",
        mid=mid_generic(f, when, "taskhub.example"))


def _saas_approval():
    f = "clean-05-saas-expense-approval-ja.eml"
    when = jst(2025, 6, 18, 13, 5, 40)
    rc = P("nakamura")
    body = """中村 直子 様

松本 翔太 さんから振込申請の承認依頼が届いています。

申請番号　：PAY-2025-0618
支払先　　：株式会社みどり梱包
金額　　　：187,550円
支払予定日：2025年6月30日

承認・差戻しは、こちらから行ってください。
https://app.keihi-cloud.example/approvals/PAY-2025-0618

※このメールは送信専用アドレスから配信しています。
ケイヒクラウド
"""
    return Spec(
        f, "clean", "saas-notification", "ja",
        "Genuine expense/payment-approval notification from a SaaS (keihi-cloud.example), aligned auth, link on "
        "the sender's own domain. 振込申請 and 承認 vocabulary. UTF-8 quoted-printable, subject UTF-8 Q.",
        when=when, frm=("ケイヒクラウド", "notify@keihi-cloud.example"),
        to=[("", rc.email)], subject="【承認依頼】振込申請 PAY-2025-0618（松本 翔太）", hcs=("UTF-8", "Q"),
        body=Text(body, charset="UTF-8", cte="quoted-printable"),
        provider=H.server(f, when, rc.email, "mta2.keihi-cloud.example", "52.195.14.80", sel="kc1"),
        auth=aligned("keihi-cloud.example"),
        return_path="bounce@mail.keihi-cloud.example",
        mid=mid_generic(f, when, "keihi-cloud.example"))


def _newsletter():
    f = "clean-06-newsletter-en.eml"
    when = jst(2025, 6, 20, 6, 0, 0)
    rc = P("okada")
    text = """Precision Manufacturing Weekly - Issue 212

In this issue
- Tolerance stack-up: three mistakes we still see in 2025
- Case study: cutting scrap by 18% with in-line CMM checks
- Supply chain: lead times for spindle bearings ease in Q3

Read online: https://pmweekly.example/issues/212

You are receiving this because you subscribed at pmweekly.example.
Unsubscribe: https://pmweekly.example/unsubscribe?u=9f31c2
"""
    html = """<html><body style="font-family:Georgia,serif"><h1>Precision Manufacturing Weekly</h1><p>Issue 212</p>
<ul><li><a href="https://pmweekly.example/issues/212#stackup">Tolerance stack-up: three mistakes we still see in 2025</a></li>
<li><a href="https://pmweekly.example/issues/212#cmm">Case study: cutting scrap by 18% with in-line CMM checks</a></li>
<li><a href="https://pmweekly.example/issues/212#bearings">Supply chain: lead times for spindle bearings ease in Q3</a></li></ul>
<p style="font-size:11px">You are receiving this because you subscribed at pmweekly.example.
<a href="https://pmweekly.example/unsubscribe?u=9f31c2">Unsubscribe</a></p></body></html>
"""
    return Spec(
        f, "clean", "newsletter", "en",
        "Subscribed industry newsletter with List-Id and List-Unsubscribe; aligned auth; links on the sender's "
        "own domain.",
        when=when, frm=("Precision Manufacturing Weekly", "newsletter@pmweekly.example"),
        to=[("", rc.email)], subject="PMW #212: tolerance stack-up mistakes, in-line CMM, bearing lead times",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
        provider=H.server(f, when, rc.email, "mail.pmweekly.example", "198.2.180.14", sel="k2"),
        auth=aligned("pmweekly.example"),
        return_path="bounce-212-9f31c2@pmweekly.example",
        extra=[("List-Id", "Precision Manufacturing Weekly <weekly.pmweekly.example>"),
               ("List-Unsubscribe", "<https://pmweekly.example/unsubscribe?u=9f31c2>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        mid=mid_generic(f, when, "pmweekly.example"))


def _payroll_provider():
    f = "clean-07-payroll-provider-ja.eml"
    when = jst(2025, 6, 25, 7, 0, 5)
    rc = P("kobayashi")
    body = """小林 大輝 様

いつも給与ナビをご利用いただきありがとうございます。
青空精機株式会社より、2025年6月分の給与明細が発行されました。

支給日：2025年6月25日

明細はWeb上でご確認いただけます。下記よりログインしてください。
https://payroll-service.test/login

※ 振込先口座の変更は、本メールへの返信ではお受けできません。
　勤務先の人事部へお申し出ください。

給与ナビ 運営事務局
このメールは送信専用アドレスからお送りしています。
"""
    return Spec(
        f, "clean", "payroll-notification", "ja",
        "Genuine payslip notice from the organisation's payroll provider on a .test domain (payroll-service.test), "
        "aligned auth, login link on the sender's own domain. Payroll, 振込先口座, ログイン vocabulary. ISO-2022-JP.",
        when=when, frm=("給与ナビ", "noreply@payroll-service.test"),
        to=[("", rc.email)], subject="【給与ナビ】6月分 給与明細発行のお知らせ",
        body=Text(body),
        provider=H.server(f, when, rc.email, "out1.payroll-service.test", "13.112.40.201", sel="pn"),
        auth=aligned("payroll-service.test"),
        mid=mid_generic(f, when, "payroll-service.test"))


def messages():
    from msgs_clean2 import messages as more
    return [_ceo_urgent(), _friend_gmail(), _vendor_invoice(), _saas_signin(), _saas_approval(),
            _newsletter(), _payroll_provider()] + more()
