"""The classes of failure a fifth round of mail from unseen senders showed (issue #12), with
messages written for these tests: payer and payee labels in more languages; the user's own card
named like a shop; names after postpositions and behind wallets; Taiwan's Minguo years; the CFA
francs, the escudo and marks that are money only from their own country; advance notices,
refusals and one-time codes in more languages; a direct debit that was collected; an order's
summary; and a person's name written family name first."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction import extract
from app.extraction.amounts import find_amounts
from app.extraction.evaluation import merchant_matches
from app.mail.message import ParsedEmail
from tests.unit.test_extraction_failure_classes import RECEIVED, read


@pytest.mark.parametrize(
    ("sender", "text", "merchant"),
    [
        ("alerts@bank.example.de", "Gutschrift 1.200,00 EUR\nAuftraggeber: Weber Jonas", "Weber"),
        ("info@banca.example.it", "Bonifico in entrata 310,00 EUR\nOrdinante\tROSSI LUCA", "Rossi"),
        ("avis@banque.example.fr", "Crédit de 95,00 EUR\nDonneur d'ordre : SARL PIXEL", "Pixel"),
        (
            "avisos@banco.example.pe",
            "Realizaste un consumo con tu tarjeta\nMonto\tS/ 42.10\nEmpresa\tPANADERIA LUNA",
            "Panaderia",
        ),
        (
            "alert@bank.example.jp",
            "振込入金のお知らせ\n振込依頼人：ヤマダ タロウ\n金額：5,000円",
            "ヤマダ",
        ),
        ("alerts@bank.example.sa", "حوالة واردة\nالمبلغ: SAR 900.00\nمن: سارة علي", "سارة علي"),
        (
            "info@bank.example.dk",
            "Der er gennemført en betaling med dit kort ****1234:\nBeløb\t80,00 DKK\n"
            "Sted\tNETTO NØRREPORT",
            "Netto",
        ),
        (
            "bilgi@banka.example.com.tr",
            "Sayın Müşterimiz, TR** **** 1234 IBAN'lı hesabınıza AYŞE DEMİR tarafından "
            "750,00 TL FAST ile gönderilmiştir. İşlem tarihi: 10.03.2025 12:29.",
            "Ayşe Demir",
        ),
        (
            "alerts@bank.example.com.gh",
            "GHS 120.00 transferred from A/C ***1200 to MTN MoMo 024XXXX111 (AMA OWUSU) today.",
            "Ama Owusu",
        ),
        (
            "alerts@bank.example.ua",
            "Зарахування 500,00 грн на картку *1111 від Олена Коваль.",
            "Олена",
        ),
        (
            "noreply@pay.example.it",
            "Ricevuta di pagamento\n\nEnte creditore\nUniversità di Padova\nImporto\n96,82 €",
            "Università di Padova",
        ),
    ],
)
def test_payers_and_payees_under_labels_and_postpositions_of_more_languages(
    sender: str, text: str, merchant: str
) -> None:
    assert merchant_matches(read(text, sender=sender).merchant, merchant)


def test_the_users_own_card_is_not_the_shop() -> None:
    result = read(
        "Realizaste un consumo con tu Tarjeta de Débito BANCOX por S/ 50.00 en CAFE AROMA.",
        sender="avisos@bancox.example.pe",
    )
    assert merchant_matches(result.merchant, "Cafe Aroma")


def test_a_minguo_year_and_new_taiwan_dollars() -> None:
    result = read(
        "您的信用卡末四碼1234於114/03/10 18:20 在「全家便利商店」消費新臺幣1,250元。",
        sender="card@bank.example.com.tw",
    )
    assert (result.amount, result.currency, result.account_last4) == (
        Decimal("1250"),
        "TWD",
        "1234",
    )
    assert result.occurred_at.date().isoformat() == "2025-03-10"
    assert merchant_matches(result.merchant, "全家便利商店")


@pytest.mark.parametrize(
    ("sender", "text", "currency"),
    [
        ("notif@banque.example.sn", "Virement reçu de 25 000 FCFA de MOUSSA DIOP.", "XOF"),
        ("notif@banque.example.cm", "Virement reçu de 25 000 FCFA de PAUL ETOA.", "XAF"),
    ],
)
def test_the_cfa_franc_of_the_senders_region(sender: str, text: str, currency: str) -> None:
    assert read(text, sender=sender).currency == currency


def test_the_escudo_written_with_its_cifrao() -> None:
    result = read(
        "Movimento a crédito\nMontante: 12.350$00 ECV\nDescrição: Transferência recebida",
        sender="alertas@banco.example.cv",
    )
    assert (result.amount, result.currency) == (Decimal("12350.00"), "CVE")


def test_a_short_mark_is_money_only_from_its_own_country() -> None:
    guatemalan = read(
        "Consumo con tarjeta de débito\nComercio: SUPER TIENDA\nMonto: Q125.50\nFecha: 10/mar/2025",
        sender="alertas@banco.example.com.gt",
    )
    assert (guatemalan.amount, guatemalan.currency) == (Decimal("125.50"), "GTQ")
    assert guatemalan.occurred_at.date().isoformat() == "2025-03-10"
    elsewhere = read("Our Q3 results: 2025 was a good year.", sender="news@shop.example.com")
    assert elsewhere.currency != "GTQ"


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (
            "notify@bank.example.gr",
            "Κωδικός",
            "Ο κωδικός μίας χρήσης είναι 551234 για την αγορά 40,00 EUR στο SHOP.GR.",
        ),
        (
            "service@bank.example.de",
            "Vorankündigung einer Lastschrift",
            "Stadtwerke GmbH wird am 01.04.2025 eine SEPA-Lastschrift über 61,20 EUR einziehen.",
        ),
        (
            "notif@banque.example.ci",
            "Échec de votre virement",
            "Votre virement de 10 000 FCFA vers KOFFI n'a pas pu aboutir. Aucun montant débité.",
        ),
        (
            "pbe@bank.example.com.my",
            "TAC",
            "Your TAC is 812233 for Transfer of RM1,500.00 to account ending 1122.",
        ),
        (
            "alerts@bank.example.nl",
            "Vooraankondiging incasso",
            "Op 15 april wordt een incasso van € 48,20 van Zorgverzekeraar afgeschreven.",
        ),
        (
            "alerts@bank.example.co.uk",
            "New Direct Debit set up",
            "A new Direct Debit has been set up.\nPayee: WATER CO\nAmount: £30.00 monthly",
        ),
        (
            "info@bank.example.es",
            "20 € de regalo",
            "¡Te regalamos 20 €! Paga 3 veces con tu tarjeta y te devolvemos hasta 20 €.",
        ),
        (
            "service@pay.example.com",
            "关于退款的回复",
            "如商家同意退款（例如￥88.00），款项将原路退回。",
        ),
        (
            "cards@bank.example.in",
            "Payment received on your credit card",
            "Dear Cardmember, we have received a payment of INR 5,000.00 towards your Credit Card "
            "XXXX1111 on 17-04-2025.",
        ),
        (
            "info@bank.example.ua",
            "Нагадування про платіж",
            "Банк: нагадуємо, що 30.05.2025 потрібно сплатити 1 200,00 UAH за кредитом.",
        ),
        (
            "klant@energie.example.nl",
            "Je termijnbedrag wordt binnenkort afgeschreven",
            "Op 01-05-2025 schrijven we je termijnbedrag van € 120,00 af van je rekening.",
        ),
        (
            "noreply@cu.example.org",
            "Transfer could not be completed",
            "Your transfer of $420.00 to external account ****9332 could not be completed. "
            "No funds were withdrawn from your account.",
        ),
        (
            "support@pay.example.co.tz",
            "Malipo hayakufanikiwa",
            "Samahani, malipo yako ya TZS 31,500 kwa MAJI hayakufanikiwa. Hakuna pesa iliyokatwa.",
        ),
        (
            "service@beitrag.example.de",
            "Ankündigung der Abbuchung",
            "Der Beitrag in Höhe von 55,08 Euro wird am 15.02.2025 von Ihrem Konto abgebucht.",
        ),
    ],
)
def test_codes_notices_failures_promotions_and_card_bills_are_no_transaction(
    sender: str, subject: str, text: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("sender", "subject", "text", "amount"),
    [
        (
            "avisos@banco.example.com.ar",
            "Débito automático realizado",
            "Se debitó de tu cuenta el débito automático de TELCO SA por $ 9.500,00.",
            "9500.00",
        ),
        (
            "klant@bank.example.nl",
            "Afschrijving incasso",
            "Van uw rekening is een incasso afgeschreven.\nIncassant: Energie BV\nBedrag: € 71,30",
            "71.30",
        ),
        (
            "ordini@shop.example.it",
            "Riepilogo del tuo ordine",
            "Grazie per il tuo ordine!\nSpesa\t€ 30,00\nCosto di consegna\t€ 3,90\n"
            "Totale addebitato\t€ 33,90\nPagamento\tVisa che termina con 1234",
            "33.90",
        ),
    ],
)
def test_a_collected_direct_debit_and_an_orders_summary_are_payments(
    sender: str, subject: str, text: str, amount: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert result.is_transaction
    assert result.amount == Decimal(amount)


def test_the_balance_beside_the_payment_in_more_languages() -> None:
    italian = read(
        "Autorizzata operazione di 12,50 EUR presso BAR SOLE con carta ****1234 il 10/03/25."
        "\nDisponibilità residua: 980,00 EUR",
        subject="Avviso di utilizzo carta",
        sender="avvisi@carte.example.it",
    )
    assert italian.amount == Decimal("12.50")
    ukrainian = read(
        "1 200,00 UAH Списання з картки *1111\nSILPO\nБал. 9 800,00 UAH",
        sender="alerts@bank.example.ua",
    )
    assert ukrainian.amount == Decimal("1200.00")


def test_tamil_rupees_and_recipient() -> None:
    result = read(
        "உங்கள் கணக்கு XXXX1234 இல் ரூ.1,500.00 பற்று வைக்கப்பட்டது.\nபெறுநர்: KUMAR STORES",
        sender="alerts@bank.example.in",
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1500.00"),
        "INR",
        "debit",
    )
    assert merchant_matches(result.merchant, "Kumar Stores")


def test_a_spanish_dollar_with_cents_at_minus_five_is_the_us_dollar() -> None:
    ecuador = datetime(2025, 3, 12, 11, 0, tzinfo=timezone(timedelta(hours=-5)))
    result = read(
        "Estimado cliente, su compra por $192.41 en FARMACIA SOL fue realizada.",
        sender="alertas@banco-ejemplo.com",
        received=ecuador,
    )
    assert result.currency == "USD"
    colombia = read(
        "Transferencia a otra cuenta\nDestino: ANA RUIZ\nValor $ 436.800",
        sender="alertas@banco-ejemplo.com",
        received=ecuador,
    )
    assert colombia.currency == "COP"


def test_titles_and_company_forms_do_not_split_a_payee() -> None:
    assert normalise_merchant("นาย สมชาย ใจดี")[1] == normalise_merchant("สมชาย ใจดี")[1]
    assert normalise_merchant("Mr. John Smith")[1] == normalise_merchant("John Smith")[1]
    assert normalise_merchant("Dr Oetker")[1] != normalise_merchant("Oetker")[1]


def test_a_persons_name_matches_in_either_order() -> None:
    assert merchant_matches("LEFEBVRE Claire", "Claire Lefebvre")
    assert not merchant_matches("Claire Martin", "Claire Lefebvre")


@pytest.mark.parametrize(
    ("sender", "text"),
    [
        ("info@pank.example.ee", "Kaart *4503: tagastus 16,68 EUR, PRISMA, 30.08.26 17:55."),
        ("info@bank.example.kz", "Операция түрі: Сатып алуды қайтару\nСомасы: 82 500,00 ₸"),
        ("info@bank.example.pl", "Zwrot 45,00 PLN na kartę *1234 od SKLEP ABC."),
        ("evc@telecom.example.so", "Waxaad $80 ka heshay CALI XASAN (615361551), Tar: 17/01/25"),
    ],
)
def test_refunds_in_more_languages_are_money_in(sender: str, text: str) -> None:
    assert read(text, sender=sender).direction == "credit"


def test_baltic_legal_forms_quotes_and_transfer_prefixes_leave_the_name() -> None:
    assert normalise_merchant("UAB „Ignitis“")[0] == "Ignitis"
    assert normalise_merchant("Telia Lietuva, AB")[1] == normalise_merchant("Telia Lietuva")[1]
    assert normalise_merchant("C2C TRANSFER LEYLA HASANOVA")[1] == "leyla hasanova"
    assert normalise_merchant("Prevod z uctu ESET, SPOL. S R.O.")[1] == "eset"
    assert normalise_merchant('"Quoted" Shop')[0] == '"Quoted" Shop'


@pytest.mark.parametrize(
    ("sender", "subject", "text", "last4"),
    [
        (
            "info@bank.example.se",
            "Kortköp",
            "Ett köp på 99,00 kr har gjorts med ditt kort som slutar på 4821 hos COOP.",
            "4821",
        ),
        (
            "noreply@bank.example.kr",
            "승인 알림",
            "체크카드(5310) 승인\n12,000원 일시불\n카페",
            "5310",
        ),
        (
            "alerts@bank.example.hk",
            "FPS Payment Received",
            "FPS transfer received\nAmount: HKD 500.00\nFrom: LEE MEI\nTo account: ***-******-7742",
            "7742",
        ),
        (
            "info@bank.example.ge",
            "Incoming transfer",
            "You received 40.00 GEL from NINO KAPANADZE to account GE**TB****3318.",
            "3318",
        ),
        (
            "varsel@bank.example.no",
            "Innbetaling mottatt",
            "Du har mottatt 250,00 kr fra Ola Hansen til konto 1201.33.45678.",
            "5678",
        ),
        (
            "service@card.example.co.il",
            "הודעה על עסקה בכרטיס",
            "בוצעה עסקה בכרטיס המסתיים ב-8407\n\nסכום\t₪747.22\nבית עסק\tסופר-פארם",
            "8407",
        ),
        (
            "ne-pas-repondre@impots.example.fr",
            "Confirmation de votre paiement",
            "Nous vous confirmons votre paiement.\nMontant : 1 224,00 €\n"
            "Compte débité : FR76 **** **** **** **** ***9 350",
            "9350",
        ),
    ],
)
def test_card_and_account_digits_in_more_shapes(
    sender: str, subject: str, text: str, last4: str
) -> None:
    assert read(text, subject=subject, sender=sender).account_last4 == last4


def test_a_korean_declined_approval_is_no_transaction() -> None:
    result = read(
        "[카카오뱅크] 체크카드(6383) 승인거절\n291,600원\n06/13 14:28 무신사\n사유: 잔액부족",
        subject="승인거절 알림",
        sender="noreply@bank.example.kr",
    )
    assert not result.is_transaction


@pytest.mark.parametrize(
    ("sender", "subject", "text", "merchant"),
    [
        ("avisos@wallet.example.pe", "Constancia", "¡Pagaste S/ 20.00!\nPara: Rosa Quispe", "Rosa"),
        (
            "noreply@payme.example.nl",
            "Betaald",
            "Sanne de Boer heeft je verzoek betaald! € 12,50 voor 'Pizza'. Het geld staat op je "
            "rekening.\nPayMe is een dienst van GROTE BANK",
            "Sanne de Boer",
        ),
        (
            "info@bank.example.ru",
            "Операция по карте",
            "MIR-1234 03.12.24 17:03 покупка 812,40р MAGNIT 1432 Баланс: 9000.00р",
            "Magnit",
        ),
    ],
)
def test_a_payee_after_para_not_the_services_operator_and_after_a_glued_rouble(
    sender: str, subject: str, text: str, merchant: str
) -> None:
    assert merchant_matches(read(text, subject=subject, sender=sender).merchant, merchant)


def test_a_sign_between_the_mark_and_the_number() -> None:
    amounts = find_amounts("Dt ord, 11/04/25 LIFE ASSURANCE, R-425.00, Available R8,609.70.", "ZA")
    assert [(a.value, a.currency, a.negative) for a in amounts] == [
        (Decimal("425.00"), "ZAR", True),
        (Decimal("8609.70"), "ZAR", False),
    ]


def test_money_and_a_lone_legal_form_are_no_names() -> None:
    result = read(
        "Your a/c no. XXXX4521 is credited by Rs.2,300.00 on 03-05-26 (Cash deposit at branch).",
        sender="alerts@bank.example.in",
    )
    assert result.merchant is None or not result.merchant.startswith("Rs")


@pytest.mark.parametrize(
    ("sender", "name", "subject", "text", "merchant"),
    [
        (
            "avisos@banco.example.com.uy",
            "Banco",
            "Transferencia recibida",
            "Importe: $ 1.200,00\nOrdenante: PEREZ GOMEZ, LUCIA\nFecha: 24/05/2026",
            "Lucia Perez Gomez",
        ),
        (
            "noreply@wallet.example.in",
            "PayWallet",
            "Aapko payment mila hai",
            "Aapke account mein ₹ 120.00 aa gaye hain. Bhejne wale: Sunita Rao.",
            "Sunita Rao",
        ),
        (
            "recibo@app.example.com.br",
            "99",
            "Seu recibo da 99",
            "Obrigado por viajar com a 99\nTarifa\tR$ 20,00\nTotal\tR$ 21,50",
            "99",
        ),
        (
            "receipts@airline.example.com",
            "Sky Airways",
            "Your Flight Receipt",
            "Your Trip Receipt\nFare\t$219.03 USD\nTotal\t$240.00 USD",
            "Sky Airways",
        ),
    ],
)
def test_family_name_first_hinglish_sender_digit_brands_and_receipt_kinds(
    sender: str, name: str, subject: str, text: str, merchant: str
) -> None:
    result = extract(ParsedEmail("<t@example>", sender, name, subject, RECEIVED, text, len(text)))
    assert merchant_matches(result.merchant, merchant)
    if "Ordenante" in text:
        assert result.merchant == "Lucia Perez Gomez"  # given names first


@pytest.mark.parametrize(
    ("sender", "subject", "text", "merchant"),
    [
        (
            "bilgi@banka.example.com.tr",
            "Kartınızla işlem yapıldı",
            "Kartınızla 1.242,17 ₺ tutarında işlem yapıldı.\nİşyeri: KAHVE DUNYASI MODA\n",
            "Kahve Dunyasi",
        ),
        (
            "info@card.example.co.jp",
            "カードご利用のお知らせ",
            "【ご利用日時】2025/02/24 13:23\n【ご利用金額】7,275円\n【ご利用先】ローソン",
            "ローソン",
        ),
        (
            "avisos@banco.example.es",
            "Cargo en cuenta",
            "Cargo en cuenta\nConcepto\tRECIBO ENDESA CLIENTES\nImporte\t-33,05 €",
            "Endesa",
        ),
        (
            "avisos@banco.example.es",
            "Has recibido un Bizum",
            "Has recibido un Bizum de Pablo Ruiz por importe de 20,00 €.\nConcepto: cena cumple",
            "Pablo Ruiz",
        ),
        (
            "help@food.example.co.uk",
            "Your refund",
            "We've refunded £12.43 to your original payment method. It can take 3-5 working days "
            "to appear.",
            None,
        ),
    ],
)
def test_turkish_dotted_capitals_bracketed_labels_and_memos(
    sender: str, subject: str, text: str, merchant: str | None
) -> None:
    result = read(text, subject=subject, sender=sender)
    if merchant is None:
        assert (result.merchant or "").lower() != "appear"
    else:
        assert merchant_matches(result.merchant, merchant)


@pytest.mark.parametrize(
    ("sender", "subject", "text", "amount", "currency", "direction"),
    [
        (
            "no-reply@wallet.example.vn",
            "Biên nhận",
            "Giao dịch thành công\nSố tiền\n1.974.000đ",
            "1974000",
            "VND",
            "debit",
        ),
        (
            "no-reply@pay.example.kr",
            "송금 완료",
            "이서연님에게 325,000원을 보냈어요.",
            "325000",
            "KRW",
            "debit",
        ),
        (
            "kontakt@sparkasse.example.de",
            "Umsatzbenachrichtigung",
            "Buchungstag\tUmsatzart\tAuftraggeber\tBetrag\n"
            "10.03.2025\tGehalt/Rente\tFirma GmbH\t+3.218,45 EUR",
            "3218.45",
            "EUR",
            "credit",
        ),
        (
            "kvittering@pay.example.no",
            "Kvittering",
            "Du mottok kr 1 251,00 fra Kari Nordmann",
            "1251.00",
            "NOK",
            "credit",
        ),
        (
            "noreply@bank.example.se",
            "Köp med ditt kort",
            "Ditt kort har använts för ett köp.\nBelopp\n1 380,37 kr",
            "1380.37",
            "SEK",
            "debit",
        ),
        (
            "noreply@bills.example.sa",
            "تأكيد سداد فاتورة",
            "تم سداد الفاتورة بنجاح\nالمبلغ\n150.00 ريال",
            "150.00",
            "SAR",
            "debit",
        ),
    ],
)
def test_more_currency_signs_glued_particles_and_wording_make_payments(
    sender: str, subject: str, text: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("UPI/P2P/471590076012/KAVYA REDDY", "Kavya Reddy"),
        ("NEFT/SALARY/VERTEXA SOFTLABS PVT LTD", "Vertexa Softlabs"),
        ("DIRECT DEP BRIGHTLOOM INC PAYROLL", "Brightloom"),
        ("ACH WEB GEICO PAYMENT", "Geico"),
        ("SPEI ENVIADO A JUAN CARLOS HERNANDEZ", "Juan Carlos Hernandez"),
        ("VIR. SALAIRE MAERSK CAMEROUN SA", "Maersk Cameroun"),
        ("PRLV SEPA EDF", "Edf"),
        ("CB CARREFOUR", "Carrefour"),
    ],
)
def test_rails_and_payroll_words_leave_the_payee(raw: str, name: str) -> None:
    assert normalise_merchant(raw)[0] == name


def test_a_heading_row_is_no_label_and_value() -> None:
    result = read(
        "Your checking account ending in 2209 had the following activity:\n\n"
        "Date\tDescription\tDeposits\tWithdrawals\n"
        "02/22/2025\tDIRECT DEP NORTHWIND INC PAYROLL\t$3,412.66\t\n",
        subject="Direct deposit received",
        sender="alerts@bank.example.com",
    )
    assert merchant_matches(result.merchant, "Northwind")


@pytest.mark.parametrize(
    ("sender", "subject", "text", "amount", "currency", "direction", "last4"),
    [
        (
            "no-reply@pos.example.com",
            "Votre reçu de Café Lumière",
            "Café Lumière\nReçu de paiement\n\nTotal\n12,40 €\n\nCarte\nVisa •••• 2545",
            "12.40",
            "EUR",
            "debit",
            "2545",
        ),
        (
            "noreply@pay.example.it",
            "Ricevuta del pagamento",
            "Ricevuta di pagamento\n\nEnte creditore\nComune di Prova\nImporto\n96,82 €",
            "96.82",
            "EUR",
            "debit",
            None,
        ),
        (
            "service@pay.example.com",
            "交易提醒",
            "支付成功\n\n付款金额\n￥98.02\n收款方\n美团外卖\n付款方式\n招商银行储蓄卡(3804)",
            "98.02",
            "CNY",
            "debit",
            "3804",
        ),
        (
            "webmaster@card.example.com",
            "승인 안내",
            "[카드] 김*민님 카드(6141) 263,000원 일시불 승인\n06/04 21:57 GS25\n누적 789,000원",
            "263000",
            "KRW",
            "debit",
            "6141",
        ),
        (
            "receipts@psp.example.com",
            "Betaalbevestiging",
            "Betaling geslaagd\nJe hebt € 28,34 betaald aan Bakkerij Bol.\nBetaalmethode\n"
            "iDEAL – ING NL** INGB **** **83 3843",
            "28.34",
            "EUR",
            "debit",
            "3843",
        ),
    ],
)
def test_receipts_cumulative_totals_yuan_and_split_iban_masks(
    sender: str,
    subject: str,
    text: str,
    amount: str,
    currency: str,
    direction: str,
    last4: str | None,
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )
    if last4 is not None:
        assert result.account_last4 == last4


@pytest.mark.parametrize(
    ("sender", "subject", "text", "received", "moment"),
    [
        (  # Korean from a ".im" domain: Korea's zone
            "no-reply@pay.example.im",
            "송금 완료",
            "이서연님에게 25,000원을 보냈어요.\n일시\t2025.01.26 10:45",
            datetime(2025, 1, 26, 2, 9, tzinfo=UTC),
            "2025-01-26T10:45:00+09:00",
        ),
        (  # Japanese from a ".co" domain: Japan's zone
            "noreply@wallet.example.co",
            "送金を受け取りました",
            "鈴木 一郎さんから送金を受け取りました。\n金額\n¥6,100\n日時\n2025年05月03日 10:55",
            datetime(2025, 5, 3, 1, 57, tzinfo=UTC),
            "2025-05-03T10:55:00+09:00",
        ),
        (  # month first without a year in Korea
            "webmaster@card.example.kr",
            "승인 안내",
            "[카드] 카드(6141) 263,000원 일시불 승인\n06/04 21:57 GS25",
            datetime(2025, 6, 4, 12, 58, tzinfo=UTC),
            "2025-06-04T21:57:00+09:00",
        ),
        (  # informal German and euros from a ".com": Berlin's zone
            "service@broker.example.com",
            "Kartenzahlung",
            "Du hast 58,79 € bei REWE bezahlt.\nKarte\nVisa •• 3597\nDatum\n08.02.2025, 23:19 Uhr",
            datetime(2025, 2, 9, 7, 36, tzinfo=timezone(timedelta(hours=8))),
            "2025-02-08T23:19:00+01:00",
        ),
    ],
)
def test_the_zone_of_the_script_or_language_a_vanity_domain_writes(
    sender: str, subject: str, text: str, received: datetime, moment: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=received)
    assert result.occurred_at == datetime.fromisoformat(moment)


def test_khmer_and_myanmar_digits_are_read() -> None:
    result = read(
        "ABA Bank\nប្រតិបត្តិការ\tទទួលបាន\nចំនួនទឹកប្រាក់\t២០៥,៧៥០ ៛\nកាលបរិច្ឆេទ\t១០/០៣/២០២៥ ១៤:៥០",
        subject="ABA: ប្រតិបត្តិការ",
        sender="alerts@bank.example.com.kh",
    )
    assert (result.amount, result.currency) == (Decimal("205750"), "KHR")
    assert result.occurred_at.date().isoformat() == "2025-03-10"


def test_a_table_row_without_its_last_empty_cell_keeps_its_headings() -> None:
    result = read(
        "Your checking account had the following activity:\n\n"
        "Date\tDescription\tDeposits\tWithdrawals\n"
        "02/22/2025\tDIRECT DEP NORTHWIND INC PAYROLL\t$3,412.66\n",
        subject="Direct deposit received",
        sender="alerts@bank.example.com",
    )
    assert merchant_matches(result.merchant, "Northwind")


def test_a_subjects_receipt_for_your_shop_names_the_shop() -> None:
    result = extract(
        ParsedEmail(
            "<t@example>",
            "no-reply@market.example.co.uk",
            "Market",
            "Your receipt for your Flogit order",
            RECEIVED,
            "Thanks for shopping.\nItem\t£20.00\nTotal paid\t£21.50",
            60,
        )
    )
    assert merchant_matches(result.merchant, "Flogit")


@pytest.mark.parametrize(
    ("sender", "subject", "text", "merchant", "direction"),
    [
        (
            "no-reply@pay.example.kr",
            "송금 완료",
            "박지훈님에게 15,000원을 보냈어요.",
            "박지훈",
            "debit",
        ),
        (
            "noreply@wallet.example.co",
            "送金を受け取りました",
            "田中 花子さんから送金を受け取りました。\n金額\n¥9,800",
            "田中 花子",
            "credit",
        ),
    ],
)
def test_people_named_with_an_honorific(
    sender: str, subject: str, text: str, merchant: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert (result.merchant, result.direction) == (merchant, direction)


def test_a_confirmed_payment_with_a_due_date_column_is_a_payment() -> None:
    result = read(
        "Recebemos o pagamento da sua conta de água. Obrigado!\n\n"
        "Referência\tVencimento\tValor pago\tData do pagamento\n"
        "03/2025\t02/04/2025\tR$ 111,37\t29/03/2025",
        subject="Pagamento confirmado - Água",
        sender="atendimento@agua.example.com.br",
    )
    assert (result.is_transaction, result.amount) == (True, Decimal("111.37"))


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        ("no-reply@pay.example.kr", "송금 요청이 왔어요", "박지훈님이 11,000원을 요청했어요."),
        (
            "hello@bank.example.com.sg",
            "Repayment received",
            "We've received your FlexiCard repayment of S$1,231.87. Your outstanding balance is "
            "now S$218.37.",
        ),
    ],
)
def test_a_request_and_a_card_repayment_are_no_transaction(
    sender: str, subject: str, text: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction
