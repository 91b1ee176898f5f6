"""Conversations that several messages share: the Message-IDs and texts of
earlier messages that later replies quote and reference. Some earlier
messages are in the set (clean-01, clean-02, clean-11, clean-12), the others
exist only as quoted history."""
import common as K
from message import jst
from mimeparts import tok, DIGITS, HEX

P = K.P

# ------------------------------------------------------------------ タカミ精密: March invoice (clean-01)
TAKAMI_INV_WHEN = jst(2026, 4, 3, 10, 15, 26)
TAKAMI_INV_MID = K.mid_outlook_desktop("takami-inv-0403", "takami-seimitsu.example")
TAKAMI_INV_SUBJECT = "【請求書送付】2026年3月度 ご請求書（青嵐電子工業株式会社様）"
TAKAMI_SUGIYAMA = ("杉山 美穂", "sugiyama@takami-seimitsu.example")
TAKAMI_INV_TEXT = """青嵐電子工業株式会社
経理部 佐々木 様

いつも大変お世話になっております。
株式会社タカミ精密 経理課の杉山です。

2026年3月度のご請求書をお送りいたします。
添付のPDFをご確認のほど、よろしくお願いいたします。

　請求番号　：TS-2603-0164
　ご請求金額：1,873,080円（税込）
　お支払期限：2026年4月30日

お振込先は従来通り、下記の口座となります。
　みなと中央銀行 浜松支店 普通 4630218
　口座名義 カ）タカミセイミツ

原本は本日郵送いたしました。
引き続きよろしくお願いいたします。

--------------------------------------
株式会社タカミ精密　経理課
杉山 美穂
〒430-0999 静岡県浜松市中央区鍛冶町 3-14-2
TEL 053-000-4721 / FAX 053-000-4722
--------------------------------------"""
SASAKI_ACK_WHEN = jst(2026, 4, 6, 9, 2, 48)
SASAKI_ACK_MID = K.mid_outlook_desktop("sasaki-ack-0406", "seiran-elec.example")
SASAKI_ACK_TEXT = """杉山様

お世話になっております。青嵐電子工業の佐々木です。
3月度のご請求書、確かに受領いたしました。
4月30日にお支払いの予定です。

引き続きよろしくお願いいたします。

佐々木 健太
青嵐電子工業株式会社 経理部"""

# ------------------------------------------------------------------ Kessler: BX-40 shipping thread
KESSLER_WENDT = ("Tobias Wendt", "t.wendt@kessler-messtechnik.example")
KESSLER_Q_WHEN = jst(2026, 4, 27, 14, 20, 3)
KESSLER_Q_MID = K.mid_outlook_desktop("ishida-q-0427", "seiran-elec.example")
KESSLER_Q_TEXT = """Dear Mr. Wendt,

Thank you for the factory acceptance test report. We are happy with the results.

Could you please send us the shipping schedule and the draft commercial invoice for SR-PO-260311, so that our customs broker can prepare the import declaration?

Best regards,
Ken Ishida
Purchasing Section Manager
Seiran Electronics Co., Ltd."""
KESSLER_A_WHEN = jst(2026, 4, 28, 17, 44, 51)
KESSLER_A_MID = K.mid_m365("wendt-a-0428")
KESSLER_A_TEXT = """Dear Mr. Ishida,

Thank you for your confirmation.

The BX-40 will be picked up on 8 May and leaves Hamburg on MV Example Trader (ETD 12 May, ETA Shimizu 16 June). I will send the bill of lading and the packing list as soon as we have them.

The draft commercial invoice is attached. The final invoice follows with the shipping documents.

Best regards,
Tobias Wendt
Sales Manager APAC
Kessler Messtechnik GmbH"""

# ------------------------------------------------------------------ コダマ電材: April invoice (clean-02)
KODAMA_OKA = ("岡 俊彦", "oka.toshihiko@kodama-denzai.example")
KODAMA_INV_WHEN = jst(2026, 5, 1, 11, 8, 14)
KODAMA_INV_MID = K.mid_std("kodama-inv-0501", KODAMA_INV_WHEN, "kodama-denzai.example")
KODAMA_INV_SUBJECT = "【コダマ電材】4月度ご請求書送付の件"

