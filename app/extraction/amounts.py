"""Every amount of money in a text, with its currency and span: the amount candidates.

A candidate is a number next to a currency mark (an ISO code, a symbol, a local name), on either
side, glued or spaced: "Rs.500.00,on", "Amt:NGN12,300.00", "R 1 299.00", "1.234,56 €",
"12 300 руб.", "฿1,250", "1,200円". Grouping and decimal marks are read per number: 1,23,456.78
(Indian), 1.234,56, 1 234,56, 1'234.56; a lone separator followed by three digits groups
thousands unless the currency has three minor units (OMR 1.234). Numbers without a mark become
candidates only after an amount label ("Amount: 1,250.00"), in the sender country's currency.
"""

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from app.extraction import currencies
from app.extraction.patterns import starts, trie

# A number as written: groups of three (or the Indian 2-2-3) with one grouping mark, an
# optional decimal part. The alternatives are tried longest first. The first digit is read
# before the alternatives (each of which starts with one) so that `re` can skip to the next
# digit in C; the lookbehinds after it say that no digit (or "1," / "1.") came before it.
_NUMBER = (
    r"\d(?<!\d\d)(?<!\d[.,'’]\d)(?:"
    r"\d{0,2}(?:\.\d{3})*\$\d\d"  # the escudo's cifrão as the decimal mark: 19.500$00
    r"|\d?(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"  # Indian: 1,23,456.78
    # (Swiss grouping with the typographic apostrophe too: "CHF 1’425.00".)
    r"|\d{0,2}(?:(?P<g>[,.'’\u00a0\u202f ])\d{3})(?:(?P=g)\d{3})*(?:[.,]\d{1,3})?"
    r"|\d*(?:[.,]\d{1,3})?"
    r")(?![\d])"
)

_CODES = currencies.ISO_CODES | set(currencies.CODE_ALIASES)
_SYMBOLS = set(currencies.SYMBOLS) | set(currencies.AMBIGUOUS) | set(currencies.HOME_ONLY)
_GAP_CHARS = " \t\u00a0\u202f"
# Short marks that are also letters of ordinary text ("R", "Br", "MT"): money only with a
# number written as money (decimals or grouping), or glued to it.
_WEAK_MARKS = frozenset(
    {"R", "Br", "Br.", "Sh", "DH", "Dh", "LE", "RO", "SR", "BD", "KD", "JD", "QR", "MT", "Mt"}
    | {"Ft", "Le", "MK", "ZK", "kr", "Kr", "lei", "Lei", "Tk", "TK", "Tk.", "р", "р."}
    | set(currencies.HOME_ONLY)
)
_NUMBER_RE = re.compile(_NUMBER)
_RUNS_ON = re.compile(r"[.,]\d")
_LETTER_AFTER = re.compile(r"[A-Za-z]")
_CODE_GOES_ON = re.compile(r"[A-Za-z]+\d")  # letters, then digits again: "90K848"
_MASKED = re.compile(r"[*•Xx]{2}")
_NOT_DIGIT = re.compile(r"\D")
_SIGN = re.compile(r"[-−]\s?$")
# A dash spaced on both sides after a word: it parts a title from its sum, it is no minus.
_SEPARATING_DASH = re.compile(r"[^\W_] [-−] $")
# An unmarked number after one of these labels still counts (in the sender's currency).
_AMOUNT_LABEL = re.compile(
    r"(?:amount|amt|total|importe|monto|valor|montant|betrag|bedrag|importo|kiasi|jumlah|"
    r"nominal|tutar|сумма|částka|kwota|összeg|suma|сума|مبلغ|المبلغ|จำนวนเงิน|金額|totaal|betaald"
    r"|yhteensä|totalt|summa|celkem|razem|összesen|toplam|итого|合計|المجموع|jumla|betalt"
    r"|برداشت|واریز|مانده|출금|입금|결제금액|승인금액"  # ... Korean withdrawal, deposit, paid
    # An Indian SMS's "A/C X3090 debited by 4,671.29": the account's own currency.
    r"|debited by|credited by|debited for|credited with"
    # Malay, Croatian and Serbian, Albanian, German, Armenian, Maltese, Urdu.
    r"|amaun|iznos|shuma|summe|գումար|ammont|رقم)"
    r"(?:\s+(?:paid|charged|debited|credited|received|transferred))?"  # "Amount Paid (KES)"
    # (Then a colon or a dotted leader, perhaps a sign: "Amount .............. -430.00".)
    r"\s*(?:\([^)]{0,12}\))?\s*(?:[:=]|\.{2,})?\s*[-−+]?$",
    re.IGNORECASE,
)


