"""The classes of failure a fourth round of mail from unseen senders showed (issue #12), with
messages written for these tests: codes, refusals, holds, mandates, fee notices and requests in
several languages; masked digits next to money; the currency a bare "$" or "Rs" means; card
digits in one-character masks; dates and times in local shapes; values laid out in tables; names
introduced in capitals, after postpositions and behind rails; and a plus sign on the amount."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import extract
from app.extraction.evaluation import merchant_matches
from app.mail.parse import parse_email
from tests.unit.test_extraction_failure_classes import RECEIVED, read


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Tu clave dinámica es 551203 para la compra de $84.500,00 en TIENDA ABC.", "otp"),
        ("Ihre mobileTAN für die Zahlung von 42,10 EUR an SHOP24 lautet 118204.", "otp"),
        ("O código para confirmar o pagamento de 12,90 EUR em LOJA X é 771204.", "otp"),
        ("Aapka Rs 640.00 ka payment MEDPLUS par decline ho gaya. Paisa nahi kata.", "declined"),
        ("A transferência de 40,00 EUR para ANA LIMA não foi concluída.", "declined"),
        ("Preautorizzazione di 90,00 EUR presso HOTEL MIRA sulla carta *3391.", "preauth"),
        ("Amount of AED 700.00 has been blocked on your card by GRAND HOTEL.", "preauth"),
        (
            "Nova autorização de débito direto a favor de AGUAS SA, montante máximo 60,00 EUR.",
            "mandate",
        ),
        ("Marta Nowak prosi Cię o przelew 18,00 PLN. Zaakceptuj lub odrzuć.", "payment_request"),
        ("Payment of ₹9,250.00 received towards your Credit Card XX4410. Thank you.", None),
    ],
)
def test_mail_about_a_payment_that_did_not_happen_is_no_transaction(
    text: str, reason: str | None
) -> None:
    result = read(text)
    assert not result.is_transaction
    if reason is not None:
        assert result.rejection_reason == reason


def test_a_fee_schedule_change_is_no_transaction() -> None:
    result = read(
        "Effective next month the cash withdrawal fee will be QAR 25 or 2% of the amount, "
        "whichever is higher.",
        subject="Revised charges",
        sender="notices@qatarbank.example.qa",
    )
    assert not result.is_transaction


def test_the_digits_of_a_masked_account_are_not_money() -> None:
    result = read(
        "TK 4411****2093 -350,000 VND luc 02/03/2025 09:10. SD: 12,400,000 VND.",
        sender="alert@bank.example.com.vn",
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("350000"),
        "VND",
        "debit",
    )


@pytest.mark.parametrize(
    ("sender", "text", "received", "currency"),
    [
        ("recibos@delivery.example.com.uy", "Total: $1.250,00 pagado con Visa.", RECEIVED, "UYU"),
        ("alertas@banco.example.com.co", "Compra por $85.000,00 en ALMACEN X.", RECEIVED, "COP"),
        (
            "alerts@bank.example.com",
            "Rs.1,200.00 has been debited from your A/C ****-4410 for bill payment.",
            RECEIVED.astimezone(timezone(timedelta(hours=5))),
            "PKR",
        ),
        (
            "alertes@caisse.example.com",
            "Un achat de 31,40 $ a été effectué chez EPICERIE avec votre carte.",
            RECEIVED,
            "CAD",
        ),
        (
            "avisos@tarjeta.example.com",
            "Se realizó una compra por $540.20 en FARMACIA con tu tarjeta.",
            RECEIVED.astimezone(timezone(timedelta(hours=-6))),
            "MXN",
        ),
    ],
)
def test_a_shared_currency_mark_takes_the_senders_country(
    sender: str, text: str, received: datetime, currency: str
) -> None:
    assert read(text, sender=sender, received=received).currency == currency


@pytest.mark.parametrize(
    ("text", "last4"),
    [
        ("Compra por $12.000,00 en PAPELERIA 10:05. 11/03/2025 T.Deb *7719.", "7719"),
        ("Paiement CB de 12,50 EUR chez BOULANGERIE le 11/03 sur la carte X5530.", "5530"),
        ("เงินเข้า 1,500.00 บาท เข้าบัญชี xxx-xxx912-4 วันที่ 11/03/68", "9124"),
        (
            "11/03/2025 10:26 tarihinde 3390 ile biten kartınızdan 250,00 TL harcama yapılmıştır.",
            "3390",
        ),
        ("ご利用金額：3,300円\nカード番号下4桁：6612", "6612"),
    ],
)
def test_card_digits_in_short_masks(text: str, last4: str) -> None:
    assert read(text).account_last4 == last4


@pytest.mark.parametrize(
    ("sender", "text", "local"),
    [
        (
            "info@banka.example.cz",
            "platba kartou 320,00 CZK proběhla 10. 3. 2025 v 16:53.",
            "16:53",
        ),
        ("receipt@power.example.co.ke", "Date:20250310 10:02\nAmt Ksh1500.00 paid", "10:02"),
        (
            "alertes@banque.example.fr",
            "Un achat de 45,12 EUR a été effectué le 2025-03-10 à 11 h 24 avec votre carte.",
            "11:24",
        ),
        (
            "notif@bank.example.co.id",
            "Kamu membayar Rp250.000 pada 10/03/2025 pukul 20.03 WIB.",
            "20:03",
        ),
    ],
)
def test_local_date_and_time_shapes(sender: str, text: str, local: str) -> None:
    result = read(text, sender=sender)
    assert result.occurred_at is not None
    assert result.occurred_at.strftime("%H:%M") == local
    assert result.occurred_at.date().isoformat() == "2025-03-10"


def _html_email(body: str) -> bytes:
    return (
        "From: Bank <alerts@bank.example.ng>\r\nTo: a@b.example\r\nSubject: Debit Alert\r\n"
        "Date: Wed, 12 Mar 2025 16:05:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + body
    ).encode()


def test_a_row_of_values_reads_its_column_headings() -> None:
    html = (
        "<p>A transaction has occurred on your account 021****7731.</p><table>"
        "<tr><th>Date</th><th>Narration</th><th>Debit (NGN)</th><th>Credit (NGN)</th>"
        "<th>Balance (NGN)</th></tr><tr><td>11-Mar-2025 20:15</td><td>POS PMT SPAR IKEJA</td>"
        "<td>7,250.00</td><td></td><td>181,400.50</td></tr></table>"
    )
    result = extract(parse_email(_html_email(html)))
    assert (result.amount, result.currency, result.direction) == (
        Decimal("7250.00"),
        "NGN",
        "debit",
    )
    assert merchant_matches(result.merchant, "Spar")


def test_a_label_line_over_its_value_line() -> None:
    text = (
        "Credit Card Transaction Alert\n\nCard Number\n\nXXXX XXXX XXXX 4410\n\n"
        "Transaction Amount\n\nINR 2,140.00\n\nMerchant Name\n\nCINEPOLIS\n\n"
        "Available Limit\n\nINR 88,310.00"
    )
    result = read(text, sender="cards@bank.example.in")
    assert (result.amount, result.currency) == (Decimal("2140.00"), "INR")


@pytest.mark.parametrize(
    ("sender", "text", "merchant"),
    [
        (
            "alertas@banco.example.com.br",
            "COMPRA APROVADA NO CARTAO FINAL 4417 DE R$ 88,10 EM 10/03/2025 AS 13:49 EM RAIA 551.",
            "Raia",
        ),
        (
            "bilgi@banka.example.com.tr",
            "4543 **** **** 2210 kartınızla 10.03.2025 09:16 tarihinde MIGROS ATASEHIR "
            "işyerinden 410,00 TL tutarında harcama yapılmıştır.",
            "Migros",
        ),
        ("avisos@banco.example.es", "Has enviado un Bizum de 20,00 € a LUIS GOMEZ.", "Luis Gomez"),
        ("notify@bank.example.ru", 'Зачисление 5 000,00 RUB от ООО "СТРОЙМАРКЕТ".', "Строймаркет"),
        ("info@bank.example.nl", "Je hebt € 15,00 ontvangen van K. de Wit.", "K. de Wit"),
        (
            "alerts@bank.example.co.ke",
            "Your account has been credited KES 2,000.00 from PESALINK - JOY ATIENO on 10-03-2025.",
            "Joy Atieno",
        ),
    ],
)
def test_names_in_capitals_after_postpositions_and_behind_rails(
    sender: str, text: str, merchant: str
) -> None:
    assert merchant_matches(read(text, sender=sender).merchant, merchant)


def test_a_plus_sign_on_the_amount_is_money_in() -> None:
    result = read(
        "Na Vašem účtu ****5120 proběhla platba +1 250,00 Kč.\nDatum: 10.03.2025 15:40",
        sender="info@banka.example.cz",
    )
    assert (result.amount, result.direction) == (Decimal("1250.00"), "credit")
