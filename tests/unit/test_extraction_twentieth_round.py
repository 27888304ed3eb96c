"""Classes of rules added in the twentieth round (issue #12), with messages written for these
tests: a footer's warning that holds a request's or a refusal's word, digits that run on past
money's decimals, a charge's plan named in a sentence that says it was taken, one instalment
under its own label, a buy-now-pay-later firm paid for its instalment, a wallet's mail about
whom it paid, and a label beside its value in a flex row."""

import pytest

from app.mail.parse import html_to_text
from tests.unit.test_extraction_failure_classes import read


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        (  # Haitian Creole: "we will never ask you for your PIN" holds "ask you"
            "Ou peye 640.00 HTG nan Boulanjri Solèy ak kat *5512.\nKantite lajan: 640.00 HTG",
            "Nou pap janm mande w PIN ou.",
        ),
        (  # Latvian: "never" is Swedish "declined" ("nekad")
            "Kontā *7710 saņemti 85,00 EUR no Anna Bērziņa.\nSumma: 85,00 EUR",
            "Mēs nekad neprasīsim jūsu PIN kodu.",
        ),
    ],
)
def test_a_footers_warning_is_no_request_and_no_refusal(text: str, footer: str) -> None:
    result = read(f"{text}\n\n{footer}", "Notification")
    assert result.is_transaction, result.rejection_reason


def test_swedish_nekad_is_still_a_refusal() -> None:
    result = read("Köp 129,00 kr hos ICA Kvantum med kort *4410 nekad.", "Köp nekad")
    assert not result.is_transaction


def test_digits_running_on_past_money_decimals_are_a_rate_not_a_sum() -> None:
    text = (
        "Sua compra internacional foi aprovada.\nValor em dólar US$ 12,00\n"
        "Cotação R$ 5,1234\nValor em reais R$ 61,48\nCartão final 7781"
    )
    result = read(text, "Compra internacional aprovada", "avisos@banco.example.br", "Banco")
    assert (result.amount, result.currency) == (__import__("decimal").Decimal("61.48"), "BRL")


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        (
            "Ihr monatlicher Abschlag für Gas wurde per SEPA-Lastschrift eingezogen.\n"
            "Abschlag: 74,00 €\nEinzugsdatum: 01.06.2026",
            True,
        ),
        (  # the plan's name in a notice ahead of the charge, nothing taken yet
            "Ihr monatlicher Abschlag beträgt ab Juli 74,00 €. Es wurde noch nichts abgebucht.",
            False,
        ),
    ],
)
def test_a_plans_name_in_a_sentence_that_says_it_was_taken(text: str, taken: bool) -> None:
    result = read(text, "Ihr Abschlag", "service@stadtwerke.example.de", "Stadtwerke Talheim")
    assert result.is_transaction is taken, result.rejection_reason


@pytest.mark.parametrize(
    ("subject", "text", "amount", "firm"),
    [
        (
            "Payment 3 of 4 complete",
            "We collected your third payment for your Oakline order.\n\nPayment amount\n$21.10"
            "\nCharged to\nDebit card ending 4471\nOrder total\n$84.40\nRemaining\n$21.10",
            "21.10",
            "Quadpay Lite",
        ),
        (
            "Rate 2 von 5 eingezogen",
            "Wir haben die zweite Rate für Ihren Einkauf bei Sofawelt per Lastschrift eingezogen."
            "\n\nRate\n30,00 €\nEinzug am\n03.03.2026\nRestbetrag\n90,00 €",
            "30.00",
            "Teilzahl",
        ),
    ],
)
def test_one_instalment_under_its_label_and_the_firm_that_took_it(
    subject: str, text: str, amount: str, firm: str
) -> None:
    result = read(text, subject, "hello@firm.example", firm)
    assert result.is_transaction
    assert str(result.amount) == amount
    assert result.merchant == firm


