"""Classes of rules added in the fourteenth round (issue #12), with messages written for these
tests: an order's sum, a fee, then the sum with the fee under the same label; an item called
"Tea" is no rate notice; money back promised at a rate ("5% cashback this month") says nothing of
the payment's direction; refusals of more languages."""

from datetime import UTC, datetime

import pytest

from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency"),
    [
        (
            "Grazie per il tuo ordine",
            "Bottega Esempio\nCandele\t×2\t40,00 €\nImporto\t40,00 €\nCommissione\t0,90 €\n"
            "Importo\t40,90 €\nCarta: Visa •••• 1234",
            "ordini@bottega.example.it",
            "40.90",
            "EUR",
        ),
        (
            "Bedankt voor je bestelling",
            "Winkeltje\nBedrag: 120,00 €\nKosten: 1,50 €\nBedrag: 121,50 €\n12-03-2026 10:00",
            "info@winkeltje.example.nl",
            "121.50",
            "EUR",
        ),
        (
            "订单确认",
            "小店\n金额 ¥300.00\n手续费 ¥3.00\n金额 ¥303.00\n银行卡: Visa •••• 8821",
            "service@xiaodian.example.cn",
            "303.00",
            "CNY",
        ),
    ],
)
def test_the_sum_again_with_its_fee_added_is_what_the_card_paid(
    subject: str, text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit", subject=subject)


def test_a_payment_and_its_fee_under_their_own_labels_stay_the_payment() -> None:
    # A government fee collector: the fee is added in a "Total" line of its own, and the
    # payment is what the office received.
    text = (
        "Payment receipt\nPayee\nLicence Office\nAmount\nNGN 20,000.00\nProcessing Fee\n"
        "NGN 150.00\nTotal\nNGN 20,150.00\nPayment Date\n12/04/2026 06:27 AM"
    )
    assert_money(text, "noreply@collect.example.ng", "20000.00", "NGN", "debit")


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency"),
    [
        (  # an item called "Tea" (the Argentine rate "TEA" is written with its words)
            "Bedankt voor je bestelling",
            "Theehuis\nTea sampler\t×2\t18,00 €\nTotaal\t18,00 €\nKaart: Visa •••• 4410",
            "bestelling@theehuis.example.nl",
            "18.00",
            "EUR",
        ),
        (  # money back promised at a rate is an offer: the order was paid
            "Siparişiniz için teşekkürler",
            "Çarşı\nTutar\t250,00 ₺\nKart: Mastercard •••• 9911\n"
            "Bu ay tüm alışverişlerde %5 nakit iade!",
            "siparis@carsi.example.com.tr",
            "250.00",
            "TRY",
        ),
        (
            "Thanks for your order",
            "Corner Shop\nTotal $64.20\nCard: Visa •••• 5521\nGet 3% cashback on every order!",
            "orders@cornershop.example.com",
            "64.20",
            "USD",
        ),
    ],
)
def test_an_item_or_an_offer_does_not_turn_a_purchase_around(
    subject: str, text: str, sender: str, amount: str, currency: str
) -> None:
    result = read(text, subject=subject, sender=sender, name="Example Shop")
    assert result.is_transaction
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, "debit")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (  # Assamese: "the transaction at X of INR 900.00 was rejected; no money was taken"
            "Tezpur Stores ত INR 900.00 লেনদেন নাকচ কৰা হৈছে। কোনো ধন কটা হোৱা নাই।",
            "alerts@bank.example.in",
        ),
    ],
)
def test_refusals_of_more_languages_are_no_payment(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # labels over values: the time's "PM" and the next label are no one
            "Card transaction alert\nMerchant\nKiosk Ayo\nAmount\nNGN 12,500.00\nCard\n*4411\n"
            "Date\n8 Apr 2026\nTime\n9:16 PM\nReference\n457513429947",
            "alerts@bank.example.ng",
            "Kiosk Ayo",
        ),
        (
            "Service charge applied\nSender\nExample Bank\nAmount\nUGX 15,000\nAccount\n"
            "XXXX4812\nDate\n21/03/2026\nTime\n17:43\nReference\n742441183306",
            "alerts@bank.example.ug",
            "Example Bank",
        ),
        (  # a Korean card alert's shop on the line under the time stays the shop
            "[별빛카드] 승인취소\n홍*동님\n별빛카드(9012)\n3,200원\n01/14 09:42\nGS25 역삼점\n"
            "누적 2,482,120원",
            "alarm@card.example.co.kr",
            "Gs25",
        ),
    ],
)
def test_a_time_and_the_label_under_it_name_no_one(text: str, sender: str, merchant: str) -> None:
    found = read(text, subject="Card alert", sender=sender).merchant
    assert found is not None and found.startswith(merchant)


def test_a_currency_sign_is_no_name() -> None:
    text = (
        "Cargo por servicio: RD$ 4.75\nOrdenante              Banco Ejemplo\n"
        "Importe                RD$ 4.75\nFecha                  05/11/2026"
    )
    result = read(text, subject="Cargo por servicio: RD$ 4.75", sender="avisos@banco.example.do")
    assert result.merchant != "Rd$"


