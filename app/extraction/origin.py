"""Where a sender is: its country (from the address's country domain, else from what the text
writes), and what follows from it: the zone its times are in when the text names none, whether
its numeric dates are month-first, and what a bare "$" means."""

import re
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources

from app.extraction import currencies
from app.extraction.patterns import trie
from app.extraction.when import zone_named

# Country-code domains that are really used as generic ones ("bank.co", "pay.io", "app.ai").
_GENERIC_TLDS = frozenset(
    {
        "co",
        "io",
        "ai",
        "me",
        "tv",
        "ly",
        "gg",
        "fm",
        "so",
        "to",
        "sh",
        "app",
        "eu",
        "im",
        "cc",
        "ws",
    }
)
# A "generic" country domain is its country's after all when the text names that country
# ("Samoa Commercial Bank" from scbl.ws, "Banco de Bogotá, Colombia" from a ".co").
_GENERIC_TLD_NAMES = {
    "co": ("colombia",),
    "me": ("montenegro", "crna gora", "crnoj gori"),
    "ly": ("libya", "ليبيا"),
    "so": ("somalia", "soomaaliya"),
    # ... or its own money: "T$", "paʻanga"; "WS$", "tala".
    "to": ("tonga", "t$", "paʻanga", "pa'anga", " top "),
    "ws": ("samoa", "ws$", "tala", " wst "),
    "tv": ("tuvalu",),
    "fm": ("micronesia",),
    "sh": ("saint helena", "st helena"),
    "gg": ("guernsey",),
    "im": ("isle of man",),
    "ai": ("anguilla",),
}
_TLD_COUNTRY = {"uk": "GB", "su": "RU"}
# Second-level labels under a country domain: they make even a "generic" one a country's.
_SECOND_LEVELS = frozenset({"com", "net", "org", "gov", "edu", "ac", "co", "or", "ne", "go"})

HOME_ZONES = {
    "IN": "Asia/Kolkata",
    "US": "America/New_York",
    "GB": "Europe/London",
    "NG": "Africa/Lagos",
    "KE": "Africa/Nairobi",
    "TZ": "Africa/Dar_es_Salaam",
    "UG": "Africa/Kampala",
    "ET": "Africa/Addis_Ababa",
    "ZA": "Africa/Johannesburg",
    "EG": "Africa/Cairo",
    "AE": "Asia/Dubai",
    "OM": "Asia/Muscat",
    "SA": "Asia/Riyadh",
    "QA": "Asia/Qatar",
    "KW": "Asia/Kuwait",
    "BH": "Asia/Bahrain",
    "JO": "Asia/Amman",
    "TR": "Europe/Istanbul",
    "MN": "Asia/Ulaanbaatar",
    "UZ": "Asia/Tashkent",
    "CD": "Africa/Kinshasa",
    # The capitals' zones of the other countries of several zones.
    "FM": "Pacific/Pohnpei",
    "GL": "America/Nuuk",
    "KI": "Pacific/Tarawa",
    "MH": "Pacific/Majuro",
    "PF": "Pacific/Tahiti",
    "PG": "Pacific/Port_Moresby",
    "CY": "Asia/Nicosia",
    "EC": "America/Guayaquil",
    "PS": "Asia/Hebron",
    "RU": "Europe/Moscow",
    "BY": "Europe/Minsk",
    "UA": "Europe/Kyiv",
    "CZ": "Europe/Prague",
    "PL": "Europe/Warsaw",
    "HU": "Europe/Budapest",
    "RO": "Europe/Bucharest",
    "BG": "Europe/Sofia",
    "NL": "Europe/Amsterdam",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "IT": "Europe/Rome",
    "IE": "Europe/Dublin",
    "BE": "Europe/Brussels",
    "AT": "Europe/Vienna",
    "CH": "Europe/Zurich",
    "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo",
    "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki",
    "GR": "Europe/Athens",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "AR": "America/Argentina/Buenos_Aires",
    "CL": "America/Santiago",
    "CO": "America/Bogota",
    "PE": "America/Lima",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
    "TH": "Asia/Bangkok",
    "ID": "Asia/Jakarta",
    "MY": "Asia/Kuala_Lumpur",
    "SG": "Asia/Singapore",
    "PH": "Asia/Manila",
    "VN": "Asia/Ho_Chi_Minh",
    "JP": "Asia/Tokyo",
    "CN": "Asia/Shanghai",
    "KR": "Asia/Seoul",
    "HK": "Asia/Hong_Kong",
    "TW": "Asia/Taipei",
    "BD": "Asia/Dhaka",
    "PK": "Asia/Karachi",
    "LK": "Asia/Colombo",
    "NP": "Asia/Kathmandu",
    "IR": "Asia/Tehran",
    "MZ": "Africa/Maputo",
    "GH": "Africa/Accra",
    "ZM": "Africa/Lusaka",
    "MA": "Africa/Casablanca",
    "IL": "Asia/Jerusalem",
    "KZ": "Asia/Almaty",
    "RW": "Africa/Kigali",
    "DZ": "Africa/Algiers",
    "TN": "Africa/Tunis",
}
# Numeric dates are month/day/year.
# East Asia writes a date without its year month first too ("06/04 21:57" is 4 June).
MONTH_FIRST = frozenset({"US", "PH", "CA_EN", "KR", "JP", "CN", "TW"})

