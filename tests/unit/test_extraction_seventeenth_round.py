"""Classes of rules added in the seventeenth round (issue #12), with messages written for these
tests: a spaced table's description cell; US statement lines (DEBIT CARD, CHECKCARD, ZELLE FROM)
and a store's number and town; the payer a sentence names over the payer's note; employer,
shop and prepaid-biller labels; a card's descriptor heading the alert; processor prefixes and
brands' descriptor spellings; holds, card bills, statements, offers and money in in more
languages; a payee in the dative; an ellipsis mask; glued prefixes and particles; minor units
written after the mark."""

from decimal import Decimal

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction.amounts import find_amounts
from app.extraction.evaluation import merchant_matches
from app.extraction.inflection import dictionary_form
from tests.unit.test_extraction_failure_classes import read

_ROW = (
    "Prairie Teachers Credit Union - Activity Alert\n"
    "Account: SHARE DRAFT ****2291\n"
    "Date        Time         Description                            Withdrawals   Deposits"
    "      Balance\n"
    "03/14/2026  6:02 PM CT   {description:<38}{out:>12}{into:>11}    $1,904.11\n"
    "Trace #: 55012983\n"
)


@pytest.mark.parametrize(
    ("description", "out", "into", "direction", "merchant"),
    [
        ("POS PURCHASE WHATABURGER #1187 PLANO TX", "$12.40", "", "debit", "Whataburger"),
        ("DEBIT CARD AMZN MKTP US*7Q2ZK1", "$54.99", "", "debit", "Amazon"),
        ("CHECKCARD 0312 SHELL OIL 5741", "$38.02", "", "debit", "Shell"),
        ("ZELLE FROM HERNANDEZ LUCIA", "", "$75.00", "credit", "Lucia Hernandez"),
        ("ZELLE PAYMENT TO PATEL ANIL", "$40.00", "", "debit", "Anil Patel"),
    ],
)
def test_a_description_cell_of_a_spaced_table_names_the_shop_or_the_person(
    description: str, out: str, into: str, direction: str, merchant: str
) -> None:
    text = _ROW.format(description=description, out=out, into=into)
    result = read(text, "Account Activity Alert", "alerts@prairietcu.example", "Prairie TCU")
    assert result.is_transaction
    assert result.direction == direction
    assert result.account_last4 == "2291"
    assert merchant_matches(merchant, result.merchant), result.merchant


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("H-E-B #412 MESQUITE TX", "H-e-b"),
        ("KWIK TRIP #0744 EAU CLAIRE", "Kwik Trip"),
        ("Store #12", "Store"),
        ("#1 Noodle House", "#1 Noodle House"),  # the number is the name, not a store's
    ],
)
def test_a_store_number_and_the_town_after_it_are_not_the_shop(raw: str, expected: str) -> None:
    assert normalise_merchant(raw)[0] == expected


