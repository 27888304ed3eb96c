"""Payment references: the id a bank or wallet gives one payment (UTR, RRN, UPI ref, NIP session
id, transaction id, confirmation code), and the check that a string really is one.

Bank and branch codes are not references: an IFSC (CITI0000002), a SWIFT/BIC (DEUTDEFF), a sort
code (20-00-00) names a bank, and every payment through it carries the same one. Treating them as
references merged distinct payments (twelve salaries became one), so `is_payment_reference`
refuses them, and anything without enough digits.
"""

import re
from dataclasses import dataclass

_LABELLED = re.compile(
    r"(?:utr|rrn|upi ref(?:erence)?|ref(?:erence)?|txn|trans(?:action)?|trx|confirmation|"
    r"receipt|session|approval|auth(?:orization)?|payment|operation)(?![^\W\d_])"
    r"[ .]*(?:no\.?|number|nr\.?|id|code|#|ref)?[ .:#-]*(?:is\s+)?"
    r"(?P<v>[a-z0-9][a-z0-9/-]{5,40})"
    r"|(?:referencia|referência|référence|referenz|referentie|riferimento|kumbukumbu|"
    r"referans|işlem no|номер операции|код операции|no\. referensi|nomor referensi|"
    r"clave de rastreo|id da transação|id de transacción|comprovante|"
    r"หมายเลขอ้างอิง|เลขที่อ้างอิง|取引番号|参照番号|受付番号|رقم المرجع|رقم العملية)"
    r"[ .]*(?:no\.?|nr\.?|#)?[ .:#-]*(?P<w>[a-z0-9][a-z0-9/-]{5,40})"
)
# UPI/IMPS rail strings: "UPI/DR/512345678901/NAME/..." carry the reference as a 12-digit part.
_RAIL = re.compile(r"\b(?:upi|imps|neft|rtgs)[/-](?:dr|cr|p2[am])?[/-]?(?P<v>\d{12})\b")

_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
_SWIFT = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")
_SORT_CODE = re.compile(r"^\d{2}-\d{2}-\d{2}$")
_CARD_LIKE = re.compile(r"^\d{15,19}$")
_PHONE_LIKE = re.compile(r"^(?:\+\d{1,3})?[6-9]\d{9}$")
_MASKED = re.compile(r"[xX*•]{2,}")


def is_payment_reference(value: str, account_digits: str | None = None) -> bool:
    """Is `value` an id of one payment (not of a bank, branch, card, phone or account)?"""
    value = value.strip().strip(".,;:")
    upper = value.upper()
    digits = sum(char.isdigit() for char in value)
    if len(value) < 6 or digits < 4:
        return False
    if _IFSC.match(upper) or _SORT_CODE.match(value) or _MASKED.search(value):
        return False
    if _SWIFT.match(upper) and digits < 4:
        return False
    if _CARD_LIKE.match(value) or _PHONE_LIKE.match(value):
        return False
    return not (account_digits and value.endswith(account_digits) and len(value) <= 18)


@dataclass(frozen=True, slots=True)
class Reference:
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
        position = max(0, lo)
        while (match := pattern.search(lower, position, hi)) is not None:
            group = "w" if "w" in pattern.groupindex and match.group("w") else "v"
            value = text[match.start(group) : match.end(group)].rstrip(".-/")
            if is_payment_reference(value, account_digits):
                found.append(Reference(match.start(group), match.start(group) + len(value), value))
                position = match.end()
            else:  # "transaction reference number is 61234...": try the next label inside
                position = match.start() + 1
    return sorted(found, key=lambda ref: ref.start)
