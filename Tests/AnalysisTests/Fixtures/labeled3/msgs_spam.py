"""Spam: unsolicited marketing, SEO pitches, list sellers, investment lures."""
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN


def sp01():
    f = "spam-01-seo-proposal-gmail-ja.eml"
    t = jst(2025, 10, 15, 10, 20, 33)
    m = P("matsui")
    addr = "webshukyaku.sato.consult@gmail.com"
    text = ("若葉化学工業株式会社\n"
            "ご担当者様\n"
            "\n"
            "突然のご連絡失礼いたします。\n"
            "Web集客コンサルタントの佐藤と申します。\n"
            "\n"
            "御社のホームページ（wakaba-chem.example）を拝見いたしました。\n"
            "大変すばらしい製品をお持ちですが、「特殊溶剤」「機能性樹脂 メーカー」などの\n"
            "主要キーワードで検索結果の上位に表示されておらず、\n"
            "見込み客を競合他社に奪われている可能性がございます。\n"
            "\n"
            "弊社では、化学・素材メーカー様に特化したSEO対策を、\n"
            "月額3万円からの成果報酬型でご提供しております。\n"
            "・検索順位の無料診断レポート\n"
            "・競合5社との比較分析\n"
            "・問い合わせ数を3倍にした導入事例のご紹介\n"
            "\n"
            "ご興味がございましたら、本メールにご返信いただくだけで\n"
            "無料診断レポートをお送りいたします。\n"
            "\n"
            "今後このようなご案内が不要の場合は、お手数ですが「不要」とご返信ください。\n"
            "\n"
            "佐藤 健\n"
            "Web集客コンサルタント\n")
    body = M.alt(plain(text, "UTF-8", "base64"), html(simple_html(text, "arial, sans-serif", "small"), cte="base64"))
    return Msg(f, "spam", "marketing", "ja",
               "Unsolicited SEO pitch from a Gmail address (authenticated for gmail.com) to a general-affairs "
               "clerk: 'your site does not rank', free diagnosis, reply '不要' to opt out. No executive name, "
               "no payment, no link. UTF-8 base64.",
               when=t, frm=("佐藤 健", addr), to=[("", m.email)],
               subject="御社ホームページの検索順位について（無料診断のご案内）", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, m.email), auth=R.aligned("gmail.com", addr), mid=mid_gmail(f), style="gmail")


def sp02():
    f = "spam-02-seo-web-design-gmail-en.eml"
    t = jst(2025, 10, 21, 2, 9, 17)
    e = P("carter")
    addr = "ryan.webgrowth.seo@gmail.com"
    text = ("Hi,\n"
            "\n"
            "I was checking your website wakaba-chem.example and noticed a few issues that are keeping it from "
            "the first page of Google:\n"
            "\n"
            "- slow loading speed on mobile\n"
            "- missing meta descriptions and alt tags\n"
            "- very few quality backlinks\n"
            "\n"
            "We are a small team of SEO and web design specialists and we have helped 200+ B2B companies "
            "double their organic traffic. Our packages start at $199/month and there is no long-term "
            "contract.\n"
            "\n"
            "Would you like a free website audit report? Just reply \"Yes\" and I will send it over within 24 "
            "hours.\n"
            "\n"
            "Best regards,\n"
            "Ryan Mitchell\n"
            "Digital Marketing Consultant\n"
            "\n"
            "If you don't want to hear from me again, please reply \"No\".\n")
    return Msg(f, "spam", "marketing", "en",
               "Classic SEO / web-design cold pitch from a Gmail address (authenticated for gmail.com) to a "
               "sales manager: 'free audit', reply 'Yes'/'No'. No link, no impersonation, no payment.",
               when=t, frm=("Ryan Mitchell", addr), to=[("", e.email)],
               subject="Website ranking issue", body=plain(text, "UTF-8", "quoted-printable"),
               route=R.gmail(f, t, e.email), auth=R.aligned("gmail.com", addr), mid=mid_gmail(f),
               style="gmail", date_tz=R.PDT)


