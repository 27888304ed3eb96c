"""Words that say money moved, and which way: "debited", "you paid", "credited to your
account", "refund", "bezahlt", "crédité", "has recibido"... in English, German, French, Spanish.

Direction is read from the user's side. A phrase tied to the user's account ("debited from your
a/c", "credited to your account", "sent you") beats a bare verb; the one nearest the amount wins.
Every pattern here is lower-case and runs on the lower-cased text.
"""

import re
from dataclasses import dataclass

from app.extraction.money import Money
from app.extraction.patterns import starts, trie
from app.extraction.result import Direction

_CREDIT_LIST = (
    "credited",
    "received",
    "refunded",
    "refund",
    "reversed",
    "reversal",
    "deposited",
    "deposit",
    "sent you",
    "paid you",
    "credit of",
    "credit from",
    "credit was posted",
    "money in",
    "gutgeschrieben",
    "gutschrift",
    "erhalten",
    "eingegangen",
    "crédité",
    "créditée",
    "reçu",
    "remboursement",
    "remboursé",
    "abonado",
    "abono",
    "recibido",
    "reembolso",
    "devolución",
    "devuelto",
    "ingreso",
    "topped up",
    "top-up of",
    "hat dir",
    "got paid",
)
_DEBIT_LIST = (
    "debited",
    "debit of",
    "debit for",
    "spent",
    "withdrawn",
    "withdrawal",
    "withdrew",
    "charged",
    "sent",
    "purchased",
    "purchase",
    "deducted",
    "transaction of",
    "payment of",
    "payment to",
    "used for",
    "transferred",
    "made a",
    "placed or charged",
    "was made",
    "were made",
    "has been made",
    "bezahlt",
    "abgebucht",
    "belastet",
    "kartenzahlung",
    "zahlung",
    "gesendet",
    "überwiesen",
    "abhebung",
    "paiement",
    "payé",
    "débité",
    "prélèvement",
    "retrait",
    "cargo",
    "compra",
    "pagado",
    "pago",
    "retirada",
    "enviado",
    "used at",
    "used to pay",
    "lastschrift",
    "kartenumsatz",
    "überweisung",
    "prelevement",
    "prélèvement",
    "débit",
    "achat",
    "cobro",
)
_CREDIT_WORDS, _DEBIT_WORDS = trie(_CREDIT_LIST), trie(_DEBIT_LIST)
# "paid" alone is an adjective too ("a paid subscription"): only count it as the verb.
_PAID = (
    r"paid(?= to| at| for| via| using| from| by| with| successfully| [₹$€£]| rs| inr| usd| \d"
    r"|[.,;:!)]|\s*$)"
    r"|(?<=you )paid|(?<=have )paid"
)
_VERB = re.compile(
    rf"{starts(_CREDIT_LIST + _DEBIT_LIST)}\b"
    rf"(?:(?P<credit>{_CREDIT_WORDS})|(?P<debit>{_DEBIT_WORDS}|{_PAID}))\b"
)
# "will be credited", "get funds credited", "to be paid", "were not charged": money that has
# not moved.
_NOT_YET = re.compile(
    r"\b(?:will|shall|would|may|can|could|to be|get|gets|wird|werden|sera|serán?)\b[^.\n]{0,15}$"
    r"|\b(?:not|never|no)\b[^.\n]{0,6}$"
)
_ACCOUNT = r"(?:a/c|acct|account|ac|card)"
_ANCHOR = re.compile(
    r"(?=[abcdefghikmprstuwy])"  # the first letters of the phrases below
    rf"(?:(?P<credit>\bcredited to (?:your )?{_ACCOUNT}\b"
    rf"|\b{_ACCOUNT}\b[^\n]{{0,25}}?\b(?:is |has been "
    r"|was |got )?credited\b|\bsent you\b|\bpaid you\b|\byou(?:'ve| have)? (?:received|got)\b"
    r"|\breceived (?:[₹$€£]|rs\b|inr|usd|eur|gbp|ksh)|\binto your (?:account|a/c)\b"
    r"|\bdirect deposit\b|\bgutgeschrieben\b|\berhalten\b|\bcrédité|\bhas recibido\b"
    r"|\bcredit of\b|\bmoney in\b|\bhat dir\b|\bhat ihnen\b|\btopped up\b|\bgot paid\b"
    r"|\breceived from\b|\brecibid[oa]\b|\breçue?\b)"
    rf"|(?P<debit>\bdebited from (?:your )?{_ACCOUNT}\b|\b{_ACCOUNT}\b[^\n]{{0,25}}?\b(?:is "
    r"|has been |was )?debited\b|\byou(?:'ve| have)? (?:paid|sent|spent|made|withdrawn|purchased"
    r"|transferred)\b|\bthank you for (?:your payment|using)\b|\bwithdrawn from\b"
    rf"|\bfrom your {_ACCOUNT}\b|\bdebited with\b|\bspent on\b|\bused (?:for|at|to pay)\b"
    r"|\b(?:was|were|has been) used\b"
    r"|\bbezahlt\b|\bbelastet\b|\babgebucht\b|\bkartenzahlung\b|\bun paiement\b|\bdébité"
    r"|\bun cargo\b|\bcompra con\b|\bpaid (?:successfully )?to\b|\bpaid via\b|\bpaid by\b))"
)
_REFUND = re.compile(
    r"\b(?:refund(?:ed)?|reversal|reversed|remboursement|remboursé|erstattung|erstattet"
    r"|reembolso|devoluci[óo]n)\b"
)
_NEAR = 120


@dataclass(frozen=True, slots=True)
class Signal:
    start: int
    end: int
    direction: Direction


def _signals(pattern: re.Pattern[str], lower: str) -> list[Signal]:
    found = []
    for match in pattern.finditer(lower):
        if _NOT_YET.search(lower, max(0, match.start() - 30), match.start()):
            continue
        direction: Direction = "credit" if match["credit"] else "debit"
        found.append(Signal(match.start(), match.end(), direction))
    return found


def find_verbs(lower: str) -> list[Signal]:
    """Money-movement words that describe something that happened (not "will be debited")."""
    return _signals(_VERB, lower)


def find_anchors(lower: str) -> list[Signal]:
    """Phrases that tie the movement to the user's own account ("credited to your a/c")."""
    return _signals(_ANCHOR, lower)


def distance(signal: Signal, money: Money) -> int:
    if signal.end <= money.start:
        return money.start - signal.end
    return max(0, signal.start - money.end)


def nearest(signals: list[Signal], money: Money, limit: int = _NEAR) -> Signal | None:
    best = min(signals, key=lambda signal: distance(signal, money), default=None)
    if best is None or distance(best, money) > limit:
        return None
    return best


def direction_of(
    lower: str, lower_subject: str, money: Money, anchors: list[Signal], verbs: list[Signal]
) -> tuple[Direction, bool]:
    """(direction, sure): sure is False when nothing in the text said which way money went."""
    if money.sign:
        return ("debit" if money.sign < 0 else "credit"), True
    window = lower[max(0, money.start - _NEAR) : money.end + _NEAR]
    if _REFUND.search(lower_subject) or _REFUND.search(window):
        return "credit", True
    for signals, limit in ((anchors, 250), (verbs, _NEAR)):
        found = nearest(signals, money, limit)
        if found is not None:
            return found.direction, True
    return "debit", False  # receipts and card alerts: money out is by far the common case