class Amount(NamedTuple):  # a tuple: built many times per email, cheaply
    start: int  # the number's span (the mark may lie outside it)
    end: int
    value: Decimal
    currency: str
    explicit: bool  # the text named this currency unambiguously
    marked: bool  # a currency mark stood next to the number (else an "Amount:" label)
    negative: bool  # written with a minus sign
    # The currency mark's span ("INR", "₹", "Birr"); the number's own span when no mark stood
    # next to it and the currency is the sender country's.
    mark_start: int
    mark_end: int


def find_amounts(
    text: str, country: str | None = None, headings: dict[int, tuple[int, int]] | None = None
) -> list[Amount]:
    """Every amount in `text`, left to right. `headings` (app.extraction.tables) label the
    numbers in a table's value cells: "Debit (NGN)" over "4,400.00"."""
    numbers = list(_NUMBER_RE.finditer(text))
    if not numbers:  # most mail has no number at all: no marks to find
        return []
    # A mark counts only beside a number, on its line (no mark holds a line break): marks are
    # looked for from the first number's line to the last one's, not in greetings and footers.
    lo = text.rfind("\n", 0, numbers[0].start()) + 1
    hi = text.find("\n", numbers[-1].end())
    marks = _find_marks(text, lo, len(text) if hi < 0 else hi)
    found: list[Amount] = []
    minor_at = -1  # where the last amount's minor units were written ("… руб. 40 коп.")
    for number in numbers:
        if number.start() == minor_at or _RUNS_ON.match(text, number.end()):
            continue  # (digits running on past money's decimals: a rate, "Cotação R$ 5,0712")
        amount = (
            _in_ten_thousands(text, number)
            or _marked_amount(text, number, marks, country)
            or _labelled_amount(text, number, country)
            or (_amount_in_column(text, number, headings, country) if headings else None)
        )
        if amount is not None:
            amount, minor_at = _with_minor_units(text, _with_ten_thousands(text, amount))
            found.append(amount)
    return _as_labelled(text, found)


def _as_labelled(text: str, found: list[Amount]) -> list[Amount]:
    """An ambiguous mark ("$") whose label names its currency ("Amount in USD: $21.94" beside
    "MXN 386.50") is that currency, there and wherever else the text writes the same mark
    ("Total debited: $22.60"): one text does not mean two moneys by one mark."""
    named: dict[str, str] = {}
    for amount in found:
        if not amount.explicit and amount.marked:
            written = text[amount.mark_start : amount.mark_end]
            code = _labelled_code(text, min(amount.start, amount.mark_start), written)
            if code is not None:
                named.setdefault(written, code)
    if not named:
        return found
    return [
        amount._replace(currency=named[text[amount.mark_start : amount.mark_end]])
        if not amount.explicit
        and amount.marked
        and text[amount.mark_start : amount.mark_end] in named
        else amount
        for amount in found
    ]


def _with_minor_units(text: str, amount: Amount) -> tuple[Amount, int]:
    """A sum whose minor units are written after its mark as a number of their own: "18 973
    руб. 40 коп." is 18,973.40 roubles (and where those units' number starts, else -1)."""
    if amount.mark_end <= amount.end or amount.value != amount.value.to_integral_value():
        return amount, -1
    minor = minor_units_after(text, amount.mark_end)
    if minor is None:
        return amount, -1
    return amount._replace(value=amount.value + minor[0]), minor[1]


def minor_units_after(text: str, mark_end: int) -> tuple[Decimal, int] | None:
    """The minor units written after a sum's mark ("руб. 40 коп." → 0.40), if any, and where
    their number starts."""
    minor = _MINOR_UNITS.match(text, mark_end)
    return (Decimal(minor.group(1)) / 100, minor.start(1)) if minor is not None else None


# The minor units' number and name after a sum's mark: kopecks (Russian, Ukrainian, Ossetian,
# Belarusian), tiyin, qəpik, grosze, bani, cents.
_MINOR_UNITS = re.compile(
    r"\.?[ \t]+(\d{1,2})[ \t]?(?:коп|кап|капеек|копеек|копейки|копійок|копійки|тийин|тыйын"
    r"|tiyin|qəpik|gr|groszy|bani|cents?|ct)\b\.?",
    re.IGNORECASE,
)


