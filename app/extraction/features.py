"""Features of extraction candidates: what surrounds an amount, a counterparty, a whole message.

Features are short strings ("b:fee" = a fee word just before); a linear model (app.extraction
.ranker) weighs them. They are built from cue *classes* (app.extraction.lexicon), positions and
shapes rather than from the words themselves, so what the ranker learns on one language and one
bank carries over to others.
"""

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.extraction import lexicon, tables
from app.extraction.amounts import Amount
from app.extraction.parties import Party

Cue = tuple[int, int, tuple[str, ...]]

_CREDIT_DEBIT = (lexicon.CREDIT, lexicon.DEBIT)
# Classes that say something about which way money went.
DIRECTION_CLASSES = frozenset(
    {
        lexicon.DEBIT,
        lexicon.CREDIT,
        lexicon.FROM_YOUR,
        lexicon.TO_YOUR,
        lexicon.REVERSAL,
        lexicon.CASHBACK,
        lexicon.FEE,
        lexicon.CARD_BILL,
    }
)


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at `dot` ends a short word ("Cr.", "Rs.") or a dot leader
    ("Amount ........ 12.00"), neither of which ends a sentence."""
    if dot > 0 and text[dot - 1] == ".":
        return True
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    return dot - word_start <= 3


# The rest of an amount's cell (its currency), a cell break, and a short mark alone in the next
# cell.
_NEXT_CELL = re.compile(
    r"[^\t|\n]{0,6}?(?:\t|\s\|\s|\s{2,})\s*(?P<m>[^\s\d|]{1,2})(?=\s*(?:\t|\||\s{2,}|\n|$))"
)
# The marks of a debit/credit column: D, Dr, Db, "-", B (Turkish borç), S (German Soll), م
# (Arabic مدين); C, Cr, K, Kr, "+", A (Italian avere, Turkish alacak), H (Haben, haber), د.
_DEBIT_MARKS = frozenset({"d", "dr", "db", "-", "−", "b", "s", "م"})
_CREDIT_MARKS = frozenset({"c", "cr", "k", "kr", "+", "a", "h", "د"})
# What a column heading writes beside its word: the currency ("(GBP)", "Tk", "₹"), a leader.
_HEADING_NOISE = re.compile(r"\([^)]*\)|\[[^]]*\]|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Document:
    """One email as extraction reads it, with its cues found once."""

    text: str  # subject, a line break, the body (digits normalised to ASCII)
    lower: str
    subject_length: int
    cues: list[Cue]
    cue_starts: list[int]
    country: str | None
    home_currency: str | None
    classes: frozenset[str]  # every cue class the text holds
    subject_classes: frozenset[str]  # ... and its subject
    headings: dict[int, tuple[int, int]]  # a table's value cell start → its heading's span
    # Clause bounds already found, by (position, limit, forward?): the ranker's features, the
    # vetoes and the direction all ask where the chosen amount's clause starts and ends.
    clauses: dict[tuple[int, int, bool], int] = field(
        default_factory=dict, repr=False, compare=False
    )

    def heading_cues(self, amount: Amount) -> list[Cue]:
        """The cues of the heading over the value `amount` starts (app.extraction.tables); a
        heading that is a direction's column word ("In (GBP)", "Credits", "Giren", "Paid in")
        is that direction's cue alone."""
        mark = self._row_mark(amount)
        if mark is not None:
            return [mark]
        head = min(amount.start, amount.mark_start)
        span = self.headings.get(head)
        if not span:
            # A label that is a direction's word, on the amount's line ("Paid in .......
            # Rs. 162,708.00"), says it as a heading would.
            label = (self.line_start(head), head)
            direction = self._direction_word(*label)
            return [(*label, direction)] if direction else []
        direction = self._direction_word(*span)
        if direction is not None:  # the whole heading ("Paid in": not the "paid" in it)
            return [(span[0], span[1], direction)]
        return self.cues_between(*span)

    def _direction_word(self, start: int, end: int) -> tuple[str, ...] | None:
        """The direction text[start:end] names when, its currency and punctuation aside, it is
        only a direction's column word ("In (GBP)", "Paid in ......")."""
        words = _HEADING_NOISE.sub(" ", self.lower[start:end]).split()
        return lexicon.HEADING_DIRECTIONS.get(" ".join(words))

    def _row_mark(self, amount: Amount) -> Cue | None:
        """The mark in the cell after the amount's, under a heading that pairs two marks ("D/C",
        "-/+", "D/A", "B/A", "م/د"): "C" or "+" says the money came in, "D" or "-" that it
        went out."""
        cell = _NEXT_CELL.match(self.lower, max(amount.end, amount.mark_end))
        if cell is None or cell.start("m") not in self.headings:
            return None
        span = self.headings[cell.start("m")]
        sides = [side.strip() for side in self.lower[span[0] : span[1]].split("/")]
        if len(sides) != 2:
            return None
        mark, (first, second) = cell.group("m"), sides
        if {first, second} & _DEBIT_MARKS and {first, second} & _CREDIT_MARKS:
            debit = mark in _DEBIT_MARKS  # "D/C", "+/-", "Cr/Dr": the marks say which
        elif mark in (first, second):
            debit = mark == first  # "C/A" (cargo/abono): the debit's mark comes first
        else:
            return None
        return (cell.start("m"), cell.end("m"), (lexicon.DEBIT,) if debit else (lexicon.CREDIT,))

    def cues_between(self, start: int, end: int) -> list[Cue]:
        # (No cue starts before 0: a negative start finds the first cue as 0 would.)
        first = bisect.bisect_left(self.cue_starts, start)
        return self.cues[first : bisect.bisect_left(self.cue_starts, end, first)]

    def line_start(self, position: int) -> int:
        return self.text.rfind("\n", 0, position) + 1

    def clause_start(self, position: int, limit: int = 60) -> int:
        """Where the clause holding `position` starts: after the last line break or sentence
        end (". ", "; ") within `limit` characters before it. Table cells on one line stay
        together: a label cell belongs to the value cell after it."""
        key = (position, limit, False)
        found = self.clauses.get(key)
        if found is None:
            found = self.clauses[key] = self._clause_start(position, limit)
        return found

    def _clause_start(self, position: int, limit: int) -> int:
        floor = max(self.line_start(position), position - limit)
        text = self.text
        start = floor
        for mark in (". ", "; "):
            end = text.rfind(mark, floor, position)
            # "Cr. ", "Rs. ", "A/c. ", "Amount ..... ": an abbreviation or a leader.
            while end >= 0 and mark == ". " and _abbreviation(text, end):
                end = text.rfind(mark, floor, end)
            if end >= 0:
                start = max(start, end + 2)
        return start

    def clause_end(self, position: int, limit: int = 40) -> int:
        """Where the clause holding `position` ends (the same marks, looking forward)."""
        key = (position, limit, True)
        found = self.clauses.get(key)
        if found is None:
            found = self.clauses[key] = self._clause_end(position, limit)
        return found

    def _clause_end(self, position: int, limit: int) -> int:
        ceiling = min(len(self.text), position + limit)
        found = [
            index
            for index in (
                self.text.find("\n", position, ceiling),
                self.text.find(". ", position, ceiling),
                self.text.find("; ", position, ceiling),
            )
            if index >= 0
        ]
        return min(found, default=ceiling)


