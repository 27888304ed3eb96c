"""Classes of rules added in the eighteenth round (issue #12), with messages written for these
tests: a label parted from its value by a fixed-width table's column gap; the one value of a
bank's label/value rows written as a name when the labels are in a language the lexicon does
not hold."""

from decimal import Decimal

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction.amounts import find_amounts
from app.extraction.evaluation import merchant_matches
from app.extraction.inflection import dictionary_form
from app.extraction.parties import DATIVE
from app.extraction.tables import headings
from tests.unit.test_extraction_failure_classes import read


def _fixed_width(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label:<20}{value:>40}" for label, value in rows)


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Уплатилац", "Милош Јанковић", "Милош Јанковић"),  # Serbian "payer", no colon
        ("Payee", "Willow Creek Dental", "Willow Creek Dental"),
        ("付款人", "李娜", "李娜"),  # a caseless script after a three-letter label
    ],
)
def test_a_label_parted_from_its_value_by_a_column_gap_names_the_party(
    label: str, value: str, expected: str
) -> None:
    text = _fixed_width(
        [("Amount", "USD 412.00"), (label, value), ("Date", "2026-03-04 10:12"), ("Ref", "88123")]
    )
    result = read(text, "Account alert", "alerts@harbourbank.example", "Harbour Bank")
    assert result.is_transaction
    assert merchant_matches(expected, result.merchant), result.merchant


@pytest.mark.parametrize(
    "text",
    [
        # Scottish Gaelic, a label line over its value line
        "Creideas don chunntas\n£48.10\nPàighear\nMàiri NicLeòid\nCeann-là is àm\n"
        "16/11/2026 22:44\nCunntas\n...1980\nMion-fhiosrachadh\nAirson a' chàir",
        # Māori, fixed-width rows
        _fixed_width(
            [
                ("Pūkete", "x0477"),
                ("Rā me te wā", "08/04/2026 15:37"),
                ("Moni", "$48.10"),
                ("Kaituku", "Wiremu Tane"),
                ("Taipitopito", "Utu"),
            ]
        ),
    ],
)
def test_the_one_row_value_written_as_a_name_is_the_party(text: str) -> None:
    result = read(text, "Credit alert – $48.10", "panui@bankiti.example", "Te Pēke Iti")
    assert result.is_transaction
    assert result.merchant in ("Màiri NicLeòid", "Wiremu Tane"), result.merchant


def test_rows_with_two_values_written_as_names_name_no_one() -> None:
    """Two names in the rows (the payer and, say, the branch's manager): neither is sure."""
    text = _fixed_width(
        [
            ("Moni", "$48.10"),
            ("Kaituku", "Wiremu Tane"),
            ("Kaiwhakahaere", "Hemi Walker"),
            ("Rā", "08/04/2026"),
        ]
    )
    result = read(text, "Credit alert – $48.10", "panui@bankiti.example", "Te Pēke Iti")
    assert result.is_transaction
    assert result.merchant in (None, "Te Pēke Iti")


def test_a_row_the_lexicon_labels_as_the_account_is_not_the_party() -> None:
    text = _fixed_width(
        [("Amount", "$48.10"), ("Account holder", "Jordan Avery"), ("Date", "08/04/2026")]
    )
    result = read(text, "Withdrawal", "alerts@harbourbank.example", "Harbour Bank")
    assert result.merchant != "Jordan Avery"


@pytest.mark.parametrize(
    ("subject", "text", "amount", "direction"),
    [
        (
            "Debit Alert",
            "Account Number\t20******4410\nTransaction Type\tDEBIT\nAmount\tNGN12,000.00\n"
            "Description\tLOAN REPAYMENT 2 OF 6\nOkapi Bank will never ask for your BVN, PIN "
            "or OTP.",
            "12000.00",
            "debit",
        ),
        (
            "Pumasok na ang pera",
            "Pumasok na ang iyong pension na PHP 3,100.00 sa iyong account ****7781.\n"
            "Huwag ibigay ang iyong OTP kahit kanino.",
            "3100.00",
            "credit",
        ),
    ],
)
def test_a_warning_never_to_share_a_code_is_no_code(
    subject: str, text: str, amount: str, direction: str
) -> None:
    result = read(text, subject)
    assert result.is_transaction
    assert (str(result.amount), result.direction) == (amount, direction)


def test_a_code_sent_with_a_warning_is_still_a_code() -> None:
    text = "Your one-time password is 482913 to pay $52.00 at Lumen Books. Never share your OTP."
    assert read(text, "Your OTP").rejection_reason == "otp"


