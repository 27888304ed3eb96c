"""One merchant for many spellings: "SWIGGY*ORDER 8812", "Swiggy Bangalore" and
"UPI-SWIGGY-swiggy@icici-..." are all Swiggy.

`normalise_merchant(raw)` is pure and cheap (no I/O): the API calls it when a person types a
merchant, the ingest pipeline calls it for every extracted transaction. It returns the name to
show and the key that identifies the merchant among one user's transactors (the key is what the
`transactors` table is unique on).

Cleaning, in order: payment-rail wrappers ("UPI-<payee>-<vpa>-<ifsc>-<ref>"), processor prefixes
("POS ", "PAYPAL *", "SQ *", "TST* "), everything after a descriptor's "*" ("SWIGGY*ORDER 8812"),
trailing order numbers / store numbers / places ("CHEVRON 0207 SEATTLE WA"), legal and web
suffixes ("Etsy, Inc.", "Netflix.com"), then a table of well-known brands whose aliases map to
one spelling ("AMZN Mktp" → Amazon).
"""

import functools
import re
import unicodedata

MAX_DISPLAY_CHARS = 200
MAX_KEY_CHARS = 100
UNKNOWN = ("Unknown", "unknown")

_RAIL_PREFIX = re.compile(r"^(?:UPI|IMPS|NEFT|RTGS|NACH|ACH|MMT|BIL|BBPS)\s*[-/:]\s*", re.I)
_PROCESSOR_PREFIX = re.compile(
    r"^(?:(?:SQ|TST|SP|PY|PP|PAYPAL|DD|GOOGLE|APL|PAYU|RZP|RAZ|BILLDESK|CCAVENUE|CKO|SUMUP|IZ"
    r"|MERPAGO|CLIP MX|CLIP"
    r"|IZETTLE|WPY|FS|LS|PG|BT"
    # iyzico (Turkey), dLocal (Latin America), Mercado Pago, CCV (the Netherlands), Zettle.
    r"|IYZ|IYZICO|DLO|DLOCAL|MP|CCV|ZTL|PAG"
    # Yoco (South Africa), Razorpay (India), Paystack and Flutterwave (Nigeria), Xendit
    # (Indonesia).
    r"|YOCO|RAZORPAY|PAYSTACK|FLUTTERWAVE|FLW|XENDIT"
    # Midtrans and DOKU (Indonesia), Bancard (Paraguay), PagSeguro and Cielo (Brazil), Niubiz,
    # Izipay and Culqi (Peru), Conekta and Openpay (Mexico), Wompi and ePayco (Colombia),
    # PayFast (South Africa), Pesapal (East Africa), 2C2P and PayMongo (South-East Asia).
    r"|MIDTRANS|DOKU|BANCARD|PAGSEGURO|PAGSEG|CIELO|NIUBIZ|IZIPAY|CULQI|CONEKTA|OPENPAY|WOMPI"
    r"|EPAYCO|PAYFAST|PESAPAL|2C2P|PAYMONGO)\s?\*\s?"
    # iyzico's "IYZICO/TRENDYOL", and China's wallets before the shop ("支付宝-美团").
    r"|IYZICO/|(?:支付宝|支付寶|财付通|財付通|微信支付|京东支付|云闪付)\s?[-－—·]\s?"
    # A salary's month after its word ("SALAIRE NOV SONABEL", "SALARIO NOV CDM": first, before
    # the salary word alone), Dutch "transfer from/to", a French card line's date ("CARTE
    # 02/11/26 SNCF").
    # (... also the month written whole, and Malay, Indonesian and Swahili pay: "GAJI OKTOBER
    # BRUNEI SHELL", "MSHAHARA APRILI".)
    r"|(?:(?:SALAIRE|SALARIO|SALÁRIO|SALARY|GEHALT|NOMINA|NÓMINA|GAJI|MSHAHARA)\s+(?:JAN|FEB|FEV"
    r"|FÉV|MAR|MAC|APR|AVR|ABR|MAY|MAI|MEI|JUN|JUI|JUL|AUG|AOU|AOÛ|AGO|AGU|OGO|SEP|SET|OCT|OKT"
    r"|OUT|NOV|DEC|DÉC|DIC|DEZ|DES|DIS)[A-ZÉÛ]*\.?"
    r"(?:\s*\d{2,4})?"
    r"|OVERBOEKING VAN|OVERBOEKING NAAR|CARTE \d\d/\d\d(?:/\d\d(?:\d\d)?)?"
    r"|POS|ECOM|VPS|VIN|CARD PURCHASE|DEBIT CARD PURCHASE|VISA PURCHASE|PURCHASE|PAYMENT TO"
    # A US statement's card and person-to-person lines ("CHECKCARD 0312 SHELL OIL",
    # "ZELLE FROM OKAFOR GRACE").
    r"|DEBIT CARD|CHECKCARD(?: \d{4})?|CHECK CARD(?: \d{4})?|ZELLE(?: PAYMENT)? (?:FROM|TO)"
    # A salary in Uruguay and Argentina, a dividend: "HABERES TIENDAS MONTEVIDEO".
    r"|HABERES|DIVIDEND DEPOSIT|DIVIDEND|給与|給料|賞与"
    r"|PMT TO|DIRECT DEBIT|DD|WEB PMT|WEB PURCHASE|ONLINE PMT|PMT|AIRTIME/DATA|AIRTIME|DATA BUNDLE"
    r"|LUKU|IBFT|NIP|TRF TO|TRANSFER TO|THANH TOAN CHO|THANH TOAN|CHUYEN KHOAN|CHUYEN TIEN DEN"
    r"|CHUYEN TIEN CHO|CHUYỂN TIỀN ĐẾN"
    r"|CHUYỂN TIỀN CHO|TEAM|RECIBO|COMPRA POS|COMPRA MCX|COMPRA|CARGO|انتقال کارت به کارت به"
    # Indonesian transfers from ("dari") and to ("ke"): "TRF DR BAIQ NURUL AINI".
    r"|NIP FRM|NIP FROM|TRF FRM|TRF FROM|TRF DR|TRF KE|TRSF DR|TRSF KE|FRM|QR|PAGO|PAGO QR"
    r"|TRVALY PRIKAZ|TRVALÝ PŘÍKAZ"
    r"|PREVOD Z UCTU|PREVOD NA UCET|PŘEVOD Z ÚČTU|PŘEVOD NA ÚČET|PLATBA KARTOU|INKASO|SEPA INKASO"
    r"|C2C TRANSFER|P2P TRANSFER|C2C|P2P|REBUT|REBUT DOMICILIAT|DIRECT DEP|DIR DEP|ACH WEB"
    r"|ACH DEBIT|ACH CREDIT|SPEI ENVIADO A|SPEI RECIBIDO DE|SPEI"
    # French statement wording: "VIR. SALAIRE X", "ACHAT TPE X", "PRLV SEPA X", "CB X".
    r"|VIR\.? SALAIRE|VIR\.?|VIREMENT|SALAIRE|ACHAT TPE|ACHAT CB|ACHAT|PRLV SEPA|PRLV|PRELEVEMENT"
    r"|CB"
    # Dutch and Portuguese: "Pinbetaling X" (a card payment), "TRF X" (a transfer).
    r"|PINBETALING|BETAALAUTOMAAT|TRF"
    # French "Paiement TPE X" (a card terminal), Swahili "LIPA NAMBA - X" (a till number) and
    # "MALIPO YA X" (payment of), a bill's payment in French, Portuguese and Spanish.
    r"|MALIPO YA|PAIEMENT FACTURE|PAGAMENTO FACTURA|PAGAMENTO FATURA|PAGAMENTO DE FATURA"
    r"|PAGO FACTURA|PAGO DE FACTURA|PAIEMENT TPE|PAIEMENT CB|PAIEMENT|LIPA NAMBA|SALARY"
    # Angola's card terminal ("TPA SHOPRITE"), Vietnam's "CK DEN" (transfer to).
    r"|TPA|CK DEN|CK ĐẾN|CK TU|CK TỪ|CK TOI|CK TỚI|MOMO TRANSFER TO|EN FAVEUR DE|FAVEUR DE"
    # A card's network before the shop in a description ("VISA CONDIS 1187", "MC FROIZ 112").
    r"|VISA|MC"
    # Sri Lanka's interbank rails: "SLIPS CEYLON ELECTRICITY BOARD", "CEFT ..."; Turkish
    # "salary payment".
    r"|SLIPS|CEFT|MAAŞ ÖDEMESİ|MAAS ODEMESI"
    # A direct debit, a payment, a transfer sent to: "Domiciliación TELMEX", "Pagamento TVCABO",
    # "Emis vers Mme X".
    r"|DOMICILIACIÓN|DOMICILIACION|PAGAMENTO|VIREMENT EMIS VERS|VIR EMIS VERS|EMIS VERS"
    r"|SEPA DD|CHUYEN TIEN TU|CHUYỂN TIỀN TỪ|P2P АД|BITTAA POS|ACH DEP|EFTPOS|VIREMENT REÇU DE"
    r"|VIREMENT RECU DE|REÇU DE|RECU DE|REFUND|SEPA"
    # West African transfers in favour of ("VIR FAV X") and received ("VIREMENT RECU X"),
    # Portuguese "TRANSF. DE X", Papua New Guinea's fortnightly pay ("PAY FN 300525 X").
    r"|FAV|VIREMENT RECU|VIREMENT REÇU|RECU|REÇU|TRANSF\.? DE|TRANSF\.?|PAY FN \d+"
    # An Arabic bill's word ("فاتورة المصرية للاتصالات").
    r"|فاتورة"
    r")"
    r"\s*[-/: ]\s*)",
    re.I,
)
# A Japanese company's form in kana before its name, as bank transfers write it ("カ)ミナト").
_KANA_COMPANY = re.compile(r"^(?:カ\)|ｶ\)|\(カ\)|（カ）)\s*")
# Pay and its month after the payer's name.
_PAY_AFTER = re.compile(
    r"(?<=\S)\s+(?:SALAIRE|SALARY|SALARIO|SALÁRIO|GAJI|MSHAHARA)(?:\s+\S+){0,2}$", re.I
)
_VPA = re.compile(r"^[\w.\-]+@[\w.\-]+$")
_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$", re.I)
_RAIL_NOISE = frozenset(
    {"p2m", "p2a", "p2p", "payment", "pay", "upi", "dr", "cr", "collect", "intent", "salary", "sal"}
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:pvt\.?\s+ltd|private\s+limited|private\s+ltd|pte\.?\s+ltd|pty\.?\s+ltd|pvt|ltd"
    r"|limited|inc|llc|llp|gmbh|ag|s\.?a\.?s|s\.?a|sarl|plc|corp|corporation|b\.?v|n\.?v"
    r"|spol\.? s r\.? ?o|s\.? ?r\.? ?o|a\.? ?s|d\.?o\.?o|sp\.? z o\.? ?o|ab|uab|sia|oü"
    r"|s\.?l|s\.?l\.?u|lda|ltda|s\.?r\.?l|s\.p\.a|oy|oyj|aps|kft|zrt|eood|ood)\.?$",
    re.I,
)
# A person's title or a company's form written before the name: "Mr", "นาย", "บริษัท",
# "株式会社"; the same payee is written with and without it.
_TITLE_PREFIX = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mme|mlle|herr|frau|sr|sra|sig|sig\.ra|tuan|puan|bapak|ibu|sarl|eurl|sasu|ste|sté|îm"
    r"|ets|uab|sia|oü|ou|tov|тов|ооо|ип|pt)\.?\s+|m\.\s+"
    # A greeting before the name it is to ("Bonjour, Félix Bouchard vous a envoyé").
    r"|(?:hi|hello|hey|dear|bonjour|hola|olá|hallo|ciao|salut),\s+"
    r"|(?:นางสาว|นาย|นาง|คุณ|บริษัท|บจก\.|หจก\.)\s*|株式会社|㈱|\(株\)|\(주\)\s*|㈜\s*|주식회사\s*"
    # "Company" before an Arabic or Persian firm's name ("شركة المراعي", "شرکت ملی صنایع مس").
    r"|(?:شركة|شرکت)\s+"
    r"|(?:cong ty|công ty)(?:\s+(?:cp|tnhh|co phan|cổ phần))?\s+)",
    re.I,
)
# A company's form written after the name in scripts the Latin list above does not cover.
_SCRIPT_LEGAL_SUFFIX = re.compile(
    r"\s*(?:จำกัด|จํากัด|\(มหาชน\)|有限公司|株式会社|㈱|\(株\)"
    # Chinese shops name their kind or branch after the brand: "京东商城" (mall), "全聯福利中心",
    # "携程旅行网" (travel site), "老乡鸡（望京店）" (its Wangjing branch).
    r"|商城|超市|福利中心|旅行网|旅行網|便利店|百货|百貨|[（(][^）)]{1,8}店[）)])[。.]?\s*$"
)
_QUOTES = "\"'„“”«»"
_WEB_SUFFIX = re.compile(r"\.(?:com|in|co\.uk|co\.in|net|org|de|fr|es|io)(?=\s|$)", re.I)
_REF_WORDS = frozenset(
    {"ref", "order", "txn", "id", "no", "inv", "invoice", "#", "payroll", "payment", "pmt", "pymt"}
    | {"cb"}  # a French card line's "CB*6242": the card that paid
    | {"salary", "sal", "wages"}  # "CEYLON ELECTRICITY BOARD SALARY": who paid it, then what
)
_PLACE_NAMES = (
    "mumbai bangalore bengaluru delhi gurgaon gurugram noida pune chennai hyderabad kolkata "
    "ahmedabad jaipur kochi india london manchester seattle chicago boston austin dallas houston "
    "paris berlin munich muenchen madrid barcelona amsterdam dubai singapore nairobi tokyo "
    "toronto vancouver sydney melbourne zurich geneva "
    # The biggest cities of the biggest card markets, as descriptors end with them (not those
    # that are also surnames: Lima, Lagos, Lisboa).
    "istanbul ankara izmir antalya abuja ikeja lekki jakarta bandung surabaya manila cebu "
    "makati taguig karachi lahore islamabad dhaka chittagong cairo giza riyadh jeddah "
    "dammam johannesburg sandton durban pretoria warszawa warsaw krakow kraków wroclaw wrocław "
    "gdansk gdańsk poznan poznań moscow moskva kyiv kiev bogota bogotá medellin medellín "
    "monterrey guadalajara beijing shanghai shenzhen guangzhou seoul busan osaka yokohama hanoi "
    "saigon bangkok lisbon vienna wien praha prague "
    "budapest bucuresti bucharest athens athina stockholm oslo copenhagen kobenhavn helsinki "
    "dublin brussels bruxelles frankfurt hamburg koeln köln cologne accra kampala lusaka "
    "harare casablanca tunis"
)
_PLACES = frozenset(_PLACE_NAMES.split())
_TWO_WORD_PLACES = frozenset(
    {"new delhi", "new york", "san francisco", "los angeles", "abu dhabi", "hong kong"}
    | {"cape town", "sao paulo", "são paulo", "rio de", "kuala lumpur", "mexico city"}
    | {"ho chi", "buenos aires", "de janeiro", "es salaam", "tel aviv", "st petersburg"}
)
# Upper-case only: "IN" or "CA" written in capitals at the end of a descriptor is a place code.
_PLACE_CODE_LIST = (
    "IN IND US USA GB GBR UK DE FR ES NL SG AE KE CA WA NY TX FL IL MA NJ GA OR NG PNG FJ"
    " TR AU AUS NZ ZA BR MX JP KR HK PH MY TH VN PK LK EG SA QA KW BH OM JO TZ UG ZM GH"
)
_PLACE_CODES = frozenset(_PLACE_CODE_LIST.split())

