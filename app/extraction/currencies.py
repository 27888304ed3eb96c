"""Currencies as banks write them: every ISO 4217 code, the symbols, and the local names.

A currency mark is *ambiguous* when several currencies share it ("$", "¥", "kr", "Rial", "R",
"Br"): the sender's country decides (app.extraction.origin.country_of), else the most common
reading. Codes that are also ordinary upper-case words ("ALL", "TOP", "CUP", "PEN") count only
right next to a number.
"""

# Active ISO 4217 currency codes (fund, metal and testing codes left out).
ISO_CODES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
    FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD
    JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER
    ZAR ZMW ZWL
    """.split()
)
# Codes that are also words in capitals ("ALL CAPS", "TOP 10", "CUP", "PEN", "GEL", "BAM",
# "MOP", "SOS", "ANG", "AMD" a chip maker): money only when glued to a number.
WORD_LIKE_CODES = frozenset("ALL AMD ANG BAM BOB CUP DOP GEL MOP NIO PEN SHP SOS TOP".split())
# Old or informal codes still seen in mail.
CODE_ALIASES = {"RMB": "CNY", "NTD": "TWD", "NIS": "ILS", "YTL": "TRY", "RUR": "RUB", "BYR": "BYN"}

# Digits after the decimal mark (ISO 4217 minor units); 2 where not listed.
MINOR_UNITS = {
    **dict.fromkeys("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split(), 0),
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),
}

# Unambiguous marks (case-sensitive) → code.
SYMBOLS = {
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "RS.": "INR",
    "RS": "INR",
    "rs.": "INR",
    "INR.": "INR",
    "€": "EUR",
    "£": "GBP",
    "円": "JPY",
    "元": "CNY",
    "₩": "KRW",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
    "TL": "TRY",
    "₽": "RUB",
    "руб.": "RUB",
    "руб": "RUB",
    "рублей": "RUB",
    "р.": "RUB",
    "₴": "UAH",
    "грн": "UAH",
    "₸": "KZT",
    "₼": "AZN",
    "₾": "GEL",
    "৳": "BDT",
    "Tk.": "BDT",
    "Tk": "BDT",
    "TK": "BDT",
    "টাকা": "BDT",
    "฿": "THB",
    "บาท": "THB",
    "₫": "VND",
    "₪": "ILS",
    "₡": "CRC",
    "₲": "PYG",
    "GH₵": "GHS",
    "₵": "GHS",
    "₭": "LAK",
    "₮": "MNT",
    "֏": "AMD",
    "؋": "AFN",
    "Kč": "CZK",
    "zł": "PLN",
    "Ft": "HUF",
    "лв": "BGN",
    "лв.": "BGN",
    "Birr": "ETB",
    "ብር": "ETB",
    "KSh": "KES",
    "Ksh": "KES",
    "KSH": "KES",
    "Kshs": "KES",
    "Kshs.": "KES",
    "Ksh.": "KES",
    "TSh": "TZS",
    "Tsh": "TZS",
    "TShs": "TZS",
    "Tshs": "TZS",
    "USh": "UGX",
    "Ush": "UGX",
    "MTn": "MZN",
    "MT": "MZN",
    "Mt": "MZN",
    "R$": "BRL",
    "US$": "USD",
    "U$S": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "MX$": "MXN",
    "NT$": "TWD",
    "RM": "MYR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "S/": "PEN",
    "S/.": "PEN",
    "R.O.": "OMR",
    "RO": "OMR",
    "ر.ع.": "OMR",
    "ر.س": "SAR",
    "ر.س.": "SAR",
    "SR": "SAR",
    "د.إ": "AED",
    "Dhs": "AED",
    "Dhs.": "AED",
    "DHS": "AED",
    "AED.": "AED",
    "ج.م": "EGP",
    "جنيه": "EGP",
    "جنيه مصري": "EGP",
    "تومان": "IRR",
    "درهم": "AED",
    "ج.م.": "EGP",
    "E£": "EGP",
    "LE": "EGP",
    "L.E.": "EGP",
    "KD": "KWD",
    "BD": "BHD",
    "QR": "QAR",
    "JD": "JOD",
    "FCFA": "XAF",
    "CFA": "XOF",
    "Nu.": "BTN",
    "MK": "MWK",
    "ZK": "ZMW",
    "Le": "SLE",
    "Bs.": "VES",
    "lei": "RON",
    "Lei": "RON",
    "din.": "RSD",
    "ден": "MKD",
    "сум": "UZS",
    "₨": "PKR",
}
# Marks several currencies share: the sender's country picks, else the first reading.
AMBIGUOUS = {
    "$": (
        "USD",
        {
            "AU": "AUD",
            "CA": "CAD",
            "NZ": "NZD",
            "SG": "SGD",
            "HK": "HKD",
            "MX": "MXN",
            "AR": "ARS",
            "CL": "CLP",
            "CO": "COP",
            "TW": "TWD",
            "LR": "LRD",
            "JM": "JMD",
        },
    ),
    "¥": ("JPY", {"CN": "CNY"}),
    "￥": ("JPY", {"CN": "CNY"}),
    "kr": ("SEK", {"NO": "NOK", "DK": "DKK", "IS": "ISK", "SE": "SEK"}),
    "kr.": ("DKK", {"NO": "NOK", "SE": "SEK", "IS": "ISK", "DK": "DKK"}),
    "Kr": ("SEK", {"NO": "NOK", "DK": "DKK", "IS": "ISK"}),
    "Rial": ("IRR", {"OM": "OMR", "SA": "SAR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "Rials": ("IRR", {"OM": "OMR", "SA": "SAR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "ریال": ("IRR", {"OM": "OMR", "SA": "SAR", "IR": "IRR"}),
    "ريال": ("SAR", {"OM": "OMR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "R": ("ZAR", {"BR": "BRL", "ZA": "ZAR"}),
    "Br": ("BYN", {"ET": "ETB", "BY": "BYN"}),
    "Br.": ("BYN", {"ET": "ETB"}),
    "Dh": ("AED", {"MA": "MAD"}),
    "DH": ("AED", {"MA": "MAD"}),
    "Sh": ("KES", {"TZ": "TZS", "UG": "UGX", "SO": "SOS"}),
    "Rs": ("INR", {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}),
    "Rs.": ("INR", {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}),
    "₨": ("PKR", {"LK": "LKR", "NP": "NPR", "IN": "INR"}),
    "dirham": ("AED", {"MA": "MAD"}),
    "Dinar": (
        "KWD",
        {"BH": "BHD", "JO": "JOD", "IQ": "IQD", "TN": "TND", "DZ": "DZD", "RS": "RSD"},
    ),
}
# Local names written out in words (matched case-insensitively, as whole words).
NAMES = {
    "rupees": "INR",
    "rupee": "INR",
    "naira": "NGN",
    "shillings": "KES",
    "shilingi": "TZS",
    "birr": "ETB",
    "meticais": "MZN",
    "metical": "MZN",
    "taka": "BDT",
    "rubles": "RUB",
    "roubles": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "lira": "TRY",
    "liras": "TRY",
    "baht": "THB",
    "rand": "ZAR",
    "yen": "JPY",
    "yuan": "CNY",
    "pesos": "MXN",
    "reais": "BRL",
    "euros": "EUR",
    "euro": "EUR",
    "dollars": "USD",
    "koruna": "CZK",
    "korun": "CZK",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "dirhams": "AED",
    "riyals": "SAR",
    "riyal": "SAR",
    "rials": "IRR",
    "rial": "IRR",
    "toman": "IRR",
    "cedis": "GHS",
    "kwacha": "ZMW",
    "złotych": "PLN",
}


def resolve(mark: str, country: str | None) -> tuple[str, bool] | None:
    """(code, explicit) for a currency mark as written, or None. `explicit` is False when the
    mark was ambiguous and the country (or the default) decided."""
    code = CODE_ALIASES.get(mark, mark)
    if code in ISO_CODES:
        return code, True
    if mark in AMBIGUOUS:
        default, by_country = AMBIGUOUS[mark]
        return by_country.get(country or "", default), False
    if mark in SYMBOLS:
        return SYMBOLS[mark], True
    named = NAMES.get(mark.lower())
    if named is not None:
        if mark.lower() in ("dollars", "pesos", "rial", "rials", "rupees", "rupee", "shillings"):
            # Several countries' money: the sender decides, like an ambiguous symbol.
            return _COUNTRY_CURRENCY.get(country or "", named), False
        return named, True
    return None


# The currency of a country, for reading "$", "Rs", "Rial", "dollars" from a known sender and for
# defaulting a bare amount.
_COUNTRY_CURRENCY = {
    "IN": "INR",
    "US": "USD",
    "GB": "GBP",
    "NG": "NGN",
    "KE": "KES",
    "TZ": "TZS",
    "UG": "UGX",
    "ET": "ETB",
    "ZA": "ZAR",
    "EG": "EGP",
    "AE": "AED",
    "OM": "OMR",
    "SA": "SAR",
    "QA": "QAR",
    "KW": "KWD",
    "BH": "BHD",
    "JO": "JOD",
    "TR": "TRY",
    "RU": "RUB",
    "BY": "BYN",
    "UA": "UAH",
    "CZ": "CZK",
    "PL": "PLN",
    "HU": "HUF",
    "RO": "RON",
    "BG": "BGN",
    "NL": "EUR",
    "DE": "EUR",
    "FR": "EUR",
    "ES": "EUR",
    "PT": "EUR",
    "IT": "EUR",
    "IE": "EUR",
    "BE": "EUR",
    "AT": "EUR",
    "FI": "EUR",
    "GR": "EUR",
    "CH": "CHF",
    "SE": "SEK",
    "NO": "NOK",
    "DK": "DKK",
    "BR": "BRL",
    "MX": "MXN",
    "AR": "ARS",
    "CL": "CLP",
    "CO": "COP",
    "PE": "PEN",
    "TH": "THB",
    "ID": "IDR",
    "MY": "MYR",
    "SG": "SGD",
    "PH": "PHP",
    "VN": "VND",
    "JP": "JPY",
    "CN": "CNY",
    "KR": "KRW",
    "HK": "HKD",
    "TW": "TWD",
    "BD": "BDT",
    "PK": "PKR",
    "LK": "LKR",
    "NP": "NPR",
    "IR": "IRR",
    "MZ": "MZN",
    "GH": "GHS",
    "ZM": "ZMW",
    "MA": "MAD",
    "DZ": "DZD",
    "TN": "TND",
    "IL": "ILS",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "KZ": "KZT",
    "YE": "YER",
    "IQ": "IQD",
    "RW": "RWF",
}


def country_currency(country: str | None) -> str | None:
    return _COUNTRY_CURRENCY.get(country or "")