def test_a_dividend_announced_is_no_payment() -> None:
    text = (
        "Volvo AB:s årsstämma har beslutat om en utdelning på 7,00 kr per aktie. För dina 10 "
        "aktier blir utdelningen 70,00 kr, och den betalas ut till ditt konto ****2201."
    )
    assert not read(text, "Utdelning beslutad").is_transaction


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        (
            "Перевод по СБП Сергею Волкову 2 400,00 р. выполнен 04.11.2026 19:02 МСК.",
            "Сергей Волков",
        ),
        (
            "Pervedimas Rūtai Petrauskienei 18,00 EUR atliktas 2026-11-04 10:12.",
            "Rūta Petrauskienė",
        ),
        ("Переказ Андрію Шевченку на 1 250,00 грн виконано 04.11.2026 08:40.", "Андрій Шевченко"),
        ("Poslali jste 900,00 Kč Janu Dvořákovi, 4. 11. 2026 12:10.", "Jan Dvořák"),
    ],
)
def test_a_payee_between_a_transfers_word_and_its_amount(text: str, merchant: str) -> None:
    result = read(text, "Alert")
    assert result.is_transaction
    assert result.direction == "debit"
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ивану Петрову", "Иван Петров"),
        ("Анне Смирновой", "Анна Смирнова"),
        ("Олені Коваленко", "Олена Коваленко"),
        ("Jonui Kazlauskui", "Jonas Kazlauskas"),
        ("Piotrowi Wiśniewskiemu", "Piotr Wiśniewski"),  # unchanged from before
        ("Ивану Петров", "Ивану Петров"),  # a surname in no case: left as written
    ],
)
def test_names_in_the_dative_back_in_their_dictionary_form(name: str, expected: str) -> None:
    assert dictionary_form(name, DATIVE) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("YOCO *BEAN THERE", "Bean There"),
        ("RAZORPAY*NYKAA", "Nykaa"),
        ("PAYSTACK *KONGA", "Konga"),
        ("IYZICO/HEPSIBURADA ANKARA TR", "Hepsiburada"),
        ("支付宝-饿了么", "饿了么"),
        ("财付通-京东", "京东"),
        ("BIEDRONKA 1187 K.2 KRAKOW", "Biedronka"),
        ("JUMIA IKEJA", "Jumia"),
        ("BUNDL TECHNOLOGIES BANGALORE", "Swiggy"),  # Swiggy's company, as card lines read
        ("COMCAST XFINITY", "Xfinity"),
        ("MIDTRANS*TOKO BUKU JAKARTA", "Toko Buku"),  # processors of more markets
        ("BANCARD*SUPERSEIS", "Superseis"),
        ("PAYMONGO*JOLLIBEE", "Jollibee"),
    ],
)
def test_processor_prefixes_cities_and_companies_of_brands(raw: str, expected: str) -> None:
    assert normalise_merchant(raw)[0] == expected


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        # Hindi: the payee before "को" (to), after the amount
        ("आपके खाते XX4410 से ₹2,500.00 अमित शर्मा को 04-11-2026 को 10:15 बजे भेजे गए।", "अमित शर्मा"),
        # Urdu: the rupee's word after the amount is no part of the name
        (
            "آپ کے اکاؤنٹ ***1180 سے 8,000.00 روپے فاطمہ بی بی کو 04/11/2026 پر منتقل کیے گئے۔",
            "فاطمہ بی بی",
        ),
        # Chinese: the payer, then when, then "to you"
        ("李华于11月04日10:15向您尾号1180账户转账存入人民币300.00元。", "李华"),
        # Japanese: a space before the honorific
        ("佐藤 花子 様へのお振込みを受け付けました。\n振込金額：12,000円", "佐藤 花子"),
        # Ukrainian: a man's "-енко" surname in the genitive
        ("Зарахування 1 200,00 грн від Тараса Бондаренка на картку *4410.", "Тарас Бондаренко"),
    ],
)
def test_names_by_postpositions_honorifics_and_case(text: str, merchant: str) -> None:
    result = read(text, "Alert")
    assert result.is_transaction
    assert result.merchant == merchant


