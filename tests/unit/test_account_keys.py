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
    ("sender", "merchant"),
    [
        ("auto-confirm@amazon.com", "Amazon"),
        ("noreply@uber.com", "Uber"),
        ("no_reply@email.apple.com", "Apple"),
        ("noreply@swiggy.in", "Swiggy"),
        ("service@paypal.com", "Blue Bottle Coffee"),  # a wallet: it charged someone's card
    ],
)
def test_shops_and_wallets_name_a_card_they_did_not_issue(sender, merchant):
    found = key(sender, network="visa", merchant=merchant)
    assert (found.institution, found.issuer, found.last4, found.kind) == ("", "", "1842", "card")
    assert found.network == "visa"


def test_a_bank_names_its_own_card_or_account():
    card = key("alerts@hdfcbank.net", subject="Alert: your Credit Card was used", name="HDFC Bank")
    assert (card.institution, card.issuer, card.kind) == ("hdfcbank", "HDFC Bank", "card")
    account = key("alerts@hdfcbank.bank.in", subject="Money debited from your account")
    assert (account.institution, account.kind) == ("hdfcbank", "bank")  # one bank, two domains
    assert account.issuer == "hdfcbank.bank.in"  # no display name: its domain


def test_an_unknown_sender_is_a_shop_only_when_it_sold_the_thing_itself():
    bank = key("alerts@mail.smallbank.co.ke", name="Small Bank", merchant="Carrefour")
    assert (bank.institution, bank.issuer) == ("smallbank", "Small Bank")
    named_like_its_shop = key("alerts@smallbank.co.ke", name="Small Bank", merchant="Small Bank")
    assert named_like_its_shop.institution == "smallbank"  # it calls itself a bank
    shop = key("billing@tinyshop.example", name="Tiny Shop", merchant="Tiny Shop")
    assert shop.institution == ""


def test_names():
    assert default_name("HDFC Bank", "visa", "1842") == "HDFC Bank Visa ••1842"
    assert default_name("", "mastercard", "1842") == "Mastercard ••1842"
    assert default_name("", None, "1842") == "Card ••1842"
    assert default_name("HDFC Bank", None, "4321", "bank") == "HDFC Bank ••4321"
    assert mail_domain("x@alerts.hdfcbank.net") == "hdfcbank.net"