def make_document(
    text: str, lower: str, subject_length: int, country: str | None, home: str | None
) -> Document:
    cues = lexicon.scan(lower)
    starts = [cue[0] for cue in cues]
    in_subject = bisect.bisect_left(starts, subject_length)
    return Document(
        text,
        lower,
        subject_length,
        cues,
        starts,
        country,
        home,
        frozenset(cls for cue in cues for cls in cue[2]),
        frozenset(cls for cue in cues[:in_subject] for cls in cue[2]),
        tables.headings(text),
    )


def amount_features(doc: Document, amount: Amount, index: int, amounts: list[Amount]) -> list[str]:
    features = ["bias"]
    # A value under a column heading reads as if the heading stood just before it.
    before = doc.heading_cues(amount) or doc.cues_between(
        doc.clause_start(amount.start), amount.start
    )
    after = doc.cues_between(amount.end, doc.clause_end(amount.end, 30))
    features += [f"b:{cls}" for cue in before for cls in cue[2]]
    features += [f"a:{cls}" for cue in after for cls in cue[2]]
    if before:
        features += [f"b1:{cls}" for cls in before[-1][2]]
    if after:
        features += [f"a1:{cls}" for cls in after[0][2]]
    line = doc.cues_between(doc.clause_start(amount.start, 120), amount.start)
    features += [f"l:{cls}" for cue in line[:2] for cls in cue[2]]
    if amount.start < doc.subject_length:
        features.append("subject")
    features.append("first" if index == 0 else "later")
    if index == len(amounts) - 1:
        features.append("last")
    if len(amounts) == 1:
        features.append("only")
    features.append("explicit" if amount.explicit else "implicit")
    if not amount.marked:
        features.append("unmarked")
    if amount.negative:
        features.append("negative")
    if all(a.value <= amount.value for a in amounts if a.currency == amount.currency):
        features.append("largest")
    if any(a.value == amount.value and a is not amount for a in amounts):
        features.append("repeated")
    if doc.home_currency and amount.currency != doc.home_currency:
        features.append("foreign")
    return features