# Counterparties: (subject, text, direction when the case is about it, the name).
_COUNTERPARTIES = [
    # The note under its own label is what for, the sentence's subject who.
    (
        "Money received",
        "Bizum recibido\nROSA GIMÉNEZ te ha enviado un Bizum a tu cuenta *4410.\n"
        "Importe\t35,00 €\nConcepto\tcena sábado\nFecha\t02/11/2026 20:14",
        "credit",
        "Rosa Giménez",
    ),
    # A name inside the payer's quoted note.
    (
        "Money received",
        'Soldi ricevuti\n+22,00 €\nGiulia Conti ti ha inviato 22,00 €: "cena da Mario".\n'
        "Quando: 3 nov 2026, 21:40",
        "credit",
        "Giulia Conti",
    ),
    # "de" inside the payer's own name.
    (
        "Money received",
        "Geld ontvangen\nP. van der Berg heeft je betaalverzoek betaald.\n"
        "Bedrag\t€ 8,75\nOmschrijving\tlunch\nDatum\t4 november 2026, 12:10",
        "credit",
        "P. van der Berg",
    ),
    # The amount between the payer and "to your".
    (
        "Money received",
        "Funds received\nDWAYNE BROWN transferred J$12,500.00 to your account ****7710.\n"
        "Narrative\tlunch money",
        "credit",
        "Dwayne Brown",
    ),
    # A note to the payee in a table cell.
    (
        "Money received",
        "Na Váš účet ******8812 přišla platba od Jakuba Horáka.\n"
        "Částka\t+1 200,00 Kč\nZpráva pro příjemce\tza lyže\nDatum\t5. 11. 2026",
        "credit",
        "Jakub Horák",
    ),
    # A payee in the dative after the amount sent.
    (
        "Platba",
        "Przekazałeś 84,20 PLN Tomaszowi Zielińskiemu przelewem na telefon.\nKonto ****4410",
        "debit",
        "Tomasz Zieliński",
    ),
    (
        "Platba",
        "Poslali ste 31,50 EUR Kataríne Hudákovej.\nÚčet ****4410",
        "debit",
        "Katarína Hudáková",
    ),
    ("Platba", "Poslali ste 18,00 EUR Ivani Babić.\nRačun ****4410", "debit", "Ivana Babić"),
    # The date's postposition before the payer's name, in Hindi.
    (
        "Movimiento",
        "प्रिय ग्राहक, आपके खाते XX4410 में 02-11-2026 10:15 को राकेश शर्मा से ₹1,200.00 जमा किए गए।",
        None,
        "राकेश शर्मा",
    ),
    # A salary's word, a Catalan label, a Spanish originator.
    (
        "Movimiento",
        "Concepto: HABERES LABORATORIOS ROCHA S.A.\nImporte: $U 38.400,00",
        None,
        "Laboratorios Rocha",
    ),
    (
        "Movimiento",
        "Rebut domiciliat carregat\nEmissor: ENDESA ENERGIA\nImport: -61,20 €\n"
        "Data de càrrec: 02/11/2026",
        None,
        "Endesa",
    ),
    (
        "Aviso",
        "Recibiste una transferencia.\nMonto: $250.000\nOriginante: VIÑA COSTA SPA",
        None,
        "Viña Costa",
    ),
    # A Chinese shop before its branch; a Japanese salary word before the payer.
    ("Aviso", "您尾号****4410的卡于2026/11/02 12:05在大潤發 桃園店消费NT$412.00。", None, "大潤發"),
    ("Aviso", "入金のお知らせ\n振込依頼人: 給与 アオバ商事\n金額: 245,000円", None, "アオバ商事"),
    # A Bantu language's "from" glued onto the name; a Turkish subject's "X harcaması".
    (
        "Imali ingenile",
        "Uthole u-R450.00 kuThandeka Mokoena ku-akhawunti yakho ****2210.",
        None,
        "Thandeka Mokoena",
    ),
    (
        "BIM BIRLESIK MAGAZALAR harcaması",
        "Kartınızla 212,40 TL tutarında bir işlem yapıldı.",
        None,
        "BIM Birlesik Magazalar",
    ),
    # A shop's order code glued on with a star; Telugu's "merchant" label.
    (
        "Alert",
        "Plată cu cardul\nSumă\t912,40 MDL\nComerciant\tAMAZON MKTPL*7731\nCard\tx4410",
        None,
        "Amazon",
    ),
    (
        "Alert",
        "కార్డ్ కొనుగోలు\nమొత్తం\t₹2,450.00\nవ్యాపారి\tZARA 1180\nకార్డ్\t****4410",
        None,
        "Zara",
    ),
]


@pytest.mark.parametrize(("subject", "text", "direction", "merchant"), _COUNTERPARTIES)
def test_the_counterparty_is_named(
    subject: str, text: str, direction: str | None, merchant: str
) -> None:
    result = read(text, subject, "alerts@bank.example", "Example Bank")
    assert result.is_transaction
    assert direction is None or result.direction == direction
    assert merchant_matches(merchant, result.merchant), result.merchant


@pytest.mark.parametrize(
    ("text", "direction", "merchant"),
    [
        (
            "Salary credit\nYour salary has been credited to account ending 7781.\n"
            "Employer\tKESTREL MARINE SERVICES LLC\nAmount\tAED 9,200.00\nDate\t27/11/2026",
            "credit",
            "Kestrel Marine Services",
        ),
        (
            "Gehalt eingegangen\nKonto ****5521\nArbeitgeber: Lindqvist Logistik GmbH\n"
            "Betrag: 2.840,00 EUR\nDatum: 30.11.2026",
            "credit",
            "Lindqvist Logistik",
        ),
        (
            "Kortkjøp\nButikk\nKIWI 312 GRORUD\nBeløp\n214,50 kr\nKonto\n****6610",
            "debit",
            "Kiwi",
        ),
        (
            "Bank alert: N$320.00 NAMPOWER prepaid electricity bought from acc ****7713 on "
            "14/11/2026 08:12. Token 1182-3345-9901.",
            "debit",
            "Nampower",
        ),
    ],
)
def test_employer_shop_and_prepaid_biller(text: str, direction: str, merchant: str) -> None:
    result = read(text, "Alert", "alerts@bank.example", "Example Bank")
    assert result.is_transaction and result.direction == direction
    assert merchant_matches(merchant, result.merchant), result.merchant


