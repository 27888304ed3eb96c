"""The rules extractor: email → ExtractionResult, no network, no database.

Order of work: who sent it (sender profile) → is it certainly not a transaction (OTP, decline,
reminder...) → the amounts in it → which amount is the transaction → does anything say money
moved → direction, counterparty, account, date, balance, reference → how sure we are.
"""

import re
from dataclasses import dataclass

from app.extraction.classify import definitive_reason, soft_reason
from app.extraction.dates import find_occurred_at
from app.extraction.fields import (
    find_account_last4,
    find_balance,
    find_reference,
    is_balance,
    is_limit,
)
from app.extraction.merchant import clean_merchant, find_merchant, find_payee
from app.extraction.money import Money, find_money
from app.extraction.patterns import lowered
from app.extraction.result import Direction, ExtractionResult
from app.extraction.senders import UNKNOWN, SenderProfile, profile_for
from app.extraction.signals import Signal, direction_of, find_anchors, find_verbs, nearest
from app.mail.message import ParsedEmail

# Below this confidence a result (transaction or rejection) is worth a second opinion from a
# slower extractor (an LLM). Every result on the labelled corpus scores at least 0.8; an unknown
# sender with only "Total: 100.00 EUR" scores about 0.6.
REVIEW_BELOW = 0.75

# Alerts put their facts first; receipts end with footers. Reading only the first part keeps
# the cost per email bounded whatever the size of the body.
MAX_TEXT_CHARS = 6000

# Labels in front of the amount. The whole bill ("Order Total") outranks a plain "Total" or
# "Amount", which outranks parts of it ("Item Total", "Subtotal", "Tax", "Delivery fee").
_BILL_TOTAL_BEFORE = re.compile(
    r"\b(?:order total|grand total|total charged|total paid|total fare|amount paid|amount charged"
    r"|importe total|montant total|gesamtbetrag|gesamtsumme|total ttc|total a pagar)\b"
    r"[^\n\d]{0,30}$"
)
_TOTAL_BEFORE = re.compile(
    r"\b(?:total amount|purchase amount|amount (?:debited|credited)|total|summe|betrag|importe"
    r"|montant|amount|zu zahlen)\b[^\n\d]{0,30}$"
)
_MINOR_BEFORE = re.compile(
    r"\b(?:fees?|tax(?:es)?|subtotal|sub-total|item(?:s|\(s\))? (?:sub)?total|tip|discount|cost"
    r"|cashback|shipping|delivery|savings|points|converted)\b[^\n\d]{0,30}$"
)
_DONE = re.compile(
    r"\b(?:processed|successful(?:ly)?|completed|confirmed|booked|posted|approved|ausgeführt"
    r"|effectué|realizad[ao])\b"
)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One email's text and what the scanners found in it (offsets shared by all)."""

    document: str  # subject + "\n" + body
    lower: str  # the same, lower-cased, for keyword patterns
    subject_length: int
    money: list[Money]
    anchors: list[Signal]  # money-movement phrases tied to the user's account
    verbs: list[Signal]  # money-movement words

    @property
    def lower_subject(self) -> str:
        return self.lower[: self.subject_length]


def extract(email: ParsedEmail) -> ExtractionResult:
    """Read one parsed email into a transaction or a rejection with its reason. Pure and
    bounded: only the first MAX_TEXT_CHARS of the body are read."""
    profile = profile_for(email.sender)
    document = f"{email.subject}\n{email.text[:MAX_TEXT_CHARS]}"
    lower = lowered(document)
    reason = definitive_reason(lower[: len(email.subject)], lower)
    if reason is not None:
        return ExtractionResult.rejected(reason, 0.95)
    reading = _Reading(
        document,
        lower,
        len(email.subject),
        find_money(document, dollar=profile.dollar, yen=profile.yen),
        find_anchors(lower),
        find_verbs(lower),
    )
    chosen = _choose_amount(reading)
    if chosen is None:
        return ExtractionResult.rejected(soft_reason(lower) or "no_amount", 0.8)
    strong = nearest(reading.anchors, chosen, limit=250) is not None
    if not strong and not _says_money_moved(reading, chosen):
        return ExtractionResult.rejected(soft_reason(lower) or "no_transaction_wording", 0.7)
    return _transaction(email, profile, reading, chosen, strong)


def _transaction(
    email: ParsedEmail, profile: SenderProfile, reading: _Reading, chosen: Money, strong: bool
) -> ExtractionResult:
    document, lower = reading.document, reading.lower
    direction, sure = _direction(reading, chosen)
    merchant = _counterparty(email, profile, reading, chosen, direction)
    month_first = profile.month_first or (profile is UNKNOWN and chosen.currency == "USD")
    occurred_at = find_occurred_at(document, lower, email.received_at, month_first)
    balance = find_balance(lower, reading.money, chosen)
    result = ExtractionResult(
        is_transaction=True,
        amount=chosen.amount,
        currency=chosen.currency,
        direction=direction,
        merchant=merchant,
        account_last4=find_account_last4(lower),
        occurred_at=occurred_at or email.received_at,
        balance=balance.amount if balance and balance.currency == chosen.currency else None,
        reference=find_reference(document, lower),
    )
    result.confidence = _confidence(
        result,
        known_sender=profile.known,
        sure_of_direction=sure,
        tied_to_account=strong,
        dated_in_text=occurred_at is not None,
        explicit_currency=chosen.explicit,
        looks_promotional=soft_reason(lower) is not None,
    )
    return result