def test_a_time_far_from_its_date_keeps_its_stated_offset() -> None:
    text = (
        "Importe                RD$ 4.75\nFecha                  05/11/2026\n"
        "Hora                   7:51:38 PM (UTC-04:00)\n"
    )
    received = datetime(2026, 11, 6, 1, 0, tzinfo=UTC)
    result = read(text, sender="avisos@banco.example.do", received=received)
    assert result.occurred_at == datetime(2026, 11, 5, 23, 51, 38, tzinfo=UTC)


# Money moved, in the words of more languages and creoles: (text, sender, direction).
MONEY_MOVED = [
    ("O duetse P120.00 go Lesedi Power ka 07/11/2026 12:03.", "info@wallet.example.co.bw", "debit"),
    (
        "O tsentse P300.00 mo akhaonteng ya gago ka 20/10/2026.",
        "info@wallet.example.co.bw",
        "credit",
    ),
    ("N5,000.00 don enter your wallet from ADA OBI. 30/11/2026", "hi@wallet.example.ng", "credit"),
    (
        "Mwapokelela K150.00 ukufuma kuli MWANSA PHIRI pa 30/10/2026.",
        "a@money.example.zm",
        "credit",
    ),
    ("Mwalipila K90.00 kuli ZESCO prepaid pa 25/11/2026.", "a@money.example.zm", "debit"),
    ("Ou finn avoy Rs 500.00 ar ANIL RAMA lor 20/10/2026.", "info@juice.example.mu", "debit"),
    ("Yu seni SRD 250,00 gi ANNA PINAS tapu 12-11-2026.", "info@pay.example.sr", "debit"),
    ("Yu kisi SRD 400,00 fu JOHAN DIKAN tapu 17-10-2026.", "info@pay.example.sr", "credit"),
    ("Yuh sen J$2,000.00 go KEISHA REID pon 24/10/2026.", "info@lynk.example.com.jm", "debit"),
    (
        "Ua uku ʻoe i $ 40.00 iā FOODLAND me kāu kāleka ****1111 ma 11/08/2026.",
        "a@cu.example.org",
        "debit",
    ),
    ("Ua loaʻa iā ʻoe $ 75.00 mai KAI AKANA ma 10/13/2026.", "a@cu.example.org", "credit"),
    ("Yu salim K80.00 i go long PETER KAPI long 25/10/2026.", "info@bank.example.com.pg", "debit"),
    ("Yu kasem 5 000 VT long MERE KALO long 23/11/2026.", "info@mvatu.example.vu", "credit"),
    (
        "Kua utu koe i te $22.50 ki NEW WORLD mā tō kāri ****3285 i te 30/11/2026.",
        "a@bank.example.nz",
        "debit",
    ),
    (
        "Phàigh thu £12.00 aig CO-OP le cairt a' crìochnachadh le 0253 air 14/11/2026.",
        "a@banca.example.scot",
        "debit",
    ),
    (
        "Du har vippset kr 350,00 til Kari Nordmann 27.10.2026 kl. 14:10.",
        "varsel@vipps.example.no",
        "debit",
    ),
    (
        "Izvršen prijenos 80,00 EUR na račun ANA KOVAČ, 20.10.2026.",
        "obavijesti@banka.example.hr",
        "debit",
    ),
    (
        "Matagumpay ang iyong bayad na ₱800.00 sa MERALCO noong 08/10/2026.",
        "a@wallet.example.ph",
        "debit",
    ),
    (
        "Scotts irrifondew EUR 24.99 fuq il-karta tiegħek ****1234 fil-03/11/2026.",
        "a@bank.example.mt",
        "credit",
    ),
    ("Ozon вернул 1 359,20 RUB на вашу карту *7788 03.11.2026.", "info@bank.example.ru", "credit"),
]


@pytest.mark.parametrize(("text", "sender", "direction"), MONEY_MOVED)
def test_money_moved_in_the_words_of_more_languages(text: str, sender: str, direction: str) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert result.is_transaction
    assert result.direction == direction