def _in_ten_thousands(text: str, number: re.Match[str]) -> Amount | None:
    """A sum counted in ten thousands, its mark after the unit: "32만원", "5万円"."""
    unit = _TEN_THOUSANDS_MARK.match(text, number.end())
    if unit is None or not number.group().isdigit():
        return None
    code = "KRW" if unit.group("m") == "원" else "JPY"
    start, end = number.start(), number.end()
    value = Decimal(number.group()) * 10000
    return Amount(start, end, value, code, True, True, False, unit.start("m"), unit.end("m"))


def _with_ten_thousands(text: str, amount: Amount) -> Amount:
    """The ten thousands written before the rest of a sum: "10만 8,500원" is 108,500 won,
    "4万1,560円" is 41,560 yen."""
    ten_thousands = _TEN_THOUSANDS_BEFORE.search(text, max(0, amount.start - 8), amount.start)
    if ten_thousands is None:
        return amount
    value = Decimal(ten_thousands.group(1)) * 10000 + amount.value
    return amount._replace(start=ten_thousands.start(1), value=value)


_TEN_THOUSANDS_MARK = re.compile(r"\s?[万만]\s?(?P<m>[원円])")
_TEN_THOUSANDS_BEFORE = re.compile(r"(?<![\d,.])(\d{1,4})\s?[万만]\s?$")


class _Mark(NamedTuple):  # a tuple: built many times per email, cheaply
    start: int
    end: int
    kind: str  # "code", "symbol" or "name"


class _Marks(NamedTuple):  # a tuple: built many times per email, cheaply
    by_end: dict[int, _Mark]
    by_start: dict[int, _Mark]
    # Where a number must start (end) to have a mark within reach before (after) it: the
    # three gap characters of _first_mark, and ",-" after it.
    reach_starts: frozenset[int]
    reach_ends: frozenset[int]


# Letters of Thai, Japanese, Chinese and Korean, a regex class's ranges: marks in these scripts
# touch words freely ("บาท", "円"; Korean ones their particles, "325,000원을").
_UNSPACED_LETTERS = "\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7a3"
_UNSPACED_LETTER = re.compile(f"[{_UNSPACED_LETTERS}]")


def _is_spaced_letter(char: str) -> bool:
    """A letter of a script written with spaces between words: a currency mark touching one is
    part of a longer word."""
    return char.isalpha() and not _UNSPACED_LETTER.match(char)


