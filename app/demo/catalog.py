"""Who writes to the demo user, and what they write, modelled on real alerts and receipts.

A kind of mail is a sender plus a builder: builder(rng, local_time) -> Draft. A Draft holds the
subject, the body as lines (a str is a paragraph, a (label, value) pair is a table row) and the
facts a perfect extractor would find, which the generator writes to an X-FinCoach-Demo header so
that tests and benchmarks can score extraction against ground truth.

Kinds in KINDS are drawn at random by weight; RECURRING ones happen on a fixed day every month
with the same amount (salary, rent, subscriptions) or a varying one (utility bills).
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from app.demo.formats import (
    DAY_ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    amount,
    bare_amount,
    cents_between,
    code,
    dd_mm_yy,
    dd_mm_yyyy,
    dd_mon_yy,
    ddmonyy,
    digits,
    hh_mm_ss,
    lakh_amount,
    mon_d_yyyy,
    part_of_day,
    round_amount,
    twelve_hour,
    uk_date,
    us_date,
)

IST = timezone(timedelta(hours=5, minutes=30))
# Real zones, so that a summer alert's "4:46 PM ET" is EDT as its Date header says.
US_EASTERN = ZoneInfo("America/New_York")
UK = ZoneInfo("Europe/London")
CET = ZoneInfo("Europe/Berlin")

USER_NAME = "Alex Rao"
USER_FIRST_NAME = "Alex"
USER_ADDRESS = "alex.rao@example.com"

Line = str | tuple[str, str]
UPPER_DIGITS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@dataclass(frozen=True, slots=True)
class Sender:
    name: str
    address: str
    tz: tzinfo
    style: str  # "plain" | "html" | "alternative": the MIME shape this sender uses
    transfer: str = "quoted-printable"  # or "base64"
    domain: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "domain", self.address.rsplit("@", 1)[1])


@dataclass(frozen=True, slots=True)
class Draft:
    subject: str
    lines: list[Line]
    facts: str  # "transaction=yes; type=debit; amount=1499.00; currency=INR" or "transaction=no"


Builder = Callable[[random.Random, datetime], Draft]


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    sender: Sender
    weight: float
    build: Builder
    transaction: bool


@dataclass(frozen=True, slots=True)
class Recurring:
    name: str
    sender: Sender
    day: int  # day of the month; 0 = the last working day
    hour: int
    build: Builder
    transaction: bool


def debit(cents: int, currency: str) -> str:
    return f"transaction=yes; type=debit; amount={bare_amount(cents)}; currency={currency}"


def credit(cents: int, currency: str) -> str:
    return f"transaction=yes; type=credit; amount={bare_amount(cents)}; currency={currency}"


NOT_A_TRANSACTION = "transaction=no"

# --- senders -----------------------------------------------------------------------------------

HDFC = Sender("HDFC Bank InstaAlerts", "alerts@hdfcbank.net", IST, "html")
ICICI = Sender("ICICI Bank", "credit_cards@icicibank.com", IST, "html")
ICICI_ACCOUNT = Sender("ICICI Bank", "alerts@icicibank.com", IST, "plain")
SBI = Sender("SBI", "donotreply.sbiatm@alerts.sbi.co.in", IST, "plain")
AXIS = Sender("Axis Bank", "alerts@axisbank.com", IST, "html")
PAYTM = Sender("Paytm", "no-reply@paytm.com", IST, "html", "base64")
AMAZON_IN = Sender("Amazon.in", "auto-confirm@amazon.in", IST, "alternative")
AMAZON_IN_REFUNDS = Sender("Amazon.in", "return@amazon.in", IST, "alternative")
SWIGGY = Sender("Swiggy", "noreply@swiggy.in", IST, "html")
UBER = Sender("Uber Receipts", "noreply@uber.com", IST, "html", "base64")
UBER_US = Sender("Uber Receipts", "noreply@uber.com", US_EASTERN, "html", "base64")
UBER_UK = Sender("Uber Receipts", "noreply@uber.com", UK, "html", "base64")
NETFLIX = Sender("Netflix", "info@account.netflix.com", IST, "alternative", "base64")
GOOGLE_PAY = Sender("Google Payments", "payments-noreply@google.com", IST, "alternative")
TATA_POWER = Sender("Tata Power", "noreply@tatapower.com", IST, "html")
AIRTEL = Sender("Airtel", "ebill@airtel.com", IST, "html")
ACT = Sender("ACT Fibernet", "noreply@actcorp.in", IST, "plain")
CHASE = Sender("Chase", "no.reply.alerts@chase.com", US_EASTERN, "alternative")
AMEX = Sender("American Express", "AmericanExpress@welcome.americanexpress.com", US_EASTERN, "html")
CAPITAL_ONE = Sender(
    "Capital One", "capitalone@notification.capitalone.com", US_EASTERN, "alternative"
)
PAYPAL = Sender("service@paypal.com", "service@paypal.com", US_EASTERN, "html")
AMAZON_COM = Sender("Amazon.com", "auto-confirm@amazon.com", US_EASTERN, "alternative")
APPLE = Sender("Apple", "no_reply@email.apple.com", US_EASTERN, "alternative")
SPOTIFY = Sender("Spotify", "no-reply@spotify.com", CET, "alternative")
BARCLAYS = Sender("Barclays", "noreply@email.barclays.co.uk", UK, "html")
MONZO = Sender("Monzo", "help@monzo.com", UK, "plain")
REVOLUT = Sender("Revolut", "no-reply@revolut.com", CET, "html")
N26 = Sender("N26", "no-reply@n26.com", CET, "alternative")
GOOGLE = Sender("Google", "no-reply@accounts.google.com", IST, "alternative")
MYNTRA = Sender("Myntra", "updates@myntra.com", IST, "html")
ZOMATO = Sender("Zomato", "noreply@zomato.com", IST, "html")
MAKEMYTRIP = Sender("MakeMyTrip", "deals@makemytrip.com", IST, "html")
MORNING_BREW = Sender("Morning Brew", "crew@morningbrew.com", US_EASTERN, "alternative")
MEDIUM = Sender("Medium Daily Digest", "noreply@medium.com", US_EASTERN, "html")
ECONOMIST = Sender("The Economist", "newsletters@e.economist.com", UK, "alternative")

# --- the demo user's accounts and cards --------------------------------------------------------

HDFC_ACCOUNT = "4821"
HDFC_CARD = "9012"
ICICI_CARD = "3007"
ICICI_ACCOUNT_NO = "731"
SBI_ACCOUNT = "7731"
AXIS_ACCOUNT = "5520"
CHASE_CARD = "Chase Sapphire Preferred (...1842)"
AMEX_CARD = "31005"
CAPITAL_ONE_CARD = "6619"
BARCLAYS_ACCOUNT = "44"

# --- merchants: (name on the alert, UPI VPA, lowest and highest usual amount) ------------------

INDIA_MERCHANTS = (
    ("SWIGGY", "swiggy@icici", 120, 950),
    ("ZOMATO", "zomato@hdfcbank", 150, 1100),
    ("BIGBASKET", "bigbasket@ybl", 300, 3200),
    ("BLINKIT", "blinkit@axisbank", 90, 1500),
    ("AMAZON PAY INDIA", "amazonpay@apl", 199, 5999),
    ("FLIPKART INTERNET", "flipkart@axisbank", 249, 8999),
    ("MYNTRA DESIGNS", "myntra@icici", 499, 4999),
    ("UBER INDIA", "uber.india@hdfcbank", 90, 780),
    ("OLA CABS", "olacabs@ybl", 80, 650),
    ("BOOKMYSHOW", "bookmyshow@icici", 180, 1400),
    ("RELIANCE FRESH", "reliancefresh@hdfcbank", 150, 2200),
    ("DMART AVENUE SUPERMARTS", "dmart@ybl", 400, 4500),
    ("STARBUCKS INDIA", "tatastarbucks@hdfcbank", 250, 900),
    ("IRCTC", "irctc@sbi", 300, 3800),
    ("APOLLO PHARMACY", "apollopharmacy@icici", 80, 1800),
    ("INDIAN OIL PETROL PUMP", "iocl.fuel@sbi", 500, 3500),
    ("NYKAA E RETAIL", "nykaa@kotak", 299, 2999),
    ("DECATHLON SPORTS INDIA", "decathlon@hdfcbank", 399, 6999),
    ("CHAI POINT", "chaipoint@ybl", 40, 260),
    ("MAKEMYTRIP INDIA", "makemytrip@icici", 1500, 18000),
)
INDIA_PEOPLE = (
    "RAHUL SHARMA",
    "PRIYA NAIR",
    "ANKIT VERMA",
    "SNEHA IYER",
    "VIKRAM SINGH",
    "MEERA PATEL",
    "ARJUN MEHTA",
    "KAVYA REDDY",
)
US_MERCHANTS = (
    ("STARBUCKS STORE 10432", 4, 18),
    ("WHOLE FOODS MARKET", 18, 160),
    ("TRADER JOE'S #552", 12, 95),
    ("TARGET 00023441", 9, 210),
    ("WALMART SUPERCENTER", 8, 180),
    ("COSTCO WHSE #0481", 45, 420),
    ("SHELL OIL 57442", 25, 70),
    ("CHIPOTLE 2231", 11, 32),
    ("DOORDASH*SHAKE SHACK", 18, 64),
    ("AMAZON.COM*MK4T21", 9, 240),
    ("BEST BUY 00012", 25, 1400),
    ("CVS/PHARMACY #04521", 6, 75),
    ("THE HOME DEPOT #6512", 14, 380),
    ("DELTA AIR LINES", 180, 920),
    ("AIRBNB * HMQ4Z2", 120, 880),
    ("LYFT *RIDE SUN 5PM", 9, 58),
    ("APPLE.COM/BILL", 1, 20),
    ("AT&T*BILL PAYMENT", 65, 140),
)
UK_MERCHANTS = (
    ("TESCO STORES 2217", 4, 95),
    ("SAINSBURY'S S/MKT", 6, 120),
    ("PRET A MANGER", 3, 14),
    ("TFL TRAVEL CH", 2, 9),
    ("DELIVEROO", 14, 48),
    ("BOOTS 1183", 3, 40),
    ("WAITROSE 0412", 8, 130),
    ("COSTA COFFEE", 3, 11),
    ("JOHN LEWIS", 20, 400),
    ("NANDO'S", 12, 55),
    ("M&S SIMPLY FOOD", 4, 45),
)
UK_PEOPLE = ("Sam Taylor", "Olivia Brown", "Jack Wilson", "Amelia Clarke", "Harry Evans")
EU_MERCHANTS = (
    ("LIDL", 6, 85),
    ("CARREFOUR CITY", 5, 110),
    ("REWE MARKT", 7, 95),
    ("ALBERT HEIJN", 5, 70),
    ("SNCF", 15, 140),
    ("DEUTSCHE BAHN", 19, 160),
    ("BOLT.EU", 6, 38),
    ("FNAC", 12, 420),
    ("ZARA", 20, 160),
    ("CAFE DE FLORE", 4, 28),
    ("UBER *EATS", 12, 45),
)
EU_PEOPLE = ("Lukas Müller", "Sophie Martin", "Marco Rossi", "Emma de Vries")
US_PEOPLE = ("Jordan Lee", "Taylor Morgan", "Chris Nguyen", "Sam Patel")
AMAZON_ITEMS_IN = (
    "boAt Rockerz 450 Bluetooth On Ear Headphones",
    "Prestige Iris 750 Watt Mixer Grinder",
    "Atomic Habits by James Clear (Paperback)",
    "Fire-Boltt Ninja Call Pro Smart Watch",
    "Tata Sampann Unpolished Toor Dal, 1kg",
    "Milton Thermosteel Flask, 1000ml",
    "Logitech M331 Silent Plus Wireless Mouse",
    "Amazon Basics AA Rechargeable Batteries (8-pack)",
)
AMAZON_ITEMS_US = (
    "Anker PowerCore 10000 Portable Charger",
    "Kindle Paperwhite (16 GB)",
    "Hydro Flask Wide Mouth Bottle, 32 oz",
    "The Psychology of Money (Paperback)",
    "Echo Dot (5th Gen) Smart Speaker",
    "AmazonBasics Microfiber Sheet Set, Queen",
    "Ninja AF101 Air Fryer",
    "Crayola Washable Markers, 40 Count",
)
APPLE_ITEMS = (
    ("Procreate Pocket", "App Store", 499),
    ("Things 3", "App Store", 999),
    ("Monument Valley 2", "App Store", 499),
    ("Apple Music (Monthly)", "Apple Music", 1099),
    ("Dark Sky Weather", "App Store", 399),
    ("Carrot Weather Premium (Yearly)", "App Store", 1999),
)
PICKUPS_IN = (
    "Koramangala 5th Block, Bengaluru",
    "Indiranagar 100 Feet Rd, Bengaluru",
    "Kempegowda International Airport, Bengaluru",
    "MG Road Metro Station, Bengaluru",
    "HSR Layout Sector 2, Bengaluru",
)
PICKUPS_US = (
    "350 5th Ave, New York, NY",
    "JFK Terminal 4, Queens, NY",
    "Penn Station, New York, NY",
    "200 Park Ave S, New York, NY",
)
PICKUPS_UK = (
    "King's Cross St Pancras, London",
    "Heathrow Terminal 5, London",
    "Shoreditch High St, London",
    "Canary Wharf, London",
)


# --- India: banks ------------------------------------------------------------------------------


def hdfc_upi_debit(rng: random.Random, at: datetime) -> Draft:
    merchant, vpa, low, high = rng.choice(INDIA_MERCHANTS)
    cents = (
        cents_between(rng, low, high) if rng.random() < 0.6 else round_amount(rng, low, high, 10)
    )
    return Draft(
        "❗  You have done a UPI txn. Check details!",
        [
            "Dear Customer,",
            f"Rs.{bare_amount(cents)} has been debited from account {HDFC_ACCOUNT} to VPA {vpa} "
            f"{merchant} on {dd_mm_yy(at)}.",
            f"Your UPI transaction reference number is {digits(rng, 12)}.",
            "If you did not authorize this transaction, please report it immediately by calling "
            "18002586161 Or SMS BLOCK UPI to 7308080808.",
            "Warm Regards,\nHDFC Bank",
        ],
        debit(cents, "INR"),
    )


def hdfc_upi_credit(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(INDIA_PEOPLE)
    cents = round_amount(rng, 100, 6000, 50)
    vpa = person.split()[0].lower() + digits(rng, 2) + "@okhdfcbank"
    return Draft(
        "❗  View: Account update for your HDFC Bank A/c",
        [
            "Dear Customer,",
            f"Rs. {amount(cents)} is successfully credited to your account **{HDFC_ACCOUNT} by VPA "
            f"{vpa} {person} on {dd_mm_yy(at)}.",
            f"Your UPI transaction reference number is {digits(rng, 12)}.",
            "Thank you for banking with us.",
            "Warm Regards,\nHDFC Bank",
        ],
        credit(cents, "INR"),
    )


def hdfc_card_purchase(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS)
    cents = cents_between(rng, low, high)
    available = cents_between(rng, 40_000, 240_000)
    return Draft(
        "Alert : Update on your HDFC Bank Credit Card",
        [
            "Dear Card Member,",
            f"Thank you for using your HDFC Bank Credit Card ending {HDFC_CARD} for Rs "
            f"{amount(cents)} at {merchant} on {dd_mm_yyyy(at)} {hh_mm_ss(at)}.",
            f"Authorization code:- {digits(rng, 6)}",
            f"After the above transaction, the available balance on your card is Rs "
            f"{amount(available)} and the total outstanding is Rs "
            f"{amount(cents_between(rng, 2_000, 60_000))}.",
            "For more details on this transaction please visit HDFC Bank MyCards.",
            "If you have not done this transaction, please immediately call on 18002586161 to "
            "report this transaction.",
            "Warm Regards,\nHDFC Bank",
        ],
        debit(cents, "INR"),
    )


def hdfc_otp(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        "OTP for transaction on HDFC Bank Credit Card",
        [
            "Dear Card Member,",
            f"{digits(rng, 6)} is your One Time Password (OTP) for online purchase of Rs "
            f"{amount(cents)} at {merchant} on your HDFC Bank Credit Card ending {HDFC_CARD}.",
            "OTP is valid for 5 mins. Please do not share this OTP with anyone.",
            "Warm Regards,\nHDFC Bank",
        ],
        NOT_A_TRANSACTION,
    )


def hdfc_statement(rng: random.Random, at: datetime) -> Draft:
    due = at + timedelta(days=18)
    total = cents_between(rng, 8_000, 90_000)
    return Draft(
        f"Your HDFC Bank Credit Card Statement for {MONTH_NAMES[at.month - 1]} {at.year}",
        [
            "Dear Card Member,",
            f"Your HDFC Bank Credit Card ending {HDFC_CARD} statement dated {dd_mm_yyyy(at)} is "
            "attached. The password is the first 4 letters of your name and your date of birth.",
            ("Total Amount Due:", f"Rs. {amount(total)}"),
            ("Minimum Amount Due:", f"Rs. {amount(total // 20)}"),
            ("Payment Due Date:", dd_mm_yyyy(due)),
            "Pay on time to avoid late payment charges.",
            "Warm Regards,\nHDFC Bank",
        ],
        NOT_A_TRANSACTION,
    )


def hdfc_salary(rng: random.Random, at: datetime) -> Draft:
    cents = 18_500_000
    month = f"{MONTH_ABBREVIATIONS[at.month - 1].upper()} {at.year}"
    return Draft(
        "❗  View: Account update for your HDFC Bank A/c",
        [
            "Dear Customer,",
            f"INR {lakh_amount(cents)} deposited in HDFC Bank A/c XX{HDFC_ACCOUNT} on "
            f"{dd_mon_yy(at).upper()} for NEFT Cr-CITI0000002-ACME TECHNOLOGIES PVT LTD-"
            f"{USER_NAME.upper()}-SALARY {month}.Avl bal INR "
            f"{lakh_amount(cents + cents_between(rng, 20_000, 300_000))}.",
            "Cheque deposits in A/C are subject to clearing.",
            "Warm Regards,\nHDFC Bank",
        ],
        credit(cents, "INR"),
    )


def hdfc_rent(rng: random.Random, at: datetime) -> Draft:
    cents = 3_500_000
    return Draft(
        "❗  You have done an IMPS transaction",
        [
            "Dear Customer,",
            f"Rs.{bare_amount(cents)} has been debited from your HDFC Bank Account "
            f"XX{HDFC_ACCOUNT} towards IMPS to RAJESH KUMAR (A/c XX0912) on {dd_mm_yy(at)}. "
            f"Remarks: RENT {MONTH_ABBREVIATIONS[at.month - 1].upper()}.",
            f"IMPS Ref No. {digits(rng, 12)}.",
            "Warm Regards,\nHDFC Bank",
        ],
        debit(cents, "INR"),
    )


def icici_card_purchase(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        "Transaction alert for your ICICI Bank Credit Card",
        [
            "Dear Customer,",
            f"Your ICICI Bank Credit Card XX{ICICI_CARD} has been used for a transaction of INR "
            f"{amount(cents)} on {mon_d_yyyy(at)} at {hh_mm_ss(at)}. Info: {merchant}.",
            f"The Available Credit Limit on your card is INR "
            f"{lakh_amount(cents_between(rng, 50_000, 250_000))} and Total Credit Limit is INR "
            "3,00,000.00.",
            f"In case you have not done this transaction, please call on 18002662 or SMS BLOCK "
            f"{ICICI_CARD} to 9215676766 from your registered mobile number.",
            "Sincerely,\nICICI Bank Limited",
        ],
        debit(cents, "INR"),
    )


def icici_account_debit(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(INDIA_PEOPLE)
    cents = round_amount(rng, 100, 8000, 50)
    return Draft(
        "Transaction alert for your ICICI Bank Account",
        [
            "Dear Customer,",
            f"ICICI Bank Account XX{ICICI_ACCOUNT_NO} debited for Rs {amount(cents)} on "
            f"{dd_mon_yy(at)}; {person} credited. UPI:{digits(rng, 12)}.",
            "Call 18002662 for dispute. SMS BLOCK 731 to 9215676766.",
            "Sincerely,\nICICI Bank",
        ],
        debit(cents, "INR"),
    )


def icici_otp(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS)
    return Draft(
        "OTP for your ICICI Bank Credit Card transaction",
        [
            "Dear Customer,",
            f"{digits(rng, 6)} is the One Time Password (OTP) for your transaction of INR "
            f"{amount(cents_between(rng, low, high))} at {merchant} on your ICICI Bank Credit Card "
            f"XX{ICICI_CARD}. Do not share OTP with anyone for security reasons.",
            "Sincerely,\nICICI Bank",
        ],
        NOT_A_TRANSACTION,
    )


def icici_payment_reminder(rng: random.Random, at: datetime) -> Draft:
    due = at + timedelta(days=rng.randint(3, 6))
    total = cents_between(rng, 5_000, 70_000)
    return Draft(
        "Payment reminder for your ICICI Bank Credit Card",
        [
            "Dear Customer,",
            f"The payment for your ICICI Bank Credit Card XX{ICICI_CARD} is due on "
            f"{mon_d_yyyy(due)}.",
            ("Total Amount Due:", f"INR {amount(total)}"),
            ("Minimum Amount Due:", f"INR {amount(total // 20)}"),
            "Please ignore this reminder if you have already paid.",
            "Sincerely,\nICICI Bank",
        ],
        NOT_A_TRANSACTION,
    )


def sbi_atm_withdrawal(rng: random.Random, at: datetime) -> Draft:
    cents = round_amount(rng, 500, 10_000, 500)
    return Draft(
        "Transaction Alert: ATM Cash Withdrawal",
        [
            "Dear Customer,",
            f"Rs.{bare_amount(cents)} withdrawn at SBI ATM S1NW{digits(rng, 9)} from "
            f"A/cX{SBI_ACCOUNT} on {ddmonyy(at)} Transaction Number {digits(rng, 4)}. Available "
            f"Balance Rs.{bare_amount(cents_between(rng, 5_000, 90_000))}.",
            "If not withdrawn by you, call 1800111109 -SBI",
        ],
        debit(cents, "INR"),
    )


def sbi_transfer(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(INDIA_PEOPLE)
    cents = round_amount(rng, 500, 25_000, 100)
    return Draft(
        "Transaction Alert from State Bank of India",
        [
            "Dear Customer,",
            f"Your A/C XXXXX{SBI_ACCOUNT} has been debited by Rs.{bare_amount(cents)} on "
            f"{dd_mm_yy(at, '/')} transfer to {person} Ref No {digits(rng, 12)}. Avl Bal "
            f"Rs.{bare_amount(cents_between(rng, 5_000, 90_000))} -SBI",
        ],
        debit(cents, "INR"),
    )


def sbi_kyc(rng: random.Random, at: datetime) -> Draft:
    return Draft(
        "Update your KYC details",
        [
            "Dear Customer,",
            "As per RBI guidelines, KYC details of your account ending "
            f"{SBI_ACCOUNT} are due for periodic update. Please visit your home branch or update "
            "them through YONO SBI.",
            "SBI never asks for your PIN, password or OTP.",
        ],
        NOT_A_TRANSACTION,
    )


def axis_debit(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        f"Debit transaction alert for Axis Bank A/c XX{AXIS_ACCOUNT}",
        [
            "Dear Customer,",
            "Thank you for banking with Axis Bank.",
            ("Amount Debited:", f"INR {amount(cents)}"),
            ("Account Number:", f"XX{AXIS_ACCOUNT}"),
            ("Date & Time:", f"{dd_mm_yy(at)}, {hh_mm_ss(at)} IST"),
            ("Transaction Info:", f"UPI/P2M/{digits(rng, 12)}/{merchant}"),
            "If this transaction was not initiated by you, call 18604195555 or SMS BLOCKALL to "
            "+919951860002.",
            "Always open to help you.\nRegards,\nAxis Bank Ltd.",
        ],
        debit(cents, "INR"),
    )


def axis_credit(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(INDIA_PEOPLE)
    cents = round_amount(rng, 200, 15_000, 100)
    return Draft(
        f"Credit transaction alert for Axis Bank A/c XX{AXIS_ACCOUNT}",
        [
            "Dear Customer,",
            "Thank you for banking with Axis Bank.",
            ("Amount Credited:", f"INR {amount(cents)}"),
            ("Account Number:", f"XX{AXIS_ACCOUNT}"),
            ("Date & Time:", f"{dd_mm_yy(at)}, {hh_mm_ss(at)} IST"),
            ("Transaction Info:", f"UPI/P2A/{digits(rng, 12)}/{person}"),
            "Always open to help you.\nRegards,\nAxis Bank Ltd.",
        ],
        credit(cents, "INR"),
    )


# --- India: wallets, shops, rides, bills -------------------------------------------------------


def paytm_payment(rng: random.Random, at: datetime) -> Draft:
    merchant, _vpa, low, high = rng.choice(INDIA_MERCHANTS[:12])
    cents = cents_between(rng, low, min(high, 2000))
    return Draft(
        f"Payment of ₹{amount(cents)} to {merchant.title()} successful",
        [
            "Paid Successfully",
            ("Amount", f"₹{amount(cents)}"),
            ("Paid to", merchant.title()),
            ("From", "Paytm UPI Lite"),
            ("Order ID", digits(rng, 14)),
            ("Date", f"{twelve_hour(at)}, {uk_date(at)}"),
            "Thank you for using Paytm.",
        ],
        debit(cents, "INR"),
    )


def amazon_in_order(rng: random.Random, at: datetime) -> Draft:
    item = rng.choice(AMAZON_ITEMS_IN)
    cents = cents_between(rng, 199, 4999)
    order = f"40{rng.randint(2, 8)}-{digits(rng, 7)}-{digits(rng, 7)}"
    arriving = at + timedelta(days=rng.randint(1, 5))
    return Draft(
        f'Your Amazon.in order #{order} of "{item[:40]}..."',
        [
            f"Hello {USER_NAME},",
            "Thank you for your order. We'll send a confirmation when your item ships.",
            ("Order #", order),
            ("Arriving:", f"{MONTH_NAMES[arriving.month - 1]} {arriving.day}"),
            ("Item:", f"{item} Sold by: Appario Retail Private Ltd"),
            ("Order Total:", f"₹{amount(cents)}"),
            ("Paid by:", f"HDFC Bank Credit Card ending in {HDFC_CARD}"),
            "We hope to see you again soon.\nAmazon.in",
        ],
        debit(cents, "INR"),
    )


def amazon_in_refund(rng: random.Random, at: datetime) -> Draft:
    item = rng.choice(AMAZON_ITEMS_IN)
    cents = cents_between(rng, 199, 2999)
    order = f"40{rng.randint(2, 8)}-{digits(rng, 7)}-{digits(rng, 7)}"
    return Draft(
        f"Your refund for {item[:30]}... has been processed",
        [
            f"Hello {USER_NAME},",
            f"We have processed a refund of ₹{amount(cents)} for your order {order}.",
            ("Item:", item),
            ("Refund total:", f"₹{amount(cents)}"),
            f"The refund will be credited to your HDFC Bank Credit Card ending in {HDFC_CARD} "
            "within 3-5 business days.",
            "Amazon.in",
        ],
        credit(cents, "INR"),
    )


def uber_trip(
    pickups: tuple[str, ...], symbol: str, currency: str, low: int, high: int, payment: str
) -> Builder:
    def build(rng: random.Random, at: datetime) -> Draft:
        cents = cents_between(rng, low, high)
        fare = cents * 85 // 100
        pickup, dropoff = rng.sample(pickups, 2)
        return Draft(
            f"Your {part_of_day(at)} trip with Uber",
            [
                f"Thanks for riding, {USER_FIRST_NAME}",
                "We hope you enjoyed your ride this " + part_of_day(at).split()[1] + ".",
                ("Total", f"{symbol}{amount(cents)}"),
                ("Trip fare", f"{symbol}{amount(fare)}"),
                ("Booking fee", f"{symbol}{amount(cents - fare)}"),
                ("Payments", payment),
                ("Pickup", f"{twelve_hour(at)} | {pickup}"),
                ("Dropoff", dropoff),
                "You rated this trip 5 stars.",
            ],
            debit(cents, currency),
        )

    return build


def swiggy_order(rng: random.Random, at: datetime) -> Draft:
    restaurant = rng.choice(
        (
            "Meghana Foods",
            "Truffles",
            "Empire Restaurant",
            "Burger King",
            "Domino's Pizza",
            "Chinita Real Mexican Food",
        )
    )
    cents = cents_between(rng, 180, 1200)
    return Draft(
        f"Your Swiggy order from {restaurant} was delivered",
        [
            f"Hi {USER_FIRST_NAME},",
            f"Your order from {restaurant} was delivered at {twelve_hour(at)}.",
            ("Order No:", digits(rng, 15)),
            ("Item Total", f"₹{amount(cents * 9 // 10)}"),
            ("Delivery partner fee", f"₹{amount(cents - cents * 9 // 10)}"),
            ("Order Total", f"₹{amount(cents)}"),
            ("Paid Via", "UPI"),
            "Hope you enjoyed your meal!",
        ],
        debit(cents, "INR"),
    )


def netflix_membership(rng: random.Random, at: datetime) -> Draft:
    cents = 64_900
    next_bill = at + timedelta(days=30)
    return Draft(
        "Your Netflix membership has been renewed",
        [
            f"Hi {USER_FIRST_NAME},",
            "We've received your payment for your Netflix membership. Thanks for watching!",
            ("Plan", "Premium"),
            ("Amount paid", f"₹{amount(cents)}"),
            ("Payment method", f"Visa ••••{HDFC_CARD}"),
            ("Next billing date", uk_date(next_bill)),
            "Questions? Visit the Help Center.",
        ],
        debit(cents, "INR"),
    )


def youtube_premium(rng: random.Random, at: datetime) -> Draft:
    cents = 12_900
    return Draft(
        f"Your Google Play Order Receipt from {mon_d_yyyy(at)}",
        [
            "Thank you.",
            "You've made a purchase from Google Play.",
            (
                "Order number:",
                f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}",
            ),
            ("Order date:", f"{mon_d_yyyy(at)} {hh_mm_ss(at)} GMT+05:30"),
            ("Item", "YouTube Premium (YouTube) ₹129.00/month"),
            ("Total:", f"₹{amount(cents)}/month"),
            ("Payment method:", "UPI: alexrao@okhdfcbank"),
        ],
        debit(cents, "INR"),
    )


def electricity_bill_cents(at: datetime) -> int:
    """The month's bill, the same in the bill notice and in the payment receipt; summer bills
    run higher (air conditioning)."""
    month_rng = random.Random(at.year * 100 + at.month)
    return cents_between(month_rng, 900, 5200 if at.month in (4, 5, 6) else 2600)


def tata_power_bill(rng: random.Random, at: datetime) -> Draft:
    cents = electricity_bill_cents(at)
    due = at + timedelta(days=14)
    return Draft(
        f"Your Tata Power bill for {MONTH_NAMES[at.month - 1]} {at.year}",
        [
            "Dear Consumer,",
            f"Your electricity bill for CA No. 900012345678 is ready. Amount payable: Rs. "
            f"{amount(cents)}, due on {dd_mon_yy(due)}.",
            "Pay before the due date to avoid a delayed payment charge.",
        ],
        NOT_A_TRANSACTION,
    )


def tata_power_payment(rng: random.Random, at: datetime) -> Draft:
    cents = electricity_bill_cents(at)
    return Draft(
        "Payment received - Tata Power",
        [
            "Dear Consumer,",
            f"We have received your payment of Rs. {amount(cents)} towards CA No. 900012345678 on "
            f"{dd_mm_yyyy(at)}.",
            ("Transaction ID", f"TPC{digits(rng, 10)}"),
            ("Payment Mode", "UPI"),
            "Thank you for paying your electricity bill on time.",
        ],
        debit(cents, "INR"),
    )


def airtel_postpaid(rng: random.Random, at: datetime) -> Draft:
    cents = 59_900
    return Draft(
        "Thank you for your payment for Airtel Postpaid 98XXXXX210",
        [
            f"Dear {USER_NAME},",
            f"Thank you for your payment of ₹{amount(cents)} for Airtel Postpaid number "
            f"98XXXXX210 on {uk_date(at)}.",
            ("Receipt No.", f"R{digits(rng, 10)}"),
            "Your Airtel Thanks benefits continue.",
        ],
        debit(cents, "INR"),
    )


def act_broadband(rng: random.Random, at: datetime) -> Draft:
    cents = 117_900
    return Draft(
        "ACT Fibernet: Payment Successful",
        [
            f"Dear {USER_NAME},",
            f"Your payment of Rs.{amount(cents)} for ACT Fibernet account 1100298765 was "
            f"successful on {dd_mm_yyyy(at)}. Transaction reference: ACT{digits(rng, 9)}.",
            "Your plan ACT Giga (150 Mbps) continues without interruption.",
        ],
        debit(cents, "INR"),
    )


# --- United States -----------------------------------------------------------------------------


def chase_transaction(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(US_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        f"Your ${amount(cents)} transaction with {merchant}",
        [
            f"You made a ${amount(cents)} transaction",
            ("Account", CHASE_CARD),
            ("Date", f"{us_date(at)} at {twelve_hour(at)} ET"),
            ("Merchant", merchant),
            ("Amount", f"${amount(cents)}"),
            "You are receiving this alert because you chose to be notified of transactions over "
            "$0.00. Review account activity at chase.com.",
        ],
        debit(cents, "USD"),
    )


def chase_refund(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(US_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        f"A ${amount(cents)} credit was posted to your account",
        [
            f"A ${amount(cents)} credit from {merchant} was posted to your account.",
            ("Account", CHASE_CARD),
            ("Date", us_date(at)),
            ("Merchant", merchant),
            ("Amount", f"${amount(cents)}"),
        ],
        credit(cents, "USD"),
    )


def chase_statement(rng: random.Random, at: datetime) -> Draft:
    balance = cents_between(rng, 300, 4200)
    due = at + timedelta(days=25)
    return Draft(
        "Your credit card statement is available",
        [
            f"Your statement for {CHASE_CARD} is ready to view on chase.com.",
            ("Statement balance", f"${amount(balance)}"),
            ("Minimum payment due", f"${amount(max(3500, balance // 50))}"),
            ("Payment due date", us_date(due)),
            "To avoid interest, pay your statement balance by the due date.",
        ],
        NOT_A_TRANSACTION,
    )


def amex_purchase(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(US_MERCHANTS)
    cents = cents_between(rng, max(low, 40), max(high, 120))
    return Draft(
        "Large Purchase Approved" if cents >= 20_000 else "Card Member Alert: Purchase Approved",
        [
            f"Hi {USER_FIRST_NAME},",
            f"We approved a ${amount(cents)} purchase on your Card ending in {AMEX_CARD}.",
            ("Merchant", merchant),
            ("Date", f"{DAY_ABBREVIATIONS[at.weekday()]}, {us_date(at)}"),
            ("Amount", f"${amount(cents)}"),
            "Please call the number on the back of your Card if you don't recognize this charge.",
        ],
        debit(cents, "USD"),
    )


def amex_payment_due(rng: random.Random, at: datetime) -> Draft:
    due = at + timedelta(days=5)
    return Draft(
        "Your payment is due soon",
        [
            f"Hi {USER_FIRST_NAME},",
            f"This is a reminder that your minimum payment of "
            f"${amount(cents_between(rng, 35, 140))} is due on {us_date(due)} for your Card ending "
            f"in {AMEX_CARD}.",
            "If you've already paid, thank you, and please disregard this message.",
        ],
        NOT_A_TRANSACTION,
    )


def capital_one_purchase(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(US_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        "A new transaction was charged to your account",
        [
            f"Hi {USER_FIRST_NAME},",
            f"As requested, we're notifying you that on {us_date(at)}, at {merchant}, a pending "
            f"authorization or purchase in the amount of ${amount(cents)} was placed or charged on "
            f"your Capital One Quicksilver Card ending in {CAPITAL_ONE_CARD}.",
            "If you don't recognize this transaction, please call us at 1-800-227-4825.",
        ],
        debit(cents, "USD"),
    )


def capital_one_reminder(rng: random.Random, at: datetime) -> Draft:
    due = at + timedelta(days=5)
    return Draft(
        "Your payment is due in 5 days",
        [
            f"Hi {USER_FIRST_NAME},",
            f"Your Quicksilver Card ending in {CAPITAL_ONE_CARD} has a minimum payment of $25.00 "
            f"due on {us_date(due)}.",
            "Set up AutoPay so you never miss a payment.",
        ],
        NOT_A_TRANSACTION,
    )


def paypal_sent(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(US_PEOPLE)
    cents = round_amount(rng, 10, 300, 5)
    return Draft(
        f"You sent ${amount(cents)} USD to {person}",
        [
            f"Hello, {USER_NAME}",
            f"You sent ${amount(cents)} USD to {person}.",
            ("Transaction ID", code(rng, UPPER_DIGITS, 17)),
            ("Transaction date", us_date(at)),
            ("Amount", f"${amount(cents)} USD"),
            ("Funding source", "Chase Bank ...1842"),
            "Questions? Go to the Help Center at www.paypal.com/help.",
        ],
        debit(cents, "USD"),
    )


def paypal_receipt_eur(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(EU_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        f"Receipt for your payment to {merchant.title()}",
        [
            f"Hello, {USER_NAME}",
            f"You sent a payment of €{amount(cents)} EUR to {merchant.title()}.",
            ("Transaction ID", code(rng, UPPER_DIGITS, 17)),
            ("Transaction date", uk_date(at)),
            ("Total", f"€{amount(cents)} EUR"),
            "It may take a few moments for this transaction to appear in your account.",
        ],
        debit(cents, "EUR"),
    )


def amazon_com_order(rng: random.Random, at: datetime) -> Draft:
    item = rng.choice(AMAZON_ITEMS_US)
    cents = cents_between(rng, 8, 260)
    order = f"11{rng.randint(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
    return Draft(
        f"Your Amazon.com order #{order}",
        [
            f"Hello {USER_FIRST_NAME},",
            "Thank you for shopping with us. We'll send a confirmation when your item ships.",
            ("Order #", order),
            ("Item", item),
            ("Order Total:", f"${amount(cents)}"),
            ("Payment method", "Visa ending in 1842"),
        ],
        debit(cents, "USD"),
    )


def apple_receipt(rng: random.Random, at: datetime) -> Draft:
    item, store, cents = rng.choice(APPLE_ITEMS)
    return _apple_receipt(rng, at, f"{item} — {store}", cents)


def apple_icloud(rng: random.Random, at: datetime) -> Draft:
    return _apple_receipt(rng, at, "iCloud+ with 200 GB of storage — Monthly", 299)


def _apple_receipt(rng: random.Random, at: datetime, item: str, cents: int) -> Draft:
    return Draft(
        "Your receipt from Apple.",
        [
            "Receipt",
            ("APPLE ACCOUNT", USER_ADDRESS),
            ("DATE", us_date(at)),
            ("ORDER ID", f"M{code(rng, UPPER_DIGITS, 9)}"),
            ("DOCUMENT NO.", digits(rng, 12)),
            (item, f"${amount(cents)}"),
            ("TOTAL", f"${amount(cents)}"),
            ("Billed to", "Visa .... 1842"),
        ],
        debit(cents, "USD"),
    )


# --- United Kingdom and Europe -----------------------------------------------------------------


def barclays_payment(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(UK_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        "You've made a payment",
        [
            "Dear Mr Rao,",
            f"A payment of £{amount(cents)} was made from your account ending "
            f"{BARCLAYS_ACCOUNT} to {merchant} on {uk_date(at)}.",
            "If you don't recognise this payment, call us on 0345 734 5345.",
            "Barclays Bank UK PLC.",
        ],
        debit(cents, "GBP"),
    )


def barclays_statement(rng: random.Random, at: datetime) -> Draft:
    return Draft(
        "Your Barclays statement is ready",
        [
            "Dear Mr Rao,",
            f"Your statement for the account ending {BARCLAYS_ACCOUNT} up to {uk_date(at)} is now "
            "ready to view in the Barclays app.",
            "Barclays Bank UK PLC.",
        ],
        NOT_A_TRANSACTION,
    )


def monzo_received(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(UK_PEOPLE)
    cents = round_amount(rng, 5, 120, 1)
    note = rng.choice(("dinner", "cinema 🎬", "train tickets", "pizza", "birthday gift"))
    return Draft(
        f"{person} sent you £{amount(cents)}",
        [
            f"Hi {USER_FIRST_NAME},",
            f'{person} sent you £{amount(cents)} for "{note}". It\'s in your Monzo account now.',
            "Monzo Bank Limited",
        ],
        credit(cents, "GBP"),
    )


def revolut_card_payment(rng: random.Random, at: datetime) -> Draft:
    merchant, low, high = rng.choice(EU_MERCHANTS)
    cents = cents_between(rng, low, high)
    return Draft(
        f"You spent €{amount(cents)} at {merchant}",
        [
            f"Hi {USER_FIRST_NAME},",
            f"You paid €{amount(cents)} at {merchant} with your Revolut card ending 2210 on "
            f"{uk_date(at)} at {hh_mm_ss(at)}.",
            "Not you? Freeze your card in the app.",
        ],
        debit(cents, "EUR"),
    )


def revolut_exchange(rng: random.Random, at: datetime) -> Draft:
    cents = round_amount(rng, 50, 600, 10)
    return Draft(
        "Your exchange is complete",
        [
            f"Hi {USER_FIRST_NAME},",
            f"You exchanged £{amount(cents)} to €{amount(cents * 117 // 100)} at 1 GBP = 1.17 EUR.",
            "Exchange rates are updated in real time during market hours.",
        ],
        NOT_A_TRANSACTION,
    )


def n26_received(rng: random.Random, at: datetime) -> Draft:
    person = rng.choice(EU_PEOPLE)
    cents = round_amount(rng, 10, 400, 5)
    return Draft(
        "You've received money",
        [
            f"Hi {USER_FIRST_NAME},",
            f"{person} sent you €{amount(cents)}.",
            ("Reference", rng.choice(("Rent share", "Flights", "Dinner", "Concert tickets"))),
            ("Date", uk_date(at)),
            "The money is already in your main account.",
        ],
        credit(cents, "EUR"),
    )


def spotify_premium(rng: random.Random, at: datetime) -> Draft:
    cents = 1099
    return Draft(
        "Your Spotify Premium receipt",
        [
            f"Hi {USER_FIRST_NAME}, thanks for your payment.",
            ("Plan", "Premium Individual"),
            ("Date", uk_date(at)),
            ("Total (incl. VAT)", f"€{amount(cents)}"),
            ("Payment method", "Revolut Mastercard •••• 2210"),
            "Your next payment is in one month.",
        ],
        debit(cents, "EUR"),
    )


# --- not transactions --------------------------------------------------------------------------


def google_security(rng: random.Random, at: datetime) -> Draft:
    device = rng.choice(("Windows", "a Mac", "an Android phone", "an iPhone"))
    return Draft(
        "Security alert",
        [
            f"A new sign-in on {device}",
            USER_ADDRESS,
            "We noticed a new sign-in to your Google Account. If this was you, you don't need to "
            "do anything. If not, we'll help you secure your account.",
            "Check activity",
        ],
        NOT_A_TRANSACTION,
    )


def promotion(subjects: tuple[str, ...], bodies: tuple[str, ...]) -> Builder:
    def build(rng: random.Random, at: datetime) -> Draft:
        return Draft(
            rng.choice(subjects),
            [f"Hi {USER_FIRST_NAME},", rng.choice(bodies), "Shop now", "Unsubscribe | T&C apply"],
            NOT_A_TRANSACTION,
        )

    return build


SWIGGY_PROMOTION = promotion(
    (
        "🍔 Flat ₹125 OFF on your next 3 orders!",
        "Your cravings called. We answered 🍕",
        "Free delivery this weekend on Swiggy One",
    ),
    (
        "Use code TRYNEW to get flat ₹125 off on orders above ₹299. Valid till midnight.",
        "Get up to 60% off + free delivery from 500+ restaurants near you.",
    ),
)
MYNTRA_PROMOTION = promotion(
    (
        "END OF REASON SALE is LIVE: 50-80% off",
        "Your wishlist items are now on sale!",
        "Extra ₹300 off on your first order of the month",
    ),
    (
        "2 lakh+ styles at 50-80% off. Prices starting ₹199.",
        "The shoes you loved are now 40% off. Sizes are selling out fast.",
    ),
)
ZOMATO_PROMOTION = promotion(
    ("Gold members get free delivery today 🛵", "Craving biryani? 50% off till 11 PM"),
    (
        "Order from top-rated restaurants and save up to ₹150 on every order.",
        "Flat 50% off up to ₹100 on your next order. Use code BIRYANI50.",
    ),
)
MAKEMYTRIP_PROMOTION = promotion(
    ("✈️ Flights from ₹1,499 | Grab the Weekend Sale", "Hotels at up to 50% off this monsoon"),
    (
        "Book domestic flights starting at ₹1,499 with code MMTSALE. Limited seats.",
        "Save up to ₹2,500 on hotels across Goa, Kerala and Coorg.",
    ),
)
AMAZON_PROMOTION = promotion(
    ("Deals you'll love, picked for you", "Great Freedom Festival: up to 70% off"),
    (
        "Save up to 70% on electronics, fashion and more. Extra 10% off with HDFC Bank cards.",
        "Lightning deals start at 12 PM. Prime members get 24-hour early access.",
    ),
)


def newsletter(headlines: tuple[str, ...], sign_off: str) -> Builder:
    def build(rng: random.Random, at: datetime) -> Draft:
        first, second, third = rng.sample(headlines, 3)
        return Draft(
            first,
            [
                f"Good morning. {first}.",
                f"{second}. Markets moved on the news as investors weighed what comes next; "
                "analysts expect more of the same into the quarter.",
                f"From the archives: {third}.",  # a body line an mbox must escape (">From ")
                f"Today's issue took {rng.randint(3, 7)} minutes to read.",
                sign_off,
                "You received this email because you subscribed. Unsubscribe.",
            ],
            NOT_A_TRANSACTION,
        )

    return build


BUSINESS_HEADLINES = (
    "The Fed holds rates steady",
    "Chipmakers rally on AI demand",
    "Oil slips as supply grows",
    "Streaming prices keep climbing",
    "Airlines brace for a record summer",
    "The rupee touches a new low",
    "Why everyone is talking about index funds",
    "Retail sales beat expectations",
    "A four-day week pilot reports back",
)
MORNING_BREW_NEWSLETTER = newsletter(BUSINESS_HEADLINES, "— The Morning Brew crew")
ECONOMIST_NEWSLETTER = newsletter(BUSINESS_HEADLINES, "The Economist Today")
MEDIUM_DIGEST = newsletter(
    (
        "How I paid off my student loans in 3 years",
        "The 50/30/20 budget, revisited",
        "Stop tracking every rupee: do this instead",
        "Index funds vs. stock picking",
        "What I learned from 100 days of no spending",
        "A beginner's guide to SIPs",
    ),
    "— Medium Daily Digest",
)


# --- the catalog -------------------------------------------------------------------------------

KINDS: tuple[Kind, ...] = (
    # India (INR)
    Kind("upi_debit", HDFC, 9, hdfc_upi_debit, True),
    Kind("upi_credit", HDFC, 2, hdfc_upi_credit, True),
    Kind("card_purchase", HDFC, 6, hdfc_card_purchase, True),
    Kind("card_purchase", ICICI, 5, icici_card_purchase, True),
    Kind("upi_debit", ICICI_ACCOUNT, 3, icici_account_debit, True),
    Kind("atm_withdrawal", SBI, 2, sbi_atm_withdrawal, True),
    Kind("bank_transfer", SBI, 2, sbi_transfer, True),
    Kind("upi_debit", AXIS, 5, axis_debit, True),
    Kind("upi_credit", AXIS, 1.5, axis_credit, True),
    Kind("wallet_payment", PAYTM, 2.5, paytm_payment, True),
    Kind("order_receipt", AMAZON_IN, 3, amazon_in_order, True),
    Kind("refund", AMAZON_IN_REFUNDS, 1, amazon_in_refund, True),
    Kind("ride_receipt", UBER, 2, uber_trip(PICKUPS_IN, "₹", "INR", 90, 780, "UPI"), True),
    Kind("order_receipt", SWIGGY, 2, swiggy_order, True),
    # United States (USD)
    Kind("card_purchase", CHASE, 5, chase_transaction, True),
    Kind("refund", CHASE, 0.8, chase_refund, True),
    Kind("card_purchase", AMEX, 2.5, amex_purchase, True),
    Kind("card_purchase", CAPITAL_ONE, 2.5, capital_one_purchase, True),
    Kind("p2p_payment", PAYPAL, 1.5, paypal_sent, True),
    Kind("order_receipt", AMAZON_COM, 2, amazon_com_order, True),
    Kind(
        "ride_receipt",
        UBER_US,
        1.5,
        uber_trip(PICKUPS_US, "$", "USD", 9, 65, "Visa ••••1842"),
        True,
    ),
    Kind("app_receipt", APPLE, 0.8, apple_receipt, True),
    # United Kingdom and Europe (GBP, EUR)
    Kind("card_purchase", BARCLAYS, 2.5, barclays_payment, True),
    Kind("p2p_payment", MONZO, 1, monzo_received, True),
    Kind(
        "ride_receipt", UBER_UK, 1, uber_trip(PICKUPS_UK, "£", "GBP", 8, 45, "Monzo ••••7781"), True
    ),
    Kind("card_purchase", REVOLUT, 2.5, revolut_card_payment, True),
    Kind("p2p_payment", N26, 1, n26_received, True),
    Kind("order_receipt", PAYPAL, 1, paypal_receipt_eur, True),
    # Not transactions (~28 %, with the recurring statements and bill notices)
    Kind("otp", HDFC, 3.5, hdfc_otp, False),
    Kind("otp", ICICI, 2.5, icici_otp, False),
    Kind("payment_reminder", ICICI, 1, icici_payment_reminder, False),
    Kind("payment_reminder", AMEX, 1, amex_payment_due, False),
    Kind("payment_reminder", CAPITAL_ONE, 1, capital_one_reminder, False),
    Kind("account_notice", SBI, 0.5, sbi_kyc, False),
    Kind("account_notice", REVOLUT, 0.7, revolut_exchange, False),
    Kind("security_notice", GOOGLE, 2, google_security, False),
    Kind("promotion", SWIGGY, 2.5, SWIGGY_PROMOTION, False),
    Kind("promotion", MYNTRA, 2.5, MYNTRA_PROMOTION, False),
    Kind("promotion", ZOMATO, 1.5, ZOMATO_PROMOTION, False),
    Kind("promotion", MAKEMYTRIP, 1, MAKEMYTRIP_PROMOTION, False),
    Kind("promotion", AMAZON_IN, 2, AMAZON_PROMOTION, False),
    Kind("newsletter", MORNING_BREW, 3, MORNING_BREW_NEWSLETTER, False),
    Kind("newsletter", MEDIUM, 2, MEDIUM_DIGEST, False),
    Kind("newsletter", ECONOMIST, 1, ECONOMIST_NEWSLETTER, False),
)

RECURRING: tuple[Recurring, ...] = (
    Recurring("salary", HDFC, 0, 10, hdfc_salary, True),
    Recurring("rent", HDFC, 3, 9, hdfc_rent, True),
    Recurring("subscription", NETFLIX, 7, 6, netflix_membership, True),
    Recurring("subscription", SPOTIFY, 14, 4, spotify_premium, True),
    Recurring("subscription", APPLE, 21, 3, apple_icloud, True),
    Recurring("subscription", GOOGLE_PAY, 11, 8, youtube_premium, True),
    Recurring("utility_bill", AIRTEL, 9, 11, airtel_postpaid, True),
    Recurring("utility_bill", ACT, 5, 12, act_broadband, True),
    Recurring("bill_notice", TATA_POWER, 4, 7, tata_power_bill, False),
    Recurring("utility_bill", TATA_POWER, 12, 19, tata_power_payment, True),
    Recurring("statement", HDFC, 18, 5, hdfc_statement, False),
    Recurring("statement", CHASE, 25, 8, chase_statement, False),
    Recurring("statement", BARCLAYS, 28, 6, barclays_statement, False),
)
