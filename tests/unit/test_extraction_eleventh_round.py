"""Classes of failure studied in the eleventh round (issue #12), with messages written for these
tests: who was paid when the sentence names them in words the lexicon does not know."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import extract, origin
from app.extraction.amounts import find_amounts
from app.mail.message import ParsedEmail
from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money, assert_payee


@pytest.mark.parametrize(
    ("text", "sender", "name", "merchant"),
    [
        (  # Samoan "i" (at), a name of three words
            "Talofa Ioane,\n\nUa faaaoga lau kata e faaiu i le 4410 mo le WST 42.10 i Farmer Joe "
            "Supermarket i le 02/03/2026 10:15.\n\nPaleni: WST 812.40",
            "kata@vaibank.example.ws",
            "Vai Bank",
            "Farmer Joe Supermarket",
        ),
        (  # Wolof "ca" (at), after an amount whose mark follows it
            "Salaam aleekum Fatou,\n\nsa kàrt ****2231 jëfandikoo nañu ko ngir fey 12 500 FCFA ca "
            "Auchan Mermoz ci 04/03/2026 ci 18:20.\n\nLi des: 240 000 FCFA",
            "kart@teranga-banque.example.sn",
            "Teranga Banque",
            "Auchan Mermoz",
        ),
        (  # Tongan "'i" (at), and "'i he" (on the) after the name
            "Mālō e lelei Sione,\n\nkuo ngāue'aki ho'o kaati 'oku ngata 'i he 7781 ki he TOP 55.00 "
            "'i Morris Hedstrom 'i he 05/03/2026 09:02.",
            "kaati@tongabank.example.to",
            "Tonga Bank",
            "Morris Hedstrom",
        ),
    ],
)
def test_a_name_after_the_amount_and_one_short_word_is_the_payee(
    text: str, sender: str, name: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender, name)


@pytest.mark.parametrize(
    "text",
    [
        "Your SIP instalment of ₹4,000 in Axis Bluechip Fund Direct Growth has been processed.",
        "You topped up £60.00 with Apple Pay.",
    ],
)
def test_how_or_where_the_money_went_is_no_payee_after_the_amount(text: str) -> None:
    """ "in" a fund, "with" a wallet: the word says how, not to whom."""
    result = read(text, sender="noreply@investapp.example.in", name="InvestApp")
    assert result.merchant in (None, "InvestApp")


@pytest.mark.parametrize(
    ("text", "sender", "name", "merchant"),
    [
        (  # Pashto: a shop's one word in capitals between Pashto words
            "ستاسو کارت ****4402 څخه ZAINAB ته 1,250.00 AFN ورکړل شول. 02/03/2026 10:20.",
            "alerts@kabulbank.example.af",
            "Kabul Bank",
            "ZAINAB",
        ),
        (  # Dhivehi: a name with an apostrophe before the postposition
            "ތިބާގެ ކާޑު ****5531 ބޭނުންކޮށް Dunkin's ގައި MVR 92.10 ދައްކާފައި. 04/03/2026 09:45",
            "info@maldivesfinance.example.mv",
            "MFC",
            "Dunkin's",
        ),
        (  # Finnish "at the merchant"
            "Korttiasi, jonka numero päättyy 1204, veloitettiin 18,40 € kauppiaalla K-Market "
            "Kallio 04.03.2026 klo 12.05.",
            "noreply@pohjolapankki.example.fi",
            "Pohjola Pankki",
            "K-Market Kallio",
        ),
        (  # Estonian "to the merchant"
            "Kaardiga ****7730 tehti makse 12,90 EUR kaupmehele Rimi Kristiine 05.03.2026 kell "
            "18:22.",
            "teated@laanepank.example.ee",
            "Lääne Pank",
            "Rimi Kristiine",
        ),
    ],
)
def test_a_shop_named_in_words_the_lexicon_lacks_is_the_payee(
    text: str, sender: str, name: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender, name)


def test_a_bank_naming_its_own_service_in_a_footer_is_no_payee() -> None:
    """ "sign in to Harbor Online Banking" is the sender, by its first word, not the shop."""
    assert_payee(
        "A debit card purchase of $41.20 was made at Panera on 03/04/2026 at 9:12 AM with card "
        "ending in 5521.\n\nTo manage alerts, sign in to Harbor Online Banking.",
        "Panera",
        "alerts@harborbank.example.com",
        "Harbor Bank",
    )


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # Luganda "you received"
            "Ofunye UGX 320,000 ku akawunti yo ****4410 okuva eri MUKASA John nga 03/03/2026 ku "
            "ssaawa 10:12.\nSsente ezisigadde: UGX 1,940,000",
            "alerts@kampalabank.example.ug",
            "320000",
            "UGX",
            "credit",
        ),
        (  # Welsh "used to pay"
            "Defnyddiwyd eich cerdyn sy'n gorffen â 7710 i dalu £18.20 yn SPAR BANGOR ar "
            "03/03/2026 am 12:40.",
            "hysbysiadau@banccymru.example.co.uk",
            "18.20",
            "GBP",
            "debit",
        ),
        (  # Estonian: the balance's own label keeps it from being the payment
            "Teie kaardiga ****5128 tehti makse 31,40 EUR kaupmehele SELVER 04.03.2026 kell "
            "18:05.\nKontojääk: 1 204,10 EUR",
            "teated@laanepank.example.ee",
            "31.40",
            "EUR",
            "debit",
        ),
        (  # Quechua "you took out (money)"
            "Cajero Plaza San Francisco nisqamantam S/ 150.00 qullqita hurqurqanki tarjeta "
            "****2201 nisqawan 05/03/2026, 19:10 pachapi.\nPuchuq qullqi: S/ 1,420.00",
            "willakuy@andesbank.example.pe",
            "150.00",
            "PEN",
            "debit",
        ),
        (  # Tagalog "you sent"
            "Matagumpay mong naipadala ang ₱1,250.00 kay Maria Santos noong 03/03/2026 10:15 AM.",
            "alerts@bayanwallet.example.ph",
            "1250.00",
            "PHP",
            "debit",
        ),
        (  # Spanish "transferred to you"
            "Felipe Rojas te ha transferido $125.000. Cuenta destino: Cuenta RUT ****1234.",
            "avisos@bancoandino.example.cl",
            "125000.00",
            "CLP",
            "credit",
        ),
    ],
)
def test_money_words_of_more_languages(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (  # Kirundi: refused, and "no money was taken"
            "Kuriha 95.000 FBu kuri HOTEL CLUB DU LAC n'ikarata ****3310 vyanswe kuko amafaranga "
            "adakwiye. Nta mafaranga yakuwe kuri konte yanyu.",
            "amakuru@bujabank.example.bi",
        ),
        (  # Igbo: a reminder of a loan instalment to come
            "Ndewo, nke a bụ ncheta na ụgwọ mbinye ego gị nke ₦28,000.00 ga-eru na 25/03/2026.",
            "alerts@enugubank.example.ng",
        ),
        (  # Basque: a security code to confirm a payment
            "Zure segurtasun kodea: 771203. Erabili 54,00 € ordainketa baieztatzeko.",
            "jakinarazpenak@bizkaibank.example.eus",
        ),
    ],
)
def test_refusals_reminders_and_codes_of_more_languages_are_no_payments(
    text: str, sender: str
) -> None:
    assert not read(text, sender=sender).is_transaction


def test_the_rand_with_a_nguni_class_prefix_is_money() -> None:
    """Zulu writes "uR 640.00", Xhosa "iR 1 250.00": the prefix belongs to the word, not a name."""
    assert_money(
        "Ufumene iR 1 250.00 kwi-akhawunti yakho ...4410 ivela ku-THEMBA NKOSI ngomhla "
        "we-03/03/2026 ngo-11:02.\nIbhalansi: R 9 310.00",
        "izaziso@ekhayabank.example.co.za",
        "1250.00",
        "ZAR",
        "credit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "last4"),
    [
        (  # Zulu "ending with"
            "Ikhadi lakho eliphela ngo-7132 lisetshenziselwe ukukhokha R 310.40 e-SPAR "
            "mhla ziyi-03/03/2026 ngo-12:15.",
            "izaziso@ekhayabank.example.co.za",
            "7132",
        ),
        (  # Somali "which ends in"
            "Kaarkaaga ku dhammaada 5521 ayaa lagu bixiyay $18.30 BARAKA MARKET 04/03/2026 "
            "saacadda 09:40.",
            "alerts@geeskabank.example.so",
            "5521",
        ),
        (  # Galician "ended in"
            "Compra con tarxeta rematada en 0419 por 42,10 € en GADIS SANTIAGO o 05/03/2026 ás "
            "13:22.",
            "avisos@caixagalega.example.gal",
            "0419",
        ),
    ],
)
def test_a_cards_last_digits_after_ending_in_more_languages(
    text: str, sender: str, last4: str
) -> None:
    assert read(text, sender=sender).account_last4 == last4


@pytest.mark.parametrize(
    ("text", "sender", "name", "merchant"),
    [
        (  # Luganda: the shop in capitals between words the lexicon does not know
            "Kaadi yo ekoma ku 2291 ekozeseddwa okusasula UGX 41,000 ku QUALITY SUPERMARKET "
            "LUGOGO nga 03/03/2026 ku ssaawa 12:10.",
            "alerts@nilebank.example.ug",
            "Nile Bank",
            "Quality Supermarket",
        ),
        (  # Somali: the shop in capitals right after the amount
            "Kaarkaaga ku dhammaada 7702 ayaa lagu bixiyay $9.60 XAMAR MALL 04/03/2026 saacadda "
            "11:05.",
            "alerts@geeskabank.example.so",
            "Geeska Bank",
            "Xamar Mall",
        ),
        (  # Xhosa: a class prefix glued to the shop's name
            "Ikhadi lakho eliphela ngo-5510 lisetyenziswe ukuhlawula R 212.35 eBOXER SUPERSTORE "
            "ngomhla we-05/03/2026 ngo-10:10.",
            "izaziso@kasibank.example.co.za",
            "Kasi Bank",
            "Boxer Superstore",
        ),
        (  # Latvian: capitals beyond ASCII
            "Ar karti ****1120 veikts pirkums 8,60 EUR RIMI ĀGENSKALNS 03.03.2026 plkst. 12:10.",
            "zinas@rigasbanka.example.lv",
            "Rīgas Banka",
            "Rimi Āgenskalns",
        ),
        (  # Tajik: a name in Cyrillic capitals
            "Бо корти ****2201 03.03.2026 соати 12:40 дар ДӮКОНИ САДАФ 54,20 сомонӣ пардохт "
            "карда шуд.",
            "info@pamirbank.example.tj",
            "Pamir Bank",
            "Дӯкони Садаф",
        ),
    ],
)
def test_a_name_in_capitals_on_the_payments_line_is_the_payee(
    text: str, sender: str, name: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender, name)


def test_money_words_in_capitals_are_no_payee() -> None:
    """ "FCFA", a wallet's "M-PESA" half: money and its rails, not who was paid."""
    result = read(
        "Mwamba wenu wa 25 000 FCFA umekamilika kwa M-PESA tarehe 03/03/2026 saa 10:15.",
        sender="alerts@pwanibank.example.tz",
        name="Pwani Bank",
    )
    assert result.merchant not in ("Fcfa", "FCFA", "Pesa", "PESA")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (  # Canada's "ABM" and the place after it
            "You withdrew $80.00 from the ABM at Queen Street West on March 3, 2026 at 6:12 PM "
            "with card ending in 4410.",
            "alerts@maplecu.example.ca",
        ),
        (  # Catalan "cash machine", a bank's own name after it
            "Reintegrament de 120,00 EUR al caixer Banc Pirineu Ordino amb la targeta ****2214 "
            "el 04/03/2026 a les 11:05.",
            "avisos@bancpirineu.example.ad",
        ),
        (  # French Africa's "GAB"
            "Retrait de 30 000 FCFA au GAB Plateau avec votre carte ****7781 le 05/03/2026 à "
            "09:30.",
            "alertes@banqueduplateau.example.ci",
        ),
        (  # a dollar with its country's letters is money, not a name
            "E taki na FJ$200.00 mai na ATM Suva ena nomu kadi ****7752 ena 05/03/2026.",
            "alerts@lautokabank.example.fj",
        ),
    ],
)
def test_cash_from_a_machine_by_any_of_its_names_pays_no_one(text: str, sender: str) -> None:
    result = read(text, sender=sender, name="Example Bank")
    assert result.is_transaction
    assert result.merchant is None


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Tongan "from the"
            "Kuo hū mai 'a e T$220.00 ki ho 'akauni XXXX3301 mei he MELE FONUA 'i he 03/03/2026 "
            "10:05.",
            "alerts@nukubank.example.to",
            "Mele Fonua",
        ),
        (  # Mongolian: a case ending glued to a name in capitals
            "Таны 5012****4410 дансанд 2026.03.03 11:02-т ОЮУН-ЭРДЭНЭ БААТАР-аас 150,000.00 MNT "
            "орлоо.",
            "info@tuulbank.example.mn",
            "Оюун-Эрдэнэ Баатар",
        ),
        (  # Maltese: "in" glued to the shop's name
            "Il-karta tiegħek li tispiċċa b'7713 intużat biex tħallas €12.40 f'PAVI SUPERMARKET "
            "QORMI fl-04/03/2026 fil-10:31.",
            "info@bankgozo.example.com.mt",
            "Pavi Supermarket",
        ),
        (  # Dari "on behalf of"
            "مبلغ 8,000 AFN از طرف حمید کریمی به حساب شما ****4410 واریز شد. تاریخ: 05/03/2026",
            "alerts@herirudbank.example.af",
            "حمید کریمی",
        ),
        (  # Sundanese: "To" heading a table cell
            "Transfer kaluar\nJumlah\tRp 250.000\nKa\tASEP SUNANDAR\nTanggal\t05/03/2026 10:00",
            "info@priangan-bank.example.co.id",
            "Asep Sunandar",
        ),
    ],
)
def test_whom_more_languages_name_as_the_other_party(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


def test_a_regions_domain_places_the_sender_in_its_country() -> None:
    """ ".gal" is Galicia, in Spain: its alerts' times are Madrid's, not Lisbon's."""
    assert origin.country_of("avisos@caixarural.example.gal") == "ES"
    assert origin.country_of("info@kutxa.example.eus") == "ES"
    assert origin.country_of("hello@bank.example.scot") == "GB"


def test_a_tagalog_month_abbreviation_is_a_month() -> None:
    result = read(
        "Nagbayad ka ng PHP 1,250.00 sa MERCURY DRUG gamit ang card na nagtatapos sa 4410 noong "
        "Nob 15, 2026 10:05 AM.",
        sender="alerts@manilabank.example.ph",
        received=datetime(2026, 11, 15, 10, 7, tzinfo=timezone(timedelta(hours=8))),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.strftime("%Y-%m-%d %H:%M") == "2026-11-15 10:05"


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Korean: the shop on its own line below the date and time
            "[승인] 카드(4410) 38,200원 일시불\n\n2026.03.03 12:36\n\n올리브영\n",
            "receipts@hanbitbank.example.co.kr",
            "올리브영",
        ),
        (  # Uzbek "at" after the shop's name, before the amount
            "karta *7713: Oqtepa Lavash da 64 000 so'm to'lov amalga oshirildi. 03.03.2026 12:11.",
            "noreply@samarqandbank.example.uz",
            "Oqtepa Lavash",
        ),
    ],
)
def test_a_shop_after_the_time_or_before_a_postposition(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Georgian: the biller after the amount, what it billed in brackets
            "თქვენი ანგარიშიდან ****4410 გადახდილია 31.20 ლარი - ჯორჯიან უოთერ (წყალი), "
            "03.03.2026 10:02.",
            "info@kartlibank.example.ge",
            "ჯორჯიან უოთერ",
        ),
        (  # Sinhala: a short case ending before the biller's name
            "ඔබගේ ගිණුම ****6027 න් SLT (දුරකථන බිල) සඳහා රු. 2,320.00 ක් හර කර ඇත. 2026/03/03 08:45",
            "alerts@lankabank.example.lk",
            "SLT",
        ),
    ],
)
def test_a_biller_named_before_what_it_billed_in_brackets(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (  # a Pix scheduled for later
            "Pix agendado com sucesso! R$ 320,00 para Condomínio Sol será enviado em 20/03/2026.",
            "avisos@bancoaurora.example.com.br",
        ),
        (  # someone asking the user to pay
            "Ana Lima está te cobrando R$ 48,90 via Pix. Pague pelo app até 20/03/2026.",
            "avisos@bancoaurora.example.com.br",
        ),
        (  # an Indonesian cashback offer
            "Cashback 30% hingga Rp15.000 untuk belanja di aplikasi. Min. transaksi Rp40.000. "
            "S&K berlaku.",
            "promo@dompetku.example.co.id",
        ),
    ],
)
def test_scheduled_requested_and_offered_money_is_no_payment(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


def test_money_on_its_way_in_the_subject_is_a_transfer_not_a_parcel() -> None:
    result = extract(
        ParsedEmail(
            "<t@example>",
            "noreply@sendabroad.example.com",
            "SendAbroad",
            "Your money is on its way to Lena Vogel",
            datetime(2026, 3, 3, 10, 0, tzinfo=UTC),
            "You sent: 420.00 GBP\nOur fee: 2.10 GBP\nLena gets: 489.31 EUR",
            60,
        )
    )
    assert result.is_transaction


def test_an_indian_sms_amount_after_debited_by_is_in_rupees() -> None:
    assert_money(
        "Dear Customer, A/C X4410 debited by 1,250.75 on date 03Mar26 trf to ZEPTO Refno "
        "612345678901. If not done by you, call 1800.",
        "alerts@sbi.example.co.in",
        "1250.75",
        "INR",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Hinglish "to"
            "Aapka ₹499 ka payment Jio ko safaltapoorvak ho gaya hai. Txn ID: T2603031010.",
            "noreply@walletpe.example.in",
            "Jio",
        ),
        (  # Spanish: the payer opens the sentence
            "Camila Torres te ha transferido $58.000. Cuenta destino: Cuenta Vista ****4410.",
            "avisos@bancoandino.example.cl",
            "Camila Torres",
        ),
        (  # Chinese: "X transferred to you"
            "李娜向你转账520.00元，已存入余额。",
            "service@qianbao.example.cn",
            "李娜",
        ),
        (  # Chinese: the shop in heavy brackets after "at"
            "您尾号4410的信用卡在【饿了么】快捷支付扣款人民币86.50元。",
            "service@yinhang.example.cn",
            "饿了么",
        ),
        (  # Dutch: the payer's name ends where its IBAN starts
            "Bijschrijving van € 1.250,00 van BAKKERIJ JANSEN BV NL**INGB ****7781 op 03-03-2026.",
            "info@polderbank.example.nl",
            "Bakkerij Jansen",
        ),
    ],
)
def test_payers_and_payees_big_markets_name(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


def test_a_currency_only_one_country_uses_places_a_bare_time() -> None:
    """A ".com" sender placed nowhere writing naira: its bare time is Lagos time."""
    result = read(
        "Credit Alert\nAcct:67XXXXXX4410\nAmt:NGN125,000.00 CR\nDesc:TRF FRM ADA OBI\n"
        "Date:03/03/2026 17:01\nBal:NGN486,915.64",
        sender="alerts@lagosbank-ng.example.com",
        received=datetime(2026, 3, 3, 16, 5, tzinfo=UTC),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.astimezone(UTC).strftime("%H:%M") == "16:01"


@pytest.mark.parametrize(
    ("text", "sender", "last4"),
    [
        (  # German "ends in"
            "Zahlung von 42,10 EUR bei REWE mit Ihrer Debitkarte (endet auf 7713) am 03.03.2026.",
            "info@sparkasse-nord.example.de",
            "7713",
        ),
        (  # Chinese "your account 9321"
            "您账户9321于3月3日快捷支付扣款人民币86.50元。",
            "service@yinhang.example.cn",
            "9321",
        ),
    ],
)
def test_a_cards_last_digits_in_german_and_chinese(text: str, sender: str, last4: str) -> None:
    assert read(text, sender=sender).account_last4 == last4


def test_an_amount_after_if_you_paid_is_a_hypothetical() -> None:
    """Help text: "if you paid S$80.00 ... we refund S$20.00" is how a refund is worked out."""
    result = read(
        "Re: [Ticket #55120] Partial refund\nHere's how it works: if you paid S$80.00 for two "
        "items and return one, we refund S$40.00 to your original payment method.",
        sender="help@shopmart.example.sg",
        name="ShopMart Help",
    )
    assert not result.is_transaction


def test_a_bill_that_has_been_paid_is_a_payment_whatever_its_subject() -> None:
    """ "Fatura ödemesi" (bill payment) heads the mail; "ödenmiştir" (has been paid) says so."""
    result = extract(
        ParsedEmail(
            "<t@example>",
            "bilgi@anadolubank.example.com.tr",
            "Anadolu Bank",
            "Fatura ödemesi",
            datetime(2026, 3, 3, 19, 30, tzinfo=timezone(timedelta(hours=3))),
            "Vodafone faturanız 212,40 TL tutarında 03.03.2026 19:27 tarihinde 4410 ile biten "
            "kartınızdan otomatik ödeme talimatınız ile ödenmiştir.",
            120,
        )
    )
    assert (result.is_transaction, result.amount, result.direction) == (
        True,
        Decimal("212.40"),
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a Russian SMS: the shop between the amount and the balance
            "СБЕРБАНК. Покупка 412,30 р Лента Баланс: 9 537,16 р. Карта MIR-4410 12:47 03.03.2026",
            "noreply@sber.example.ru",
            "Лента",
        ),
        (  # a Korean card SMS: a shop in Latin letters and digits after the time
            "신한카드(4410)승인 김*수 4,800원(일시불)03/03 12:13 CU25 누적152,400원",
            "alert@shinhan.example.kr",
            "CU25",
        ),
    ],
)
def test_a_shop_in_an_sms_between_amount_and_balance_or_after_the_time(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    "text",
    [
        "Cash Out Tk 5,000.00 to Agent 01837848000 successful. Fee Tk 92.50. Balance Tk 1,250.00.",
        "Booking confirmed.\nPrice for 3 nights\t€ 312,00\nTotal paid\t€ 312,00",
    ],
)
def test_a_cash_agent_or_a_count_of_nights_is_no_payee(text: str) -> None:
    result = read(text, sender="noreply@wallet.example.com", name="Example Wallet")
    assert result.merchant is None or "night" not in result.merchant.lower()
    assert result.merchant != "Agent"