def _mark_pattern(marks: list[str]) -> str:
    """A trie-shaped alternation of `marks` whose letters must not run on into a word: a mark
    that starts (ends) with a letter of a spaced script needs a non-letter before (after) it."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for mark in marks:
        key = (_is_spaced_letter(mark[0]), _is_spaced_letter(mark[-1]))
        groups.setdefault(key, []).append(mark)
    # Only a letter of a spaced script joins a mark into a word: "消費MOP 350" is money.
    letter = rf"[^\W\d_{_UNSPACED_LETTERS}]"
    if len(groups) == 1:  # (codes, names) no lookahead: `re` skips to a first character in C
        [((letter_first, letter_last), members)] = groups.items()
        after = f"(?!{letter})" if letter_last else ""
        return trie(members, not_after=letter if letter_first else None) + after
    parts: dict[bool, list[str]] = {False: [], True: []}  # by letter_first
    # Of the marks that start with a symbol, those ending in a letter first: "$U" (Uruguay's
    # peso) before "$", which starts it. (Those that start with a letter keep their order:
    # "R$" before "R".)
    symbol_first_order = sorted(groups.items(), key=lambda g: not g[0][0] and not g[0][1])
    for (letter_first, letter_last), members in symbol_first_order:
        after = rf"(?!{letter})" if letter_last else ""
        parts[letter_first].append(f"{starts(members)}{trie(members)}{after}")
    # The groups that start with a letter share one test for a letter before them, which
    # rules out the inside of words at once. (A letter-first and another group never start
    # at one place, so their order cannot matter; among the letter-first ones it is kept.)
    alternatives = parts[False]
    if parts[True]:
        alternatives.append(rf"(?<!{letter})(?:{'|'.join(parts[True])})")
    # One lookahead over every mark's first character spares trying each group at each place.
    return f"{starts(marks)}(?:{'|'.join(alternatives)})"


# Codes and symbols as written (case matters: "try 5 times" is not Turkish lira); names in any
# case, on the lower-cased text.
_CODE_RE = re.compile(_mark_pattern(sorted(_CODES)))
_SYMBOL_RE = re.compile(_mark_pattern(sorted(_SYMBOLS - _CODES)))
_NAME_RE = re.compile(_mark_pattern(sorted(currencies.NAMES)))


def _find_marks(text: str, lo: int, hi: int) -> _Marks:
    """Every currency mark in text[lo:hi], in one pass per kind."""
    by_end: dict[int, _Mark] = {}
    by_start: dict[int, _Mark] = {}
    lower = text.lower()
    if len(lower) != len(text):  # names are matched as written then, to keep the offsets
        lower = text
    for pattern, kind, source in (
        (_CODE_RE, "code", text),
        (_SYMBOL_RE, "symbol", text),
        (_NAME_RE, "name", lower),
    ):
        for match in pattern.finditer(source, lo, hi):
            mark = _Mark(match.start(), match.end(), kind)
            by_end.setdefault(mark.end, mark)
            by_start.setdefault(mark.start, mark)
    reach_starts = frozenset(end + gap for end in by_end for gap in range(4))
    reach_ends = frozenset(start - gap for start in by_start for gap in range(6))
    return _Marks(by_end, by_start, reach_starts, reach_ends)


def _marked_amount(
    text: str, number: re.Match[str], marks: _Marks, country: str | None
) -> Amount | None:
    """The number with a currency mark right before it ("INR 500", "Rs.500", "₦12,300"), else
    right after it ("500 INR", "1.234,56 €", "1,200円")."""
    if number.start() not in marks.reach_starts and number.end() not in marks.reach_ends:
        return None  # most numbers: no mark within reach
    if _MASKED.match(text, number.end()) or text[max(0, number.start() - 2) : number.start()] in (
        "**",
        "••",
        "XX",
        "xx",
    ):
        return None  # digits of a masked card or account ("TK 1903****7788"), not money
    if _LETTER_AFTER.match(text, number.end()) and (
        number.end() not in marks.by_start or _CODE_GOES_ON.match(text, number.end())
    ):
        return None  # digits inside a code ("TK90K848J9"), not money
    if _minutes(text, number):
        return None  # the minutes of a time ("12:19 ብር 1,250.51"), not money
    before = _first_mark(text, number.start(), -1, marks.by_end)
    if (
        before is not None
        and before.start > 0
        and text[before.start].isalpha()
        and _CODE_CHAR.match(text, before.start - 1)
    ):
        before = None  # a letter inside a code ("WE4VY45M87", "#R422776-5862"), not a mark
    if _HYPHENED_CODE.match(text, number.end()):
        return None  # an order number in parts ("R422776-5862"), not money
    after = _first_mark(text, number.end(), 1, marks.by_start)
    if after is not None and (
        text[after.end : after.end + 1].isdigit()
        or (_COUNT.match(number.group()) and text[number.start() - 1 : number.start()] in "x×")
        or (
            _PAST_A_GAP.search(text, number.end(), after.start)
            and _DIGIT_NEXT.match(text, after.end)
        )
    ):
        # "x1  $34.22": the mark is the next number's, glued to it; "TID 11635701334. UGX
        # 331,500": past a full stop, it opens the next sentence's amount; "uke 14-15  kr 25
        # 510,00": past a column's gap, it opens the next cell's.
        after = None
    order = (before, after)
    if before is not None and after is not None and "\t" in text[before.end : number.start()]:
        order = (after, before)  # "406,15 ₾\t\t6 537,87 ₾": the mark before ends another cell
    elif (
        before is not None
        and after is not None
        and text[before.start : before.end] == "$"
        and after.kind == "code"
        and after.start - number.end() <= 1
    ):
        order = (after, before)  # "$293.87 AUD": the code says which dollar
    for mark in order:
        if mark is not None:
            amount = _amount(text, number, mark, country)
            if amount is not None:
                return amount
    return None


# A Latin letter, a digit or a "#", which a code's next letters run on from (a Chinese character
# before "HKD" is a word of the sentence).
_CODE_CHAR = re.compile(r"[A-Za-z0-9#]")
_HYPHENED_CODE = re.compile(r"-\d")
_DIGIT_NEXT = re.compile(r" ?\d")
# A full stop or a column's gap between a number and the mark after it.
_PAST_A_GAP = re.compile(r"\.|  |\t")
_COUNT = re.compile(r"\d{1,3}$")  # "x1 ₱ 2,990.00": an item's count before its price


def _minutes(text: str, number: re.Match[str]) -> bool:
    """Two digits after an hour and its colon: a time's minutes."""
    start = number.start()
    return (
        len(number.group()) == 2
        and start >= 2
        and text[start - 1] == ":"
        and text[start - 2].isdigit()
    )