@pytest.mark.parametrize(
    "text",
    [
        "Tilisiirto Liisa Korhoselle 45,00 € tehty 4.11.2026 klo 10.12.",
        "Nabayaran mo na ang Maynilad bill na ₱812.40 noong Nov 4, 2026 9:10 AM.",
        "Η μεταφορά 75,00 € στον Νίκο Αλεξίου ολοκληρώθηκε στις 4 Νοεμβρίου 2026, 10:12.",
        "Превод към Мария Петрова 120,00 лв., 04.11.2026 10:12.",
        "Swish till Anna Berg 300,00 kr skickad 2026-11-04 10:12.",
        "Sie haben CHF 45.00 an Nina Frei gesendet. 04.11.2026 10:12",
        "DuitNow kepada SITI BINTI OMAR RM85.00 berjaya pada 04/11/2026 10:12.",
    ],
)
def test_one_line_alerts_of_a_payment_sent(text: str) -> None:
    result = read(text, "Alert")
    assert result.is_transaction
    assert result.direction == "debit"


@pytest.mark.parametrize(
    ("text", "last4"),
    [
        ("TK 0456xxx2290 -120.000 VND lúc 04/11/2026 10:12. SD 3.400.000 VND.", "2290"),
        ("Számláján (...7781) jóváírás történt.\nÖsszeg: 12 000 Ft", "7781"),
        ("Você recebeu um Pix de ANA LIMA no valor de R$ 50,00.\nConta: ag. 0001 c/c 4410", "4410"),
    ],
)
def test_an_account_masked_in_its_middle_in_brackets_or_after_c_c(text: str, last4: str) -> None:
    result = read(text, "Alert")
    assert result.is_transaction
    assert result.account_last4 == last4


def test_a_loans_instalment_ordinal_does_not_make_the_balance_the_payment() -> None:
    text = (
        "Account Number\t20******4410\nTransaction Type\tDEBIT\nAmount\tNGN9,000.00\n"
        "Description\tLOAN REPAYMENT/INSTALMENT 3 OF 6\nDate\t04-Nov-2026 10:12\n"
        "Available Balance\tNGN2,104.50"
    )
    result = read(text, "Debit Alert [NGN9,000.00]")
    assert (result.is_transaction, str(result.amount)) == (True, "9000.00")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("RESTITUICAO IRPF 2026", "Receita Federal"),
        ("TERUGGAAF INKOMSTENBELASTING 2025", "Belastingdienst"),
        ("CANADA RIT / CRA", "Canada Revenue Agency"),
        ("HMRC NDDS", "HMRC"),
    ],
)
def test_a_tax_refunds_line_names_the_tax_authority(raw: str, expected: str) -> None:
    assert normalise_merchant(raw)[0] == expected


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "帳戶支出",
            "帳戶支出\nNT$320.00\n收款人\n全家便利商店\n帳戶\n•••• 4410\n請勿將驗證碼告知他人。",
        ),
        (
            "खात्यात जमा",
            "खात्यात जमा\nरक्कम\t₹ 5,000.00\nखाते\txxxxxx4410\nआपला ओटीपी कोणालाही सांगू नका.",
        ),
    ],
)
def test_warnings_never_to_tell_a_code_in_chinese_and_marathi(subject: str, text: str) -> None:
    assert read(text, subject).is_transaction


def _statement_row(cells: tuple[str, ...], values: tuple[str, ...], footer: str) -> str:
    def line(row: tuple[str, ...]) -> str:
        return f"{row[0]:<12}{row[1]:<28}{row[2]:>10}{row[3]:>12}{row[4]:>12}"

    rule = "-" * 74
    return f"Banca Exemple\n{rule}\n{line(cells)}\n{rule}\n{line(values)}\n{rule}\n{footer}"


