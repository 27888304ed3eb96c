"""Which account an email names: a bank's alert its own card or account (issuer + last 4), a
shop's receipt or a wallet a card someone else issued (no issuer: the user's card with those
digits)."""

import pytest

from app.services.accounts import default_name, key_for_report, mail_domain


def key(sender, subject="Your receipt", last4="1842", network=None, merchant=None, name=""):
    return key_for_report(
        sender=sender,
        sender_name=name,
        subject=subject,
        last4=last4,
        network=network,
        currency="USD",
        merchant=merchant,
    )


@pytest.mark.parametrize(
    "sender",
    [
        "auto-confirm@amazon.com",
        "noreply@uber.com",
        "no_reply@email.apple.com",
        "service@paypal.com",  # a wallet: the card it charged is someone else's
        "noreply@swiggy.in",
    ],
)
def test_shops_and_wallets_name_a_card_they_did_not_issue(sender):
    found = key(sender, network="visa")
    assert (found.institution, found.issuer, found.last4, found.kind) == ("", "", "1842", "card")
    assert found.network == "visa"


def test_a_bank_names_its_own_card_or_account():
    card = key("alerts@hdfcbank.net", subject="Alert: your Credit Card was used")
    assert (card.institution, card.issuer, card.kind) == ("hdfc bank", "HDFC Bank", "card")
    account = key("alerts@hdfcbank.bank.in", subject="Money debited from your account")
    assert (account.institution, account.kind) == ("hdfc bank", "bank")  # one bank, two domains


def test_senders_without_a_profile():
    bank = key("alerts@mail.smallbank.co.ke", name="Small Bank", merchant="Carrefour")
    assert (bank.institution, bank.issuer) == ("smallbank.co.ke", "smallbank.co.ke")
    shop = key("billing@tinyshop.example", name="Tiny Shop", merchant="Tiny Shop")
    assert shop.institution == ""


def test_names():
    assert default_name("HDFC Bank", "visa", "1842") == "HDFC Bank Visa ••1842"
    assert default_name("", "mastercard", "1842") == "Mastercard ••1842"
    assert default_name("", None, "1842") == "Card ••1842"
    assert default_name("HDFC Bank", None, "4321", "bank") == "HDFC Bank ••4321"
    assert mail_domain("x@alerts.hdfcbank.net") == "hdfcbank.net"
