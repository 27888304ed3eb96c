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
    ZAR ZMW ZWL ZWG XCG
    """.split()
)
# Codes that are also words in capitals ("ALL CAPS", "TOP 10", "CUP", "PEN", "GEL", "BAM",
# "MOP", "SOS", "ANG", "AMD" a chip maker): money only when glued to a number.
WORD_LIKE_CODES = frozenset("ALL AMD ANG BAM BOB CUP DOP GEL MOP NIO PEN SHP SOS TOP".split())
# Old or informal codes still seen in mail.
CODE_ALIASES = {
    "ECV": "CVE",
    "RMB": "CNY",
    "NTD": "TWD",
    "NIS": "ILS",
    "YTL": "TRY",
    "RUR": "RUB",
    "BYR": "BYN",
    # Codes written in title case: "282,99 Eur" (Lithuania), "Php 21,680.99" (Philippines).
    "Eur": "EUR",
    "Php": "PHP",
    "FRW": "RWF",  # the Rwandan franc's older code, still written
    "РСД": "RSD",  # the Serbian dinar's code in Cyrillic
}

# Digits after the decimal mark (ISO 4217 minor units); 2 where not listed.
MINOR_UNITS = {
    **dict.fromkeys("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split(), 0),
    # The Iraqi dinar's fils are out of use: "25,000 د.ع" is twenty-five thousand dinars.
    **dict.fromkeys("BHD JOD KWD LYD OMR TND".split(), 3),
}

# Unambiguous marks (case-sensitive) → code.
SYMBOLS = {
    "£": "GBP",
    # Zulu and Xhosa put a noun's class prefix on the rand: "Ukhokhe uR 899.00", "iR 1 800.00".
    "uR": "ZAR",
    "iR": "ZAR",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "RS.": "INR",
    "RS": "INR",
    "rs.": "INR",
    "INR.": "INR",
    "€": "EUR",
    "円": "JPY",
    "新臺幣": "TWD",
    "新台幣": "TWD",
    "新台币": "TWD",
    "臺幣": "TWD",
    "台幣": "TWD",
    "港幣": "HKD",
    "港元": "HKD",
    "港币": "HKD",
    "澳門元": "MOP",
    "人民币": "CNY",
    "人民幣": "CNY",
    "美元": "USD",
    "₩": "KRW",
    "원": "KRW",
    'ש"ח': "ILS",
    "ש״ח": "ILS",
    "שקל": "ILS",
    "Kz": "AOA",
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
    "đ": "VND",
    "VNĐ": "VND",
    "đồng": "VND",
    "₪": "ILS",
    "₡": "CRC",
    "₲": "PYG",
    "GH₵": "GHS",
    "₵": "GHS",
    "₭": "LAK",
    "₮": "MNT",
    "төг": "MNT",
    "төг.": "MNT",
    "يۈەن": "CNY",  # the yuan in Uyghur
    "དངུལ་ཀྲམ་": "BTN",  # the ngultrum in Dzongkha
    "དངུལ་ཀྲམ": "BTN",
    "֏": "AMD",
    "؋": "AFN",
    "Kč": "CZK",
    "zł": "PLN",
    "Ft": "HUF",
    "лв": "BGN",
    "лв.": "BGN",
    "Birr": "ETB",
    "ብር": "ETB",
    "በብር": "ETB",  # "in birr", the preposition written onto the word
    "$U": "UYU",  # the Uruguayan peso
    "MOP$": "MOP",  # the pataca as Macau's banks write it
    # The rupee abbreviated in Gurmukhi.
    "ਰੁ.": "INR",
    "ਰੁ": "INR",
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
    "RD$": "DOP",
    "TT$": "TTD",
    "J$": "JMD",
    "N$": "NAD",
    "BZ$": "BZD",
    "G$": "GYD",
    "FJ$": "FJD",
    "SI$": "SBD",
    "Bds$": "BBD",
    "EC$": "XCD",
    "CI$": "KYD",
    # Bermuda's, Barbados' (in capitals) and the Cayman Islands' other spelling.
    "BD$": "BMD",
    "BDS$": "BBD",
    "KY$": "KYD",
    "RM": "MYR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "S/": "PEN",
    "S/.": "PEN",
    "R.O.": "OMR",
    "RO": "OMR",
    "ر.ع.": "OMR",
    "ر.ع": "OMR",
    "د.ك": "KWD",
    "د.ك.": "KWD",
    "د.ب": "BHD",
    "د.ب.": "BHD",
    "ر.ق": "QAR",
    "ر.ق.": "QAR",
    "د.أ": "JOD",
    "د.ع": "IQD",
    "د.ل": "LYD",
    "ر.ي": "YER",
    "ل.س": "SYP",
    "FBu": "BIF",
    "ກີບ": "LAK",
    "сомонӣ": "TJS",
    "бел. руб.": "BYN",
    "бел.руб.": "BYN",
    "Lekë": "ALL",
    "lekë": "ALL",
    "теңге": "KZT",
    "тенге": "KZT",
    "Afl.": "AWG",
    "Afl": "AWG",
    "NAf.": "ANG",
    "NAf": "ANG",
    "WS$": "WST",
    "T$": "TOP",
    "د.ت": "TND",
    "د.ج": "DZD",
    "دج": "DZD",
    "د.م.": "MAD",
    "ل.ل": "LBP",
    "р": "RUB",
    "ر.س": "SAR",
    "ر.س.": "SAR",
    "SR": "SAR",
    "د.إ": "AED",
    "Dhs": "AED",
    "Dhs.": "AED",
    "DHS": "AED",
    "AED.": "AED",
    "ج.م": "EGP",
    "جنيه مصري": "EGP",
    "جنيه سوداني": "SDG",
    "ج.س": "SDG",
    "جنيه جنوب سوداني": "SSP",
    "L$": "LRD",  # the Liberian dollar
    "Gdes": "HTG",  # gourdes
    "FDJ": "DJF",  # the Djibouti franc
    "Gds": "HTG",
    "F CFP": "XPF",  # the CFP franc (French Polynesia, New Caledonia, Wallis and Futuna)
    "FCFP": "XPF",
    "CFP": "XPF",
    "تومان": "IRR",
    "ج.م.": "EGP",
    "E£": "EGP",
    "LE": "EGP",
    "L.E.": "EGP",
    "KD": "KWD",
    "BD": "BHD",
    "QR": "QAR",
    "JD": "JOD",
    "Nu.": "BTN",
    "MK": "MWK",
    "ZK": "ZMW",
    "Le": "SLE",
    "din.": "RSD",
    "ден": "MKD",
    "МКД": "MKD",
    "ကျပ်": "MMK",
    "روپے": "PKR",
    "روپیہ": "PKR",
    "сум": "UZS",
    "රු": "LKR",
    "රු.": "LKR",
    "રૂ": "INR",
    "રૂ.": "INR",
    "ರೂ": "INR",
    "ರೂ.": "INR",
    "రూ": "INR",
    "రూ.": "INR",
    "രൂ": "INR",
    "രൂ.": "INR",
    "so'm": "UZS",
    # ... with the Uzbek Latin alphabet's own apostrophes (oʻ, gʻ), as banks print them.
    "so‘m": "UZS",
    "soʻm": "UZS",
    "so’m": "UZS",
    "сомони": "TJS",
    "դրամ": "AMD",
    "ден.": "MKD",
    "ман.": "AZN",
    "тг": "KZT",
    "៛": "KHR",
    "грн.": "UAH",
    "₨": "PKR",
    "ZiG": "ZWG",
    "Gs.": "PYG",  # the guaraní's "Gs." before a number: no other currency writes it
    "G/.": "PYG",
    "شيكل": "ILS",
    "ش.ج": "ILS",
    "ليرة لبنانية": "LBP",
    "FRw": "RWF",
    "Frw": "RWF",
    "KShs": "KES",
    "UShs": "UGX",
    "USh.": "UGX",
    "Sh.So.": "SOS",
    "ރ.": "MVR",
    "Afs": "AFN",
    "дин.": "RSD",
    "КМ": "BAM",  # the convertible mark in Cyrillic
    "Cg": "XCG",  # the Caribbean guilder (Curaçao, Sint Maarten) since 2025
    "រៀល": "KHR",
    "NLe": "SLE",
    "Dbs": "STN",
    "افغانی": "AFN",
    "ናቕፋ": "ERN",
    "ናቅፋ": "ERN",
    "сўм": "UZS",  # Uzbek Cyrillic's som
    "смн": "TJS",  # the somoni, shortened
    "GH¢": "GHS",
}
_CFA_ZONES = {
    **dict.fromkeys("BJ BF CI GW ML NE SN TG".split(), "XOF"),
    **dict.fromkeys("CM CF CG GA GQ TD".split(), "XAF"),
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
    "C$": ("CAD", {"NI": "NIO"}),
    "جنيه": ("EGP", {"SD": "SDG", "SS": "SSP"}),  # the pound: Egypt's, Sudan's, South Sudan's
    "B$": ("BSD", {"BN": "BND"}),  # the Bahamas and Brunei
    "lei": ("RON", {"MD": "MDL"}),
    "درهم": ("AED", {"MA": "MAD"}),
    "دينار أردني": ("JOD", {}),
    "دينار كويتي": ("KWD", {}),
    "دينار بحريني": ("BHD", {}),
    "دينار عراقي": ("IQD", {}),
    "دينار ليبي": ("LYD", {}),
    "دينار تونسي": ("TND", {}),
    "دينار جزائري": ("DZD", {}),
    "ريال يمني": ("YER", {}),
    "ريال سعودي": ("SAR", {}),
    "ريال عماني": ("OMR", {}),
    "ريال قطري": ("QAR", {}),
    "ريال إيراني": ("IRR", {}),
    "Lei": ("RON", {"MD": "MDL"}),
    "¥": ("JPY", {"CN": "CNY"}),
    # Shift_JIS mail decoded as ASCII shows the yen sign as a backslash: "金額：\\2,745".
    "\\": ("JPY", {"CN": "CNY"}),
    "元": ("CNY", {"TW": "TWD", "HK": "HKD", "MO": "MOP", "JP": "JPY"}),
    # The West African franc (XOF) and the Central African one (XAF) are both "CFA": the
    # sender's country tells which; else the West African, of eight countries to six.
    "FCFA": ("XOF", _CFA_ZONES),
    "CFAF": ("XOF", _CFA_ZONES),
    "F CFA": ("XOF", _CFA_ZONES),
    "CFA": ("XOF", _CFA_ZONES),
    "￥": ("JPY", {"CN": "CNY"}),
    "kr": ("SEK", {"NO": "NOK", "DK": "DKK", "IS": "ISK", "SE": "SEK"}),
    "kr.": ("DKK", {"NO": "NOK", "SE": "SEK", "IS": "ISK", "DK": "DKK"}),
    "Kr": ("SEK", {"NO": "NOK", "DK": "DKK", "IS": "ISK"}),
    "Rial": ("IRR", {"OM": "OMR", "SA": "SAR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "Rials": ("IRR", {"OM": "OMR", "SA": "SAR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "ریال": ("IRR", {"OM": "OMR", "SA": "SAR", "IR": "IRR"}),
    "ريال": ("SAR", {"OM": "OMR", "QA": "QAR", "YE": "YER", "IR": "IRR"}),
    "R": ("ZAR", {"BR": "BRL", "ZA": "ZAR"}),
    "Bs.": ("VES", {"BO": "BOB"}),  # Venezuela's bolívar, Bolivia's boliviano
    "Br": ("BYN", {"ET": "ETB", "BY": "BYN"}),
    "Br.": ("BYN", {"ET": "ETB"}),
    # Kyrgyzstan's som, and the rouble in Ossetian ("18 973 сом 40 кап." from a Russian bank).
    "сом": ("KGS", {"RU": "RUB"}),
    "Dh": ("AED", {"MA": "MAD"}),
    "DH": ("AED", {"MA": "MAD"}),
    "Sh": ("KES", {"TZ": "TZS", "UG": "UGX", "SO": "SOS"}),
    "Rs": ("INR", {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}),
    "Rs.": ("INR", {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}),
    "₨": ("PKR", {"LK": "LKR", "NP": "NPR", "IN": "INR", "MU": "MUR", "SC": "SCR"}),
    # The rupee in Indian scripts: Tamil is written in Sri Lanka too, Devanagari in Nepal.
    "ரூ": ("INR", {"LK": "LKR"}),
    "ரூ.": ("INR", {"LK": "LKR"}),
    "रु": ("INR", {"NP": "NPR"}),
    "रु.": ("INR", {"NP": "NPR"}),
    "रू": ("INR", {"NP": "NPR"}),
    "रू.": ("INR", {"NP": "NPR"}),
    "dirham": ("AED", {"MA": "MAD"}),
    "دینار": ("IQD", {"IR": "IRR"}),  # in Persian letters: Kurdish (Iraq)
    "دينار": (
        "KWD",
        {"BH": "BHD", "JO": "JOD", "IQ": "IQD", "TN": "TND", "DZ": "DZD", "LY": "LYD"},
    ),
    "manat": ("TMT", {"AZ": "AZN"}),  # Turkmen and Azerbaijani both write "manat"
    "Dinar": (
        "KWD",
        {"BH": "BHD", "JO": "JOD", "IQ": "IQD", "TN": "TND", "DZ": "DZD", "RS": "RSD"},
    ),
}
# Currencies written with the same mark as an ambiguous one: a sender from a country that uses
# one of them means its own ("$" from Uruguay is UYU, "Rs" from Pakistan is PKR).
_DOLLARS_AND_PESOS = frozenset(
    "USD CAD AUD NZD SGD HKD MXN ARS CLP COP UYU TWD LRD JMD BSD BBD BZD BMD BND KYD FJD GYD SRD"
    " TTD XCD NAD SBD CUP DOP NIO TOP WST KID TVD".split()
)
_SAME_MARK: dict[str, frozenset[str]] = {
    "$": _DOLLARS_AND_PESOS,
    "Rs": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "Rs.": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "kr.": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "Kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "Sh": frozenset({"KES", "TZS", "UGX", "SOS"}),
    "Dinar": frozenset({"KWD", "BHD", "JOD", "IQD", "TND", "DZD", "RSD", "LYD"}),
    "دينار": frozenset({"KWD", "BHD", "JOD", "IQD", "TND", "DZD", "LYD"}),
    "元": frozenset({"CNY", "TWD", "HKD", "MOP", "JPY"}),
    "FCFA": frozenset({"XOF", "XAF"}),
    "CFAF": frozenset({"XOF", "XAF"}),
    "F CFA": frozenset({"XOF", "XAF"}),
    "CFA": frozenset({"XOF", "XAF"}),
}
# Local names written out in words (matched case-insensitively, as whole words).
NAMES = {
    # The Vietnamese dong written without its diacritics ("so tien 1,698,000 dong").
    "dong": "VND",
    # The Serbian dinar and the Macedonian denar in Cyrillic, as their banks write them.
    "динара": "RSD",
    "динар": "RSD",
    "динари": "RSD",
    "денари": "MKD",
    "денар": "MKD",
    "денара": "MKD",
    "rupees": "INR",
    "rupee": "INR",
    "naira": "NGN",
    "ariary": "MGA",
    "སྒོར": "CNY",  # the yuan in Tibetan
    "төгрөг": "MNT",
    "shillings": "KES",
    "shilingi": "TZS",
    "birr": "ETB",
    "birrii": "ETB",  # Oromo
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
    "ευρώ": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
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
    "افغانۍ": "AFN",  # Pashto
    "ლარი": "GEL",
    "goud": "HTG",  # Haitian Creole
    "gourdes": "HTG",
    "tala": "WST",  # Samoa
    "paʻanga": "TOP",  # Tonga
    "pa'anga": "TOP",
    "vatu": "VUV",  # Vanuatu
    "złotych": "PLN",
}


# Marks that are money only from their own country's senders: elsewhere "Q3" is a quarter, "L 40"
# a size and "K 12" a count. A mark several countries write names each one's money.
HOME_ONLY: dict[str, dict[str, str]] = {
    "Q": {"GT": "GTQ"},
    "N": {"NG": "NGN"},  # Nigerian alerts' "N648,312.00"
    "L.": {"HN": "HNL"},
    "B/.": {"PA": "PAB"},
    "Ar": {"MG": "MGA"},
    "G": {"HT": "HTG"},
    "Bs": {"BO": "BOB"},
    "K": {"PG": "PGK", "ZM": "ZMW", "MM": "MMK"},
    "Ks": {"MM": "MMK"},
    "FC": {"CD": "CDF"},
    "KM": {"BA": "BAM"},
    "VT": {"VU": "VUV"},
    "Fr.": {"CH": "CHF", "LI": "CHF"},
    "E": {"SZ": "SZL"},
    "D": {"GM": "GMD"},
    "Rf": {"MV": "MVR"},
    "P": {"BW": "BWP", "PH": "PHP"},
    "DA": {"DZ": "DZD"},
    "DT": {"TN": "TND"},  # the Tunisian dinar: "445,169 DT"
    "Gs": {"PY": "PYG"},
    # Marks that are words elsewhere ("SAT", "den", "UM", "Lek"): money only from their country.
    "M": {"LS": "LSL"},
    "L": {"HN": "HNL", "LS": "LSL", "AL": "ALL"},
    "Shs": {"UG": "UGX", "KE": "KES", "TZ": "TZS"},
    "ƒ": {"AW": "AWG", "CW": "ANG", "SX": "ANG"},
    "Nu": {"BT": "BTN"},
    "Db": {"ST": "STN"},
    "UM": {"MR": "MRU"},
    "Esc": {"CV": "CVE"},
    "FG": {"GN": "GNF"},
    "SAT": {"WS": "WST"},
    "den": {"MK": "MKD"},
    "Lek": {"AL": "ALL"},
    "LEK": {"AL": "ALL"},
    "lek": {"AL": "ALL"},
    "Fdj": {"DJ": "DJF"},
    "Nfk": {"ER": "ERN"},
    "RF": {"RW": "RWF"},
    # The CFA franc written "F" after the number ("18.500F") by West and Central African wallets.
    "F": {
        **dict.fromkeys("BJ BF CI GW ML NE SN TG".split(), "XOF"),
        **dict.fromkeys("CM CF CG GA GQ TD".split(), "XAF"),
    },
}


# Marks that are one currency everywhere but in a few places of their own: the pound of St
# Helena, the Falklands and Gibraltar.
# (Belarusian banks write their rubles "руб." too.)
_LOCALLY_OTHER = {
    "£": {"SH": "SHP", "FK": "FKP", "GI": "GIP"},
    "руб.": {"BY": "BYN"},
    "руб": {"BY": "BYN"},
    "SR": {"SC": "SCR"},  # the Seychelles rupee, not the Saudi riyal
    "сум": {"RU": "RUB"},  # Tatar's and Bashkir's word for the ruble, not Uzbekistan's som
    "Dhs": {"MA": "MAD"},  # Morocco's dirham, not the Emirates'
    "Dhs.": {"MA": "MAD"},
}


def same_mark(mark: str) -> frozenset[str]:
    """The currencies that write `mark` ("$": the dollars and the pesos)."""
    return _SAME_MARK.get(mark, frozenset())


def resolve(mark: str, country: str | None) -> tuple[str, bool] | None:
    """(code, explicit) for a currency mark as written, or None. `explicit` is False when the
    mark was ambiguous and the country (or the default) decided."""
    code = CODE_ALIASES.get(mark, mark)
    if code in ISO_CODES:
        return code, True
    if mark in AMBIGUOUS:
        default, by_country = AMBIGUOUS[mark]
        own = COUNTRY_CURRENCY.get(country or "")
        if own is not None and own in _SAME_MARK.get(mark, ()):
            return own, False
        return by_country.get(country or "", default), False
    if mark in SYMBOLS:
        local = _LOCALLY_OTHER.get(mark, {}).get(country or "")
        return (local, False) if local else (SYMBOLS[mark], True)
    if mark in HOME_ONLY:
        home_code = HOME_ONLY[mark].get(country or "")
        return (home_code, False) if home_code else None
    named = NAMES.get(mark.lower())
    if named is not None:
        if mark.lower() in ("dollars", "pesos", "rial", "rials", "rupees", "rupee", "shillings"):
            # Several countries' money: the sender decides, like an ambiguous symbol.
            return COUNTRY_CURRENCY.get(country or "", named), False
        return named, True
    return None


# The currency of a country, for reading "$", "Rs", "Rial", "dollars" from a known sender and for
# defaulting a bare amount.
COUNTRY_CURRENCY = {
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
    "BG": "EUR",  # on the euro since 1 January 2026 (the lev, "лв", is still read as BGN)
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
    "UY": "UYU",
    "PY": "PYG",
    "BO": "BOB",
    "VE": "VES",
    "EC": "USD",
    "PA": "USD",
    "SV": "USD",
    "CR": "CRC",
    "GT": "GTQ",
    "HN": "HNL",
    "NI": "NIO",
    "DO": "DOP",
    "CU": "CUP",
    "JM": "JMD",
    "TT": "TTD",
    "BS": "BSD",
    "BB": "BBD",
    "BZ": "BZD",
    "GY": "GYD",
    "SR": "SRD",
    "HT": "HTG",
    "PR": "USD",
    "EE": "EUR",
    "LV": "EUR",
    "LT": "EUR",
    "SK": "EUR",
    "SI": "EUR",
    "HR": "EUR",
    "LU": "EUR",
    "MT": "EUR",
    "CY": "EUR",
    "IS": "ISK",
    "RS": "RSD",
    "BA": "BAM",
    "MK": "MKD",
    "AL": "ALL",
    "ME": "EUR",
    "MD": "MDL",
    "GE": "GEL",
    "AM": "AMD",
    "AZ": "AZN",
    "UZ": "UZS",
    "KG": "KGS",
    "TJ": "TJS",
    "TM": "TMT",
    "MN": "MNT",
    "AF": "AFN",
    "MM": "MMK",
    "KH": "KHR",
    "LA": "LAK",
    "BN": "BND",
    "MO": "MOP",
    "MV": "MVR",
    "BT": "BTN",
    "LB": "LBP",
    "SY": "SYP",
    "PS": "ILS",
    "LY": "LYD",
    "SD": "SDG",
    "SS": "SSP",
    "ER": "ERN",
    "DJ": "DJF",
    "SO": "SOS",
    "CM": "XAF",
    "GA": "XAF",
    "CG": "XAF",
    "TD": "XAF",
    "CF": "XAF",
    "GQ": "XAF",
    "SN": "XOF",
    "CI": "XOF",
    "ML": "XOF",
    "BF": "XOF",
    "NE": "XOF",
    "TG": "XOF",
    "BJ": "XOF",
    "GW": "XOF",
    "GN": "GNF",
    "SL": "SLE",
    "LR": "LRD",
    "GM": "GMD",
    "CV": "CVE",
    "MR": "MRU",
    "AO": "AOA",
    "NA": "NAD",
    "BW": "BWP",
    "ZW": "ZWG",
    "LS": "LSL",
    "SZ": "SZL",
    "MW": "MWK",
    "MG": "MGA",
    "MU": "MUR",
    "SC": "SCR",
    "KM": "KMF",
    "BI": "BIF",
    "CD": "CDF",
    "FJ": "FJD",
    "PG": "PGK",
    "WS": "WST",
    "TO": "TOP",
    "SB": "SBD",
    "VU": "VUV",
}


def country_currency(country: str | None) -> str | None:
    return COUNTRY_CURRENCY.get(country or "")


def _countries_by_currency() -> dict[str, list[str]]:
    countries: dict[str, list[str]] = {}
    for country, currency in COUNTRY_CURRENCY.items():
        countries.setdefault(currency, []).append(country)
    return countries


# The country of a currency only one country uses ("NGN" is Nigeria's; "EUR", "USD" and "XOF"
# name no one country).
_ONE_COUNTRY = {
    currency: found[0] for currency, found in _countries_by_currency().items() if len(found) == 1
}


def only_country(currency: str) -> str | None:
    return _ONE_COUNTRY.get(currency)
