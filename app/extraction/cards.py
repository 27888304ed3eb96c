"""The user's card or account in a text: its last four digits (in any mask) and the card
network where one is named.

Masks seen in mail: XX1234, ****1234, ••1842, XXXXXX5678, 4***1234, 1*********3421, card..8812,
x-1234, xxx-x-x1234-x, "ending in 7710", "ends with 7710", "末尾4987", and IBAN-style masks that
split the digits ("**** **43 00" is 4300). A number after "to A/c" or "beneficiary" is the
counterparty's, not the user's.

The patterns run on the lower-cased text (app.extraction.patterns.lowered keeps every offset):
case-insensitive matching costs Python's `re` three to four times as much.
"""

import re
from typing import NamedTuple

from app.extraction.patterns import first_chars, grouped

_MASKED = re.compile(
    r"(?=[\dxX*•●·#.])"  # what every alternative starts with: a digit, a mask or a dot
    # A masked IBAN whose visible digits run on in groups to the line's end: "IT** * ***** 0000
    # 0045 6621" ends in 6621, "PT50 **** **** 0377 6" in 3776 (the last four of them all).
    # (First: the masks below would read its first group.) Within a sentence, whole groups of
    # four before a word: "CY** **** **** **** **** 0044 5871 πιστώθηκε" ends in 5871.
    r"(?:(?<![\w])[xX*•●#]+(?: [xX*•●#]+)* (?P<g>\d{4}(?: \d{4})* \d{1,4}(?=[ \t]*(?:\n|$))"
    r"|\d{4}(?: \d{4})+(?=[ \t]+[^\W\d]))|"
    # The digits and mask before the four digits are matched once, atomically (?>...): only
    # the longest take can be followed by a digit (a shorter one stops before a mask or
    # separator character, or before a digit the mask still needs), so shorter takes, which
    # `re` would otherwise try on failing, can never succeed.
    # A letter of an unspaced script may stand right before the mask ("账户XXXX9621").
    r"(?:(?<![0-9A-Za-z_])(?>\d{0,6}[xX*•●·#]{2,}[ -]?(?:[xX*•●·#]+[ -]?)*)"
    r"|(?<=\.\.)|(?<=[xX*][-])"
    r"|(?<!\.)\.{3,}\s?)"
    r"(?P<d>\d{4})(?![\d])"
    r"|(?<![\w])[xX*•●#]{2,}[ ]?(?P<a>\d\d) (?P<b>\d\d)(?![\d])"
    # A masked IBAN's last group after a split one: "NL** INGB **** **83 3843" ends in 3843,
    # "***9 350" in 9350.
    r"|(?<![\w])[xX*•●#]{2}\d\d (?P<e>\d{4})(?![\d])"
    r"|(?<![\w])[xX*•●#]{2,}(?P<a1>\d) (?P<b3>\d{3})(?![\d])"
    r")"
)
# One mask character before the digits ("T.Deb *5520", "Счёт *7731", "la carte X1872") or
# digits split by a hyphen inside a mask ("xxx-xxx456-7" is 4567).
_SHORT_MASKED = re.compile(
    # Both start with a mask character: matched first, it lets `re` skip to one in C; the
    # lookbehinds then test the character before it ("." is that mask character).
    # (An ellipsis is a mask too: "your account ending …0155".)
    r"[*•x…](?:(?<![\w*•].)(?P<d>\d{4})(?![\d])"
    r"|(?<![\w].)[x*•]+(?P<a>\d{3})-(?P<b>\d)(?![\d]))"
)
# Korean card SMS put the last four in brackets after the issuer's name: "하나(1698)".
# (The bracket first, the syllable before it tested after: `re` then skips to brackets in C.)
_HANGUL_BRACKETED = re.compile(r"\((?<=[\uac00-\ud7a3]\()(?P<d>\d{4})\)")
# Russian and South African SMS glue the card's network or the account's kind to its digits:
# "ECMC4411", "MIR-4411", "VISA4411", "CHEQ4411".
_GLUED_WORDS = "mir|visa|ecmc|maes|mc|mcrd|cheq|chq|sav|sava"
_GLUED = re.compile(grouped(_GLUED_WORDS, not_after=r"\w") + r"-?(?P<d>\d{4})(?!\d)")
# The digits before the words that say they end the number ("5412 ile biten").
# The test for a digit before comes after the first digit: `re` then skips to digits in C.
_ENDING_AFTER = re.compile(
    r"(?P<d>\d(?<!\d\d)\d{3}) (?:ile biten|ile sona eren|で終わる|végződésű|végű"
    r"|amaierako)"  # Basque "(the card) ending (in) 1177"
)
# What every _ENDING_AFTER match holds: where none stands, the pattern need not try each digit.
_ENDING_AFTER_CLUES = (" ile ", " で終わる", " vég", " amaierako")
_ENDING_WORDS = (
    r"ending(?: in| with)?|ends? (?:in|with)|last (?:4|four) digits(?: of)?|末尾|terminada en"
    r"|terminado em|terminación|terminacion|com final|con final|final|finissant par"
    r"|se terminant par|terminant par|endend auf|eindigend op|che termina con|inayoishia|ลงท้าย"
    r"|оканчивающ\w*(?: на)?|sonu|berakhiran|المنتهية(?: بـ?)?|منتهية بـ?|المنتهي بـ?|تنتهي بـ?"
    r"|下4桁|下４桁|末尾番号"
    r"|末四碼|末四码|末4碼|末4码|尾號|尾号|後四碼|后四位|末四位|끝자리|끝번호"
    r"|som slutar på|slutar på|som slutter på|slutter på|der ender på|ender på|päättyy|loppuu"
    r"|kończącej się na|zakończonej|končící na|končiacou na|що закінчується на|закінчується на"
    r"|που λήγει σε|λήγει σε|végű|care se termină în|se termină în|đuôi|berakhir dengan"
    r"|nagtatapos sa|המסתיים ב|המסתיימת ב|ending with|kończącą się na|kończąca się na|končící"
    r"|končiaca|terminada|berakhir|jonka loppuosa on|loppuosa|尾數|卡號末四碼|sem endar á|endar á"
    r"|dar críoch|li tispiċċa bi|mai ƙarewa da"  # Irish, Maltese, Hausa
    r"|mit den endziffern|endziffern|endziffer"  # German "(with) the final digits"
    # Zulu and Xhosa, Somali, Tongan, Samoan, Fijian, Kirundi, Lingala, Setswana, Galician,
    # Catalan, Maltese, Faroese, Cebuano, Haitian Creole, Maori, Bislama, Tok Pisin,
    # Kinyarwanda, Luganda, Hausa, Yoruba, Igbo, Wolof, Shona, Sesotho, Chichewa, Afrikaans,
    # Welsh.
    r"|eliphela ngo|ku dhammaada|'oku ngata 'i he|fa'ai'u i le|e cava ena|ihera kuri|esukaka na"
    r"|e e felelang ka|rematada en|acabada en|tispiċċa b'|endar við|nagtapos sa|fini ak"
    r"|e mutu ana ki te|i finis long|i pinis long|irangirwa na|ekoma ku|mai karewa da|tó parí sí"
    r"|na-ejedebe na|bu jeexe ci|inopera ne|e qetellang ka|lotha ndi|eindig op|gorffen â"
    r"|endet auf"
    # Turkish "last 4 digits", Polish "with the ending", German "with the ending".
    r"|son 4 hane|son dört hane|o końcówce|z końcówką|mit der endung|endung"
    # Finnish "whose last digits", Vietnamese "with the last numbers", Lithuanian "last
    # digits", Polish "ending in", Bengali "last four digits".
    r"|loppunumerot|có số cuối|số cuối|paskutiniai skaitmenys|zakończony na|zakończonym na"
    r"|শেষ চার অঙ্ক|akhiran"
)
_ENDING = re.compile(grouped(_ENDING_WORDS) + r"[ \t:#.-]*(?:[xX*•]*)\d{0,2}(?P<d>\d{4})(?!\d)")
# "Card 4321", "A/c 4321", "a/c no. 1234": four digits right after an account word.
_ACCOUNT_WORDS = (
    r"card|a/c|ac|acct|account|konto|kontě|konte|cuenta|conta|compte|kaart|carta|kadi"
    r"|karto\w*|карт\w*|сч[её]т\w*|kart\w*|akaunti|rekening|حساب|بطاقة|účtu|uctu|účet|ucet"
    r"|rachunku|rachunek|számla|tili|kortet|kort|카드|체크카드|신용카드|カード|계좌|储蓄卡|借记卡"
    r"|信用卡|卡|tài khoản|tai khoan|kaati|kaadi|kaadhi|khadi|karete|karata|账户|帳戶"
    r"|c/c"  # Portuguese and Spanish "conta / cuenta corrente"
    r"|reikning|reikningur|reikningi"  # Icelandic
)
# A New Zealand account, bank-branch-account-suffix ("02-0248-02824-000"): its account part.
_NZ_ACCOUNT = re.compile(
    # (What may not stand before is tested after the first character: faster in `re`.)
    r"(?:\d(?<![\d-]\d)\d-\d{4}-\d{0,4}(?P<d>\d{4})-\d{2,3}(?![\d-])"
    # ... and Vietnam's "TK 1193 tại BIDV -1,525,800VND" (TK: tài khoản, the account; not "Tk",
    # Bangladesh's taka, which a number follows as money).
    # (Its middle may be masked: "TK 0123xxx1781 -687.600 VND".)
    r"|t(?<!\wt)k[ :]*[\dx*]{0,18}(?P<v>\d{4})(?=\s(?:tại|tai|[-+]\d)))"
)
# What every _NZ_ACCOUNT match holds, one or the other: most text has neither.
_NZ_CLUE = re.compile(r"-\d{4}-")
_AFTER_WORD = re.compile(
    grouped(_ACCOUNT_WORDS) + r"[ .:#\t(]*(?:no\.?|number|nr\.?|n[º°o]\.?)?[ .:#\t]*"
    # A Nordic account written in groups ("konto 8911.62.41397", "1503.**.48231"): its last
    # four digits.
    # ... or in groups parted by dots or dashes ("conta 0040.0000.2231", "reikning
    # 1187-26-004418"; not a date: its first group has three digits or more).
    r"(?:\d{4}\.(?:\d\d|\*\*)\.\d?|[xX*•]{1,2}"
    r"|(?:\d{3,6}[-.](?:\d{1,6}[-.]){0,2}|\d{1,6}-)?\d{0,14})"
    # Digits a mask follows are the number's first ones ("akaunti 4581****"), not its last.
    r"(?P<d>\d{4})(?![\d*•#]|xx)"
)
_THEIRS_WORDS = (
    r"\bto (?:a/c|acct|account|card)|beneficiary|payee|recipient|receiver|\bcr\.? to|credited to"
    r"|destinatario|destinatário|bénéficiaire|empfänger|begunstigde|получател"
    # The account the money went to ("Cuenta destino: ****2291"), the payee's phone ("via
    # PayNow (mobile ending 4471)").
    r"|cuenta destino|cuenta de destino|conta destino|conta de destino|mobile|phone"
)
_THEIRS = re.compile(first_chars(_THEIRS_WORDS) + f"(?:{_THEIRS_WORDS})" + r"[^\n]{0,12}$")
# A recipient's label a few words before its own account ("Beneficiary: MD. KAMRUL HASAN, City
# Bank A/C ****7734", "Penerima SITI NURHALIZA Bank BRI - ****6623"), unless the user's own
# account is named in between ("Beneficiary X, from your A/c XX1234").
_RECIPIENT_FAR = re.compile(
    r"(?P<w>beneficiary|payee|recipient|receiver|penerima|người hưởng|người nhận|المستفيد|ผู้รับ"
    r"|ไปยัง)[^\n]{0,40}$"
)
_YOURS_BETWEEN = re.compile(r"your|from|using|with|via|card|sumber|من حساب")


