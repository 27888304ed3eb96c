"""The extractor: email → ExtractionResult, no network, no database.

It generates every candidate (amounts, counterparties, cards, dates, references), then picks
among them by features of their context (app.extraction.features) weighed by the learned ranker
(app.extraction.ranker): which amount is the payment, whether the mail reports money that moved,
which way, and who the counterparty is. Cards, dates and references are chosen by their own
short rules. Every chosen field keeps its span in the text it was read from.
"""

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from app.categorization.merchants import normalise_merchant
from app.extraction import cards, currencies, features, inflection, lexicon, origin
from app.extraction.amounts import Amount, find_amounts
from app.extraction.parties import DESCRIPTOR, MEMO_LABELS, Party, find_parties, in_words
from app.extraction.patterns import lowered, trie
from app.extraction.ranker import LinearModel, models
from app.extraction.references import find_references
from app.extraction.result import ExtractionResult
from app.extraction.when import When, find_dates, zone_named
from app.mail.message import ParsedEmail

# Alerts put their facts first; receipts end with footers. Reading only the first part keeps
# the cost per email bounded whatever the size of the body.
MAX_TEXT_CHARS = 6000
MAX_AMOUNTS = 40
# Below this confidence a result (transaction or rejection) is worth a second opinion from a
# slower extractor (an LLM) where one is configured.
REVIEW_BELOW = 0.75
TRANSACTION_THRESHOLD = 0.5
PARTY_FLOOR = -1.5
# ... and the floor for a name in capitals alone on a line by the amount in a bank's alert.
LINE_FLOOR = -3.0
# ... and for the subject of "X sent you" over a payer's note (see _sentence_payer).
SENTENCE_PAYER_FLOOR = -3.5
# Mail that is almost never a payment, by what is written near the amount (or in the subject):
# some classes refuse it outright, others only raise the bar.
_REFUSE = (
    (lexicon.DECLINED, "declined"),
    (lexicon.REQUEST, "payment_request"),
    (lexicon.HOLD, "preauth"),
    (lexicon.OTP, "otp"),
    (lexicon.FUTURE, "reminder"),
    (lexicon.MANDATE, "mandate"),
    (lexicon.EXAMPLE, "help_text"),
    (lexicon.BALANCE_ALERT, "balance_only"),
)
# In the subject these refuse too: the mail is about a parcel, not a payment.
_REFUSE_IN_SUBJECT = (
    (lexicon.SHIPPING, "shipping_update"),
    (lexicon.STATEMENT, "statement"),
    (lexicon.LOGIN, "login_alert"),  # "New sign-in to your account": any sum is in its advice
)
_DOUBT = (
    (lexicon.STATEMENT, "statement"),
    (lexicon.RATE, "rate_notice"),
    (lexicon.LOGIN, "login_alert"),
    (lexicon.HELP, "help_text"),
    (lexicon.SHIPPING, "shipping_update"),
    (lexicon.PROMO, "promotion"),
)
_VETOED_THRESHOLD = 0.9
# Digits other scripts write, mapped one for one (offsets stay the same).
_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width
        **{chr(0x0966 + i): str(i) for i in range(10)},  # Devanagari
        **{chr(0x09E6 + i): str(i) for i in range(10)},  # Bengali
        **{chr(0x0E50 + i): str(i) for i in range(10)},  # Thai
        # Every other decimal digit block: Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada,
        # Malayalam, Sinhala, Lao, Tibetan, Myanmar, Khmer, Mongolian.
        **{
            chr(zero + i): str(i)
            for zero in (0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0ED0)
            for i in range(10)
        },
        **{chr(zero + i): str(i) for zero in (0x0F20, 0x1040, 0x17E0, 0x1810) for i in range(10)},
        # N'Ko and Adlam (Manding and Fula in their own scripts).
        **{chr(zero + i): str(i) for zero in (0x07C0, 0x1E950) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        **lexicon.FULL_WIDTH_MARKS,
        "￥": "¥",
    }
)

_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in _DIGITS) + "]")


@dataclass(frozen=True, slots=True)
class Reading:
    """One email's text and every candidate found in it (also what the ranker trains on)."""

    email: ParsedEmail
    doc: features.Document
    amounts: list[Amount]
    zone_name: str | None

    @property
    def text(self) -> str:
        return self.doc.text


def read_text(email: ParsedEmail) -> str:
    """The text extraction reads (the subject, a line break, the start of the body, digits of
    other scripts made ASCII one for one): every span in an ExtractionResult indexes into it."""
    body = email.text[:MAX_TEXT_CHARS]
    relayed = _RELAY_HEADER.match(body)
    if relayed:  # blanked, not cut: the offsets stay those of the email's text
        body = _NOT_A_BREAK.sub(" ", relayed.group()) + body[relayed.end() :]
    text = f"{email.subject}\n{body}"
    # translate() looks up every character in a dict: first ask (in C) whether any needs it.
    return text if text.isascii() or not _TRANSLATED.search(text) else text.translate(_DIGITS)


# An SMS or a mail passed on by a relay opens with the original's header lines ("From: BANCOI",
# "Received: 21/11 21:51"): the sender's short name is no counterparty, "Received" no money in.
_RELAY_HEADER = re.compile(
    r"\s*(?:(?:From|Sender|Received|Sent|To|Date|Subject|Von|Gesendet|De|Enviado|Recibido"
    r"|Envoyé|Reçu)[ \t]*:[^\n]*\n){2,5}(?=[ \t]*\n)"
)
_NOT_A_BREAK = re.compile(r"[^\n]")


def read(email: ParsedEmail) -> Reading:
    text = read_text(email)
    country = origin.country_of(email.sender, text, email.received_at.utcoffset())
    doc = features.make_document(
        text, lowered(text), len(email.subject), country, currencies.country_currency(country)
    )
    # Alerts name the payment early; a cap keeps a page of prices from costing much.
    amounts = [a for a in find_amounts(text, country, doc.headings) if a.value > 0]
    amounts = amounts[:MAX_AMOUNTS]
    return Reading(email, doc, amounts, origin.home_zone(country, email.received_at))


def _recommendations_start(doc: features.Document, amounts: list[Amount]) -> int | None:
    """Where a shop's "you might also like" block starts, which prices other goods, or an
    offer set apart by a rule ("---" over "Simpanan tetap 4.10% ... minimum RM5,000."): the
    amounts after it are no payment's, where the mail's own stand before it."""
    lower = doc.lower
    heading = _RECOMMENDED.search(lower) or _EARLIER.search(lower) or _offer_block(doc)
    if heading is None or not any(a.start < heading.start() for a in amounts):
        return None
    return heading.start()


def _offer_block(doc: features.Document) -> re.Match[str] | None:
    """A rule line whose next line offers something (the lexicon's promotion words)."""
    if lexicon.PROMO not in doc.classes:
        return None  # most mail offers nothing: no need to look for rule lines
    for rule in _RULE_LINE.finditer(doc.lower, doc.subject_length):
        line_end = doc.lower.find("\n", rule.end() + 1)
        line_end = len(doc.lower) if line_end < 0 else line_end
        if any(lexicon.PROMO in cue[2] for cue in doc.cues_between(rule.end(), line_end)):
            return rule
    return None


_RULE_LINE = re.compile(r"^[ \t]*[-–—_=*~]{3,}[ \t]*$", re.MULTILINE)


# What stands before an offer's threshold: no one paid it.
_THRESHOLD_BEFORE = re.compile(
    r"(?:orders? (?:over|above|of at least|from)|spend(?:ing)? (?:over|more than)"
    r"|minimum (?:order|spend|purchase|deposit)(?: of)?|pedidos? (?:desde|superiores a|de más de)"
    r"|compras? (?:desde|acima de|a partir de)|commandes? (?:dès|de plus de)"
    r"|bestellungen ab|zamówienia od|pembelian minimal|minimal transaksi|min\. (?:order|spend)"
    r"|compra superior a|achat supérieur à|dès|d'achat dès|compra acima de"
    # An alert's threshold: "Debit card purchase over $100.00", "transactions above RM500".
    r"|(?:purchases?|transactions?|payments?|withdrawals?|charges?) (?:over|above|exceeding)"
    # A starting price ("Airport transfer - from S$22.00", "Versandkostenfrei ab 49 €", "cartas
    # de crédito a partir de R$ 30.000,00").
    r"|(?<!\w)(?:from|ab|a partir de|desde)"
    # Thai "(spend) in full" before the threshold ("ช้อป ... ครบ THB 741.74").
    r"|ครบ"
    r"|최대)\s*$"
)
# ... or after it.
# (Malayalam and Hindi "up to" stand after the sum too: "Rs.5,00,000/- വരെ", "₹2 लाख तक".)
_THRESHOLD_AFTER = re.compile(
    r"(?:/-)?\s?(?:이상|以上|or more\b|and above\b|ou plus\b|o más\b|ou mais\b|വരെ|तक(?!\w))"
)
# A price per unit of what was bought: "34,21 L x 1,529 EUR/L", "0,35 €/kWh".
_PER_UNIT = re.compile(r"[ \t]?/[ \t]?(?:l|ltr|litre|liter|kg|g|lb|kwh|m³|m3|gal)(?![^\W\d_])")
# An exchange rate after its unit: "1 AED = 23.8700 INR", "1 USD ≈ 0,92 EUR".
_RATE_AFTER = re.compile(r"[ \t]*[a-z]{0,3}[ \t]*[=≈][ \t]*\S{0,4}[ \t]?\d")
# A cap ("up to £85,000" of a footer's deposit protection, "สูงสุด 500 บาท" of an offer) is no
# payment where the text writes another sum.
_CAP_BEFORE = re.compile(
    r"(?:up to|สูงสุด|hasta|até|jusqu'à|bis zu|fino a|fins a|έως|līdz|(?<!\w)до|(?<!\w)iki"
    r"|s\.d\.|sampai dengan|hingga|حتى)\s*$"
)
_RECOMMENDED = re.compile(
    r"you might also like|you may also like|recommended for you|customers also bought"
    r"|quem comprou também levou|você também pode gostar|das könnte ihnen auch gefallen"
    r"|te puede interesar|también te puede gustar|vous aimerez aussi|potrebbe piacerti"
    r"|misschien ook interessant|może ci się spodobać|bunlar da ilginizi|قد يعجبك أيضا"
    r"|おすすめ商品|猜你喜欢|猜你喜歡|추천 상품|sản phẩm gợi ý|mungkin kamu suka"
    r"|вам может понравиться|вам також може сподобатися|คุณอาจชอบ|maaaring magustuhan mo"
    r"|baka magustuhan mo rin|함께 보면 좋은 상품|có thể bạn cũng thích|bạn có thể thích"
    # A shop's blocks of other goods under the receipt: new in, the week's offers, the look.
    r"|nuovi arrivi|new arrivals|ofertas de la semana|akce týdne|complete the look"
    r"|bundles for you|angebote der woche|wochenangebote|offres de la semaine"
    r"|aanbiedingen van de week"
)


# A mini-statement's heading over its older lines ("Earlier transactions:", "Movimenti
# precedenti:"): the alert is about the line above it.
_EARLIER = re.compile(
    r"^[^\n:]{0,30}\b(?:previous|earlier|older|anteriores|precedenti|ältere|frühere|eerdere"
    r"|précédentes|wcześniejsze|předchozí|predchádzajúce|prejšnje|prethodne|предыдущие"
    r"|попередні|предишни|ankstesnės|iepriekšējie|əvvəlki|oldingi|sebelumnya|eldri|teo aloha"
    r"|byabanje|na baya|pichhle|tẹ́lẹ̀|קודמות|السابقة|նախորդ|алдыңғы)\b[^\n:]{0,30}:[ \t]*$",
    re.MULTILINE,
)