def _direction(reading: _Reading, chosen: Money) -> tuple[Direction, bool]:
    """Which way the money went, read around the chosen amount or, when nothing there says,
    around another mention of the same amount ("A $45.21 credit ..." above "Amount $45.21")."""
    same_amount = [chosen] + [
        other
        for other in reading.money
        if other is not chosen
        and (other.amount, other.currency) == (chosen.amount, chosen.currency)
    ]
    for mention in same_amount:
        direction, sure = direction_of(
            reading.lower, reading.lower_subject, mention, reading.anchors, reading.verbs
        )
        if sure:
            return direction, sure
    return "debit", False


def _counterparty(
    email: ParsedEmail,
    profile: SenderProfile,
    reading: _Reading,
    chosen: Money,
    direction: Direction,
) -> str | None:
    document, lower = reading.document, reading.lower
    brand = profile.brand_for(email)
    if brand is not None:
        # A shop's or wallet's own mail is about the shop, unless it names whom you paid.
        payee = find_payee(document, lower) if direction == "debit" else None
        return payee or brand
    return find_merchant(document, lower, direction) or _shop_receipt_sender(
        email, profile, lower, chosen
    )


_BANKISH = re.compile(
    r"\b(?:bank|banque|banco|bancorp|card|cards|credit|alerts?|pay|wallet|upi|financial|finance"
    r"|sparkasse|kasse|caisse|savings|money|capital)\b"
)
_RECEIPT_WORDS = re.compile(
    r"\b(?:order|receipt|invoice|purchase|booking|payment|bill|bestellung|commande"
    r"|pedido|rechnung|facture|factura)\b"
)


def _shop_receipt_sender(
    email: ParsedEmail, profile: SenderProfile, lower: str, chosen: Money
) -> str | None:
    """A shop we have no profile for, sending its own receipt ("Total Paid S$ 14.20"): the
    counterparty is the sender. Never for banks and wallets, whose alerts name someone else."""
    if profile.known or not email.sender_name:
        return None
    name = email.sender_name.strip()
    if _BANKISH.search(name.lower()):
        return None
    before = lower[max(0, chosen.start - 40) : chosen.start]
    if not (
        _BILL_TOTAL_BEFORE.search(before)
        or _TOTAL_BEFORE.search(before)
        or _RECEIPT_WORDS.search(lower)
    ):
        return None
    return clean_merchant(name)


def _choose_amount(reading: _Reading) -> Money | None:
    """The amount the message is about: next to a money verb or a "Total" label, not a
    balance, limit, fee or tax, not zero; the earliest wins a tie (alerts lead with it)."""
    best, best_score = None, 0.0
    for candidate in reading.money:
        if not candidate.amount:  # "$0.00 authorization", "Transaction cost, Ksh0.00"
            continue
        score = _amount_score(reading, candidate)
        if best is None or score > best_score:
            best, best_score = candidate, score
    if best is None or best_score <= -5:
        return None  # only balances and limits: a balance alert, not a transaction
    return best


def _amount_score(reading: _Reading, candidate: Money) -> float:
    lower = reading.lower
    if is_balance(lower, candidate) or is_limit(lower, candidate):
        return -10.0
    before = lower[max(0, candidate.start - 40) : candidate.start]
    score = -candidate.start / 100_000  # earlier is better, all else equal
    if _BILL_TOTAL_BEFORE.search(before):
        score += 5
    elif _TOTAL_BEFORE.search(before):
        score += 4
    if _MINOR_BEFORE.search(before):
        score -= 3
    if nearest(reading.anchors, candidate, limit=80) or nearest(reading.verbs, candidate, 80):
        score += 3
    return score


def _says_money_moved(reading: _Reading, chosen: Money) -> bool:
    """A money verb near the amount, a "Total" label before it, or "processed", "successful",
    "confirmed"... around it."""
    if nearest(reading.verbs, chosen) is not None:
        return True
    lower = reading.lower
    before = lower[max(0, chosen.start - 40) : chosen.start]
    if _BILL_TOTAL_BEFORE.search(before) or _TOTAL_BEFORE.search(before):
        return True
    return _DONE.search(lower[max(0, chosen.start - 120) : chosen.end + 120]) is not None


def _confidence(
    result: ExtractionResult,
    *,
    known_sender: bool,
    sure_of_direction: bool,
    tied_to_account: bool,
    dated_in_text: bool,
    explicit_currency: bool,
    looks_promotional: bool,
) -> float:
    """How far to trust these rules (an LLM extractor can take over below a threshold): each
    thing the text stated outright, rather than left to a default, adds to it."""
    score = 0.55
    score += 0.1 if known_sender else 0.0
    score += 0.1 if sure_of_direction else 0.0
    score += 0.1 if result.merchant else 0.0
    score += 0.05 if dated_in_text else 0.0
    score += 0.05 if explicit_currency else 0.0
    score += 0.05 if tied_to_account else 0.0
    score -= 0.2 if looks_promotional else 0.0
    return round(max(0.05, min(0.99, score)), 3)