NO_MONEY_MOVED = [
    (
        "Your transfer of N7,290.00 to EMEKA JOHN no go through. Dem never remove any money.",
        "hi@wallet.example.ng",
    ),
    (
        "MoMo Kutfumela E134.59 ku-7688xxx02 kuhlulekile. Ayikho imali lesusiwe.",
        "a@momo.example.co.sz",
    ),
    ("NALEDI SEBEGO o go kopa P34.33. Tobetsa *145# go duela.", "info@wallet.example.co.bw"),
    (
        "Reservéierung: 42,74 € goufen op Ärer Kaart ****4127 reservéiert. Nach net ofgebucht.",
        "a@bank.example.lu",
    ),
    (
        "Heimild að upphæð 2.110 kr. tekin frá á korti ****2774. Ekki enn gjaldfært.",
        "a@bank.example.is",
    ),
    (
        "Order confirmed! Payment method: Cash on Delivery. Please keep Rs 976.68 ready when"
        " our rider arrives.",
        "orders@kart.example.in",
    ),
    (
        "Your weekly spending summary\nTarget $47.29\nCoffee $6.75\nTotal spent this week: $54.04",
        "alerts@bank.example.com",
    ),
    (
        "We couldn't process your Streamly payment of $9.13 with the card ending 3223. Please"
        " update your payment details.",
        "billing@streamly.example.tv",
    ),
    (
        "Olivia Hart has asked you for £8.15 using Paym. Nothing has been paid yet.",
        "alerts@bank.example.co.uk",
    ),
    (
        "Transferencia periódica de 82,19 EUR a Javier Ortega programada para el 27/12/2026.",
        "avisos@banco.example.es",
    ),
    (
        "Doładowanie 62,00 zł nie powiodło się. Środki nie zostały pobrane.",
        "powiadomienia@bank.example.pl",
    ),
    (
        "Suma de 81,40 lei a fost blocată de Kaufland pe cardul •• 3179.",
        "notificari@banca.example.ro",
    ),
    ("Your available balance on account XX5319 is NGN 68,384.00.", "alerts@bank.example.ng"),
    ("您向美团申请的147.44 CNY退款正在审核中。", "notice@bank.example.cn"),
    ("鈴木 花子様への7,414 JPYの振込を2026/12/10に予約しました。", "info@bank.example.jp"),
    (
        "Your package was delivered\nOrder 207179394\nTotal charged GBP 67.06",
        "orders@shop.example.co.uk",
    ),
]


@pytest.mark.parametrize(("text", "sender"), NO_MONEY_MOVED)
def test_mail_of_more_kinds_and_languages_that_moves_no_money(text: str, sender: str) -> None:
    subject = text.split("\n")[0] if "\n" in text else "Notification"
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