def extract(email: ParsedEmail) -> ExtractionResult:
    """Read one parsed email into a transaction, or a rejection with its reason."""
    reading = read(email)
    doc = reading.doc
    chosen, amount_score, amount_share = rank_amounts(reading)
    if chosen is None:  # most of a mailbox: nothing more to read
        return _rejected("no_amount", 0.95, email)
    last4 = choose_last4(reading, chosen)
    message = features.message_features(
        doc, chosen, amount_score, names_an_account(reading, chosen, last4)
    )
    if _refunded({cls for feature in message for cls in [feature.partition(":")[2]]}) or (
        _only_asked(doc, doc.cues, lexicon.DECLINED)
    ):
        message = [f for f in message if not f.endswith(f":{lexicon.DECLINED}")]
    if _taken_as_said(doc, doc.cues):  # "Ihr monatlicher Abschlag ... wurde ... eingezogen"
        message = [f for f in message if not f.endswith(f":{lexicon.FUTURE}")]
    probability = models()["transaction"].probability(message)
    refused, doubted = _vetoes(doc, chosen, _repeated(reading, chosen))
    threshold = _VETOED_THRESHOLD if doubted else TRANSACTION_THRESHOLD
    if refused or probability < threshold:
        reason = refused or doubted or "no_transaction_wording"
        confidence = 0.95 if refused else max(probability, 1 - probability)
        return _rejected(reason, round(confidence, 3), email)
    return _transaction(reading, chosen, last4, probability, amount_share)


def _rejected(reason: str, confidence: float, email: ParsedEmail) -> ExtractionResult:
    result = ExtractionResult.rejected(reason, confidence)
    result.part = email.part
    result.field_confidence = {"is_transaction": confidence}
    return result


def choose_last4(reading: Reading, chosen: Amount, incoming: bool = False) -> cards.Last4 | None:
    """The user's card or account digits: the best candidate near the amount (or in the
    subject). `incoming`: money in, paid "to account ***2600", the user's."""
    lo, hi = _near(chosen)
    found = cards.find_last4(reading.doc.lower, 0, reading.doc.subject_length + 1, incoming)
    found += cards.find_last4(reading.doc.lower, lo, hi, incoming)
    best = max(found, key=lambda candidate: candidate.score, default=None)
    return best if best is not None and best.score > 0 else None


def names_an_account(reading: Reading, chosen: Amount, last4: cards.Last4 | None) -> bool:
    """Does the text name the user's card or account near the payment, by its last four or
    by a number masked after its first digits?"""
    return last4 is not None or cards.names_a_masked_number(reading.doc.lower, *_near(chosen))


def choose_amount(
    reading: Reading, model: LinearModel | None = None
) -> tuple[Amount | None, float]:
    """The amount the ranker (or `model`) rates most likely to be the payment, and its score.
    A total that is another amount plus the fees the text lists gives way to that amount: the
    payment is what moved, the fees are its cost."""
    best, best_score, _ = rank_amounts(reading, model)
    return best, best_score


def rank_amounts(
    reading: Reading, model: LinearModel | None = None
) -> tuple[Amount | None, float, float]:
    """choose_amount's answer and how sure the ranker is of it (see _share)."""
    model = model or models()["amount"]
    best, best_score = None, float("-inf")
    scores = []
    others_start = _recommendations_start(reading.doc, reading.amounts)
    free: list[tuple[int, Amount]] = []
    capped: list[tuple[int, Amount]] = []
    for index, amount in enumerate(reading.amounts):
        if others_start is not None and amount.start > others_start:
            break
        if _no_sum_paid(reading.doc, amount):
            continue
        head = min(amount.start, amount.mark_start)
        cap = _CAP_BEFORE.search(reading.doc.lower, max(0, head - 30), head)
        # (An estimate in the reader's currency, "≈ USD 135.40", is no payment either.)
        (capped if cap or _estimated(reading, amount) else free).append((index, amount))
    for index, amount in free or capped:
        score = model.score(features.amount_features(reading.doc, amount, index, reading.amounts))
        scores.append(score)
        if score > best_score:
            best, best_score = amount, score
    if best is None:
        return None, best_score, 0.0
    best = _total_over_instalment(reading, _change_over_balance(reading, best))
    best = _cashback_over_purchase(reading, best)
    best = _sum_of_lines(reading, best, others_start)
    best = _net_over_gross(reading, _not_the_fee(reading, best))
    best = _with_its_charge(reading, _total_over_subtotal(reading, best))
    paid = _charged(reading, _without_fees(reading, _after_discounts(reading, best)))
    paid = _instalment_charged(reading, paid)
    # A payment read back out of a total-with-fees is the fee rule's choice, not the ranker's.
    share = _share(best_score, scores) if paid is best else FEE_RULE_CONFIDENCE
    return paid, best_score, share


def _no_sum_paid(doc: features.Document, amount: Amount) -> bool:
    """An offer's threshold ("free delivery on orders over £25", "전월 실적 30만원 이상": last
    month's spending of 300,000 won or more), an exchange rate's unit ("(1 CHF = 1,0731
    EUR)"), or a price per unit ("1,529 EUR/L"): a sum no one paid."""
    head = min(amount.start, amount.mark_start)  # (its mark may come first: "acima de 50,00 R$")
    after = max(amount.end, amount.mark_end)
    return bool(
        _THRESHOLD_BEFORE.search(doc.lower, max(0, head - 30), head)
        or _THRESHOLD_AFTER.match(doc.lower, after)
        or (amount.value == 1 and _RATE_AFTER.match(doc.lower, after))
        or _PER_UNIT.match(doc.lower, after) is not None
    )


def _net_over_gross(reading: Reading, best: Amount) -> Amount:
    """A payslip's gross ranked best ("Gross earnings: ₹66,000.00") gives way to the net pay
    the text names as credited ("Net pay: ₹54,310.00"): what reached the account."""
    doc = reading.doc
    if not _introduced_by(doc, best, lexicon.MINOR):
        return best
    net = [
        other
        for other in reading.amounts
        if other.currency == best.currency
        and other.value < best.value
        and _introduced_by(doc, other, lexicon.CREDIT)
    ]
    return net[0] if net else best


def _not_the_fee(reading: Reading, best: Amount) -> Amount:
    """A fee or tax ranked best ("የአገልግሎት ክፍያ 5.00 ብር እና ተ.እ.ታ 0.75 ብር ተቀንሷል": a service
    charge and VAT deducted) gives way to the larger sum the text states with no such role
    (the transfer it was charged on); a fee's own alert states no other."""
    doc = reading.doc
    if not _introduced_by(doc, best, lexicon.FEE):
        return best
    for other in reading.amounts:
        if other.currency != best.currency or other.value <= best.value:
            continue
        if any(_introduced_by(doc, other, role) for role in (lexicon.FEE, *_NOT_CHARGED)):
            continue
        if _no_sum_paid(doc, other) or _is_a_standing_figure(doc, other):
            continue
        return other
    return best


def _cashback_over_purchase(reading: Reading, best: Amount) -> Amount:
    """A cashback's mail names the purchase it rewards ("Cashback Rp252.000 ... untuk transaksi
    di Indomaret senilai Rp601.000"): where its subject says cashback, the sum right after the
    word cashback is what came in, not the purchase."""
    doc = reading.doc
    if not any(lexicon.CASHBACK in cue[2] for cue in doc.cues_between(0, doc.subject_length)):
        return best

    def after_the_word(amount: Amount) -> bool:
        head = min(amount.start, amount.mark_start)
        return head >= doc.subject_length and any(
            lexicon.CASHBACK in cue[2] and cue[1] <= head
            for cue in doc.cues_between(head - _CASHBACK_REACH, head)
        )

    if after_the_word(best):
        return best
    return next(
        (a for a in reading.amounts if a.currency == best.currency and after_the_word(a)), best
    )


# How far before its sum the word cashback may stand ("Cashback accreditato\n+29,27 €").
_CASHBACK_REACH = 24


def _share(best: float, scores: list[float]) -> float:
    """How sure the ranker is of its best candidate: its weight against all the candidates and
    "none of them" (log-odds 0), a softmax over the per-candidate log-odds. One candidate at
    log-odds 3 gives 0.95; two equally good ones share below a half."""
    top = max(best, 0.0)
    total = math.exp(-top) + sum(math.exp(score - top) for score in scores)
    return math.exp(best - top) / total


def _total_over_subtotal(reading: Reading, best: Amount) -> Amount:
    """A subtotal ("Item Total") gives way to the bill's total written after it ("Bill Total"):
    discounts and charges stand between the two, and the total is what was paid. So does the
    first of a receipt's item lines ("Keychain x1 $34.22", then more lines, then "Order
    total"), where the total is no smaller."""
    doc = reading.doc
    subtotal = _introduced_by(doc, best, lexicon.MINOR)
    if not subtotal and _introduced_by(doc, best, lexicon.TOTAL):
        return best
    later = [a for a in reading.amounts if a.start > best.end and a.currency == best.currency]
    for index, other in enumerate(later):
        if not _introduced_by(doc, other, lexicon.TOTAL) or _introduced_by(
            doc, other, lexicon.MINOR
        ):
            continue
        # An item line: another amount (an item, a fee) before the total, which is no smaller
        # unless a discount stands between them ("Discount (WELCOME10) -US$28.38").
        discounted = any(
            a.negative
            or _MINUS.search(
                doc.text, max(0, min(a.start, a.mark_start) - 3), min(a.start, a.mark_start)
            )
            for a in later[:index]
        )
        if subtotal or (index >= 1 and (other.value >= best.value or discounted)):
            return other
    return best


def _with_its_charge(reading: Reading, best: Amount) -> Amount:
    """An order's sum, a fee, then the two added up under the sum's own label again ("Importo
    632,59 € / Commissione 0,54 € / Importo 633,13 €"): the card paid the sum with the fee."""
    later = [a for a in reading.amounts if a.start > best.end and a.currency == best.currency]
    if (
        len(later) >= 2
        and later[1].value == best.value + later[0].value
        and _introduced_by(reading.doc, later[0], lexicon.FEE)
        and _same_label(reading, best, later[1])
    ):
        return later[1]
    return best


def _same_label(reading: Reading, one: Amount, other: Amount) -> bool:
    """Two sums on lines that start with the same label ("Importo\t")."""
    doc = reading.doc

    def label(amount: Amount) -> str:
        head = min(amount.start, amount.mark_start)
        return doc.lower[doc.line_start(head) : head].strip()

    return bool(label(one)) and label(one) == label(other)


# A minus, hyphen or dash just before a sum: a discount ("– 12,95 EUR", "-US$28.38").
_MINUS = re.compile(r"[-–−]\s?$")


def _after_discounts(reading: Reading, price: Amount) -> Amount:
    """A price, then a discount written negative, then the total: what was paid is the total
    ("Importe: $ 799,32 / Descuento IVA: -$ 14,39 / Total debitado: $ 784,93")."""
    same = [a for a in reading.amounts if a.currency == price.currency and a.start > price.end]
    discounts = Decimal(0)
    charges = Decimal(0)  # lines added between ("Biaya jasa aplikasi Rp2.000", a service fee)
    for other in same:
        if other.negative:
            discounts += other.value
        elif discounts and other.value in (
            price.value - discounts,
            price.value + charges - discounts,
        ):
            return other if _introduced_by(reading.doc, other, lexicon.TOTAL) else price
        else:
            charges += other.value
    return price


def _without_fees(reading: Reading, total: Amount) -> Amount:
    same = [a for a in reading.amounts if a.currency == total.currency and a is not total]
    fees = [a for a in same if _introduced_by(reading.doc, a, lexicon.FEE)]
    if not fees:
        return total
    charged = sum((fee.value for fee in fees), Decimal(0))
    for base in same:
        # Only a payment the text names as one ("Transfer of ETB 500.00"): a receipt's
        # subtotal plus its fees is the total charged, and the total is what moved.
        if base in fees or not _introduced_by(reading.doc, base, lexicon.PAYMENT):
            continue
        if _introduced_by(reading.doc, base, lexicon.MINOR):
            continue  # "Междинна сума" (a subtotal), "Valor da viagem" (the fare): a part
        if _same_label(reading, base, total):
            continue  # the sum again with the fee added: see _with_its_charge
        if base.value + charged == total.value or any(
            base.value + fee.value == total.value for fee in fees
        ):
            return base
    return total


