"""Who sent the mail decides how to read it: a bare "$" from an Australian bank is AUD, "05/12"
from a US issuer is May 12, and a receipt from Uber is a payment to Uber. Lookup is by exact
address, then by domain (longest suffix first), then by country domain."""

from dataclasses import dataclass

from app.mail.message import ParsedEmail

_DOLLARS = frozenset({"USD", "CAD", "AUD", "SGD", "NZD", "HKD", "MXN"})


@dataclass(frozen=True, slots=True)
class SenderProfile:
    name: str
    currency: str | None = None  # home currency: what a bare "$" or "¥" means
    month_first: bool = False  # numeric dates are month/day/year (US)
    brand: str | None = None  # a merchant's own receipts: the counterparty is the sender
    brand_variants: tuple[tuple[str, str], ...] = ()  # (word in name/subject, brand) pairs
    known: bool = True

    @property
    def dollar(self) -> str:
        return self.currency if self.currency in _DOLLARS else "USD"

    @property
    def yen(self) -> str:
        return "CNY" if self.currency == "CNY" else "JPY"

    def brand_for(self, email: ParsedEmail) -> str | None:
        if self.brand is None:
            return None
        label = f"{email.sender_name} {email.subject}".lower()
        for word, brand in self.brand_variants:
            if word in label:
                return brand
        return self.brand


UNKNOWN = SenderProfile("unknown", known=False)


def _bank(name: str, currency: str, month_first: bool = False) -> SenderProfile:
    return SenderProfile(name, currency, month_first)


def _country(name: str, currency: str, month_first: bool = False) -> SenderProfile:
    """A guess from the country domain alone (".de" writes euros and day-first dates)."""
    return SenderProfile(name, currency, month_first, known=False)


def _brand(
    name: str,
    currency: str | None,
    month_first: bool = False,
    variants: tuple[tuple[str, str], ...] = (),
) -> SenderProfile:
    return SenderProfile(name, currency, month_first, brand=name, brand_variants=variants)