# Display name first, then aliases (lower-case words). Longer aliases are tried first, so
# "uber eats" wins over "uber" and "google youtube" over "google".
_BRANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Amazon", ("amazon", "amzn", "amzn mktp", "amazon mktplace", "amazon pay")),
    ("Prime Video", ("prime video", "primevideo", "amazon prime video")),
    ("Swiggy", ("swiggy", "bundl technologies")),  # Swiggy's company, on card lines
    ("Xfinity", ("xfinity", "comcast xfinity", "comcast")),
    ("Éxito", ("almacenes exito", "almacenes éxito", "exito")),
    ("Panda", ("hyper panda", "panda hypermarket", "panda retail")),
    ("Sabesp", ("sabesp", "cia saneamento basico", "saneamento basico sp")),
    ("TV Licensing", ("tv licensing", "tv licence", "tv licence mbp")),
    # Tax authorities, as a refund's line names them ("RESTITUICAO IRPF", "CANADA RIT / CRA").
    ("Receita Federal", ("receita federal", "restituicao irpf", "restituição irpf")),
    ("Belastingdienst", ("belastingdienst", "teruggaaf inkomstenbelasting")),
    ("Canada Revenue Agency", ("canada revenue agency", "canada rit", "cra refund")),
    ("Income Tax Department", ("income tax department", "income tax refund", "cpc itr")),
    ("HMRC", ("hmrc", "hm revenue")),
    ("IRS", ("irs treas", "irs tax refund", "us treasury tax ref")),
    ("Swiggy Instamart", ("swiggy instamart", "instamart")),
    ("Zomato", ("zomato",)),
    ("Zepto", ("zepto",)),
    ("Blinkit", ("blinkit", "grofers")),
    ("BigBasket", ("bigbasket", "big basket")),
    ("Flipkart", ("flipkart",)),
    ("Myntra", ("myntra",)),
    ("Uber", ("uber", "uber trip", "ubertrip")),
    ("Uber Eats", ("uber eats", "ubereats")),
    ("Ola", ("ola", "ola cabs", "olacabs")),
    ("Rapido", ("rapido",)),
    ("Lyft", ("lyft",)),
    ("Netflix", ("netflix",)),
    ("Spotify", ("spotify",)),
    ("YouTube", ("youtube", "google youtube", "youtube premium")),
    ("Google", ("google", "google play", "google storage")),
    ("Apple", ("apple", "apple com bill", "itunes")),
    ("Microsoft", ("microsoft", "msft")),
    ("Adobe", ("adobe",)),
    ("Dropbox", ("dropbox",)),
    ("Disney+ Hotstar", ("hotstar", "disney hotstar", "disney plus hotstar")),
    ("Disney+", ("disney plus", "disneyplus")),
    ("Airtel", ("airtel", "bharti airtel")),
    ("Jio", ("jio", "reliance jio")),
    ("Paytm", ("paytm",)),
    ("PhonePe", ("phonepe",)),
    ("Starbucks", ("starbucks",)),
    ("McDonald's", ("mcdonalds", "mcdonald s")),
    ("Walmart", ("walmart", "wal mart", "wm supercenter")),
    ("Target", ("target",)),
    ("Costco", ("costco", "costco whse")),
    ("Tesco", ("tesco",)),
    ("Sainsbury's", ("sainsburys", "sainsbury s")),
    ("Lidl", ("lidl",)),
    ("Aldi", ("aldi",)),
    ("IKEA", ("ikea",)),
    ("Shell", ("shell",)),
    ("Chevron", ("chevron",)),
    ("Airbnb", ("airbnb",)),
    ("Booking.com", ("booking com", "booking")),
    ("DoorDash", ("doordash",)),
    ("Deliveroo", ("deliveroo",)),
    # Chains and platforms whose names are written in several forms or scripts.
    ("dm", ("dm drogerie markt", "dm drogeriemarkt", "dm markt")),
    (
        "7-Eleven",
        ("7 eleven", "7 11", "seven eleven", "セブン イレブン", "セブンイレブン", "세븐일레븐"),
    ),
    ("E-Mart", ("e mart", "emart", "이마트", "эмарт", "имарт")),
    # Norway's and Denmark's biggest grocers, whose number is part of the name.
    ("Rema 1000", ("rema 1000",)),
    ("Coop Extra", ("coop extra",)),
    ("Meituan", ("meituan", "美团", "美團", "美团外卖", "美團外賣")),
    ("VkusVill", ("vkusvill", "вкусвилл")),
    ("Yandex Go", ("yandex go", "yandex taxi", "яндекс go", "яндекс такси", "yandex go taxi")),
    ("Coupang", ("coupang", "쿠팡")),
    ("배달의민족", ("배달의민족", "우아한형제들", "baemin")),
    ("Grab", ("grab", "grabfood", "grab food", "grabtaxi", "grabcar", "grabpay")),
    ("Gojek", ("gojek", "go jek", "gopay", "gofood")),
    ("Pick n Pay", ("pick n pay", "picknpay", "pnp")),
    ("Mercado Libre", ("mercado libre", "mercadolibre", "mercado livre", "mercadolivre")),
    ("Mercado Pago", ("mercado pago", "mercadopago")),
    ("Shopee", ("shopee", "蝦皮購物", "虾皮购物", "蝦皮")),
    ("Jumia", ("jumia",)),
    ("Kaspi", ("kaspi", "каспи")),
    ("Rappi", ("rappi",)),
    ("Talabat", ("talabat", "طلبات")),
    # Companies whose card statements carry the legal or operating entity, not the brand.
    ("IndiGo", ("indigo", "interglobe aviation", "interglobe")),
    ("Deutsche Bahn", ("deutsche bahn", "db vertrieb", "db fernverkehr", "db regio")),
    ("Pyaterochka", ("pyaterochka", "пятёрочка", "пятерочка")),
    # Chains whose card descriptors shorten or respell the brand.
    ("Whole Foods", ("whole foods", "whole foods market", "wholefds", "wholefds mkt")),
    ("FairPrice", ("fairprice", "ntuc fairprice", "ntuc fp")),
    ("PAK'nSAVE", ("pak n save", "paknsave", "pak nsave")),
    ("ÖBB", ("öbb", "oebb")),
    ("Сільпо", ("сільпо", "silpo")),
    ("Woolworths", ("woolworths",)),
)
_ALIASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        ((tuple(alias.split()), display) for display, aliases in _BRANDS for alias in aliases),
        key=lambda item: -len(" ".join(item[0])),
    )
)
_ALIAS_SET = frozenset(_ALIASES)
# A brand written as one run-on word ("SWIGGYFOODS", "UBEREATS") is recognised only for aliases
# long enough not to be a prefix of unrelated words ("ola" must not match "olamide").
_MIN_RUN_ON_ALIAS = 6
# Words that start with a run-on alias and are not the brand.
_WORDS_NOT_BRANDS = frozenset({"targeta", "targetes"})