def message_features(
    doc: Document, best: Amount | None, best_score: float, has_last4: bool
) -> list[str]:
    """Is this email a report of money that moved? Built from the whole text and from around
    the amount the ranker preferred."""
    features = ["bias"]
    # A card issuer's "thank you for your payment" is judged by the veto (app.extraction
    # .reader), which needs the card words beside it; alone it thanks for a bill paid.
    features += [
        f"has:{cls}" for cls in doc.classes - {lexicon.CARD_BILL} - _footer_only(doc, best)
    ]
    features += [f"subj:{cls}" for cls in doc.subject_classes]
    if best is None:
        features.append("no_amount")
        return features
    around = doc.cues_between(best.start - 80, best.end + 80) + doc.heading_cues(best)
    near = {cls for cue in around for cls in cue[2]}
    features += [f"near:{cls}" for cls in near]
    features.append(f"score:{max(-3, min(3, round(best_score)))}")
    features.append("explicit" if best.explicit else "implicit")
    if has_last4:
        features.append("last4")
    return features


def _footer_only(doc: Document, best: Amount | None) -> set[str]:
    """A promotion's words only in the footer, well after the amount ("To stop receiving
    marketing emails, unsubscribe"): alerts carry that footer too, so it says nothing."""
    if best is None or lexicon.PROMO not in doc.classes or lexicon.PROMO in doc.subject_classes:
        return set()
    line_end = doc.text.find("\n", best.end)
    below = best.end + _FOOTER_GAP if line_end < 0 else max(line_end, best.end + _FOOTER_GAP)
    # ... or a paragraph of its own below the amount's ("Upgrade to Premium Family for £19.99")
    paragraph_end = doc.text.find("\n\n", best.end)
    if 0 <= paragraph_end < below:
        below = paragraph_end
    promo = [cue for cue in doc.cues if lexicon.PROMO in cue[2]]
    return {lexicon.PROMO} if all(cue[0] > below for cue in promo) else set()


# How far after the amount a footer's words begin, at the least (on a later line).
_FOOTER_GAP = 60


def direction_features(doc: Document, amount: Amount) -> list[str]:
    """Which way the chosen amount moved (the model answers "credit?")."""
    features = ["bias"]
    before = doc.heading_cues(amount) or doc.cues_between(
        doc.clause_start(amount.start, 120), amount.start
    )
    after = doc.cues_between(amount.end, doc.clause_end(amount.end, 80))
    picked = [(cue, "b") for cue in before] + [(cue, "a") for cue in after]
    for cue, side in picked:
        for cls in cue[2]:
            if cls in DIRECTION_CLASSES:
                features.append(f"{side}:{cls}")
    # The nearest cue that says anything about direction, on each side.
    directed_before = [cue for cue in before if DIRECTION_CLASSES.intersection(cue[2])]
    directed_after = [cue for cue in after if DIRECTION_CLASSES.intersection(cue[2])]
    for cue in directed_before[-1:]:
        features += [f"b1:{cls}" for cls in cue[2] if cls in DIRECTION_CLASSES]
    for cue in directed_after[:1]:
        features += [f"a1:{cls}" for cls in cue[2] if cls in DIRECTION_CLASSES]
    features += [f"subj:{cls}" for cls in doc.subject_classes & DIRECTION_CLASSES]
    opening = {cls for cue in _opening_cues(doc) for cls in cue[2]}
    features += [f"doc:{cls}" for cls in opening & {lexicon.CREDIT, lexicon.DEBIT}]
    near = {cls for cue, _ in picked for cls in cue[2]}
    if lexicon.REVERSAL in near and near & {lexicon.CASHBACK, lexicon.REWARD}:
        features.append("cashback_reversed")
    if amount.negative:
        features.append("negative")
    elif _PLUS_BEFORE.search(doc.text, max(0, amount.mark_start - 3), amount.mark_start) or (
        _PLUS_BEFORE.search(doc.text, max(0, amount.start - 3), amount.start)
    ):
        features.append("positive")  # "+1,288,000 VND", "+ €12.00": money in
    return features