@pytest.mark.parametrize(
    ("sender", "name", "text", "merchant"),
    [
        (  # a wallet by its name ("Pago"): the shop after "en" is whom it paid
            "hola@billetera.example.pe",
            "Sol Pago",
            "Pagaste S/ 18.40 en Bodega Rímac (03/02/2026 09:12) con tu tarjeta XXXX 4410.",
            "Bodega Rímac",
        ),
        (  # a wallet by a domain that names it: the payee in a labelled row
            "hola@tzintzunpay.example.mx",
            "Tzintzun",
            "Tu pago se realizó con éxito.\nBeneficiario: Ferretería Obregón\nMonto: $320.00 MXN",
            "Ferretería Obregón",
        ),
    ],
)
def test_a_wallets_mail_is_about_whom_it_paid(
    sender: str, name: str, text: str, merchant: str
) -> None:
    result = read(text, "Pago realizado", sender, name)
    assert result.is_transaction
    assert result.merchant == merchant


def test_a_time_zones_short_form_is_no_one() -> None:
    text = "Your card ending 3310 was charged $12.99.\nDate: 03/04/2026\nTime: 7:15 PM CT"
    result = read(text, "Card charged", "alerts@prairiecu.example", "Prairie Credit Union")
    assert result.merchant != "Ct"


def test_a_flex_rows_label_and_value_are_two_cells() -> None:
    row = '<div style="display:flex"><span>收款方</span><span>米香小馆</span></div>'
    assert html_to_text(row) == "收款方\t米香小馆"


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        (
            "Pagaste Bs. 310,00 con tu tarjeta •••• 7712.\nTotal: Bs. 310,00\nDónde: Locatel",
            "Locatel",
        ),
        ("Zenbatekoa: 12,80 €\nSaltokia: Gureak Janaria\nTxartela: ...4410", "Gureak Janaria"),
        ("Te nui ........ $23.10\nKaihokohoko ... Moana Fresh\nKāri .... № *4410", "Moana Fresh"),
        ("...4410 txartelarekin 9,90 € ordaindu duzu Gureak dendan, 28/10/2026 18:15.", "Gureak"),
    ],
)
def test_a_shops_label_and_postposition_in_more_languages(text: str, merchant: str) -> None:
    result = read(text, "Card payment")
    assert result.is_transaction
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender", "name", "not_merchant"),
    [
        (  # a month and its year: the period a salary is for
            "Payslip for March 2026 - Kaveri Textiles",
            "Your salary for March 2026 has been credited.\nEmployer: Kaveri Textiles Pvt Ltd\n"
            "Net pay: ₹41,200.00\nCredited to: A/c XXXXXXXX7710",
            "payslips@payroll.example.in",
            "PayrollHub",
            "March",
        ),
        (  # a booking's code
            "E-biletiniz: PNR Q7WX2L",
            "PNR ............ Q7WX2L\nToplam ......... 1.250,00 TL\nKart ........... **** 4410",
            "bilet@air.example.tr",
            "Ege Hava",
            "Pnr Q7wx2l",
        ),
        (  # the days a bundle lasts
            "Recarga realizada",
            "Recarga de R$ 20,00 realizada. Pago com cartao final 4410. Bonus: 4GB validos por"
            " 15 dias.",
            "recarga@movel.example.br",
            "Movel Sul",
            "15 Dias",
        ),
    ],
)
def test_a_month_a_booking_code_and_a_bundles_days_are_no_one(
    subject: str, text: str, sender: str, name: str, not_merchant: str
) -> None:
    result = read(text, subject, sender, name)
    assert result.is_transaction
    assert result.merchant not in (not_merchant, not_merchant.upper(), not_merchant.lower())
    assert result.merchant is not None