def _first_mark(text: str, position: int, step: int, marks: dict[int, _Mark]) -> _Mark | None:
    """The mark that ends (step -1, `marks` by end) or starts (step +1, by start) nearest
    `position`: right there, or past one space, one "." or ":", and one more space ("Rs. 500",
    "Amt: NGN", "500 €")."""
    if step > 0 and text.startswith((",-", ".-"), position):  # "14 864,- Kč"
        position += 2
    elif step > 0 and text[position : position + 1] in ("-", "−", "+"):
        position += 1  # a sign after the number: "769,51- EUR", "10.799,01+ EUR"
    if step < 0 and position > 1 and text[position - 1] in "-−+":
        # A sign between the mark and the number: "R-425.00", "EUR -65,44", "HNL +12,068.67".
        sign = position - 1
        mark = marks.get(sign) or (marks.get(sign - 1) if text[sign - 1] == " " else None)
        if mark is not None:
            return mark
    mark = marks.get(position)
    if mark is not None:
        return mark
    for allowed in _GAPS:
        index = position if step > 0 else position - 1
        if step > 0 and allowed == ".:" and text[index : index + 1] == ":":
            break  # "cartão final 2946: R$ 1.082,13": a colon ends a label, its value follows
        if 0 <= index < len(text) and text[index] in allowed:
            position += step
            mark = marks.get(position)
            if mark is not None:
                return mark
    return None


_GAPS = (_GAP_CHARS, ".:", _GAP_CHARS)


def _amount(text: str, number: re.Match[str], mark: _Mark, country: str | None) -> Amount | None:
    written = text[mark.start : mark.end]
    glued = mark.start == number.end() or mark.end == number.start()
    if not glued:
        if (
            mark.kind == "code"
            and written in currencies.WORD_LIKE_CODES
            and not (_NOT_DIGIT.search(number.group()))
        ):
            return None  # "ALL 3" is not Albanian lek; "432.04 GEL" is Georgian lari
        if (
            written in _WEAK_MARKS
            and not _NOT_DIGIT.search(number.group())
            and not _home_mark(written, country)
        ):
            return None
    resolved = currencies.resolve(written, country)
    if resolved is None:
        return None
    code, explicit = resolved
    value = parse_number(number.group(), code)
    if value is None:
        return None
    first = min(number.start(), mark.start)
    negative = bool(_SIGN.search(text, max(0, first - 2), first)) or (
        mark.end < number.start() and text[number.start() - 1] in "-−"
    )
    if negative and _SEPARATING_DASH.search(text, max(0, first - 4), first):
        negative = False  # "Intérêts crédités - 20,55 €": a dash between words and the sum
    return Amount(
        number.start(), number.end(), value, code, explicit, True, negative, mark.start, mark.end
    )


def _labelled_code(text: str, start: int, written: str) -> str | None:
    """The currency an ambiguous mark's label names on its line ("Amount in USD: $21.94" beside
    "MXN 386.50"), where that currency writes the mark."""
    label = _LABEL_CODE.search(text, max(0, text.rfind("\n", 0, start) + 1), start)
    code = label.group(1) if label else None
    return code if code in currencies.same_mark(written) else None


# A currency's code ending a label: "Amount in USD:", "Billed (USD)".
_LABEL_CODE = re.compile(r"\b([A-Z]{3})\)?[ \t]*:?[ \t]*$")


def _home_mark(written: str, country: str | None) -> bool:
    """A word-like mark of the sender's own money ("85 kr" from a Swedish sender, "200 lei" from
    a Romanian one) counts before a whole number too; a one-letter mark never does ("K 12")."""
    if len(written) < 2 or written in currencies.HOME_ONLY:
        return False
    resolved = currencies.resolve(written, country)
    return resolved is not None and resolved[0] == currencies.country_currency(country)