def _index_aliases() -> dict[str, list[int]]:
    """Positions in _ALIASES of the aliases that can match tokens starting with a given first
    token (as words), or a run-on text starting with given letters: a lookup, not a scan of
    every alias for every merchant."""
    index: dict[str, list[int]] = {}
    for position, (alias, _) in enumerate(_ALIASES):
        index.setdefault(alias[0], []).append(position)
        joined = "".join(alias)
        if len(joined) >= _MIN_RUN_ON_ALIAS:
            index.setdefault("run-on:" + joined[:_MIN_RUN_ON_ALIAS], []).append(position)
    return index


_ALIAS_INDEX = _index_aliases()


@functools.lru_cache(maxsize=8192)  # pure, and the same names come back batch after batch
def normalise_merchant(raw: str) -> tuple[str, str]:
    """(display_name, key) for a raw merchant string; ("Unknown", "unknown") when nothing of a
    name is left."""
    text = " ".join(unicodedata.normalize("NFKC", raw or "").split())[:300]
    cleaned = _strip_wrappers(text)
    tokens = _tokens(cleaned)
    if not tokens:
        return UNKNOWN
    brand = _brand(tokens)
    if brand and not _given_name_of_a_person(brand, cleaned, tokens):
        key = " ".join(_tokens(brand))[:MAX_KEY_CHARS]
        # A brand written in its own script ("쿠팡", "美团") keeps that name on screen.
        return (brand if tokens[0].isascii() else _display(cleaned)[:MAX_DISPLAY_CHARS]), key
    return _display(cleaned)[:MAX_DISPLAY_CHARS], " ".join(tokens)[:MAX_KEY_CHARS]