def _after_a_name(before: str) -> bool:
    """Is the mask written just after a person's or a shop's name, behind a middle dot or in
    brackets ("Sarah Mitchell · ****0001", "Daniel Okafor (•••• 1073)")? Then it is that party's
    account; a card's own name there ("Visa (•••• 4412)") is the user's."""
    found = _NAME_THEN_MARK.search(before)
    return found is not None and not _CARD_WORDS.search(found.group(1))


_NAME_THEN_MARK = re.compile(r"([^\W\d_]{2,})\s*(?:·|•\s|\()\s*$")
_CARD_WORDS = re.compile(
    r"(?i)card|visa|mastercard|master|amex|maestro|rupay|account|a/c|acct|konto|cuenta|conta"
    r"|tarjeta|carte|karte|kaart|kort|kartica|karta|cartão|savings|checking|debit|credit|száml"
    r"|통장|카드|계좌|カード|口座|卡|账户|帳戶|بطاقة|حساب|карт|счёт|счет|рахунок"
)


def _theirs_farther(text: str, at: int, incoming: bool) -> bool:
    before = text[max(0, at - 60) : at]
    found = None if incoming else _RECIPIENT_FAR.search(before)
    return found is not None and not _YOURS_BETWEEN.search(before, found.end("w"))


# A masked mobile number ("017****5519", "0917***4418", "+254 7**"): a phone topped up or paid,
# not the user's card or account.
_PHONE_HEAD = re.compile(r"(?<![\w*•x])(?:\+\d{2,3}[ ]?|0)[1-9]\d{1,3}[*•x]{2,}\d{0,2}$")


