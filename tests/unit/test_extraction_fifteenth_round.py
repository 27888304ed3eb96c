"""Classes of rules added in the fifteenth round (issues #12 and #13), with messages written for
these tests: a table's column headed by a bare direction word ("In", "Credits", "Giren"); a
statement row whose kind and counterparty stand in cells of their own; "counterparty" headings
of more languages; a taught format's D/C mark in the cell past the amount's own currency ("980.00
USD\tC"); type lines in Akan."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_thirteenth_round import taught_on, template_reads

RECEIVED = datetime(2026, 12, 1, tzinfo=UTC)


def activity(out_heading: str, in_heading: str, column: str) -> str:
    """A made-up bank's one-row activity table; the amount stands in the `column` column."""
    cells = "\t42.50\t" if column == "out" else "\t\t42.50"
    return (
        "Account activity\nAn item posted to account **** 4410:\n\n"
        f"Date\tDescription\t{out_heading} (GBP)\t{in_heading} (GBP)\tBalance (GBP)\n"
        f"2026-11-03\tCorner Bakery{cells}\t7,320.10\n"
    )


@pytest.mark.parametrize(
    ("out_heading", "in_heading"),
    [
        ("Out", "In"),
        ("Paid out", "Paid in"),
        ("Debits", "Credits"),
        ("Withdrawals", "Deposits"),
        ("Çıkan", "Giren"),
        ("Salidas", "Entradas"),
        ("Sorties", "Entrées"),
        ("Ausgang", "Eingang"),
        ("Af", "Bij"),
        ("Ut", "Inn"),
        ("Wypływy", "Wpływy"),
        ("Расход", "Приход"),
        ("Keluar", "Masuk"),
        ("Expense", "Income"),
    ],
)
def test_a_column_headed_by_a_bare_direction_word_says_the_direction(
    out_heading: str, in_heading: str
) -> None:
    for column, direction in (("out", "debit"), ("in", "credit")):
        result = read(
            activity(out_heading, in_heading, column),
            sender="alerts@bank.example.com",
            received=RECEIVED,
        )
        assert (result.amount, result.currency) == (Decimal("42.50"), "GBP")
        assert result.direction == direction, (out_heading, in_heading, column)


def test_the_same_words_in_a_sentence_say_nothing() -> None:
    # "in" and "out" are everyday words: only alone in a heading cell are they a direction.
    text = "We sent GBP 42.50 out to Corner Bakery in London from account **** 4410 on 03/11/2026."
    result = read(text, sender="alerts@bank.example.co.uk", received=RECEIVED)
    assert (result.amount, result.direction) == (Decimal("42.50"), "debit")


@pytest.mark.parametrize(
    ("text", "merchant", "direction"),
    [
        (  # Danish: the time, the kind ("card payment"), the counterparty, out, in, balance
            "Bevægelse på din konto\nDer er sket følgende bevægelse på konto **** 4410:\n\n"
            "Tidspunkt\tTekst\tModpart\tUd (kr.)\tInd (kr.)\tSaldo (kr.)\n"
            "2026-11-03 10:12:40\tKortbetaling\tBageriet Holm\t125,50\t\t7.320,10\n",
            "Bageriet Holm",
            "debit",
        ),
        (  # Turkish: a transfer in, under "Giren"
            "Hesap hareketi\nHesabınızda aşağıdaki hareket oldu:\n\n"
            "Zaman\tAçıklama\tKarşı taraf\tÇıkan (TL)\tGiren (TL)\tBakiye (TL)\n"
            "2026-11-03 10:12:40\tHavale\tAyşe Demir\t\t1.250,00\t7.320,10\n",
            "Ayşe Demir",
            "credit",
        ),
    ],
)
def test_a_rows_counterparty_cell_is_the_name_not_its_kind(
    text: str, merchant: str, direction: str
) -> None:
    result = read(text, subject="Alert", sender="alerts@bank.example.com", received=RECEIVED)
    assert (result.merchant, result.direction) == (merchant, direction)