@pytest.mark.parametrize(
    ("cells", "values", "footer", "amount", "currency"),
    [
        (  # Catalan, the currency only in the footer, a country with no currency of its own
            ("Data", "Concepte", "Càrrec", "Abonament", "Saldo"),
            ("04/11/2026", "Condis Andorra", "24,60", "", "310,12"),
            "Compte: ****4410  10:12  EUR  Referència: BX1",
            "24.60",
            "EUR",
        ),
        (  # Icelandic: whole krónur, grouped by dots
            ("Dagsetning", "Skýring", "Úttekt", "Innborgun", "Staða"),
            ("04.11.2026", "BÓNUS SMÁRALIND", "1.546", "", "9.513"),
            "Reikningur: ****4410  10:12  ISK",
            "1546",
            "ISK",
        ),
    ],
)
def test_a_statement_rows_money_under_headings_in_any_language(
    cells: tuple[str, ...], values: tuple[str, ...], footer: str, amount: str, currency: str
) -> None:
    text = _statement_row(cells, values, footer)
    found = find_amounts(text, None, headings(text))
    assert (found[0].value, found[0].currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        (  # Sesotho, label and value parted by a colon
            "Chelete e kentsoe akhaonteng ea hau.\nAkhaonte: xxxx4410\nChelete: LSL 420.00\n"
            "Ho tsoa ho: Palesa Mokoena\nTsupiso: LC1102",
            "Palesa Mokoena",
        ),
        (  # Haitian Creole, a dotted leader
            "Ou resevwa lajan.\nKont .......... ****4410\nKantite ....... 1,200.00 HTG\n"
            "Moun ki voye .. Marie-Claire Joseph\nReferans ...... LK1102",
            "Marie-Claire Joseph",
        ),
    ],
)
def test_the_one_row_value_written_as_a_name_after_a_colon_or_a_leader(
    text: str, merchant: str
) -> None:
    result = read(text, "Credit alert", "alerts@bankiti.example", "Bank Iti")
    assert result.is_transaction
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("panui@puteaiti.example", "Te Pūtea Iti"),
        ("hysbysiad@teifi.example", "Cymdeithas Adeiladu Teifi"),
        ("alerts@lakeside.example", "Lakeside Credit Union"),
        ("xabar@sarmoya.example", "Сармоя Бонк"),
    ],
)
def test_credit_unions_building_societies_and_bank_in_more_languages_are_banks(
    sender: str, name: str
) -> None:
    # Labels the lexicon does not hold: only a bank's alert gives the row's name as the payer.
    text = "Kua whiwhi moni koe.\nTe moni: NZD 45.00\nNā: Hēmi Tūhoe\nTohutoro: TP1"
    result = read(text, "Money in", sender, name)
    assert result.merchant == "Hēmi Tūhoe"


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        (
            "Pagesë me kartë\nShuma\tALL 2,400.00\nPër\tVodafone Albania\nKarta\t****4410",
            "Vodafone",
        ),
        ("Imali ifakwe.\nLinani ....... SZL 224.46\nKusuka ku .... NOMSA DLAMINI", "Nomsa Dlamini"),
    ],
)
def test_a_rows_line_names_the_value_after_its_tab_or_leader(text: str, merchant: str) -> None:
    result = read(text, "Alert", "alerts@bankiti.example", "Bank Iti")
    assert result.is_transaction
    assert merchant_matches(merchant, result.merchant), result.merchant


_BASQUE = (
    "{head}\nKontua: ES** **** **** ** ******4410\nZenbatekoa: {amount}\n{party}\n"
    "Data eta ordua: 2026/11/04 10:12\nSaldoa: 120,00 €\nEz partekatu zure PINa inorekin."
)


@pytest.mark.parametrize(
    ("sender_name", "text", "merchant"),
    [
        (
            "TeleNorte",
            "Tu recarga se realizó con éxito.\nMonto: $150.00 MXN\n"
            "Pagado con tarjeta de débito terminación 4410\nTeleNorte Comunicaciones S.A. de C.V.",
            "TeleNorte",
        ),
        (
            "Cüzdanım",
            "Elektrik faturanız ödendi.\nKurum: Boğaziçi Elektrik\nTutar: 684,30 TL",
            "Boğaziçi Elektrik",
        ),
    ],
)
def test_a_legal_forms_de_and_a_wallets_biller_label(
    sender_name: str, text: str, merchant: str
) -> None:
    result = read(text, "Pago", "avisos@wallet.example", sender_name)
    assert result.is_transaction
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("Taliad allan o'ch cyfrif.\nCyfrif: ****4410\nSwm: £26.25\nI: TESCO ABERYSTWYTH", "Tesco"),
        (
            "A paga for di bo cuenta.\nCuenta: ****4410\nSuma: USD 32,14\n"
            "Pa: Ling & Sons Supercenter",
            "Ling & Sons",
        ),
    ],
)
def test_a_one_letter_label_and_a_name_with_an_ampersand(text: str, merchant: str) -> None:
    result = read(text, "Alert", "alerts@bankiti.example", "Bank Iti")
    assert result.is_transaction
    assert merchant_matches(merchant, result.merchant), result.merchant