_PHONE_IN_PAIRS = re.compile(r"[x*•]{2,3} \d\d \d\d$")


def _a_phone(text: str, match_start: int, digits_start: int) -> bool:
    """The masked number's head is a mobile number's ("0917***"), and no account word names it
    ("Acct: 023****4521", "Akaunti 0150XXXX7788" are accounts)."""
    head = _PHONE_HEAD.search(text, max(0, match_start - 6), digits_start)
    if head is None:
        return False
    return _ACCOUNT_BEFORE.search(text, max(0, head.start() - 20), head.start()) is None


# (... and Vietnam's "TK", the account: "TK 0123xxx1781".)
_ACCOUNT_BEFORE = re.compile(r"(?:(?<!\w)tk|" + grouped(_ACCOUNT_WORDS) + r")\W{0,4}$")
_YOURS_WORDS = (
    r"your|card|a/c|acct|account|debit|credit|from|ending|末尾|карт|kart|conta|cuenta|compte"
    r"|konto|rekening|บัญชี|บัตร|口座|カード|hesab|tarjeta|cartão|carte"
)
_YOURS = re.compile(first_chars(_YOURS_WORDS) + f"(?:{_YOURS_WORDS})" + r"[^\n]{0,30}$")
# Every mask above ends in four digits, two and two ("**** **43 00") or one and three.
# (One digit outside the alternatives: a pattern that starts with a character class lets `re`
# skip to digits in C; an alternation of classes does not.)
_FOUR_DIGITS = re.compile(r"\d(?:\d\d\d|\d \d\d|\d\d-\d| \d\d\d)")
# Two mask characters, "..", or "x-": what every _MASKED match holds, at most six digits after
# its start or (the "..", "x-" of a lookbehind) two characters before it.
_MASK_CLUE = re.compile(r"[xX*•●·#.][xX*•●·#.\-]")
NETWORKS = {
    "visa": "visa",
    "mastercard": "mastercard",
    "master card": "mastercard",
    "rupay": "rupay",
    "amex": "amex",
    "american express": "amex",
    "maestro": "maestro",
    "discover": "discover",
    "jcb": "jcb",
    "unionpay": "unionpay",
    "mir": "mir",
    "мир": "mir",
    "elo": "elo",
    "troy": "troy",
    "verve": "verve",
    "diners": "diners",
}
_NETWORK_NAMES = sorted((re.escape(n) for n in NETWORKS), key=len, reverse=True)
# Every name starts with a letter: "\b" before it is "no letter or digit before it".
_NETWORK = re.compile("(" + grouped("|".join(_NETWORK_NAMES), not_after=r"\w") + r")\b")


