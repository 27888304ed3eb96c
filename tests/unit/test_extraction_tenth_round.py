"""Classes of failure studied on the open hold-out sets in the tenth round (issue #12), with
messages written for these tests: when a written date and time are, which currency a mark from a
".com" sender means, and which of a foreign purchase's two amounts the account paid."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import origin
from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money, assert_payee


def test_an_ambiguous_numeric_date_is_the_one_days_before_the_email() -> None:
    """ "03/05/2026" from a ".com" sender writing dollars is the 3rd of May in a message sent on
    the 3rd of May, although the US (whose dollar it is) writes the month first."""
    result = read(
        "Card Alert: Your Visa card ending 4490 was used for USD 63.66 at HARBOUR DELI on "
        "03/05/2026 at 12:28. Available balance: USD 1,341.07.",
        sender="alerts@examplebank.com",
        received=datetime(2026, 5, 3, 12, 29, tzinfo=timezone(timedelta(hours=3))),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.date().isoformat() == "2026-05-03"
    assert result.occurred_at.strftime("%H:%M") == "12:28"


def test_a_numeric_date_the_sender_writes_stays_when_it_is_near_the_email() -> None:
    """The country's own order wins whenever it gives a date days before the email."""
    result = read(
        "Purchase of $45.10 at CORNER MARKET on 05/03/2026 08:14 with card ending 1001.",
        sender="alerts@examplebank.com",
        received=datetime(2026, 5, 4, 9, 0, tzinfo=timezone(timedelta(hours=-4))),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.date().isoformat() == "2026-05-03"


@pytest.mark.parametrize(
    ("country", "received", "zone"),
    [
        # Kinshasa is UTC+1, Lubumbashi UTC+2: a header at +02:00 is the east of the Congo.
        ("CD", datetime(2026, 5, 9, 11, 4, tzinfo=timezone(timedelta(hours=2))), "Lubumbashi"),
        ("ID", datetime(2026, 5, 9, 11, 4, tzinfo=timezone(timedelta(hours=8))), "Makassar"),
        ("US", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=-6))), "Chicago"),
        # A server's UTC clock says nothing; an offset none of the country's zones has neither.
        ("CD", datetime(2026, 5, 9, 11, 4, tzinfo=UTC), "Kinshasa"),
        ("US", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=3))), "New_York"),
        ("IN", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=-8))), "Kolkata"),
    ],
)
def test_a_date_header_at_another_of_the_countrys_zones_places_the_sender(
    country: str, received: datetime, zone: str
) -> None:
    assert (origin.home_zone(country, received) or "").endswith(zone)