_INDIA = {
    "HDFC Bank": ("hdfcbank.net", "hdfcbank.com", "hdfcbank.bank.in"),
    "ICICI Bank": ("icicibank.com", "icicibank.bank.in"),
    "State Bank of India": ("sbi.co.in", "sbi.bank.in"),
    "SBI Card": ("sbicard.com",),
    "Axis Bank": ("axisbank.com", "axis.bank.in"),
    "Kotak Mahindra Bank": ("kotak.com", "kotakbank.com"),
    "Yes Bank": ("yesbank.in",),
    "IndusInd Bank": ("indusind.com",),
    "IDFC FIRST Bank": ("idfcfirstbank.com",),
    "Federal Bank": ("federalbank.co.in",),
    "Bank of Baroda": ("bankofbaroda.com", "bankofbaroda.co.in"),
    "Punjab National Bank": ("pnb.co.in",),
    "RBL Bank": ("rblbank.com",),
    "Paytm": ("paytm.com",),
    "PhonePe": ("phonepe.com",),
    "MobiKwik": ("mobikwik.com",),
    "CRED": ("cred.club",),
}
_INDIA_BRANDS = {
    "Swiggy": ("swiggy.in", "swiggy.com"),
    "Zomato": ("zomato.com",),
    "Amazon": ("amazon.in",),
    "Flipkart": ("flipkart.com",),
    "IRCTC": ("irctc.co.in",),
    "Groww": ("groww.in",),
    "Zerodha": ("zerodha.com", "zerodha.net"),
    "Airtel": ("airtel.com", "airtel.in"),
    "Jio": ("jio.com",),
    "BookMyShow": ("bookmyshow.com",),
    "MakeMyTrip": ("makemytrip.com",),
    "Ola": ("olacabs.com",),
    "BigBasket": ("bigbasket.com",),
    "Myntra": ("myntra.com",),
}
_US = {
    "Chase": ("chase.com",),
    "American Express": ("americanexpress.com", "aexp.com"),
    "Citi": ("citi.com", "citibank.com"),
    "Discover": ("discover.com",),
    "Capital One": ("capitalone.com",),
    "Bank of America": ("bankofamerica.com",),
    "Wells Fargo": ("wellsfargo.com",),
    "U.S. Bank": ("usbank.com",),
    "Ally": ("ally.com",),
    "Charles Schwab": ("schwab.com",),
    "PayPal": ("paypal.com",),
    "Venmo": ("venmo.com",),
    "Cash App": ("square.com", "cash.app"),
    "Zelle": ("zellepay.com",),
}
_US_BRANDS = {
    "Amazon": ("amazon.com",),
    "Lyft": ("lyft.com", "lyftmail.com"),
    "DoorDash": ("doordash.com",),
    "Airbnb": ("airbnb.com",),
    "Netflix": ("netflix.com",),
    "Starbucks": ("starbucks.com",),
    "Instacart": ("instacart.com",),
    "Grubhub": ("grubhub.com",),
    "Steam": ("steampowered.com",),
    "Booking.com": ("booking.com",),
    "Expedia": ("expedia.com",),
}
_GLOBAL_BRANDS = {  # receipts in whatever currency the buyer pays: no home currency
    "Uber": ("uber.com",),
    "Apple": ("apple.com",),
    "Spotify": ("spotify.com",),
    "Amazon": (
        "amazon.de",
        "amazon.co.uk",
        "amazon.fr",
        "amazon.es",
        "amazon.it",
        "amazon.ca",
        "amazon.com.au",
        "amazon.co.jp",
        "amazon.sg",
        "amazon.ae",
        "amazon.nl",
    ),
    "Grab": ("grab.com",),
    "talabat": ("talabat.com",),
    "Deliveroo": ("deliveroo.co.uk", "deliveroo.com"),
    "Bolt": ("bolt.eu",),
    "Careem": ("careem.com",),
    "Zalando": ("zalando.de", "zalando.com"),
    "IKEA": ("ikea.com",),
    "Microsoft": ("microsoft.com",),
}
Banks = dict[str, dict[str, tuple[str, ...]]]  # currency -> institution -> domains
_EUROPE: Banks = {
    "GBP": {
        "Monzo": ("monzo.com",),
        "Revolut": ("revolut.com",),
        "Wise": ("wise.com",),
        "Barclays": ("barclays.co.uk", "barclaycard.co.uk", "barclays.com"),
        "HSBC UK": ("hsbc.co.uk",),
        "Lloyds Bank": ("lloydsbank.co.uk",),
        "NatWest": ("natwest.com",),
        "Starling Bank": ("starlingbank.com",),
        "Nationwide": ("nationwide.co.uk",),
        "Santander UK": ("santander.co.uk",),
    },
    "EUR": {
        "N26": ("n26.com",),
        "bunq": ("bunq.com",),
        "Boursorama": ("boursorama.fr",),
        "BBVA": ("bbva.es", "bbva.com"),
        "CaixaBank": ("caixabank.com", "caixabank.es"),
        "Santander": ("santander.es",),
        "ING": ("ing.de", "ing.es", "ing.fr"),
        "DKB": ("dkb.de",),
        "Commerzbank": ("commerzbank.de",),
        "PayPal": ("paypal.de",),
    },
    "CHF": {"PostFinance": ("postfinance.ch",), "UBS": ("ubs.com",)},
}
_WORLD: Banks = {
    "AED": {"Emirates NBD": ("emiratesnbd.com",), "ADCB": ("adcb.com",)},
    "SGD": {"DBS": ("dbs.com", "dbs.com.sg"), "OCBC": ("ocbc.com",), "UOB": ("uobgroup.com",)},
    "KES": {"M-PESA": ("safaricom.co.ke",), "Equity Bank": ("equitybank.co.ke",)},
    "CAD": {"RBC Royal Bank": ("rbc.com",), "TD Canada Trust": ("td.com",)},
    "AUD": {"CommBank": ("commbank.com.au",), "ANZ": ("anz.com", "anz.com.au")},
}
_COUNTRY_CURRENCY = {
    "in": "INR",
    "uk": "GBP",
    "de": "EUR",
    "fr": "EUR",
    "es": "EUR",
    "it": "EUR",
    "nl": "EUR",
    "at": "EUR",
    "be": "EUR",
    "ie": "EUR",
    "pt": "EUR",
    "ch": "CHF",
    "au": "AUD",
    "ca": "CAD",
    "sg": "SGD",
    "ae": "AED",
    "ke": "KES",
    "jp": "JPY",
    "nz": "NZD",
    "us": "USD",
}
_BY_COUNTRY_DOMAIN = {
    tld: _country(f".{tld}", currency, month_first=tld == "us")
    for tld, currency in _COUNTRY_CURRENCY.items()
}
_BY_ADDRESS = {
    "googlepay-noreply@google.com": _bank("Google Pay", "INR"),
    "googleplay-noreply@google.com": _brand("Google Play", None, month_first=True),
    "payments-noreply@google.com": _brand("Google", None, month_first=True),
}


def _build() -> dict[str, SenderProfile]:
    table: dict[str, SenderProfile] = {}
    for name, domains in _INDIA.items():
        table.update(dict.fromkeys(domains, _bank(name, "INR")))
    for name, domains in _INDIA_BRANDS.items():
        table.update(dict.fromkeys(domains, _brand(name, "INR")))
    for name, domains in _US.items():
        table.update(dict.fromkeys(domains, _bank(name, "USD", month_first=True)))
    for name, domains in _US_BRANDS.items():
        table.update(dict.fromkeys(domains, _brand(name, "USD", month_first=True)))
    for name, domains in _GLOBAL_BRANDS.items():
        variants = (("eats", "Uber Eats"),) if name == "Uber" else ()
        table.update(dict.fromkeys(domains, _brand(name, None, variants=variants)))
    for region in (_EUROPE, _WORLD):
        for currency, banks in region.items():
            for name, domains in banks.items():
                table.update(dict.fromkeys(domains, _bank(name, currency)))
    return table


_BY_DOMAIN = _build()


def profile_for(sender: str) -> SenderProfile:
    """The profile for a From address (already lower-cased by the parser)."""
    profile = _BY_ADDRESS.get(sender)
    if profile is not None:
        return profile
    labels = sender.rpartition("@")[2].split(".")
    for start in range(len(labels) - 1):
        profile = _BY_DOMAIN.get(".".join(labels[start:]))
        if profile is not None:
            return profile
    return _BY_COUNTRY_DOMAIN.get(labels[-1], UNKNOWN)