@pytest.mark.parametrize(
    ("description", "merchant"),
    [
        ("Hepsiburada'dan alışveriş", "Hepsiburada"),
        ("Mehmet Kaya'ya FAST", "Mehmet Kaya"),
        ("Aksa Doğalgaz'a fatura ödemesi", "Aksa Doğalgaz"),
    ],
)
def test_a_turkish_description_names_whom_by_its_case_ending(
    description: str, merchant: str
) -> None:
    """Under "Açıklama" (a description, elsewhere a payer's note), with the sum also written
    in words on the next lines ("YALNIZ: ..."), which is no one."""
    text = (
        "Hesap Hareketi Bildirimi\n\nHesap      : TR** **** **** **** **** **56 78\n"
        f"Açıklama   : {description}\nB/A        : B\nTutar      : 1.250,40 TL\n"
        "             YALNIZ: BİNİKİYÜZELLİ TL KIRK KR\nBakiye     : 9.120,00 TL"
    )
    result = read(text, "Hesap hareketi", "hareket@koopbank.example.tr", "Koop Bankası")
    assert result.is_transaction
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("subject", "text", "direction"),
    [
        ("Swish", "Du har betalat 120,00 kr till Bageri Solrosen med Swish.", "debit"),
        (
            "Bayaran bil berjaya",
            "Bayaran bil air anda telah diterima oleh pengebil.\nJumlah\tRM 61.30",
            "debit",
        ),
        (
            "Mshahara umeingia kwenye akaunti yako",
            "Habari, akaunti yako imepokea fedha.\nKiasi: KES 41,200.00\nAkaunti: ****3310",
            "credit",
        ),
    ],
)
def test_money_moved_through_apps_in_more_languages(
    subject: str, text: str, direction: str
) -> None:
    result = read(text, subject)
    assert result.is_transaction, result.rejection_reason
    assert result.direction == direction


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (  # Malay: a bill to settle before a date
            "Peringatan: bil Indah Water",
            "Bil anda berjumlah RM 18.00 perlu dijelaskan sebelum 15 Dis 2026.",
        ),
        (  # Nepali: a bill outstanding, please pay
            "खानेपानी महसुल",
            "तपाईंको महसुल रु. 640.00 बाँकी छ। कृपया भुक्तानी गर्नुहोस्।",
        ),
        (  # Chinese: a month's bill generated
            "你的11月账单已生成",
            "11月账单已生成。本月支出: ¥2,140.50",
        ),
        (  # Arabic: an offer, its cap after "up to"
            "استرد 5٪",
            "ادفع فواتيرك واسترد 5٪ حتى 30 ر.س. العرض ساري حتى 31/12/2026.",
        ),
        (  # Ukrainian: a promotion's cap
            "Кешбек 5%",
            "Отримуйте 5% кешбеку - до 40,00 грн на місяць. Акція діє до 31.12.2026.",
        ),
        (  # French: a new fee schedule
            "Nouvelle grille tarifaire",
            "Nouvelle grille tarifaire : les frais de retrait passent à 300 F CFA.",
        ),
        (  # Swahili: a sign-in on a new device
            "Taarifa ya usalama",
            "Umeingia kwenye Benki Mobile kupitia kifaa kipya. Salio: KES 1,200.00",
        ),
    ],
)
def test_reminders_bills_offers_fees_and_sign_ins_are_no_payment(subject: str, text: str) -> None:
    assert not read(text, subject).is_transaction


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (  # Tagalog: a request the user sent, no money in yet
            "Request ng bayad",
            "Nagpadala ka ng request na PHP 450.00 kay Jun Reyes. Wala pang perang pumapasok sa"
            " iyong account ****4410.",
        ),
        (  # Lao: a salary awaited, not yet in the account
            "ແຈ້ງຍອດເງິນ",
            "ເງິນເດືອນ 3,100,000 ກີບ ຍັງບໍ່ທັນເຂົ້າບັນຊີ ****4410.",
        ),
        (  # Danish: upcoming payments, the amount not yet drawn
            "Betalingsoversigt: kommende betalinger",
            "Modtager\n  Ørsted\nBeløb\n  612,00 kr.\nBeløbet er endnu ikke trukket.",
        ),
        (  # English: a direct debit's advance notice
            "Advance notice of a Direct Debit",
            "This is advance notice of a Direct Debit from your account ending 4410.\n\n"
            "Originator: Anglian Water\nAmount: £28.10\nCollection date: 20 October 2026",
        ),
        (  # French: a warning against swindlers, with their sums
            "Sécurité : attention",
            "Des escrocs se font passer pour nos agents et demandent 25 000 FCFA de frais.",
        ),
        (  # Armenian: a transfer not made
            "Փոխանցումը չի կատարվել",
            "15,000 ֏ փոխանցումը Անի Սարգսյանին չի կատարվել։ Գումարը չի գանձվել։",
        ),
    ],
)
def test_mail_that_says_nothing_moved_yet_is_no_payment(subject: str, text: str) -> None:
    assert not read(text, subject).is_transaction