class Last4(NamedTuple):  # a tuple: built many times per email, cheaply
    start: int
    end: int
    digits: str
    score: float


def find_last4(
    lower: str, lo: int = 0, hi: int | None = None, incoming: bool = False
) -> list[Last4]:
    """Candidates for the user's last four digits in lower[lo:hi] (the lower-cased text;
    offsets into it), best first. `incoming`: the money came in, so the account it went "to"
    is the user's."""
    text = lower
    found: dict[int, Last4] = {}
    lo = max(0, lo)
    hi = len(text) if hi is None else min(hi, len(text))
    if _FOUR_DIGITS.search(text, lo, hi) is None:
        return []
    for pattern, base in _PATTERNS:
        start = _scan_from(pattern, text, lo, hi)
        if start is None:
            continue
        for match in pattern.finditer(text, start, hi):
            digits, start = _digits_of(match)
            before = text[max(0, match.start() - 40) : match.start()]
            score = base + (1.0 if _YOURS.search(before) else 0.0)
            score += 0.5 if "your" in before[-15:] else 0.0
            score -= 3.0 if not incoming and _THEIRS.search(before) else 0.0
            score -= 3.0 if _theirs_farther(text, match.start(), incoming) else 0.0
            score -= 3.0 if _a_phone(text, match.start(), start) else 0.0
            # Digits in pairs after a masked pair or three ("77 xxx 45 18", "67x xx 12 90"): a
            # phone number as West and Central Africa write them, never a card's or account's.
            score -= 3.0 if _PHONE_IN_PAIRS.search(text, max(0, start - 8), match.end()) else 0.0
            score -= 2.0 if _after_a_name(before) else 0.0
            score -= start / 100_000  # earlier wins a tie: alerts name the account first
            if start not in found or found[start].score < score:
                found[start] = Last4(start, match.end(), digits, score)
    return sorted(found.values(), key=lambda c: c.score, reverse=True)