def _charged(reading: Reading, amount: Amount) -> Amount:
    """A foreign purchase is what the account was charged: "69,94 USD = 64,46 EUR", "(USD
    164.19) converted to CAD 227.27" are 64.46 EUR and 227.27 CAD."""
    home = reading.doc.home_currency
    for other in reading.amounts:
        if other.currency == amount.currency or _no_sum_paid(reading.doc, other):
            continue
        if amount.currency != home and other.currency == home and _side_by_side(amount, other):
            return other  # "101,44 EUR (USD 108.36)": the card's own currency is what it paid
        if other.start <= amount.end:
            continue
        between = reading.doc.lower[amount.end : min(other.start, other.mark_start)]
        if len(between) <= 40 and _CONVERSION.search(between) and not _estimated(reading, other):
            return other
        if other.start > amount.end + 40:
            break
    return _billed_at_home(reading, amount)


# Roles a figure in the account's own currency may have that make it something else than the
# amount charged for a foreign purchase.
_NOT_CHARGED = (lexicon.FEE, lexicon.BALANCE, lexicon.LIMIT, lexicon.DUE, lexicon.MINOR)


def _billed_at_home(reading: Reading, amount: Amount) -> Amount:
    """A foreign purchase whose alert lists the amount billed in the account's own currency a
    few lines below ("Betrag in Euro 325,49 EUR", "Billed Amount BBD 77.05"): that is what the
    account paid."""
    home = reading.doc.home_currency
    if home is None:
        # A sender of no known country: the "Original amount: EUR 106.39" gives way to the
        # next sum in another currency ("Amount in U.S. dollars: $115.29"), and any amount to
        # one that is labelled as billed in the card's own money.
        original = _ORIGINAL.search(_label_of(reading, amount)) is not None
        home = next(
            (
                o.currency
                for o in reading.amounts
                if o.start > amount.end
                and o.currency != amount.currency
                and (original or _BILLED_IN.search(_label_of(reading, o)))
            ),
            None,
        )
    if home is None or amount.currency == home:
        return amount
    for other in reading.amounts:
        if other.currency != home or other.start < amount.end:
            continue
        if other.start > amount.end + 200:
            break
        if any(_introduced_by(reading.doc, other, role) for role in _NOT_CHARGED):
            continue
        if _no_sum_paid(reading.doc, other):
            continue  # "Add 10 kg extra baggage from AED 45": an offer below the receipt
        # "Montant d'origine : 12,99 EUR" is the foreign price.
        if not _ORIGINAL.search(_label_of(reading, other)) and not _estimated(reading, other):
            return other
    return _credited_at_home(reading, amount, home) or amount


def _credited_at_home(reading: Reading, amount: Amount, home: str) -> Amount | None:
    """A remittance's alert that heads with the sum credited in the account's own currency
    ("Ua maua le WS$486.00 i lau teugatupe") and lists the sum sent in the sender's after it
    ("Tupe na auina mai: NZD 300.00", then the rate): the account got the first."""
    doc = reading.doc
    for other in reversed(reading.amounts):
        if other.currency != home or other.end > amount.start:
            continue
        if amount.start - other.end > 300:
            break
        if any(_introduced_by(doc, other, role) for role in _NOT_CHARGED):
            continue
        if _no_sum_paid(doc, other) or _estimated(reading, other):
            continue
        line = (doc.line_start(other.start), doc.clause_end(other.end, 80))
        if any(lexicon.CREDIT in cue[2] for cue in doc.cues_between(*line)):
            return other
    return None


def _label_of(reading: Reading, amount: Amount) -> str:
    """The amount's line up to it, lower-cased ("original amount: eur ")."""
    return reading.doc.lower[reading.doc.line_start(amount.start) : amount.start]


_ORIGINAL = re.compile(r"origin|ursprüng|orixinal")
_BILLED_IN = re.compile(
    r"amount in (?:u\.s\. |us |canadian |australian )?dollars|billed amount|amount billed"
)


def _estimated(reading: Reading, amount: Amount) -> bool:
    """A figure given as an estimate ("Amount shown in your currency ≈ R3,605.34 (estimate;
    your bank's rate may differ)"): a guess at the conversion, not what the card was charged."""
    lower = reading.doc.lower
    start = min(amount.start, amount.mark_start)
    label = lower[reading.doc.line_start(start) : start]
    return bool(_ESTIMATE.search(label) or _ESTIMATE.match(lower, amount.end, amount.end + 14))


_ESTIMATE = re.compile(
    r"[≈~]|approx|estimat|aprox|environ|ungefähr|circa|约|約|대략|\s*\(?(?:est\.|estimate)"
)


def _side_by_side(one: Amount, other: Amount) -> bool:
    """Two amounts written as one value and its other-currency twin in brackets."""
    first, second = sorted((one, other))
    gap = min(second.start, second.mark_start) - max(first.end, first.mark_end)
    return 0 <= gap <= 3


# What links an amount to its value in another currency.
_CONVERSION = re.compile(
    r"=|≈|converted to|conversion to|umgerechnet|entspricht|equivalente a|equivale a|equivalent"
    r"|soit|convertido|convertito|omgerekend|omräknat|omregnet|пересчитано|что составляет"
)


def _introduced_by(doc: features.Document, amount: Amount, role: str) -> bool:
    """Does a `role` word stand just before `amount`, or head its table column?"""
    before = doc.heading_cues(amount) or doc.cues_between(amount.start - 40, amount.start)
    return bool(before) and role in before[-1][2]


def _repeated(reading: Reading, chosen: Amount) -> list[Amount]:
    """The other places the chosen sum is written (a subject's sum again in the body)."""
    return [
        a
        for a in reading.amounts
        if a is not chosen and a.value == chosen.value and a.currency == chosen.currency
    ]


def _vetoes(
    doc: features.Document, chosen: Amount, repeated: list[Amount]
) -> tuple[str | None, str | None]:
    """(reason to refuse, reason to doubt) from the classes written in the subject or near the
    amount (near each place it is written: a subject cut short says its sum again in the body,
    where "... was declined" follows it). A card issuer confirming a card-bill payment is
    refused too: the bank account's own debit alert reports that money."""
    subject = set(doc.subject_classes)
    near = doc.cues_between(chosen.start - 100, chosen.end + 100)
    for twin in repeated:
        near = [*near, *doc.cues_between(twin.start - 100, twin.end + 100)]
    near = [cue for cue in near if _WARNED.isdisjoint(cue[2]) or not _warned_against(doc, cue)]
    around = subject | {cls for cue in near for cls in cue[2]}
    # A heading that says the mail is a code, a hold, a refusal or a mandate says it for the
    # whole mail ("Your one-time code" over a table whose sum is far below it).
    title = _title_classes(doc)
    around |= title & _TITLE_REFUSES
    if (_refunded(around) and not _nothing_moved(doc, near)) or _only_asked(
        doc, near, lexicon.DECLINED
    ):
        around.discard(lexicon.DECLINED)
    if {lexicon.REFUND, lexicon.DONE} <= around:  # "we have processed a refund of ..."
        around.discard(lexicon.FUTURE)
    if lexicon.FUTURE in around and _taken_as_said(doc, near):
        around.discard(lexicon.FUTURE)
    if lexicon.FUTURE in around and _charged_before_next(doc, chosen, near):
        around.discard(lexicon.FUTURE)
        subject.discard(lexicon.FUTURE)
    if (lexicon.DONE in subject and lexicon.PAYMENT in subject) or any(
        {lexicon.DONE, lexicon.PAYMENT} <= set(cue[2]) for cue in near
    ):
        # "Pagamento confirmado", "fatura ödemeniz alınmıştır" (your bill payment was received):
        # a due date or a bill's name in its table is history; so is the bill the subject
        # names ("Confirmation de paiement de votre facture" over "Votre paiement a bien été
        # reçu").
        around -= {lexicon.FUTURE, lexicon.STATEMENT}
        subject.discard(lexicon.STATEMENT)
    if lexicon.DONE in subject and subject & {lexicon.DEBIT, lexicon.CREDIT}:
        # "ACH Debit Posted": an autopay's name is no reminder, "log in to review" no sign-in.
        around -= {lexicon.FUTURE, lexicon.LOGIN}
    if lexicon.REFUND in subject:
        around.discard(lexicon.STATEMENT)  # a card's refund "goes on this month's statement"
    if _collected(doc, near):
        around.discard(lexicon.MANDATE)
    if any({lexicon.STATEMENT, lexicon.DEBIT} <= set(cue[2]) for cue in near):
        around.discard(lexicon.STATEMENT)  # "FATURA ÖDEME" (a bill paid) holds "fatura" (a bill)
        if lexicon.DONE in around:  # ... and "ödenmiştir" (has been paid) says it is done
            subject.discard(lexicon.STATEMENT)
    if _in_an_example(doc, chosen):
        around.add(lexicon.EXAMPLE)
    requests = [cue for cue in near if lexicon.REQUEST in cue[2]]
    if (
        requests
        and lexicon.REQUEST not in subject
        and all(_on_a_menu_line(doc, c) for c in requests)
    ):
        around.discard(lexicon.REQUEST)  # "Rekeningen | Betaalverzoek | Help": a menu's item
    refused = next((reason for cls, reason in _REFUSE if cls in around), None)
    if lexicon.STATEMENT in subject and _ORDER_WORD.search(doc.lower, 0, doc.subject_length):
        subject.discard(lexicon.STATEMENT)  # "Riepilogo del tuo ordine": a receipt
    if lexicon.TRACKING in doc.classes and lexicon.SHIPPING in title:
        # "Votre colis est en route" heading a shop's mail with the parcel's tracking number
        subject.add(lexicon.SHIPPING)
    if lexicon.SHIPPING in subject and _BEEN_CHARGED.search(
        doc.lower, max(0, chosen.start - 200), chosen.start
    ):
        # "Your order has been delivered" over "Here's what you've been charged": paid.
        subject.discard(lexicon.SHIPPING)
    if (
        lexicon.SHIPPING in subject
        and (
            subject & {lexicon.DEBIT, lexicon.CREDIT}
            or _MONEY_WORD.search(doc.lower, 0, doc.subject_length)
        )
        and not _ORDER_WORD.search(doc.lower, 0, doc.subject_length)
        and not _GOODS_WORD.search(doc.lower, 0, doc.subject_length)
    ):
        # Money, not a parcel, is on its way: "Your withdrawal is on its way", "Dhuwit dikirim"
        # (but "Tu compra está en camino" is the thing bought).
        subject.discard(lexicon.SHIPPING)
    refused = refused or next((r for cls, r in _REFUSE_IN_SUBJECT if cls in subject), None)
    if refused is None and _NOT_YET_CHARGED.search(doc.lower, doc.subject_length):
        refused = "preauth"  # "Der Betrag wurde ... lediglich vorgemerkt", wherever it stands
    if refused is None and lexicon.CARD_BILL in around and _paying_a_card(doc, subject, near):
        refused = "card_bill_payment"
    if refused is None and (
        _is_a_standing_figure(doc, chosen) or _balance_notice(doc, subject, near, chosen)
    ):
        refused = "balance_only"
    line_end = doc.text.find("\n", chosen.end)
    if lexicon.HELP not in subject and all(
        cue[0] > line_end >= 0 for cue in near if lexicon.HELP in cue[2]
    ):
        # "Questions? Visit the Help Center." below a receipt's lines is its footer; help text
        # explains before or around its example sum.
        around.discard(lexicon.HELP)
    offers = [cue for cue in near if lexicon.PROMO in cue[2]]
    if offers and lexicon.PROMO not in subject and all(_on_a_menu_line(doc, c) for c in offers):
        around.discard(lexicon.PROMO)  # "Home | Deals | My account": a shop's menu, no offer
    doubted = next((reason for cls, reason in _DOUBT if cls in around), None)
    return refused, doubted


def _warned_against(doc: features.Document, cue: features.Cue) -> bool:
    """A code's, a request's or a refusal's word inside a warning ("Ijebu-Ode Bank will never ask
    for your BVN, PIN or OTP", "Никому не сообщайте коды", Haitian "Nou pap janm mande w PIN ou",
    we will never ask you for your PIN): an alert's footer, not a code sent, a payment asked
    for or one refused."""
    if lexicon.SAFETY in cue[2]:
        return True
    # (Before the code's word, or after it where the verb ends the sentence: Marathi "आपला
    # ओटीपी कोणालाही सांगू नका", your OTP to anyone do not tell.)
    around = doc.cues_between(doc.clause_start(cue[0], 80), doc.clause_end(cue[1], 40))
    if any(lexicon.SAFETY in other[2] for other in around):
        return True
    if lexicon.OTP not in cue[2]:
        return False
    # No code by the word (on its line before it, or just after it): a code's mention, as a
    # footer's warning in a language the lexicon's warnings miss ("ਆਪਣਾ OTP ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ
    # ਕਰੋ", "请勿向任何人泄露验证码"), not a code sent.
    return _CODE.search(doc.text, doc.line_start(cue[0]), cue[1] + 120) is None