def test_a_time_in_the_senders_own_zone_of_several_is_not_read_as_the_capitals() -> None:
    result = read(
        "Banque Lualaba : Transaction de 275.14 USD chez JAMBO MART avec votre carte ****4417 "
        "le 09/05/2026 à 10:53. Solde disponible : 1,266.34 USD.",
        sender="alertes@lualaba.cd",
        received=datetime(2026, 5, 9, 11, 4, 24, tzinfo=timezone(timedelta(hours=2))),
    )
    assert result.occurred_at == datetime(2026, 5, 9, 10, 53, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (  # Nepali, not Hindi: the rupee is Nepal's
            "प्रिय ग्राहक, तपाईंको खाता ##4521 बाट मिति 2026-04-22 17:06 मा रु. 500.00 "
            "NTC TOPUP का लागि डेबिट भएको छ। मौज्दात रु. 1,41,547.45।",
            "alerts@examplebank.com",
            "500.00",
            "NPR",
        ),
        (  # the Liberian dollar
            "Your account ***5561 has been debited L$ 15,300.00 for prepaid power.\n"
            "Available balance: L$ 21,362.88",
            "ebanking@example.net",
            "15300.00",
            "LRD",
        ),
        (  # the Sudanese pound written out, then bare
            "تم خصم مبلغ 49,500.00 جنيه سوداني من حسابكم رقم ****3307 لصالح ZAIN بتاريخ "
            "13-10-2026 الساعة 11:50.\nالرصيد المتاح: 1,458,291.64 جنيه",
            "ebanking@examplebank.com",
            "49500.00",
            "SDG",
        ),
    ],
)
def test_a_currency_a_com_sender_writes_by_its_language_or_mark(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit")


def test_a_bare_pound_after_the_sudanese_pound_is_sudanese() -> None:
    result = read(
        "تم خصم مبلغ 49,500.00 جنيه سوداني من حسابكم رقم ****3307 لصالح ZAIN بتاريخ "
        "13-10-2026 الساعة 11:50.\nالرصيد المتاح: 1,458,291.64 جنيه",
        sender="ebanking@examplebank.com",
    )
    assert result.balance == Decimal("1458291.64")


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (  # German: the foreign amount, the rate, then the amount in euros
            "Karte\tExamplecard Visa ****8107\nHändler\tDELTA AIR ATLANTA\n"
            "Betrag in Fremdwährung\t351.08 USD\nUmrechnungskurs\t1 USD = 0,9271 EUR\n"
            "Betrag in Euro\t325,49 EUR\nAuslandseinsatzentgelt (1,99 %)\t6,48 EUR\n"
            "Datum / Uhrzeit\t18.07.2026 14:43 Uhr",
            "service@examplecard.de",
            "325.49",
            "EUR",
        ),
        (  # Georgian: "amount" then "amount debited" in lari
            "ბარათით გადახდა\nბარათი: ****4402\nობიექტი: BOOKING.COM AMSTERDAM\n"
            "თანხა: 148.50 EUR\nჩამოჭრილი თანხა: 448.05 GEL\nთარიღი: 02.07.2026 00:35",
            "info@examplebank.ge",
            "448.05",
            "GEL",
        ),
    ],
)
def test_a_foreign_purchase_is_what_the_account_was_billed_in_its_own_currency(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit")


def test_a_foreign_price_labelled_original_is_not_what_was_billed() -> None:
    """An account in euros paying a West African price: the price in francs is what moved
    when the message says the euros are the original amount."""
    assert_money(
        "Tu as payé 8 691 FCFA chez SPOTIFY AB avec ta carte ••0458.\n"
        "Montant d'origine : 12,99 EUR (frais de change inclus)\nDate : 23/05/2026 à 18:42",
        "hello@examplewallet.com",
        "8691",
        "XOF",  # as the docstring says: FCFA from a sender placed nowhere is West African
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Lao: "to" labels the payee's cell; "from account" names no one
            "ແຈ້ງເຕືອນທຸລະກຳ\nໂອນເງິນອອກ\t2,401,000 ກີບ\nຫາ\tນາງ ບົວພັນ ສີສຸກ\n"
            "ຈາກບັນຊີ\t****3120\nວັນທີ\t23/01/2026 15:24",
            "ebanking@lanxang.example.la",
            "ນາງ ບົວພັນ ສີສຸກ",
        ),
        (  # Malayalam "sent by"
            "പ്രിയ ഉപഭോക്താവേ, നിങ്ങളുടെ അക്കൗണ്ട് XX9082-ൽ 22-11-2026-ന് 21:17-ന് ₹11,200.00 "
            "ക്രെഡിറ്റ് ചെയ്തു. അയച്ചത്: RAJESH MENON (IMPS Ref 633212345678)",
            "alerts@keralabank.example.in",
            "Rajesh Menon",
        ),
        (  # Zelle: the payer before "sent you"; the account it went to is the user's
            "You received money with Zelle\nPAULA NGUYEN sent you $80.00.\nMemo: rent\n"
            "Deposited to: Checking ...8830\nDate: 05/13/2026\nConfirmation: 7W4TPSHAWZ",
            "alerts@harborbank.example.com",
            "Paula Nguyen",
        ),
        (  # French: what the payment was for, then the biller
            "SOGEX - Avis de débit\nCompte\tHTG ****1184\n"
            "Libellé\tPaiement facture CAMEP EAU POTABLE\nMontant\t4,650.00 Gdes\n"
            "Date d'opération\t10/08/2026 à 07:23",
            "notifications@sogex.example.ht",
            "Camep",
        ),
        (  # Bengali: to the account ..., from <name>
            "প্রিয় গ্রাহক, আপনার হিসাব নং ****3312 এ করিম হোসেন থেকে ৳40,200.00 জমা হয়েছে "
            "(NPSB)। তারিখ 20/10/2026 16:26।",
            "alert@meghnabank.example.bd",
            "করিম হোসেন",
        ),
        (  # Burmese: from a person, glued to the name
            "သင့်အကောင့် ****8812 သို့ ဒေါ်ခင်မြင့်ထံမှ 311,000 ကျပ် ငွေလွှဲဝင်ပါသည်။\nရက်စွဲ - 20-01-2026 12:28",
            "notifications@ayarbank.example.mm",
            "ဒေါ်ခင်မြင့်",
        ),
        (  # Faroese "shop"
            "Kortkeyp\nKort: Visa Debit ****3381\nHandil: BONUS HOYVÍK\nUpphædd: 274,49 kr.\n"
            "Dagfesting: 02.08.2026 kl. 12:18",
            "kunding@foroyabank.example.fo",
            "Bonus",
        ),
        (  # Spanish: the service a bill paid
            "Pago de servicios\nServicio:       TIGO HONDURAS\nMonto pagado:   HNL 624.88\n"
            "Cuenta débito:  ****0917\nFecha:          25/03/2026 11:04:40",
            "alertas@bancoatlantida.example.hn",
            "Tigo",
        ),
        (  # Uzbek: the shop in its own sentence after the amount's
            "Bankim: Karta *8812 orqali to'lov: 671 200,00 so'm. MAKRO YUNUSOBOD. 01.11.2026 "
            "15:57. Balans: 8 615 982,06 so'm",
            "info@bankim.example.uz",
            "Makro",
        ),
    ],
)
def test_who_was_paid_in_more_layouts_and_languages(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


def test_a_cell_the_lexicon_reads_whole_as_a_label_names_no_one() -> None:
    """ "Amount Paid" in a biller's receipt is the label of the amount; the biller is the
    sender."""
    result = read(
        "Prepaid Token Purchase Receipt\nLagos Power\nThank you for your payment.\n"
        "Meter No\t45010238817\nAmount Paid\tNGN 24,358.23\nToken\t4821-1193-0042-7731-2290\n"
        "Date\t05/10/2025 20:37",
        sender="noreply@lagospower.example.com",
        name="Lagos Power",
    )
    assert result.merchant == "Lagos Power"


def test_a_typed_name_that_spells_out_a_small_word_is_found_in_the_text() -> None:
    """ "Port Autonome de Djibouti" typed where the bank writes "PORT AUTONOME DJIBOUTI": the
    correction marks the text's words, so a template reads the next message's payee there."""
    from app.extraction import templates

    text = "Avis d'opération\nMontant : 165 500 FDJ\nLibellé : VIR. PORT AUTONOME DJIBOUTI\n"
    span = templates.find_span(text, "avis@bank.example.dj", RECEIVED, "merchant", TYPED)
    assert span is not None
    assert text[span[0] : span[1]] == "PORT AUTONOME DJIBOUTI"


RECEIVED = datetime(2026, 10, 7, 9, 0, tzinfo=timezone(timedelta(hours=3)))
TYPED = "Port Autonome de Djibouti"


@pytest.mark.parametrize(
    ("text", "merchant", "direction"),
    [
        (  # Hindi: from <name> (से), to <name> (को), each closing its clause
            "प्रिय ग्राहक, आपके खाते XX6624 में ₹1,29,610.61 जमा (क्रेडिट) किए गए — सुनील वर्मा से, "
            "दिनांक 01-10-2026 समय 12:06। उपलब्ध शेष: ₹2,50,437.61।",
            "सुनील वर्मा",
            "credit",
        ),
        (
            "प्रिय ग्राहक, आपके खाते XX6624 से ₹1,04,587.85 नामे (डेबिट) किए गए — इंडियन ऑयल को, "
            "दिनांक 15-10-2026 समय 18:30। उपलब्ध शेष: ₹1,45,849.76।",
            "इंडियन ऑयल",
            "debit",
        ),
        (  # Kinyarwanda: put on the account, sent by <name>
            "Konti yawe ***3292 yashyizweho RWF 80,800 ku wa 23/10/2026 saa 07:36, byoherejwe "
            "na MUGABO Eric. Asigaye kuri konti: RWF 1,896,544.",
            "Mugabo Eric",
            "credit",
        ),
        (  # English: someone sent the amount to the user's account
            "Harbour Bank Alert\n\nMaria Chan sent BZ$1,070.03 to your account ending 5324 on "
            "Oct 13, 2026 at 6:04 PM.\nAvailable balance: BZ$2,053.83.",
            "Maria Chan",
            "credit",
        ),
    ],
)
def test_who_paid_or_was_paid_and_which_way_in_sentences(
    text: str, merchant: str, direction: str
) -> None:
    result = read(text, sender="alerts@harbourbank.example.com", name="Harbour Bank")
    assert result.direction == direction
    assert (result.merchant or "").casefold() == merchant.casefold()


def test_you_sending_money_to_someone_is_still_money_out() -> None:
    result = read(
        "You sent $45.00 to Maria Chan on Oct 13, 2026 at 6:04 PM from your account ending 5324.",
        sender="alerts@harbourbank.example.com",
        name="Harbour Bank",
    )
    assert result.direction == "debit"


@pytest.mark.parametrize(
    ("text", "subject", "sender", "direction", "merchant"),
    [
        (  # Faroese: a transfer received, "from" as a label
            "Flyting móttikin\nKonta: 6460 ****1075\nFrá: SÚSANNA OLSEN\nUpphædd: 800,00 kr.\n"
            "Tekstur: leiga\nDagfesting: 06.10.2026",
            "Flyting móttikin",
            "kunding@eysturbank.example.fo",
            "credit",
            "Súsanna Olsen",
        ),
        (  # Sorani: money came in, put on the account by <name>
            "بڕی 275,000 دینار خرایە سەر هەژماری ****0916 لەلایەن ئاراس کەریم.\n"
            "بەروار: 27/08/2026 کات: 14:53",
            "پارەی هاتوو",
            "alerts@hawlerbank.example.iq",
            "credit",
            "ئاراس کەریم",
        ),
        (  # a card's refund that "goes on this period's statement" is still a refund
            "兆豐示範銀行 信用卡退款通知\n卡號末四碼:5521\n退款日期:115/11/19\n退款金額:NT$2,887\n"
            "商店名稱:momo購物網\n退款金額將列入本期帳單。",
            "信用卡退款通知",
            "service@examplebank.com.tw",
            "credit",
            "momo購物網",
        ),
        (  # a posted debit whose description is "AUTOPAY", with "log in" advice after it
            "Web Banking Alert\nAn ACH debit has posted to your account ending in 5127.\n"
            "Company: LONE STAR POWER\nEntry description: AUTOPAY\nAmount: $107.82\n"
            "Effective date: 03/16/2026\nTo review your account activity, log in to Web Banking.",
            "ACH Debit Posted",
            "alerts@lonestarbank.example.com",
            "debit",
            "Lone Star Power",
        ),
    ],
)
def test_a_payment_in_wording_the_rules_refused_is_read(
    text: str, subject: str, sender: str, direction: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender, name="Example Bank")
    assert result.is_transaction, result.rejection_reason
    assert result.direction == direction
    assert (result.merchant or "").casefold().startswith(merchant.casefold())


def test_a_reminder_of_an_autopay_still_to_come_is_no_payment() -> None:
    result = read(
        "Your AutoPay of $107.82 to LONE STAR POWER is scheduled for 03/20/2026.",
        subject="Upcoming AutoPay",
        sender="alerts@lonestarbank.example.com",
        received=datetime(2026, 3, 16, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
    )
    assert not result.is_transaction


@pytest.mark.parametrize(
    ("text", "subject", "sender", "merchant"),
    [
        (  # Arabic: salary, then who paid it
            "مصرف المثال\nالعملية\tإيداع\nالحساب\t****3390\nالمبلغ\tQAR 18,500.00\n"
            "التفاصيل\tراتب - وزارة الصحة\nالتاريخ والوقت\t25-04-2026 20:31",
            "إشعار حركة على الحساب",
            "noreply@example.com.qa",
            "وزارة الصحة",
        ),
        (  # Arabic: how it was paid and the shop, in brackets
            "عميلنا العزيز، تم خصم مبلغ 1,250.00 جنيه مصري من حسابكم رقم ***6607 (شراء - كارفور "
            "المعادي) بتاريخ 12/09/2026 الساعة 17:19.\nالرصيد المتاح: 17,200.00 جنيه",
            "إشعار حركة حساب",
            "ealerts@example-bank.com.eg",
            "كارفور المعادي",
        ),
        (  # Korean: the other party on its own line, then what the money was
            "[하나로은행] 출금 120,000원\n02/24 22:39 ***4417\n푸른아파트관리사무소 자동이체\n"
            "잔액 2,124,000원",
            "[하나로은행] 출금 알림",
            "alert@hanarobank.example.kr",
            "푸른아파트관리사무소",
        ),
        (  # Swahili: after the time, how it was paid, then the payee
            "Akaunti yako 0012****8890 imetolewa TZS 85,000.00 tarehe 26/04/2026 saa 10:34 "
            "MALIPO YA LUKU - DAWASA.\nSalio lililopo: TZS 3,310,000.00",
            "Taarifa ya muamala",
            "taarifa@mfano.example.tz",
            "Dawasa",
        ),
    ],
)
def test_a_payee_after_how_it_was_paid(text: str, subject: str, sender: str, merchant: str) -> None:
    result = read(text, subject=subject, sender=sender, name="Example Bank")
    assert result.is_transaction, result.rejection_reason
    assert (result.merchant or "").casefold().startswith(merchant.casefold())


def test_a_korean_company_mark_is_not_part_of_its_name() -> None:
    from app.categorization.merchants import normalise_merchant

    assert normalise_merchant("(주)한빛소프트")[1] == normalise_merchant("한빛소프트")[1]


def test_a_nigerian_n_glued_to_an_amount_is_the_naira() -> None:
    """A ".com" wallet's "N648,312.00" (with kobo and thousands) places it in Nigeria."""
    assert_money(
        "N48,312.00 has been debited from your account XXXX0333 on 07/10/2025 14:37, "
        "transferred to Aisha Bello. Reference: QV8576421221. Fee: N146.43.",
        "alerts@examplewallet.com",
        "48312.00",
        "NGN",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Armenian: the name after the amount's mark and "՝"
            "Ձեր ****6512 հաշվին 10.06.2025 00:05-ին մուտքագրվել է 23,007.17 AMD՝ Mango։ "
            "Մնացորդ՝ 690,578.00 AMD։",
            "info@araratbank.example.am",
            "Mango",
        ),
        (  # Korean: the name after the time, before the next label
            "[입금] XXXX5085 733,900원 10/04 18:52 김민준 승인번호: FT46VGB679638. 잔액 677,800원",
            "alerts@hanarobank.example.kr",
            "김민준",
        ),
        (  # Chinese: to <name>, transfer out
            "您的账户XXXX9621于2025-01-11 13:17:10向李娜转账支出人民币5,416.17。"
            "可用余额人民币5,745.01。",
            "alerts@changjiangbank.example.cn",
            "李娜",
        ),
    ],
)
def test_a_person_named_beside_the_amount_or_the_time(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("dm-drogerie markt", "dm"),
        ("Эмарт Хан-Уул", "E-Mart"),
        ("美团/大众点评", "美团"),
        ("Vkusvill", "ВкусВилл"),
        ("Яндекс Такси", "Yandex Go"),
        ("쿠팡(주)", "Coupang"),
        ("PNP SANDTON CITY", "Pick n Pay"),
        ("IFD*IFOOD", "iFood"),  # a processor's short code for the shop, then the shop
        ("INTERGLOBE AVIATION LTD", "IndiGo"),  # the legal entity behind the brand
        ("DB Vertrieb GmbH", "Deutsche Bahn"),
    ],
)
def test_one_brand_written_two_ways_is_one_merchant(one: str, other: str) -> None:
    from app.categorization.merchants import merchant_key

    assert merchant_key(one) == merchant_key(other)