_PLUS_BEFORE = re.compile(r"\+\s?$")


def _opening_cues(doc: Document) -> list[Cue]:
    """The cues of the mail's opening, but an offer's ("%5 nakit iade", "5% cashback this
    month"): money back promised at a rate says nothing of which way this payment went."""
    return [
        cue
        for cue in doc.cues_between(0, 400)
        if "%" not in doc.text[max(0, cue[0] - 10) : cue[1] + 10]
    ]


def direction_cues(doc: Document, amount: Amount) -> list[tuple[Cue, list[str]]]:
    """Each cue that direction_features reads, with the features it gives rise to (for
    showing which words decided the direction)."""
    before = doc.cues_between(doc.clause_start(amount.start, 120), amount.start)
    after = doc.cues_between(amount.end, doc.clause_end(amount.end, 80))
    nearest_before = next((c for c in reversed(before) if DIRECTION_CLASSES & set(c[2])), None)
    nearest_after = next((c for c in after if DIRECTION_CLASSES & set(c[2])), None)
    found: dict[Cue, list[str]] = {}
    for cues, side, nearest in ((before, "b", nearest_before), (after, "a", nearest_after)):
        for cue in cues:
            if DIRECTION_CLASSES.isdisjoint(cue[2]):
                continue
            classes = [cls for cls in cue[2] if cls in DIRECTION_CLASSES]
            names = [f"{side}:{cls}" for cls in classes]
            if cue is nearest:
                names += [f"{side}1:{cls}" for cls in classes]
            found.setdefault(cue, []).extend(names)
    for cue in doc.cues_between(0, doc.subject_length):
        if not DIRECTION_CLASSES.isdisjoint(cue[2]):
            found.setdefault(cue, []).extend(f"subj:{c}" for c in cue[2] if c in DIRECTION_CLASSES)
    for cue in _opening_cues(doc):
        if not DIRECTION_CLASSES.isdisjoint(cue[2]):
            found.setdefault(cue, []).extend(f"doc:{c}" for c in cue[2] if c in _CREDIT_DEBIT)
    return [(cue, names) for cue, names in found.items() if names]


def party_features(
    doc: Document,
    party: Party,
    amount: Amount,
    credit: bool,
    sender_name: str,
    brand: bool,
) -> list[str]:
    sender_key = _loose_key(sender_name)
    direction = "credit" if credit else "debit"
    features = ["bias", f"src:{party.source}", f"src:{party.source}|{direction}"]
    # The introducing word itself only where it says which way ("to" a payee, "from" a
    # payer): other words and labels generalise as their source.
    if party.cue in DIRECTED_CUES:
        features.append(f"cue:{party.cue}|{direction}")
    if party.start >= 0:
        gap = party.start - amount.end if party.start >= amount.end else amount.start - party.end
        side = "after" if party.start >= amount.end else "before"
        bucket = "0" if gap < 40 else "1" if gap < 120 else "2" if gap < 400 else "3"
        features += [f"gap:{bucket}", f"side:{side}", f"gap:{bucket}|{side}"]
        if doc.line_start(party.start) == doc.line_start(amount.start):
            features.append("same_line")
        if party.start < doc.subject_length:
            features.append("in_subject")
        if party.start > len(doc.text) - 150 and party.start > amount.end + 150:
            features.append("footer")
        inner = {cls for cue in doc.cues_between(party.start, party.end) for cls in cue[2]}
        features += [f"in:{cls}" for cls in inner]
    name = party.name
    words = name.split()
    features.append(f"words:{min(len(words), 4)}")
    if name.isupper():
        features.append("caps")
    elif all(word[:1].isupper() for word in words if word[:1].isalpha()):
        features.append("title")
    if name[:1].islower():
        features.append("lower_start")
    if any(map(str.isdigit, name)):
        features.append("digits")
    if "@" in name:
        features.append("at_sign")
    if brand:
        features.append("brand")
    sender_kind = "bankish" if is_bankish(sender_name) else "shopish"
    key = _loose_key(name)
    if (
        party.source != "sender"
        and sender_key
        and key
        and _same_sender(key, sender_key, name, sender_name)
    ):
        features.append(f"is_sender|{sender_kind}")  # the sender names itself
    if party.source == "sender":
        features.append(f"sender_{sender_kind}")
        features += [f"sender|{cls}" for cls in doc.classes & {lexicon.TOTAL, lexicon.MINOR}]
    return features