# Statement-like alerts whose sums carry no currency mark: the heading or the account's caption
# names it, or the sender's country does: (subject, text, sender, amount, currency, direction).
UNMARKED_SUMS = [
    (
        "Account update",
        "Account: *7312\nDate | Details | Amount (GBP) | D/C\n"
        "20/03/2026 05:14 | Callum Reid | 54.39 | CR",
        "no-reply@bank.example.co.uk",
        "54.39",
        "GBP",
        "credit",
    ),
    (
        "Debit Alert",
        "Card: *7627\nDate | Narration | Amount (NGN)\n02-08-2026 13:04 | Shoprite | (80,220.00)",
        "notify@bank.example.ng",
        "80220.00",
        "NGN",
        "debit",
    ),
    (
        "Bank notice",
        "A/C: •• 2205\nDate\tNarrative\tAmount (KES)\tBal\n"
        "27/04/2026 10:15\tWallet load M-Pesa\t+2,457.00\t86,099.00",
        "info@bank.example.co.ke",
        "2457.00",
        "KES",
        "credit",
    ),
    (
        "Kontoinformation",
        "Kort: XX7395\nDatum | Text | Belopp (SEK)\n2026-08-16 07:39 | Återbetalning Clas Ohlson"
        " | 1 208,90",
        "notify@bank.example.se",
        "1208.90",
        "SEK",
        "credit",
    ),
    (
        "Debit Alert",
        "Account: *5319   NGN\nDate             Narration                   DR            CR\n"
        "-------------------------------------------------------------------\n"
        "21-06-2026 06:39 Aisha Bello          63,372.00              \n"
        "-------------------------------------------------------------------",
        "no-reply@bank.example.ng",
        "63372.00",
        "NGN",
        "debit",
    ),
    (
        "Money in",
        "Card: XX7312 (GBP)\nMost recent:\n16/10/2026 04:11\tCashback Sainsbury's\t69.49 CR\n"
        "Earlier transactions:\n12/10/2026 15:43\tBoots\t116.83 DR",
        "no-reply@bank.example.co.uk",
        "69.49",
        "GBP",
        "credit",
    ),
]


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency", "direction"), UNMARKED_SUMS
)
def test_a_sum_without_a_mark_takes_its_headings_or_its_captions_currency(
    subject: str, text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "merchant"),
    [
        (  # label and value pairs on one line, " | " between them, no colons
            "Geldeingang",
            "Umsatzart Gutschrift | Buchungstext Gehalt | Betrag 15,26 EUR | Auftraggeber Zeiss"
            " Werke | Konto xxxxxxxx4570 | Datum 13.03.2026",
            "alerts@bank.example.de",
            "Zeiss Werke",
        ),
        (
            "Értesítés",
            "Típus Jóváírás | Leírás Munkabér | Összeg 275 534 Ft | Küldő Richter Gedeon |"
            " Számla *2191 | Dátum 2026.02.15",
            "info@bank.example.hu",
            "Richter Gedeon",
        ),
        (  # a statement's description column, in Finnish
            "Maksu tehty",
            "Tili: ****1170\nPäivämäärä\tSelite\tOtto (EUR)\tPano (EUR)\n"
            "10.02.2026 19:43\tHelen\t245,51 EUR\t0,00",
            "no-reply@pankki.example.fi",
            "Helen",
        ),
        (  # ... whose cell says what the money was first
            "Zahlungseingang",
            "Konto: XX2825\nDatum\tText\tBelastung (CHF)\tGutschrift (CHF)\n"
            "15.07.2026 14:47\tLohn Roche\t0.00\t369.09",
            "notify@bank.example.ch",
            "Roche",
        ),
    ],
)
def test_a_counterparty_in_a_list_without_colons_or_a_description_cell(
    subject: str, text: str, sender: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        ("Waxaad u dirtay USD 140.58 Cabdi Maxamed.", "info@bangi.example.so", "Cabdi Maxamed"),
        ("Yónnee nga 36 066 FCFA Fatou Sall.", "alertes@banque.example.sn", "Fatou Sall"),
        ("Sulle laekus 128,94 € maksjalt Jaan Kask.", "teated@pank.example.ee", "Jaan Kask"),
        (
            "Cash-in don successful: N62,800.00 enter your wallet through agent IYA BASIRA POS"
            " for 08/11/2026.",
            "notice@wallet.example.ng",
            "Iya Basira Pos",
        ),
    ],
)
def test_the_person_that_ends_the_sentence_or_follows_a_new_intro_word(
    text: str, sender: str, merchant: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert result.merchant == merchant


def test_a_relayed_smss_header_lines_are_not_read() -> None:
    text = (
        "From: SOUTHX\nReceived: 24/11 22:56\n\nTransaction Alert Merchant: WOOLWORTHS 3312 BONDI"
        " Amount: A$120.92 Card: xxxx-9584 Date/Time: 24 Nov 2026 10:54:51 PM"
    )
    result = read(
        text,
        subject="SMS from SOUTHX",
        sender="forward@relay.example.app",
        received=datetime(2026, 11, 24, 12, 0, tzinfo=UTC),
    )
    assert (result.direction, result.account_last4) == ("debit", "9584")
    assert result.merchant is not None and result.merchant.lower().startswith("woolworths")


def test_a_shops_menu_line_is_no_offer() -> None:
    text = (
        "View in browser\nHome | Deals | My account\n\nRefund completed\n"
        "USD 117.60 has been refunded to your card ending 5980.\nOrder 474152501"
    )
    result = read(text, subject="Refund completed", sender="returns@shop.example.com")
    assert (result.is_transaction, result.direction) == (True, "credit")


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Teade",
            "Konto: •• 2626\nKuupäev | Kirjeldus | Summa (EUR) | Saldo\n"
            "01.08.2026 14:11 | Palk Bolt | 543,74 EUR | 774,59",
            "teade@pank.example.ee",
        ),
        (
            "Notificare",
            "Cont: ****9474\nData\tDetalii\tSumă (RON)\tSold\n22.04.2026 07:02\tSalariu Dacia\t"
            "1.470,30\t5.100,00",
            "notificari@banca.example.ro",
        ),
        (
            "Powiadomienie",
            "Rachunek: XX3365\nData | Opis | Kwota (PLN) | Saldo\n"
            "20.03.2026 23:17 | Wynagrodzenie Orlen | 1 045,92 | 4 569,36",
            "powiadomienia@bank.example.pl",
        ),
    ],
)
def test_a_salary_in_a_statements_description_is_money_in(
    subject: str, text: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (result.is_transaction, result.direction) == (True, "credit")


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # a money verb of a small language: a payment, under the threshold no more
            "Yu salim K170.29 i go long JOHN KAPI long 25/10/2026 20:28. Balans: K982.58",
            "notify@bank.example.com.pg",
            "170.29",
            "PGK",
            "debit",
        ),
        (  # a balance word of a small language is no payment
            "Orange Money A heɓii 1 324 300 GNF iwde FATOUMATA DIALLO ñalnde 09/10/2026 06:17."
            " Ko heddii: 10 594 905 GNF.",
            "alerts@orange.example.gn",
            "1324300",
            "GNF",
            "credit",
        ),
        (  # a dollar sign with the code after it: the code says which dollar
            "E reke $293.87 AUD mairoun TEBURORO TITO n am akaun ****1550 n 22/10/2026.",
            "mail@anz.example.ki",
            "293.87",
            "AUD",
            "credit",
        ),
    ],
)
def test_money_words_balances_and_dollars_of_small_languages(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency"),
    [
        (
            "Recibo da sua viagem",
            "Obrigado por viajar conosco\nValor da viagem\tR$ 84,90\nTaxa de serviço\tR$ 7,49\n"
            "Total\tR$ 92,39\nForma de pagamento\tCartão final 7210",
            "recibos@viagens.example.com.br",
            "92.39",
            "BRL",
        ),
        (
            "Вашата разписка",
            "Благодарим за поръчката!\nМеждинна сума\t10,99 лв\nТакса доставка\t4,95 лв\n"
            "Такса обслужване\t1,90 лв\nОбщо\t17,84 лв\nНачин на плащане\tMastercard",
            "orders@hapni.example.bg",
            "17.84",
            "BGN",
        ),
    ],
)
def test_a_receipts_subtotal_with_its_fees_is_no_payment_of_its_own(
    subject: str, text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit", subject=subject)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Zahlungseingang",
            "Wir haben Ihre Zahlung über 528,66 EUR für Ihre Gold-Karte …0434 am 27.11.2026"
            " erhalten. Zahlungseingang auf Ihrem Kartenkonto. Neuer Saldo 3.788,43 EUR",
            "service@card.example.de",
        ),
        (
            "Payment received",
            "We received SAR 1,902.36 towards your Platinum card **8654 on 20/11/2026."
            " Remaining due: SAR 78,740.58",
            "alerts@card.example.sa",
        ),
        (
            "카드대금 결제 완료",
            "고객님, 별빛카드(****8798) 이용대금 549,100원 결제가 완료되었습니다.",
            "alarm@card.example.co.kr",
        ),
    ],
)
def test_a_card_bill_paid_told_by_the_cards_issuer_is_no_new_payment(
    subject: str, text: str, sender: str
) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency", "direction"),
    [
        (
            "Your payout is on its way",
            "Your payout of $472.36 has been sent to your bank account ending in 6613.",
            "payouts@market.example.com",
            "472.36",
            "USD",
            "credit",
        ),
        (
            "Reembolso emitido",
            "Hola Ana, te hemos reembolsado 45,90 € en tu tarjeta terminada en 4410.",
            "pedidos@tienda.example.es",
            "45.90",
            "EUR",
            "credit",
        ),
        (
            "Zamówienie opłacone",
            "Suma częściowa 571,29 PLN\nDostawa 45,70 PLN\nRazem zapłacono 616,99 PLN",
            "sklep@sklep.example.pl",
            "616.99",
            "PLN",
            "debit",
        ),
        (
            "Užsakymas apmokėtas",
            "Ačiū! Iš viso sumokėta: 282,99 Eur. Kortelė ****6135",
            "info@parduotuve.example.lt",
            "282.99",
            "EUR",
            "debit",
        ),
        (
            "Asante kwa ununuzi wako",
            "Umelipa TSh 45,000.00 kwa kadi ****1234.\nUmepokea barua pepe hii kwa sababu"
            " ulinunua kwa Duka Letu.",
            "risiti@duka.example.co.tz",
            "45000.00",
            "TZS",
            "debit",
        ),
    ],
)
def test_payouts_refunds_issued_totals_paid_and_a_shopping_footer(
    subject: str, text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Vous avez oublié quelque chose",
            "Votre panier vous attend : 89,90 €",
            "a@shop.example.fr",
        ),
        (
            "Offerte 2231",
            "Offerte voor 2 stoelen: € 540,00, geldig tot 30-12-2026.",
            "a@b.example.nl",
        ),
        (
            "Ordine 8841",
            "Il tuo ordine di 64,00 € è in attesa di pagamento.",
            "a@negozio.example.it",
        ),
        ("续费失败", "您的会员续费失败，扣款未成功：¥25.00。", "a@service.example.cn"),
    ],
)
def test_carts_quotes_unpaid_orders_and_failed_renewals_move_no_money(
    subject: str, text: str, sender: str
) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