def test_a_shops_order_code_after_the_star_is_not_the_shop() -> None:
    from app.categorization.merchants import normalise_merchant

    assert normalise_merchant("AMZN*2K4")[0] == "Amazon"
    assert normalise_merchant("BLUEBOTTLE*CAFE")[0] == "Bluebottle"


def test_a_time_the_headers_zone_puts_after_the_email_is_read_in_the_countrys_usual_zone() -> None:
    """A Brazilian bank's server dates its mail at -05:00 (one of Brazil's zones): the alert's
    17:50 is São Paulo's, or it would be after the email was sent."""
    result = read(
        "Pix enviado\nValor: R$ 250,00\nPara: Ana Souza\nData: 05/03/2025 às 17:50",
        sender="alerts@banco.example.com.br",
        received=datetime(2025, 3, 5, 16, 14, 34, tzinfo=timezone(timedelta(hours=-5))),
    )
    assert result.occurred_at == datetime(2025, 3, 5, 17, 50, tzinfo=timezone(timedelta(hours=-3)))


def test_sri_lankan_alerts_name_the_party_after_the_verb_and_a_dash() -> None:
    """Tamil: debited - <shop>. ... balance <amount> (the balance word is Sri Lankan Tamil)."""
    result = read(
        "உங்கள் கணக்கு ****2218 இலிருந்து ரூ. 9,048.77 பற்று வைக்கப்பட்டுள்ளது - KEELLS "
        "SUPER NUGEGODA. திகதி 15/09/2026 18:51. மீதி ரூ. 96,588.97. - ABC வங்கி",
        sender="alerts@abcbank.example.lk",
        name="ABC Bank",
    )
    assert (result.amount, result.balance) == (Decimal("9048.77"), Decimal("96588.97"))
    assert (result.merchant or "").startswith("Keells")