_ONE_COUNTRY_CODES = tuple(
    (code, country)
    for country, code in currencies.COUNTRY_CURRENCY.items()
    if list(currencies.COUNTRY_CURRENCY.values()).count(code) == 1
    and code not in {"INR", "GBP", "USD"}
)

# What only Indian mail writes, and the shorthand Pakistani, Nepali and Sri Lankan banks write too.
_INDIAN_RAILS = r"\b(?:UPI|NEFT|IMPS|IFSC|INR)\b|₹"
_SHARED_SHORTHAND = r"\b(?:A/c|Avl Bal|Rs\.?)"

# Words in the text that place a sender when its domain does not (a ".com" bank), and for each
# place the plain strings one of which its words always contain (its clues).
_PLACES = (
    (_INDIAN_RAILS, "IN", "UPI NEFT IMPS IFSC ₹ INR"),
    # ... and the naira written "N" glued to a grouped amount with kobo: "N648,312.00".
    # National payment rails and wallets that name their country: Mexico's SPEI and CLABE
    # (before Nigeria's NIP: Mexican mail writes "tu NIP", a card's PIN).
    (r"\bSPEI\b|\bCLABE\b|[Cc]lave de rastreo|\bCoDi\b", "MX", "SPEI CLABE rastreo CoDi"),
    # The United States' Zelle (a Spanish-writing American bank's "$" is the dollar).
    (r"\bZelle\b", "US", "Zelle"),
    (
        r"₦|\bNGN\b|\bNaira\b|(?<!tu )(?<!su )(?<!votre )(?<!ton )\bNIP\b"
        r"|\bN\d{1,3}(?:,\d{3})+\.\d\d\b",
        "NG",
        "₦ NGN Naira NIP N1 N2 N3 N4 N5 N6 N7 N8 N9",
    ),
    (r"\bM-?PESA\b|\bKsh|\bKES\b", "KE", "PESA Ksh KES"),
    (r"\bTSh|\bTZS\b", "TZ", "TSh TZS"),
    (r"\bETB\b|\bBirr\b", "ET", "ETB Birr"),
    (r"\bZAR\b|\bRand\b", "ZA", "ZAR Rand"),
    # Morocco's dirham written "DH" after the amount ("2 102,01 DH"); the Emirates' is "AED".
    (r"\d ?DH\b", "MA", "DH"),
    (r"\bAED\b|\bDirham|د\.إ|درهم", "AE", "AED Dirham د.إ درهم"),
    (r"\bOMR\b|R\.O\.", "OM", "OMR R.O."),
    (r"\bSAR\b|ر\.س", "SA", "SAR ر.س"),
    (r"\bTRY\b|₺|\bTL\b", "TR", "TRY ₺ TL"),
    (r"₽|руб|\bRUB\b", "RU", "₽ руб RUB"),
    (r"\bBYN\b", "BY", "BYN"),
    (r"Kč|\bCZK\b", "CZ", "Kč CZK"),
    (r"\bIRR\b|ریال|تومان", "IR", "IRR ریال تومان"),
    (r"\bMZN\b|\bMetica", "MZ", "MZN Metica"),
    (r"৳|\bBDT\b|\bTk\b|\bTk\.?(?=\s?\d)", "BD", "৳ BDT Tk"),
    (r"฿|บาท|\bTHB\b", "TH", "฿ บาท THB"),
    (r"円|\bJPY\b", "JP", "円 JPY"),
    (r"R\$|\bBRL\b|\bPix\b", "BR", "R$ BRL Pix"),
    (r"\bMXN\b|MX\$", "MX", "MXN MX$"),
    (r"\bIDR\b|\bRp(?![A-Za-z])", "ID", "IDR Rp"),
    ("جنيه جنوب سوداني", "SS", "جنيه"),  # before Egypt's pound, and Sudan's
    ("جنيه سوداني", "SD", "جنيه"),
    (r"\bEGP\b|ج\.م|جنيه|E£", "EG", "EGP ج.م جنيه E£"),
    (r"د\.ك|دينار كويتي", "KW", "د.ك دينار"),
    (r"د\.ب", "BH", "د.ب"),
    (r"ر\.ق", "QA", "ر.ق"),
    (r"ر\.ع", "OM", "ر.ع"),
    (r"\bARS\b", "AR", "ARS"),
    (r"\bGs\.\s?\d", "PY", "Gs."),
    # The Arab dinars written out name their country.
    ("دينار أردني", "JO", "دينار"),
    ("دينار بحريني", "BH", "دينار"),
    ("دينار عراقي", "IQ", "دينار"),
    ("دينار ليبي", "LY", "دينار"),
    ("دينار تونسي", "TN", "دينار"),
    ("دينار جزائري", "DZ", "دينار"),
    (r"\bCAD\b|C\$|CA\$", "CA", "CAD C$ CA$"),
    # A Canadian address in a footer: "Toronto, ON M5J 0E7".
    (
        r"\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE),? [A-Z]\d[A-Z] ?\d[A-Z]\d\b",
        "CA",
        "ON QC BC AB MB SK NS NB NL PE",
    ),
    (r"\bAUD\b|(?<!C)A\$", "AU", "AUD A$"),  # "CA$" is Canadian
    (r"(?<!E)£|\bGBP\b", "GB", "£ GBP"),
    # Any other currency only one country uses, by its ISO code.
    *((rf"\b{code}\b", country, code) for code, country in _ONE_COUNTRY_CODES),
    # The ringgit written "RM" before a number, and Malay's "available balance".
    (r"\bRM\s?\d|\bBaki tersedia\b", "MY", "RM Baki"),
    # Wallets and rails of one country each, where a "$" or "kr" says nothing of which.
    (r"\bYape\b|\b[Yy]ape(?:ó|aste)\b|\bPlin\b", "PE", "Yape yape Plin"),
    (r"\bYappy\b", "PA", "Yappy"),
    (r"\bCliQ\b|كليك", "JO", "CliQ كليك"),
    (r"\bNequi\b|\bDaviplata\b|\bBancolombia\b", "CO", "Nequi Daviplata Bancolombia"),
    (r"\bCuenta ?RUT\b|\bRedcompra\b", "CL", "RUT Redcompra"),
    (r"\bCBU\b|\bCVU\b", "AR", "CBU CVU"),
    (r"\bSINPE\b", "CR", "SINPE"),
    (r"\bBizum\b", "ES", "Bizum"),
    (r"\bMB WAY\b|\bMultibanco\b", "PT", "MB Multibanco"),
    (r"\b[Ss]wish(?:at|ade)?\b", "SE", "Swish swish"),
    (r"\bVipps\b", "NO", "Vipps"),
    (r"\bBLIK\b", "PL", "BLIK"),
    (r"\bTWINT\b", "CH", "TWINT"),
    # Pakistan's interbank rails: "IBFT", "Raast", "1LINK".
    (r"\bIBFT\b|\bRaast\b|\b1LINK\b", "PK", "IBFT Raast 1LINK"),
    # Nepali (not Hindi) words: "तपाईंको खाता" (your account), "मौज्दात" (balance), "भएको छ".
    # ... and "date" as Nepali (not Hindi) writes it.
    ("तपाईं|मौज्दात|भएको छ|गरिएको छ|मिति", "NP", "तपाईं मौज्दात भएको गरिएको मिति"),
    # Shorthand Indian banks write, which Pakistani and Sri Lankan banks write too: only when
    # nothing above placed the sender.
    (_SHARED_SHORTHAND, "IN", "A/c Avl Rs"),
)
# Country-placing words are looked for at the start of the text only.
_PLACE_WINDOW = 3000
_PLACE_PATTERNS = tuple((re.compile(pattern), country) for pattern, country, _ in _PLACES)
# A clue found places nothing by itself (its pattern may still want word boundaries): it says
# which places' patterns are worth running. One pass over the text instead of one per place.
_CLUE_PLACES: dict[str, set[str]] = {}
for _, _country, _clues in _PLACES:
    for _clue in _clues.split(" "):
        _CLUE_PLACES.setdefault(_clue, set()).add(_country)