# Who sends the mail of the tables below.
_SENDERS = {
    "bank": ("alerts@bank.example", "Example Bank"),
    "iti": ("alerts@bankiti.example", "Bank Iti"),
    "payee": ("billing@payee.example", "Payee"),
    "shop": ("orders@shop.example", "Shop"),
}
# (subject, text, direction, sender): which way the money went.
_DIRECTIONS = [
    (
        "Proventos",
        "Dividendos\nAtivo\tVALE3\nValor líquido\tR$ 88,10\nConta ****3301",
        "credit",
        "bank",
    ),
    (
        "Dividend",
        "Na váš účet č. ******4412 byla připsána dividenda.\nČástka: 1 204,00 Kč",
        "credit",
        "bank",
    ),
    (
        "Claim settled",
        "We have paid your claim.\nAmount paid to you\t$612.40\nBank account\tending 2291",
        "credit",
        "bank",
    ),
    (
        "Money in",
        "A Faster Payment of £75.00 from MS A BELL has been paid into your Current Account "
        "ending 1182.",
        "credit",
        "bank",
    ),
    (
        "Pinjaman",
        "Pinjaman Anda telah dicairkan.\nNominal\nRp 5.000.000\nRekening tujuan\n****1190",
        "credit",
        "bank",
    ),
    (
        "Payment received - thank you",
        "Thanks! We received your premium payment.\nPayment amount\t$98.20\n"
        "Paid with\tVisa ending in 5512",
        "debit",
        "bank",
    ),
    (
        "Погашение облигаций",
        "Сумма погашения зачислена на счёт *4410: 5 000,00 руб.",
        "credit",
        "bank",
    ),
    (
        "Rimborso titolo",
        "Il titolo è stato rimborsato.\nControvalore rimborsato: € 1.000,00",
        "credit",
        "bank",
    ),
    (
        "Kredi taksiti",
        "Kredi taksitiniz olan 2.400,00 TL ...4410 hesabınızdan tahsil edilmiştir.",
        "debit",
        "bank",
    ),
    (
        "Abono de dividendos",
        "Importe bruto: 20,00 €\nRetención IRPF (19%): 3,80 €\nImporte neto abonado: 16,20 €",
        "credit",
        "bank",
    ),
    (
        "EMI received – PL-1102",
        "Your EMI has been received via NACH. Thank you for paying on time.\n"
        "Value\tINR 4,200.00\nBank account\ta/c no. xxxxxxx1180",
        "debit",
        "payee",
    ),
    (
        "Payment confirmation",
        "Payment received for your broadband bill\n₹899.00\nPaid via\tcard xx4410",
        "debit",
        "payee",
    ),
    (
        "Salamat!",
        "Natanggap namin ang iyong hulog para sa iyong loan.\n₱1,200.00\n"
        "Binayaran gamit ang\tGCash ****4410",
        "debit",
        "payee",
    ),
    (
        "Umnotho",
        "Imali engu-R300.00 ifakiwe ku-akhawunti yakho ...4410 ivela ku-Thandi Nkosi.",
        "credit",
        "bank",
    ),
    (
        "Pangike",
        "Kuo ke ma'u T$120.00 mei he SIONE TUPOU ki ho'o 'akauni ..4410.",
        "credit",
        "bank",
    ),
    ("Sika", "Wɔde GH₵80.00 aka wo akawnt so firi Kwame Mensah.", "credit", "bank"),
    ("Moni", "Kua whiwhi moni koe.\nMoni: $45.00\nPūkete: ****4410", "credit", "bank"),
    ("Dochar", "Dochar ar do chuntas.\nMéid: €60.00\nCuntas: ****4410", "debit", "bank"),
    (
        "Madi",
        "Madi a ntshitswe mo akhaontong ya gago.\nMadi: BWP 75.00\nAkhaonte: ****4410",
        "debit",
        "bank",
    ),
    (
        "Confirmation de paiement de votre facture",
        "Votre paiement a bien été reçu.\nMontant payé : 42,10 €",
        "debit",
        "payee",
    ),
    (
        "Tu pago fue acreditado",
        "Compra aprobada\nTotal\t$ 12.500,00\nTarjeta terminada en 4410",
        "debit",
        "payee",
    ),
    (
        "Fatura ödemeniz gerçekleşti",
        "Elektrik faturanız ödendi.\nTutar: 310,20 TL",
        "debit",
        "payee",
    ),
    (
        "Dziękujemy za zakup",
        "Płatność za zamówienie 1102 została zaksięgowana.\nDo zapłaty\t89,00 zł",
        "debit",
        "payee",
    ),
    (
        "Pembayaran berhasil",
        "Pembayaranmu sudah kami terima.\nTotal Bayar\tRp120.000\n"
        "Jangan berikan kode OTP kepada siapa pun.",
        "debit",
        "payee",
    ),
    (
        "Diru-sarrera",
        _BASQUE.format(head="Diru-sarrera zure kontuan.", amount="12,40 €", party="Nork: Ane"),
        "credit",
        "iti",
    ),
    (
        "Ordainketa",
        _BASQUE.format(head="Ordainketa zure kontutik.", amount="30,00 €", party="Nori: EROSKI"),
        "debit",
        "iti",
    ),
    (
        "Банк: спісанне",
        "Картка ***4410. Спісанне 3,20 BYN. YANDEX GO. 04.11.2026 10:12:05. "
        "Даступна: 22,49 BYN\nНікому не паведамляйце код.",
        "debit",
        "iti",
    ),
    (
        "Dana",
        "Dana mlebu ing rekening panjenengan.\nRekening\txxx4410\nCacah\tRp 50.000,00",
        "credit",
        "iti",
    ),
    ("Creideas don chunntas", "Creideas don chunntas\n£48.10\nCunntas\n...4410", "credit", "iti"),
    (
        "Chelete e keneng",
        "Chelete e keneng\nChelete\tLSL 120.00\nAk'haonte\t****4410",
        "credit",
        "iti",
    ),
    (
        "Te devolvimos tu dinero",
        "Te devolvimos tu dinero\n$1,249.00\nTarjeta ****4410",
        "credit",
        "shop",
    ),
    (
        "Giao dịch cộng tiền",
        "Giao dịch cộng tiền\n336,300 VND\nTài khoản ****4410",
        "credit",
        "iti",
    ),
    (
        "Kua tae mai he moni",
        "Kua tukuna e Hemi Walker te NZD 61.02 ki tō pūkete ****4410.",
        "credit",
        "iti",
    ),
    (
        "Owo ti wole",
        "A ti fi NGN 9,100.00 si akanti re ******4410 lati owo Tunde Bello.",
        "credit",
        "iti",
    ),
    (
        "Wallet funded",
        "Your wallet has been funded with NGN 2,000.00 by POS AGENT - BISI STORES.",
        "credit",
        "bank",
    ),
    (
        "Hai inviato denaro",
        "Hai inviato € 20,00 a Luca Bianchi.\nPagaFacile S.p.A., Istituto di Moneta Elettronica.",
        "debit",
        "payee",
    ),
]