def test_someone_who_paid_an_amount_to_your_named_account_paid_you() -> None:
    result = read(
        "Money in\nPRIYA NAIR paid $180.00 to your Everyday account ending 4410 using PayID.\n"
        "Description: rent share",
        "You've received $180.00",
    )
    assert result.is_transaction and result.direction == "credit"
    assert merchant_matches("Priya Nair", result.merchant), result.merchant


@pytest.mark.parametrize(
    ("subject", "text", "merchant"),
    [
        (  # the descriptor ends the subject
            "Debit Alert: POS CHECKERS HYPER SANDTON JHB",
            "Dear Valued Customer,\nA Debit transaction occurred on your account.\n"
            "Amount: ZAR 1,204.50\nCard: **** 7712\nValue Date: 12/11/2026 18:02",
            "Checkers Hyper",
        ),
        (  # ... or starts it, before the amount
            "KMART 1187 PENRITH AUS: $44.10",
            "Hi there,\nHere's a card payment from your account.\nAmount $44.10\n"
            "Card 5338 05** **** 1184\nThis is an automated message from Example Bank.",
            "Kmart",
        ),
        (  # ... or heads the body on a line of its own
            "Debit card purchase alert",
            "Hello,\nTEXACO 4471 HOUSTON TX\nA transaction was made with your debit card ending "
            "in 2210.\nAmount: $52.30; Date: 11/12/2026",
            "Texaco",
        ),
    ],
)
def test_a_descriptor_heading_the_alert_names_the_shop(
    subject: str, text: str, merchant: str
) -> None:
    result = read(text, subject, "alerts@examplebank.com", "Example Bank")
    assert result.is_transaction and result.direction == "debit"
    assert merchant_matches(merchant, result.merchant), result.merchant


def test_a_receipts_items_in_capitals_are_not_a_descriptor() -> None:
    text = (
        "Ihr Einkauf bei Krone Markt\nBIO APFEL                 2,49 B\nMILCH 1,5%                "
        "1,09 B\nSUMME EUR                 3,58\nGeg. VISA   EUR 3,58\nVISA ############4471"
    )
    result = read(text, "Ihr Kassenbon", "bon@kronemarkt.de", "Krone Markt")
    assert merchant_matches("Krone Markt", result.merchant), result.merchant


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("MP*MERCADOLIBRE", "Mercado Libre"),
        ("DLO*RAPPI", "Rappi"),
        ("IYZ*TRENDYOL ISTANBUL TR", "Trendyol"),
        ("WHOLEFDS MKT 10234 CAMBRIDGE MA", "Whole Foods"),
        ("NTUC FP-BEDOK NORTH", "FairPrice"),
    ],
)
def test_processor_prefixes_and_descriptor_spellings_of_brands(raw: str, expected: str) -> None:
    assert normalise_merchant(raw)[0] == expected


@pytest.mark.parametrize(
    ("subject", "text", "reason"),
    [
        (
            "Card alert",
            "A merchant placed a temporary hold on your card *5521.\nMERCHANT\tHILTON GARDEN INN\n"
            "HOLD AMOUNT\t$180.00\nThis is not a posted transaction.",
            "preauth",
        ),
        (
            "Hem rebut el pagament",
            "Hem rebut el vostre pagament de 410,00 € per liquidar el saldo de la targeta de "
            "crèdit ****7710.",
            "card_bill_payment",
        ),
        (
            "Trajni nalog",
            "Ugovorili ste trajni nalog: 45,00 EUR mjesečno u korist UDRUGA MLADI, prvo "
            "izvršenje 10.12.2026. Do tada sredstva neće biti terećena.",
            "mandate|reminder",  # agreed, and its first run still to come
        ),
        (
            "Tienes un pago pendiente con Papelería Centro",
            "Papelería Centro te envió un link de pago por $1,240.00. Paga antes del 20/12/2026.",
            "payment_request",
        ),
        (
            "Your reversal request",
            "We have received your request to reverse Ksh1,500.00 sent to 0722***114 on "
            "2.11.2026. The request is under review. The money will be returned to your "
            "account once the recipient agrees.",
            "help_text|reminder",
        ),
    ],
)
def test_mail_that_only_looks_like_money_moved(subject: str, text: str, reason: str) -> None:
    result = read(text, subject, "alerts@bank.example", "Example Bank")
    assert not result.is_transaction
    assert result.rejection_reason in reason.split("|")


