"""Payment references: the id a bank or wallet gives one payment (UTR, RRN, UPI ref, NIP session
id, transaction id, confirmation code), and the check that a string really is one.

Bank and branch codes are not references: an IFSC (CITI0000002), a SWIFT/BIC (DEUTDEFF), a sort
code (20-00-00) names a bank, and every payment through it carries the same one. Treating them as
references merged distinct payments (twelve salaries became one), so `payment_reference` (the
one check, used by the extractor and by the ledger's merge rule, app.services.dedupe) refuses
them, IBANs, masked, card, phone and account numbers, mandate ids, and anything too short.
"""

import re
from typing import NamedTuple

from app.extraction.patterns import first_chars, grouped

_ENGLISH_LABELS = (
    r"utr|rrn|upi ref(?:erence)?|ref(?:erence)?|txn|trans(?:action)?|trx|confirmation"
    r"|receipt|session|approval|auth(?:orization)?|payment|operation"
)
_LOCAL_LABELS = (
    r"referencia|referência|référence|referenz|referentie|riferimento|kumbukumbu"
    r"|referans|işlem no|номер операции|код операции|no\. referensi|nomor referensi"
    r"|clave de rastreo|id da transação|id de transacción|comprovante"
    r"|หมายเลขอ้างอิง|เลขที่อ้างอิง|取引番号|参照番号|受付番号|رقم المرجع|رقم العملية"
    # More languages' transaction, authorisation and receipt numbers.
    r"|mã giao dịch|mã gd|số tham chiếu|mã tham chiếu|code d'autorisation"
    r"|numéro de transaction|n° de transaction|numéro d'opération|número de operación"
    r"|número de transacción|nº de operación|número de autorização|código de autorização"
    r"|autorisatiecode|transactie-id|transactienummer|betalingskenmerk|referentienummer"
    r"|transaktions-id|transaktionsnummer|buchungsreferenz|referanse|referens|arkistointitunnus"
    r"|nomor transaksi|id transaksi|no\. transaksi|номер транзакции|номер квитанции"
    r"|код авторизации|номер платежа|číslo transakce|numer transakcji|numer referencyjny"
    r"|işlem referans|dekont no|referans no|伝票番号|承認番号|交易序號|交易序号|交易流水号|流水号"
    r"|参考编号|승인번호|거래번호|אסמכתא|شماره پیگیری|کد پیگیری|شماره مرجع|رقم الحوالة"
    r"|رقم المعاملة|الرقم المرجعي|เลขที่รายการ|เลขที่ใบเสร็จ|αριθμός αναφοράς"
    r"|κωδικός συναλλαγής|tilvísun"
    # Spanish "folio" and operation numbers, German PayPal's transaction code.
    r"|folio|nro\. de operación|n° de operación|operación n°|transaktionscode|réf"
    # Swahili "receipt", Chinese "transaction number", Malay, Thai "reference", Amharic, French.
    r"|kumb|交易单号|no\. rujukan|รหัสอ้างอิง|ማጣቀሻ|id de transaction|nro\. de transacción"
)
_LABELLED = re.compile(
    first_chars(f"{_ENGLISH_LABELS}|{_LOCAL_LABELS}")
    # Each list grouped by leading characters (patterns.grouped): the same matches, faster.
    + f"(?:{grouped(_ENGLISH_LABELS)}"
    # The value after a colon, a tab or a dash, or on the next line (a card laid out in HTML).
    + r"(?![^\W\d_])[ .]*(?:no\.?|number|nr\.?|id|code|#|ref)?[ .:#\t-]*(?:\n[ \t]*)?"
    r"(?:is\s+)?"
    # (Dots inside a value too: Orange Money's "PP261206.7691.P44529".)
    r"(?P<v>[a-z0-9](?:[a-z0-9/-]|\.(?=[a-z0-9])){5,40})"
    + f"|{grouped(_LOCAL_LABELS)}"
    + r"[ .]*(?:no\.?|nr\.?|#)?[ .:#\t-]*(?:\n[ \t]*)?"
    r"(?P<w>[a-z0-9](?:[a-z0-9/-]|\.(?=[a-z0-9])){5,40}))"
)
# UPI/IMPS rail strings: "UPI/DR/512345678901/NAME/..." carry the reference as a 12-digit part.
_RAIL = re.compile(r"\b(?=[uinr])(?:upi|imps|neft|rtgs)[/-](?:dr|cr|p2[am])?[/-]?(?P<v>\d{12})\b")