@pytest.mark.parametrize(("subject", "text", "direction", "sender"), _DIRECTIONS)
def test_which_way_the_money_went(subject: str, text: str, direction: str, sender: str) -> None:
    """Kinds of money in whatever verb pays them, a payee thanking for a payment, money in and
    out in the long tail of languages, with the warnings their footers carry."""
    result = read(text, subject, *_SENDERS[sender])
    assert result.is_transaction
    assert result.direction == direction


# (subject, text, sender): mail that only looks like money moved.
_NOT_PAYMENTS = [
    (
        "Loan update",
        "Hi Dana, your car loan of $9,400.00 is conditionally approved. Sign the contract in "
        "the app and we'll settle the funds into Savings ••1204.",
        "bank",
    ),
    (
        "Claim update",
        "We've received your claim for the broken window. Amount claimed: £310.00. An "
        "assessor will call you within 3 working days.",
        "bank",
    ),
    (
        "Dividendo",
        "ENDESA ha anunciado el pago de un dividendo. Con tus 40 acciones recibirías unos "
        "18,40 € brutos el 02/01/2027.",
        "bank",
    ),
    (
        "Zwrot",
        "Zleciliśmy zwrot 129,00 zł na kartę ****8812. Środki powinny pojawić się na koncie "
        "w ciągu 5 dni roboczych.",
        "bank",
    ),
    (
        "Khoản vay",
        "Khoản vay 45.000.000 VND của Quý khách đã được phê duyệt. Ngân hàng sẽ giải ngân "
        "sau khi ký hợp đồng.",
        "bank",
    ),
    ("خصوصی پیشکش", "Daraz پر خریداری کریں اور 2,000.00 روپے تک کیش بیک پائیں۔", "bank"),
    (
        "Kumbukumbu ya mkopo",
        "Malipo ya mkopo wako ya Ksh1,200.00 yanatakiwa tarehe 21/11/2026.",
        "bank",
    ),
    ("Tefo", "Tefo ea M80.00 ho Thabo Mokoena ka karete xxxx4410 e hanngoe ka 04.11.2026.", "bank"),
    ("Tranzaksyon", "Tranzaksyon 1,200.00 goud pou Ti Machann echwe 04/11/2026.", "bank"),
    ("Интиқол", "Интиқоли 120.00 сомонӣ ба Ашан анҷом наёфт. Маблағ гирифта нашуд.", "bank"),
    (
        "Monto",
        "Un monto di Afl. 40,00 a wordo reservá na Ling & Sons cu bo tarheta ****4410.",
        "bank",
    ),
    ("دستور", "دستور پرداخت دایمی به مبلغ 90.00 افغانی ماهانه از حساب ****4410 ثبت شد.", "bank"),
    (
        "Sitatimende",
        "Sitatimende sakho se-akhawunti ****4410 sesilungile. Libhalansi: E120.00.",
        "bank",
    ),
    (
        "Taliad",
        "Diolch. Rydym wedi derbyn taliad o £52.00 tuag at eich cerdyn credyd ****4410.",
        "bank",
    ),
    (
        "Order confirmed",
        "Your order has been confirmed.\nTotal to pay on delivery\t₦12,500.00",
        "shop",
    ),
    ("Commande confirmée", "Montant à payer à la livraison\t210,00 MAD", "shop"),
    (
        "Your quote Q-1",
        "Panels: R40 000.00\nQuote total: R44 000.00\nThis quote is valid for 14 days.",
        "shop",
    ),
    ("Abbonamento", "Il tuo abbonamento si rinnoverà il 15 dicembre.\nImporto: 9,99 €", "shop"),
    ("Gift card", "Here is your gift card balance.\nAvailable balance\t$40.00", "shop"),
    ("결제 실패", "카드 결제가 승인되지 않았습니다.\n결제금액\t59,000원", "shop"),
    (
        "E-mandate",
        "Aapke card XX4410 par NETFLIX ke liye e-mandate register ho gaya hai.\n"
        "Max amount: Rs 499.00",
        "bank",
    ),
    (
        "INTERAC e-Transfer request",
        "ANNA ROY has sent you a request for $40.00 (CAD) via INTERAC e-Transfer.",
        "bank",
    ),
    (
        "स्थायी निर्देशन दर्ता",
        "नेपाल टेलिकमलाई मासिक रु. 1,200.00 सम्म भुक्तानीको स्थायी निर्देशन दर्ता भयो।",
        "bank",
    ),
    (
        "Cashback 50%",
        "Cashback 50% hingga Rp20.000 untuk pembayaran QRIS. Berlaku sampai akhir bulan.",
        "shop",
    ),
    (
        "מסגרת שוריינה",
        "שוריין סכום של ₪400.00 בכרטיס ****4410 על ידי HOTEL DAN. החיוב הסופי יבוצע בהמשך.",
        "bank",
    ),
]