def test_an_instalment_charged_now_is_the_payment_not_the_plans_total() -> None:
    text = (
        "Recibo de pago\nCuota 3 de 4: se cobraron 21,25 EUR en tu tarjeta terminada en 8162.\n"
        "Casa Nórdica — Total pagado: 84,99 EUR\nTotal (4x): 84,99 EUR"
    )
    assert_money(text, "recibos@cuotas.example.es", "21.25", "EUR", "debit", subject="Cuota 3 de 4")


@pytest.mark.parametrize(
    ("text", "sender", "last4"),
    [
        ("Fizetés 12 000 Ft a(z) 0894 végződésű kártyájáról.", "info@bolt.example.hu", "0894"),
        ("Maksu 24,90 € kortilta, jonka loppunumerot 8706.", "info@kauppa.example.fi", "8706"),
        ("Thanh toán 250.000 VND bằng thẻ có số cuối 9035.", "info@shop.example.vn", "9035"),
    ],
)
def test_a_cards_last_digits_written_before_its_noun_or_after_a_clause(
    text: str, sender: str, last4: str
) -> None:
    assert read(text, sender=sender).account_last4 == last4


def test_a_country_code_ending_an_address_is_no_name() -> None:
    text = (
        "Vaše výplata 1 639,16 CZK byla odeslána na bankovní účet.\n© 2026 Řemeslo · Hlavní 8, CZ"
    )
    assert read(text, subject="Výplata", sender="no-reply@remeslo.example.cz").merchant != "Cz"


