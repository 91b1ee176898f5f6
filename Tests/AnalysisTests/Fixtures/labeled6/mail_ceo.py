"""bec-01 .. bec-07: executives impersonated (CEO fraud)."""
import banking as B
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
from local import jst, mk

P = C.P
FW = B.fullwidth


def _own(dom, p="none"):
    """An attacker's own (look-alike) domain with SPF, DKIM and DMARC set up."""
    return R.Auth("pass", dom, "pass", dom, "pass", dom, p)


def bec01():
    s = P("sasaki")
    text = """佐々木さん

お疲れ様です。大野です。
今、少しよろしいでしょうか。

内密にお願いしたい件があります。
他の方には伏せておいてください。
確認でき次第、このメールに返信をください。

大野"""
    return mk("bec-01-chairman-reply-only-ocn-private-and-generated-sasaki-ja.eml", "bec", "ceo-fraud", "ja",
              "The chairman's name on an ocn.ne.jp ISP mailbox with a random local part, submitted from an outside "
              "address: a reply-only first contact ('内密に', '返信をください'), no link, no attachment. Sent to the "
              "AP clerk's private Yahoo! address on file and to hsasaki@, a corporate address built as given "
              "initial + family name, which does not exist (the real one is haruka.sasaki@).",
              via=L.isp("ocn", "198.51.100.62"),
              when=jst(2026, 2, 24, 10, 47, 3), frm=("大野雄一郎", "mxr83vq@ocn.ne.jp"),
              to=[("", s.personal[0]), ("", f"hsasaki@{C.DOMAIN}")], rcpt=f"hsasaki@{C.DOMAIN}",
              subject="お疲れ様です", body=Cm.plain(text))


def bec02():
    text = """Priya,

Are you in the office this afternoon? I am tied up in back-to-back
meetings with the landlord's agents for the new Novena site and I
cannot take calls.

I need you to handle a deposit payment for me today. It is confidential
for now - the board in Sendai wants it kept quiet until the lease is
signed, so please do not mention it to Wei Ling or anyone else yet.

Please send me your WhatsApp number so I can brief you properly and
send you the details.

Dr. Hiroshi Murakami
Sent from my iPhone"""
    return mk("bec-02-md-gmail-novena-deposit-whatsapp-en.eml", "bec", "ceo-fraud", "en",
              "The Singapore managing director's name on a Gmail address, to the clinic's finance executive: a "
              "confidential deposit 'today' for a new site, 'do not mention it to Wei Ling', and a move to WhatsApp "
              "('send me your WhatsApp number'). No amount yet: the lure only opens a conversation.",
              via=L.gmail(tz=R.SGT), when=jst(2026, 3, 10, 14, 18, 40),
              frm=("Dr. Hiroshi Murakami", "dr.h.murakami.md@gmail.com"), to=[P("raman").en_addr()],
              subject="Urgent - are you available?", body=Cm.plain(text, "UTF-8", "7bit"))


def bec03():
    dom = "ryokuhukai.example"
    acct = "5204917"
    text = f"""阿部さん

お疲れ様です。河野です。

現在、理事長と進めている医療機器販売会社の持分取得の件で、
先方との基本合意に向けた手付金の送金が必要になりました。
本件は理事会への報告前のため、経理課長を含め、他の職員には
一切口外しないようお願いします。

本日14時までに、下記の口座へお振込みをお願いします。

　金　額：{FW('28,500,000')}円
　銀行名：ひかり総合銀行　本店営業部
　口座種別：普通
　口座番号：{FW(acct)}
　名　義：トウホクメディカルホールディングス（カ

稟議は事後に私の方で回します。
終日会議が続き電話に出られないため、以後の連絡はLINEでお願いします。
LINE ID：kono-osamu0512　を追加して、メッセージをください。

振込が完了したら、振込受付書の画像をLINEで送ってください。

河野 修
常務理事 法人事務局長"""
    html = Cm.simple_html(text, font="游ゴシック, sans-serif")
    return mk("bec-03-executive-director-kunrei-lookalike-secret-deposit-line-fullwidth-ja.eml", "bec",
              "ceo-fraud", "ja",
              f"The executive director's name on {dom}, a Kunrei-shiki spelling of ryokufukai (hu for fu), "
              "hosted on Exchange Online with SPF, DKIM and DMARC of its own passing. To the treasury lead: a "
              "secret deposit for an acquisition before 14:00, 'do not tell the head of accounting', approval "
              "'afterwards', then a move to LINE. Full-width amount and account number.",
              via=L.m365(dom, "APC", client_ip="203.0.113.144", auth=_own(dom), lang="ja"),
              when=jst(2026, 4, 6, 9, 52, 18), frm=("河野 修", f"osamu.kono@{dom}"),
              to=[P("abe").ja_addr()], subject="【極秘】至急のお願い", hcs=("UTF-8", "B"),
              body=M.alt(Cm.plain(text, "UTF-8", "base64"), Cm.html(html, "UTF-8", "base64")),
              accounts=[acct])