def test_a_rail_before_a_payer_and_salary_after_it_are_not_its_name() -> None:
    from app.categorization.merchants import normalise_merchant

    assert normalise_merchant("SLIPS LANKA TILES PLC SALARY")[0] == "Lanka Tiles"


def test_the_place_after_a_cash_machine_is_no_payee() -> None:
    result = read(
        "ti confermiamo il prelievo di 250,00 € effettuato il 25/04/2026 alle ore 16:35 con la "
        "tua carta di debito ****8120 presso ATM BANCA ESEMPIO - TORINO VIA ROMA.",
        subject="Prelievo effettuato",
        sender="noreply@bancaviva.example.it",
        name="Banca Viva",
    )
    assert result.is_transaction
    assert result.merchant is None


def test_a_discount_written_negative_leaves_the_total_as_what_was_paid() -> None:
    assert_money(
        "Comercio: TIENDA INGLESA\nImporte: $ 799,32\nDescuento IVA (Ley 19.210): -$ 14,39\n"
        "Total debitado: $ 784,93\nTarjeta: Mastercard Prepaga ****1958\nFecha: 13/05/2026 13:42",
        "avisos@billetera.example.com.uy",
        "784.93",
        "UYU",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Diúltaíodh d'íocaíocht €45.00 le do chárta dar críoch 4411 ag SPAR.",
            "a@banc.example.ie",
        ),
        ("Il-ħlas ta' €12.50 b'il-karta li tispiċċa bi 4411 ġie rrifjutat.", "a@bank.example.mt"),
        ("Inkokhelo ye-R250.00 ngekhadi 4411 yenqatshiwe.", "a@ibhange.example.za"),
    ],
)
def test_a_refused_payment_in_more_languages_is_no_transaction(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # isiZulu: the amount, then the money left (not the amount)
            "Ukhokhe R450.00 e-Checkers ngekhadi ****4411 ngo-03/05/2026 10:20. "
            "Imali etholakalayo: R3 210.55",
            "alerts@ibhange.example.za",
            "450.00",
            "ZAR",
            "debit",
        ),
        (  # Luxembourgish: received
            "Dir hutt 1.200,00 EUR vum Marc Weber kritt. Kont ****4411, 03.05.2026 10:20.",
            "info@bank.example.lu",
            "1200.00",
            "EUR",
            "credit",
        ),
        (  # Turkmen manat written out
            "Kartyňyzdan ****4411 1 250,00 manat iberildi 03.05.2026 10:20. "
            "Galyndy: 3 400,00 manat",
            "info@bank.example.tm",
            "1250.00",
            "TMT",
            "debit",
        ),
    ],
)
def test_money_words_of_smaller_languages(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Kazakh "shop:"
            "Карта ****4411: сатып алу 12 500,00 ₸\nДүкен: SMALL ALMATY\n03.05.2026 10:20",
            "info@bank.example.kz",
            "Small Almaty",
        ),
        (  # Gujarati: <name> from
            "તમારા ખાતા XXXX7810 માં ₹2,500.00 જમા થયા, રમેશ પટેલ તરફથી, 03-05-2026 10:20.",
            "alerts@bank.example.in",
            "રમેશ પટેલ",
        ),
        (  # Punjabi: via UPI, <name> from
            "ਤੁਹਾਡੇ ਖਾਤੇ XXXX7810 ਵਿੱਚ 12:35 ਵਜੇ UPI ਰਾਹੀਂ GURPREET KAUR ਵੱਲੋਂ ₹1,000.00 ਜਮ੍ਹਾਂ ਕੀਤੇ ਗਏ ਹਨ।",
            "alerts@bank.example.in",
            "Gurpreet Kaur",
        ),
        (  # Armenian: a name ends at the Armenian full stop
            "Ձեր ****6512 հաշվին 10.06.2025 00:05-ին մուտքագրվել է 23,007.17 AMD՝ Yerevan City։ "
            "Ամսաթիվ՝ 10.06.2025",
            "info@bank.example.am",
            "Yerevan City",
        ),
    ],
)
def test_payees_in_more_languages(text: str, sender: str, merchant: str) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction, result.rejection_reason
    assert (result.merchant or "").casefold() == merchant.casefold()