# The classes a footer's warning holds ("never share your OTP", "we will never ask you").
_WARNED = frozenset({lexicon.OTP, lexicon.REQUEST, lexicon.DECLINED})
# A one-time code: four to eight digits standing alone (not part of an amount, a date or a time).
_CODE = re.compile(r"(?<![\d.,/-])\d{4,8}(?![\d,/-]|[.:]\d)")


def _on_a_menu_line(doc: features.Document, cue: features.Cue) -> bool:
    start = doc.line_start(cue[0])
    end = doc.text.find("\n", cue[1])
    line = doc.text[start : end if end >= 0 else len(doc.text)]
    return line.count(" | ") >= 2 and not _DIGIT.search(line)


def _charged_before_next(doc: features.Document, chosen: Amount, near: list[features.Cue]) -> bool:
    """A renewal's receipt: the amount's own sentence says it was charged ("Hemos cobrado 11,99€
    en Mastercard") and every word of a charge to come follows that sentence ("Próximo cobro:
    25 de noviembre"): the next charge is the plan's schedule, not this mail's news."""
    start = doc.clause_start(chosen.start, 120)
    end = doc.clause_end(chosen.end, 120)
    charged = any(
        lexicon.DEBIT in cue[2] and lexicon.FUTURE not in cue[2]
        for cue in doc.cues_between(start, chosen.start)
    ) or _introduced_by(doc, chosen, lexicon.DEBIT)  # "Cobrado hoy (pago 1 de 4)\n$749.75"
    later = [*doc.cues_between(0, doc.subject_length), *near]
    return charged and all(cue[0] >= end for cue in later if lexicon.FUTURE in cue[2])


def _taken_as_said(doc: features.Document, near: list[features.Cue]) -> bool:
    """Every word of a charge to come stands in a sentence that says the money was taken
    ("Ihr monatlicher Abschlag für Strom wurde per SEPA-Lastschrift eingezogen"): the plan's
    name, not a notice ahead of the charge."""
    future = [cue for cue in near if lexicon.FUTURE in cue[2]]
    return bool(future) and all(
        _TAKEN.search(doc.lower, doc.clause_start(cue[0], 120), doc.clause_end(cue[1], 120))
        for cue in future
    )


# German "wurde ... eingezogen", "haben ... abgebucht" (was collected, have debited), not "wurde
# noch nicht abgebucht" (was not yet).
_TAKEN = re.compile(
    r"\b(?:wurden?|haben)\b(?:(?!\bnoch\b|\bnicht\b|\bkein)[^.!?\n]){0,100}?"
    r"\b(?:eingezogen|abgebucht)\b"
)


def _title_classes(doc: features.Document) -> set[str]:
    """The classes of the body's first line when it is a title (short, no figures): a shop's
    mail repeats or replaces its subject there ("Votre colis est en route")."""
    start = doc.subject_length + 1
    for _ in range(2):  # (past a brand's name over the title: "CuotaFácil" over "Tu compra ...")
        while doc.text.startswith("\n", start):
            start += 1
        end = doc.text.find("\n", start)
        end = len(doc.text) if end < 0 else end
        if end - start > _TITLE_LENGTH or _DIGIT.search(doc.text, start, end):
            return set()
        found = {cls for cue in doc.cues_between(start, end) for cls in cue[2]}
        if found:
            return found
        start = end
    return set()


_TITLE_LENGTH = 60
_TITLE_REFUSES = frozenset(
    {lexicon.OTP, lexicon.DECLINED, lexicon.HOLD, lexicon.MANDATE, lexicon.REQUEST}
)
_DIGIT = re.compile(r"\d")


def _only_asked(doc: features.Document, near: list[features.Cue], cls: str) -> bool:
    """Is every `cls` word near the amount inside a question ("Sie haben diese Transaktion nicht
    durchgeführt?", "Didn't make this payment?"): the alert's advice, not what happened?"""
    found = [cue for cue in near if cls in cue[2]]
    return bool(found) and all(_SENTENCE_END.match(doc.text, cue[1]) for cue in found)


def _in_an_example(doc: features.Document, chosen: Amount) -> bool:
    """The amount stands in a sentence that opens with "For example": help text, however long
    the sentence runs before the amount."""
    for cue in doc.cues_between(chosen.start - 250, chosen.start):
        between = doc.text[cue[1] : chosen.start]
        if lexicon.EXAMPLE in cue[2] and ". " not in between and "\n" not in between:
            return True
    return False


def _balance_notice(
    doc: features.Document, subject: set[str], near: list[features.Cue], chosen: Amount
) -> bool:
    """A subject that names only the balance ("Salio la akaunti", "Account balance") over a line
    that opens with the balance and gives an unsigned figure, with no word of money moving
    nearby: the mail reports where the account stands ("Salio la akaunti yako ... ni TZS X")."""
    # ("Saldo de su cuenta": the balance "of your account", which the lexicon reads "from".)
    if lexicon.BALANCE not in subject or not subject <= {
        lexicon.BALANCE,
        lexicon.ACCOUNT,
        lexicon.FROM_YOUR,
    }:
        return False
    before = doc.cues_between(doc.line_start(chosen.start), chosen.start)
    return (
        not chosen.negative
        and any(lexicon.BALANCE in cue[2] for cue in before)
        and not any({lexicon.DEBIT, lexicon.CREDIT} & set(cue[2]) for cue in near)
    )


def _paying_a_card(doc: features.Document, subject: set[str], near: list[features.Cue]) -> bool:
    """Is a credit card what the payment went to? A card named as the way the user paid
    ("Payment method: Credit card (Visa ...)", "Paid by: credit card") is not."""
    if lexicon.CREDIT_CARD in subject or _TO_YOUR_CARD.search(doc.lower):
        return True
    if _CARD_DEBT.search(doc.lower):  # the issuer states what is still owed on the card
        return True
    return any(
        lexicon.CREDIT_CARD in cue[2]
        and not _PAID_WITH.search(doc.lower, max(0, cue[0] - 30), cue[0])
        for cue in near
    )


# "... your payment of $100.03 to your BMO Mastercard ending in 2134": the card was paid.
_TO_YOUR_CARD = re.compile(
    r"(?:to|towards) your (?:[\w&-]+ ){0,3}(?:mastercard|visa|amex|american express)\b"
    # ... or its credit card ending in digits ("to your Thistle & Oak credit card ending 7590").
    r"|(?:to|towards) your (?:[\w&-]+ ){0,3}credit card ending\b"
    # ... or a payment the issuer received "towards your Najd Platinum card".
    # (The sentence may hold the amount's decimal point, and break its line.)
    r"|received (?:[^\n.]|(?<=\d)\.(?=\d)){0,40} towards\s+your\s+(?:[\w&-]+\s+){0,3}card\b"
    # ... "your payment of X for your Bangko Mastercard ending in 1568".
    r"|payment of [^\n]{0,30} for your (?:[\w&-]+ ){0,3}(?:mastercard|visa|credit card)\b"
    r"|(?:règlement|paiement) de [^\n]{0,30} pour (?:votre|la) carte\b"
    # ... Danish, Norwegian and Swedish "to your Mastercard", "to your credit card".
    r"|til (?:dit|ditt) (?:[\w&-]+ ){0,2}(?:mastercard|visa|kredittkort|kreditkort)\b"
    r"|till ditt (?:[\w&-]+ ){0,2}(?:mastercard|visa|kreditkort)\b"
)
# What a card's issuer says is still owed or free to spend on it.
_CARD_DEBT = re.compile(
    r"outstanding balance|available credit|credit available|deuda pendiente|crédito disponible"
    r"|solde dû"
    r"|saldo devedor|limite disponível|montant dû|crédit disponible|ยอดคงค้าง|วงเงินคงเหลือ"
    r"|verfügbarer kreditrahmen|verfügbaren kreditrahmen|credito disponibile"
    r"|beschikbare kredietlimiet"
    # ... or names the card's account or bill it was paid into: "Kartenkonto", "remaining due",
    # Japanese "the billed amount", Korean "card usage bill", Russian "debt on the credit card",
    # Chinese "credit card".
    r"|kartenkonto|remaining due|ご請求分|이용대금|задолженности по кредитной карте|信用卡"
    r"|verfügbarer rahmen|cupo disponible"
    # ... or the card's bill ("da fatura do seu cartão Ourocard").
    r"|fatura do seu cartão|fatura do cartão|factura de tu tarjeta|facture de votre carte"
)
_PAID_WITH = re.compile(
    r"(?:payment method|paid (?:by|with|using|via)|pay with|method of payment|payment type"
    r"|payment channel|payment mode|mode of payment|payment source|funding source"
    r"|método de pago|forma de pago|forma de pagamento|meio de pagamento|zahlungsart"
    r"|zahlungsmittel|bezahlt mit"
    r"|mode de paiement|moyen de paiement|payé par|metodo di pagamento|betaalmethode|betaald met"
    r"|طريقة الدفع|ödeme yöntemi|способ оплаты)\W*$"
)


def _collected(doc: features.Document, near: list[features.Cue]) -> bool:
    """A direct debit that was taken ("Se debitó ... el débito automático de X", "is een incasso
    afgeschreven"): a debit word of its own, not the mandate's name, says the money left."""
    subject = doc.cues_between(0, doc.subject_length)
    if not any(lexicon.MANDATE in cue[2] for cue in [*near, *subject]):
        return False
    if any(  # "A new Direct Debit has been set up": no money yet (by the mandate's words)
        _MANDATE_SET_UP.search(doc.lower, max(0, cue[0] - 150), cue[1] + 150)
        for cue in [*near, *subject]
        if lexicon.MANDATE in cue[2]
    ):
        return False
    if lexicon.DONE in doc.subject_classes or any(lexicon.DONE in cue[2] for cue in near):
        return True  # "Ihr Dauerauftrag an X über 560,87 EUR wurde ... ausgeführt"
    # "Aviso de cargo: Domiciliación cobrada": a debit notice whose subject names the mandate.
    return any(
        lexicon.DEBIT in cue[2] and lexicon.MANDATE not in cue[2] for cue in [*subject, *near]
    )


# The rest of a sentence that ends as a question.
_SENTENCE_END = re.compile(r"[^.!?\n]{0,80}\?")
_MANDATE_SET_UP = re.compile(
    # (Not a company "Registered in England" in a footer.)
    r"set up|setup|registered(?! in\b| office| no\b| number)|register\b|registration"
    r"|activat(?:ed)?"
    r"|created|mandate request|alta de|adesão"
    r"|adesao|registrad[oa]|cadastrad[oa]|eingerichtet|erteilt|aangemaakt|afgegeven|attivat[oa]"
    r"|enregistré|mis en place|talimat|pendaftaran|terdaftar|registrasi|criad[ao]|cread[ao]"
    r"|登録|설정|등록|înregistrat|inregistrat|nicio sumă|подключ|գրանցված|registrirali"
    r"|didaftarkan|تسجيل|telah aktif"
)
# A shop's order: its summary is a receipt, not an account statement.
# What a parcel holds: the thing bought.
_GOODS_WORD = re.compile(
    r"(?<!\w)(?:purchase|compra|achat|kauf|einkauf|aankoop|acquisto|pembelian|package|parcel"
    r"|paquete|pacote|colis|paket|pakket|item|artículo|product|producto|produto)"
)
# "Your money is on its way": the thing on its way is money.
_MONEY_WORD = re.compile(
    r"\b(?:money|funds|transfer|reimbursement|payout|dinero|dinheiro|argent|geld|fondos)\b"
)
_ORDER_WORD = re.compile(
    r"(?<!\w)(?:order|ordine|pedido|commande|bestellung|bestelling|sipariş|siparişiniz|заказ"
    r"|zamówieni\w*|objednávk\w*|παραγγελία|הזמנה|طلب|pesanan|đơn hàng|注文|주문|订单|訂單)"
)