_RAIL_WORD = re.compile("upi|imps|neft|rtgs")  # what every _RAIL match holds, found fast

MIN_REFERENCE_CHARS = 8
MIN_REFERENCE_DIGITS = 4
# A bare number needs a network label in front ("UTR", "RRN", "Txn ID") to be trusted below the
# 12 digits of a UPI/IMPS RRN: shorter bare numbers are as often account numbers or dates.
MIN_BARE_NUMBER_DIGITS = 12

# Labels that say the number is not a payment's own id: a bank, branch, account, card, phone, or
# a mandate. Checked against the words just before it, and at the start of the string itself.
_OTHER_WORDS = (
    r"(?:ifsc(?:[ \t]*code)?|swift(?:[ \t]*code)?|bic|sort[ \t]*code|iban|a/c|acct|account"
    r"|card|mobile|phone|tel|cif|customer[ \t]*id|branch(?:[ \t]*code)?|micr"
    # a mandate's id repeats on every debit it makes (daily SIPs, monthly EMIs)
    r"|umrn|mandate(?:[ \t]*id)?|si[ \t]*(?:ref|id)|standing instruction|autopay|ecs|nach)"
    r"(?:[ \t]*(?:no|number|code|ending(?:[ \t]*in)?|id|#)\.?)?"
)
_OTHER_LABEL = re.compile(r"(?<![a-z])" + _OTHER_WORDS + r"[^a-z]*$")
_LEADING_OTHER = re.compile(r"^" + _OTHER_WORDS + r"(?:[ \t]*[:#.\-][ \t]*|[ \t]+)", re.I)
# A label at the start of the reference string itself ("UTR 412345678901", "TXN ID T25...").
_LEADING_LABEL = re.compile(
    r"^(?P<label>(?:upi|utr|rrn|imps|neft|rtgs|arn)(?:[ \t]*(?:txn|transaction))?"
    r"(?:[ \t]*(?:ref(?:erence)?|id|no|number)\.?)*"
    r"|(?:txn|trxn|transaction|payment|transfer)[ \t]*(?:ref(?:erence)?|id|no|number|#)\.?"
    r"|ref(?:erence)?(?:[ \t]*(?:no|number|id|#)\.?)?)"
    r"(?:[ \t]*[:#.\-][ \t]*|[ \t]+|(?=\d))",
    re.IGNORECASE,
)
# ... and at the end of the words before it: a label that names a payment's id.
_REFERENCE_LABEL_END = re.compile(
    r"(?<![a-z])(?:upi|utr|rrn|imps|arn|ref(?:erence)?|txn|trxn|transaction|payment|transfer"
    r"|confirmation|receipt|session|operation)"
    r"(?:[ \t]*(?:ref(?:erence)?|id|no|number|#)\.?)*[^a-z]*$"
)
_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")  # HDFC0001234: bank (4) + 0 + branch (6)
_BIC = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")  # DEUTDEFF, DEUTDEFF500
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")
_SORT_CODE = re.compile(r"^\d{2}[ \t-]?\d{2}[ \t-]?\d{2}$")  # 20-00-00
_MASKED = re.compile(r"[*•x]{2,}\d|^[x*•]+\d{2,6}$", re.IGNORECASE)  # XXXX1234, ****1234
_CARD_GROUPS = re.compile(r"^\d{4}(?:[ \t-]?\d{4}){2}[ \t-]?\d{1,7}$")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def payment_reference(
    reference: str | None, label: str = "", *, labelled: bool = False
) -> str | None:
    """The reference, normalised (upper-case letters and digits, its own label stripped), when
    it can identify one payment; None when it cannot: too short, no digits, or an IFSC, SWIFT/BIC,
    IBAN, sort code, masked or card-like number, phone-like number, or whatever `label` (the
    words just before it in the text, when known) says is an account, card, branch or phone.

    >>> payment_reference("UTR 412345678901")
    '412345678901'
    >>> payment_reference("CITI0000002") is None
    True
    """
    raw = (reference or "").strip()
    if not raw:
        return None
    label = label.casefold().strip()
    if _LEADING_OTHER.match(raw):
        return None
    leading = _LEADING_LABEL.match(raw)
    if leading is not None:
        label = leading["label"].casefold()
        raw = raw[leading.end() :].strip()
    if label and _OTHER_LABEL.search(label):
        return None
    if _SORT_CODE.match(raw) or _MASKED.search(raw) or raw.startswith("+"):
        return None
    value = _NOT_ALNUM.sub("", raw.upper())
    digits = sum(char.isdigit() for char in value)
    if len(value) < MIN_REFERENCE_CHARS or len(value) > 64 or digits < MIN_REFERENCE_DIGITS:
        return None
    if _IFSC.match(value) or _BIC.match(value) or _is_iban(value):
        return None
    labelled = labelled or leading is not None or _REFERENCE_LABEL_END.search(label) is not None
    if value.isdigit() and not _payment_number(value, raw, labelled=labelled):
        return None
    return value