def posting(details: str, amount: str, mark: str) -> str:
    """A made-up credit union's posting notice: a row whose amount cell holds its currency and
    whose next cell a D/C mark, and a legend line under it that names both directions."""
    return (
        "Posting notice\nRidge Credit Union\n\nYour share account (****7781) has a new item.\n\n"
        "Posted\tDetails\tAmount\tD/C\tBalance\n"
        f"20.11.2026 10:17\t{details}\t{amount} USD\t{mark}\t4,120.55 USD\n\n"
        "D: Debit (money out of your account) C: Credit (money into your account)\n"
    )


def test_a_mark_in_the_cell_past_the_amount_and_its_currency_says_the_direction() -> None:
    taught = taught_on(
        posting("PAYROLL - RIDGE MILLS", "980.00", "C"),
        {"amount": Decimal("980.00")},
        {"currency": "USD", "direction": "credit"},
    )
    debit = template_reads(taught, posting("CARD - FUEL STOP 22", "45.10", "D"))
    assert (debit["amount"], debit["direction"]) == (Decimal("45.10"), "debit")
    credit = template_reads(taught, posting("TRANSFER - ANNA REYES", "60.00", "C"))
    assert (credit["amount"], credit["direction"]) == (Decimal("60.00"), "credit")


def type_line(kind: str, amount: str) -> str:
    return f"Akawnt ho nsɛm\nNsɛm: {kind}\nSika: GHS {amount}\nDa: 20/11/2026\n"