def _sum_of_lines(reading: Reading, best: Amount, others_start: int | None) -> Amount:
    """A receipt's first line gives way to the sum the lines from it add up to, written below
    them ("39,95 € + 41,40 € + Envío 5,00 €" then "Total pagado (IVA incl.) 86,35 €"): what was
    paid is the total, whatever its label's words. (Not past where other goods are offered:
    `others_start`, rank_amounts's.)"""
    amounts = [
        a
        for a in reading.amounts
        if a.currency == best.currency and (others_start is None or a.start < others_start)
    ]
    if best not in amounts:
        return best
    first = amounts.index(best)
    running = Decimal(0)
    for index in range(first, len(amounts) - 1):
        line = amounts[index]
        running += -line.value if line.negative else line.value
        total = amounts[index + 1]
        if (
            index > first
            and total.value == running
            and not total.negative
            and _labelled_a_total(reading.doc, total)
        ):
            return total
    return best


def _labelled_a_total(doc: features.Document, amount: Amount) -> bool:
    """A total's or a payment's word on the amount's line before it ("Total pagado (IVA
    incl.)", "お支払い金額（税込）"), or over it."""
    start = min(amount.start, amount.mark_start)
    cues = doc.heading_cues(amount) or doc.cues_between(doc.line_start(start), start)
    return any({lexicon.TOTAL, lexicon.PAYMENT} & set(cue[2]) for cue in cues)


def _total_over_instalment(reading: Reading, best: Amount) -> Amount:
    """One instalment ("4 interest-free payments of $35.60", "3x de R$ 102,40", "en 3 cuotas
    de $ 35.634,53") gives way to the total the text states: a purchase in instalments is what
    it cost in all."""
    doc = reading.doc
    start = min(best.start, best.mark_start)
    if not _INSTALMENT_BEFORE.search(doc.lower, max(0, start - 40), start):
        return best
    totals = [
        amount
        for amount in reading.amounts
        if amount.currency == best.currency
        and amount.value > best.value
        and _introduced_by(doc, amount, lexicon.TOTAL)
    ]
    return max(totals, key=lambda amount: amount.value, default=best)


def _instalment_charged(reading: Reading, paid: Amount) -> Amount:
    """A plan's instalment charged now ("Cuota 3 de 4: se cobraron 21,25 EUR", "Instalment 2
    of 4: £12.94 was charged") is what the card paid, not the purchase's total beside it."""
    lower = reading.doc.lower
    marked = [
        a
        for a in reading.amounts
        if a.currency == paid.currency and _ORDINAL_AFTER.match(lower, max(a.end, a.mark_end))
    ]
    if marked and marked[0].value < paid.value:
        return marked[0]  # "This payment £37.50 (2 of 4)" under "Order total £150.00"
    ordinal = _INSTALMENT_ORDINAL.search(lower, reading.doc.subject_length)
    if ordinal is not None:
        after = [
            a
            for a in reading.amounts
            if a.currency == paid.currency
            and 0 <= min(a.start, a.mark_start) - ordinal.end() < 80
            and not _is_a_standing_figure(reading.doc, a)  # "Available Balance" on the next line
        ]
        if after and after[0].value < paid.value:
            return after[0]
    if (
        ordinal is None
        and not _INSTALMENT_ORDINAL.search(lower, 0, reading.doc.subject_length)
        and not _NTH_INSTALMENT.search(lower)
    ):
        return paid
    # "Payment 2 of 4 complete" over "Payment amount $37.49 ... Order total $149.96": the sum
    # under the instalment's own label.
    labelled = [
        a
        for a in reading.amounts
        if a.currency == paid.currency
        and a.value < paid.value
        and _INSTALMENT_LABEL.search(lower, max(0, min(a.start, a.mark_start) - 30), a.start)
    ]
    return labelled[0] if labelled else paid


# "Instalment 2 of 4", "Cuota 3 de 4", "Échéance 2 sur 4", "Rate 2 von 4", "Kisht 2/4".
_INSTALMENT_ORDINAL = re.compile(
    r"\b(?:instal?lment|installment|payment|pago|cuota|parcela|prestação|échéance|rate|raty?|kisht"
    r"|taksit|termijn|cicilan|ansuran)\s+\d{1,2}\s*(?:of|de|sur|von|van|z|dari|daripada|/)\s*"
    r"\d{1,2}\b"
)
# An instalment's own label on the line over its sum, or before it on its line ("Rate\n41,25 €").
_INSTALMENT_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:instal?l?ment(?: amount)?|payment amount|this payment|cuota|parcela"
    r"|prestação|échéance|rate|ratenbetrag|rata|taksit tutarı|termijn|cicilan|ansuran"
    # ... or the day's charge: "Dragen idag", "Cobrado hoy (pago 1 de 4)", "Charged today".
    r"|dragen idag|cobrado hoy|charged today|paid today)(?: \([^)\n]{0,20}\))?"
    r"[ \t]*:?[ \t]*\n?[ \t]*[^\w\n]{0,4}$"
)
# ... or after its amount: "£37.50 (2 of 4)".
_ORDINAL_AFTER = re.compile(r"[ \t]*\(\d{1,2}\s*(?:of|de|sur|von|van|z|dari|/)\s*\d{1,2}\)")
# What stands before one instalment's amount.
_INSTALMENT_BEFORE = re.compile(
    r"(?:\d+\s*[x×]\s*(?:de\s*)?|\d+\s+(?:interest-free\s+|monthly\s+)?(?:payments|instalments"
    r"|installments|cuotas|parcelas|prestações|raten|taksit|mensualidades|rate|versements"
    r"|termijnen)\s*(?:of|de|à|von|da|van|x)?\s*)$"
)


def _change_over_balance(reading: Reading, best: Amount) -> Amount:
    """A balance ranked best where the change that made it stands signed before it: that
    change is the payment (see _a_change_of_balance)."""
    if not _is_a_standing_figure(reading.doc, best):
        return best
    changes = [
        amount
        for amount in reading.amounts
        if amount.currency == best.currency and _a_change_of_balance(reading.doc, amount)
    ]
    return changes[0] if len(changes) == 1 else best


def _a_change_of_balance(doc: features.Document, amount: Amount) -> bool:
    """A signed figure after the balance's word, the balance itself given after it ("So du TK
    VCB 0073 -15,247,000 VND luc 21-11-2026 16:46. So du 36,094,000 VND", as Vietnamese banks
    write a balance change): the change, money that moved."""
    start = min(amount.start, amount.mark_start)
    signed = amount.negative or doc.text[start - 1 : start] == "+"
    after = doc.cues_between(amount.end, amount.end + 200)
    return signed and any(lexicon.BALANCE in cue[2] for cue in after)


def _is_a_standing_figure(doc: features.Document, amount: Amount) -> bool:
    """The best amount is itself introduced as a balance, a limit or a sum due: the mail
    reports where an account stands, not money that moved."""
    if _a_change_of_balance(doc, amount):
        return False
    # (A table's heading over it counts as its label: "Available balance (IRR)".)
    before = doc.heading_cues(amount) or doc.cues_between(
        doc.clause_start(amount.start), amount.start
    )
    roles = {lexicon.BALANCE, lexicon.LIMIT, lexicon.DUE}
    return (
        bool(before)
        and bool(roles & set(before[-1][2]))
        and not ({lexicon.DEBIT, lexicon.CREDIT} & set(before[-1][2]))
    )


def _nothing_moved(doc: features.Document, near: list[features.Cue]) -> bool:
    """A refusal that says no money left ("The debit has been reversed and no money has left
    your account"): a payment that failed, whatever word of reversal it uses."""
    return any(
        lexicon.DECLINED in cue[2] and _NO_MONEY_MOVED.search(doc.lower, cue[0], cue[1])
        for cue in near
    )


_NO_MONEY_MOVED = re.compile(
    r"no money|not been charged|no charge|terhelés nem történt|lagama jarin|nta mafaranga"
)


def _refunded(classes: set[str]) -> bool:
    """ "Refund for your failed payment has been credited": the failure is history, the money
    came back (unless the refund is still to come)."""
    return (
        bool({lexicon.REFUND, lexicon.REVERSAL} & classes)  # "REVERSAL OF FAILED ATM WDL"
        and lexicon.FUTURE not in classes
    )


def _transaction(
    reading: Reading,
    chosen: Amount,
    last4: cards.Last4 | None,
    probability: float,
    amount_share: float,
) -> ExtractionResult:
    doc, email = reading.doc, reading.email
    direction = features.direction_features(doc, chosen)
    p_credit = models()["credit"].probability(direction)
    stated, stating_cue = _stated_direction(doc, chosen)
    if stated is None and "positive" in direction:
        stated = True  # "+6 939,80 Kč": a plus sign on the amount is money in, whatever the words
    credit = stated if stated is not None else p_credit >= 0.5
    if stated is None and not credit and _payer_labelled(doc, chosen):
        credit = True
    if last4 is None and credit:
        last4 = choose_last4(reading, chosen, incoming=True)
    party, party_share = choose_scored_party(reading, chosen, credit)
    when = choose_date(reading, chosen)
    references = find_references(
        doc.text, doc.lower, last4.digits if last4 else None, *_near(chosen)
    )
    balance = _related_amount(reading, chosen, lexicon.BALANCE)
    fee = _related_amount(reading, chosen, lexicon.FEE)
    network = cards.find_card_network(doc.lower)
    amount_span = (chosen.start, chosen.end)
    direction_cue = stating_cue or _deciding_cue(doc, chosen, credit)
    spans = {
        "amount": amount_span,
        "currency": (chosen.mark_start, chosen.mark_end),
        "direction": (direction_cue[0], direction_cue[1]) if direction_cue else amount_span,
    }
    confidence = {
        "is_transaction": probability,
        "amount": amount_share,
        "currency": _currency_confidence(chosen, doc.country),
        "direction": STATED_DIRECTION_CONFIDENCE
        if stated is not None
        else max(p_credit, 1 - p_credit),
    }
    merchant = None
    if party is not None:
        # "od Petra Nováka": the payer's own name, not the sentence's case of it.
        cue = party.cue
        if cue not in inflection.DECLINING_WORDS:  # "Uplatitelj: Ivana Horvata" after "od ..."
            cue = inflection.declining_word_before(doc.lower, party.name) or cue
        merchant = normalise_merchant(inflection.dictionary_form(party.name, cue))[0]
        confidence["merchant"] = party_share
        span = _party_span(doc, party, merchant)
        if span is not None:
            spans["merchant"] = span
    if last4 is not None:
        spans["account_last4"] = (last4.start, last4.end)
        confidence["account_last4"] = _last4_confidence(last4)
    confidence["occurred_at"] = _date_confidence(when)
    if when is not None:
        spans["occurred_at"] = (when.start, when.end)
    if references:
        spans["reference"] = (references[0].start, references[0].end)
        confidence["reference"] = RULE_CONFIDENCE
    for name, related in (("balance", balance), ("fee", fee)):
        if related is not None:
            spans[name] = (related.start, related.end)
            confidence[name] = RULE_CONFIDENCE
    if network is not None:
        spans["card_network"] = (network[1], network[2])
        confidence["card_network"] = RULE_CONFIDENCE
    return ExtractionResult(
        is_transaction=True,
        amount=chosen.value,
        currency=chosen.currency,
        direction="credit" if credit else "debit",
        merchant=merchant,
        account_last4=last4.digits if last4 else None,
        occurred_at=when.moment if when is not None else email.received_at,
        occurred_at_from_text=when is not None and when.has_time,
        balance=balance.value if balance is not None else None,
        fee=fee.value if fee is not None else None,
        reference=references[0].value if references else None,
        card_network=network[0] if network else None,
        confidence=_confidence(
            probability,
            sure_of_direction=abs(p_credit - 0.5) > 0.3,
            merchant_in_text=party is not None and party.start >= 0,
            dated_in_text=when is not None,
            explicit_currency=chosen.explicit,
        ),
        spans=spans,
        part=email.part,
        field_confidence={name: round(value, 3) for name, value in confidence.items()},
    )