def sp03():
    f = "spam-03-solvent-supplier-wechat-whatsapp-en.eml"
    t = jst(2025, 10, 27, 11, 33, 8)
    s = P("sakamoto")
    dom = "hengtai-chem.example"
    text = ("Dear Purchasing Manager,\n"
            "\n"
            "Good day!\n"
            "\n"
            "This is Linda from Hengtai Chemical Co., Ltd., a leading manufacturer of industrial solvents and "
            "resins in China with 15 years of experience. We know you are buying butyl acetate, MEK and acrylic "
            "resin, and we can offer:\n"
            "\n"
            "* Butyl acetate 99.5% min - competitive price, ISO9001, REACH registered\n"
            "* Methyl ethyl ketone 99.8% min\n"
            "* Acrylic resin for coatings, customized specifications\n"
            "\n"
            "Free samples are available. Payment terms: T/T 30% deposit, 70% against B/L copy.\n"
            "\n"
            "If you are interested, please kindly send us your inquiry with quantity, and we will quote our best "
            "price at once.\n"
            "\n"
            "Best regards,\n"
            "\n"
            "Linda Zhang\n"
            "Sales Manager\n"
            "Hengtai Chemical Co., Ltd.\n"
            "Mob/WhatsApp: +86 138 0000 4417\n"
            "WeChat: linda_hengtai88\n"
            "LINE: linda.ht\n"
            "Skype: live:linda.hengtai\n"
            "Web: www.hengtai-chem.example\n")
    h = ("<html><body style=\"font-family:Verdana;font-size:10pt\">"
         + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in text.split("\n"))
         + "<div><img src=\"https://www.hengtai-chem.example/img/factory.jpg\" width=\"400\"></div></body></html>")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(h))
    return Msg(f, "spam", "sales-pitch", "en",
               "Unsolicited supplier pitch from hengtai-chem.example (SPF, DKIM, DMARC pass for its own "
               "domain) to purchasing. The signature lists WhatsApp, WeChat, LINE and Skype contacts and the "
               "payment terms mention a T/T deposit: chat handles and payment words, yet no impersonation and "
               "no request to change anything - spam, not BEC.",
               when=t, frm=("Linda Zhang", "linda@" + dom), to=[("", s.email)],
               subject="Butyl acetate / MEK / acrylic resin - best price from factory", body=body,
               route=R.bulk(f, t, s.email, "smtp." + dom, "203.0.113.58", tz=R.HKT),
               auth=R.aligned(dom, "linda@" + dom), mid=mid_std(f, t, dom), date_tz=R.HKT,
               fields=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])


def sp04():
    f = "spam-04-exhibition-visitor-list-sale-ja.eml"
    t = jst(2025, 11, 4, 9, 0, 2)
    n = P("nakajima")
    dom = "biz-list-center.example"
    url = "https://www.biz-list-center.example/lp/chem2025/?utm_source=mail&utm_campaign=1104"
    text = ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
            "　【期間限定】化学・素材業界 決裁者リスト 12,400件\n"
            "　　　　　　特別価格 98,000円（税別）\n"
            "━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
            "\n"
            "営業ご担当者様\n"
            "\n"
            "いつもお世話になっております。ビジネスリストセンターでございます。\n"
            "\n"
            "先月開催された化学関連展示会の来場企業を中心に、\n"
            "化学・素材・塗料業界の部長職以上の決裁者情報をまとめたリストをご用意しました。\n"
            "\n"
            "■収録項目：会社名／部署／役職／氏名／メールアドレス／電話番号\n"
            "■形式：Excel（即日納品）\n"
            "■サンプル100件を無料でお送りします\n"
            "\n"
            "お申込み・サンプルのご請求はこちら\n"
            f"{url}\n"
            "\n"
            "※配信停止をご希望の方は、件名に「配信停止」と記載してご返信ください。\n"
            "\n"
            "ビジネスリストセンター\n")
    body = plain(text, "UTF-8", "base64")
    return Msg(f, "spam", "list-seller", "ja",
               "Bulk mail selling a 'decision-maker list' of the chemical industry (names, mail addresses, "
               "phone numbers) from biz-list-center.example via its own bulk sender (SPF and DKIM pass, DMARC "
               "pass p=none), List-Unsubscribe present. UTF-8 base64.",
               when=t, frm=("ビジネスリストセンター", "info@" + dom), to=[("", n.email)],
               subject="【期間限定】化学・素材業界 決裁者リスト12,400件 特別価格のご案内", body=body,
               hcs=("UTF-8", "B"),
               route=R.bulk(f, t, n.email, "mta01." + dom, "198.51.100.111", pickup_host="app." + dom),
               auth=R.aligned(dom, "bounce-1104@" + dom), return_path="bounce-1104@" + dom,
               mid=mid_std(f, t, dom),
               fields=[("List-Unsubscribe", f"<mailto:unsubscribe@{dom}?subject=unsubscribe>"),
                       ("Precedence", "bulk")])


def sp05():
    f = "spam-05-investment-seminar-line-ja.eml"
    t = jst(2025, 11, 11, 20, 3, 51)
    y = P("yamamoto")
    dom = "shisan-juku.example"
    text = ("山本 葵 様\n"
            "\n"
            "はじめまして。資産形成アカデミー事務局です。\n"
            "\n"
            "「給料だけでは将来が不安…」そんな会社員の方のために、\n"
            "月2万円から始められる資産運用の無料オンラインセミナーを開催しています。\n"
            "\n"
            "◆実績◆ 受講生の平均利回り 年18.7％\n"
            "◆特典◆ 今なら講師が実際に使っている銘柄リストをプレゼント\n"
            "\n"
            "お申し込みは公式LINEから！\n"
            "LINE ID：@shisan-juku\n"
            "（友だち追加後「セミナー」と送信してください）\n"
            "\n"
            "※定員になり次第締め切ります。\n"
            "\n"
            "――――――――――――――――\n"
            "資産形成アカデミー事務局\n"
            "LINE：@shisan-juku\n"
            "WhatsApp / WeChat でのご相談も受け付けております\n"
            "――――――――――――――――\n")
    return Msg(f, "spam", "investment", "ja",
               "Investment-seminar spam from shisan-juku.example (SPF softfail, no DKIM, DMARC none) with "
               "unrealistic returns; asks the reader to add an official LINE account, signature lists LINE, "
               "WhatsApp and WeChat. Addressed by name, but no impersonation. ISO-2022-JP.",
               when=t, frm=("資産形成アカデミー", "info@" + dom), to=[y.ja_addr()],
               subject="【無料】会社員のための資産運用セミナーのご案内", body=plain(text),
               route=R.bulk(f, t, y.email, "mail.cheap-vps.example", "203.0.113.201"),
               auth=R.Auth("softfail", "info@" + dom, "none", None, "none", dom, p="none"),
               mid=mid_std(f, t, "mail.cheap-vps.example"))