def test_money_on_its_way_is_a_payment_a_parcel_on_its_way_is_not() -> None:
    money = read(
        "Hi Sam,\nYour withdrawal of £2,500.00 from your Instant Saver (account ending 2291) is on "
        "its way to your nominated account at Example Bank (ending 0417).\n"
        "Requested: 22 November 2026 at 16:39",
        subject="Your withdrawal is on its way",
        sender="hello@savings.example.co.uk",
        received=datetime(2026, 11, 22, 16, 40, tzinfo=UTC),
    )
    assert money.is_transaction and money.direction == "debit"
    parcel = read(
        "¡Hola Lucía!\nTu Smart TV ya está en camino. Llega el 11 de julio.\n"
        "Compra #35463266269 - $ 100.911 pagado en 3 cuotas.",
        subject="Tu compra está en camino",
        sender="info@tienda.example.com.ar",
    )
    assert not parcel.is_transaction


def test_a_pix_receipt_labels_who_received_the_money() -> None:
    result = read(
        "Pix enviado\nOlá, Carla!\nValor\nR$ 35,50\nData e hora\n16/10/2026 às 23h30\n"
        "Quem recebeu\nDROGARIA SÃO PAULO S/A\nInstituição\nBanco do Brasil\n"
        "Conta de origem\nAg. 0137 • C/C ****6345",
        subject="Pix enviado com sucesso",
        sender="pix@banco.example.com.br",
    )
    assert (result.merchant or "").startswith("Drogaria São Paulo")


@pytest.mark.parametrize(
    ("text", "subject", "sender"),
    [
        (  # a Dutch collection agency has the payment: money out of the user's account
            "Geachte heer/mevrouw,\nWij hebben uw betaling ontvangen.\n"
            "Betalingskenmerk: 4520 1542 9340 9742\nOntvangen bedrag: € 282,00\n"
            "Datum ontvangst: 28 mei 2025",
            "Bevestiging betaling",
            "noreply@incasso.example.nl",
        ),
        (  # a utility thanks the user and says it has received the amount
            "Dear Customer,\nThank you for your payment. We have received AED 1,150.68 for "
            "contract account 2001893898 on 05/03/2025 21:29.",
            "Payment confirmation",
            "no-reply@utility.example.ae",
        ),
    ],
)
def test_the_payee_saying_it_has_the_payment_is_money_out(
    text: str, subject: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, name="Example Utility")
    assert result.is_transaction and result.direction == "debit"


def test_pakistans_interbank_rail_places_a_com_sender() -> None:
    assert_money(
        "Dear Customer, Rs.60,140.00 has been debited from your A/C ****-1234 for IBFT to "
        "AYESHA KHAN A/C ****5521 on 25-Aug-2026 at 13:01. Ref# 15523981.",
        "alerts@examplebank.com",
        "60140.00",
        "PKR",
        "debit",
    )


def test_a_platforms_order_confirmation_names_the_platform_not_the_restaurant() -> None:
    result = read(
        "efood\n\nΕυχαριστούμε για την παραγγελία σου!\nΚατάστημα\tΤαβέρνα Ο Νίκος\n"
        "Ημερομηνία\t03/03/2026 19:10\nΣύνολο\t11,32€\nΠληρωμή\tΚάρτα •••• 7179",
        subject="Η παραγγελία σου επιβεβαιώθηκε",
        sender="orders@fooddelivery.example.gr",
        name="efood",
    )
    assert (result.merchant or "").casefold() == "efood"