def _payment_number(value: str, raw: str, *, labelled: bool) -> bool:
    """Whether an all-digit reference can be a payment's id rather than a phone, card or account
    number (or a date). A payment-id label in front outweighs the look of a phone number."""
    if not labelled and _phone_like(value):
        return False
    if 13 <= len(value) <= 19 and _luhn(value) and (raw.isdigit() or _CARD_GROUPS.match(raw)):
        return False  # a card number, whole
    return labelled or len(value) >= MIN_BARE_NUMBER_DIGITS


def _phone_like(digits: str) -> bool:
    """Ten-digit numbers (a mobile without its country code), a trunk-prefixed 11-digit one, or
    a country code + mobile (India 91 + 6-9..., UK 44 7...)."""
    n = len(digits)
    return (
        n == 10
        or (n == 11 and digits[0] in "01")
        or (n == 12 and (_COUNTRY_MOBILE.match(digits) is not None))
    )


_COUNTRY_MOBILE = re.compile(r"^91[6-9]|^447")


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_iban(value: str) -> bool:
    if not _IBAN.match(value):
        return False
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def is_payment_reference(value: str, account_digits: str | None = None, label: str = "") -> bool:
    """Is `value` (found after the words `label`, a payment-id label) an id of one payment, not
    of a bank, branch, card, phone or the user's own account?"""
    value = value.strip().strip(".,;:")
    if account_digits and value.endswith(account_digits) and len(value) <= 18:
        return False
    return payment_reference(value, label, labelled=True) is not None


class Reference(NamedTuple):  # a tuple: built many times per email, cheaply
    start: int
    end: int
    value: str


def find_references(
    text: str,
    lower: str,
    account_digits: str | None = None,
    lo: int = 0,
    hi: int | None = None,
) -> list[Reference]:
    """Checked payment references in text[lo:hi], left to right. The labels are looked for in
    `lower` (the same text lower-cased, same offsets: faster than matching without case); the
    value is read from `text` as written."""
    found = []
    hi = len(text) if hi is None else min(hi, len(text))
    for pattern in (_LABELLED, _RAIL):
        if pattern is _RAIL and _RAIL_WORD.search(lower, max(0, lo), hi) is None:
            continue  # no rail named, no rail string
        position = max(0, lo)
        while (match := pattern.search(lower, position, hi)) is not None:
            group = "w" if "w" in pattern.groupindex and match.group("w") else "v"
            value = text[match.start(group) : match.end(group)].rstrip(".-/")
            label = lower[max(lo, match.start() - 32) : match.start(group)]
            if is_payment_reference(value, account_digits, label):
                found.append(Reference(match.start(group), match.start(group) + len(value), value))
                position = match.end()
            else:  # "transaction reference number is 61234...": try the next label inside
                position = match.start() + 1
    return sorted(found, key=lambda ref: ref.start)