def _labelled_amount(text: str, number: re.Match[str], country: str | None) -> Amount | None:
    in_label = _label_currency(text, number, country)
    if in_label is not None:
        return in_label
    if _DR_CR_AFTER.match(text, number.end()):
        return _debit_or_credit(text, number, country)
    code = currencies.country_currency(country)
    if code is None or ("." not in number.group() and "," not in number.group()):
        return None  # a bare integer after "Amount" is more often a count or an id
    if _DATE_GOES_ON.match(text, number.end()):
        return None  # "입금\n2026.11.29": a date's year and month, its day after them
    if not _AMOUNT_LABEL.search(text, max(0, number.start() - 30), number.start()):
        return None
    value = parse_number(number.group(), code)
    if value is None:
        return None
    start, end = number.start(), number.end()
    return Amount(start, end, value, code, False, False, False, start, end)


def _debit_or_credit(text: str, number: re.Match[str], country: str | None) -> Amount | None:
    """A statement line's sum marked debit or credit ("69.49 CR", "1.098,95 DR"): in the
    currency the account's caption names ("Card: XX7312 (GBP)"), else the sender country's."""
    caption = _CAPTION_CURRENCY.search(text, 0, number.start())
    resolved = currencies.resolve(caption.group("m"), country) if caption else None
    code = resolved[0] if resolved else currencies.country_currency(country)
    if code is None or not _NOT_DIGIT.search(number.group()):
        return None
    value = parse_number(number.group(), code)
    if value is None:
        return None
    start, end = number.start(), number.end()
    return Amount(start, end, value, code, resolved is not None, False, False, start, end)


_DATE_GOES_ON = re.compile(r"[./-]\d")
_DR_CR_AFTER = re.compile(r" ?(?:CR|DR|Cr|Dr)\b")
_CAPTION_CURRENCY = re.compile(r"\((?P<m>[A-Z]{3})\)")


def _label_currency(text: str, number: re.Match[str], country: str | None) -> Amount | None:
    """A number after a label that writes the currency in brackets: "Credit (SCR) : 9,823.18",
    "Bedrag (Afl.): 1.900,32". Any label: the brackets say it is money."""
    label = _LABEL_MARK.search(text, max(0, number.start() - 40), number.start())
    resolved = currencies.resolve(label.group("m") or label.group("c"), country) if label else None
    if resolved is None:
        return None
    value = parse_number(number.group(), resolved[0])
    if value is None:
        return None
    start, end = number.start(), number.end()
    return Amount(start, end, value, resolved[0], resolved[1], False, False, start, end)


# A label's word, its currency in brackets, a colon: the number follows on the same line.
# (After the brackets: a colon, a tab, a column gap or a dotted leader, then perhaps a sign:
# "Importe (UYU)\t-9.300,00", "Withdrawals (AUD) ......... 1,018.74", "Inn (ISK)     11.500".)
_LABEL_MARK = re.compile(
    r"[^\W\d_][^\n()]{0,30}(?:\((?P<m>[^()\n\d]{1,6})\)"
    r"(?:[ \t]*[:=][ \t]*|\t[ \t]*|[ ]{2,}|[ \t]*\.{3,}[ \t]*)"
    # ... or a code in capitals ending the label before its colon: "Bedrag SRD:   1.253,53-".
    r"|(?<=[ \t])(?P<c>[A-Z]{3})[ \t]*:[ \t]*)[-−+]?$"
)