@pytest.mark.parametrize(
    ("subject", "text", "direction"),
    [
        (  # a shop's footer offers pay on delivery: this order was paid
            "Payment received for order KM-1044",
            "Payment successful\n\nAmount paid\n₦12,400.00\nPaid with\nVisa **** 4410\n"
            "Kasuwa Ltd, Lagos. Pay on delivery available in Lagos.",
            "debit",
        ),
        (  # Hebrew: a footer's "this message was sent automatically" is no parcel
            "אושרה עסקה בכרטיס",
            "אושרה עסקה בכרטיס המסתיים ב-4410.\nבית עסק: רמי לוי\nסכום: 212.40 ₪\n\n"
            "הודעה זו נשלחה באופן אוטומטי.",
            "debit",
        ),
        ("Sanarwar shigar kuɗi", "An shigar da ₦12,000.00 cikin asusunku ****4410.", "credit"),
    ],
)
def test_payments_beside_words_that_only_look_like_promises(
    subject: str, text: str, direction: str
) -> None:
    result = read(text, subject)
    assert result.is_transaction, result.rejection_reason
    assert result.direction == direction


@pytest.mark.parametrize(
    ("subject", "text", "amount"),
    [
        (  # Swedish: the first part payment drawn today, under the purchase's sum
            "Kvitto: första delbetalningen dragen",
            "Tack för ditt köp! Du har handlat hos Intersport.\nKöpesumma: 2 400,00 kr\n"
            "Delbetalning: 4 × 600,00 kr\n"
            "Dragen idag: 600,00 kr\nKort: **** 4410\nNästa dragning: 2026-06-11, 600,00 kr",
            "600.00",
        ),
        (  # Spanish: charged today, the next payment named after it
            "Compra confirmada",
            "Compraste en Liverpool.\nTotal de la compra\n$1,600.00 MXN\nCobrado hoy (pago 1 de 4)"
            "\n$400.00 MXN\nTarjeta\n*4410\nPróximo pago\n16/10/2026",
            "400.00",
        ),
    ],
)
def test_the_part_payment_charged_today(subject: str, text: str, amount: str) -> None:
    result = read(text, subject, "hola@cuotas.example", "Cuotas")
    assert result.is_transaction, result.rejection_reason
    assert str(result.amount) == amount


def test_a_dollar_mark_is_the_currency_its_label_names() -> None:
    text = (
        "Your card x4410 was used at OXXO MERIDA.\nTransaction amount: MXN 250.00\n"
        "Amount in USD: $14.20\nTotal debited: $14.62"
    )
    amounts = __import__("app.extraction.amounts", fromlist=["find_amounts"]).find_amounts(
        text, "MX"
    )
    assert [(str(a.value), a.currency) for a in amounts] == [
        ("250.00", "MXN"),
        ("14.20", "USD"),
        ("14.62", "USD"),
    ]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Su presupuesto: Tenerife 5 noches",
            "Adjuntamos el presupuesto de su viaje.\n\nPrecio total: 1.240,00 €\n"
            "Señal para reservar: 200,00 €",
        ),
        (
            "Il suo preventivo",
            "Ecco il preventivo richiesto.\nTotale preventivo\n€ 210,00\n"
            "Nessun importo è stato addebitato.",
        ),
        (
            "Seu saldo está acabando",
            "O saldo pré-pago da sua tag está em R$ 6,10. Recarregue para continuar.",
        ),
        (  # a parcel on its way, the title under the brand's name
            "Tu pedido de Sears fue enviado",
            "Cuotas\n\nTu compra va en camino\n\nSears envió tu pedido ($1,299.00 MXN). "
            "Número de guía: 7712 0045 3391.",
        ),
    ],
)
def test_quotes_a_low_balance_and_a_parcel_are_no_payment(subject: str, text: str) -> None:
    assert not read(text, subject, "hola@cuotas.example", "Cuotas").is_transaction