def merchant_key(raw: str) -> str:
    return normalise_merchant(raw)[1]


def without_payment_kind(text: str) -> str:
    """`text` after the processor's or the payment kind's words it starts with ("POS PAYPAL
    *EBAY", "Paiement facture EDH"): they can stack."""
    for _ in range(3):
        stripped = _PROCESSOR_PREFIX.sub("", text, count=1).strip()
        if stripped == text:
            break
        text = stripped
    return text


def _strip_wrappers(text: str) -> str:
    text = _KANA_COMPANY.sub("", without_payment_kind(_payee_from_rail(text)))
    head, star, tail = text.partition("*")
    if star and sum(c.isalpha() for c in head) >= 2 and not _MASKED_NAME.fullmatch(text):
        # "IFD*IFOOD": a processor's short code for the shop, then the shop; "AMZN*2K4": the
        # shop, then an order code.
        text = tail.strip() if _abbreviates(head.strip(), tail.strip()) else head
    text = _WEB_SUFFIX.sub("", text)
    text = _strip_trailing_noise(text)
    previous = None
    while previous != text:
        previous = text
        text = _LEGAL_SUFFIX.sub("", text).strip(" ,.-/")
        text = _SCRIPT_LEGAL_SUFFIX.sub("", text)
        stripped = _TITLE_PREFIX.sub("", text, count=1).strip()
        if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
            stripped = stripped[1:-1]  # UAB „Ignitis“
        text = stripped if sum(map(str.isalpha, stripped)) >= 2 else text
    return text