@pytest.mark.parametrize(("subject", "text", "sender"), _NOT_PAYMENTS)
def test_mail_that_only_looks_like_money_moved(subject: str, text: str, sender: str) -> None:
    """Money promised but not moved (a loan approved, a dividend announced, a refund started, a
    claim under review), offers, holds, refusals, quotes, orders to pay on delivery."""
    assert not read(text, subject, *_SENDERS[sender]).is_transaction


@pytest.mark.parametrize(
    ("written", "currency"), [("BD$411.77", "BMD"), ("BDS$20.00", "BBD"), ("KY$5.00", "KYD")]
)
def test_more_dollars_by_their_country_prefix(written: str, currency: str) -> None:
    assert find_amounts(f"Amount {written}", None)[0].currency == currency


def test_a_foreign_purchase_is_what_the_card_was_billed_in_its_own_money() -> None:
    text = (
        "Your card ending 4410 was used outside the United States.\n"
        "Merchant: CAFE LUMIERE PARIS FR\nTransaction amount: EUR 40.00\n"
        "Amount in U.S. dollars: $ 43.30\nForeign transaction fee: $ 1.30"
    )
    result = read(text, "International transaction", "alerts@cardco.example", "CardCo")
    assert (str(result.amount), result.currency) == ("43.30", "USD")