@pytest.mark.parametrize(
    ("subject", "text", "amount", "direction"),
    [
        (  # Herero: you were given money, the money remaining after it
            "Ove wa pewa ovimariva",
            "Ove wa pewa ovimariva mo akaunda yoye.\nOvimariva: N$1 200.00\n"
            "Ovimariva mbi ma sewa: N$4 310.00",
            "1200.00",
            "credit",
        ),
        (  # Venda: you used your card
            "Vho shumisa karata yaṋu",
            "Vho shumisa karata ...4410 yaṋu.\nVhengele: SPAR SIBASA\nTshelede: R214.50",
            "214.50",
            "debit",
        ),
        (  # Kwanyama: you bought airtime; the money remaining
            "Owa landa o-credit",
            "Owa landa o-credit ya Unitel.\nOshimaliwa: 1.000,00 Kz\n"
            "Oshimaliwa sha xupa: 22.400,00 Kz",
            "1000.00",
            "debit",
        ),
        (  # Latin: a salary brought into your account, the remainder after it
            "Stipendium illatum est",
            "Stipendium tuum in rationem tuam illatum est.\nSumma           1.900,00 €\n"
            "Reliquum        3.410,00 €",
            "1900.00",
            "credit",
        ),
    ],
)
def test_the_long_tails_money_words_and_balances(
    subject: str, text: str, amount: str, direction: str
) -> None:
    result = read(text, subject)
    assert result.is_transaction, result.rejection_reason
    assert (str(result.amount), result.direction) == (amount, direction)


def test_adlam_and_nko_digits_are_read() -> None:
    """Fula in Adlam, Manding in N'Ko: the sum in the script's own digits."""
    result = read("𞤑𞤢𞤢𞤤𞤭𞤧𞤭\nAmount: 𞥕𞥐𞥐 𞥐𞥐𞥐 GNF\nYou received it.", "Credit alert")
    assert str(result.amount) == "500000"
    result = read("Amount: ߂߅ ߀߀߀ GNF\nYou received it.", "Credit alert")
    assert str(result.amount) == "25000"


@pytest.mark.parametrize(
    ("sender", "name", "text", "merchant"),
    [
        (  # a bank by "money" in Kikongo; its alert names the shop under a label
            "alerts@mbongo.example.cg",
            "Mbongo Kinkala",
            "Nge me futa mbongo.\nProvider: Ets Ngoma\nMbongo: 12.500 FCFA\nKonti: ****4410",
            "Ngoma",  # ("Ets", établissements, is a legal form)
        ),
        (  # a wallet's utility paid to its supplier
            "info@kaspi.example.kz",
            "Temirqazyq",
            "Оплата коммунальных услуг прошла успешно.\nПоставщик: Алматы Су\nСумма: 4 120,00 ₸",
            "Алматы Су",
        ),
        (
            "alerts@altyn.example.kz",
            "Altyn Bank",
            "Kartańyz *4410 arqyly tólem jasaldy.\nDúken: SULPAK\nSomasy: 2 410,00 ₸",
            "Sulpak",
        ),
    ],
)
def test_more_senders_and_labels_of_whom_was_paid(
    sender: str, name: str, text: str, merchant: str
) -> None:
    result = read(text, "Payment", sender, name)
    assert result.is_transaction, result.rejection_reason
    assert result.merchant == merchant
