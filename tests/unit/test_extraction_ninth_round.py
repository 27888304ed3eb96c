"""Classes of failure studied on the open hold-out sets in the ninth round (issue #12), with
messages written for these tests: a bank's alert that prints its own letterhead or legal name
(in another form or script than its display name) is not the counterparty, and a payment's
description label in more languages names the payee after a payment-type word."""

from decimal import Decimal

import pytest

from tests.unit.test_extraction_failure_classes import read


@pytest.mark.parametrize(
    ("text", "sender", "name", "merchant"),
    [
        (  # the letterhead in Cyrillic, the display name in Latin capitals
            "Операція за карткою\nПРИКЛАДБАНК\n\nСписання 240,00 UAH з картки *1188\nBOLT FOOD\n"
            "12.03.2026 18:40\nДоступно: 3 100,00 UAH\n\nАТ «ПРИКЛАДБАНК». Не повідомляйте CVV.",
            "info@prykladbank.example.ua",
            "PRYKLADBANK",
            "Bolt Food",
        ),
        (  # the bank's legal name spelt out where its display name is its initials
            "Kaartbetaling\nDe Voorbeeldsche Bank N.V.\n\nOp uw rekening ***1200 is verwerkt:\n\n"
            "Omschrijving : Pinbetaling HARBOUR MARKET CENTRUM\nBedrag : SRD 120.50 Af\n"
            "Datum/tijd : 03-04-2026 10:15\n",
            "alert@dvb.example.sr",
            "DVB Bank",
            "Harbour Market",
        ),
        (  # Portuguese: "Descritivo: TRF <payer> - <what for>"
            "Movimento a crédito\nBanco Exemplo Comercial\n\nFoi efectuado um movimento a crédito "
            "na sua conta nº ****4410:\n\nDescritivo: TRF KWANZA MINERAIS SA - SALARIO\n"
            "Montante: Kz 210.000,00\nData: 08-02-2026 18:51\n",
            "alertas@exemplo.example.ao",
            "Banco Exemplo",
            "Kwanza Minerais",
        ),
    ],
)
def test_a_banks_own_letterhead_is_not_the_counterparty(
    text: str, sender: str, name: str, merchant: str
) -> None:
    result = read(text, sender=sender, name=name)
    assert result.is_transaction
    assert (result.merchant or "").casefold().startswith(merchant.casefold())


def test_a_description_that_says_what_was_paid_names_no_one() -> None:
    """ "Descritivo: PAGAMENTO FACTURA 112" is what the money was for; the payer is "de X"."""
    result = read(
        "BFX: Transferencia recebida de JOANA MARIA COSTA no valor de AOA 12.500,00 na conta "
        "***3311 em 03/08/2026. Descritivo: PAGAMENTO FACTURA 88.",
        sender="net@bfx.example.ao",
        name="BFX Net",
    )
    assert result.direction == "credit"
    assert (result.merchant or "").casefold() == "joana maria costa"


def test_a_wallets_receipt_names_the_service_it_paid_not_the_wallet() -> None:
    """A card laid out one cell per line under a sentence: "Xizmat" (service) still labels the
    next line, and a wallet named for paying ("...pay") is not a shop writing about itself."""
    result = read(
        "To'lov\nKarmonpay\n\nTo'lov muvaffaqiyatli amalga oshirildi\nXizmat\nMakro Chilonzor\n"
        "Summa\n85 400,00 so'm\nSana\n08.10.2025 18:02\n",
        sender="noreply@karmonpay.example.uz",
        name="Karmonpay",
    )
    assert (result.amount, result.currency) == (Decimal("85400.00"), "UZS")
    assert (result.merchant or "").casefold().startswith("makro")


def test_the_channel_a_transfer_went_through_is_not_its_payee() -> None:
    result = read(
        "Enviou 49,90 € para Marta Lopes através de MB WAY.\nData: 06-10-2026 18:43\n"
        "Conta: ****1572\n",
        subject="Transferência MB WAY enviada",
        sender="avisos@banco.example.pt",
        name="Banco Exemplo",
    )
    assert (result.direction, result.merchant) == ("debit", "Marta Lopes")


def test_a_cashback_is_paid_by_the_wallet_or_bank_that_sends_it() -> None:
    result = read(
        "Oba! Seu cashback de R$ 4,10 da compra na Farmácia Sol caiu na sua carteira Verdepay.",
        subject="Seu cashback chegou!",
        sender="avisos@verdepay.example.br",
        name="Verdepay",
    )
    assert (result.direction, result.merchant) == ("credit", "Verdepay")