def _payer_labelled(doc: features.Document, chosen: Amount) -> bool:
    """A row that labels who sent the money ("Auftraggeber: Apotheke am Markt", "Mai aikawa\tKano
    Cooperative Bank", "Ordenante\tFarmacia San Pablo"), none that labels whom it went to, and
    no word of money out by the amount: money in, where the words alone left it undecided."""
    if _PAYEE_LABEL.search(doc.text) or not _PAYER_LABEL.search(doc.text):
        return False
    clause = doc.cues_between(doc.clause_start(chosen.start, 120), doc.clause_end(chosen.end, 80))
    subject = doc.cues_between(0, doc.subject_length)
    # (A bank "sends" its own fee: "Service charge applied / Sender: Copperbelt Bank".)
    return not any({lexicon.DEBIT, lexicon.FEE} & set(cue[2]) for cue in [*clause, *subject])


_PAYER_LABEL = re.compile(
    r"^[ \t]*(?:from|sender|payer|remitter|auftraggeber|ordenante|remitente|pagador|mai aikawa"
    r"|илгээгч|anotumira|отправитель|плательщик|gönderen|expéditeur|donneur d'ordre|nadawca"
    r"|odesílatel|uplatitelj|platitelj|mittente|afzender|avsändare|maksaja)[ \t]*[:\t]",
    re.IGNORECASE | re.MULTILINE,
)
_PAYEE_LABEL = re.compile(
    r"^[ \t]*(?:to|recipient|payee|beneficiary|merchant|empfänger|beneficiario|destinatario"
    r"|bénéficiaire|odbiorca|příjemce|primatelj|destinatario|begunstigde|mottagare|saaja"
    r"|получатель|alıcı)[ \t]*[:\t]",
    re.IGNORECASE | re.MULTILINE,
)


def _stated_direction(
    doc: features.Document, amount: Amount
) -> tuple[bool | None, features.Cue | None]:
    """What the grammar settles whatever the verb: money "from your account" left the user
    ("SHOP has received Rs 21 from your A/c"); a cashback or reward taken back is money out.
    (None, None) when the text does not settle it this way, else (credit?, the cue that settled
    it). ("To your account" does not settle it: a biller credits the bill to "your account"
    with them.)"""
    # A table's "Débit (€)" / "Crédit (€)" columns: the column an amount stands in says which way
    # it went, whatever the other column's heading says.
    heading = [cue for cue in doc.heading_cues(amount) if _ONE_WAY.intersection(cue[2])]
    if len({cls for cue in heading for cls in cue[2]} & _ONE_WAY) == 1:
        return lexicon.CREDIT in heading[0][2], heading[0]
    after = doc.cues_between(amount.end, doc.clause_end(amount.end, 80))
    classes = {cls for cue in after for cls in cue[2]}
    if lexicon.FROM_YOUR in classes and lexicon.TO_YOUR not in classes:
        return False, next(cue for cue in after if lexicon.FROM_YOUR in cue[2])
    mark = _BIJ_AF.match(doc.lower, max(amount.end, amount.mark_end))
    if mark is not None:  # Dutch "SRD 2,500.00 Bij" (added), "... Af" (taken off)
        return mark.group(1) == "bij", None
    start = min(amount.start, amount.mark_start)
    if (  # "Carlos Ayuso sent BZ$1,070.03 to your account"
        after
        and (
            (lexicon.TO_YOUR in after[0][2] and after[0][0] - amount.end <= 3)
            or _TO_YOUR_ACCOUNT.match(doc.lower, amount.end)  # "... to your Everyday account"
        )
        and _SENT_BEFORE.search(doc.lower, max(0, start - 20), start)
    ):
        return True, after[0]
    thanks = next(
        (cue for cue in doc.cues if {lexicon.CARD_BILL, lexicon.DEBIT} <= set(cue[2])), None
    )
    around = doc.cues_between(doc.clause_start(amount.start, 120), amount.start)
    # "Wij hebben uw betaling ontvangen": the payee has the user's money; unless only the
    # subject says so and the amount's own sentence says the user received it ("Paiement reçu"
    # over "Vous avez reçu 17,54 EUR de ...").
    if thanks is not None and not (
        _thanks_only_in_subject(doc) and any(_received(cue) for cue in around)
    ):
        return False, thanks
    nearby = classes | {cls for cue in around for cls in cue[2]}
    if lexicon.REVERSAL in nearby and nearby & {lexicon.CASHBACK, lexicon.REWARD}:
        return False, next(cue for cue in [*around, *after] if lexicon.REVERSAL in cue[2])
    return None, None


_ONE_WAY = frozenset({lexicon.DEBIT, lexicon.CREDIT})
# A mail that says in so many words that no money has been taken yet: a hold or a guarantee.
_NOT_YET_CHARGED = re.compile(
    r"aucun (?:paiement n['’]est prélevé maintenant|débit n['’]a encore eu lieu)"
    r"|sert uniquement de garantie|lediglich vorgemerkt|wird erst beim versand abgebucht"
    r"|no payment has been taken yet|you have not been charged yet|you haven['’]t been charged yet"
    r"|no se ha realizado ningún cargo todavía|nenhum valor foi cobrado ainda"
    # ... or that no money came in or went out yet (a balance notice beside a salary awaited, a
    # request sent): Fijian, Swahili, Tagalog, Khmer, Kazakh, Armenian, Uzbek, Belarusian,
    # Spanish, Malagasy, Lao, Gujarati, Arabic, Luganda, Afrikaans, Danish.
    r"|e se bera ni curu mai|pesa bado hazijarejeshwa|wala pang perang pumapasok"
    r"|មិនទាន់មានប្រាក់ចូល|ақша түскен жоқ|չի գանձվել|hech qanday pul o'tkazilmaydi"
    r"|яшчэ не залічана|no se producirá ningún movimiento|nunca fue cobrado"
    r"|mbola tsy tonga ny vola|ຍັງບໍ່ທັນເຂົ້າບັນຊີ|હજુ જમા થયો નથી|لم يتم خصم أي مبلغ"
    r"|tewali ssente ziyingidde|geen transaksie is gedoen nie|endnu ikke trukket"
    r"|todavía no se ha realizado ningún cargo|nessun importo è stato addebitato"
    # (Herero "the money was not taken yet", Northern Ndebele "this is not a transaction",
    # Bashkir "no money was taken from your account".)
    r"|ka vya kambwa natja|akusikho ukuthengiselana|аҡса алынманы"
)
_BEEN_CHARGED = re.compile(r"you(?:'ve| have) been charged|a été débité")
_BIJ_AF = re.compile(r"[ \t]+(bij|af)[ \t]*(?:\n|$)")


def _thanks_only_in_subject(doc: features.Document) -> bool:
    return all(
        cue[0] < doc.subject_length
        for cue in doc.cues
        if {lexicon.CARD_BILL, lexicon.DEBIT} <= set(cue[2])
    )


def _received(cue: features.Cue) -> bool:
    """A cue of money in and nothing else of direction or of a bill ("vous avez reçu")."""
    return lexicon.CREDIT in cue[2] and not {lexicon.DEBIT, lexicon.CARD_BILL} & set(cue[2])


# Someone sent the amount: to the user when "to your account" follows it.
_SENT_BEFORE = re.compile(r"(?<!\byou )(?<!\bwe )\b(?:sent|transferred|wired|paid|deposited)\s+$")
_TO_YOUR_ACCOUNT = re.compile(r"\s*to your (?:[\w&'’-]+ ){0,3}(?:account|acct|a/c|wallet)\b")


def _deciding_cue(doc: features.Document, amount: Amount, credit: bool) -> features.Cue | None:
    """The cue that pushed the direction model hardest towards its answer: each directional
    cue's features (app.extraction.features.direction_features) weighed by the model, signed
    towards the direction chosen. None when no cue pushed that way."""
    weights = models()["credit"].weights
    sign = 1.0 if credit else -1.0
    best, best_push = None, 0.0
    for cue, names in features.direction_cues(doc, amount):
        push = sign * sum(weights.get(name, 0.0) for name in names)
        if push > best_push:
            best, best_push = cue, push
    return best


# Per-field confidences where no model scores the choice: how often such a rule is right.
STATED_DIRECTION_CONFIDENCE = 0.95
FEE_RULE_CONFIDENCE = 0.9
RULE_CONFIDENCE = 0.85
SENDER_PARTY_CONFIDENCE = 0.6


def _currency_confidence(amount: Amount, country: str | None) -> float:
    """A code or an unambiguous symbol is sure; "$" or "Rs" is as sure as the sender's
    country; a bare number after "Amount:" is the country's currency by default."""
    if amount.explicit:
        return 0.98
    if amount.marked:
        return 0.85 if country else 0.6
    return 0.7


def _last4_confidence(last4: cards.Last4) -> float:
    """Last4.score: 3 "ending in", 2 a mask, 1 after "card"/"A/c"; +1 "your"/"card" words
    before it, -3 the counterparty's."""
    return max(0.3, min(0.97, 0.45 + 0.13 * last4.score))


def _date_confidence(when: When | None) -> float:
    if when is None:
        return 0.5  # the email's own Date header: right for alerts, late for digests
    if when.has_time:
        return 0.95 if when.zone_stated else 0.9
    return 0.85


def _party_span(doc: features.Document, party: Party, merchant: str) -> tuple[int, int] | None:
    """Where the counterparty stands in the text; for the sender's own name (not part of the
    text) the first place the text writes it or the merchant it names ("Lyft Receipts" is
    Lyft), if it does."""
    if party.start >= 0:
        return party.start, party.end
    for name in (party.name, merchant):
        found = doc.lower.find(lowered(name)) if name.strip() else -1
        if found >= 0:
            return found, found + len(name)
    return None


def _confidence(
    probability: float,
    *,
    sure_of_direction: bool,
    merchant_in_text: bool,
    dated_in_text: bool,
    explicit_currency: bool,
) -> float:
    """How far to trust this reading (an LLM, where configured, takes a second look below
    REVIEW_BELOW): the ranker's belief that it is a payment, scaled by how much of it the text
    stated outright rather than left to a default."""
    stated = 0.55
    stated += 0.15 if sure_of_direction else 0.0
    stated += 0.1 if merchant_in_text else 0.0
    stated += 0.1 if dated_in_text else 0.0
    stated += 0.1 if explicit_currency else 0.0
    return round(min(0.99, probability * stated), 3)


# Counterparties, cards and references are looked for this close to the payment's amount.
NEAR_AMOUNT = 600


def _near(amount: Amount) -> tuple[int, int]:
    return amount.start - NEAR_AMOUNT, amount.end + NEAR_AMOUNT


def party_candidates(reading: Reading, chosen: Amount) -> list[Party]:
    doc = reading.doc
    return find_parties(
        doc.text,
        doc.lower,
        doc.subject_length,
        reading.email.sender_name,
        _near(chosen),
        doc.headings,
        (min(chosen.start, chosen.mark_start), max(chosen.end, chosen.mark_end)),
    )


def choose_party(reading: Reading, chosen: Amount, credit: bool) -> Party | None:
    return choose_scored_party(reading, chosen, credit)[0]