def bec04():
    dom = "ryokufukai-med.example"
    acct = "012-775304-18"
    text = f"""Dear Wei Ling,

I am writing to you directly because Dr. Murakami is on leave this week.

The corporation is finalising the purchase of a refurbished ultrasound
system and two patient monitors for the Singapore clinic through a Hong
Kong broker, at a price well below the distributor's. The broker holds the
units only until today and requires a 40% deposit before 5pm Hong Kong
time.

Please arrange a telegraphic transfer of USD 86,400.00 from the clinic's
operating account. Sendai will reimburse the clinic next week and the
paperwork will follow through Dr. Murakami.

  Beneficiary:  Grand Pacific Medical Trading Limited
  Bank:         Victoria Harbour Commercial Bank Ltd., Hong Kong
  SWIFT:        VHCBHKHH
  Account no.:  {acct}
  Reference:    RMC-US-0327

This is strictly confidential until the purchase is announced. Please
reply to confirm once the transfer is done and send me the MT103. If it is
easier, you can reach me on Telegram (@yono_rfk), as I am travelling.

Best regards,

Yuichiro Ono
Chairman
Ryokufukai Medical Corporation"""
    return mk("bec-04-chairman-lookalike-med-hk-broker-deposit-telegram-replyto-outlook-en.eml", "bec",
              "ceo-fraud", "en",
              f"The chairman's name on {dom} (the organisation's domain with a word added), from a server of its "
              "own (SPF pass, no DKIM, DMARC pass with p=none), Reply-To an outlook.com mailbox. To the Singapore "
              "clinic manager while the MD is away: an urgent, confidential USD deposit to a Hong Kong broker "
              "today, SWIFT and account number, then Telegram.",
              via=L.server("mail.ryokufukai-med.example", "203.0.113.88", client=(None, "198.51.100.231"),
                           auth=R.Auth("pass", dom, "none", None, "pass", dom, "none"), mid="std",
                           mailer="Microsoft Outlook 16.0", lang="en"),
              when=jst(2026, 3, 27, 15, 5, 44), frm=("Yuichiro Ono", f"chairman@{dom}"),
              reply_to=[("Yuichiro Ono", "yuichiro.ono.rfk@outlook.com")], to=[P("tan").en_addr()],
              subject="Confidential - deposit required today", body=Cm.plain(text, "US-ASCII"),
              accounts=[acct])


def bec05():
    text = """渡辺さん

お疲れさまです。林です。
今日は外来と会議が立て込んでいて、電話に出られません。

急ぎで相談したいことがありますので、LINEでやり取りさせてください。
お手数ですが、LINEグループを作成して、そのQRコードをこのメールで送ってください。
作成したら私だけ招待してください。

この件はまだ他の人には話さないでください。

林 正樹

iPhoneから送信"""
    return mk("bec-05-hospital-director-icloud-line-group-qr-romaji-variant-yuuko-ja.eml", "bec", "ceo-fraud",
              "ja",
              "The hospital director's name on an iCloud address, to the purchasing clerk: cannot talk on the "
              "phone, asks for a LINE group and its QR code, 'do not tell anyone'. Addressed to yuuko.watanabe@, "
              "which follows the real pattern with the long-vowel romaji Yuuko; the real mailbox is yuko.watanabe@. "
              "iPhone Mail, UTF-8 quoted-printable.",
              via=L.icloud(), when=jst(2026, 5, 14, 11, 36, 2), frm=("林 正樹", "m.hayashi.hp@icloud.com"),
              to=[("渡辺 優子", f"yuuko.watanabe@{C.DOMAIN}")], hcs=("UTF-8", "B"),
              subject="至急", body=Cm.plain(text, "UTF-8", "quoted-printable"))