@pytest.mark.parametrize(
    ("text", "sender", "direction"),
    [
        ("Zinsgutschrift auf Sparkonto ****1234: CHF 10.43", "e-service@bank.example.ch", "credit"),
        (
            "Acreditación de haberes: $ 1.736,74 en tu cuenta ****2210",
            "a@banco.example.com.ar",
            "credit",
        ),
        (
            "Estorno de compra: R$ 1.161,84 creditado no cartão final 7781",
            "a@banco.example.com.br",
            "credit",
        ),
        ("B$ 45.20 dibelanjakan di SUPA SAVE pada 03/11/2026", "a@bank.example.com.bn", "debit"),
    ],
)
def test_money_in_and_out_in_a_fresh_mailboxs_words(text: str, sender: str, direction: str) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (result.is_transaction, result.direction) == (True, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("E-lasku saapunut: Helen Oy, 123,72 €.", "noreply@pankki.example.fi"),
        ("Pré-notification de prélèvement : ORANGE prélèvera 24,97 € le 05/12.", "a@b.example.fr"),
        ("Codul tău 3D Secure este 183954. Plată 102,79 RON la ALTEX.RO", "a@banca.example.ro"),
        (
            "We've received your payment of PHP 526.35 for your Lapu Mastercard ending in 1568.",
            "alerts@bank.example.ph",
        ),
    ],
)
def test_more_mail_of_a_fresh_mailbox_that_moves_no_money(text: str, sender: str) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject="Notice", sender=sender, received=received).is_transaction


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("בוצעה עסקה בשופרסל דיל בסך 409.52 ₪ בתאריך 01/11/26 בשעה 08:27.", "שופרסל דיל"),
        ("חיוב בכרטיס המסתיים ב-7660: ₪290.75 ברמי לוי, 26/11/2026 11:38", "רמי לוי"),
        ("חיוב העברת ₪522.92 לדני כהן.", "דני כהן"),
        ('קיבלת 286.41 ש"ח מיוסי כהן בביט. הכסף יועבר לחשבונך.', "יוסי כהן"),
        ("זיכוי בחשבון\nשם המעביר\tמיכל אברהם\nסכום\t₪700.48", "מיכל אברהם"),
    ],
)
def test_hebrew_names_with_at_to_from_glued_on_or_under_their_label(
    text: str, merchant: str
) -> None:
    result = read(
        text, sender="alerts@bank.example.co.il", received=datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert result.merchant == merchant


def test_a_hebrew_amount_ending_its_line_names_no_one_on_the_next() -> None:
    text = 'סה"כ 298.19 ש"ח\nמע"מ (incl.): 14.91 ש"ח\nבית עסק\tסופר-פארם'
    result = read(text, sender="service@card.example.co.il")
    assert result.merchant is None or 'ע"מ' not in result.merchant


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        ("Luis Huamán te yapeó S/ 120.00 el 03/11/2026.", "avisos@yape.example.pe", "Luis Huamán"),
        (
            "Vipps: Ingrid Hansen sendte deg 550,19 kr – «hytteturen». 11.10.2026 09:21",
            "varsel@bank.example.no",
            "Ingrid Hansen",
        ),
    ],
)
def test_the_payer_before_sent_you_and_not_the_payers_note(
    text: str, sender: str, merchant: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (result.direction, result.merchant) == ("credit", merchant)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "merchant"),
    [
        (
            "Debit Alert",
            "Account: *5319   NGN\nDate             Narration                   DR            CR\n"
            "21-06-2026 06:39 Aisha Bello          63,372.00              ",
            "no-reply@bank.example.ng",
            "Aisha Bello",
        ),
        (
            "Greiðsla",
            "Kort: XX4043 (ISK)\nNýjasta færsla:\n11.07.2026 20:19 Bónus 23.879 DR\n"
            "Eldri færslur:\n09.07.2026 09:04 Guðrún Jónsdóttir 5.324 DR",
            "greidsla@bank.example.is",
            "Bónus",
        ),
        (
            "Notification",
            "Orca Déco a remboursé 75 342 XOF sur votre carte ****7371. Date: 20/06/2026",
            "info@banque.example.sn",
            "Orca Déco",
        ),
    ],
)
def test_a_statement_rows_description_and_a_shop_that_refunded(
    subject: str, text: str, sender: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (
            "Consumo de G/. 858.950 en Biggie el 03/11/2026",
            "a@banco.example.com.py",
            "858950",
            "PYG",
            "debit",
        ),
        (
            "Vous avez payé 100,250 FRW à REG le 03/11/2026",
            "a@bank.example.rw",
            "100250",
            "RWF",
            "debit",
        ),
        (
            "Total payé : 4 416,11 Dhs. Merci.",
            "commandes@boutique.example.ma",
            "4416.11",
            "MAD",
            "debit",
        ),
        (
            "Manuel Tavares te enviou R$ 1.744,11 por Pix.",
            "avisos@banco.example.com.br",
            "1744.11",
            "BRL",
            "credit",
        ),
    ],
)
def test_latin_american_and_african_marks_and_words(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Para autorizar la compra en SALCOBRAND por $280.100 ingresa la clave 447120.",
            "a@banco.example.cl",
        ),
        (
            "Hay un cargo en proceso por $6,897.81 de Coppel. Se verá reflejado cuando el comercio"
            " lo confirme.",
            "a@banco.example.mx",
        ),
        (
            "Sua transferência de R$ 1.635,83 não pôde ser concluída. O dinheiro não saiu da sua"
            " conta.",
            "a@banco.example.com.br",
        ),
    ],
)
def test_codes_pending_charges_and_failed_transfers_of_latin_america(
    text: str, sender: str
) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject="Aviso", sender=sender, received=received).is_transaction