def _same_sender(key: str, sender_key: str, name: str, sender_name: str) -> bool:
    """Is the name the sender's own, whole or by its first word ("M&T Online Banking" of "M&T
    Bank", "Santander" of "Santander Argentina")?"""
    if key in sender_key or sender_key in key:
        return True
    first = _loose_key(name.split(maxsplit=1)[0])
    return len(first) >= 2 and first == _loose_key((sender_name.split() or [""])[0])


DIRECTED_CUES = frozenset({"to", "from", "at", "kwa", "de", "para", "von", "an", "à", "ke", "dari"})


@lru_cache(maxsize=1024)
def is_bankish(sender_name: str) -> bool:
    """Does the sender's name say bank, card, wallet or alerts (its mail is about others)?"""
    return bool(_BANKISH.search(sender_name))


def names_a_bank(name: str) -> bool:
    return bool(_BANK_WORD.search(name))


# "Bank" in Swahili and in scripts the lists below did not have (Sinhala, Lao, Devanagari,
# Bengali, Tamil, Telugu, Georgian, Armenian, Amharic, Burmese, Khmer).
_SCRIPT_BANK_WORDS = "benki|බැංකුව|ທະນາຄານ|बैंक|ব্যাংক|வங்கி|బ్యాంక్|ბანკი|բանկ|ባንክ|ဘဏ်|ធនាគារ"
# "Bank" as banks call themselves in the languages written in Latin letters, and in other
# scripts: one list for both tests below (a bank's name; a sender that is a bank, card issuer or
# wallet).
_BANK_LATIN = (
    "bank|banco|banque|banca|banka|bancă|bankası|bankasi|sparkasse|caixa|caja|ngân hàng|pank"
    "|takarék"
)
_BANK_OTHER_SCRIPTS = "банк|בנק|بنك|بانک|مصرف|ธนาคาร|銀行|银行|은행|" + _SCRIPT_BANK_WORDS
_BANK_WORD = re.compile(rf"(?i)\b(?:{_BANK_LATIN})\b|bank\b|{_BANK_OTHER_SCRIPTS}")
_BANKISH = re.compile(
    rf"(?i)\b(?:{_BANK_LATIN}|bancorp|card|cards|credit|alerts?|pay|wallet|upi|m-?pesa|money"
    r"|financ\w*|capital|kasse|caisse|savings|incontact|banc|cassa|kredi|kredit|ngan hang"
    # Credit unions, building societies, cooperatives and microfinance banks, and "bank" or
    # "money" in more languages (Tajik, Malagasy, Lithuanian, Icelandic, Māori, Welsh, Irish,
    # Samoan, Somali, Nepali, Sinhala, Wolof).
    r"|credit union|building society|co-?operative|coopec|sacco|microfinance|mfb"
    r"|bonk|бонк|banky|bankas|sparisjóður|pūtea|cymdeithas adeiladu|creidmheas|faletupe|xawaalad"
    r"|sahakari|samupakara|xaalis|mobile money|aurrezki kutxa|kutxa)\b"
    # A wallet named for paying: "Payme", "ZaloPay", "Paytm".
    r"|\bpay(?:me|tm)\b|\b\w+pay\b"
    rf"|カード|k plus|bank|pankki|카드|뱅크|信用卡|{_BANK_OTHER_SCRIPTS}"
)


@lru_cache(maxsize=4096)
def _loose_key(name: str) -> str:
    return "".join(filter(str.isalnum, name.casefold()))