# ------------------------------------------------------------------ コダマ電材: order SR-2605-0077 (bec-19)
KODAMA_TANABE = ("田辺 浩之", "tanabe.hiroyuki@kodama-denzai.example")
KODAMA_ORDER_SUBJECT = "ご注文 SR-2605-0077 納期回答のお願い"
KODAMA_ORDER_Q_WHEN = jst(2026, 5, 18, 13, 30, 7)
KODAMA_ORDER_Q_MID = K.mid_outlook_desktop("hayashi-q-0518", "seiran-elec.example")
KODAMA_ORDER_Q_TEXT = """株式会社コダマ電材
田辺様

いつもお世話になっております。青嵐電子工業 購買部の林です。

本日FAXにてお送りした注文書 SR-2605-0077 につきまして、
納期のご回答をいただけますでしょうか。

　・ゲートドライバIC GD-2231A　3,000個
　・電流センサ CS-50B　1,200個

量産立ち上げの関係で、6月中旬までの入荷を希望しております。
よろしくお願いいたします。

林 さくら
青嵐電子工業株式会社 購買部"""
KODAMA_ORDER_A_WHEN = jst(2026, 5, 19, 10, 2, 55)
KODAMA_ORDER_A_MID = K.mid_std("tanabe-a-0519", KODAMA_ORDER_A_WHEN, "kodama-denzai.example")
KODAMA_ORDER_A_TEXT = """青嵐電子工業株式会社
購買部 林様

いつもお世話になっております。コダマ電材の田辺です。
注文書 SR-2605-0077、確かに拝受いたしました。

GD-2231A はメーカー在庫を確保済みです。
CS-50B は現在メーカーに確認中ですので、明日中に改めてご回答いたします。

引き続きよろしくお願いいたします。

田辺 浩之
株式会社コダマ電材 営業二課"""

# ------------------------------------------------------------------ Bayview: statement of account (bec-17) and invoice BTS-40712 (bec-18)
BAYVIEW_LIU = ("Karen Liu", "kliu@bayviewtest.example")
BAYVIEW_INV_SUBJECT = "Invoice BTS-40712 / PO SEA-2026-0142"
BAYVIEW_INV_Q_WHEN = jst(2026, 3, 10, 7, 55, 12)  # Monday 14:55 in San Jose
BAYVIEW_INV_Q_MID = K.mid_outlook_desktop("reyes-q-0309", "seiran-elec.example")
BAYVIEW_INV_Q_TEXT = """Hi Karen,

We received invoice BTS-40712 for the probe card set. Our PO SEA-2026-0142 shows 4 units but the invoice lists 5. Could you check and send a corrected invoice? Once I have it I'll schedule the payment for the next run.

Thanks,
Michael Reyes
Controller | Seiran Electronics America, Inc."""

BAYVIEW_SOA_SUBJECT = "Statement of account - Seiran Electronics America"
BAYVIEW_SOA_WHEN = jst(2026, 5, 5, 2, 20, 40)
BAYVIEW_SOA_MID = K.mid_m365("liu-soa-0504", "SJ0PR11MB", "namprd11")
BAYVIEW_SOA_TEXT = """Hi Michael,

Please find below your statement of account as of May 4, 2026.

  BTS-41055  03/31/2026  $22,614.00  due 04/30/2026  past due
  BTS-41190  04/15/2026  $9,870.25   due 05/15/2026

Could you let me know when we can expect payment for BTS-41055?

Thank you,
Karen Liu
Accounts Receivable | Bayview Test Systems, Inc."""
BAYVIEW_SOA_R_WHEN = jst(2026, 5, 6, 1, 48, 33)
BAYVIEW_SOA_R_MID = K.mid_outlook_desktop("reyes-soa-0505", "seiran-elec.example")
BAYVIEW_SOA_R_TEXT = """Hi Karen,

Sorry for the delay on BTS-41055, it was held for a receiving mismatch that is now cleared. It is scheduled for our payment run on Friday 5/15 together with BTS-41190.

Best,
Michael"""
KODAMA_INV_TEXT = """青嵐電子工業株式会社
経理部　村上様

いつも大変お世話になっております。
株式会社コダマ電材　経理部の岡でございます。

2026年4月度のご請求書を添付にてお送りいたします。

　請求番号　　：KD-26-04-0312
　ご請求金額　：３，２９６，７００円（税込）
　お支払期日　：２０２６年５月２９日

お振込先は、４月１日付で変更いたしました下記口座へお願いいたします。
（２月１３日付の書面および３月の御社購買部様へのお電話にてご確認いただいた口座です。）

　ほしかわ信用金庫　本店営業部
　当座　００７２２９１
　カ）コダマデンザイ

ご査収のほど、よろしくお願い申し上げます。

株式会社コダマ電材
経理部　岡　俊彦
〒460-0999　愛知県名古屋市中区錦 2-7-31
TEL 052-000-3318"""