def sp06():
    f = "spam-06-trade-show-attendee-list-outlook-en.eml"
    t = jst(2025, 11, 13, 4, 12, 30)
    e = P("carter")
    addr = "olivia.data.insights@outlook.com"
    text = ("Hi,\n"
            "\n"
            "Would you be interested in acquiring the Attendees/Visitors list of ChemExpo North America 2025?\n"
            "\n"
            "List includes: Company name, Contact name, Job title, Email address, Phone number, Website.\n"
            "Total records: 9,860\n"
            "\n"
            "Let me know if you are interested and I'll get back to you with the counts and pricing.\n"
            "\n"
            "Regards,\n"
            "Olivia Bennett\n"
            "Marketing Coordinator\n"
            "\n"
            "If you do not wish to receive future emails, please reply with \"Leave Out\".\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "Calibri, sans-serif", "11pt")))
    return Msg(f, "spam", "list-seller", "en",
               "Attendee-list spam from an outlook.com address (authenticated for outlook.com): trade-show "
               "visitor list for sale, reply 'Leave Out' to opt out. The subject fakes a reply ('RE:') "
               "but there is no thread (no In-Reply-To or References). Free mail, no impersonation, no payment.",
               when=t, frm=("Olivia Bennett", addr), to=[("", e.email)],
               subject="RE: ChemExpo North America 2025 Attendees List", body=body,
               route=R.outlook_consumer(f, t, e.email, "NAM"), auth=R.aligned("outlook.com", addr),
               mid=mid_outlook_consumer(f, "NAM"), date_tz=R.CST, style="outlook",
               fake_reply=True,
               fields=[("Thread-Topic", "ChemExpo North America 2025 Attendees List"),
                       ("Thread-Index", thread_index(f))])


def sp07():
    f = "spam-07-packaging-factory-wechat-line-ja.eml"
    t = jst(2025, 11, 17, 15, 44, 9)
    u = P("uchida")
    dom = "sunrise-pack.example"
    text = ("ご担当者様\n"
            "\n"
            "突然のメール失礼いたします。\n"
            "私どもは中国・寧波の包装資材メーカー「サンライズパッケージ」でございます。\n"
            "\n"
            "化学品用のドラム缶、IBCコンテナ、ペール缶、ラベルを自社工場で生産しており、\n"
            "日本のお客様へ10年以上の輸出実績がございます。\n"
            "現在お使いの製品より、20〜30％のコストダウンが可能です。\n"
            "\n"
            "・UN規格認証品\n"
            "・小ロット対応（200本から）\n"
            "・無料サンプルあり\n"
            "\n"
            "ご興味がございましたら、お気軽にお問い合わせください。\n"
            "日本語対応スタッフがおりますので、ご安心ください。\n"
            "\n"
            "--------------------------------\n"
            "サンライズパッケージ（寧波）有限公司\n"
            "営業部　王 麗（ワン・リー）\n"
            "WeChat: wangli_sunrise\n"
            "WhatsApp: +86 139 0000 8862\n"
            "LINE ID: wangli-pack\n"
            "E-mail: wangli@sunrise-pack.example\n"
            "--------------------------------\n")
    return Msg(f, "spam", "sales-pitch", "ja",
               "Cold sales pitch in Japanese from a foreign packaging maker (sunrise-pack.example; SPF pass, "
               "DKIM pass, DMARC none). Signature with WeChat / WhatsApp / LINE contacts. No impersonation of "
               "the listed packaging vendor, no account details. UTF-8 quoted-printable.",
               when=t, frm=("王麗 Sunrise Package", "wangli@" + dom), to=[("", u.email)],
               subject="ドラム缶・IBCコンテナのコストダウンのご提案", body=plain(text, "UTF-8", "quoted-printable"),
               hcs=("UTF-8", "B"),
               route=R.bulk(f, t, u.email, "mail." + dom, "198.51.100.58", tz=R.HKT),
               auth=R.Auth("pass", "wangli@" + dom, "pass", dom, "none", dom, p=None),
               mid=mid_std(f, t, dom), date_tz=R.HKT, fields=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])


MESSAGES = [sp01, sp02, sp03, sp04, sp05, sp06, sp07]
