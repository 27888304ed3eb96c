"""Classes of failure found after hold-out set 7 was opened (issue #12), with messages written for
these tests: label-and-value rows joined by dot leaders, a card-currency amount written beside
its foreign twin in brackets, dollar marks of smaller countries and of Spanish-writing senders,
Arabic rial names that say their country, and balance or total labels of more languages."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.extraction.currencies import resolve
from app.extraction.origin import country_of
from app.extraction.references import find_references
from tests.unit.test_extraction_failure_classes import read


def assert_debit(text: str, sender: str, amount: str, currency: str) -> None:
    result = read(text, sender=sender)
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        "debit",
    )


def test_a_dot_leader_does_not_end_the_label_before_the_value() -> None:
    result = read(
        "Transaction alert: debit\n\n"
        "Transaction type ............ Standing order paid\n"
        "Beneficiary ................. Jane Doe\n"
        "Amount ...................... N$906.62\n"
        "Date ........................ 09/09/2025\n"
        "Available balance ........... N$8,407.02\n",
        sender="alerts@bank.example.com.na",
    )
    assert (result.amount, result.currency, result.balance) == (
        Decimal("906.62"),
        "NAD",
        Decimal("8407.02"),
    )


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (
            "Compra aprovada de 101,44 EUR (USD 108.36) em SPOTIFY AB no cartão ****2986.",
            "alertas@banco.example.pt",
            "101.44",
            "EUR",
        ),
        (
            "Se realizó una compra por RD$5,149.12 (USD 82.96) en STEAM con su tarjeta ****1274.",
            "avisos@banco.example.com.do",
            "5149.12",
            "DOP",
        ),
        (  # the other order: the card's currency in the brackets
            "You spent USD 40.00 (GBP 31.52) at HOTEL BOSTON with your card ending 1111.",
            "alerts@bank.example.co.uk",
            "31.52",
            "GBP",
        ),
    ],
)
def test_a_foreign_purchase_is_the_amount_in_the_cards_currency(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_debit(text, sender, amount, currency)


def test_dollar_marks_of_smaller_countries() -> None:
    assert resolve("B$", None) == ("BSD", False)
    assert resolve("B$", "BN") == ("BND", False)
    nicaraguan = "Aviso de cargo\nImporte - C$9,546.95\nSaldo disponible - C$76,693.32"
    assert country_of("alertas@banco.example.com", nicaraguan) == "NI"
    assert country_of("alerts@bank.example.com", "Purchase of C$12.00 at TIM HORTONS") == "CA"


def test_a_spanish_dollar_at_utc_with_cents_after_a_point_is_mexican() -> None:
    text = "Se realizó una compra por $2,039.93 en Chedraui con su tarjeta ****0834."
    assert country_of("alertas@banco.example.com", text, UTC.utcoffset(None)) == "MX"
    result = read(
        text, sender="alertas@banco.example.com", received=datetime(2025, 1, 26, 15, 3, tzinfo=UTC)
    )
    assert (result.amount, result.currency) == (Decimal("2039.93"), "MXN")
    # "$ 436.800" (a Colombian or Chilean thousands point) stays unplaced.
    assert country_of("avisos@banco.example.com", "Compra por $ 436.800 en ÉXITO", None) is None


def test_an_arabic_rial_written_out_names_its_country() -> None:
    result = read(
        "إشعار خصم\nتم خصم مبلغ 125,700 ريال يمني من حسابكم XXXX1684 لصالح أمل الشرعبي. "
        "الرسوم: 188 ريال يمني. الرصيد المتاح: 932,100 ريال يمني.",
        sender="info@bank.example.com",
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("125700"),
        "YER",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "amount"),
    [
        (
            "Innbetaling på kontoen din\nAvsender - Equinor ASA\nBeløp - kr 18 681,66\n"
            "Disponibelt beløp - kr 35 766,35",
            "kundeservice@bank.example.no",
            "18681.66",
        ),
        (
            "Ваше замовлення оплачено\nКавоварка × 1  1 228,10 ₴\nСума товарів  1 228,10 ₴\n"
            "Доставка  156,80 ₴\nРазом сплачено  1 440,02 ₴\nОплачено карткою **6653",
            "noreply@shop.example.com.ua",
            "1440.02",
        ),
    ],
)
def test_balance_and_total_labels_of_more_languages(text: str, sender: str, amount: str) -> None:
    assert read(text, sender=sender).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (
            "ငွေထုတ်အသိပေးချက်\nသင်၏ကတ် ****2611 ဖြင့် 02/03/2025 22:36 တွင် Ooredoo ၌ 21,550 ကျပ် "
            "ပေးချေပြီးပါပြီ။",
            "alerts@bank.example.com",
            "21550",
            "MMK",
        ),
        (
            "Известување за задолжување\nВид на трансакција : Подигнување готовина\n"
            "Износ : -3.080,73 МКД\nКартичка : ****4716",
            "info@bank.example.com.mk",
            "3080.73",
            "MKD",
        ),
        (
            "اکاؤنٹ سے کٹوتی\nوصول کنندہ\tAyesha Khan\nرقم\t269,954.00 روپے\n"
            "دستیاب بیلنس\t799,030.00 روپے",
            "alerts@bank.example.com",
            "269954.00",
            "PKR",
        ),
    ],
)
def test_currencies_written_in_their_own_script(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_debit(text, sender, amount, currency)


def test_a_debit_notice_naming_its_direct_debit_is_a_collected_payment() -> None:
    result = read(
        "Tipo de operación - Domiciliación cobrada\nBeneficiario - Disnorte\n"
        "Importe - C$1,564.73\nCuenta - XXXX2033\nFecha - 21/02/2025",
        subject="Aviso de cargo: Domiciliación cobrada",
        sender="alertas@banco.example.com",
    )
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1564.73"),
        "NIO",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "merchant", "country_domain"),
    [
        (  # a label, a dash, the value
            "Innborgun á reikning: Laun\nTegund færslu - Laun\nGreiðandi - Landspítali\n"
            "Upphæð - 319.700 kr.\n"
            "Dagsetning - 25.06.2025",
            "Landspítali",
            "is",
        ),
        (  # a dot leader
            "Transaction alert: debit\nBeneficiary ................. City of Windhoek\n"
            "Amount ...................... N$906.62",
            "City of Windhoek",
            "com.na",
        ),
        (  # one cell per line, under a title and a blank line
            "Dragning på ditt konto\n\nTransaktionstyp\nAutogiro\nMottagare\nVattenfall\n"
            "Belopp\n927,08 kr\nKonto\nXXXX1623\nDatum\n2025-05-05",
            "Vattenfall",
            "se",
        ),
        (  # a Korean card line: the date and time, then the shop
            "출금 알림\n[승인] 하나(1698) 64,280원 08/16 11:04 배달의민족\n",
            "배달의민족",
            "co.kr",
        ),
        (  # Vietnamese "at"
            "Biến động số dư: trừ tiền\nThẻ ****9641 thanh toán 569.291 VND tại APPLE.COM/BILL "
            "lúc 08:15 ngày 04/05/2025.",
            "Apple",
            "com.vn",
        ),
        (  # Khmer "at"; the name ends where the Khmer sentence goes on
            "ការជូនដំណឹងដកប្រាក់\nកាត ****4385 បានទូទាត់ 530,300៛ នៅ Smart ថ្ងៃ 07/01/2025 ម៉ោង 23:00។",
            "Smart",
            "com.kh",
        ),
    ],
)
def test_payees_in_more_layouts_and_languages(
    text: str, merchant: str, country_domain: str
) -> None:
    sender = f"alerts@bank.example.{country_domain}"
    subject, _, body = text.partition("\n")
    assert read(body, subject, sender, "Example Bank").merchant == merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender", "name"),
    [
        (
            "Hævning på din konto",
            "Kære kunde,\nTransaktionstype: Kontanthævning\nBeløb:            745,89 kr.\n"
            "Kort:             ****7266\nDato:             05-03-2025\nVenlig hilsen,\nNykredit",
            "info@kredit.example.dk",
            "Nykredit",
        ),
        (
            "Aviso de cargo",
            "Retiro de efectivo por S/ 133.08 con tarjeta ****1020 el 13/11/2025 a las 12:19 en "
            "cajero MIBANCO 393. Saldo disponible: S/ 12,728.39.\nAtentamente,\nMibanco",
            "alertas@mibanco.example.com.pe",
            "Mibanco",
        ),
    ],
)
def test_cash_from_a_machine_has_no_counterparty(
    subject: str, text: str, sender: str, name: str
) -> None:
    result = read(text, subject, sender, name)
    assert result.is_transaction and result.direction == "debit"
    assert result.merchant is None


def test_a_bank_address_makes_its_alert_about_someone_else() -> None:
    # The display name is in the bank's own script, with no word the rules know for "bank".
    result = read(
        "Aviso de débito\nCompra aprovada de R$ 26,75 em iFood no cartão ****0130 em 05/03/2025."
        " Saldo disponível: R$ 26.624,30.\nCom os melhores cumprimentos,\nMeu Banco Digital",
        "Aviso de débito",
        "avisos@meubanco.example.com.br",
        "Meu Digital",
    )
    assert result.merchant == "iFood"


@pytest.mark.parametrize(
    ("subject", "text", "sender", "last4"),
    [
        (
            "출금 알림",
            "[승인] 하나(1698) 64,280원 08/16 11:04 배달의민족\n",
            "alerts@card.example.co.kr",
            "1698",
        ),
        (
            "账户支出提醒",
            "您的账户XXXX9621于2025-01-11 13:17:10向王伟转账支出人民币5,416.17。",
            "alerts@bank.example.cn",
            "9621",
        ),
    ],
)
def test_card_digits_glued_to_unspaced_scripts(
    subject: str, text: str, sender: str, last4: str
) -> None:
    assert read(text, subject, sender, "Example Bank").account_last4 == last4


@pytest.mark.parametrize(
    ("text", "sender", "moment"),
    [
        (
            "Veloitus tililtä\nSaaja ....................... Helen Oy\n"
            "Summa ....................... 67,09 €\n"
            "Päivämäärä .................. 30.08.2025 13.51\n",
            "info@bank.example.fi",
            datetime(2025, 8, 30, 10, 51, tzinfo=UTC),
        ),
        (
            "Hævning på din konto\nModtager:         Ørsted\nBeløb:            1.097,00 kr.\n"
            "Dato:             22-08-2025\nTidspunkt:        10.33\n",
            "info@bank.example.dk",
            datetime(2025, 8, 22, 8, 33, tzinfo=UTC),
        ),
        (
            "Avís de càrrec\nBeneficiari:      Naturgy\nImport:           17,40 €\n"
            "Data:             5 d'octubre de 2025 09:55\n",
            "info@caixa.example.es",
            datetime(2025, 10, 5, 7, 55, tzinfo=UTC),
        ),
        (  # "Rp" glued to its number places the sender; "PLN" is a payee there, not Poland
            "Notifikasi transaksi debet\nPenerima: PLN\nNominal: Rp417.934,00\n"
            "Tanggal: 08/06/2025 15:12\n",
            "alerts@bank.example.com",
            datetime(2025, 6, 8, 8, 12, tzinfo=UTC),
        ),
    ],
)
def test_times_written_with_a_point_catalan_dates_and_rupiah(
    text: str, sender: str, moment: datetime
) -> None:
    subject, _, body = text.partition("\n")
    received = moment + timedelta(minutes=30)
    result = read(body, subject, sender, "Example Bank", received)
    assert result.occurred_at == moment


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "Payment amount\n$149.13\nConfirmation number\n27930003527\nDate\nFebruary 9, 2025",
            "27930003527",
        ),
        (
            "Số tiền\n1.974.000đ\nMã giao dịch\n96469186312\nThời gian\n19:21 - 31/05/2025",
            "96469186312",
        ),
        ("Montant: 42,00 €\nNuméro de transaction: TX20250611A9\n", "TX20250611A9"),
        ("تم خصم مبلغ 125,700 ريال. الرقم المرجعي: FT13CCG908486.", "FT13CCG908486"),
    ],
)
def test_payment_references_in_more_layouts_and_languages(text: str, reference: str) -> None:
    found = find_references(text, text.lower())
    assert [r.value for r in found][:1] == [reference]


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Njoftim debitimi: Urdhër i përhershëm\nLloji i transaksionit - Urdhër i përhershëm\n"
            "Përfituesi - Arben Hoxha\nShuma - 135.342,00 Lekë\nLlogaria - XXXX4044\n"
            "Data - 17/06/2025",
            "info@bank.example.al",
            "Arben Hoxha",
        ),
        (
            "له حساب څخه کم شول\nپلورونکی\tROSHAN SHOP\nمقدار\t3,986.17 AFN\nکارت\t****6969",
            "info@bank.example.af",
            "Roshan Shop",
        ),
        (
            "Hesabdan silinmə\nXXXX0794 hesabından 31.07.2025 21:08 tarixində Elvin Məmmədov "
            "adına 466,14 AZN köçürüldü.",
            "info@bank.example.az",
            "Elvin Məmmədov",
        ),
        (
            "ডেবিট সতর্কতা\nআপনার হিসাব XXXX0501 থেকে DESCO-কে ৳15,771.28 পাঠানো হয়েছে।",
            "alerts@bank.example.com.bd",
            "Desco",
        ),
        (
            "برداشت از حساب\nخرید به مبلغ 88,660,000 ریال از هایپراستار با کارت ****5040 در تاریخ "
            "1404/01/08 ساعت 15:54 انجام شد.",
            "info@bank.example.ir",
            "هایپراستار",
        ),
        (
            "ការជូនដំណឹងទទួលប្រាក់\nគណនី XXXX8373 បានទទួល 10,930,000៛ ពី ACLEDA Securities "
            "ថ្ងៃ 17/03/2025 ម៉ោង 11:46។",
            "alerts@bank.example.com.kh",
            "ACLEDA Securities",
        ),
    ],
)
def test_payees_of_more_languages(text: str, sender: str, merchant: str) -> None:
    subject, _, body = text.partition("\n")
    assert read(body, subject, sender, "Example Bank").merchant == merchant


def test_a_canadian_address_and_chilean_whole_pesos_place_the_sender() -> None:
    footer = "A purchase of $290.96 was made at LOBLAWS.\nCIBC, 81 Bay Street, Toronto, ON M5J 0E7"
    assert country_of("alerts@bank.example.com", footer) == "CA"
    chilean = "Compraste $17.012 en LIDER EXPRESS con tu tarjeta terminada en 6456."
    winter = timedelta(hours=-4)
    assert country_of("avisos@banco.example.com", chilean, winter) == "CL"
    # Argentina writes whole pesos too, at -03:00, where Chile's summer is: that stays Argentina.
    assert country_of("avisos@banco.example.com", chilean, timedelta(hours=-3)) == "AR"
    # Cents after a comma at -04:00 are not Chilean pesos.
    assert (
        country_of("avisos@banco.example.com", "Pagaste $1.234,50 con tu tarjeta", winter) is None
    )


def test_a_balance_notice_is_not_a_payment_but_a_balance_change_is() -> None:
    notice = read(
        "Mpendwa Mteja,\nSalio la akaunti yako 0150XXXX7788 tarehe 01/11/2024 saa 08:40 ni "
        "TZS 1,185,984.68. Salio linalopatikana: TZS 56,581.96.",
        "Salio la akaunti",
        "taarifa@bank.example.co.tz",
    )
    assert not notice.is_transaction and notice.rejection_reason == "balance_only"
    change = read(
        "VCB Digibank: Account 1012****567 -9,070,000 VND on 23-11-2024 17:56:24. "
        "Balance 15,001,000 VND. Ref MBVCB.5247741451 chuyen tien cho TRAN VAN MINH.",
        "Vietcombank balance change",
        "alerts@bank.example.com.vn",
    )
    assert change.is_transaction and change.amount == Decimal("9070000")


def test_a_bill_payment_received_is_a_payment_not_a_statement() -> None:
    result = read(
        "Sayın Abonemiz,\nDoğalgaz fatura ödemeniz alınmıştır.\n"
        "Tesisat No\tDönem\tÖdenen Tutar\tİşlem No\tÖdeme Tarihi\n"
        "30571186\t03/2025\t1.575,37 ₺\t569094239163\t05.03.2025 14:38\n",
        "Ödeme Bilgilendirme",
        "efatura@gas.example.com.tr",
        "Gas Company",
    )
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1575.37"),
        "TRY",
        "debit",
    )


def test_a_subtotal_gives_way_to_the_bill_total_after_it() -> None:
    result = read(
        "Hi Rohit, your order #409843218614 was delivered in 9 minutes!\n"
        "Item Total\t₹234.26\nHandling Charge\t₹4.00\nCoupon (ZEPTO25)\t-₹29.00\n"
        "Bill Total\t₹209.26\nPaid via\tUPI (rohitv@okhdfcbank)\n",
        "Your order #409843218614 invoice",
        "orders@shop.example.com",
        "Shop",
    )
    assert (result.amount, result.currency) == (Decimal("209.26"), "INR")


def test_a_korean_card_cancellation_is_money_back() -> None:
    result = read(
        "현대카드 승인취소 안내\n카드\t현대카드 ZERO (3710)\n취소금액\t54,092원\n"
        "취소일시\t2026년 7월 8일 00:01\n가맹점\t29CM\n",
        "[현대카드] 승인취소 안내",
        "no-reply@card.example.co.kr",
        "Card",
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("54092"),
        "KRW",
        "credit",
    )


def test_a_payment_received_to_your_named_card_is_a_card_bill() -> None:
    result = read(
        "BMO Alert: We've received your payment of $100.03 to your BMO Mastercard ending in "
        "2134. Your new balance is $570.78.",
        "Payment received",
        "alerts@bank.example.com",
        "Bank Alerts",
    )
    assert not result.is_transaction and result.rejection_reason == "card_bill_payment"


@pytest.mark.parametrize(
    ("subject", "text", "sender", "direction"),
    [
        (
            "Recibió una transferencia SPEI",
            "Recibió una transferencia SPEI en su cuenta terminación 9925.\n"
            "Ordenante\tJUAN CARLOS HERNANDEZ RUIZ\nMonto\t$8,500.00\n",
            "notificaciones@banco.example.com.mx",
            "credit",
        ),
        (
            "Taarifa ya muamala",
            "Akaunti yako 0012****8890 imewekewa TZS 1,500,000.00 tarehe 23/09/2026 saa 15:16 "
            "kutoka kwa SALUM OMARY KITWANA.",
            "taarifa@bank.example.co.tz",
            "credit",
        ),
        (
            "Hesabınıza para girişi",
            "Hesabınıza para girişi olmuştur.\nGönderen\tAYŞE KAYA\nTutar\t7.500,00 TL\n",
            "bilgilendirme@bank.example.com.tr",
            "credit",
        ),
        (
            "Ai primit",
            "Ai primit 300,00 RON de la ANDREI POPESCU în contul •• 5540.",
            "notificari@bank.example.ro",
            "credit",
        ),
    ],
)
def test_money_in_wording_of_more_languages(
    subject: str, text: str, sender: str, direction: str
) -> None:
    assert read(text, subject, sender, "Example Bank").direction == direction


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Peringatan Ansuran",
            "BSN: Peringatan mesra. Ansuran Pembiayaan Peribadi anda sebanyak RM612.00 akan "
            "didebit pada 01/10/2026.",
            "alert@bank.example.com.my",
        ),
        (
            "RE: Refund timeline question",
            "Regarding your question about returns: once the warehouse receives and inspects the "
            "item, your refund is issued to the original payment method. For example, if you "
            "return an item that cost $89.99 and the original shipping was $5.99, the refund "
            "would be $89.99.",
            "support@shop.example.com",
        ),
        (
            "Action required: update your payment",
            "We weren't able to process your payment of $18.99 for Premium using Mastercard "
            "ending in 7731. You haven't been charged.",
            "billing@stream.example.com",
        ),
        (
            "Tu envío está en aduanas",
            "Tu envío UH752627685YP está retenido en la aduana de Madrid.\n"
            "IVA: 5,25 €\nGestión aduanera: 3,20 €\nTotal pendiente: 8,45 €",
            "notificaciones@post.example.es",
        ),
        (
            "Pembayaran Tagihan Diterima",
            "Terima kasih, pembayaran tagihan Kartu Kredit Bank Mega Anda nomor 4201 XXXX XXXX "
            "5621 sebesar Rp 2.500.000 telah kami terima pada 23/07/2026.",
            "cc@bank.example.co.id",
        ),
        (
            "Pix Automático autorizado",
            "Pix Automático autorizado.\nRecebedor: NETFLIX\nValor máximo: R$ 59,90 por mês\n"
            "Nenhum valor foi debitado agora.",
            "alertas@bank.example.com.br",
        ),
    ],
)
def test_not_payments_in_more_wordings(subject: str, text: str, sender: str) -> None:
    assert not read(text, subject, sender, "Example").is_transaction


def test_a_country_in_the_institutions_own_name_places_it() -> None:
    ivorian = "Avis d'opération\nBanque Atlantique Côte d'Ivoire\nMontant\t250 000 FCFA\n"
    assert country_of("alertes@bank.example.net", ivorian) == "CI"
    assert resolve("FCFA", "CI") == ("XOF", False)
    assert country_of("hi@pay.example.com", "Sent by Zeepay Ghana Ltd. GHS 12.00") == "GH"
    # A country named as the payer's, not the institution's, says nothing.
    assert country_of("hi@pay.example.com", "Money from KWAME (Ghana): USD 12.00") is None


@pytest.mark.parametrize(
    ("subject", "text", "sender", "merchant"),
    [
        (
            "Kontowecker: Neuer Umsatz",
            "Buchungstag:        27.03.2026\nBuchungstext:       Kartenzahlung girocard\n"
            "Auftraggeber/Empf.: EDEKA Center Friedrichshain\nBetrag:             -64,37 EUR\n"
            "Mit freundlichen Grüßen\nIhre Sparkasse",
            "kontowecker@sparkasse.example.de",
            "EDEKA Center Friedrichshain",
        ),
        (
            "₹250.00 Zomato ko pay hue",
            "₹250.00 aapke FamX card •• 3390 se Zomato ko pay ho gaye.\nKab: 7 Aug, 10:01 AM",
            "hello@pay.example.in",
            "Zomato",
        ),
        (
            "إشعار حركة على الحساب",
            "العملية\tخصم\nالحساب\t****3390\nالمبلغ\tQAR 560.00\n"
            "التفاصيل\tLULU HYPERMARKET D RING\n",
            "noreply@bank.example.com.qa",
            "Lulu Hypermarket D Ring",
        ),
    ],
)
def test_payees_after_compound_labels_hinglish_pay_and_arabic_details(
    subject: str, text: str, sender: str, merchant: str
) -> None:
    assert read(text, subject, sender, "Example Bank").merchant == merchant


def test_a_whole_number_in_the_senders_own_word_mark_is_money() -> None:
    result = read(
        "Du har fått 85 kr från SARA NILSSON.\nMeddelande: bio\nDatum: 2026-05-11 kl. 10:34",
        "Du har fått en Swish",
        "noreply@pay.example.se",
        "Swish",
    )
    assert (result.amount, result.currency, result.direction) == (Decimal("85"), "SEK", "credit")
    # One-letter marks still need cents or a glued mark: "K 12" is a count.
    assert read("Order K 12 dispatched", "Update", "a@shop.example.com.pg").amount is None
