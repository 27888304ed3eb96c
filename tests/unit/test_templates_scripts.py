"""Sender templates (app.extraction.templates) on formats of other scripts and habits: labels
closed by another script's colon, a short word with a vowel sign turned over beside the amount,
the rules' amount on a line the example showed to be fixed text, and a direction word inside
the counterparty's value. The messages are made up for these tests."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
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
    rules.spans = {}  # a stored reading keeps no spans: its amount is looked for in the text
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


def test_a_kind_word_no_lexicon_knows_turned_over_is_the_other_way_where_the_rules_say_none():
    """ "Kind: vorta" taught as money out; "Kind: selmi" here, both words unknown: a format that
    reports both ways names each with one word of its own. A guess, so the rules' sure reading
    decides where they have one; rules that only lean one way (a prior, no word read) do not."""

    def notice(kind: str, amount: str) -> str:
        return f"Account notice\nKind: {kind}\nSum: {amount} ERN\nRef: AB1234\nThanks"

    taught = taught_on(
        notice("vorta", "150.00"),
        {"amount": Decimal("150.00")},
        {"currency": "ERN", "direction": "debit"},
    )
    assert read(taught, notice("selmi", "42.00"))["direction"] == "credit"
    assert read(taught, notice("vorta", "42.00"))["direction"] == "debit"
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("42.00"),
        currency="ERN",
        direction="debit",
        field_confidence={"direction": 0.6},
    )
    assert read(taught, notice("selmi", "42.00"), rules)["direction"] == "credit"
    sure = replace(rules, field_confidence={"direction": 0.95})
    assert read(taught, notice("selmi", "42.00"), sure)["direction"] == "debit"


def test_a_sign_before_the_amount_is_the_amounts_own_not_fixed_text():
    """A fixed-width row whose amount is signed ("-410,00" taught): "+1.200,00" in the same
    column is read there (not a date's "-2026" after a dash), and the sign says money in."""
    head = "Datum       Omschrijving                  Bedrag       Saldo\n" + "-" * 60 + "\n"

    def notice(day: str, what: str, amount: str, balance: str) -> str:
        return f"Melding\n{head}{day}  {what:<24}{amount:>12}{balance:>12}\n\nGroet"

    taught = taught_on(
        notice("03-05-2026", "WINKEL DE HOEK", "-410,00", "2.000,00"),
        {"amount": Decimal("410.00"), "merchant": "WINKEL DE HOEK"},
        {"currency": "AWG", "direction": "debit"},
    )
    got = read(taught, notice("04-05-2026", "OVERBOEKING VAN P. LEE", "+1.200,00", "3.200,00"))
    assert got["amount"] == Decimal("1200.00") and got["direction"] == "credit"


def test_a_number_under_a_column_that_held_another_value_is_not_the_amount():
    """A tab table with an empty cell for the other direction: the taught credit's row has
    "\\t\\t" before its amount, which the balance has in a debit's row. The balance's column held
    the example's balance, so the debit's amount is the one under the money-out column."""

    def notice(row: str) -> str:
        return (
            "Operation on your account\nDear customer, an operation was made:\n\n"
            f"Date\tDetails\tOut\tIn\tBalance\n{row}\n\nOperation code: CB123\n\n"
            "This message was sent automatically. Hotline: +995 32 2 925 592"
        )

    taught = taught_on(
        notice("5 May 2026, 16:42\tFROM — NINO BERIDZE\t\t2 260,02 ₾\t6 944,02 ₾"),
        {"amount": Decimal("2260.02"), "merchant": "NINO BERIDZE"},
        {"currency": "GEL", "direction": "credit"},
    )
    got = read(taught, notice("6 May 2026, 12:11\tTELASI\t549,85 ₾\t\t6 394,17 ₾"))
    assert got["amount"] == Decimal("549.85") and got["direction"] == "debit"


def test_a_date_in_a_calendar_no_finder_reads_is_placed_by_its_clock():
    """ "11 Sunbula 1405, 18:04" (a solar calendar): the person's time of day places the date;
    another message's day is the mail's own, or the day before where the stated time had not
    yet come when it was sent."""
    kabul = timezone(timedelta(hours=4, minutes=30))

    def notice(amount: str, when: str) -> str:
        return f"Notice\nSum: {amount} AFN\nDate: {when}\nThanks"

    text = notice("900", "11 Sunbula 1405, 18:04")
    values = {"amount": Decimal("900"), "occurred_at": datetime(2026, 9, 2, 18, 4, tzinfo=kabul)}
    taught = taught_on(text, values, {"currency": "AFN", "direction": "debit"})
    assert taught["layouts"][0]["fields"]["occurred_at"]["clock"] is True
    late = datetime(2026, 9, 17, 23, 0, tzinfo=UTC)  # 03:30 on the 18th in Kabul
    reading = T.apply(taught, notice("120", "26 Sunbula 1405, 23:35"), SENDER, late)
    assert reading is not None
    assert reading.values["occurred_at"].astimezone(kabul).date() == date(2026, 9, 17)
    same_day = datetime(2026, 9, 17, 10, 0, tzinfo=UTC)  # 14:30 in Kabul
    reading = T.apply(taught, notice("120", "26 Sunbula 1405, 09:10"), SENDER, same_day)
    assert reading is not None
    assert reading.values["occurred_at"].astimezone(kabul).date() == date(2026, 9, 17)


def test_one_changed_word_of_a_kind_lines_value_is_the_other_way():
    """ "Operation: Sente zigenze" taught as money out; "Sente ziyingidde" here: the value's
    one changed word, which no lexicon knows, names the other direction."""

    def notice(kind: str, amount: str) -> str:
        return f"Notice\nOperation: {kind}\nAmount: UGX {amount}\nRef: PB12345\nBye"

    taught = taught_on(
        notice("Sente zigenze", "636,000"),
        {"amount": Decimal("636000")},
        {"currency": "UGX", "direction": "debit"},
    )
    assert read(taught, notice("Sente ziyingidde", "884,500"))["direction"] == "credit"
    # Two words changed: not one word standing for another.
    assert read(taught, notice("Ekirala kyonna", "884,500"))["direction"] == "debit"


def test_a_name_the_person_cleared_is_no_counterparty_in_the_senders_other_mail():
    """The rules read a footer's words as the payee of a cash withdrawal; the person cleared
    it. In another message the same reading is cleared, another name the rules read stays."""

    def notice(amount: str) -> str:
        return f"Avis\nMontant : {amount} DH\nRef : 12345\nCentre de Relation Clients au 05 22"

    text = notice("1 700,00")
    values = {"amount": Decimal("1700.00")}
    spans = {"amount": T.find_span(text, SENDER, RECEIVED, "amount", values["amount"])}
    example = T.Example(
        text,
        SENDER,
        RECEIVED,
        "transaction",
        values | {"currency": "MAD", "direction": "debit"},
        spans,
        misread={"merchant": "Relation Clients"},
    )
    taught = T.learn(None, example)

    def rules(name: str) -> ExtractionResult:
        return ExtractionResult(
            is_transaction=True,
            amount=Decimal("900.00"),
            currency="MAD",
            direction="debit",
            merchant=name,
        )

    assert read(taught, notice("900,00"), rules("Relation Clients"))["merchant"] is None
    assert read(taught, notice("900,00"), rules("Marjane"))["merchant"] == "Marjane"


def test_a_heading_line_with_a_word_or_two_changed_says_the_other_way():
    """A heading over the details ("Cash goes out" / "Cash comes in", in a language no lexicon
    holds) is a kind line keyed by its place: a word or two changed, the rest kept, is the
    other direction; the same heading is the taught one."""

    def notice(heading: str, amount: str, payee: str) -> str:
        return (
            f"Sgeul banca\nFiosrachadh cunntais\n\n{heading}\n\n"
            f"Suim: £{amount}\nCò: {payee}\nAir: 04/05/2026\n\nLe taing"
        )

    taught = taught_on(
        notice("Airgead falbh", "12.40", "CORNER SHOP"),
        {"amount": Decimal("12.40"), "merchant": "CORNER SHOP"},
        {"currency": "GBP", "direction": "debit"},
    )
    assert "airgead falbh" in taught["layouts"][0]["kind_lines"].values()
    assert (
        read(taught, notice("Airgead thàinig a-steach", "900.00", "MAIRI DHOMHNALL"))["direction"]
        == "credit"
    )
    assert read(taught, notice("Airgead falbh", "8.10", "BUS CO"))["direction"] == "debit"
    # A heading with nothing kept is another line altogether: no guess.
    got = read(taught, notice("Fios ùr", "8.10", "BUS CO"))
    assert got["direction"] == "debit"


def test_words_of_scripts_with_joiners_and_syllable_marks_are_words():
    """Mongolian writes a vowel separator inside a word and Tibetan a tsheg between syllables
    and a shad after them: a kind value in either, turned over, still says the other way."""

    def notice(kind: str, amount: str) -> str:
        return f"Notice\nཚོང་རིགས།\t{kind}\nSum\t{amount} CNY\nRef\tQ77120"

    taught = taught_on(
        notice("ཕྱིར་སྤྲོད།", "18.00"),
        {"amount": Decimal("18.00")},
        {"currency": "CNY", "direction": "debit"},
    )
    assert read(taught, notice("ནང་འབབ།", "320.00"))["direction"] == "credit"
    assert T._word("ᠣᠷᠤᠯᠭ\u180eᠠ") and not T._word("\u180e")


def test_a_sign_before_a_home_only_currency_mark_is_the_amounts():
    """ "-Bs 813,59" taught as money out: "+Bs 3.545,75" is money in. "Bs" is Bolivia's mark
    (a home-only one), so the sign is looked for past it; one letter ("D", "K") is a mark of
    its own, never skipped as a currency."""

    def notice(sign: str, amount: str) -> str:
        return f"Qullqi yatiyawi\nQullqi : {sign}Bs {amount}\nUru : 08/10/2026\nYuspajarapxsmawa"

    taught = taught_on(
        notice("-", "813,59"),
        {"amount": Decimal("813.59")},
        {"currency": "BOB", "direction": "debit"},
    )
    assert read(taught, notice("+", "3.545,75"))["direction"] == "credit"
    assert read(taught, notice("-", "45,00"))["direction"] == "debit"
    assert T._is_currency("bs") and not T._is_currency("d") and not T._is_currency("k")


def test_a_direction_word_inside_the_counterpartys_value_is_not_the_formats():
    """ "Payer: GAJI PERKEBUNAN" (gaji, salary) taught as money in: the word belongs to that
    payment, so another credit of the format without it keeps the taught direction against
    rules that only lean the other way."""

    def notice(heading: str, payer: str, amount: str) -> str:
        return f"Kabar rekening\n{heading}\nNominal\tRp {amount}\nPihak\t{payer}\nMatur nuwun"

    taught = taught_on(
        notice("Arta mlebet", "GAJI PERKEBUNAN TAMBI", "3.073.000,00"),
        {"amount": Decimal("3073000.00"), "merchant": "PERKEBUNAN TAMBI"},
        {"currency": "IDR", "direction": "credit"},
    )
    assert taught["layouts"][0]["direction_cues"] == {}
    leaning = ExtractionResult(
        is_transaction=True,
        amount=Decimal("2346000.00"),
        currency="IDR",
        direction="debit",
        field_confidence={"direction": 0.88},
    )
    got = read(taught, notice("Arta mlebet", "BPK SUTRISNO", "2.346.000,00"), leaning)
    assert got["direction"] == "credit"
    assert read(taught, notice("Arta medal", "PDAM", "1.601.000,00"))["direction"] == "debit"


def test_a_trailing_sign_left_off_is_the_other_way_at_the_same_place():
    """ "AMOUNT (EC$) ...... 47.59-" taught as money out: "1,739.17" on that line, no sign, is
    read there (not the "11-" of the date's line above) and is money in."""

    def notice(day: str, amount: str) -> str:
        return (
            f"ACCOUNT ACTIVITY\nDATE/TIME ......... {day}-OCT-26 13:33\n"
            f"DETAILS ........... SOME PLACE\nAMOUNT (EC$) ...... {amount}\n"
            "BALANCE (EC$) ..... 1,147.58\n"
        )

    taught = taught_on(
        notice("01", "47.59-"),
        {"amount": Decimal("47.59")},
        {"currency": "XCD", "direction": "debit"},
    )
    got = read(taught, notice("11", "1,739.17"))
    assert (got["amount"], got["direction"]) == (Decimal("1739.17"), "credit")


def test_a_name_in_a_table_row_is_placed_by_its_column():
    """The name under "Naam / tegenrekening": the cell before it holds one word in the
    example ("Incasso") and two in another message ("Betaalpas aankoop")."""

    def row(kind: str, name: str, amount: str) -> str:
        return (
            "Mutatiebericht\n\nBoekdatum\tOmschrijving\tNaam / tegenrekening\tDebet\tSaldo\n"
            f"02-10-2026\t{kind}\t{name}\t{amount}\t6.411,55\n\nKenmerk: HB-2610"
        )

    taught = taught_on(
        row("Incasso", "Aqualectra N.V.", "1.750,51"),
        {"amount": Decimal("1750.51"), "merchant": "Aqualectra N.V."},
        {"currency": "ANG", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["merchant"]["column"] == "naam / tegenrekening"
    got = read(taught, row("Betaalpas aankoop", "Curoil Saliña", "502,49"))
    assert got["merchant"] == "Curoil Saliña"


def test_the_rules_name_after_words_of_money_moved_in_the_placed_value():
    """ "DETAILS: ASTAPHANS SUPERMARKET" taught; "MOBILE TRANSFER FROM J LAVILLE" here: the
    rules' "J Laville" is who, the words before it what happened."""

    def notice(details: str, amount: str) -> str:
        return f"ACTIVITY\nDETAILS ........... {details}\nAMOUNT (EC$) ...... {amount}\nEND"

    taught = taught_on(
        notice("ASTAPHANS SUPERMARKET", "47.59"),
        {"amount": Decimal("47.59"), "merchant": "ASTAPHANS SUPERMARKET"},
        {"currency": "XCD", "direction": "debit"},
    )
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("28.00"),
        currency="XCD",
        direction="credit",
        merchant="J Laville",
        field_confidence={"direction": 0.95},
    )
    assert read(taught, notice("MOBILE TRANSFER FROM J LAVILLE", "28.00"), rules)["merchant"] == (
        "J Laville"
    )


def test_a_mark_with_two_opposites_and_a_legend_of_both_ways():
    """ "DB" taught beside the amount; "CR" here is the other way ("db" has two opposites, "cr"
    and "kr"), though "TRSF DR <name>" (Indonesian "dari", from) reads as a debit word and a
    prose legend "DB = debet, CR = kredit" under every message names both ways."""

    def row(what: str, amount: str, mark: str) -> str:
        return (
            "Mutasi rekening 0215-****6799:\n"
            "Tanggal     Keterangan                  Mutasi            Saldo\n"
            f"09/10/2026  {what:<26}{amount:>16} {mark}     25.812.872,00\n\n"
            "DB = debet (dana keluar), CR = kredit (dana masuk).\n"
        )

    taught = taught_on(
        row("PLN PRABAYAR", "338.500,00", "DB"),
        {"amount": Decimal("338500.00"), "merchant": "PLN PRABAYAR"},
        {"currency": "IDR", "direction": "debit"},
    )
    layout = taught["layouts"][0]
    assert layout["direction_marks"]["after"] == "db" and layout["direction_cues"] == {}
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("10469500.00"),
        currency="IDR",
        direction="debit",
        field_confidence={"direction": 0.95},
    )
    got = read(taught, row("TRSF DR DEWI LESTARI", "10.469.500,00", "CR"), rules)
    assert (got["amount"], got["direction"]) == (Decimal("10469500.00"), "credit")


def test_a_kind_value_in_capitals_turned_over_where_the_name_is_marked():
    """ "Tshaka: YO BVISWA" (money out, in Venda) taught with the shop marked; "YO DZHENISWA"
    here: a value in capitals names the kind too, once the name's own line is known."""

    def receipt(kind: str, party: str, amount: str) -> str:
        return (
            f"RASITI\nTshitolo / Muthu:   {party}\nTshaka:             {kind}\n"
            f"Tshelede:           R {amount}\nNdo livhuwa"
        )

    taught = taught_on(
        receipt("YO BVISWA", "VODACOM", "25,43"),
        {"amount": Decimal("25.43"), "merchant": "VODACOM"},
        {"currency": "ZAR", "direction": "debit"},
    )
    assert taught["layouts"][0]["kind_lines"]["tshaka"] == "yo bviswa"
    got = read(taught, receipt("YO DZHENISWA", "MASHUDU NEMUDZIVHADI", "410,98"))
    assert (got["amount"], got["direction"]) == (Decimal("410.98"), "credit")
