"""Mail that mentions money but is not a transaction: one-time passwords, declined or failed
payments, reminders of future debits, money on its way (refunds being processed), statement
notices, promotions, newsletters, login alerts, mandate registrations, payment requests,
shipping notices, balance alerts.

Two strengths. A *definitive* sign (an OTP with its code, "was declined", "will be debited",
"statement is ready", "mandate ... registered") rejects the message even though it quotes an
amount, a card and a merchant, which OTPs and declines always do. A *soft* sign ("unsubscribe",
"% off") only names the reason when nothing in the message says money moved.

All patterns are lower-case and run on the lower-cased text. One scan for trigger words decides
which reasons' patterns are worth running, so most mail runs few of them.
"""

import re
from dataclasses import dataclass

from app.extraction.patterns import trie


@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    triggers: frozenset[str]  # substrings that every match of `pattern` contains
    pattern: re.Pattern[str]


def _rule(reason: str, triggers: str, pattern: str) -> _Rule:
    """`triggers` is "|"-separated. No trigger may contain another reason's trigger: the one
    trigger scan reports the longest word at each place."""
    return _Rule(reason, frozenset(triggers.split("|")), re.compile(pattern))


_CODE_WORDS = (
    r"otp|one[- ]time (?:password|passcode|code|pin)|verification code|security code"
    r"|authentication code|passcode|login code|bestätigungscode|verifizierungscode"
    r"|sicherheitscode|code de (?:vérification|sécurité|confirmation)"
    r"|código de (?:verificación|seguridad|confirmación)"
)
# Checked in this order; the first that matches names the reason.
_DEFINITIVE = [
    _rule(
        "otp",
        "otp|code|password|passcode|código",
        # The code itself next to the word: "OTP for txn of INR 5,000 at X is 482913".
        rf"\b(?:{_CODE_WORDS})\b[^\n]{{0,120}}?(?:\bis\b|:|\blautet\b|\best\b|\bes\b)\s*:?\s*"
        rf"\d{{4,8}}\b|\b\d{{4,8}} is (?:your|the)\b[^\n]{{0,40}}?\b(?:{_CODE_WORDS}|code)\b"
        r"|\bcode:?[ \t]*\n\s*\d{4,8}[ \t]*(?:\n|$)",
    ),
    _rule(
        "declined",
        "declin|approved|authori|fail|unsuccessful|could|insufficient|cancel|storn|annul|anulad"
        "|fondos|returned|abgelehnt|fehlgeschlagen|refus|échoué|rechaz|deneg|fallid",
        r"\b(?:declined|was not approved|not been approved|(?:was|were|has) not (?:been )?"
        r"authori[sz]ed|failed|unsuccessful|cancell?ed|storniert|annulée?|anulad[ao]"
        r"|cancelad[ao]|falta de fondos|fondos insuficientes|returned (?:unpaid|due to)"
        r"|could(?: not|n't) be (?:completed|processed)|insufficient (?:funds|balance"
        r"|credit limit)|abgelehnt|fehlgeschlagen|refusée?|a échoué|rechazad[ao]|denegad[ao]"
        r"|fallid[ao])\b",
    ),
    _rule(
        "reminder",
        "will|you'll|due|renew|schedul|upcoming|pre-debit|predebit|wird|vorab|ziehen|prélev"
        "|cargará|próximo|fällig|sera",
        r"\bwill be (?:debited|charged|deducted|auto-?debited|sent|collected|paid|billed"
        r"|processed)\b|\byou(?:'ll| will) be (?:charged|billed|debited)\b"
        r"|\b(?:is|are|falls) due\b|\bpayment due\b|\bdue (?:date|on|by)\b"
        r"|\bwill (?:auto-?)?renew\b|\bscheduled payment|\bscheduled (?:for|on)\b"
        r"|\bupcoming (?:payment|debit|sip|instalment|installment|charge)|\bpre-?debit\b"
        r"|\bwird\b[^\n]{0,60}\b(?:abgebucht|eingezogen|belastet)\b|vorabankündigung"
        r"|\bziehen\b[^\n]{0,80}\bein\b|\bsera prélevée?|\bseront prélevés|\bse cargará"
        r"|\bpróximo recibo|\brenews (?:automatically )?on\b|\bfällig\b|\bsera débitée?\b"
        r"|\bdue upon\b",
    ),
    _rule(
        "pending",
        "being|refund|pending confirmation|pending approval|pending review",
        r"\b(?:is|are) being (?:processed|reviewed|verified)\b|\brefund request\b"
        r"|\bpending (?:confirmation|approval|review)\b",
    ),
    _rule(
        "mandate",
        "mandat|standing instruction|autopay|auto-debit|autodebit",
        r"\b(?:mandate|e-?mandate|standing instruction|autopay|auto-?debit|lastschriftmandat)\b"
        r"[^\n]{0,80}?\b(?:created|registered|registration|set ?up|activated|confirmed)\b"
        r"|\bbestätig\w*[^\n]{0,40}lastschriftmandat",
    ),
    _rule(
        "statement_notice",
        "statement|due|kontoauszug|relevé|extracto",
        r"\bstatement\b[^\n]{0,60}?\b(?:is ready|is (?:now )?available|has been generated"
        r"|generated|is attached|ready to view)|\be-?(?:account )?statement\b"
        r"|\b(?:total|amount|balance|minimum) (?:amount |payment )?due\b|\bkontoauszug\b"
        r"|relevé de compte|extracto (?:de cuenta|mensual)",
    ),
    _rule(
        "payment_request",
        "request",
        r"\brequests? [₹$€£]|\brequested [₹$€£]|\bsent you a (?:payment |money )?request"
        r"|\bmoney request\b|\bpayment request\b|\bcollect request\b",
    ),
    _rule(
        "login_alert",
        "log|sign|new device",
        r"\blogged (?:in|on)\b|\blog-?in (?:alert|attempt|to your)|\bnew (?:sign-?in|log-?in"
        r"|device)\b|\bsigned in to\b|\bsign-in attempt",
    ),
    _rule(
        "order_update",
        "shipped|delivery|dispatched|track your",
        r"\b(?:has|have) (?:been )?shipped\b|\bout for delivery\b|\bhas been dispatched\b"
        r"|\btrack your package\b",
    ),
    _rule(
        "balance_alert",
        "balance|below",
        r"\blow balance\b|\bbelow the [^\n]{0,20}alert|\bbalance alert\b|\bfallen below\b",
    ),
    _rule(
        "promotion",
        "approved|bonus|earn |save|price drop",
        r"\bpre-?approved\b|\bbonus (?:membership rewards|points|miles)"
        r"|\bearn [\d,]+ (?:bonus )?(?:points|miles)|\bcould (?:have )?save|\bprice drop\b",
    ),
    _rule(
        "newsletter",
        "spending|monthly|rate alert|digest",
        r"\bspending (?:summary|report)\b|\bmonthly (?:summary|insights)\b|\brate alert\b"
        r"|\bweekly digest\b",
    ),
]
# Subjects are short and written on purpose: a keyword there is enough.
_SUBJECT = re.compile(
    rf"(?P<otp>\b(?:{_CODE_WORDS}|one[- ]time|código)\b)"
    r"|(?P<statement_notice>\bstatement\b|\bkontoauszug\b|\brelevé\b|\bextracto\b)"
    r"|(?P<reminder>\breminder\b|\bis due\b|\bdue soon\b|\bwill renew\b|\bupcoming\b"
    r"|\bvorabankündigung\b|\brappel\b|\brecordatorio\b)"
    r"|(?P<declined>\bdeclined\b|\bfailed\b|\bunsuccessful\b|\babgelehnt\b|\brefusée?\b"
    r"|\bdenegad[ao]\b|\brechazad[ao]\b)"
    r"|(?P<newsletter>\bnewsletter\b|\bdigest\b|\bwhat's new\b|\bdaily brief\b)"
    r"|(?P<login_alert>\bsecurity alert\b|\bsign-?in\b|\blog-?in\b|\bnew device\b)"
    r"|(?P<mandate>\bmandate\b|\bstanding instruction\b)"
    r"|(?P<promotion>\boffers?\b|\d+ ?% off|\bsale\b|\bdeals?\b|\bcashback\b|\brabatt\b"
    r"|\bdescuento\b|\brebajas\b|\bpromo\w*\b|\bwaiting for you\b)"
)
_SUBJECT_TRIGGERS = (
    "otp|one-time|one time|code|código|password|passcode|statement|kontoauszug|relevé|extracto"
    "|reminder|due|renew|upcoming|vorab|rappel|recordatorio|declin|fail|unsuccessful|abgelehnt"
    "|refus|deneg|rechaz|newsletter|digest|what's new|brief|security alert|sign|log|device"
    "|mandate|standing instruction|offer|%|sale|deal|cashback|rabatt|descuento|rebajas|promo"
    "|waiting for you"
)
_SOFT = re.compile(
    r"(?P<promotion>\boffers?\b|\d+ ?% off\b|\bdiscount\b|\bcoupon\b|\bcashback\b|\bdeals?\b"
    r"|\brabatt\b|\bdescuento\b|\bréduction\b|\bjusqu'à\b|-\d+ ?%|\bpromo\w*\b|\bshop now\b"
    r"|\binvite\b|\brefer a friend\b|\bbonanza\b|\bget [^\n]{1,12} back\b)"
    r"|(?P<newsletter>\bunsubscribe\b|\bnewsletter\b|\bdésinscrire\b|\babmelden\b"
    r"|\bdarse de baja\b|\bdate de baja\b|\bopted in\b|\bread more\b|\bblog\b)"
    r"|(?P<account_notice>\breward points\b|\bdispatched\b|\bkyc\b|\bactivate\b)"
)
_SOFT_TRIGGERS = (
    "offer|%|discount|coupon|cashback|deal|rabatt|descuento|réduction|jusqu|promo|shop now"
    "|invite|refer a friend|bonanza|back|blog"
    "|unsubscribe|newsletter|désinscrire|abmelden|baja|opted in|read more|reward points"
    "|dispatched|kyc|activate"
)
# One scan each (a trie of the trigger words) says whether any pattern is worth running.
_ANY_TRIGGER = re.compile(trie([word for rule in _DEFINITIVE for word in rule.triggers]))
_ANY_SUBJECT_TRIGGER = re.compile(trie(_SUBJECT_TRIGGERS.split("|")))
_ANY_SOFT_TRIGGER = re.compile(trie(_SOFT_TRIGGERS.split("|")))
# A failed payment whose money came back is a real credit, not a decline.
_REFUND_CREDITED = re.compile(
    r"\b(?:refund|reversal|reversed)\b[^\n]{0,80}\b(?:has been|is|was|been)\s+credited\b"
    r"|\bcredited\b[^\n]{0,40}\b(?:refund|reversal)\b"
)


def definitive_reason(subject: str, document: str) -> str | None:
    """Why this mail is certainly not a transaction, or None. Both arguments are lower-cased;
    `document` is subject + body. A promotional subject only counts when the body has no
    definitive sign of its own, so that the more telling reason is the one reported."""
    subject_match = _SUBJECT.search(subject) if _ANY_SUBJECT_TRIGGER.search(subject) else None
    if subject_match and subject_match.lastgroup != "promotion":
        return _unless_refunded(subject_match.lastgroup, document)
    present = set(_ANY_TRIGGER.findall(document))
    for rule in _DEFINITIVE:
        if not present.isdisjoint(rule.triggers) and rule.pattern.search(document):
            return _unless_refunded(rule.reason, document)
    return subject_match.lastgroup if subject_match else None


def _unless_refunded(reason: str | None, document: str) -> str | None:
    if reason == "declined" and _REFUND_CREDITED.search(document):
        return None
    return reason


def soft_reason(document: str) -> str | None:
    """A likely reason for (lower-cased) mail that says nothing about money moving."""
    if not _ANY_SOFT_TRIGGER.search(document):
        return None
    match = _SOFT.search(document)
    return match.lastgroup if match else None