# A person's name a wallet masks letter by letter ("JU*N D*LA CR*Z"): stars inside its words.
_MASKED_NAME = re.compile(r"(?:[^\W\d_]+\*[^\W\d_]+\s*){2,}(?:[^\W\d_]+\s*)*")


def _abbreviates(short: str, name: str) -> bool:
    """ "IFD" shortens "IFOOD": its letters in order within the name's first word, the first
    letters the same, and the name longer."""
    word = (name.split() or [""])[0].casefold()
    letters = iter(word)
    short = short.casefold()
    return (
        2 <= len(short) < len(word)
        and short[0] == word[0]
        and short.isalpha()
        and all(char in letters for char in short)
    )


def _payee_from_rail(text: str) -> str:
    """ "UPI-ZOMATO LTD-zomato@hdfcbank-HDFC0000001-123456789012-PAYMENT" → "ZOMATO LTD"."""
    if not _RAIL_PREFIX.match(text):
        return text
    parts = re.split(r"\s*[-/:]\s*", _RAIL_PREFIX.sub("", text, count=1))
    for part in parts:
        if _is_payee(part):
            return part
    return ""


def _is_payee(part: str) -> bool:
    letters = sum(c.isalpha() for c in part)
    return (
        letters >= 2
        and letters >= sum(c.isdigit() for c in part)
        and not _VPA.match(part)
        and not _IFSC.match(part)
        and part.lower() not in _RAIL_NOISE
    )