def test_a_banks_standing_order_still_names_the_beneficiary() -> None:
    result = read(
        "Dear Customer,\nTransaction type: Standing order paid\nBeneficiary: Liam Taylor\n"
        "Amount: $603.30\nAccount: XXXX1889",
        subject="Transaction alert: debit: Standing order paid",
        sender="alerts@tsb.example.co.nz",
        name="TSB",
    )
    assert result.merchant == "Liam Taylor"


@pytest.mark.parametrize(
    ("text", "subject", "sender", "merchant"),
    [
        (  # Korean: the name alone between the amount's line and the date's
            "[하나로은행] 입금 555,700원\n김하늘\n11/19 18:16\n입출금통장(*5992)\n잔액 793,147원",
            "입금 알림",
            "noreply@hanarobank.example.kr",
            "김하늘",
        ),
        (  # the kind of credit, then the payer, in brackets
            "Dear Customer, your A/C **9358 has been credited with PKR 185,000.00 on 27-Sep-2026 "
            "(SALARY CREDIT - INDUS MOTOR COMPANY).",
            "Credit Alert",
            "alerts@bank.example.com.pk",
            "Indus Motor",
        ),
    ],
)
def test_a_payer_named_apart_from_any_label(
    text: str, subject: str, sender: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert (result.merchant or "").casefold().startswith(merchant.casefold())


def test_an_account_named_by_its_masked_number_in_brackets_is_no_payee() -> None:
    from app.extraction.parties import _plausible

    assert not _plausible("입출금통장(*5992)")
    assert not _plausible("Savings (**4410)")


@pytest.mark.parametrize(
    ("text", "sender", "balance"),
    [
        (  # gourdes written "Gdes"
            "Compte\tHTG ****1184\nLibellé\tVirement reçu de JEAN PIERRE\nMontant\t26,250.00 Gdes\n"
            "Date d'opération\t22/08/2026 à 09:14\nSolde disponible\t104,413.25 Gdes",
            "notifications@banque.example.ht",
            "104413.25",
        ),
        (  # Macedonian "available balance"
            "Картичка\tMastercard ****5064\nПродажно место\tRAMSTORE SKOPJE\nИзнос\t3.523,79 МКД\n"
            "Датум\t26.07.2026 Време: 10:10\nРасположливо салдо\t87.304,00 МКД",
            "izvestuvanje@banka.example.mk",
            "87304.00",
        ),
        (  # the CFP franc written "F CFP"
            "Paiement CB de 3 770 XPF chez CHAMPION PAPEETE le 16/09/2026 à 16:22 avec votre "
            "carte ****0388.\nSolde disponible\t883 730 F CFP",
            "alertes@banque.example.pf",
            "883730",
        ),
    ],
)
def test_a_balance_in_more_marks_and_languages(text: str, sender: str, balance: str) -> None:
    assert read(text, sender=sender).balance == Decimal(balance)


def test_french_polynesias_times_are_tahitis() -> None:
    result = read(
        "Paiement CB de 3 770 XPF chez CHAMPION PAPEETE le 16/09/2026 à 16:22 avec votre "
        "carte ****0388.",
        sender="alertes@banque.example.pf",
        received=datetime(2026, 9, 17, 4, 30, tzinfo=timezone(timedelta(hours=2))),
    )
    assert result.occurred_at == datetime(
        2026, 9, 16, 16, 22, tzinfo=timezone(timedelta(hours=-10))
    )


def test_a_masked_ibans_groups_inside_a_sentence_end_in_its_last_four() -> None:
    result = read(
        "Ο λογαριασμός σας CY** **** **** **** **** 0044 5871 πιστώθηκε με 1.220,00 EUR.\n"
        "Εντολέας: ΝΙΚΟΣ ΓΕΩΡΓΙΟΥ\nΗμερομηνία: 17 Ιουλίου 2026",
        sender="alerts@bank.example.com.cy",
    )
    assert result.account_last4 == "5871"


def test_a_masked_card_then_a_date_is_not_an_iban() -> None:
    result = read(
        "Card **** 1234 25 Mar 2026: purchase of EUR 12.00 at CAFE NERO.",
        sender="alerts@bank.example.ie",
    )
    assert result.account_last4 == "1234"


def test_a_taught_date_alone_keeps_the_senders_day() -> None:
    """A sender at UTC+10 writes "28SEP26 0927" (a date the template reads alone) in mail whose
    Date header is 23:27 UTC the day before: the template's noon is on the 28th there."""
    from app.extraction import templates

    def alert(day: str, amount: str, payee: str) -> str:
        return f"KINA ALERT\nBANK|ACCT **4471|DR|K{amount}|{day} 0927|EFTPOS {payee}|AVBL K6,508.92"

    sender, received = "alerts@bank.example.com.pg", datetime(2026, 8, 23, 23, 27, tzinfo=UTC)
    taught = alert("24AUG26", "549.57", "DIGICEL PNG TOPUP")
    values = {
        "amount": Decimal("549.57"),
        "merchant": "Digicel Png Topup",
        "occurred_at": datetime(2026, 8, 24, 9, 27, tzinfo=timezone(timedelta(hours=10))),
    }
    spans = {k: templates.find_span(taught, sender, received, k, v) for k, v in values.items()}
    example = templates.Example(
        taught, sender, received, "transaction", values | {"currency": "PGK"}, spans
    )
    template = templates.learn(None, example)
    reading = templates.apply(
        template,
        alert("28SEP26", "425.54", "PUMA ENERGY"),
        sender,
        datetime(2026, 9, 27, 23, 27, tzinfo=UTC),
    )
    assert reading is not None
    moment = reading.values["occurred_at"]
    assert moment.astimezone(timezone(timedelta(hours=10))).date().isoformat() == "2026-09-28"


@pytest.mark.parametrize(
    ("text", "sender", "currency"),
    [
        ("Ua totogi le 45.50 tala i le SAMOA STORE. Kata ****4411", "a@bank.example.com.ws", "WST"),
        (
            "Kuo ke totongi paʻanga 120.00 ki he MORRIS HEDSTROM, kaati ****4411",
            "a@bank.example.com.to",
            "TOP",
        ),
    ],
)
def test_pacific_currencies_written_out(text: str, sender: str, currency: str) -> None:
    assert read(text, sender=sender).currency == currency


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("તમારા ખાતા ****8802 માં રમેશ પટેલ તરફથી ₹2,500.00 જમા થયા છે.", "રમેશ પટેલ"),
        ("உங்கள் கணக்கு ****8802 இல் முருகன் செல்வம் அவர்களிடமிருந்து ₹2,500.00 வரவு.", "முருகன் செல்வம்"),
    ],
)
def test_the_accounts_own_postposition_is_not_part_of_the_payers_name(
    text: str, merchant: str
) -> None:
    assert read(text, sender="alerts@bank.example.in").merchant == merchant