@pytest.mark.parametrize(
    ("subject", "text", "amount", "direction"),
    [
        (  # a standing order paid, with "Registered in England" in the footer
            "Your standing order to J MARSH has been paid",
            "We have paid your standing order today from your account ending 4410.\n"
            "Paid to: J MARSH\nAmount: -£320.00\nNext payment: 1 Jan 2027\n\n"
            "Example Savings plc. Registered in England no. 1234567.",
            "320.00",
            "debit",
        ),
        (  # Swiss grouping with the typographic apostrophe
            "Dauerauftrag ausgeführt",
            "Ihr Dauerauftrag wurde ausgeführt und Ihrem Privatkonto belastet.\n"
            "Empfänger: HAUSVERWALTUNG BERN AG\nBetrag: CHF 2’310.00",
            "2310.00",
            "debit",
        ),
        (  # a direct debit, the payment-request word only in the menu
            "Automatische incasso afgeschreven",
            "Rekeningen | Betaalverzoek | Help\n- € 42,10\nEr is een automatische incasso "
            "afgeschreven van je rekening.\nIncassant\nVITENS NV",
            "42.10",
            "debit",
        ),
        (  # Marathi "was deducted"
            "खात्यातून रक्कम वजा",
            "आपल्या खाते XX7781 मधून 02/11/2026 रोजी रु.2,150.00 वजा करण्यात आले.",
            "2150.00",
            "debit",
        ),
    ],
)
def test_money_that_moved_in_words_that_once_refused_it(
    subject: str, text: str, amount: str, direction: str
) -> None:
    result = read(text, subject, "alerts@bank.example", "Example Bank")
    assert result.is_transaction, result.rejection_reason
    assert str(result.amount) == amount and result.direction == direction


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Gawio",
            "Gawio lako la mwaka limewekwa kwenye akaunti yako ***7712.\nKiasi: KES 4,100.00",
        ),
        (
            "Reversión",
            "Se revirtió un débito realizado con su tarjeta ****1204.\nImporte revertido: Bs 90,00",
        ),
        (
            "Lastschrift zurückgebucht",
            "Auf Ihren Widerspruch hin wurde die Lastschrift zurückgebucht.\nBetrag: 24,90 EUR",
        ),
        ("MB WAY", "Rui Costa enviou-lhe 12,00 € por MB WAY em 02-11-2026 19:10."),
        ("Payday", "You have been paid by Orbis Studio Ltd.\nNet pay: $2,450.00"),
        ("Cash-in successful", "You have successfully cashed in ₱1,500.00 via an agent."),
        (
            "Loan disbursed",
            "Your Tala loan of Ksh8,500.00 has been sent to your M-PESA on 02/11/26.",
        ),
        ("Imali engenile", "Imali engenile\nInani: R640.00\nUmthumeli: Thabo Nkosi"),
    ],
)
def test_money_in_in_the_seventeenth_rounds_words(subject: str, text: str) -> None:
    result = read(text, subject, "alerts@banco.example.bo", "Example Bank")
    assert result.is_transaction and result.direction == "credit"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Piotrowi Wiśniewskiemu", "Piotr Wiśniewski"),
        ("Annie Kowalskiej", "Anna Kowalska"),
        ("Janu Novákovi", "Jan Novák"),
        ("Zuzane Kováčovej", "Zuzana Kováčová"),
        ("Petra Nováková", "Petra Nováková"),  # no sign of the dative: as written
    ],
)
def test_the_dative_read_back(name: str, expected: str) -> None:
    assert dictionary_form(name, "dative") == expected


@pytest.mark.parametrize(
    ("name", "cue", "expected"),
    [
        ("Márie Hudákovej", "od", "Mária Hudáková"),  # Slovak
        ("Милене Петровић", "од", "Милена Петровић"),  # Serbian: her "-ић" keeps its ending
    ],
)
def test_more_genitives_read_back(name: str, cue: str, expected: str) -> None:
    assert dictionary_form(name, cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Direct Debit of £42.00 was paid from your account ending …0731.",
        "Un virement de 120,00 € a été crédité sur votre compte …0731.",
        "口座（…0731）に12,000円のご入金がありました。",
    ],
)
def test_an_ellipsis_masks_the_account(text: str) -> None:
    assert read(text, "Alert").account_last4 == "0731"