_STORE_NUMBER = re.compile(r"#\d+")


def _strip_trailing_noise(text: str) -> str:
    """Drop order numbers, store numbers, reference words and places from the end, keeping at
    least the first word; and what the payment was for after the payer ("SONATEL SA SALAIRE
    FÉVRIER 2025")."""
    text = _PAY_AFTER.sub("", text) or text
    words = text.split()
    # A store's number ends the name; what follows is where the store is ("H-E-B #412
    # MESQUITE TX", "BUC-EE'S #22 TERRELL TX").
    store = next((i for i, word in enumerate(words) if _STORE_NUMBER.fullmatch(word)), 0)
    words = words[:store] if store else words
    while len(words) > 1:
        last = words[-1]
        two = " ".join(words[-2:]).lower()
        if len(words) > 2 and two in _TWO_WORD_PLACES:
            words = words[:-2]
        elif (
            any(c.isdigit() for c in last)
            or last.startswith("#")
            or last.lower().strip(".:#") in _REF_WORDS
            or last.lower().strip(",.") in _PLACES
            or last.strip(",.") in _PLACE_CODES
        ):
            words = words[:-1]
        else:
            break
    return " ".join(words)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold().replace("'", "").replace("’", ""))


def _brand(tokens: list[str]) -> str | None:
    if not tokens:
        return None
    run_on = "".join(tokens)
    candidates = _ALIAS_INDEX.get(tokens[0], []) + _ALIAS_INDEX.get(
        "run-on:" + run_on[:_MIN_RUN_ON_ALIAS], []
    )
    for position in sorted(set(candidates)):  # the longest alias first, as in _ALIASES
        alias, display = _ALIASES[position]
        if tuple(tokens[: len(alias)]) == alias:
            return display
        joined = "".join(alias)
        if len(joined) >= _MIN_RUN_ON_ALIAS and run_on.startswith(joined):
            if tokens[0] in _WORDS_NOT_BRANDS:
                continue  # Catalan "TARGETA" (card) is not Target
            return display
    return None


def _given_name_of_a_person(brand: str, cleaned: str, tokens: list[str]) -> bool:
    """A short brand that is also a given name, then a capitalised surname: "Ola Nordmann" is a
    person; "OLA", "Ola Cabs" (an alias of its own) the ride company."""
    words = cleaned.split()
    return (
        len(brand) <= 3
        and len(words) >= 2
        and all(word[:1].isupper() and word[1:].islower() for word in words[:2])
        and not any((tuple(tokens[:count]), brand) in _ALIAS_SET for count in (2, 3))
    )


def _display(cleaned: str) -> str:
    """Shouting descriptors ("BLUE BOTTLE COFFEE") are title-cased; a name written in mixed case
    by its owner ("iStore", "eBay") is kept as written."""
    letters = [c for c in cleaned if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        # (Turkish "İ" lower-cases to "i" and a combining dot: "MİGROS" is "Migros".)
        return " ".join(word.capitalize() for word in cleaned.split()).replace("i\u0307", "i")
    return cleaned