def test_a_zone_a_brazilian_bank_names_in_words() -> None:
    text = "Compra aprovada de R$ 52,30 em 17/11/2026 às 10:37 (horário de Manaus)."
    result = read(
        text, sender="avisos@banco.example.com.br", received=datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert result.occurred_at == datetime(2026, 11, 17, 14, 37, tzinfo=UTC)


def test_a_haitian_date_with_its_time() -> None:
    text = "Ou peye 1,250.00 goud nan Boutik Ti Jak nan dat 18 novanm 2026 a 10:37 AM."
    result = read(
        text, sender="alèt@bank.example.ht", received=datetime(2026, 11, 18, 20, 0, tzinfo=UTC)
    )
    assert result.occurred_at == datetime(2026, 11, 18, 15, 37, tzinfo=UTC)


def test_an_instalment_plans_words_are_no_shop() -> None:
    text = "Transação aprovada em Lojas Sol\nValor\tR$ 37,52 em 3x sem juros\nCartão final 3594"
    result = read(text, subject="Transação realizada", sender="avisos@cartao.example.com.br")
    assert result.merchant is not None and "Juros" not in result.merchant


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (
            "تم خصم 2,853.74 شيكل من حسابك لدى سوبر ماركت",
            "a@bank.example.ps",
            "2853.74",
            "ILS",
            "debit",
        ),
        ("استلمت 1,752.41 ريال من أحمد علي", "a@bank.example.sa", "1752.41", "SAR", "credit"),
        ("ნინო კაპანაძემ გადმოგირიცხათ 130,73 ₾", "a@bank.example.ge", "130.73", "GEL", "credit"),
        ("Balansınız 153.22 ₼ artırıldı.", "a@bank.example.az", "153.22", "AZN", "credit"),
    ],
)
def test_money_words_and_marks_of_the_middle_east_and_central_asia(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Hesap özetiniz hazırlanmıştır. Toplam borç: ₺12.450,00", "a@banka.example.com.tr"),
        ("149.04 ₼ və daha çox alış-verişdə 5% keşbek qazan!", "a@bank.example.az"),
        ("Kredit üzrə 830.00 AZN ödəniş etməlisiniz.", "a@bank.example.az"),
    ],
)
def test_statements_offers_and_reminders_of_turkey_and_azerbaijan(text: str, sender: str) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    subject = text.split(".")[0]  # such mail says what it is in its subject too
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        ("మీ ఖాతా XX3155 లో ₹18,443.05 జమ అయింది, వెంకట్ రావు నుండి. తేదీ 25/11/2026.", "వెంకట్ రావు"),
        ("ਤੁਹਾਡੇ ਖਾਤੇ XX2427 ਵਿੱਚੋਂ ₹12,260.96 ਡੈਬਿਟ ਕੀਤੇ ਗਏ, ਹਰਜੀਤ ਕੌਰ ਨੂੰ। ਮਿਤੀ 14-11-2026", "ਹਰਜੀਤ ਕੌਰ"),
    ],
)
def test_an_indian_alerts_party_after_a_comma_with_to_or_from(text: str, merchant: str) -> None:
    result = read(text, sender="alerts@bank.example.in", received=datetime(2026, 12, 1, tzinfo=UTC))
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Votre solde de points",
            "Votre solde de points : 432 points, soit 39,22 EUR.",
            "a@b.example.fr",
        ),
        (
            "Você esqueceu itens no carrinho",
            "Total do carrinho: R$ 1.331,86.",
            "a@b.example.com.br",
        ),
        ("Alerta de preço", "Um item da sua lista agora custa 50,40 €.", "a@b.example.pt"),
        (
            "Uji coba gratis Anda berakhir",
            "Setelah itu kami akan menagih IDR 185.900 per bulan.",
            "a@b.example.co.id",
        ),
    ],
)
def test_points_carts_price_alerts_and_trials_move_no_money(
    subject: str, text: str, sender: str
) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