@pytest.mark.parametrize(
    ("subject", "text", "amount"),
    [
        (
            "Cargo de recibo domiciliado",
            "Emisor: NATURGY\nImporte: 54,10 €\nSaldo tras el cargo: 1.902,44 €",
            "54.10",
        ),
        (  # an offer set apart by a rule line
            "DuitNow diterima",
            "Anda telah menerima pemindahan DuitNow ke akaun ****7781.\nAmaun: RM120.00\n"
            "Daripada: SITI AMINAH\nTarikh: 02/11/2026 10:15\n---\n"
            "Simpanan tetap 4.10% setahun untuk deposit minimum RM5,000.\n---",
            "120.00",
        ),
        (
            "Încasare dobândă",
            "În contul de economii ****4410 s-a încasat dobânda aferentă lunii.\n"
            "Dobândă netă: +11,20 RON\nSold: 1.204,64 RON",
            "11.20",
        ),
    ],
)
def test_the_payment_over_a_balance_after_it_or_an_offers_sum(
    subject: str, text: str, amount: str
) -> None:
    result = read(text, subject, "alerts@bank.example", "Example Bank")
    assert result.is_transaction and str(result.amount) == amount


@pytest.mark.parametrize(
    ("subject", "reason"),
    [
        ("നിങ്ങളുടെ സ്റ്റേറ്റ്\u200cമെന്റ് തയ്യാർ", "statement"),
        ("Taarifa yako iko tayari", "statement"),
        ("ഇടപാട് നിരസിച്ചു", "declined"),
        ("भुगतान देय", "reminder"),
        ("Penawaran spesial", "promotion"),
    ],
)
def test_a_heading_that_says_what_kind_of_mail_it_is(subject: str, reason: str) -> None:
    text = f"{subject}\nAmount: ₹4,120.50\nDate: 02/11/2026"
    result = read(text, subject, "alerts@bank.example.in", "Example Bank")
    assert not result.is_transaction
    assert result.rejection_reason == reason


@pytest.mark.parametrize("subject", ["आपको पैसे मिले", "તમને પૈસા મળ્યા", "Pesa zimerejeshwa"])
def test_a_heading_that_says_money_came_in(subject: str) -> None:
    text = f"{subject}\nAmount: ₹2,300.00\nDate: 02/11/2026\nRef: 771204558812"
    result = read(text, subject, "alerts@bank.example.in", "Example Bank")
    assert result.is_transaction and result.direction == "credit"


def test_a_japanese_shop_after_the_times_ni_with_its_branch() -> None:
    result = read(
        "2026年11月2日 12:05:10 JSTにﾌｧﾐﾘｰﾏｰﾄ ｼﾌﾞﾔ2ﾁﾖｳﾒで640円のご利用がありました"
        "（カード末尾XX4410）。",
        "カードご利用のお知らせ",
    )
    assert merchant_matches("ファミリーマート", result.merchant), result.merchant


@pytest.mark.parametrize(
    "footer",
    [
        "本メールは送信専用です。暗証番号やワンタイムパスワードを第三者に教えないでください。",
        "এটি একটি স্বয়ংক্রিয় বার্তা। আপনার পিন বা ওটিপি কাউকে জানাবেন না।",
        "OTP ആരുമായും പങ്കിടരുത്.",
    ],
)
def test_a_warning_never_to_share_a_code_is_no_code(footer: str) -> None:
    text = f"ご入金のお知らせ\n入金額: 12,400円\n口座: ***3090\n\n{footer}"
    result = read(text, "ご入金のお知らせ", "info@bank.example.jp", "Example Bank")
    assert result.is_transaction, result.rejection_reason


@pytest.mark.parametrize(
    ("text", "country", "value", "currency"),
    [
        ("Списано 18 973 руб. 40 коп.", "RU", "18973.40", "RUB"),
        ("Бафыстай: 18 973 сом 40 кап.", "RU", "18973.40", "RUB"),  # Ossetian: сом is the rouble
        ("Төлөндү: 1 200 сом 50 тыйын", "KG", "1200.50", "KGS"),
        ("Сума: 120 грн 50 коп.", "UA", "120.50", "UAH"),
    ],
)
def test_minor_units_written_after_the_mark(
    text: str, country: str, value: str, currency: str
) -> None:
    amounts = find_amounts(text, country)
    assert [(a.value, a.currency) for a in amounts] == [(Decimal(value), currency)]