def choose_scored_party(
    reading: Reading, chosen: Amount, credit: bool
) -> tuple[Party | None, float]:
    """The counterparty and how sure the ranker is of it (see _share; a rule's choice gets the
    rule's confidence)."""
    model = models()["party"]
    sender_name = reading.email.sender_name
    # Almost every payment names a counterparty: the best candidate wins unless it is clearly
    # junk (log-odds far below even).
    best, best_score, sender = None, PARTY_FLOOR, None
    candidates = party_candidates(reading, chosen)
    own = [party for party in candidates if party.source == "sender"]
    if own and _is_cashback(reading.doc, chosen):  # a cashback (or its reversal) is the payer's own
        return own[0], SENDER_PARTY_CONFIDENCE
    if own and _instalment_collected(reading):
        return own[0], SENDER_PARTY_CONFIDENCE
    scores = []
    bankish = (
        features.is_bankish(sender_name)
        or bool(_BANK_DOMAIN.search(reading.email.sender))
        or _a_wallet(sender_name, reading.email.sender)
    )
    in_text, in_text_score = None, PARTY_FLOOR
    alone, alone_score = None, LINE_FLOOR
    if not bankish:  # a shop's footer names the company that runs it: the shop itself
        candidates = [p for p in candidates if not _operator_footer(reading.doc, p, chosen)]
    candidates = [p for p in candidates if not _only_cue_words(reading.doc, p)]
    for party in candidates:
        score = model.score(party_feature_list(reading, party, chosen, credit, sender_name))
        scores.append(score)
        if score > best_score:
            best, best_score = party, score
        if party.source == "sender":
            sender = party
        elif score > in_text_score and not _own_name(party, sender_name, bankish):
            in_text, in_text_score = party, score
        if score > alone_score and (
            (party.cue == DESCRIPTOR and not _own_name(party, sender_name, True))
            or _alone_by_the_amount(reading.doc, party, chosen, sender_name)
        ):
            alone, alone_score = party, score
    if bankish and in_text is None and alone is None:
        # A bank's alert laid out as label and value rows in a language whose labels we do
        # not know ("Pàighear" over "Iain MacLeod"): the one value written as a name.
        alone = _named_in_a_row(reading.doc, sender_name, chosen)
        alone_score = LINE_FLOOR
    if bankish and in_text is None and alone is None:
        # ... else a name its grammar marks, though the ranker doubts it ("Trendyol'dan
        # alışveriş": from Trendyol, shopping).
        alone = next(
            (
                party
                for party, score in zip(candidates, scores, strict=True)
                if party.source in _GRAMMAR_SOURCES
                and score > LINE_FLOOR
                and not _own_name(party, sender_name, True)
            ),
            None,
        )
    if bankish and in_text is None and alone is not None:
        # A bank's card alert may print the shop alone on a line by the amount, with no label
        # ("SYSTEMBOLAGET" over "2 521,65 kr"): weaker evidence, but the only name there.
        in_text, in_text_score = alone, alone_score
        if best is None:
            best, best_score = alone, alone_score
    payer = _sentence_payer(reading.doc, candidates, scores, best) if credit else None
    if payer is not None:
        best, best_score = payer
    # A bank's or wallet's alert is about someone else: its own name is the counterparty only
    # when the text names no one (its own fee or interest).
    own_name = best is not None and _own_name(best, sender_name, bankish)
    if bankish and in_text is not None and own_name:
        best, best_score = in_text, in_text_score
    elif (best is None or own_name or _at_a_cash_machine(reading.doc, best)) and (
        _CASH_WITHDRAWAL.search(reading.doc.lower, *_near(chosen))
    ):
        return None, SENDER_PARTY_CONFIDENCE  # cash from a machine: no one was paid
    if best is not None and best.source == "sender" and not bankish:
        # A wallet's receipt for a bill or a transfer names whom it paid under a label of its
        # own ("Company: K-Electric", "المفوتر: ..."), not a restaurant's or a seller's.
        billed = next((p for p in candidates if p.source == "label" and p.cue in _PAID_TO), None)
        if billed is None:
            # ... or by the amount, after "to" or before a postposition ("Pembayaran kamu ke
            # Indomaret berhasil!" over "Total Bayar Rp 21.000").
            billed = next(
                (p for p in candidates if _paid_on_the_amounts_line(reading.doc, p, chosen)), None
            )
        if billed is not None:
            return billed, RULE_CONFIDENCE
    # Nothing in the text names anyone: a shop's or biller's own mail is about itself. A
    # platform's receipt "for your order from X" names the restaurant or seller it passed the
    # order to; the platform took the money.
    if sender is not None and not bankish and _for_itself(reading, best):
        return sender, SENDER_PARTY_CONFIDENCE
    return best, (_share(best_score, scores) if best is not None else 0.0)


# The sources that find a name by the grammar around it (a case ending, a postposition).
_GRAMMAR_SOURCES = frozenset({"tr_at", "jp_at"})


def _instalment_collected(reading: Reading) -> bool:
    """A buy-now-pay-later firm's mail on an instalment it took ("We've taken your 2nd payment
    for Harbour & Hide", "Rate 3 von 6 eingezogen"): the firm was paid, the shop was paid long
    ago. (Not a bank's card plan: its alert is about the shop.)"""
    email = reading.email
    if features.names_a_bank(email.sender_name) or _BANK_DOMAIN.search(email.sender):
        return False
    lower = reading.doc.lower
    return bool(_INSTALMENT_ORDINAL.search(lower) or _NTH_INSTALMENT.search(lower))


# "Your 2nd payment", "the third instalment", "die dritte Rate".
_NTH_INSTALMENT = re.compile(
    r"\b(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|zweite|dritte|vierte|fünfte|sechste)"
    r" (?:payment|instal?l?ment|rate)\b"
    # Swedish "the first (second, ...) part payment".
    r"|\b(?:första|andra|tredje|fjärde|sista) delbetalningen\b"
)


def _named_in_a_row(doc: features.Document, sender_name: str, chosen: Amount) -> Party | None:
    """The one value of the message's label/value rows that is written as a name: two to four
    words, each capitalised, no digits and no cue word ("Kaituku      Aroha Ngata"). None when
    no value or more than one reads so: then the rows are not telling."""
    found: dict[str, Party] = {}
    for start, end in _row_values(doc):
        value = doc.text[start:end]
        words = [word for word in value.split() if word != "&"]  # "Ling & Sons Supercenter"
        if not _NAME_LIKE.fullmatch(value) or any(not word[0].isupper() for word in words):
            continue
        if lexicon.scan(value.lower()) or _names_sender(value, sender_name) or in_words(value):
            continue
        label = doc.lower[doc.line_start(start) : start]
        if lexicon.scan(label) or chosen.start <= start < chosen.end:
            continue  # a known label says what the row is; "Account holder" is the user
        found.setdefault(value, Party(start, end, value, "line", ""))
    return next(iter(found.values())) if len(found) == 1 else None


# Two to four words of letters (a name's apostrophes, hyphens and dots allowed; "&" between).
_NAME_LIKE = re.compile(r"[^\W\d_][\w'’.-]*(?: (?:[^\W\d_][\w'’.-]*|&)){1,3}")


def _row_values(doc: features.Document) -> list[tuple[int, int]]:
    """Spans of the values of label/value rows: under a heading (app.extraction.tables), or
    after a label on the same line, parted from it by a tab, three spaces, a colon or a dotted
    leader ("Moun ki voye .. Jean-Robert Pierre")."""
    spans = []
    for start in doc.headings:
        end = _CELL_END.search(doc.text, start)
        spans.append((start, end.start() if end else len(doc.text)))
    for match in _LABEL_THEN_VALUE.finditer(doc.text, doc.subject_length):
        spans.append(match.span("value"))
    return spans


_CELL_END = re.compile(r"\t|\n| {3}|\Z")
_LABEL_THEN_VALUE = re.compile(
    r"^ *[^\W\d][^\n\t\d:.]{0,38}?(?:\t| {3,}|:[ \t]+| ?\.{2,} ?)"
    r"(?P<value>[^\W\d][^\n\t]{1,40}?) *$",
    re.M,
)


def _sentence_payer(
    doc: features.Document, candidates: list[Party], scores: list[float], best: Party | None
) -> tuple[Party, float] | None:
    """The subject of "X sent you" ("LAURA MARTÍNEZ te ha enviado un Bizum", source
    has_received) where no other name is found, or over a name that is only the payer's note
    ("Concepto  cumple Pablo", "pranzo da Gigi" in quotes) or a piece of the payer's own name
    ("de Vries" of "J. de Vries")."""
    if best is not None and best.source not in ("label", "line", "intro"):
        return None
    for party, score in zip(candidates, scores, strict=True):
        if party.source != "has_received" or score < SENTENCE_PAYER_FLOOR:
            continue
        if _RECEIVED_AFTER.match(doc.lower, party.end):
            continue  # "Money received", "X has received ...": who got it, if anyone
        if (
            best is None  # no other name at all
            or best.source == "line"
            or (best.source == "label" and best.cue in MEMO_LABELS)
            or (best.source == "intro" and party.start <= best.start < party.end)
            or (best.source == "intro" and _in_quotes(doc, best))
        ):
            return party, score
    return None


_RECEIVED_AFTER = re.compile(r"\s+(?:(?:has|have)\s+)?received")


def _in_quotes(doc: features.Document, party: Party) -> bool:
    """Inside a quotation opened earlier on the party's line (the payer's note)."""
    before = doc.text[doc.line_start(party.start) : party.start]
    straight = before.count('"') % 2 == 1
    return (
        straight or before.count("“") > before.count("”") or before.count("«") > before.count("»")
    )


def _paid_on_the_amounts_line(doc: features.Document, party: Party, chosen: Amount) -> bool:
    """A name a wallet's own words put by the amount (its line, or the next past a blank
    one): after a word for "to", or before a postposition or an honorific."""
    if party.start < 0:
        return False
    if doc.text.count("\n", min(party.start, chosen.start), max(party.end, chosen.end)) > 2:
        return False
    return party.source in ("tr_at", "has_received", "hinglish_to", "jp_at") or (
        party.source == "intro" and party.cue in _TO_WORDS
    )


# Words for "to" that introduce whom a wallet paid.
_TO_WORDS = frozenset({"to", "ke", "kepada", "kay", "naar", "para", "a", "à", "an"})
# Labels under which a wallet names the biller, operator or person it paid.
_PAID_TO = frozenset(
    [
        *("company", "biller", "biller name", "operator", "service", "servicio", "serviço"),
        *("dịch vụ", "xizmat", "recipient", "receiver", "payee", "beneficiary", "المفوتر"),
        *("الجهة", "الخدمة", "المستفيد", "ผู้รับ", "ไปยัง", "ชำระให้", "người hưởng", "người nhận"),
        *("बिलर", "বিলার", "প্রাপক", "प्रापक", "प्राप्तकर्ता", "penerima", "kurum"),
    ]
)


def _only_cue_words(doc: features.Document, party: Party) -> bool:
    """A "name" the lexicon reads whole as its own words is a label or a kind of payment
    ("Amount Paid", "เลขที่อ้างอิง", "Checking"), whatever the language: no one is called that."""
    if party.start < 0:
        return False
    covered = sum(
        min(end, party.end) - max(start, party.start)
        for start, end, _ in doc.cues_between(party.start - 40, party.end)
        if end > party.start
    )
    return covered >= sum(not char.isspace() for char in party.name)


def _at_a_cash_machine(doc: features.Document, party: Party) -> bool:
    """A cash machine named as if it were a shop ("withdrawn at SBI ATM S1NB567673"), or the
    place after it ("presso ATM INTESA SANPAOLO - MILANO CORSO BUENOS AIRES")."""
    before = doc.lower[max(0, party.start - 40) : max(0, party.start)]
    return bool(
        _CASH_WITHDRAWAL.search(party.name.lower())
        or _CASH_WITHDRAWAL.search(before.rpartition("\n")[2])
    )


# "atm" as a whole word ("\b" written as a lookbehind after the first letter: see below), and
# its other names: Afrikaans "OTM", Canada's "ABM", French Africa's "GAB" and "DAB".
_ATM = r"(?:atm|otm|abm|gab|dab)(?<!\w...)\b"


