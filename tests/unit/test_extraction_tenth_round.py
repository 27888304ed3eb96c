"""Classes of failure studied on the open hold-out sets in the tenth round (issue #12), with
messages written for these tests: when a written date and time are, which currency a mark from a
".com" sender means, and which of a foreign purchase's two amounts the account paid."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import origin
from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money


def test_an_ambiguous_numeric_date_is_the_one_days_before_the_email() -> None:
    """ "03/05/2026" from a ".com" sender writing dollars is the 3rd of May in a message sent on
    the 3rd of May, although the US (whose dollar it is) writes the month first."""
    result = read(
        "Card Alert: Your Visa card ending 4490 was used for USD 63.66 at HARBOUR DELI on "
        "03/05/2026 at 12:28. Available balance: USD 1,341.07.",
        sender="alerts@examplebank.com",
        received=datetime(2026, 5, 3, 12, 29, tzinfo=timezone(timedelta(hours=3))),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.date().isoformat() == "2026-05-03"
    assert result.occurred_at.strftime("%H:%M") == "12:28"


def test_a_numeric_date_the_sender_writes_stays_when_it_is_near_the_email() -> None:
    """The country's own order wins whenever it gives a date days before the email."""
    result = read(
        "Purchase of $45.10 at CORNER MARKET on 05/03/2026 08:14 with card ending 1001.",
        sender="alerts@examplebank.com",
        received=datetime(2026, 5, 4, 9, 0, tzinfo=timezone(timedelta(hours=-4))),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.date().isoformat() == "2026-05-03"


@pytest.mark.parametrize(
    ("country", "received", "zone"),
    [
        # Kinshasa is UTC+1, Lubumbashi UTC+2: a header at +02:00 is the east of the Congo.
        ("CD", datetime(2026, 5, 9, 11, 4, tzinfo=timezone(timedelta(hours=2))), "Lubumbashi"),
        ("ID", datetime(2026, 5, 9, 11, 4, tzinfo=timezone(timedelta(hours=8))), "Makassar"),
        ("US", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=-6))), "Chicago"),
        # A server's UTC clock says nothing; an offset none of the country's zones has neither.
        ("CD", datetime(2026, 5, 9, 11, 4, tzinfo=UTC), "Kinshasa"),
        ("US", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=3))), "New_York"),
        ("IN", datetime(2026, 1, 9, 11, 4, tzinfo=timezone(timedelta(hours=-8))), "Kolkata"),
    ],
)
def test_a_date_header_at_another_of_the_countrys_zones_places_the_sender(
    country: str, received: datetime, zone: str
) -> None:
    assert (origin.home_zone(country, received) or "").endswith(zone)


def test_a_time_in_the_senders_own_zone_of_several_is_not_read_as_the_capitals() -> None:
    result = read(
        "Banque Lualaba : Transaction de 275.14 USD chez JAMBO MART avec votre carte ****4417 "
        "le 09/05/2026 à 10:53. Solde disponible : 1,266.34 USD.",
        sender="alertes@lualaba.cd",
        received=datetime(2026, 5, 9, 11, 4, 24, tzinfo=timezone(timedelta(hours=2))),
    )
    assert result.occurred_at == datetime(2026, 5, 9, 10, 53, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (  # Nepali, not Hindi: the rupee is Nepal's
            "प्रिय ग्राहक, तपाईंको खाता ##4521 बाट मिति 2026-04-22 17:06 मा रु. 500.00 "
            "NTC TOPUP का लागि डेबिट भएको छ। मौज्दात रु. 1,41,547.45।",
            "alerts@examplebank.com",
            "500.00",
            "NPR",
        ),
        (  # the Liberian dollar
            "Your account ***5561 has been debited L$ 15,300.00 for prepaid power.\n"
            "Available balance: L$ 21,362.88",
            "ebanking@example.net",
            "15300.00",
            "LRD",
        ),
        (  # the Sudanese pound written out, then bare
            "تم خصم مبلغ 49,500.00 جنيه سوداني من حسابكم رقم ****3307 لصالح ZAIN بتاريخ "
            "13-10-2026 الساعة 11:50.\nالرصيد المتاح: 1,458,291.64 جنيه",
            "ebanking@examplebank.com",
            "49500.00",
            "SDG",
        ),
    ],
)
def test_a_currency_a_com_sender_writes_by_its_language_or_mark(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit")


def test_a_bare_pound_after_the_sudanese_pound_is_sudanese() -> None:
    result = read(
        "تم خصم مبلغ 49,500.00 جنيه سوداني من حسابكم رقم ****3307 لصالح ZAIN بتاريخ "
        "13-10-2026 الساعة 11:50.\nالرصيد المتاح: 1,458,291.64 جنيه",
        sender="ebanking@examplebank.com",
    )
    assert result.balance == Decimal("1458291.64")


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (  # German: the foreign amount, the rate, then the amount in euros
            "Karte\tExamplecard Visa ****8107\nHändler\tDELTA AIR ATLANTA\n"
            "Betrag in Fremdwährung\t351.08 USD\nUmrechnungskurs\t1 USD = 0,9271 EUR\n"
            "Betrag in Euro\t325,49 EUR\nAuslandseinsatzentgelt (1,99 %)\t6,48 EUR\n"
            "Datum / Uhrzeit\t18.07.2026 14:43 Uhr",
            "service@examplecard.de",
            "325.49",
            "EUR",
        ),
        (  # Georgian: "amount" then "amount debited" in lari
            "ბარათით გადახდა\nბარათი: ****4402\nობიექტი: BOOKING.COM AMSTERDAM\n"
            "თანხა: 148.50 EUR\nჩამოჭრილი თანხა: 448.05 GEL\nთარიღი: 02.07.2026 00:35",
            "info@examplebank.ge",
            "448.05",
            "GEL",
        ),
    ],
)
def test_a_foreign_purchase_is_what_the_account_was_billed_in_its_own_currency(
    text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit")


def test_a_foreign_price_labelled_original_is_not_what_was_billed() -> None:
    """An account in euros paying a West African price: the price in francs is what moved
    when the message says the euros are the original amount."""
    assert_money(
        "Tu as payé 8 691 FCFA chez SPOTIFY AB avec ta carte ••0458.\n"
        "Montant d'origine : 12,99 EUR (frais de change inclus)\nDate : 23/05/2026 à 18:42",
        "hello@examplewallet.com",
        "8691",
        "XAF",
        "debit",
    )