def test_akan_type_lines_say_which_way_the_money_went() -> None:
    taught = taught_on(
        type_line("Sika apue wɔ wo akawnt mu", "80.00"),
        {"amount": Decimal("80.00")},
        {"currency": "GHS", "direction": "debit"},
    )
    credit = template_reads(taught, type_line("Sika aba wo akawnt mu", "150.00"))
    assert (credit["amount"], credit["direction"]) == (Decimal("150.00"), "credit")


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (  # Estonian: a standing order agreed, with the most it may take
            "Püsimakseleping sõlmitud",
            "Tere!\nSõlmisite püsimakselepingu.\nSaaja: TARTU SOOJUS AS\n"
            "Maksimaalne summa: 85,00 EUR\nKonto: ****7710\nKehtib alates: 01.12.2026",
            "teated@pank.example.ee",
        ),
        (  # Argentine Spanish: a card joined to an automatic debit, its first debit estimated
            "Adhesión a débito automático",
            "Registramos la adhesión de tu tarjeta terminada en 5521 al débito automático de "
            "GIMNASIO NORTE. El primer débito, estimado en $ 21.500,00, se hará a partir del "
            "10/12/2026.",
            "avisos@banco.example.com.ar",
        ),
        (  # German: a friend asks for money
            "Jonas möchte Geld von dir",
            "Jonas Berg hat 8,00 € bei dir angefragt: „Kino“.\nDu hast noch nichts bezahlt.",
            "team@geldapp.example.de",
        ),
        (  # Norwegian: a card bill paid
            "Innbetaling mottatt",
            "Vi har mottatt innbetaling på 2 150,00 kr til kredittkortet ditt som slutter på "
            "3307. Takk!",
            "varsel@bank.example.no",
        ),
        (  # Hong Kong Chinese: a card bill paid
            "已收到你的信用卡還款",
            "我們已於2026/11/20收到你的信用卡（****5512）還款 HK$1,800.00。多謝！",
            "notice@bank.example.com.hk",
        ),
        (  # Tagalog: a card refused, a deposit insurance footer with its own sum
            "Hindi naaprubahan ang transaksyon",
            "Hindi naaprubahan ang transaksyon gamit ang iyong card ending 7720 na "
            "nagkakahalaga ng PHP 3,450.00 sa HARDWARE CITY. Walang nabawas sa iyong account.\n"
            "Ang maximum deposit insurance para sa bawat depositor ay P1,000,000.",
            "alerts@bangko.example.com.ph",
        ),
        (  # a balance enquiry's answer
            "Balance Enquiry",
            "Dear Customer,\nThe balance on your account ****6610 as at 01/12/2026 is "
            "KES 48,200.00.",
            "alerts@coopbank.example.co.ke",
        ),
    ],
)
def test_set_ups_requests_card_bills_refusals_and_balances_move_no_money(
    subject: str, text: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert not result.is_transaction, (result.amount, result.merchant)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency", "direction"),
    [
        (  # a deposit insurance footer's "up to RM250,000" is no payment
            "Dana diterima",
            "RM 120.00 telah diterima daripada SITI AMINAH ke akaun ****7710.\n"
            "Dilindungi oleh PIDM setakat RM250,000 bagi setiap pendeposit.",
            "notifikasi@bank.example.com.my",
            "120.00",
            "MYR",
            "credit",
        ),
        (  # an alert's threshold in the subject
            "Card purchase over $50.00",
            "Merchant: RIVERSIDE BOOKS\nAmount: $72.15\nAvailable balance: $1,204.33",
            "alerts@cu.example.org",
            "72.15",
            "USD",
            "debit",
        ),
        (  # Urdu: a bill paid
            "بل کی ادائیگی",
            "آپ کا SNGPL بل Rs. 2,140.00 کامیابی سے ادا ہو گیا ہے۔",
            "alerts@wallet.example.pk",
            "2140.00",
            "PKR",
            "debit",
        ),
        (  # German: money sent
            "Geld gesendet",
            "Du hast 20,00 € an Mia Schulz gesendet.\nDatum: 3 Nov. 2026, 10:12",
            "team@geldapp.example.de",
            "20.00",
            "EUR",
            "debit",
        ),
        (  # Tagalog: a remittance sent ("padala" is no parcel)
            "Matagumpay ang iyong padala",
            "Naipadala na!\nNagpadala ka ng ₱800.00 kay MARIA SANTOS.",
            "no-reply@pitaka.example.ph",
            "800.00",
            "PHP",
            "debit",
        ),
        (  # Sindhi: money deposited, the remaining amount after it
            "رقم جمع ٿي",
            "توهان جي اڪائونٽ ****3301 ۾ Rs. 4,000.00 جمع ٿيا آهن.\nباقي رقم: Rs. 19,120.00",
            "alerts@bank.example.com.pk",
            "4000.00",
            "PKR",
            "credit",
        ),
        (  # Indonesian: a wallet topped up from a bank
            "Top up berhasil",
            "Saldo bertambah\nTop up dari Bank Mawar berhasil.\nJumlah\nRp150.000",
            "info@dompet.example.id",
            "150000",
            "IDR",
            "credit",
        ),
    ],
)
def test_the_payment_beside_footers_thresholds_and_balances(
    subject: str, text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Lastschrift ausgeführt\nRechnungssteller: Elektrizitätswerk Zug AG\n"
            "Betrag: CHF 214.50\nKonto: ****8812",
            "info@bank.example.ch",
            "Elektrizitätswerk Zug",
        ),
        (
            "Tranżazzjoni bil-karta ****4410\nAmmont: €22.30\nNegozju: LIDL SLIEMA",
            "alerts@bank.example.mt",
            "Lidl",
        ),
        (
            "Картаңыз ****6620 менен төлөм\nСумма: 1 250,00 KGS\nДүкөн: NARODNY BISHKEK",
            "info@bank.example.kg",
            "Narodny Bishkek",
        ),
        (
            "信用卡消費通知\n消費日期\t115/11/02 12:05\n消費特店\t誠品書店 信義店\n"
            "消費金額\tNT$860",
            "notice@bank.example.com.tw",
            "誠品書店",
        ),
        (
            "Account activity\nDescription   ACH WITHDRAWAL CITY WATER UTILITY ONLINE PMT 0000\n"
            "Amount   $88.20\nAccount   Checking ...5510",
            "alerts@mutual.example.com",
            "City Water Utility Online",
        ),
        (  # the payee shares the bank's first word ("Thames"): under "Paid to" it is the payee
            "A Direct Debit has been paid from your account ending 4410.\n"
            "Paid to: THAMES RIVER BOATS LTD\nAmount: £12.00",
            "notifications@thamesgatebank.example.co.uk",
            "Thames River Boats",
        ),
    ],
)
def test_more_labels_name_the_counterparty(text: str, sender: str, merchant: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Amharic: "to X transferred"
            "ከሂሳብ ቁጥርዎ 1000****5521 ብር 800.00 ለሰላም ታደሰ ተላልፏል።",
            "alerts@bank.example.et",
            "ሰላም ታደሰ",
        ),
        (  # Lao: "to X from the account"
            "ທ່ານໄດ້ໂອນເງິນ 120,000 ກີບ ໃຫ້ ບຸນມີ ແສງສະຫວ່າງ ຈາກບັນຊີ ****4410.",
            "alerts@bank.example.la",
            "ບຸນມີ ແສງສະຫວ່າງ",
        ),
        (  # Chinese: "paid ... to X (branch)"
            "你已成功付款 ¥26.00 给 喜茶（三里屯店）。",
            "notice@pay.example.cn",
            "喜茶",
        ),
        (  # Gujarati: "X to sent"
            "આપના ખાતા XX7710 માંથી ₹2,300.00 રમેશ પટેલ ને મોકલવામાં આવ્યા છે.",
            "alerts@bank.example.co.in",
            "રમેશ પટેલ",
        ),
        (  # Pashto: "X to sent"
            "ستاسو له حساب ****7710 څخه 1,200.00 افغانۍ نجیب الله ته ولېږل شول.",
            "alerts@bank.example.af",
            "نجیب الله",
        ),
        (  # Arabic: "the bill of X in the amount of"
            "تم دفع فاتورة نماء بمبلغ 22.000 ر.ع من حسابك ****7710.",
            "alerts@bank.example.om",
            "نماء",
        ),
        (  # Urdu: "your X bill"
            "آپ کا PTCL بل Rs. 3,100.00 کامیابی سے ادا ہو گیا ہے۔",
            "alerts@wallet.example.pk",
            "Ptcl",
        ),
        (  # Urdu: "(you) to X" after the ergative "نے"
            "آپ نے زینب علی کو Rs. 900.00 کامیابی سے بھیج دیے ہیں۔",
            "alerts@bank.example.pk",
            "زینب علی",
        ),
        (  # Belarusian: "in the shop X"
            "Аплата 12,80 BYN у краме ПРАДУКТЫ, картка ****7710.",
            "info@bank.example.by",
            "Прадукты",
        ),
    ],
)
def test_a_sentence_names_whom_the_money_went_to(text: str, sender: str, merchant: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender", "merchant"),
    [
        (  # a ride's ends are addresses, the time's "Uhr" no name
            "Deine Fahrt mit Rollo",
            "Rollo\nHier ist der Beleg für deine Fahrt.\nStart\n09:12 Uhr, Kastanienallee 4\n"
            "Ende\n09:30 Uhr, Brunnenstr. 20\nGesamt\n3,90 €\nBezahlt mit\nPayPal",
            "ride@rollo.example.de",
            "Rollo",
        ),
        (
            "Recibo da sua corrida",
            "Vaivém\nObrigado por viajar com a Vaivém\nTotal R$ 23,40\n"
            "De: Av. Rebouças, 1200 · Para: R. Oscar Freire, 300",
            "recibos@vaivem.example.com.br",
            "Vaivém",
        ),
        (  # a reference that ends with a country code ("...-PL") names no one
            "Potwierdzenie wpłaty",
            "Wodociągi Kaszubskie\nDziękujemy za wpłatę.\nKwota\n88,10 zł\n"
            "Numer transakcji\nWK-5512093-PL",
            "ebok@wodociagi.example.pl",
            "Wodociągi Kaszubskie",
        ),
        (  # a public body's dotted-leader receipt, paid "en línea"
            "Recibo de pago en línea",
            "RECIBO DE PAGO EN LÍNEA\nOrganismo ............ Catastro Municipal de León\n"
            "Importe pagado ....... $540.00\nForma de pago ........ Tarjeta Visa terminación 3310",
            "pagos@catastro.example.gob.mx",
            "Catastro Municipal de León",
        ),
    ],
)
def test_a_merchants_own_receipt_is_not_named_by_its_addresses_or_codes(
    subject: str, text: str, sender: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender, name=merchant, received=RECEIVED)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "last4"),
    [
        (  # the payee's phone ends in digits too
            "You have sent SGD 20.00 to LIM HUI MIN via PayNow (mobile ending 8812).\n"
            "From account: ****3304",
            "alerts@bank.example.sg",
            "3304",
        ),
        (  # the account the money went to is the payee's
            "Transferencia enviada por $1,200.00\nCuenta destino: ************6610\n"
            "Cuenta de retiro: ****5520",
            "avisos@banco.example.com.mx",
            "5520",
        ),
        (  # the user's own account written as a whole IBAN after "your"
            "auf Ihrem Girokonto DE44 5001 0517 5407 3249 31 wurde eine Lastschrift gebucht:\n"
            "Zahlungsempfänger: Stadtwerke Lübeck\nBetrag: -42,00 €",
            "service@bank.example.de",
            "4931",
        ),
        (  # Basque: "with the card ending (in) 3390"
            "3390 amaierako txartelarekin ordainketa bat egin da.\nZenbatekoa: 18,40 EUR\n"
            "Saltokia: BM SUPERMERKATUA",
            "jakinarazpenak@kutxa.example.eus",
            "3390",
        ),
    ],
)
def test_whose_digits_they_are(text: str, sender: str, last4: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.account_last4 == last4


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (
            "Aviso\nTipo\tCompra\nImporte (UYU)\t-1.250,00\nCuenta\t*****7710",
            "a@b.example.uy",
            "1250.00",
            "UYU",
        ),
        (
            "Alert\nWithdrawals (AUD) ......... 640.10\nAccount ..... *****7710",
            "a@b.example.com.au",
            "640.10",
            "AUD",
        ),
        (
            "Færsla\nSkýring       Innborgun Anna Jónsdóttir\nInn (ISK)     8.200",
            "a@b.example.is",
            "8200",
            "ISK",
        ),
    ],
)
def test_a_labels_currency_in_brackets_before_a_gap_or_a_leader(
    text: str, sender: str, amount: str, currency: str
) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert (result.amount, result.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount"),
    [
        (  # the lines add up to the total under a label with a fee's word in it
            "Confirmación de tu pedido",
            "¡Gracias por tu compra!\nArtículo\tUds.\tImporte\nToalla\t1\t12,50 €\n"
            "Vela\t2\t8,00 €\nEnvío\t3,95 €\nTotal pagado (IVA incl.)\t24,45 €\n"
            "Cobrado en tu tarjeta **** 4410.",
            "pedidos@tienda.example.es",
            "24.45",
        ),
        (  # other goods' prices below the receipt, an offer's starting price
            "Your e-receipt",
            "Thanks for riding\nFare: S$12.40\nPlatform fee: S$0.90\nTotal: S$13.30\n"
            "Paid by: Visa ••4410\nRide more, save more\n  * Airport transfer - from S$22.00",
            "receipts@ride.example.sg",
            "13.30",
        ),
        (  # a company's share capital in the footer is no payment
            "MB WAY: transferência enviada",
            "Transferência MB WAY enviada\nMontante: 12,00 €\nPara: Ana Sousa\n"
            "Banco Exemplo, S.A. · Capital social 80.000.000 €",
            "avisos@banco.example.pt",
            "12.00",
        ),
    ],
)
def test_what_was_paid_among_a_receipts_other_sums(
    subject: str, text: str, sender: str, amount: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert result.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Nieuwe domiciliëring op je rekening",
            "Er werd een nieuwe domiciliëring geregistreerd op je rekening BE68 **** **** 4410. "
            "Er is nog niets afgeschreven.\nSchuldeiser: Waterbedrijf NV\n"
            "Verwacht bedrag: 31,00 EUR",
            "info@bank.example.be",
        ),
        (
            "Vorschau: anstehende Lastschrift",
            "Für Ihr Girokonto ist folgende SEPA-Lastschrift angekündigt. Sie wurde noch nicht "
            "gebucht.\nZahlungsempfänger: Stadtwerke Au\nBetrag: 61,00 EUR\nFälligkeit: 15.12.2026",
            "service@bank.example.de",
        ),
        (
            "Faktura 2026-0042",
            "Faktura k úhradě\nČástka k úhradě: 1 249,00 Kč\nSplatnost: 10.12.2026",
            "obchod@shop.example.cz",
        ),
        (
            "退款申请已提交",
            "退款申请处理中\n¥88.00\n您在“某某旗舰店”的订单申请退款¥88.00,商家正在审核中。目前尚未退款。",
            "service@pay.example.cn",
        ),
        (
            "Your plan expires on 21 Dec",
            "Your prepaid plan ₹199 on 98XXXXXX21 will expire on 21 Dec 2026. Recharge now.",
            "care@telco.example.in",
        ),
    ],
)
def test_what_is_announced_owed_or_applied_for_moves_no_money(
    subject: str, text: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert not result.is_transaction, (result.amount, result.merchant)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # a bordered table's rule under its heading row
            "Avviso movimento\n+--------+-------------+---------+-----+\n"
            "| Data   | Descrizione | Importo | D/A |\n+--------+-------------+---------+-----+\n"
            "| 21/02  | Rimborso ENI |   9,40 | A   |\n+--------+-------------+---------+-----+",
            "avvisi@banca.example.it",
            "9.40",
            "EUR",
            "credit",
        ),
        (  # a sign between the code and the sum
            "| Fecha | Tipo | Importe |\n|---|---|---|\n| 14 ene | Transferencia recibida | "
            "HNL +2,100.00 |",
            "avisos@banco.example.hn",
            "2100.00",
            "HNL",
            "credit",
        ),
        (  # a sign after the sum in its column, the balance beside it
            "De volgende transactie is op je rekening geboekt.\n"
            "Datum       Omschrijving            Bedrag (EUR)  Saldo (EUR)\n"
            "----------  ----------------------  ------------  -----------\n"
            "06-03-2026  Overboeking NOOR DEKKER       120,00-       511,40",
            "info@bank.example.nl",
            "120.00",
            "EUR",
            "debit",
        ),
        (  # the currency in its own column, a bare integer beside it
            "تم قيد العملية التالية على حسابك.\n"
            "التاريخ           نوع العملية  الطرف الآخر    العملة  المبلغ  الرصيد\n"
            "----------------  -----------  -------------  ------  ------  -------\n"
            "11/03/2026 11:36  سحب نقدي     ATM 12 BASRA   IQD      50000  800000",
            "alerts@bank.example.iq",
            "50000",
            "IQD",
            "debit",
        ),
    ],
)
def test_the_sum_in_a_tables_row(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Balance summary",
            "Here is the balance of your account. No transaction is reported in this message.\n"
            "Date\tAccount\tAvailable balance\tBalance\n"
            "2026-10-30 17:00\tXXXXXX4410\tCAD 1,020.00\tCAD 1,120.00",
            "alerts@cu.example.ca",
        ),
        (
            "Geplante Zahlung",
            "Die folgende Zahlung ist terminiert und wird am angegebenen Tag ausgeführt.\n"
            "Empfänger: Stadtwerke Melk\nBetrag: 64,10 €",
            "info@bank.example.at",
        ),
        (
            "Suplanuotas mokėjimas",
            "Toliau nurodytas mokėjimas suplanuotas ir bus įvykdytas nurodytą dieną.\n"
            "Suma                     -120,00 EUR",
            "info@bankas.example.lt",
        ),
        (
            "لم تنفذ الحوالة",
            "تعذر تنفيذ حوالتك. لم يتم خصم أي مبلغ من حسابك.\nالمبلغ: 150.000 د.ل",
            "alerts@bank.example.ly",
        ),
    ],
)
def test_summaries_schedules_and_failures_in_tables_move_no_money(
    subject: str, text: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert not result.is_transaction, (result.amount, result.merchant)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Kortet ****4410\nBeskrivning: Kortköp COOP KONSUM\nBelopp: 212,00 kr",
            "a@b.example.se",
            "Coop Konsum",
        ),
        (
            "Opis: Nakup POS MERCATOR LJUBLJANA\nZnesek: 18,20 EUR\nKartica ****4410",
            "a@b.example.si",
            "Mercator Ljubljana",
        ),
        (
            "Descripción: Compra TPV FARMACIA SOL\nImporte: 12,00 €\nTarjeta ****4410",
            "a@b.example.es",
            "Farmacia Sol",
        ),
        (
            "Libellé : Virement émis LUCIE MARTIN\nMontant : 40,00 €\nCompte ****4410",
            "a@b.example.fr",
            "Lucie Martin",
        ),
        (
            "Apraksts: Rēķina apmaksa RĪGAS ŪDENS\nSumma: 14,20 EUR\nKonts: ****4410",
            "a@b.example.lv",
            "Rīgas Ūdens",
        ),
        (
            "Libellé : Paiement TPE CARREFOUR SFAX\nMontant : 42,500 TND\nCarte ****4410",
            "a@b.example.tn",
            "Carrefour Sfax",
        ),
        (
            "Opis: Zakup przy użyciu karty ROSSMANN\nKwota: 23,10 PLN\nKarta ****4410",
            "a@b.example.pl",
            "Rossmann",
        ),
        (
            "الوصف: حوالة واردة سارة الكعبي\nالمبلغ: 250.000 ر.ع\nالحساب ****4410",
            "a@b.example.om",
            "سارة الكعبي",
        ),
    ],
)
def test_a_descriptions_kind_words_before_the_name(text: str, sender: str, merchant: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "お取引のお知らせ\n相手先\tやまと書店\n金額\t1,200円\n口座\t****4410",
            "info@bank.example.jp",
            "やまと書店",
        ),
        (
            "ტრანზაქცია\nკონტრაგენტი: ცენტრალური აფთიაქი\nთანხა: 24,00 ₾\nბარათი: ****4410",
            "info@bank.example.ge",
            "ცენტრალური აფთიაქი",
        ),
        (
            "Transaksie\nTeenparty ......... WOOLWORTHS STELLENBOSCH\nBedrag (ZAR) ...... 412,90",
            "info@bank.example.co.za",
            "Woolworths",  # the chain's name (app.categorization.merchants), not its branch
        ),
        (
            "Uusi tilitapahtuma\nSelite: KORTTIOSTO 4410 KAHVILA ASEMA\nSumma: 8,40 EUR",
            "info@pankki.example.fi",
            "Kahvila Asema",
        ),
    ],
)
def test_a_rows_other_party_under_more_headings(text: str, sender: str, merchant: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "direction"),
    [
        (  # "C" in a Cargo/Abono column is the charge (its mark comes first)
            "Fecha\tConcepto\tImporte (EUR)\tC/A\tSaldo (EUR)\n"
            "15 feb 2026 03:44\tCOMPRA TPV 4410 MERCADONA\t21,10\tC\t1.204,00",
            "avisos@caja.example.es",
            "debit",
        ),
        (  # ... "C" in a Debit/Credit column is money in
            "| Date | Counterparty | Amount | D/C | Balance |\n|---|---|---|---|---|\n"
            "| 10/02/26 | PRIYA NAIR | 1,200.00 INR | C | 9,000.00 INR |",
            "alerts@bank.example.co.in",
            "credit",
        ),
        (  # "+" in a -/+ column
            "Data        Opis         Kwota      -/+  Saldo\n"
            "----------  -----------  ---------  ---  -------------\n"
            "17.09.2026  Zwrot IKEA   24,24 PLN  +    1.615,44 PLN",
            "info@bank.example.pl",
            "credit",
        ),
        (  # a label that is a direction's word, before a dotted leader
            "Type ................ Incoming transfer\nCounterparty ........ Bilal Ahmed\n"
            "Paid in ............. Rs. 16,200.00",
            "alerts@bank.example.com.pk",
            "credit",
        ),
    ],
)
def test_a_rows_mark_or_a_labels_direction_word(text: str, sender: str, direction: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.direction == direction


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Recibiste S/ 150.00 en tu cuenta ****4410.\n"
            "Caja Municipal Ejemplo S.A. · Supervisada por la SBS",
            "alertas@caja.example.pe",
        ),
        (
            "Dana RM 80.00 telah diterima ke akaun ****4410.\n"
            "Bank Mawar Berhad, Jalan Tun Razak, Kuala Lumpur",
            "notifikasi@bank.example.com.my",
        ),
    ],
)
def test_a_footers_regulator_or_address_is_no_counterparty(text: str, sender: str) -> None:
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.is_transaction and result.merchant is None


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Intérêts crédités - 12,40 €",
            "Intérêts crédités : 12,40 €\nCompte ****4410",
            "a@b.example.fr",
        ),
        (
            "Intereses abonados",
            "Intereses abonados: $ 210,00\nCuenta ****4410",
            "a@b.example.com.bo",
        ),
        (
            "Anulowanie obciążenia - 58,10 zł",
            "Kwota: 58,10 zł\nKarta ****4410",
            "a@b.example.pl",
        ),
        (
            "Kamatjóváírás - 320 Ft",
            "Összeg: 320 Ft\nSzámla ****4410",
            "a@b.example.hu",
        ),
        (
            "キャッシュバックのお知らせ",
            "キャッシュバック: 300 円\nカード ****4410",
            "a@b.example.jp",
        ),
        (
            "Afschrijving teruggedraaid - 12,00 SRD",
            "Bedrag: 12,00 SRD\nRekening ****4410",
            "a@b.example.sr",
        ),
    ],
)
def test_interest_cashback_and_reversals_are_money_in(subject: str, text: str, sender: str) -> None:
    # (A spaced dash between a title and its sum is no minus sign.)
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert result.direction == "credit", (result.amount, result.direction)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "credit"),
    [
        (
            "Напамін",
            "Плацёж 120,00 BYN для ONLINER.BY да 16.12.2026.\nСУМА: 120,00 BYN",
            "a@b.example.by",
            None,
        ),
        (
            "ಒಟಿಪಿ",
            "AMAZON ನಲ್ಲಿ INR 1,200.00 ಪಾವತಿಗೆ ಒಟಿಪಿ 123456.\nಕಾರ್ಡ್ XX4410",
            "a@b.example.in",
            None,
        ),
        (
            "Ali Kaya para istedi",
            "Ali Kaya sizden 250,00 ₺ istiyor. Henüz ödeme yapılmadı.",
            "a@b.example.com.tr",
            None,
        ),
        (
            "Règlement de votre carte reçu",
            "Nous avons bien reçu votre règlement de 9 000,00 XPF pour la carte ...4410.",
            "a@b.example.nc",
            None,
        ),
        (
            "Cargo anulado - 120,00 $",
            "Farmacia Central te devolvió 120,00 $ a la tarjeta *4410.",
            "a@b.example.com.uy",
            True,
        ),
        (
            "Zwrot zrealizowany",
            "Zwróciliśmy 40,00 PLN na Visa ****4410 za zamówienie 7710.",
            "a@b.example.pl",
            True,
        ),
    ],
)
def test_hold_out_15s_near_misses_and_money_back(
    subject: str, text: str, sender: str, credit: bool | None
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    if credit is None:
        assert not result.is_transaction, (result.amount, result.merchant)
    else:
        assert result.direction == "credit", (result.amount, result.direction)
