"""normalise_merchant: one merchant for many raw spellings."""

import pytest

from app.categorization.merchants import normalise_merchant


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("SWIGGY*ORDER 8812", ("Swiggy", "swiggy")),
        ("Swiggy Bangalore", ("Swiggy", "swiggy")),
        ("UPI-SWIGGY-swiggy@icici-ICIC0000001-123456789012-PAYMENT", ("Swiggy", "swiggy")),
        ("UPI/123456789012/ZOMATO LTD/zomato@hdfcbank", ("Zomato", "zomato")),
        ("POS AMZN Mktp US*1A2B3C", ("Amazon", "amazon")),
        ("Amazon.in", ("Amazon", "amazon")),
        ("PAYPAL *EBAY", ("Ebay", "ebay")),
        ("SQ *BLUE BOTTLE COFFEE", ("Blue Bottle Coffee", "blue bottle coffee")),
        ("CHEVRON 0207 SEATTLE WA", ("Chevron", "chevron")),
        ("Starbucks #0231 New York", ("Starbucks", "starbucks")),
        ("Etsy, Inc.", ("Etsy", "etsy")),
        ("NETFLIX.COM", ("Netflix", "netflix")),
        ("UBER *TRIP HELP.UBER.COM", ("Uber", "uber")),
        ("Uber Eats", ("Uber Eats", "uber eats")),
        ("UBEREATS 555", ("Uber Eats", "uber eats")),
        ("TST* JOES PIZZA 123", ("Joes Pizza", "joes pizza")),
        ("McDonald's 1234 LONDON", ("McDonald's", "mcdonalds")),
        ("Acme Pvt Ltd", ("Acme", "acme")),
        ("iStore", ("iStore", "istore")),
    ],
)
def test_spellings(raw, expected):
    assert normalise_merchant(raw) == expected


def test_spellings_of_one_merchant_share_a_key():
    keys = {normalise_merchant(raw)[1] for raw in ("AMZN Mktp", "amazon", "Amazon Pay 12")}
    assert keys == {"amazon"}


def test_short_brand_aliases_do_not_swallow_other_names():
    assert normalise_merchant("Olamide Stores") == ("Olamide Stores", "olamide stores")
    assert normalise_merchant("Ola Cabs") == ("Ola", "ola")


def test_nothing_of_a_name_left():
    assert normalise_merchant("") == ("Unknown", "unknown")
    assert normalise_merchant("   ") == ("Unknown", "unknown")
    assert normalise_merchant("UPI-123456789012-PAYMENT") == ("Unknown", "unknown")


def test_long_input_is_bounded():
    display, key = normalise_merchant("A" * 10_000)
    assert len(display) <= 200 and len(key) <= 100
