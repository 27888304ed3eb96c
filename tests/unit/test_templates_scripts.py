"""Sender templates (app.extraction.templates) on formats of other scripts and habits: labels
closed by another script's colon, a short word with a vowel sign turned over beside the amount,
the rules' amount on a line the example showed to be fixed text, and a direction word inside
the counterparty's value. The messages are made up for these tests."""

from datetime import UTC, datetime
from decimal import Decimal

from app.extraction import templates as T
from app.extraction.result import ExtractionResult

RECEIVED = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)
SENDER = "notice@bank.example"


def taught_on(text: str, values: dict, constants: dict) -> dict:
    spans = {
        name: T.find_span(text, SENDER, RECEIVED, name, value) for name, value in values.items()
    }
    assert all(spans.values()), spans
    example = T.Example(text, SENDER, RECEIVED, "transaction", values | constants, spans)
    return T.learn(None, example)


def read(template: dict, text: str, base: ExtractionResult | None = None) -> dict:
    reading = T.apply(template, text, SENDER, RECEIVED, base)
    assert reading is not None and reading.kind == "transaction"
    result = T.as_result(reading, base, RECEIVED)
    assert result is not None
    return {"amount": result.amount, "direction": result.direction, "merchant": result.merchant}


def test_a_label_closed_by_another_scripts_colon_is_a_label():
    """Armenian writes "Label՝ value": the kind line's value turned over ("Մուտք" taught as
    money in, "Ելք" here) says the direction, and a name after the value's fixed first word
    is placed inside the labelled value."""

    def notice(kind: str, amount: str, place: str) -> str:
        return (
            f"Քարտային գործարք\nՏեսակ՝ {kind}\nԳումար՝ {amount} AMD\n"
            f"Վայր՝ {place}\nՇնորհակալություն"
        )

    taught = taught_on(
        notice("Մուտքագրում", "52,000.00", "ՓՈԽԱՆՑՈՒՄ ԱՐԱՄ ՊԵՏՐՈՍՅԱՆ"),
        {"amount": Decimal("52000.00"), "merchant": "ԱՐԱՄ ՊԵՏՐՈՍՅԱՆ"},
        {"currency": "AMD", "direction": "credit"},
    )
    layout = taught["layouts"][0]
    assert "տեսակ" in layout["kind_lines"]
    assert layout["fields"]["merchant"]["lead"] == ["փոխանցում"]
    got = read(taught, notice("Ելքագրում", "7,300.00", "GREEN MARKET"))
    assert got["amount"] == Decimal("7300.00") and got["direction"] == "debit"
    assert got["merchant"] == "Green Market"


def test_a_short_word_with_a_vowel_sign_turned_over_says_the_other_way():
    """Odia's "ରୁ" (from an account) and "ରେ" (into it) before the amount: short words of the
    format's own, written with a vowel sign (not isalpha), turned over like "DR" / "CR"."""

    def notice(way: str, amount: str) -> str:
        return f"ସୂଚନା\nଖାତା XX5521 {way} ₹{amount} ହୋଇଛି।\nଧନ୍ୟବାଦ"

    taught = taught_on(
        notice("ରୁ", "1,250.00"),
        {"amount": Decimal("1250.00")},
        {"currency": "INR", "direction": "debit"},
    )
    assert read(taught, notice("ରେ", "980.00"))["direction"] == "credit"
    assert read(taught, notice("ରୁ", "75.50"))["direction"] == "debit"


def test_the_rules_amount_on_a_fixed_line_of_the_example_does_not_overrule_the_template():
    """The word before the payment changed with its direction (words no lexicon knows), and
    the rules read the balance: the balance's line is the layout's own fixed text (the example
    had it, and the person put the payment elsewhere), so the template's place stands."""

    def notice(way: str, amount: str, balance: str) -> str:
        return f"Xabar\nHisob *7781 {way}: {amount} UZS\nQoldiq summa: {balance} UZS\nRahmat"

    taught = taught_on(
        notice("vorkanu", "410.00", "9,000.00"),
        {"amount": Decimal("410.00")},
        {"currency": "UZS", "direction": "debit"},
    )
    text = notice("selmaru", "1,200.00", "10,200.00")
    at = text.index("10,200.00")
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("10200.00"),
        currency="UZS",
        direction="credit",
        spans={"amount": (at, at + len("10,200.00"))},
    )
    assert read(taught, text, rules)["amount"] == Decimal("1200.00")


def test_a_direction_word_in_the_counterpartys_value_does_not_outvote_the_amounts_line():
    """The example's "Abono" on the amount's line says money in; a later credit's sender
    paid by "PAGO MOVIL", a payment word inside the counterparty's value: that word is how
    they paid, not this message's direction."""

    def notice(way: str, amount: str, label: str, party: str) -> str:
        return (
            f"Aviso de operación\n{way} en cuenta por Bs. {amount}\n{label}: {party}\n"
            "Fecha: 12-05-2026 10:11:12\nGracias"
        )

    taught = taught_on(
        notice("Abono", "1.500,00", "Origen", "TRANSFERENCIA CARLOS MENDEZ"),
        {"amount": Decimal("1500.00"), "merchant": "CARLOS MENDEZ"},
        {"currency": "VES", "direction": "credit"},
    )
    got = read(taught, notice("Abono", "320,40", "Origen", "PAGO MOVIL DE ANA SOTO"))
    assert got["direction"] == "credit"
    got = read(taught, notice("Cargo", "99,00", "Destino", "PAGO MOVIL A LUIS PEREZ"))
    assert got["direction"] == "debit"