# Cash taken from a machine or a counter, in the languages the alerts come in (plain phrases,
# read literally).
_CASH_PHRASES = (
    r"cash withdrawal|cash machine|retiro de efectivo|retiro en cajero|cajero automático"
    r"|disposición de efectivo|retirada de efectivo|cajero|bargeldauszahlung"
    r"|saque|levantamento|caixa eletrônico|retrait|distributeur"
    r"|bargeldabhebung|barabhebung|geldautomat|prelievo|bancomat|geldopname|geldautomaat"
    r"|kontanthævning|pengeautomat|kontantuttak|minibank|kontantuttag|käteisnosto"
    r"|wypłata gotówki|výběr hotovosti|výber hotovosti|bankomat|снятие наличных|банкомат"
    r"|зняття готівки|para çekme|nakit çekim|пули нақд|سحب نقدي|صراف آلي|برداشت نقدی|خودپرداز"
    r"|नकद निकासी|एटीएम|ኤቲኤም|ถอนเงินสด|rút tiền mặt|tarik tunai|pengeluaran tunai"
    r"|현금인출|現金引き出し|提款|取现|提現|kutoa pesa|משיכת מזומן|כספומט|ανάληψη μετρητών"
    r"|készpénzfelvétel|retragere numerar|теглене на пари|podizanje gotovine|подигнување готовина"
    r"|nağd pul|бэлэн мөнгө"
    # Galician, Catalan, Basque, Estonian, Latvian, Arabic with its article, Welsh.
    r"|caixeiro|caixer|kutxazain|pangaautomaa|bankomāt|الصراف الآلي|peiriant arian"
    # Mobile money's cash taken at an agent.
    r"|cash out|cash-out"
)
# "atm" as a whole word, the other phrases anywhere, as one trie: the ~70 alternatives tried one
# by one at every place of the ±600 characters around the amount cost twice as much.
_CASH_WITHDRAWAL = re.compile(_ATM + "|" + trie(_CASH_PHRASES.split("|")))
# A bank's address names it even where its display name does not ("Արդշինբանկ" of
# ardshinbank.am, "Mibanco" of mibanco.com.pe).
# A wallet or payment app by its name or its domain ("Inti Pago", "米粒支付", "바로페이", "Ví Sen
# Vàng", @tlapalipay.mx, @billeteracondor.co): like a bank, its mail is about whom it paid.
_WALLET = re.compile(
    r"(?i)\b(?:pago|pagos|ví|billetera|carteira|dompet|monedero|pesa"
    # ... or by "money", "savings" or "bank" in the long tail's languages (Kirundi, Kikuyu,
    # Tahitian, Kikongo, Chichewa, Bambara, Cornish, Quechua, Greenlandic, Oromo, Breton,
    # Herero, Kwanyama, Malagasy, Ndebele).
    r"|amafaranga|mbeca|moni|mbongo|ndalama|wari\w*|arghantti|qullqi|aningaaserivia|baankii"
    r"|kef-espern|ombanda|okandanda|vola|imali)\b|支付|钱包|錢包|페이|ペイ"
)
_WALLET_DOMAIN = re.compile(r"@[^@]*(?:pay|wallet|billetera|carteira|dompet|monedero)", re.I)


def _a_wallet(sender_name: str, sender: str) -> bool:
    """A wallet by its name, or by a domain that names it ("Tlapali" at tlapalipay.mx; not a
    telecom's own mail sent through a wallet's domain)."""
    if _WALLET.search(sender_name):
        return True
    first = _loose_key(unicodedata.normalize("NFKD", sender_name.split(" ")[0]))
    domain = sender.rpartition("@")[2].lower()
    return (
        len(first) >= 3
        and first.isascii()
        and first in domain
        and bool(_WALLET_DOMAIN.search(sender))
    )


_BANK_DOMAIN = re.compile(r"@[^@]*(?:bank|banco|banque|banca|banka|sparkasse)", re.IGNORECASE)


def _names_sender(name: str, sender_name: str, by_first_word: bool = True) -> bool:
    """The sender itself, or one of its products: "Regions Online Banking" from "Regions Bank"
    (the same first word, long enough to be a name, unless `by_first_word` is off)."""
    mine, theirs = _loose_key(name), _loose_key(sender_name)
    if not (mine and theirs):
        return False
    first, their_first = _first_word(name), _first_word(sender_name)
    return (
        mine in theirs
        or theirs in mine
        or (by_first_word and len(first) >= 4 and first == their_first)
    )


def _alone_by_the_amount(
    doc: features.Document, party: Party, chosen: Amount, sender_name: str
) -> bool:
    """A name in capitals (or in Korean, Japanese or Chinese, which card alerts print alone on
    the line after the amount: "배달나라") alone on its line, on the amount's line or the one
    next to it."""
    letters = [char for char in party.name if char.isalpha()]
    capitals = sum(char.isupper() or _EAST_ASIAN.match(char) is not None for char in letters)
    if party.source != "line" or party.start < 0 or capitals < max(3, 0.8 * len(letters)):
        return False
    if _own_name(party, sender_name, True):
        return False
    lines_between = doc.text.count("\n", *sorted((party.start, chosen.start)))
    return lines_between <= 1


_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _own_name(party: Party, sender_name: str, bankish: bool) -> bool:
    """The sender's name, or a bank's alert naming itself where no "to" or "from" points at
    the name: its letterhead or legal name in another form or script ("УКРСИББАНК" of
    UKRSIBBANK, "De Surinaamsche Bank N.V." of DSB Bank)."""
    # A name under a label ("Paid to: THAMES WATER UTILITIES LTD" in Thames Gate Bank's alert)
    # is the sender only when it is the sender's whole name: a town or a river names both.
    if _names_sender(party.name, sender_name, by_first_word=party.source != "label"):
        return True
    return bankish and features.names_a_bank(party.name) and party.cue not in features.DIRECTED_CUES


def _operator_footer(doc: features.Document, party: Party, chosen: Amount) -> bool:
    """A line after the payment that names a company by its legal form and nothing more
    ("Dante International SA", "ООО «КЕХ еКоммерц»"): a receipt's footer."""
    if party.source not in ("line", "quoted") or party.start < chosen.end:
        return False
    start = doc.line_start(party.start)
    end = doc.lower.find("\n", party.start)
    return _LEGAL_FORM.search(doc.lower, start, end if end >= 0 else len(doc.lower)) is not None


_LEGAL_FORM = re.compile(
    r"(?<!\w)(?:s\.?a\.?|ltd\.?|limited|\(pty\)|gmbh|inc\.?|llc|s\.?r\.?l\.?|b\.?v\.?|plc|ооо"
    r"|оао|тов)(?!\w)|有限公司|株式会社"
)


def _first_word(name: str) -> str:
    words = name.casefold().split()
    return _loose_key(words[0]) if words else ""


def _for_itself(reading: Reading, best: Party | None) -> bool:
    """Does a shop's or platform's own mail name no one else who took the money?"""
    if best is None:
        return True
    lower = reading.doc.lower
    if best.start >= 0 and _ORDER_FROM.search(lower, max(0, best.start - 30), best.start):
        return True
    # A platform's order confirmation ("Η παραγγελία σου επιβεβαιώθηκε", "주문 완료") names the
    # restaurant or shop it passed the order to; the platform took the money (unless the
    # subject itself names whose order it was: "Your receipt for your Flogit order").
    return best.source != "subject" and bool(
        _SHOP_ORDER.search(lower, 0, reading.doc.subject_length)
        or _SHOP_RECEIPT.search(lower, 0, reading.doc.subject_length)
    )


# A shop's own renewal, membership or tickets in its subject ("Payment received for Premium 4K",
# "Your tickets for ..."): what the text names is what was bought (a plan, an event); the shop
# took the money. (Not "receipt" alone: a wallet's receipt names whom it paid.)
_SHOP_RECEIPT = re.compile(
    r"subscription|renewed|membership|your tickets|suscripción|assinatura|abonnement"
    r"|abbonamento|tus entradas|seus ingressos|vos billets|payment received for|gift card"
    r"|geschenkgutschein|presentkort|cadeaukaart"
    # ... a ticket, a booking, a ride: what the text names is a place.
    r"|e-ticket|booking confirm|conferma acquisto|re[çc]u de course|ride receipt|trip receipt"
)


# An order placed with a shop, not a bank's "standing order" or "payment order".
_SHOP_ORDER = re.compile(
    r"(?<!standing )(?<!payment )(?<!money )(?<!postal )(?:" + _ORDER_WORD.pattern + ")"
)


_ORDER_FROM = re.compile(
    r"(?:order|bestelling|bestellung|pedido|commande|ordine|sipariş|заказ|zamówienie|bestilling"
    r"|beställning|tilaus|objednávka|narudžba|oda|đơn hàng|pesanan|поръчката|замовлення"
    r"|سفارش|คำสั่งซื้อ)"
    r"\s+(?:\w+\s+)?(?:from|bij|bei|de|chez|da|от|u|z|fra|från|kutoka|từ|dari|mula sa|od|iz"
    r"|з|از|จาก)\s*[«\"]?$"
)


def _is_cashback(doc: features.Document, amount: Amount) -> bool:
    near = doc.cues_between(amount.start - 80, amount.end + 40)
    return any(lexicon.CASHBACK in cue[2] for cue in near)


def party_feature_list(
    reading: Reading, party: Party, chosen: Amount, credit: bool, sender_name: str
) -> list[str]:
    display, key = normalise_merchant(party.name)
    brand = key != _loose_key(display)  # the normaliser recognised a known brand
    return features.party_features(reading.doc, party, chosen, credit, sender_name, brand)


def _loose_key(name: str) -> str:
    return "".join(filter(str.isalnum, name.casefold()))


def choose_date(reading: Reading, chosen: Amount) -> When | None:
    """The date nearest the payment, a moment (date and time) before a bare date, never one
    later than the email itself (a due date, a statement period's end)."""
    email, doc = reading.email, reading.doc
    # A ".com" sender placed nowhere still names its country by a currency only it uses
    # ("Amt:NGN440,830.09 ... Date:02/11/2026 17:01" is Lagos time).
    zone = zone_named(
        reading.zone_name
        or origin.home_zone(currencies.only_country(chosen.currency), email.received_at)
    )
    month_first = origin.month_first(doc.country) or (
        doc.country is None and chosen.currency == "USD"
    )
    latest = email.received_at + timedelta(minutes=10)
    # The zone a Date header's offset chose among the country's (origin.home_zone) is only a
    # guess: a time it puts after the email is read in the country's usual zone instead.
    usual = zone_named(origin.home_zone(doc.country)) or zone
    best, best_score = None, float("-inf")
    refund = lexicon.REFUND in doc.subject_classes or any(
        lexicon.REFUND in cue[2] for cue in doc.cues_between(chosen.start - 120, chosen.end + 40)
    )
    for found in find_dates(doc.text, doc.lower, email.received_at, zone, month_first):
        if refund and _ORDER_DATE.search(doc.lower, max(0, found.start - 30), found.start):
            continue  # a refund's mail repeats the order's date: the money came back since
        when = found if found.moment <= latest or not found.has_time else None
        if when is None and usual is not zone and not found.zone_stated:
            moved = found.moment.replace(tzinfo=usual)
            when = found._replace(moment=moved) if moved <= latest else None
        if when is None and zone is None and not found.zone_stated:
            when = _ahead_of_header(found, email.received_at)
        if when is None:
            continue
        before = doc.cues_between(when.start - 25, when.start)
        if any(lexicon.FUTURE in cue[2] or lexicon.DUE in cue[2] for cue in before):
            continue
        distance = min(abs(when.start - chosen.end), abs(chosen.start - when.end))
        score = (2.0 if when.has_time else 0.0) - distance / 400
        if score > best_score:
            best, best_score = when, score
    return best


# A label naming the date an order was placed.
_ORDER_DATE = re.compile(
    r"(?:order date|order placed(?: on)?|ordered on|bestelldatum|fecha del pedido|fecha de compra"
    r"|data do pedido|data da compra|date de commande|data ordine|data dell'ordine|besteldatum"
    r"|tanggal pesanan|注文日|주문일|订单日期|下单时间|ngày đặt hàng|data zamówienia"
    r"|sipariş tarihi|дата замовлення|дата заказа|تاريخ الطلب|ημερομηνία παραγγελίας)\W*$"
)


# The offsets of the world's zones: none is further ahead of UTC.
_MOST_AHEAD = timedelta(hours=14)


def _ahead_of_header(when: When, received_at: datetime) -> When | None:
    """A time written without a zone by a sender whose zone is unknown, read in the Date
    header's zone, lands after the email was sent: the sender's clock is ahead of the header's
    (a Malaysian wallet's "12:44 PM" in a message dated 05:26 +0000). The least whole number of
    hours ahead that puts it before the email: alerts and receipts go out within the hour."""
    header = received_at.utcoffset() or timedelta(0)
    hours = math.ceil((when.moment - received_at) / timedelta(hours=1))
    offset = header + timedelta(hours=hours)
    if offset > _MOST_AHEAD:
        return None  # days ahead: a misread date, or a date still to come
    return when._replace(moment=when.moment.replace(tzinfo=timezone(offset)))


def _related_amount(reading: Reading, chosen: Amount, role: str) -> Amount | None:
    """Another amount in the chosen one's currency that a `role` word introduces."""
    for amount in reading.amounts:
        if amount is chosen or amount.currency != chosen.currency:
            continue
        if _introduced_by(reading.doc, amount, role):
            return amount
    return None