@pytest.mark.parametrize(
    ("name", "cue", "expected"),
    [
        ("Алексея Смирнова", "от", "Алексей Смирнов"),  # "-ея": only a man's genitive
        ("Marka Kovača", "od", "Mark Kovač"),  # her surname would not decline
        ("Anny Wójcik", "od", "Anna Wójcik"),  # a woman's: her surname does not decline
        ("Ольги Мельник", "від", "Ольга Мельник"),
        ("Νίκο Αλεξίου", "τον", "Νίκος Αλεξίου"),  # the accusative after "τον"
        ("Анны Петровой", "от", "Анна Петрова"),  # as before: the surname tells
        ("Ивана Петрова", "от", "Ивана Петрова"),  # nothing tells: as written
    ],
)
def test_the_first_name_tells_the_case_where_the_surname_does_not(
    name: str, cue: str, expected: str
) -> None:
    assert dictionary_form(name, cue) == expected


def test_a_labels_name_is_declined_as_the_sentence_declines_it() -> None:
    text = (
        "Na vaš račun HR** **** 4410 uplaćeno je 24,67 € od Marka Kovača.\n"
        "Uplatitelj: Marka Kovača\nIznos: 24,67 €"
    )
    assert read(text, "Uplata").merchant == "Mark Kovač"


# (subject, text, merchant): whom the biggest markets' alerts name, as a person would write it.
_COUNTERPARTIES = [
    (
        "You have received ₱500.00",
        "You have received ₱500.00 from MA. LUISA REYES.",
        "Ma. Luisa Reyes",
    ),
    ("转账成功", "转账成功\n你已向 王芳 转账 ¥88.00\n转账时间：2026-11-04 10:12:05", "王芳"),
    (
        "Transaction Alert",
        "Dear Customer, Rs.120.00 debited from A/c XX4410 on 14-03-25 to VPA swiggy.order@ybl "
        "(UPI Ref No 507314889921). Not you? Call 1800-233-4400 to block UPI.",
        "Swiggy",
    ),
    ("Compra", "Compra por $ 52.900 en ALMACENES EXITO CALLE 80 con tarjeta *4410.", "Éxito"),
    (
        "お支払いが完了しました",
        "お支払い完了\n支払い金額：¥1,200\n支払い先：ローソン 新宿店",
        "ローソン",
    ),
    ("تم دفع الفاتورة", "تم دفع فاتورة مياه الجيزة بنجاح\nالمبلغ: 120.00 ج.م", "مياه الجيزة"),
    (
        "POS Debit Alert",
        "Txn: DEBIT\nAc: 03XXXXX4410\nAmt: NGN8,000.00\nDes: POS PURCHASE SPAR IKEJA",
        "Spar",
    ),
    (
        "ACH debit posted",
        "An ACH debit has posted to your account.\nAccount: Checking ...4410\n"
        "Company: XCEL ENERGY\nEntry description: UTIL PYMT\nAmount: $80.00",
        "Xcel Energy",
    ),
    (
        "Dauerauftrag ausgeführt",
        "Ihr Dauerauftrag wurde ausgeführt.\nEmpfänger: Hausverwaltung Kern\n"
        "IBAN Empfänger: DE89 3704 0044 0532 0130 00\nBetrag: 850,00 €",
        "Hausverwaltung Kern",
    ),
]


@pytest.mark.parametrize(("subject", "text", "merchant"), _COUNTERPARTIES)
def test_the_counterparty_is_named(subject: str, text: str, merchant: str) -> None:
    """ "Ma." (María) in a Filipino name, a Chinese payee after 向, a VPA's bracketed reference,
    Éxito's card lines, a Japanese payee label, an Arabic bill paid, a short "Des:" label, an ACH
    debit's company over its entry description, an IBAN under a payee's label."""
    merchant_found = read(text, subject).merchant
    assert merchant_matches(merchant, merchant_found), merchant_found


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        ("Oi ese moni K412.10 oi henia GEREHU MARKET dekenai.", "412.10", "debit"),
        ("Moni K2,080.00 oi abia, RAKA VAGI ese ia henia.", "2080.00", "credit"),
    ],
)
def test_hiri_motu_money_given_and_received_beside_the_money_left(
    text: str, amount: str, direction: str
) -> None:
    """Hiri Motu's "you gave" and "you received", with the balance ("the money left") and the
    footer's warning never to give a PIN, which gives nothing."""
    body = (
        f"Motu Savings: akaun XXXX7731\n{text}\nMoni ia noho K18,900.55\n"
        "Emu PIN ta dekenai do oi henia lasi."
    )
    result = read(body, "Motu Savings", "alerts@motusavings.com.pg", "Motu Savings")
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        "PGK",
        direction,
    )