def test_a_shift_jis_backslash_is_the_yen_and_a_sender_label() -> None:
    text = (
        "PayPay残高から送金を受け取りました\n送り主:田中 美咲\n金額:\\2,745\n"
        "日時:2026年10月10日 20時56分"
    )
    result = read(
        text,
        subject="受け取り完了のお知らせ",
        sender="tsuuchi@pay.example.jp",
        received=datetime(2026, 10, 11, tzinfo=UTC),
    )
    assert (str(result.amount), result.currency, result.direction) == ("2745", "JPY", "credit")
    assert result.merchant == "田中 美咲"


def test_a_south_african_balance_after_avail_is_no_payment() -> None:
    text = "Karoo Bank: R1 637.83 paid from cheq acc..5989 @ WOOLWORTHS V&A. Avail R23 294.07."
    assert str(read(text, sender="alerts@bank.example.co.za").amount) == "1637.83"


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Blocare sumă",
            "Blocare sumă 120,00 MDL pe cardul *4410 la Hotel Codru.",
            "a@banca.example.md",
        ),
        (
            "Kod BLIK",
            "Twój kod BLIK: 918 223. Potwierdź płatność 392,38 zł w aplikacji.",
            "a@bank.example.pl",
        ),
        (
            "Zamówienie 4410",
            "Twoje zamówienie czeka na płatność. Opłać je do 12.12: 89,00 zł.",
            "a@sklep.example.pl",
        ),
        (
            "Votre règlement",
            "Nous avons bien reçu votre règlement de 17,58 € pour votre Carte Platine.",
            "a@carte.example.fr",
        ),
    ],
)
def test_holds_codes_unpaid_orders_and_card_bills_of_europe(
    subject: str, text: str, sender: str
) -> None:
    received = datetime(2026, 12, 1, tzinfo=UTC)
    assert not read(text, subject=subject, sender=sender, received=received).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (
            "Pripísanie 120,50 EUR na účet *4410 od Jana Nováka.",
            "a@banka.example.sk",
            "120.50",
            "EUR",
            "credit",
        ),
        (
            "Плаћање картицом. Износ: 11.781,39 РСД. Максима.",
            "a@banka.example.rs",
            "11781.39",
            "RSD",
            "debit",
        ),
    ],
)
def test_europes_credit_words_and_the_cyrillic_dinar(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (
            "토스페이 10만 8,500원 결제했어요. CU 강남역점",
            "alim@pay.example.co.kr",
            "108500",
            "KRW",
            "debit",
        ),
        (
            "電気料金4万1,560円をお支払いいただきました。",
            "info@denki.example.jp",
            "41560",
            "JPY",
            "debit",
        ),
        (
            "[별빛은행] 출금 50만원 계좌 ***1871",
            "alim@bank.example.co.kr",
            "500000",
            "KRW",
            "debit",
        ),
        (
            "Số dư TK 0123 vừa tăng 1.163.000 VND lúc 09:12 03/11/2026.",
            "a@bank.example.vn",
            "1163000",
            "VND",
            "credit",
        ),
        (
            "Kamu terima Rp 517.000 dari BUDI SANTOSO.",
            "a@wallet.example.co.id",
            "517000",
            "IDR",
            "credit",
        ),
    ],
)
def test_ten_thousands_and_east_asias_money_words(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, sender=sender, received=datetime(2026, 12, 1, tzinfo=UTC))
    assert (str(result.amount), result.currency, result.direction) == (amount, currency, direction)


def test_a_spending_threshold_written_after_its_sum_is_no_payment() -> None:
    text = (
        "카드번호\t5***-****-****-9012\n가맹점명\t쿠팡이츠\n이용금액\t24,500원\n"
        "배달앱 결제 시 최대 5,000원 할인! 전월 실적 30만원 이상."
    )
    result = read(text, subject="카드 이용 안내", sender="alarm@card.example.co.kr")
    assert str(result.amount) == "24500"


def test_a_date_after_a_money_label_is_no_amount() -> None:
    text = (
        "[별빛은행] 입금\n2026.11.29 04:34:32\n계좌 1002-***-**6014\n입금 366,000원\n박서준\n"
        "잔액 2,018,800원"
    )
    result = read(text, subject="입금 알림", sender="noti@bank.example.co.kr")
    assert (str(result.amount), result.direction) == ("366000", "credit")


def test_a_payer_as_an_item_of_an_sms_line_parted_by_pipes() -> None:
    text = "Gutschrift 46,70 EUR | Konto *6306 | Eva Horvath | 12.03.2026 16:43"
    result = read(text, subject="Gutschrift", sender="sms@bank.example.de")
    assert (result.direction, result.merchant) == ("credit", "Eva Horvath")


def test_the_dong_written_without_its_diacritics() -> None:
    text = "Dien luc xac nhan da nhan thanh toan tien dien so tien 1,698,000 dong ngay 05/11/2026."
    result = read(text, subject="Xac nhan thanh toan tien dien", sender="a@dienluc.example.vn")
    assert (str(result.amount), result.currency) == ("1698000", "VND")