def _amount_in_column(
    text: str, number: re.Match[str], headings: dict[int, tuple[int, int]], country: str | None
) -> Amount | None:
    """A number alone in a table cell whose heading names money: in the currency the heading
    writes ("Amount (INR)"), else the sender country's."""
    span = headings.get(number.start())
    if span is None:
        return None
    if number.end() < len(text) and text[number.end()] not in "\t\n )-+":
        return None  # (a sign may follow: "453,60-")
    mark = _CODE_RE.search(text, *span) or _SYMBOL_RE.search(text, *span)
    resolved = currencies.resolve(mark.group(), country) if mark else None
    if (
        resolved is None
        and not _AMOUNT_HEADING.search(text, *span)
        and not _MONEY_SHAPED.fullmatch(number.group())
    ):
        # A heading that names money, or writes its currency ("Belopp (SEK)"); else, in a
        # language the list does not hold ("Saumi", "Curu mai"), a number written as money is.
        return None
    code = resolved[0] if resolved else currencies.country_currency(country) or _lone_code(text)
    # A bare integer is money too under a heading that names the currency ("Débit (KMF)"), or
    # after a cell of its row that does ("IQD      92000").
    separated = "." in number.group() or "," in number.group() or " " in number.group()
    if code is None or not (separated or resolved or _code_on_row(text, number, code)):
        return None
    value = parse_number(number.group(), code)
    if value is None:
        return None
    start, end = number.start(), number.end()
    # "(80,220.00)", "−4 004,00": an accountant's brackets or a minus sign say money went out.
    negative = (text[start - 1 : start] in ("(", "-", "−") if start else False) or text[
        end : end + 1
    ] in ("-", "−")
    return Amount(start, end, value, code, resolved is not None, False, negative, start, end)


# Grouped thousands, with or without two decimals ("1,734.82", "4 680,11", "4.513"), or two
# decimals alone ("10,17").
_MONEY_SHAPED = re.compile(r"\d{1,3}(?:[,. \u00a0]\d{3})*[.,]\d{2}|\d{1,3}(?:[,. \u00a0]\d{3})+")


@functools.lru_cache(maxsize=8)
def _lone_code(text: str) -> str | None:
    """The one currency code the text writes as a word of its own ("Compte: ****5723  10:55
    EUR"), where the sender's country gives none. (Cached: asked once per number of a table,
    of the same text.)"""
    codes = {m.group() for m in _CODE_WORD.finditer(text) if m.group() in currencies.ISO_CODES}
    return codes.pop() if len(codes) == 1 else None


_CODE_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


def _code_on_row(text: str, number: re.Match[str], code: str) -> bool:
    row = text[text.rfind("\n", 0, number.start()) + 1 : number.start()]
    return re.search(rf"(?<![A-Z]){code}(?![A-Z])", row) is not None


# Column headings over money (the lexicon's payment, debit, credit, balance words in short).
_AMOUNT_HEADING = re.compile(
    r"(?i)amount|amt|debit|credit|withdrawal|deposit|balance|total|paid|value|sum|importe|monto"
    r"|valor|montant|betrag|bedrag|importo|kiasi|jumlah|tutar|сумма|částka|kwota|مبلغ|金額"
    r"|débit|crédit|solde|saldo|cargo|abono"
    # Thai, Turkish, Croatian and Serbian, Polish, Indonesian column headings.
    r"|จำนวนเงิน|ยอดเงิน|borç|alacak|bakiye|iznos|stanje|kwota|nominal"
    # A bank's debit and credit columns in short; Macedonian, Serbian and Croatian "owes" and
    # "claims" (debit, credit), Armenian "out" and "in".
    r"|\b(?:dr|cr)\b|должи|побарува|дугује|потражује|duguje|potražuje|ելք|մուտք"
)


def parse_number(written: str, currency: str) -> Decimal | None:
    """A written number as a Decimal, reading its grouping and decimal marks."""
    digits = written.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    separators = [c for c in digits if not c.isdigit()]
    if not separators:
        return _decimal(digits)
    last = separators[-1]
    tail = len(digits) - digits.rindex(last) - 1
    if last == "\u066c" or (last == "\u066b" and len(separators) == 1):
        # Arabic script's own marks say which is which: ٬ groups thousands, ٫ is the decimal.
        decimal_mark = "\u066b" if last == "\u066b" else None
    elif len(set(separators)) > 1:
        decimal_mark = last  # "1.234,56" / "1,234.56"
    elif last in " '":
        decimal_mark = None  # "1 234" / "1'234"
    elif len(separators) > 1:
        decimal_mark = None  # "1,234,567" / "1.234.567"
    elif tail == 3:
        # "1,234" is a thousand and more, except for currencies with three decimals.
        decimal_mark = last if currencies.MINOR_UNITS.get(currency, 2) == 3 else None
    else:
        decimal_mark = last
    whole, _, fraction = digits.rpartition(decimal_mark) if decimal_mark else (digits, "", "")
    whole = _NOT_DIGIT.sub("", whole)
    return _decimal(f"{whole}.{fraction}" if fraction else whole)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