# The user's own account written as a whole IBAN after "your" ("auf Ihrem Girokonto DE12 2109
# 0000 0043 7700"): the last four of its digits. (An IBAN with no "your" before it may well be
# the payee's.)
_YOUR_IBAN = re.compile(
    r"(?:your|ihrem|ihres|ihr|votre|uw|je|su|tu|seu|sua|vostro|tuo|din|ditt|dit|vaš|váš"
    r"|vaše|vašem)\s+"
    r"(?:[^\W\d]+\s+){0,2}[a-z]{2}\d{2} ?(?P<g>\d{4}(?: ?\d{4}){2,6}(?: ?\d{1,3})?)(?![\d])"
)
# What every _YOUR_IBAN match holds.
_IBAN_CLUE = re.compile(r"[a-z]{2}\d{2} ?\d{4} ?\d{4}")
_PATTERNS = (
    (_ENDING, 3.0),
    (_ENDING_AFTER, 3.0),
    (_MASKED, 2.0),
    (_SHORT_MASKED, 1.5),
    (_GLUED, 1.5),
    (_HANGUL_BRACKETED, 2.0),
    (_NZ_ACCOUNT, 2.0),
    (_AFTER_WORD, 1.0),
    (_YOUR_IBAN, 1.0),
)


def _scan_from(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where `pattern` need be looked for in text[lo:hi] (None: nowhere). Patterns that must
    try each place (they start with a lookahead or a digit) are kept from places where what
    every match holds stands nowhere near: the same matches, for less."""
    if pattern is _MASKED:
        # Looked for only where a clue stands in text[lo:hi]; then no match starts more than
        # six characters before the first clue (which may stand just before lo).
        first = _MASK_CLUE.search(text, max(0, lo - 2), hi)
        if first is None or (first.start() < lo and _MASK_CLUE.search(text, lo, hi) is None):
            return None
        return max(lo, first.start() - 6)
    if pattern is _ENDING_AFTER:
        held = any(text.find(clue, lo, hi) >= 0 for clue in _ENDING_AFTER_CLUES)
        return lo if held else None
    if pattern is _YOUR_IBAN:
        return lo if _IBAN_CLUE.search(text, lo, hi) is not None else None
    if pattern is _NZ_ACCOUNT:
        held = _NZ_CLUE.search(text, lo, hi) is not None or text.find("tk", lo, hi) >= 0
        return lo if held else None
    return lo


def _digits_of(match: re.Match[str]) -> tuple[str, int]:
    """A match's four digits and where they start: one group ("d"; "e" after a split group
    of a masked IBAN; "v" after Vietnam's "TK") or two ("a" and "b": "**43 00"; "a1" and
    "b3": "***9 350")."""
    if "g" in match.re.groupindex and match.group("g"):
        digits = match.group("g").replace(" ", "")[-4:]
        return digits, match.end("g") - 4 - match.group("g")[-5:].count(" ")
    for group in ("d", "e", "v"):
        if group in match.re.groupindex and match.group(group):
            return match.group(group), match.start(group)
    if "a1" in match.re.groupindex and match.group("a1"):
        return match.group("a1") + match.group("b3"), match.start("a1")
    return match.group("a") + match.group("b"), match.start("a")


# A number shown by its first digits, the rest masked ("1012****567", "akaunti 4581****"): it
# names the user's account though its last four are not to be read.
_LEADING_MASKED = re.compile(r"\d(?<![\w]\d)\d{1,5}[x*•#]{3,}\d{0,4}(?!\d)")


def names_a_masked_number(lower: str, lo: int, hi: int) -> bool:
    return _LEADING_MASKED.search(lower, max(0, lo), hi) is not None


def card_network(lower: str) -> str | None:
    found = find_card_network(lower)
    return found[0] if found else None


def find_card_network(lower: str) -> tuple[str, int, int] | None:
    """The first card network named in `lower`, with its span."""
    found = _NETWORK.search(lower)
    return (NETWORKS[found.group(1)], found.start(), found.end()) if found else None