def test_a_promotions_footer_far_below_the_amount_does_not_make_an_alert_a_promotion() -> None:
    result = read(
        "Hei Aino,\nKorttiasi, jonka numero päättyy 5769, veloitettiin 260,69 € kauppiaalla "
        "Pizza Hut 19.10.2026 klo 11.43.\n--\nEsimerkkipankki\n"
        "This is an automated message. Please do not reply. To stop receiving marketing emails, "
        "unsubscribe in your settings.",
        subject="Korttiostos",
        sender="noreply@pankki.example.fi",
    )
    assert result.is_transaction and result.amount == Decimal("260.69")


def test_a_promotion_is_still_one() -> None:
    result = read(
        "Exclusive offer: 20% off your next booking! Book before 31/12 and pay only €99.00.\n"
        "Unsubscribe from marketing emails in your settings.",
        subject="Your exclusive offer inside",
        sender="news@travel.example.com",
    )
    assert not result.is_transaction


@pytest.mark.parametrize(
    ("text", "subject", "sender", "direction"),
    [
        (
            "Kia ora Aroha,\ni whakamahia tō kāri ka mutu ki te 3785 mō te $93.91 ki McDonald's "
            "i te 27/11/2026 23:17.",
            "Whakamōhiotanga kāri",
            "noreply@peeke.example.co.nz",
            "debit",
        ),
        (
            "Dumela Kagiso,\nkarata ya gago ****0176 e dirisitswe go duela P254.46 kwa Choppies "
            "ka 17/10/2026 ka 11:40.\nMadi a a setseng: P4,147.70",
            "Kitsiso ya karata",
            "noreply@banka.example.co.bw",
            "debit",
        ),
        (
            "Эрхэм Болд,\nТаны дансанд Сараа-с 79,700₮ орлоо. 2026.11.01.",
            "Орлогын мэдэгдэл",
            "service@bank.example.mn",
            "credit",
        ),
        (
            "Ry Rakoto,\nnahazo 245 200 Ar avy amin'i Rabe Jean ianao tamin'ny 23/10/2026.",
            "Vola niditra",
            "receipts@banky.example.mg",
            "credit",
        ),
    ],
)
def test_card_use_and_money_in_in_more_languages(
    text: str, subject: str, sender: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert result.is_transaction, result.rejection_reason
    assert result.direction == direction


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Олено, картка *7704: оплата 888,31 грн, Сільпо, 18.10.2026 16:38.",
            "a@bank.example.ua",
            "Сільпо",
        ),
        (
            "Kártyás vásárlás: 13 051 Ft, Pizza Hut, 2026.10.22 14:32. Kártya: *6044.",
            "a@bank.example.hu",
            "Pizza Hut",
        ),
        (
            "Иван, покупка 6 847,56 ₽, Вкусно и точка. Карта *1776. 04.12.2026 12:23",
            "a@bank.example.ru",
            "Вкусно",  # cut at its lower-case words
        ),
        (
            "ውድ አበበ፣ ከሂሳብዎ ****5590 ETB 584.30 ለPizza Hut ተከፍሏል። 11/11/2026 19:18።",
            "a@bank.example.et",
            "Pizza Hut",
        ),
        (
            "Ang iyong card na nagtatapos sa 6303 ay ginamit sa "
            "Jollibee para sa PHP 497.13 noong 03/11/2026.",
            "a@bank.example.ph",
            "Jollibee",
        ),
        (
            "An cire NGN27,923.97 daga asusunka ****8247 don "
            "biyan Chicken Republic a ranar 05/10/2026.",
            "a@bank.example.ng",
            "Chicken Republic",
        ),
        (
            "尊敬的王先生:您尾号6669的账户于2026年11月25日12:41"
            "收到Sipho Dlamini转账154.65元,余额1,155.24元。",
            "a@bank.example.cn",
            "Sipho Dlamini",
        ),
        (
            "Картаңыз *9604 арқылы Magnum сатушысында 74 722 ₸ төленді. 23.10.2026 11:41.",
            "a@bank.example.kz",
            "Magnum",
        ),
    ],
)
def test_payees_beside_the_amount_or_before_their_postposition(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


def test_a_balance_label_just_before_a_figure_keeps_a_template_off_it() -> None:
    """Where a taught amount's anchors are as vague as "Rs.", the balance line matches them
    too: its label just before the figure says it is no payment (not a balance a sentence
    mentions: "the balance was lowered by 127,73 EUR")."""
    from app.extraction.templates import _a_standing_figure

    balance = "تاریخ و وقت: 15-11-2026 12:31\nدستیاب بیلنس: Rs. 575,886.14"
    assert _a_standing_figure(balance, balance.index("575"))
    lowered = (
        "3.8.2026 07:32 bol zostatok Vasho uctu SK5511000000002884918625 znizeny o 127,73 EUR."
    )
    assert not _a_standing_figure(lowered, lowered.index("127"))


def test_a_typed_name_is_found_without_its_spaces() -> None:
    from app.extraction import templates

    text = "Amaun Didebit: B$2,690.06 di SUPASAVE GADONG pada 13/11/26 08:02 AM"
    span = templates.find_span(text, "n@bank.example.com.bn", RECEIVED, "merchant", "Supa Save")
    assert span is not None and text[span[0] : span[1]].startswith("SUPASAVE")


def test_urdu_transferred_to_and_turkish_salary_payment() -> None:
    from app.categorization.merchants import normalise_merchant

    result = read(
        "محترم صارف،\nآپ کے اکاؤنٹ ****4893 سے Rs. 11,438.86 Daraz.pk کو منتقل کیے گئے۔\n"
        "تاریخ و وقت: 15-11-2026 12:31\nدستیاب بیلنس: Rs. 575,886.14",
        subject="یو بی ایل ٹرانزیکشن الرٹ",
        sender="alerts@bank.example.com.pk",
        received=datetime(2026, 11, 15, 7, 32, tzinfo=UTC),
    )
    assert (result.merchant or "").startswith("Daraz")
    assert normalise_merchant("MAAŞ ÖDEMESİ ACME")[0] == "Acme"


@pytest.mark.parametrize(
    ("text", "subject", "sender"),
    [
        (
            "Ihr Code zur Freigabe der Zahlung von €51.76 bei Rossmann: 166297. Geben Sie diesen "
            "Code niemals telefonisch weiter.",
            "Ihr Freigabe-Code",
            "info@bank.example.de",
        ),
        (
            "Hola Lucía, Ana Pérez te solicitó $430.70 por 'Cena viernes'. Ingresa a la app para "
            "aceptar o rechazar la solicitud. Aún no se ha pagado nada.",
            "Te solicitaron un pago",
            "notifications@banco.example.com.mx",
        ),
    ],
)
def test_a_release_code_and_a_request_to_pay_are_no_payments(
    text: str, subject: str, sender: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "প্রিয় রহিম, আপনার অ্যাকাউন্টে Karin Weber থেকে BDT 15,784.57 জমা হয়েছে।",
            "a@bank.example.bd",
            "Karin Weber",
        ),
        (
            "مبلغ 4,334.02 AFN از Li Wei به حساب شما واریز شد. 19/11/2026",
            "a@bank.example.af",
            "Li Wei",
        ),
        (
            "שלום נועה, הועברו לחשבונך ₪224.64 מJohn Carter בתאריך 02/10/2026.",
            "a@bank.example.co.il",
            "John Carter",
        ),
        (
            "您尾号5363的账户于2026年10月26日23:01收到Jana Novotná转账NT$2,536.69。",
            "a@bank.example.tw",
            "Jana Novotná",
        ),
    ],
)
def test_a_latin_name_amid_another_script_is_the_other_party(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


def test_german_final_digits_and_available_amount() -> None:
    result = read(
        "mit Ihrer Karte mit den Endziffern 4438 wurden am 25.10.2026 um 16:11 Uhr 66,66 EUR "
        "bei LIDL bezahlt.\nVerfügbarer Betrag: 155,32 EUR",
        subject="Kartenzahlung",
        sender="info@bank.example.de",
    )
    assert (result.amount, result.account_last4, result.balance) == (
        Decimal("66.66"),
        "4438",
        Decimal("155.32"),
    )


@pytest.mark.parametrize(
    ("text", "subject", "sender", "direction"),
    [
        (
            "Hormatly Aýna,\nhasabyňyza Serdar Annaýew tarapyndan 15,35 TMT geçirildi. 15.10.2026.",
            "Hasaba geçirim",
            "no-reply@bank.example.tm",
            "credit",
        ),
        (
            "Dzień dobry Pani Anna,\notrzymałeś przelew 111,81 PLN od Jana Kowalskiego.\n"
            "Data: 11.10.2026",
            "Otrzymano przelew",
            "receipts@bank.example.pl",
            "credit",
        ),
        (
            "Sæl/l Guðrún,\nÞú fékkst millifærslu að upphæð 11.457 kr. frá Jóni Jónssyni þann "
            "28.10.2026.\nStaða: 192.134 kr.",
            "Millifærsla móttekin",
            "notifications@bank.example.is",
            "credit",
        ),
    ],
)
def test_money_received_in_turkmen_polish_and_icelandic(
    text: str, subject: str, sender: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert result.is_transaction and result.direction == direction


def test_the_ringgit_places_a_com_sender_in_malaysia() -> None:
    result = read(
        "Salam Aisyah,\nTransaksi kad ****6214: RM276.39 di McDonald's pada 03/10/2026 22:27.\n"
        "Baki tersedia: RM3,949.61",
        subject="Transaksi kad",
        sender="no-reply@bankislam.example.com",
        received=datetime(2026, 10, 3, 16, 31, tzinfo=UTC),
    )
    assert result.occurred_at == datetime(2026, 10, 3, 22, 27, tzinfo=timezone(timedelta(hours=8)))


def test_a_footer_a_line_below_a_short_alert_is_still_a_footer() -> None:
    result = read(
        "Kia ora Aroha,\ni whakamahia tō kāri ka mutu ki te 3785 mō te $93.91 ki McDonald's.\n"
        "This is an automated message. Please do not reply. To stop receiving marketing emails, "
        "unsubscribe in your settings.",
        subject="Whakamōhiotanga kāri",
        sender="noreply@peeke.example.co.nz",
    )
    assert result.is_transaction, result.rejection_reason


def test_a_salary_narration_names_the_employer_after_the_word() -> None:
    result = read(
        "Dear Alex, Your account ******0449 has been credited.\nAmount: NGN 685,000.00\n"
        "Narration: SALARY LAFARGE AFRICA PLC\nDate: 27/11/2026 08:15",
        subject="Credit Alert",
        sender="alerts@bank.example.com.ng",
    )
    assert (result.merchant or "").startswith("Lafarge Africa")


def test_a_months_pay_names_no_one() -> None:
    from app.extraction.parties import _PAY_MEMO

    assert _PAY_MEMO.match("NÓMINA MAYO") and _PAY_MEMO.match("Salary\n")
    assert not _PAY_MEMO.match("SALARY DANGOTE CEMENT PLC")