def test_a_shop_in_capitals_at_the_end_of_a_busy_sms_line() -> None:
    """A reference glued to words ("MBVCB.8143184509.thanh") names no one; the shop after it
    in capitals does."""
    assert_payee(
        "Vietcombank: TK 5988561216 -1,250,000VND luc 03-03-2026 12:03:41. So du 42,549,483VND. "
        "Ref MBVCB.8143184509.thanh toan TIKI",
        "Tiki",
        "vcbdigibank@vcb.example.vn",
        "Vietcombank",
    )


def test_a_times_half_of_the_day_and_its_zone_is_no_name() -> None:
    result = read(
        "Zelle: You sent $40.00 on 03/03/2026 at 10:12 PM ET. Available balance: $1,204.10.",
        sender="alerts@harborbank.example.com",
        name="Harbor Bank",
    )
    assert (result.merchant or "").upper() not in ("PM ET", "PM")


def test_a_time_zone_is_no_name() -> None:
    result = read(
        "Kortbetaling 12,40 EUR hos ukjent den 03.03.2026 kl. 10:12 CEST. Kort ****4410.",
        sender="varsel@fjordbank.example.no",
        name="Fjord Bank",
    )
    assert (result.merchant or "").upper() != "CEST"


def test_bolivias_bolivianos_and_st_helenas_pound() -> None:
    assert_money(
        "Compra con tarjeta ****4410 por Bs. 1.143,64 en HIPERMAXI el 03/03/2026 a las 12:10.",
        "avisos@bancoaltiplano.example.com.bo",
        "1143.64",
        "BOB",
        "debit",
    )
    assert origin.country_of("alerts@bank.example.sh", "Saint Helena Bank") == "SH"
    assert [a.currency for a in find_amounts("Paid £12.40 at SOLOMON & CO", "SH")] == ["SHP"]
    assert [a.currency for a in find_amounts("Paid £12.40 at TESCO", "GB")] == ["GBP"]


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # the Tunisian dinar written "DT"
            "Un paiement de 45,169 DT a été effectué avec votre carte XXXXXX4410 chez Monoprix le "
            "03/03/2026 12:01.",
            "info@banquedusahel.example.tn",
            "45.169",
            "TND",
            "debit",
        ),
        (  # Afrikaans "was used for"
            "Jou kaart x4410 is gebruik vir R 281,62 by Spar op 2026/03/03.",
            "info@vaalbank.example.co.za",
            "281.62",
            "ZAR",
            "debit",
        ),
        (  # Zulu "was deposited"
            "Kufakwe R1 250,00 ku-akhawunti yakho x4410 kusuka ku-Sipho Dube ngo-2026-03-03 10:38.",
            "service@alerts.thukela.example.co.za",
            "1250.00",
            "ZAR",
            "credit",
        ),
    ],
)
def test_more_marks_and_words_of_money(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)