_CLUES = re.compile(trie(list(_CLUE_PLACES)))  # starts with literals: see patterns


def country_of(address: str, text: str = "", utc_offset: timedelta | None = None) -> str | None:
    """ISO 3166 alpha-2 country of a sender: its country-code domain, else what its text writes
    (a currency or payment rail only one country uses), else None. `utc_offset` (the Date
    header's) tells apart the countries that write the same shorthand ("Rs", "A/c")."""
    domain = address.rpartition("@")[2].lower().rstrip(".")
    labels = domain.split(".")
    tld = labels[-1]
    # "bank.co" is generic, "bancolombia.com.co" is Colombian.
    second_level = len(labels) > 2 and labels[-2] in _SECOND_LEVELS
    if len(tld) == 2 and (tld not in _GENERIC_TLDS or second_level or _names(tld, text)):
        return _TLD_COUNTRY.get(tld, tld.upper())
    if tld in _REGION_TLDS:
        return _REGION_TLDS[tld]
    window = text[:_PLACE_WINDOW]
    if tld == "co" and _colombian_pesos(window):
        return "CO"
    place = (
        _place_written(text)
        or _spanish_country_named(window)
        or _institution_country(window)
        or _address_country(window)
    )
    if place == "CA" and "C$" in window and _SPANISH.search(window.lower()):
        return "NI"  # "C$" in Spanish is the Nicaraguan córdoba
    if place is None and "$" in window:
        return _dollar_country(text, utc_offset)
    if place is None and ("€" in window or "EUR" in window):
        return _euro_country(text)
    if place is None and _YUAN_MARK.search(window):
        place = _yen_or_yuan(text)
    if place is None and not window.isascii():
        place = _script_country(window)
    if place == "IN" and utc_offset is not None and _INDIAN_SHORTHAND.search(text, 0, 3000):
        minutes = int(utc_offset.total_seconds() // 60)
        if not _INDIAN_ONLY.search(text, 0, _PLACE_WINDOW):
            return _RUPEE_COUNTRIES_BY_OFFSET.get(minutes, place)
    return place


# Top-level domains of a region, a city or a language's people, each within one country.
_REGION_TLDS = {
    "gal": "ES",
    "eus": "ES",
    "cat": "ES",
    "madrid": "ES",
    "barcelona": "ES",
    "scot": "GB",
    "wales": "GB",
    "cymru": "GB",
    "london": "GB",
    "bzh": "FR",
    "corsica": "FR",
    "alsace": "FR",
    "paris": "FR",
    "bayern": "DE",
    "berlin": "DE",
    "hamburg": "DE",
    "koeln": "DE",
    "nrw": "DE",
    "saarland": "DE",
    "ruhr": "DE",
    "tirol": "AT",
    "wien": "AT",
    "swiss": "CH",
    "zuerich": "CH",
    "frl": "NL",
    "amsterdam": "NL",
    "brussels": "BE",
    "vlaanderen": "BE",
    "gent": "BE",
    "quebec": "CA",
    "nyc": "US",
    "tokyo": "JP",
    "osaka": "JP",
    "okinawa": "JP",
    "istanbul": "TR",
    "moscow": "RU",
    "kiwi": "NZ",
    "melbourne": "AU",
    "sydney": "AU",
    "capetown": "ZA",
    "durban": "ZA",
    "joburg": "ZA",
}


def _colombian_pesos(window: str) -> bool:
    """A ".co" sender writing Spanish and "$" sums with whole pesos ("$ 85.000"): Colombian (the
    generic ".co" startup writing "$192.41" keeps its dollars)."""
    lower = window.lower()
    return (
        "$" in window
        and _SPANISH.search(lower) is not None
        and _WHOLE_PESOS.search(lower) is not None
        and _CENTS_AFTER_POINT.search(lower) is None
    )


def _names(tld: str, text: str) -> bool:
    window = text[:_PLACE_WINDOW].lower()
    return any(name in window for name in _GENERIC_TLD_NAMES.get(tld, ()))


def _institution_country(window: str) -> str | None:
    """The country a ".com" sender's own name carries: "Bank of The Bahamas", "Banque Atlantique
    Côte d'Ivoire", "Zeepay Ghana Ltd" (a country named anywhere else, a payer's, says nothing)."""
    arabic = _ARABIC_BANK_COUNTRY.search(window)  # "بنك المشرق الأردني": the Jordanian bank
    if arabic is not None:
        return _ARABIC_NATIONALITIES[arabic.group("nationality")]
    if not _INSTITUTION_WORD.search(window):
        return None
    named = _INSTITUTION_COUNTRY.search(window.lower())
    if named is None:
        return None
    return _INSTITUTION_COUNTRIES[named.group("before") or named.group("after")]


# An Arab bank's name ends with its nationality ("البنك الأهلي المصري", the National Bank of Egypt).
_ARABIC_NATIONALITIES = {
    "الأردني": "JO",
    "الكويتي": "KW",
    "البحريني": "BH",
    "المصري": "EG",
    "السعودي": "SA",
    "الإماراتي": "AE",
    "القطري": "QA",
    "العماني": "OM",
    "العراقي": "IQ",
    "اللبناني": "LB",
    "التونسي": "TN",
    "الجزائري": "DZ",
    "المغربي": "MA",
    "الليبي": "LY",
    "السوداني": "SD",
    "اليمني": "YE",
    "السوري": "SY",
}
_ARABIC_BANK_COUNTRY = re.compile(
    r"(?:بنك|البنك|مصرف|المصرف)[^\n.،,]{0,30}?(?P<nationality>"
    + "|".join(_ARABIC_NATIONALITIES)
    + r")(?![\w])"
)


_INSTITUTION_COUNTRIES = {
    "bahamas": "BS",
    "barbados": "BB",
    "belize": "BZ",
    "jamaica": "JM",
    "trinidad": "TT",
    "guyana": "GY",
    "suriname": "SR",
    "haiti": "HT",
    "haïti": "HT",
    "côte d'ivoire": "CI",
    "cote d'ivoire": "CI",
    "ivory coast": "CI",
    "senegal": "SN",
    "sénégal": "SN",
    "mali": "ML",
    "burkina faso": "BF",
    "benin": "BJ",
    "bénin": "BJ",
    "togo": "TG",
    "niger": "NE",
    "guinée": "GN",
    "cameroun": "CM",
    "cameroon": "CM",
    "gabon": "GA",
    "tchad": "TD",
    "chad": "TD",
    "centrafrique": "CF",
    "ghana": "GH",
    "nigeria": "NG",
    "kenya": "KE",
    "uganda": "UG",
    "tanzania": "TZ",
    "rwanda": "RW",
    "zambia": "ZM",
    "zimbabwe": "ZW",
    "malawi": "MW",
    "mozambique": "MZ",
    "moçambique": "MZ",
    "namibia": "NA",
    "botswana": "BW",
    "south africa": "ZA",
    "lesotho": "LS",
    "eswatini": "SZ",
    "ethiopia": "ET",
    "egypt": "EG",
    "maroc": "MA",
    "morocco": "MA",
    "tunisie": "TN",
    "tunisia": "TN",
    "algérie": "DZ",
    "algeria": "DZ",
    "jordan": "JO",
    "kuwait": "KW",
    "bahrain": "BH",
    "qatar": "QA",
    "oman": "OM",
    "pakistan": "PK",
    "bangladesh": "BD",
    "sri lanka": "LK",
    "nepal": "NP",
    "philippines": "PH",
    "indonesia": "ID",
    "malaysia": "MY",
    "singapore": "SG",
    "cambodia": "KH",
    "mongolia": "MN",
    "fiji": "FJ",
    "papua new guinea": "PG",
    "new zealand": "NZ",
    "canada": "CA",
    "jamaïque": "JM",
}
# A bank's or a company's own name, with its country just after ("Bank of The Bahamas", "Banque
# Atlantique Côte d'Ivoire") or before its legal form ("Zeepay Ghana Ltd").
_INSTITUTION_WORD = re.compile(r"(?i)\b(?:bank|banque|banco|banca|ltd|limited|plc)\b")
_COUNTRY_ALTERNATION = "|".join(
    re.escape(name) for name in sorted(_INSTITUTION_COUNTRIES, key=len, reverse=True)
)
_INSTITUTION_COUNTRY = re.compile(
    rf"\b(?:bank|banque|banco|banca)\b[^\n.,;]{{0,25}}?\b(?P<before>{_COUNTRY_ALTERNATION})\b"
    rf"|\b(?P<after>{_COUNTRY_ALTERNATION})\s+(?:ltd|limited|plc)\b"
)


def _address_country(window: str) -> str | None:
    """The country that ends a line of the sender's own address ("Wave Mobile Money - Dakar,
    Sénégal"): a city, a comma, the country, then the line's end."""
    named = _ADDRESS_COUNTRY.search(window.lower())
    return _INSTITUTION_COUNTRIES[named.group("country")] if named else None


_ADDRESS_COUNTRY = re.compile(rf"[^\W\d_], (?P<country>{_COUNTRY_ALTERNATION})\.?[ \t]*(?:\n|$)")


def _spanish_country_named(window: str) -> str | None:
    """A Spanish-writing sender that names its country ("Banco Ficohsa Honduras", "Banco de
    Reservas de la República Dominicana"): where its "$", "L" or "Q" is from."""
    named = _SPANISH_COUNTRY_NAME.search(window)
    if named is None or not _SPANISH.search(window.lower()):
        return None
    return _SPANISH_COUNTRIES[named.group().lower()]


_SPANISH_COUNTRIES = {
    "honduras": "HN",
    "guatemala": "GT",
    "el salvador": "SV",
    "nicaragua": "NI",
    "costa rica": "CR",
    "panamá": "PA",
    "república dominicana": "DO",
    "paraguay": "PY",
    "uruguay": "UY",
    "bolivia": "BO",
    "chile": "CL",
    "colombia": "CO",
    "ecuador": "EC",
    "perú": "PE",
    "méxico": "MX",
    "argentina": "AR",
    "venezuela": "VE",
}
_SPANISH_COUNTRY_NAME = re.compile(r"\b(?:" + "|".join(_SPANISH_COUNTRIES) + r")\b", re.IGNORECASE)


def _dollar_country(text: str, utc_offset: timedelta | None) -> str | None:
    """Where a ".com" sender writing a bare "$" is: Canada when it writes French; when it writes
    Spanish, the Spanish-speaking "$" country its Date header's offset points to (Mexico at
    -06:00 or, at UTC, when it writes cents after a point; Colombia at -05:00; Chile at -04:00
    when its pesos have no cents; Argentina at -03:00); else None (the dollar stays USD)."""
    window = text[:_PLACE_WINDOW].lower()
    if _FRENCH.search(window):
        return "CA"
    if not _SPANISH.search(window):
        return None
    if not utc_offset:
        # A server's UTC clock says nothing: "$1,234.56" in Spanish is most often Mexican.
        return "MX" if _CENTS_AFTER_POINT.search(window) else None
    minutes = int(utc_offset.total_seconds() // 60)
    if minutes == -240 and _WHOLE_PESOS.search(window) and not _PESO_CENTS.search(window):
        return "CL"  # "$64.100" at Chile's winter offset: pesos without cents, not US dollars
    country = _SPANISH_DOLLAR_BY_OFFSET.get(minutes)
    if country == "CO" and _CENTS_AFTER_POINT.search(window):
        return None  # "$192.41": Ecuador and Panama, at the same offset, use the US dollar
    return country


def _yen_or_yuan(text: str) -> str | None:
    """A ".com" sender writing "¥" in Chinese, not Japanese (Han without kana): China."""
    window = text[:_PLACE_WINDOW]
    if _KANA.search(window) or not _HAN.search(window):
        return None
    return "CN"


def _script_country(window: str) -> str | None:
    """The one country that writes a script the text uses: Korean, Japanese kana, Thai,
    Hebrew, Georgian, Armenian, Khmer, Lao, Burmese, Sinhala (a "toss.im" or "kyash.co"
    sender writing Korean or Japanese is in Korea or Japan)."""
    return next((country for script, country in _SCRIPTS if script.search(window)), None)


_SCRIPTS = tuple(
    (re.compile(f"[{chars}]"), country)
    for chars, country in (
        ("\uac00-\ud7a3", "KR"),
        ("\u3040-\u30ff", "JP"),
        ("\u0e00-\u0e7f", "TH"),
        ("\u0590-\u05ff", "IL"),
        ("\u10a0-\u10ff", "GE"),
        ("\u0530-\u058f", "AM"),
        ("\u1780-\u17ff", "KH"),
        ("\u0e80-\u0eff", "LA"),
        ("\u1000-\u109f", "MM"),
        ("\u0d80-\u0dff", "LK"),
    )
)
_YUAN_MARK = re.compile("[¥￥]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


def _euro_country(text: str) -> str | None:
    """Where a sender writing euros from a ".com" or ".eu" domain is, by the language it
    writes (its words settle the zone its times are in; the euro does not)."""
    window = text[:_PLACE_WINDOW].lower()
    return next((country for pattern, country in _EURO_LANGUAGES if pattern.search(window)), None)


_EURO_LANGUAGES = (
    (re.compile(r"\b(?:vous|votre|effectué|achat|chez|bonjour|retrait)\b"), "FR"),
    (re.compile(r"\b(?:has|tu|su|cuenta|compra|enviado|recibido|importe|hola)\b"), "ES"),
    (
        re.compile(
            r"\b(?:ihre|ihr|konto|zahlung|betrag|wurde|hallo|du hast|dein|deine|bezahlt|datum"
            r"|uhr|kartenzahlung)\b"
        ),
        "DE",
    ),
    (re.compile(r"\b(?:je|uw|rekening|betaling|bedrag|ontvangen)\b"), "NL"),
    (re.compile(r"\b(?:il|tuo|sul|conto|pagamento|importo|ciao)\b"), "IT"),
    (re.compile(r"\b(?:você|sua|seu|conta|compra|olá)\b"), "PT"),
)

_FRENCH = re.compile(r"\b(?:vous|votre|effectué|achat|chez|bonjour)\b")
_SPANISH = re.compile(
    r"\b(?:tu|su|compra|pago|enviaste|recibiste|gracias|realizó|realizaste|cuenta|transacción"
    r"|transferencia|notificación|usted|ahorros|comprobante|fecha|mensaje|estimado|estimada"
    r"|importe|tarjeta|retiro|cajero)\b"
)
_SPANISH_DOLLAR_BY_OFFSET = {-360: "MX", -300: "CO", -180: "AR"}
_WHOLE_PESOS = re.compile(r"\$\s?\d{1,3}(?:\.\d{3})+(?![\d,])")
_PESO_CENTS = re.compile(r"\$\s?\d{1,3}(?:\.\d{3})*,\d\d")
# Colombian pesos are written "$ 436.800" or "$1.234,50"; a dollar amount with cents after a
# point is written by the Spanish-speaking countries at -05:00 that use the US dollar.
_CENTS_AFTER_POINT = re.compile(r"\$\s?\d{1,3}(?:,\d{3})*\.\d\d(?!\d)")

# Pakistan, Nepal and Mauritius write "Rs" and "A/c" too; their Date headers say which.
_RUPEE_COUNTRIES_BY_OFFSET = {300: "PK", 345: "NP", 240: "MU"}
_INDIAN_SHORTHAND = re.compile(_SHARED_SHORTHAND)
_INDIAN_ONLY = re.compile(_INDIAN_RAILS)


def _place_written(text: str) -> str | None:
    """The first place of _PLACES whose words the start of `text` writes."""
    hinted: set[str] = set()
    position = 0
    while (clue := _CLUES.search(text, position, _PLACE_WINDOW)) is not None:
        hinted |= _CLUE_PLACES[clue.group()]
        position = clue.start() + 1  # a clue may start inside another ("ZAR$" holds "R$")
    if not hinted:
        return None
    return next(
        (
            country
            for pattern, country in _PLACE_PATTERNS
            if country in hinted and pattern.search(text, 0, _PLACE_WINDOW)
        ),
        None,
    )


def home_zone(country: str | None, received_at: datetime | None = None) -> str | None:
    """The zone a sender's bare times are in: the list above for countries of several zones
    (where it names the one banks write in), else the country's only zone in the tz database.
    For a country of several zones, a Date header whose offset is another of its zones' (not
    UTC, a server's clock) tells where the sender is: Lubumbashi, Makassar or Chicago rather
    than Kinshasa, Jakarta or New York (so it was on the open sets' labels 35 times to 5)."""
    home = HOME_ZONES.get(country or "") or _only_zone().get(country or "")
    offset = received_at.utcoffset() if received_at is not None else None
    if home is None or not offset or _offset_at(home, received_at) == offset:
        return home
    return next(
        (
            zone
            for zone in _zones().get(country or "", ())
            if _offset_at(zone, received_at) == offset
        ),
        home,
    )


def _offset_at(zone: str, moment: datetime | None) -> timedelta | None:
    return None if moment is None else moment.astimezone(zone_named(zone)).utcoffset()


@lru_cache(maxsize=1)
def _zones() -> dict[str, list[str]]:
    """Country → its zones in the tz database's zone.tab, in the table's order."""
    zones: dict[str, list[str]] = {}
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            country, _, name = line.split("\t")[:3]
            zones.setdefault(country, []).append(name)
    return zones


@lru_cache(maxsize=1)
def _only_zone() -> dict[str, str]:
    """Country → zone, for the countries with exactly one zone."""
    return {country: names[0] for country, names in _zones().items() if len(names) == 1}


def month_first(country: str | None) -> bool:
    return country in MONTH_FIRST