def bec06():
    c = P("chua")
    text = """Mei Lin,

Quick one. Can you let me know the current available balance on our
operating account, and what time today's cut-off is for a same-day
transfer? I need to approve a supplier payment before I board and I
want to be sure the funds are there.

Please keep this between us for now and reply here - I can't take calls
at the moment.

Thanks
Hiroshi

Get Outlook for iOS"""
    html = Cm.simple_html(text, font="Aptos, sans-serif")
    return mk("bec-06-md-hotmail-balance-cutoff-before-boarding-en.eml", "bec", "ceo-fraud", "en",
              "The Singapore MD's display name on a hotmail.com address, to his executive assistant's corporate "
              "and private Gmail addresses: asks for the operating account's balance and the same-day transfer "
              "cut-off, 'keep this between us', 'I can't take calls'. Reconnaissance before the payment request.",
              via=L.outlook_com("NAM", tz=R.SGT), when=jst(2026, 4, 16, 8, 58, 21),
              frm=("Hiroshi Murakami", "hiroshi.murakami.rmcs@hotmail.com"),
              to=[c.en_addr(), ("", c.personal[0])], subject="Quick question",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(html)))


def bec07():
    dom = "ryokufu-kai.example"
    acct = "8830146"
    text = f"""高田課長

お疲れ様です。斎藤です。

新棟（回復期リハビリ病棟）建設工事の着工金について、施工会社から
資材高騰に伴う発注確保のため、前倒しでの支払い依頼がありました。
理事会（非公開）で承認済みの案件ですが、正式発表までは
他言無用でお願いします。

本日中に下記の口座へお振込みをお願いいたします。

　振込金額　{FW('14,300,000')}円（着工金の一部）
　振込先　　東都ネット銀行　ひまわり支店
　　　　　　普通預金　{FW(acct)}
　　　　　　カ）アオバケンセツ

請求書は明日、私から経理課へお渡しします。
私は本日出張中で、電話がつながりにくい状況です。
ご対応いただけましたら、このメールへご返信ください。

よろしくお願いいたします。

医療法人社団 緑風会
副理事長　斎藤 真理子"""
    return mk("bec-07-vice-chair-hyphen-lookalike-construction-advance-eucjp-fullwidth-ja.eml", "bec",
              "ceo-fraud", "ja",
              f"The vice-chair's name on {dom} (a hyphen inserted in the organisation's domain), sent through the "
              "look-alike's own server from an outside client (SPF, DKIM, DMARC pass for the look-alike). To the "
              "head of accounting: a construction advance to pay today to a net-bank account, 'approved by a "
              "closed board meeting', invoice 'tomorrow', reply by mail only. EUC-JP base64, full-width digits.",
              via=L.server("mail.ryokufu-kai.example", "203.0.113.149", client=(None, "198.51.100.54"),
                           auth=_own(dom), mid="std", mailer="Microsoft Outlook 16.0", selector="mail"),
              when=jst(2026, 2, 6, 13, 24, 9), frm=("斎藤 真理子", f"mariko.saito@{dom}"),
              to=[P("takada").ja_addr()], subject="新棟着工金のお振込みについて（本日中）",
              hcs=("EUC-JP", "B"), body=Cm.plain(text, "EUC-JP", "base64"), accounts=[acct])


MESSAGES = [bec01, bec02, bec03, bec04, bec05, bec06, bec07]
