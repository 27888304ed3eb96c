"""Sender templates (app.extraction.templates), pure: learning a sender's format from one
corrected message and from two (alignment), reading other messages of it, and what it refuses."""

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from app.categorization.merchants import normalise_merchant
from app.extraction import templates as T
from app.extraction.result import ExtractionResult

EAT = timezone(timedelta(hours=3))
RECEIVED = datetime(2026, 3, 28, 10, 0, tzinfo=EAT)
SENDER = "alerts@pesa.example"


def alert(
    amount: str, merchant: str, day: int, last4: str, sign: str = "-", via: str = "POS"
) -> str:
    """A made-up wallet's alert: a fixed text with holes, and a variable word ("via")."""
    return (
        f"Pesa alert\nKiasi: KES {amount}{sign} at {merchant} via {via} terminal\n"
        f"Tarehe {day:02d}/03/2026 kadi ***{last4}. Asante."
    )


def example(text: str, amount: str, merchant: str, day: int, last4: str) -> T.Example:
    values = {
        "amount": Decimal(amount.replace(",", "")),
        "currency": "KES",
        "direction": "debit",
        "merchant": merchant,
        "account_last4": last4,
        "occurred_at": date(2026, 3, day),
    }
    spans = {}
    for name in T.LOCATED:
        span = T.find_span(text, SENDER, RECEIVED, name, values[name])
        assert span is not None, name
        spans[name] = span
    return T.Example(text, SENDER, RECEIVED, "transaction", values, spans)


def read(template: dict, text: str) -> dict:
    reading = T.apply(template, text, SENDER, RECEIVED)
    assert reading is not None and reading.kind == "transaction"
    return reading.values


def taught_on(text: str, values: dict, constants: dict) -> dict:
    """A template learned from one message whose `values` the person marked (each found in the
    text as a typed value is), with `constants` (currency, direction) as they said."""
    spans = {
        name: T.find_span(text, SENDER, RECEIVED, name, value) for name, value in values.items()
    }
    example = T.Example(text, SENDER, RECEIVED, "transaction", values | constants, spans)
    return T.learn(None, example)


def test_a_typed_value_is_found_with_its_whole_name():
    text = alert("1,250.00", "JAVA HOUSE WESTLANDS", 5, "4411")
    start, end = T.find_span(text, SENDER, RECEIVED, "merchant", "Java House")
    assert text[start:end] == "JAVA HOUSE WESTLANDS"  # the capitalised run, not just the typed
    start, end = T.find_span(text, SENDER, RECEIVED, "amount", Decimal("1250.00"))
    assert text[start:end] == "1,250.00"
    start, end = T.find_span(text, SENDER, RECEIVED, "occurred_at", date(2026, 3, 5))
    assert text[start:end].startswith("05/03/2026")
    assert T.find_span(text, SENDER, RECEIVED, "amount", Decimal("99.00")) is None


def test_one_correction_reads_the_senders_other_messages():
    taught = T.learn(
        None,
        example(alert("1,250.00", "JAVA HOUSE", 5, "4411"), "1,250.00", "JAVA HOUSE", 5, "4411"),
    )
    assert T.examples_in(taught) == 1
    assert T.fields_in(taught) == [
        "account_last4",
        "amount",
        "currency",
        "direction",
        "merchant",
        "occurred_at",
    ]
    values = read(taught, alert("80.00", "NAIVAS SUPERMARKET", 12, "9876"))
    assert values["amount"] == Decimal("80.00") and values["currency"] == "KES"
    assert values["merchant"] == "Naivas Supermarket" and values["account_last4"] == "9876"
    assert values["occurred_at"].date() == date(2026, 3, 12)
    assert values["direction"] == "debit"
    # The sign beside the amount turned over: the money came in.
    assert read(taught, alert("500.00", "MAMA OLIECH", 13, "4411", sign="+"))["direction"] == (
        "credit"
    )


def test_two_corrections_keep_only_the_fixed_text_common_to_both():
    first = example(alert("1,250.00", "JAVA HOUSE", 5, "4411"), "1,250.00", "JAVA HOUSE", 5, "4411")
    one = T.learn(None, first)
    assert one["layouts"][0]["fields"]["merchant"]["after"] == ["via", "pos", "terminal", "\n"]
    text = alert("80.00", "NAIVAS", 12, "9876", via="NFC")
    two = T.learn(one, example(text, "80.00", "NAIVAS", 12, "9876"))
    [layout] = two["layouts"]
    assert layout["examples"] == 2 and T.examples_in(two) == 2
    # What varied between the two ("POS" / "NFC") is no longer anchored on.
    assert layout["fields"]["merchant"]["after"] == ["via"]
    assert "pos" not in layout["skeleton"] and "nfc" not in layout["skeleton"]
    assert "kiasi" in layout["skeleton"]
    values = read(two, alert("3,210.75", "CARREFOUR TRM", 20, "4411", via="WEB"))
    assert (values["amount"], values["merchant"]) == (Decimal("3210.75"), "Carrefour Trm")


def test_another_format_of_the_sender_is_another_layout():
    taught = T.learn(
        None,
        example(alert("1,250.00", "JAVA HOUSE", 5, "4411"), "1,250.00", "JAVA HOUSE", 5, "4411"),
    )
    statement = (
        "Pesa monthly statement\nYour statement for March is ready. Closing balance KES 9,000.00."
    )
    assert T.apply(taught, statement, SENDER, RECEIVED) is None  # not this format: rules read it
    refused = T.learn(taught, T.Example(statement, SENDER, RECEIVED, "not_transaction"))
    assert len(refused["layouts"]) == 2
    reading = T.apply(refused, statement.replace("March", "April"), SENDER, RECEIVED)
    assert reading is not None and reading.kind == "not_transaction"
    result = T.as_result(reading, None, RECEIVED)
    assert result is not None and not result.is_transaction and result.method == "template"
    # ...while the alerts are still read as payments.
    assert read(refused, alert("80.00", "NAIVAS", 12, "9876"))["amount"] == Decimal("80.00")


def test_a_sibling_format_the_rules_read_differently_is_left_to_the_rules():
    """Taught on a wallet's credit alert, the layout seems to fit its debit alert too (most
    words are shared) and would read the balance as the payment (its label, "Balans:", now keeps
    it off the balance) and the amount line as the shop: it placed the amount by the ":"
    alone, and the rules read another amount, so the rules' reading stands."""
    head, foot = "Wallet: karta bo'yicha operatsiya\nHUMO *4876\n", "\n\nWallet mobile ilovasi"

    def credit(amount: str, name: str) -> str:
        return (
            f"{head}O'tkazma qabul qilindi: +{amount} so'm\nJo'natuvchi: {name}\n"
            f"04.05.26 12:03\nBalans: 2 308 943.81 so'm{foot}"
        )

    debit = (
        f"{head}To'lov: 437 877.15 so'm\nYANDEX GO\n14.05.26 07:03\nBalans: 1 871 066.66 so'm{foot}"
    )
    taught = taught_on(
        credit("542 478.81", "Nodira Yusupova"),
        {"amount": Decimal("542478.81"), "merchant": "Nodira Yusupova", "account_last4": "4876"},
        {"currency": "UZS"},
    )
    misread = T.apply(taught, debit, SENDER, RECEIVED)  # no rules' reading to weigh it against
    assert misread is None or misread.values["amount"] != Decimal("1871066.66")
    rules = ExtractionResult(
        is_transaction=True, amount=Decimal("437877.15"), currency="UZS", direction="debit"
    )
    assert T.apply(taught, debit, SENDER, RECEIVED, rules) is None
    other = T.apply(taught, credit("10 000.00", "Aziz Karimov"), SENDER, RECEIVED, rules)
    assert other is not None and other.values["amount"] == Decimal("10000.00")


def test_a_date_the_date_finder_cannot_read_is_learned_by_position():
    def skipton(day: int, when: str) -> str:
        return f"Card payment\nRetailer ..... TESCO\nValue ..... 17.65\nWhen ..... {when}\nBye"

    text = skipton(2, "Monday the 2nd of February, 1.11pm")
    values = {"amount": Decimal("17.65"), "currency": "GBP", "direction": "debit"}
    values["occurred_at"] = datetime(2026, 2, 2, 13, 11, tzinfo=UTC)
    spans = {
        name: T.find_span(text, "x@skipton.example", RECEIVED, name, values[name])
        for name in ("amount", "occurred_at")
    }
    taught = T.learn(
        None, T.Example(text, "x@skipton.example", RECEIVED, "transaction", values, spans)
    )
    reading = T.apply(
        taught, skipton(24, "Tuesday the 24th of February, 7.03am"), "x@skipton.example", RECEIVED
    )
    assert reading is not None
    assert reading.values["occurred_at"].date() == date(2026, 2, 24)
    assert reading.values["occurred_at"].hour == 7


def test_as_result_keeps_what_the_template_did_not_read():
    from app.extraction.result import ExtractionResult

    taught = T.learn(
        None,
        example(alert("1,250.00", "JAVA HOUSE", 5, "4411"), "1,250.00", "JAVA HOUSE", 5, "4411"),
    )
    text = alert("80.00", "NAIVAS", 12, "9876")
    base = ExtractionResult(
        is_transaction=True,
        amount=Decimal("9999"),
        currency="KES",
        direction="debit",
        merchant="Pesa",
        reference="REF123",
        balance=Decimal("5.00"),
        spans={"reference": (1, 3), "merchant": (0, 4)},
    )
    reading = T.apply(taught, text, SENDER, RECEIVED)
    assert reading is not None
    result = T.as_result(reading, base, RECEIVED)
    assert result is not None and result.method == "template"
    assert (result.amount, result.merchant) == (Decimal("80.00"), "Naivas")
    assert (result.reference, result.balance) == ("REF123", Decimal("5.00"))
    assert result.spans["reference"] == (1, 3)
    assert text[slice(*result.spans["merchant"])] == "NAIVAS"


def ledger_line(amount: str, payee: str, mark: str, words: str = "Card payment") -> str:
    """A made-up Kyrgyz bank's one-line statement alert: the direction is only a short mark
    (Дт/Кт) after the amount, or a sign, and sometimes a word the lexicon knows."""
    return (
        f"Ала-Тоо Банк\n{words}\nКарта *7301  05.03.2026 18:40\n"
        f"Сумма: {amount} KGS {mark}  Получатель: {payee}\nОстаток: 12 000,00 KGS"
    )


def taught_example(text: str, values: dict) -> T.Example:
    """An example corrected by hand: each typed value found where the text writes it."""
    spans = {}
    for name in ("amount", "merchant"):
        if name in values:
            span = T.find_span(text, SENDER, RECEIVED, name, values[name])
            assert span is not None, name
            spans[name] = span
    return T.Example(text, SENDER, RECEIVED, "transaction", values, spans)


def ledger_example(text: str, amount: str, payee: str, direction: str) -> T.Example:
    amount_value = Decimal(amount.replace(" ", "").replace(",", "."))
    return taught_example(
        text,
        {"amount": amount_value, "currency": "KGS", "direction": direction, "merchant": payee},
    )


def test_another_short_mark_beside_the_amount_turns_the_direction_over():
    taught_text = ledger_line("1 500,00", "NAMBA FOOD", "Дт", words="Операция")
    taught = T.learn(None, ledger_example(taught_text, "1 500,00", "NAMBA FOOD", "debit"))
    same = read(taught, ledger_line("300,00", "GLOBUS", "Дт", words="Операция"))
    other = read(taught, ledger_line("9 000,00", "AIBEK ASANOV", "Кт", words="Операция"))
    assert same["direction"] == "debit" and same["amount"] == Decimal("300.00")
    assert other["direction"] == "credit" and other["amount"] == Decimal("9000.00")


def test_a_currency_or_a_word_the_lexicon_knows_is_not_a_direction_mark():
    assert not T._short_word("eur") and not T._short_word("kč") and not T._short_word("tl")
    assert not T._short_word("at") and not T._short_word("to") and not T._short_word("cr")
    assert T._short_word("дт") and T._short_word("dug") and T._short_word("kt")


def test_a_sign_on_the_amount_outranks_the_words_around_it():
    # The taught debit says "payment" (a debit word); the credit says it too, but signs "+".
    taught_text = ledger_line("-1 500,00", "NAMBA FOOD", "", words="Card payment")
    taught = T.learn(None, ledger_example(taught_text, "1 500,00", "NAMBA FOOD", "debit"))
    credit = read(taught, ledger_line("+250,00", "AIBEK ASANOV", "", words="Card payment"))
    assert credit["direction"] == "credit"


def test_an_arrow_on_the_amount_turned_over_turns_the_direction_over():
    # "▼" out, "▲" in, as the format's legend says in words the lexicon need not know.
    taught_text = ledger_line("▼ 1 500,00", "NAMBA FOOD", "", words="Kar")
    taught = T.learn(None, ledger_example(taught_text, "1 500,00", "NAMBA FOOD", "debit"))
    assert read(taught, ledger_line("▲ 250,00", "AIBEK", "", words="Kar"))["direction"] == "credit"
    assert read(taught, ledger_line("▼ 90,00", "DODO", "", words="Kar"))["direction"] == "debit"


def test_a_one_letter_mark_spelled_out_by_the_messages_key_gives_the_direction():
    # "D = débito · C = crédito" under the table: the cell after the amount is this payment's.
    text = (
        "Data\tHistórico\tValor (R$)\tD/C\tSaldo (R$)\tD/C\n"
        "15/10/2026 18:56\tPIX - LOJA AZUL\t139,23\tD\t2.597,02\tC\n"
        "D = débito · C = crédito. Horário de Brasília."
    )
    start = text.index("139,23")
    assert T._legend_says_of_amount(text, (start, start + 6)) == "debit"
    credit = text.replace("139,23\tD", "139,23\tC")
    assert T._legend_says_of_amount(credit, (start, start + 6)) == "credit"


def wallet_note(verb: str, amount: str, party: str, subject_word: str = "reçu") -> str:
    """A made-up wallet's notice whose subject always says "reçu" (a receipt), whatever the
    payment's direction: only the verb says which way the money went."""
    return (
        f"Portemonnaie : {subject_word} de transaction\n"
        f"Vous avez {verb} {amount}F {'de' if verb == 'reçu' else 'à'} {party} le 04/03/2026."
    )


def wallet_example(text: str, amount: str, party: str, direction: str) -> T.Example:
    values = {"amount": Decimal(amount), "currency": "XOF", "direction": direction}
    return taught_example(text, {**values, "merchant": party})


def test_a_direction_word_the_example_did_not_have_outranks_the_examples_words():
    taught_text = wallet_note("reçu", "18.500", "Awa Sarr")
    taught = T.learn(None, wallet_example(taught_text, "18500", "Awa Sarr", "credit"))
    paid = read(taught, wallet_note("payé", "41.000", "Senelec"))
    assert paid["direction"] == "debit" and paid["amount"] == Decimal("41000")


def test_a_debit_credit_label_pair_is_not_a_direction_word():
    def notice(kind: str, amount: str) -> str:
        return f"Alert\nDebit / Credit: {kind}\nAmount: {amount} JOD\nBy: SAMEH MALL"

    taught_text = notice("Credit", "177.879")
    taught = T.learn(None, wallet_example_jod(taught_text, "177.879", "credit"))
    debit = read(taught, notice("Debit", "69.536"))
    assert debit["direction"] == "debit"
    assert debit["amount"] == Decimal("69.536")  # the example's number said: three decimals


def wallet_example_jod(text: str, amount: str, direction: str) -> T.Example:
    return taught_example(
        text, {"amount": Decimal(amount), "currency": "JOD", "direction": direction}
    )


def test_a_thousands_comma_in_a_three_decimal_currency_is_learned_from_the_example():
    def notice(amount: str) -> str:
        return f"Wallet\nReceived: {amount} IQD\nThank you"

    taught = T.learn(None, wallet_example_iqd(notice("248,000"), "248000"))
    assert read(taught, notice("154,500"))["amount"] == Decimal("154500")


def wallet_example_iqd(text: str, amount: str) -> T.Example:
    return taught_example(
        text, {"amount": Decimal(amount), "currency": "IQD", "direction": "credit"}
    )


def test_a_plus_on_the_amount_is_money_in_where_the_example_had_no_sign():
    taught_text = ledger_line("1 500,00", "NAMBA FOOD", "", words="Операция")
    taught = T.learn(None, ledger_example(taught_text, "1 500,00", "NAMBA FOOD", "debit"))
    assert read(taught, ledger_line("+250,00", "AIBEK", "", words="Операция"))["direction"] == (
        "credit"
    )


def receipt(verb: str, amount: str, word: str, party: str) -> str:
    """A made-up wallet's receipt: the subject names the wallet after the same word ("fra")
    that stands before the counterparty of a credit; a debit has another word there."""
    return (
        f"Kvittering fra Pungen\nPungen\n\nDu har {verb} {amount} kr. {word} {party}\n"
        "26. februar 2026 kl. 23.04\nKort/konto: **** 4423\nHilsen Pungen"
    )


def receipt_example(text: str, amount: str, party: str, direction: str) -> T.Example:
    values = {"amount": Decimal(amount), "currency": "DKK", "direction": direction}
    return taught_example(text, {**values, "merchant": party})


def test_a_name_is_read_where_the_word_before_it_changes_with_the_payment():
    taught_text = receipt("modtaget", "1.498,15", "fra", "Ida Larsen")
    taught = T.learn(None, receipt_example(taught_text, "1498.15", "Ida Larsen", "credit"))
    # Not "Pungen" after the subject's "fra": the name was taught in the body.
    paid = read(taught, receipt("betalt", "597,92", "til", "Mikkel Hansen"))
    assert paid["merchant"] == "Mikkel Hansen" and paid["amount"] == Decimal("597.92")


def test_lower_case_words_that_replace_the_examples_before_a_capitalised_name_are_dropped():
    def note(verb: str, amount: str, words: str, party: str) -> str:
        return f"Pòch - resi\nPòch: Ou {verb} {amount} HTG {words} {party} nan dat 31/01/2026."

    taught_text = note("resevwa", "15,594.51", "nan men", "Wilson Désir")
    values = {"amount": Decimal("15594.51"), "currency": "HTG", "direction": "credit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "Wilson Désir"}))
    paid = read(taught, note("peye", "3,482.17", "bay", "Caribbean Supermarket"))
    assert paid["merchant"] == "Caribbean Supermarket"


def test_a_description_line_whose_leading_words_vary_still_gives_the_name():
    def notice(description: str) -> str:
        return (
            "Banque : compte débité\nVotre compte a été débité de 406,062 TND.\n"
            f"Libellé : {description}\nSolde disponible : 3 104,938 TND"
        )

    values = {"amount": Decimal("406.062"), "currency": "TND", "direction": "debit"}
    text = notice("PAIEMENT TPE CARREFOUR LA MARSA")
    taught = T.learn(None, taught_example(text, {**values, "merchant": "Carrefour"}))
    assert read(taught, notice("PAIEMENT TPE SHELL EL MENZAH"))["merchant"] == "Shell"
    # Another kind of operation: the words after the label, whatever they are.
    assert "Steg" in read(taught, notice("PRLV STEG"))["merchant"]


def test_the_amount_is_placed_by_the_words_after_it_when_the_word_before_it_varies():
    def alert(verb: str, amount: str, label: str, party: str) -> str:
        return (
            f"Banki: arifa ya muamala\nBanki yako\n\nKadi ****9826 {verb} {amount} ₾\n"
            f"{label}: {party}\nKitambulisho cha muamala: D4661609850\nSalio lililopo: 10,101.18 ₾"
        )

    values = {"amount": Decimal("531.82"), "currency": "GEL", "direction": "debit"}
    text = alert("imekatwa", "531.82", "Mfanyabiashara", "GALFI")
    taught = T.learn(None, taught_example(text, {**values, "merchant": "GALFI"}))
    other = read(taught, alert("imeingia", "639.37", "Mtumaji", "NINO BERIDZE"))
    assert other["amount"] == Decimal("639.37") and other["merchant"] == "Nino Beridze"


def test_a_sibling_format_gives_the_name_the_rules_got_wrong_and_nothing_else():
    from app.extraction.result import ExtractionResult

    def info(kind: str, amount: str, label: str, party: str) -> str:
        return (
            f"Info z uctu\nRB: {kind} *4842 dne 12.5.2026 v 03:27, castka {amount} CZK, "
            f"{label}: {party}, zustatek 120 898,67 CZK."
        )

    text = info("Platba kartou", "7 586,33", "misto", "BENZINA")
    values = {"amount": Decimal("7586.33"), "currency": "CZK", "direction": "debit"}
    example = taught_example(text, {**values, "merchant": "Benzina"})
    example.misread = {"merchant": "Raiffeisenbank"}
    taught = T.learn(None, example)
    credit = info(
        "Prichozi platba na ucet", "+8 461,40", "od", "Jana Svobodova, VS 3736437504"
    ).replace("zustatek", "zprava pro prijemce: najem, zustatek")
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("8461.40"),
        currency="CZK",
        direction="credit",
        merchant="Raiffeisenbank",
        confidence=0.8,
    )
    assert T.apply(taught, credit, SENDER, RECEIVED) is None  # another format: not this layout
    reading = T.apply(taught, credit, SENDER, RECEIVED, rules)
    assert reading is not None and reading.values == {"merchant": "Jana Svobodova"}
    result = T.as_result(reading, rules, RECEIVED)
    assert result is not None and result.merchant == "Jana Svobodova"
    assert (result.amount, result.direction, result.method) == (
        Decimal("8461.40"),
        "credit",
        "template",
    )
    # A merchant the rules read and the person never corrected stands.
    rules.merchant = "Albert"
    assert T.apply(taught, credit, SENDER, RECEIVED, rules) is None


def test_a_currency_mark_the_person_corrected_means_their_currency_from_this_sender():
    def alert(verb: str, amount: str) -> str:
        return (
            f"玉山銀行交易通知\n您的卡末四碼3038於「家樂福」{verb}新臺幣{amount}元。\n交易序號:S248"
        )

    values = {"amount": Decimal("24440"), "currency": "TWD", "direction": "debit"}
    taught = T.learn(None, taught_example(alert("消費", "24,440"), values))
    other = read(taught, alert("轉入", "199"))
    assert (other["amount"], other["currency"]) == (Decimal("199"), "TWD")


def test_a_vowel_sign_of_any_script_stays_in_its_word():
    assert [t.key for t in T.tokenise("ဆိုင်: Ocean")] == ["ဆိုင်", ":", "ocean"]
    assert [t.key for t in T.tokenise("ស្វាគមន៍ Bank")] == ["ស្វាគមន៍", "bank"]


def test_a_cache_of_placements_per_message_shape_reads_the_same():
    taught = T.learn(
        None,
        example(alert("1,250.00", "JAVA HOUSE", 5, "4411"), "1,250.00", "JAVA HOUSE", 5, "4411"),
    )
    texts = [
        alert(f"{100 + i}.50", merchant, 1 + i % 27, f"{1000 + i}", sign=sign)
        for i, (merchant, sign) in enumerate(
            [("NAIVAS", "-"), ("KPLC PREPAID", "-"), ("NAIVAS", "+")] * 4
        )
    ]
    cache: dict = {}
    for text in texts:
        cached = T.apply(taught, text, SENDER, RECEIVED, cache=cache)
        assert cached == T.apply(taught, text, SENDER, RECEIVED)
    # Amounts, days and card digits are blanks of the shape: one shape per merchant and sign.
    assert len(cache) == 3


def activity(day: str, details: str, paid_in: str, paid_out: str, balance: str) -> str:
    """A made-up bank's activity table (tab-separated cells, as the reader writes HTML tables):
    money in and money out in two columns of one table."""
    return (
        "New activity on your account\nHere is the latest activity on your account ~5582.\n\n"
        "Date\tDetails\tPaid in €\tPaid out €\tBalance €\n"
        f"{day}\t{details}\t{paid_in}\t{paid_out}\t{balance}"
    )


def test_an_amount_under_another_column_of_the_table_went_the_other_way():
    text = activity("22 Feb 2026", "TRANSFER FROM AOIFE MURPHY", "549.29", "", "7,718.55")
    values = {"amount": Decimal("549.29"), "currency": "EUR", "direction": "credit"}
    taught = T.learn(None, taught_example(text, {**values, "merchant": "AOIFE MURPHY"}))
    paid = read(taught, activity("06 Feb 2026", "POS DUNNES STORES", "", "159.85", "7,338.71"))
    assert (paid["amount"], paid["direction"]) == (Decimal("159.85"), "debit")
    again = read(taught, activity("01 Mar 2026", "TRANSFER FROM JOHN", "20.00", "", "7,358.71"))
    assert (again["amount"], again["direction"]) == (Decimal("20.00"), "credit")
    # A number that starts a name is not the amount the example had alone between its anchors.
    eir = read(taught, activity("31 Mar 2026", "365 ONLINE EIR", "", "216.55", "6,991.49"))
    assert (eir["amount"], eir["direction"]) == (Decimal("216.55"), "debit")


def test_a_label_and_its_value_are_no_table_column():
    def notice(kind: str, amount: str) -> str:
        return f"Card notice\nType\t{kind}\nShop\tSUPERMARKET\nAmount\tMOP {amount}\nThank you"

    values = {"amount": Decimal("4163.62"), "currency": "MOP", "direction": "debit"}
    taught = T.learn(None, taught_example(notice("Purchase", "4,163.62"), values))
    assert "columns" not in taught["layouts"][0]["fields"]["amount"]
    assert read(taught, notice("Purchase", "118.02"))["direction"] == "debit"


def test_a_name_inside_a_described_payment_is_read_as_the_whole_description():
    """Taught "Delizia" inside "PAGO QR DELIZIA", the template reads the whole description of
    the next message and the normaliser names its payee: the kind's words vary."""

    def notice(description: str, amount: str) -> str:
        return (
            "Movement notice\nCuenta\t****7578\nTipo\tDébito\n"
            f"Descripción\t{description}\nMonto\tBs {amount}\nFecha\t05/03/2026\nGracias"
        )

    taught = taught_on(
        notice("PAGO QR DELIZIA", "38,29"),
        {"amount": Decimal("38.29"), "merchant": "Delizia"},
        {"currency": "BOB"},
    )
    assert read(taught, notice("PAGO ENTEL S.A.", "60,59"))["merchant"] == "Entel"
    assert read(taught, notice("PAGO TIGO POSTPAGO", "162,50"))["merchant"].startswith("Tigo")


def test_a_direction_word_in_the_slot_after_the_amount_is_not_a_name():
    """Taught on a debit ("रु. 3,412.03 नावे"), the credit alert writes "रु. 2,000.00 जमा" in
    the same place: the amount is still that number (not the balance), and the money came in."""

    def alert(amount: str, word: str) -> str:
        return (
            f"व्यवहार सूचना\nखाते XXXX5811 दि. 09/03/2026 रोजी 22:32 वाजता रु. {amount} {word} केले.\n"
            "उपलब्ध शिल्लक: रु. 1,22,237.74"
        )

    taught = taught_on(
        alert("3,412.03", "नावे (डेबिट)"),
        {"amount": Decimal("3412.03"), "account_last4": "5811"},
        {"currency": "INR", "direction": "debit"},
    )
    reading = read(taught, alert("2,000.00", "जमा (क्रेडिट)"))
    assert (reading["amount"], reading["direction"]) == (Decimal("2000.00"), "credit")


def test_a_dash_between_a_label_and_its_amount_is_not_a_sign():
    """ "ပမာဏ - 180,750.00" in the taught debit and in a credit: the dash parts the label from
    the value; the message's own word ("Credit") says which way the money went."""

    def alert(kind: str, amount: str) -> str:
        return f"CB notice\nType - {kind}\nပမာဏ - {amount} ကျပ်\nလက်ကျန်ငွေ - 4,188,480.91 ကျပ်"

    taught = taught_on(
        alert("ငွေထုတ် (Debit)", "180,750.00"),
        {"amount": Decimal("180750.00")},
        {"currency": "MMK", "direction": "debit"},
    )
    reading = read(taught, alert("ငွေသွင်း (Credit)", "225,000.00"))
    assert (reading["amount"], reading["direction"]) == (Decimal("225000.00"), "credit")


# ---- how a template generalises between one sender's messages (written for these tests) ----


def lines_notice(kind: str, label: str, party: str, amount: str, day: str) -> str:
    """A made-up post bank's notice of "Label   : value" lines: the party's label changes with
    the operation ("Opérateur" for a top-up, "Donneur d'ordre" for a transfer received)."""
    return (
        "Banque Poste : avis\nUne opération a été passée sur votre compte n° 0099123456 :\n\n"
        f"Opération       : {kind}\n{label} : {party}\nMontant         : {amount} DA\n"
        f"Date            : {day} à 10h35\nSolde           : 12 748,93 DA\n\nMerci."
    )


def test_a_name_is_not_read_where_another_field_stands():
    """Where the name's label changes, the amount's line matches the name's anchors best
    ("Montant   :" against "Opérateur   :"), and the date's line as well: a place holding
    another field's value is not the name's."""
    text = lines_notice("Rechargement", "Opérateur      ", "MOBILIS", "100,00", "26/02/2026")
    taught = taught_on(
        text,
        {"amount": Decimal("100.00"), "merchant": "MOBILIS", "occurred_at": date(2026, 2, 26)},
        {"currency": "DZD", "direction": "debit"},
    )
    other = read(
        taught,
        lines_notice("Virement reçu", "Donneur d'ordre", "CNR RETRAITE", "46 300,00", "24/02/2026"),
    )
    assert other["amount"] == Decimal("46300.00")
    assert other["merchant"] == "Cnr Retraite"


def test_a_name_without_words_after_it_stays_on_its_line():
    def notice(party: str, day: str) -> str:
        return (
            f"Kart bildirişi\nMəbləğ: 15.24 AZN\nObyekt: {party}\nTarix: {day} 20:05:01\n"
            "Balans: 1096.13 AZN"
        )

    taught = taught_on(
        notice("ARAZ MARKET 28 MAY", "17.09.2026"),
        {"amount": Decimal("15.24"), "merchant": "Araz Market", "occurred_at": date(2026, 9, 17)},
        {"currency": "AZN", "direction": "debit"},
    )
    other = read(taught, notice("BAKCELL ONLINE", "12.11.2026"))
    assert other["merchant"] == "Bakcell Online"
    # The date finder joins "28 MAY" to the next line's date: the date that starts in the
    # date's place is the one read.
    again = read(taught, notice("ARAZ MARKET 28 MAY", "12.11.2026"))
    assert again["occurred_at"].date() == date(2026, 11, 12)


def description_notice(description: str, amount: str) -> str:
    """A made-up savings bank's notice: the payee inside a description after other words."""
    return (
        "Avís de moviment\nS'ha registrat un moviment al compte ES** 3827:\n\n"
        f"Concepte: {description}\nImport: -{amount} €\nSaldo: 3.076,70 €\n"
    )


def test_the_words_a_description_repeats_before_the_name_are_fixed_text():
    """Taught "Condis" in "COMPRA TARGETA CONDIS SANTS": where the next description starts
    with the same words, the name is what follows them (not the whole description, which the
    normaliser might name after one of those words)."""
    taught = taught_on(
        description_notice("COMPRA TARGETA CONDIS SANTS", "38,35"),
        {"amount": Decimal("38.35"), "merchant": "Condis"},
        {"currency": "EUR", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["merchant"]["lead"] == ["compra", "targeta"]
    other = read(taught, description_notice("COMPRA TARGETA FGC PL. CATALUNYA", "7,30"))
    assert other["merchant"].startswith("Fgc")


def test_where_a_descriptions_leading_words_vary_the_rules_name_inside_it_is_taken():
    taught = taught_on(
        description_notice("Pagament de serveis - ELECTRA", "10,65"),
        {"amount": Decimal("10.65"), "merchant": "ELECTRA"},
        {"currency": "EUR", "direction": "debit"},
    )
    text = description_notice("Transferència rebuda de ENAPOR SA - NÒMINA", "74,70")
    start = text.index("ENAPOR")
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("74.70"),
        currency="EUR",
        direction="credit",
        merchant="Enapor",
        spans={"merchant": (start, start + len("ENAPOR SA"))},
    )
    reading = T.apply(taught, text, SENDER, RECEIVED, rules)
    assert reading is not None and reading.values["merchant"] == "Enapor"
    # Without the rules' name: from the first word in capitals, as the example's name was.
    alone = read(taught, description_notice("Transferència per a JOAN PUIG", "12,00"))
    assert alone["merchant"] == "Joan Puig"


def test_a_cash_machine_is_no_counterparty():
    def row(description: str, amount: str) -> str:
        return (
            "Mutatiebericht\nDatum\tOmschrijving\tBedrag\tAf/Bij\tSaldo\n"
            f"06-02-2026\t{description}\t{amount}\tAf\t15.803,32\n\nGroet"
        )

    taught = taught_on(
        row("DIGICEL TOPUP", "342,48"),
        {"amount": Decimal("342.48"), "merchant": "DIGICEL TOPUP"},
        {"currency": "SRD", "direction": "debit"},
    )
    reading = T.apply(taught, row("GELDOPNAME ATM LALLA ROOKH", "800,00"), SENDER, RECEIVED)
    assert reading is not None and reading.values["amount"] == Decimal("800.00")
    assert reading.values["merchant"] is None and "merchant" not in reading.spans

    # An inflected word for one, in the words just before the name, says so too.
    def sentence(place: str) -> str:
        return f"Kartica 3307: isplata 30,00 EUR na {place} CKB DELTA.\nStanje: 2.629,91 EUR."

    taught = taught_on(
        sentence("prodajnom mjestu"),
        {"amount": Decimal("30.00"), "merchant": "CKB DELTA"},
        {"currency": "EUR", "direction": "debit"},
    )
    assert read(taught, sentence("bankomatu"))["merchant"] is None


def test_the_next_cell_of_the_amounts_row_may_turn_the_direction_over():
    def row(description: str, amount: str, way: str) -> str:
        return (
            "Mutatiebericht\nDatum\tOmschrijving\tBedrag\tAf/Bij\tSaldo\n"
            f"06-02-2026\t{description}\t{amount}\t{way}\t15.803,32\n\nGroet"
        )

    taught = taught_on(
        row("DIGICEL TOPUP", "342,48", "Af"),
        {"amount": Decimal("342.48"), "merchant": "DIGICEL TOPUP"},
        {"currency": "SRD", "direction": "debit"},
    )
    # Not the shop's last word, which stands before the amount in the example.
    assert taught["layouts"][0]["direction_marks"] == {"after": "af"}
    assert read(taught, row("OVERBOEKING A. PINAS", "1.610,00", "Bij"))["direction"] == "credit"
    assert read(taught, row("TELESUR", "99,00", "Af"))["direction"] == "debit"


def test_the_amounts_own_line_label_says_the_direction():
    """A line for each direction in every message ("Naam: ₹ 6,825.00" / "Jama: -"): both
    words stand in each message, so only the line the amount stands on says which way."""

    def statement(debit: str, credit: str) -> str:
        return (
            "Khata vyavhar\nKhata XXXX8485 ma vyavhar nondhayo:\n"
            f"Vigat: IMPS-KIRAN SHAH\nUdhar: {debit}\nKredit: {credit}\nBaki: ₹ 1,39,019.61"
        )

    taught = taught_on(
        statement("₹ 6,825.00", "-"),
        {"amount": Decimal("6825.00")},
        {"currency": "INR", "direction": "debit"},
    )
    reading = read(taught, statement("-", "₹ 14,100.00"))
    assert (reading["amount"], reading["direction"]) == (Decimal("14100.00"), "credit")
    assert read(taught, statement("₹ 50.00", "-"))["direction"] == "debit"


def test_another_verb_after_a_taught_credits_amount_is_money_out():
    def sms(amount: str, verb: str, party: str) -> str:
        return (
            f"Bank kennisgewing\nBank: N${amount} {verb} {party} in rek ...7139 op 28 Mrt 2026."
            " Beskikbare saldo N$19 562,75."
        )

    taught = taught_on(
        sms("3 190,00", "ontvang van", "M SHIKONGO"),
        {"amount": Decimal("3190.00"), "merchant": "M SHIKONGO"},
        {"currency": "NAD", "direction": "credit"},
    )
    # A verb the lexicon does not know ("betaal aan" it does: that reading is sure).
    paid = T.apply(taught, sms("441,57", "gestuur na", "MTC ESHOP"), SENDER, RECEIVED)
    assert paid is not None
    assert (paid.values["amount"], paid.values["direction"]) == (Decimal("441.57"), "debit")
    assert "direction" in paid.unsure  # a guess: the rules' sure reading would win
    again = read(taught, sms("20,00", "ontvang van", "J NDJAVERA"))
    assert again["direction"] == "credit"


def test_a_date_whose_day_is_its_month_teaches_the_order_after_the_year():
    """Taught on "2026 on 4 sar 4" (the 4th of April), which number is the month cannot be
    seen; after the year it is the month (a year leads only in year-month-day)."""

    def sms(amount: str, month: int, day: int) -> str:
        return f"Golden bank\nGolden bank: 2026 on {month} sar {day} odor {amount} T zarlaga."

    taught = taught_on(
        sms("693,140.00", 4, 4),
        {"amount": Decimal("693140.00"), "occurred_at": date(2026, 4, 4)},
        {"currency": "MNT", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["occurred_at"]["numeric"]["month"] == 1
    assert read(taught, sms("1,000.00", 3, 12))["occurred_at"].date() == date(2026, 3, 12)


def test_a_sender_that_dates_its_mail_in_its_own_zone_keeps_summer_time():
    """The person's time was at +02:00 in February, as the example's Date was: each message's
    own Date offset then says the sender's zone on its day (+03:00 in September), so a time
    near midnight stays on its day."""
    sender = "card@kartbank.example.com"

    def alert(amount: str, day: str, clock: str) -> str:
        return f"Card alert\nOn {day} at {clock} your card was charged EUR {amount} at BOLT."

    winter = datetime(2026, 2, 21, 23, 15, tzinfo=timezone(timedelta(hours=2)))
    text = alert("19.33", "21/02/2026", "23:12")
    values = {
        "amount": Decimal("19.33"),
        "currency": "EUR",
        "direction": "debit",
        "occurred_at": winter.replace(minute=12),
    }
    spans = {name: T.find_span(text, sender, winter, name, values[name]) for name in values}
    spans = {name: span for name, span in spans.items() if span}
    taught = T.learn(None, T.Example(text, sender, winter, "transaction", values, spans))
    summer = datetime(2026, 9, 14, 23, 30, tzinfo=timezone(timedelta(hours=3)))
    reading = T.apply(taught, alert("17.68", "14/09/2026", "23:27"), sender, summer)
    assert reading is not None
    moment = reading.values["occurred_at"]
    assert moment.utcoffset() == timedelta(hours=3) and moment.hour == 23


# ---- teach_senders7's classes (issue #13): small made-up messages of each shape ----------------


def test_a_typed_name_whose_case_mapping_adds_a_dot_is_found_in_capitals():
    """The ledger's title case of "İSKİ" is "İski̇" (a combining dot after the i): the text's
    letters fold without it, and the name is still found where it is written."""
    text = "Hesap hareketi\n25/08/2026\tFATURA ODEME - İSKİ SU FATURASI\t404,42\t21.391,08"
    typed = normalise_merchant("İSKİ")[0]
    start, end = T.find_span(text, SENDER, RECEIVED, "merchant", typed)
    assert text[start:end].startswith("İSKİ")


def movement(kind: str, label: str, party: str, amount: str) -> str:
    return (
        f"Avviso\nMovimento         {kind}\n{label}      {party}\n"
        f"Importo           CHF {amount}\nSaldo contabile   CHF 20'923.40\n\nCordiali saluti\n"
        "Questo avviso è stato generato automaticamente; la preghiamo di non rispondere."
    )


def test_a_name_written_family_name_first_is_found_and_read_as_the_person_typed_it():
    """ "Marco Rossi" typed where the text says "Rossi Marco, Locarno": found in either order,
    placed by its whole labelled value (the place after it varies from payee to payee), and
    read as the person typed it where the same words come again."""
    credit = movement(
        "Accredito - Bonifico in entrata", "Ordinante   ", "Rossi Marco, Locarno", "6'238.70"
    )
    taught = taught_on(
        credit,
        {"amount": Decimal("6238.70"), "merchant": "Marco Rossi"},
        {"currency": "CHF", "direction": "credit"},
    )
    again = movement(
        "Accredito - Bonifico in entrata", "Ordinante   ", "Rossi Marco, Locarno", "695.50"
    )
    assert read(taught, again)["merchant"] == "Marco Rossi"
    debit = movement("Addebito - Pagamento eBill", "Beneficiario", "Cassa malati Helsana", "434.35")
    assert "Helsana" in read(taught, debit)["merchant"]


def test_a_short_direction_mark_that_is_also_a_currency_code_turns_the_direction_over():
    """ "DB Rp 72.000,00" taught as a debit; "KR Rp 7.708.000,00" is a credit, though "KR" is
    also the krone's mark: only the one mark nearest the amount is its currency."""

    def sms(mark: str, amount: str) -> str:
        return f"Notifikasi\nJConnect: Rek 0012****4471 {mark} Rp {amount} 04/09/26 Ref JC26. Hub 1"

    taught = taught_on(
        sms("DB", "72.000,00"),
        {"amount": Decimal("72000.00")},
        {"currency": "IDR", "direction": "debit"},
    )
    assert read(taught, sms("KR", "7.708.000,00"))["direction"] == "credit"
    assert read(taught, sms("DB", "1.084.500,00"))["direction"] == "debit"


def test_a_time_in_the_row_is_no_amount_and_an_empty_cell_after_the_amount_still_places_it():
    def advice(cells: str) -> str:
        """A row of Value Date, Posting Time, Narrative, Withdrawal, Lodgement, Balance."""
        return (
            "Transaction Advice\nValue Date\tPosting Time\tNarrative\tWithdrawal\tLodgement"
            f"\tBalance\n09-Sep-2026\t22:56:39\t{cells}\tG$\t545,937.00\nTrace No. 949508203"
        )

    taught = taught_on(
        advice("POS PURCHASE MASSY STORES\tG$\t1,902.00\t"),
        {"amount": Decimal("1902.00")},
        {"currency": "GYD", "direction": "debit"},
    )
    reading = read(taught, advice("SALARY GUYSUCO\t\t\tG$\t187,100.00"))
    assert (reading["amount"], reading["direction"]) == (Decimal("187100.00"), "credit")


def test_another_direction_mark_before_the_amount_is_the_same_format():
    """ "|DR|K549.57|" taught; "|CR|K810.69|" is the same format's credit, even where the rules
    read another amount (the balance after it): the template's reading stands."""

    def alert(mark: str, amount: str) -> str:
        return f"KINA\nKINABANK|ACCT **4471|{mark}|K{amount}|24AUG26 1111|SALARY|AVBL K6,930.67|R"

    taught = taught_on(
        alert("DR", "549.57"),
        {"amount": Decimal("549.57")},
        {"currency": "PGK", "direction": "debit"},
    )
    base = ExtractionResult(True, Decimal("6930.67"), "PGK", "credit", confidence=0.7)
    reading = T.apply(taught, alert("CR", "810.69"), SENDER, RECEIVED, base)
    assert reading is not None
    assert (reading.values["amount"], reading.values["direction"]) == (Decimal("810.69"), "credit")


def test_of_places_followed_by_the_same_words_the_one_nearest_the_examples_is_taken():
    """The word before the amount varies ("Оплата услуг" / "Покупка") and the words after it
    ("р" and a line break) follow the balance too: the place nearest the example's is the
    payment's."""

    def sms(kind: str, amount: str, shop: str) -> str:
        return (
            f"Операция по карте *4471\nКарта *4471\n29.08 16:07 {kind} {amount}р\n{shop}\n"
            "Доступно: 41 579,97р\n\n---\nБанк Левобережный. Не сообщайте никому коды из SMS."
        )

    taught = taught_on(
        sms("Оплата услуг", "1 300,22", "NOVOSIBIRSKENERGOSBYT"),
        {"amount": Decimal("1300.22"), "merchant": "NOVOSIBIRSKENERGOSBYT"},
        {"currency": "RUB", "direction": "debit"},
    )
    reading = read(taught, sms("Покупка", "5 940,95", "SVETOFOR NOVOSIBIRSK"))
    assert reading["amount"] == Decimal("5940.95")
    assert reading["merchant"].startswith("Svetofor")


def test_a_changed_verb_before_the_amount_places_it_and_leaves_the_direction_to_the_rules():
    def sms(verb: str, amount: str, rest: str) -> str:
        return (
            f"Isaziso\nSawubona,\n\nUbank: {verb} R{amount} {rest} ngomhla. Imali esele: R4 189,02."
        )

    taught = taught_on(
        sms("Kukhokhwe", "2 834,69", "e-PICK N PAY ku-akhawunti"),
        {"amount": Decimal("2834.69")},
        {"currency": "ZAR", "direction": "debit"},
    )
    text = sms("Kungeniswe", "14 666,83", "ku-akhawunti kusuka ku-ZANELE")
    reading = T.apply(taught, text, SENDER, RECEIVED)
    assert reading is not None and reading.values["amount"] == Decimal("14666.83")
    assert "direction" in reading.unsure
    base = ExtractionResult(True, Decimal("4189.02"), "ZAR", "credit", confidence=0.6)
    base.field_confidence = {"direction": 0.6}
    assert T.as_result(T.apply(taught, text, SENDER, RECEIVED, base), base, RECEIVED).direction == (
        "credit"
    )


def kind_notice(kind: str, amount: str, party: str) -> str:
    return (
        "Kitsiso ya tiro\nAkhaonto: ******4471\n"
        f"Mofuta wa tiro: {kind}\nSelekanyo: P{amount}\nTlhaloso: {party}\nLetlha: 25/08/2026\n"
        "Go siame"
    )


def test_a_line_naming_another_kind_of_payment_makes_the_direction_unsure():
    # (Kind words no lexicon knows: the rules read Setswana's "Madi a ntshitswe" since.)
    taught = taught_on(
        kind_notice("Tiro ya pele", "1,232.12", "Kwa WUC"),
        {"amount": Decimal("1232.12")},
        {"currency": "BWP", "direction": "debit"},
    )
    same = T.apply(taught, kind_notice("Tiro ya pele", "232.58", "Kwa ORANGE"), SENDER, RECEIVED)
    assert same is not None and "direction" not in same.unsure
    other = kind_notice("Tiro ya morago", "385.61", "Go tswa go BOTHO")
    reading = T.apply(taught, other, SENDER, RECEIVED)
    assert reading is not None and "direction" in reading.unsure  # not copied as sure
    base = ExtractionResult(True, Decimal("385.61"), "BWP", "credit", confidence=0.6)
    base.field_confidence = {"direction": 0.55}
    result = T.as_result(T.apply(taught, other, SENDER, RECEIVED, base), base, RECEIVED)
    assert result is not None and result.direction == "credit"  # the rules' reading


def test_sentence_words_where_the_example_had_a_name_in_capitals_give_the_lines_capitals():
    def sms(sentence: str) -> str:
        return f"He panui\nKia ora Aroha,\n{sentence} i to putea ****4471.\nToenga: $4,201.13"

    taught = taught_on(
        sms("Kua utua te $357.23 ki NEW WORLD WINDSOR"),
        {"amount": Decimal("357.23"), "merchant": "NEW WORLD WINDSOR"},
        {"currency": "NZD", "direction": "debit"},
    )
    reading = T.apply(
        taught, sms("Kua whiwhi koe i te $2,403.76 mai i a MERE TAKERE ki"), SENDER, RECEIVED
    )
    assert reading is not None
    assert reading.values.get("merchant") == "Mere Takere" and "merchant" in reading.unsure


def test_a_month_named_in_words_no_list_holds_is_read_from_the_day_and_the_mail():
    def notice(amount: str, day: str) -> str:
        return f"Kitsiso\nSelekanyo: P{amount}\nLetlha: {day}\nNako: 17:19\nGo siame"

    taught = taught_on(
        notice("1,232.12", "25 Phatwe 2026"),
        {"amount": Decimal("1232.12"), "occurred_at": date(2026, 8, 25)},
        {"currency": "BWP", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["occurred_at"].get("worded")
    sent = datetime(2026, 10, 27, 0, 34, tzinfo=timezone(timedelta(hours=2)))
    reading = T.apply(taught, notice("232.58", "26 Diphalane 2026"), SENDER, sent)
    assert reading is not None and reading.values["occurred_at"].date() == date(2026, 10, 26)


# ---- teach_senders6's classes and the rest of teach_senders7's (issue #13) ---------------------


def test_another_word_after_the_amount_in_a_script_without_case_is_the_sentences_verb():
    """Tibetan has no capitals: the word after the amount that changed ("བཙུགས" put in,
    "ཕྱིར་བཏོན" taken out) is the sentence's verb, not a name, and the direction is unsure
    (the rules' reading stands); the balance, alike before, is not the payment."""

    def sms(mark: str, verb: str, amount: str) -> str:
        return (
            f"Alert\nརྩིས་ཁྲ་ XX1234 ནང་{mark} Nu.{amount} {verb}་ཡི།\n"
            "ཚེས་གྲངས་ 13/10/2025\nལྷག་ལུས་ Nu.99,583.27\nNo. 1"
        )

    taught = taught_on(
        sms("", "བཙུགས", "34,583.27"),
        {"amount": Decimal("34583.27")},
        {"currency": "BTN", "direction": "credit"},
    )
    reading = T.apply(taught, sms("ལས་", "ཕྱིར་བཏོན", "2,444.12"), SENDER, RECEIVED)
    assert reading is not None and reading.values["amount"] == Decimal("2444.12")
    assert "direction" in reading.unsure


def test_the_column_of_a_fixed_width_table_says_the_direction():
    """A plain-text table whose columns are spaces: the amount under "Paid in" taught as a
    credit, one under "Paid out" is a debit (the characters' place says which column)."""

    def notice(description: str, out: str, paid_in: str) -> str:
        return (
            "Account notice\nDate        Description                 Paid out    Paid in     "
            "Balance\n" + "-" * 72 + f"\n2026-08-28  {description:<26}  {out:>8}    "
            f"{paid_in:>8}    9,261.11\nRef: TX1\n"
        )

    taught = taught_on(
        notice("DIRECT DEPOSIT ACME", "", "281.68"),
        {"amount": Decimal("281.68")},
        {"currency": "CAD", "direction": "credit"},
    )
    assert taught["layouts"][0]["fields"]["amount"]["columns"] == {"paid in": "credit"}
    reading = read(taught, notice("PREAUTH DEBIT PHONECO", "496.17", ""))
    assert (reading["amount"], reading["direction"]) == (Decimal("496.17"), "debit")


def pride(kind: str, amount: str, party: str) -> str:
    return (
        f"Account notice\nDear customer,\n\nAccount\t2011****4471\nWhat happened\t{kind}\n"
        f"Amount\tUGX {amount}\nDetails\t{party}\nDate\t27/08/2026\nThank you"
    )


def test_a_second_correction_teaches_which_kind_line_value_is_which_direction():
    """One correction cannot say what the kind line's other value means (the direction is
    unsure there); a second, of the other direction, teaches the line: each value is read as
    the direction it was taught with, and a value never taught stays unsure."""
    taught = taught_on(
        pride("Money came in", "636,000", "From SARAH N"),
        {"amount": Decimal("636000")},
        {"currency": "UGX", "direction": "credit"},
    )
    debit = pride("Money went out", "884,500", "To CAPITAL SHOP")
    once = T.apply(taught, debit, SENDER, RECEIVED)
    assert once is not None and "direction" in once.unsure
    text = debit
    spans = {"amount": T.find_span(text, SENDER, RECEIVED, "amount", Decimal("884500"))}
    values = {"amount": Decimal("884500"), "currency": "UGX", "direction": "debit"}
    twice = T.learn(taught, T.Example(text, SENDER, RECEIVED, "transaction", values, spans))
    assert T.examples_in(twice) == 2 and len(twice["layouts"]) == 1
    assert twice["layouts"][0]["kind_directions"]["what happened"] == {
        "money came in": "credit",
        "money went out": "debit",
    }
    for kind, direction in (("Money went out", "debit"), ("Money came in", "credit")):
        reading = T.apply(twice, pride(kind, "798,000", "To WATER CO"), SENDER, RECEIVED)
        assert reading is not None and reading.values["direction"] == direction
        assert "direction" not in reading.guessed | reading.unsure
    base = ExtractionResult(True, Decimal("798000"), "UGX", "debit", confidence=0.6)
    result = T.as_result(
        T.apply(twice, pride("Money went out", "798,000", "To X"), SENDER, RECEIVED, base),
        base,
        RECEIVED,
    )
    assert result is not None and result.direction == "debit"


def test_a_field_placed_after_the_field_it_followed_and_a_code_before_a_name():
    """ "07:58:37 WIB PLN-PLN PRABAYAR": the typed "PLN" joined by a hyphen to the next word is
    the payment's code there, the name is the later "PLN"; the date, right after the amount
    (no words of its own before it), is read after the amount where the words after it vary."""

    def sms(amount: str, when: str, description: str) -> str:
        return f"Notice\nAcct 0012****4471 DB Rp {amount} {when} WIB {description} Ref JC26. Hub"

    text = sms("72.000,00", "04/03/26 07:58:37", "GRID-GRID PREPAID 5321")
    start, end = T.find_span(text, SENDER, RECEIVED, "merchant", "GRID")
    assert text[start:end] == "GRID PREPAID 5321"
    moment = datetime(2026, 3, 4, 7, 58, 37, tzinfo=timezone(timedelta(hours=7)))
    taught = taught_on(
        text,
        {"amount": Decimal("72000.00"), "merchant": "GRID", "occurred_at": moment},
        {"currency": "IDR", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["occurred_at"]["follows"] == "amount"
    reading = read(taught, sms("1.084.500,00", "09/03/26 18:55:40", "QR-CORNER SHOP TMN"))
    assert reading["merchant"].startswith("Corner Shop")
    assert reading["occurred_at"].date() == date(2026, 3, 9)
    assert reading["occurred_at"].hour == 18


def test_a_text_in_another_zone_than_the_mails_date_teaches_the_zone_of_its_times():
    """The example's moment was the mail's (12:07 at +03:00, left as read) while its text says
    16:07: the sender's times are four hours ahead, and the next message's "23:45" is that
    zone's (the next day at +03:00)."""

    def sms(when: str, amount: str) -> str:
        return f"Card *4471\n{when} Purchase {amount}р\nSHOP\nBalance: 41 579,97р"

    moment = datetime(2026, 3, 20, 12, 7, 26, tzinfo=EAT)
    taught = taught_on(
        sms("20.03 16:07", "1 300,22"),
        {"amount": Decimal("1300.22"), "occurred_at": moment},
        {"currency": "RUB", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["occurred_at"]["text_offset_minutes"] == 7 * 60
    when = read(taught, sms("22.03 23:45", "6 360,93"))["occurred_at"]
    assert when.utcoffset() == timedelta(hours=7) and (when.day, when.hour) == (22, 23)
    # A text's time within minutes of the example's moment teaches no zone.
    near = taught_on(
        sms("20.03 12:09", "1 300,22"),
        {"amount": Decimal("1300.22"), "occurred_at": moment},
        {"currency": "RUB", "direction": "debit"},
    )
    assert "text_offset_minutes" not in near["layouts"][0]["fields"]["occurred_at"]


def test_a_name_in_capitals_after_the_sentences_word_where_the_verb_before_it_varies():
    """ "… sent money to ANA RUIZ (924…)" taught; "… you paid to CITY GAS PREPAY" has another
    verb: the name in capitals right after the same word is read (unsure); a name followed by
    a number in the example ends at the next message's number."""

    def sms(sentence: str) -> str:
        return (
            f"Wallet receipt\nWallet\n-$55.33\n\nYou have {sentence}\n\nTime\t18/10/25 5:15PM\n"
            "Fee\t$1.00\nBalance\t$1,543.67\nThank you for using the wallet. Never share a PIN."
        )

    taught = taught_on(
        sms("sent money to ANA RUIZ 924 2052"),
        {"amount": Decimal("55.33"), "merchant": "ANA RUIZ"},
        {"currency": "FJD", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["merchant"]["number_after"]
    assert read(taught, sms("sent money to MERE WAQA 926 6560"))["merchant"] == "Mere Waqa"
    reading = T.apply(taught, sms("paid to CITY GAS PREPAY"), SENDER, RECEIVED)
    assert reading is not None and reading.values["merchant"] == "City Gas Prepay"
    assert "merchant" in reading.unsure


def test_a_sibling_sentence_gives_the_one_name_in_capitals_on_the_amounts_line():
    def sms(sentence: str) -> str:
        return (
            f"Notice\nHello,\nBank: {sentence} ref UB39413020. Balance: R4 189,02.\n"
            "If this was not you, call us at once. Open a fixed deposit for better interest."
        )

    taught = taught_on(
        sms("Paid R2 834,69 at-MEGA MART MALL from-account ...4471 on 30 Aug"),
        {"amount": Decimal("2834.69"), "merchant": "MEGA MART MALL"},
        {"currency": "ZAR", "direction": "debit"},
    )
    credit = sms("Got R14 666,83 into-account ...4471 sent by-ZODWA DLAMINI on 2 Oct")
    reading = T.apply(taught, credit, SENDER, RECEIVED)
    assert reading is not None and reading.values["merchant"] == "Zodwa Dlamini"


def test_labelled_values_a_long_cash_machine_line_pay_and_a_name_with_a_digit():
    def sms(kind: str, place: str, amount: str) -> str:
        return (
            f"Card notice\nCard:      4177 **** 5954\nOperation: {kind}\n"
            f"Amount:    {amount} KGS\nPlace:     {place}\nTime:      26.01.2026 21:18:20\n"
            "Questions: call the bank. Never tell anyone your PIN or the codes we send you."
        )

    taught = taught_on(
        sms("Purchase", "DORDOI PLAZA", "1 247,69"),
        {"amount": Decimal("1247.69"), "merchant": "DORDOI PLAZA"},
        {"currency": "KGS", "direction": "debit"},
    )
    # A cash machine's place runs longer than the example's name: still its line, no payee.
    cash = read(taught, sms("Cash withdrawal", "ATM KICB, Bishkek c., Chui av. 168", "1 500,00"))
    assert cash.get("merchant") is None
    assert read(taught, sms("Transfer", "ЗАРПЛАТА", "9 000,00")).get("merchant") is None

    def card(place: str) -> str:
        return f"Card\nAmount: 204,27 BYN\nPlace: {place}\nCard: 5351****3668\nBye"

    lead = taught_on(
        card("P2P from TANYA LUK"),
        {"amount": Decimal("204.27"), "merchant": "TANYA LUK"},
        {"currency": "BYN", "direction": "credit"},
    )
    assert read(lead, card("A1 BELARUS"))["merchant"].startswith("A1")


def test_a_date_is_not_found_inside_a_reference_code():
    text = "Notice\nRef: BSBJYS02XEH9D\nDate: 2 September 2026"
    assert T._find_numeric_date(text, date(2026, 9, 2)) is None


def test_a_fixed_width_tables_header_is_found_over_the_rule_under_it():
    """A plain-text table with a ruled line under its header, column by column ("------  ---"):
    the rule is no header; the words above it say the amount's column, and so its direction."""

    def notice(description: str, debit: str, credit: str) -> str:
        return (
            f"Account alert\n{'Date':<10}  {'Description':<26}  {'Debit':>10}  {'Credit':>10}  "
            "Balance\n----------  --------------------------  ----------  ----------  -------\n"
            f"2026-08-28  {description:<26}  {debit:>10}  {credit:>10}  9,261.11\nRef: TX1\n"
        )

    taught = taught_on(
        notice("CARD PURCHASE CORNER SHOP", "31.59", ""),
        {"amount": Decimal("31.59")},
        {"currency": "AUD", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["amount"]["columns"] == {"debit": "debit"}
    reading = read(taught, notice("TRANSFER FROM J SMITH", "", "205.00"))
    assert (reading["amount"], reading["direction"]) == (Decimal("205.00"), "credit")


def test_a_date_written_with_dots_is_no_amount():
    """A tab table whose debit cell is empty in a credit's row: the row's value date
    ("18.09.2026") stands where the example's amount stood, but it is a date, not a number."""

    def row(day: str, text: str, debit: str, credit: str) -> str:
        return (
            "Neue Buchung\nKonto 00-****-4123\n\n"
            "Buchungsdatum\tValuta\tBuchungstext\tBelastung\tGutschrift\tSaldo\n"
            f"{day}\t{day}\t{text}\t{debit}\t{credit}\t9'801.61\n\nBeträge in CHF."
        )

    taught = taught_on(
        row("09.09.2026", "Kartenzahlung Migros Schaan", "221.80", ""),
        {"amount": Decimal("221.80")},
        {"currency": "CHF", "direction": "debit"},
    )
    reading = read(taught, row("18.09.2026", "Gutschrift von Anna Meier", "", "220.00"))
    assert (reading["amount"], reading["direction"]) == (Decimal("220.00"), "credit")


def test_a_turned_mark_beside_the_amount_outranks_a_cue_word_every_message_repeats():
    """The example's footer holds a direction word ("ontvangen": receive these alerts) that
    every message repeats; the next cell of the amount's row ("Af" / "Bij") is the payment's."""

    def row(description: str, amount: str, way: str) -> str:
        return (
            "Nieuwe transactie\nTransactiedatum\tOmschrijving\tBedrag\tAf/Bij\n"
            f"12-09-2026\t{description}\t€ {amount}\t{way}\n\n"
            "Wilt u deze meldingen niet meer ontvangen? Pas uw voorkeuren aan."
        )

    taught = taught_on(
        row("ALBERT HEIJN 1234", "135,86", "Af"),
        {"amount": Decimal("135.86")},
        {"currency": "EUR", "direction": "debit"},
    )
    assert read(taught, row("ZALANDO SE", "88,72", "Bij"))["direction"] == "credit"
    assert read(taught, row("JUMBO 77", "12,00", "Af"))["direction"] == "debit"


def test_another_word_where_the_example_had_its_direction_word_is_the_other_direction():
    """A format that reports both ways writes one fixed word for each: where the example's
    debit word ("debited") stood after the amount, a word the lexicon does not know is the
    credit's; one it knows says its own direction."""

    def alert(amount: str, verb: str) -> str:
        return f"Alert\nA/c XX4417: Rs.{amount} {verb} ok.\nInfo: UPI/SHOP\nThank you"

    taught = taught_on(
        alert("5,732.00", "debited"),
        {"amount": Decimal("5732.00")},
        {"currency": "INR", "direction": "debit"},
    )
    assert read(taught, alert("15,500.00", "jamaa"))["direction"] == "credit"
    assert read(taught, alert("120.00", "debited"))["direction"] == "debit"
    assert read(taught, alert("80.00", "withdrawn"))["direction"] == "debit"


def test_a_kind_lines_taught_direction_word_turned_over_in_one_correction():
    """One correction of a "Type: <word>" line whose word is a direction word of the lexicon
    ("Débito - Consumo", "Uttak"): another first word there ("Crédito - Pago de nómina", an
    unknown "Innskot") says the other direction, without a second correction."""

    def notice(kind: str, amount: str) -> str:
        return f"Aviso\nTipo de transacción:\t{kind}\nDetalle:\tSHOP\nMonto:\tRD$ {amount}\nGracias"

    taught = taught_on(
        notice("Débito - Consumo", "612.67"),
        {"amount": Decimal("612.67")},
        {"currency": "DOP", "direction": "debit"},
    )
    assert read(taught, notice("Crédito - Pago de nómina", "42,500.00"))["direction"] == "credit"
    assert read(taught, notice("Débito - Consumo", "10.00"))["direction"] == "debit"

    def varsel(kind: str, amount: str) -> str:
        return f"Varsel\nType:    {kind}\nBeløp:   kr {amount}\nTekst:   Butikk AS\nHelsing"

    taught = taught_on(
        varsel("Uttak", "3 121,21"),
        {"amount": Decimal("3121.21")},
        {"currency": "NOK", "direction": "debit"},
    )
    assert read(taught, varsel("Innskot", "5 800,00"))["direction"] == "credit"


def test_the_rules_name_runs_on_where_the_examples_words_after_the_name_are_gone():
    """Taught "SAFEWAY" before "#1743 SACRAMENTO": where a message has no "#" after the name,
    the template's place is cut by the example's width alone, and the rules' name that starts
    inside it and runs on along the line is the name (a stored reading keeps no spans)."""

    def alert(description: str, amount: str) -> str:
        return (
            f"Alert\nA deposit of ${amount} posted to your account ending in 0612.\n\n"
            f"Description: {description}\nDate: 09/04/2026\nThanks"
        )

    taught = taught_on(
        alert("SAFEWAY #1743 SACRAMENTO CA", "14.64"),
        {"amount": Decimal("14.64"), "merchant": "Safeway"},
        {"currency": "USD", "direction": "debit"},
    )
    text = alert("ZELLE FROM BRIAN TRAN", "390.00")
    base = ExtractionResult(
        is_transaction=True,
        amount=Decimal("390.00"),
        currency="USD",
        direction="credit",
        merchant="Brian Tran",
    )
    reading = T.apply(taught, text, SENDER, RECEIVED, base)
    assert reading is not None and reading.values["merchant"] == "Brian Tran"
    assert text[slice(*reading.spans["merchant"])] == "BRIAN TRAN"
    # The example's words after the name close it: the template's name stands.
    assert read(taught, alert("SAFEWAY #2001 DAVIS CA", "9.10"))["merchant"] == "Safeway"


def test_a_described_payments_kind_word_varies_before_the_same_separator():
    """Taught "Daraz" inside "ECOM - DARAZ.PK": the kind's word changes with the payment
    ("SALARY - SYSTEMS LIMITED"), the separator after it stands; the name is what follows it."""

    def notice(description: str, amount: str) -> str:
        return (
            f"Notice\nAccount: ****4821\nAmount: {amount} PKR\n"
            f"Details: {description}\nDate: 04-09-2026\nThanks"
        )

    taught = taught_on(
        notice("ECOM - DARAZ.PK", "23,815.97"),
        {"amount": Decimal("23815.97"), "merchant": "Daraz"},
        {"currency": "PKR", "direction": "debit"},
    )
    assert taught["layouts"][0]["fields"]["merchant"]["lead"] == ["ecom", "-"]
    salary = read(taught, notice("SALARY - SYSTEMS LIMITED", "185,000.00"))["merchant"]
    assert normalise_merchant(salary)[1] == normalise_merchant("Systems Limited")[1]
    assert read(taught, notice("ECOM - FOODPANDA", "900.00"))["merchant"] == "Foodpanda"


def test_a_legend_in_the_mail_gives_the_mark_after_the_amount_its_direction():
    """Taught on a deposit marked "(green)": the same format's "(red)" is money out, as the
    message's own legend says ("Amounts shown in red are withdrawals")."""

    def alert(amount: str, colour: str, description: str) -> str:
        return (
            "Account Activity Alert\n"
            f"  Description ........ {description}\n"
            f"  Amount ............. ${amount} ({colour})\n"
            "  Posted ............. 10/14/2026 2:30 PM\n\n"
            "Amounts shown in red are withdrawals. Amounts shown in green are deposits.\n"
        )

    taught = taught_on(
        alert("951.04", "green", "ACH DEP STATE OF ALASKA PFD"),
        {"amount": Decimal("951.04"), "merchant": "State of Alaska"},
        {"currency": "USD", "direction": "credit"},
    )
    assert read(taught, alert("207.77", "red", "POS ALASKA AIRLINES"))["direction"] == "debit"
    assert read(taught, alert("120.00", "green", "ACH DEP ACME CO"))["direction"] == "credit"


def test_an_amount_written_in_cents_without_a_separator_is_taught_and_read():
    """A cooperative's fixed-width notice writes amounts in cents, zero-padded ("VALORES EM
    CENTAVOS"): the person types 624.02, the template finds "000000062402" and reads the next
    message's "000000150000" as 1500.00."""

    def notice(cents: str, history: str) -> str:
        return (
            "AVISO DE LANCAMENTO\n"
            "DATAMOV  HRMV HISTORICO                          DOCTO     VALOR(C)  D/C\n"
            f"06102026 1126 {history:<32} 518982470 {cents}  D\n"
            "VALORES EM CENTAVOS, SEM SEPARADORES.\n"
        )

    text = notice("000000062402", "PAG BOLETO UNIMED")
    assert T.find_span(text, SENDER, RECEIVED, "amount", Decimal("624.02")) is not None
    taught = taught_on(
        text, {"amount": Decimal("624.02")}, {"currency": "BRL", "direction": "debit"}
    )
    assert read(taught, notice("000000150000", "SAQUE TERMINAL"))["amount"] == Decimal("1500.00")


def test_a_kind_word_changed_in_a_key_value_cell_is_no_longer_the_examples_direction():
    """Taught on a credit whose key=value line says "mhaka=YI NGHENILE" (it came in): a
    message whose cell says "YI HUMILE" reports another kind, so the example's direction is
    only a guess there, and the rules' reading decides."""

    def blob(kind: str, amount: str, party: str) -> str:
        return (
            "Ku ni ntirho lowu endliweke eka akhawunti ya wena:\n\n"
            f"akhawunti=****6208|mhaka={kind}|ntsengo={amount}MT|murhumeri={party}|"
            "siku=08-10-2026|nkarhi=11:42:34\n"
        )

    taught = taught_on(
        blob("YI NGHENILE", "18.506,24", "JOAO CHAUQUE"),
        {"amount": Decimal("18506.24"), "merchant": "Joao Chauque"},
        {"currency": "MZN", "direction": "credit"},
    )
    other = blob("YI HUMILE", "4.867,20", "FARMACIA MOZA")
    reading = T.apply(taught, other, SENDER, RECEIVED)
    assert reading is not None and "direction" in reading.unsure
    same_kind = T.apply(taught, blob("YI NGHENILE", "920,00", "ANA MACUACUA"), SENDER, RECEIVED)
    assert same_kind is not None and same_kind.values["direction"] == "credit"
    assert "direction" not in same_kind.unsure


def test_another_verb_after_the_amount_is_another_kind():
    """Taught on "Mbongo … FC me kota na konti" (came in): "… me basika na konti" (went out)
    is another kind, so the example's direction is only a guess there."""

    def notice(amount: str, verb: str, party: str) -> str:
        return (
            f"Mbote,\nMbongo {amount} FC me {verb} na konti na nge ****2217, {party}.\n"
            "Kilumbu: 05/10/2026 Ntangu: 15h38\n"
        )

    taught = taught_on(
        notice("1 005 150,00", "kota", "yo me katuka na NKENGE LUZOLO"),
        {"amount": Decimal("1005150.00"), "merchant": "NKENGE LUZOLO"},
        {"currency": "CDF", "direction": "credit"},
    )
    other = T.apply(taught, notice("135 750,00", "basika", "sambu na PHARMACIE"), SENDER, RECEIVED)
    assert other is not None and "direction" in other.unsure
    same = T.apply(taught, notice("20 000,00", "kota", "yo me katuka na MAVUNGU"), SENDER, RECEIVED)
    assert same is not None and "direction" not in same.unsure


def event_notice(kind: str, mark: str, minor: str, party: str) -> str:
    """A made-up US trust company's key=value notice: the D/C line is the only direction, and
    the message's own key spells it out ("dc D = debit, C = credit")."""
    return (
        "Account event\n-- PRAIRIE TRUST | account event --\n"
        f"evt.type={kind}\nevt.dc={mark}\nevt.amount={minor}\nevt.currency=USD\n"
        f"cpty.name={party}\n-- end --\n"
        "Key: dc D = debit (money out of the account), C = credit (money in)."
    )


def test_a_kind_lines_letter_the_messages_key_spells_out_gives_the_direction():
    # Taught on an ACH debit; a card purchase is still a debit (its "D"), a refund a credit,
    # though each names its kind by a code no lexicon knows.
    taught_text = event_notice("ACH_DEBIT", "D", "20.00", "EVERGY CENTRAL")
    values = {"amount": Decimal("20.00"), "currency": "USD", "direction": "debit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "EVERGY CENTRAL"}))
    purchase = event_notice("CARD_PURCHASE", "D", "4.35", "DILLONS")
    assert read(taught, purchase)["direction"] == "debit"
    refund = event_notice("CARD_REFUND", "C", "364.83", "TRACTOR SUPPLY")
    assert read(taught, refund)["direction"] == "credit"


def test_a_bracketed_mark_past_the_currency_is_spelled_out_by_the_key():
    # "2.230,17 TL (B)" under "(B): Borç – ... (A): Alacak – ...".
    text = (
        "İşlem Tutarı\t2.230,17 TL (B)\nBakiye\t379.487,44 TL (A)\n"
        "(B): Borç – hesabınızdan çıkan tutar. (A): Alacak – hesabınıza giren tutar."
    )
    start = text.index("2.230,17")
    assert T._legend_says_of_amount(text, (start, start + 8)) == "debit"
    credit = text.replace("TL (B)", "TL (A)", 1)
    assert T._legend_says_of_amount(credit, (start, start + 8)) == "credit"


def wallet_line(label: str, amount: str, party: str) -> str:
    """A made-up Angolan bank's alert in Kwanyama: only the amount's label says which way."""
    return (
        "Omutumwa wokamalifa\nOmutumba: Conta Nº ****2758\n"
        f"Oimaliwa ya {label}: {amount} Kz\nEfimbo: 06-10-2026 às 20:16\n"
        f"Omunhu / Ehangano: {party}\nOimaliwa ya fyaala: 2.464.963,83 Kz"
    )


def test_another_word_in_the_amounts_own_label_is_the_other_direction():
    taught_text = wallet_line("tumwa", "6.766,84", "UNITEL RECARGA")
    values = {"amount": Decimal("6766.84"), "currency": "AOA", "direction": "debit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "UNITEL RECARGA"}))
    credit = read(taught, wallet_line("tambulwa", "414.205,00", "SHIKONGO NANDJILA"))
    assert credit["direction"] == "credit"
    assert read(taught, wallet_line("tumwa", "1.200,00", "TV CABO"))["direction"] == "debit"


def bracket_row(amount: str, payee: str) -> str:
    """A made-up Occitan bank's table: debits in brackets, credits bare, and the header's own
    "(€)" in brackets too."""
    return (
        "Avís d'operacion\nCaissa de la Garona\nBonjorn,\nUna operacion es estada enregistrada.\n"
        "Compte\tData\tOra\tLibellat\tSoma (€)\n"
        f"Compte d'espargne ***1182\t04/10/2026\t11h11\t{payee}\t{amount}\n\n"
        "Sòlde disponible : 2 209,25 €\nReferéncia : OC261004742959\n"
        "Las somas entre parentèsis son de debits ; las autras, de credits."
    )


def test_a_bare_amount_is_read_where_the_example_was_in_brackets_and_the_header_is_too():
    taught_text = bracket_row("(24,30)", "CB CARREFOUR")
    values = {"amount": Decimal("24.30"), "currency": "EUR", "direction": "debit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "CB CARREFOUR"}))
    credit = read(taught, bracket_row("194,78", "VIR. DE JOAN BRUN"))
    assert (credit["amount"], credit["direction"]) == (Decimal("194.78"), "credit")


def ndebele_alert(word: str, amount: str, party: str) -> str:
    """A made-up bank's one-sentence alert: only the word before the amount says which way."""
    return (
        f"Umlayezo weakhawundi\niBhanga: Imali {word} R{amount} eakhawundeni ...7316 "
        f"ku-{party} ngo-03/10/2026 07h21. Ibhalansi R12 176,82."
    )


def test_another_word_right_before_the_amount_is_the_other_direction():
    taught_text = ndebele_alert("yangenako", "6 474,38", "MPUMALANGA EDUCATION")
    values = {"amount": Decimal("6474.38"), "currency": "ZAR", "direction": "credit"}
    taught = T.learn(
        None, taught_example(taught_text, {**values, "merchant": "MPUMALANGA EDUCATION"})
    )
    assert read(taught, ndebele_alert("yaphumako", "472,30", "CHECKERS"))["direction"] == "debit"
    assert read(taught, ndebele_alert("yangenako", "90,00", "SIPHO"))["direction"] == "credit"


def latin_notice(day: str, payee: str, amount: str) -> str:
    return (
        "Nuntius de motu rationis\nGenus\tACCEPTUM\n"
        f"Summa\tEUR {amount}\nA quo\t{payee}\nDies\tdie {day} mensis Octobris anno MMXXVI"
    )


def test_a_date_in_roman_numerals_is_no_other_kind_of_payment():
    taught_text = latin_notice("IV", "FRANCESCO ESPOSITO", "248,74")
    values = {"amount": Decimal("248.74"), "currency": "EUR", "direction": "credit"}
    taught = T.learn(
        None, taught_example(taught_text, {**values, "merchant": "FRANCESCO ESPOSITO"})
    )
    reading = T.apply(taught, latin_notice("XX", "CHIARA BIANCHI", "175,52"), SENDER, RECEIVED)
    assert reading is not None
    assert reading.values["direction"] == "credit"
    assert "direction" not in reading.unsure


def umsatz(kind: str, amount: str, mark: str, payee: str) -> str:
    """A made-up German cooperative bank's fixed-width notice: S/H after the amount, the key
    under it, and the entry's kind in the cell before the amount's column."""
    return (
        "Umsatzbenachrichtigung\n"
        "Buchungstag  Zeit   Vorgang                           Betrag EUR\n"
        f"14.10.2026   20:21  {kind:<34}{amount:>8} {mark}\n"
        f"                    {payee}\n"
        "Kontostand nach Buchung: 3.227,00 H\n"
        "S = Soll (Belastung), H = Haben (Gutschrift)"
    )


def test_a_tables_cell_before_the_amount_is_no_direction_word_and_the_key_spells_the_mark():
    taught_text = umsatz("Kartenzahlung girocard", "29,05", "S", "DM DROGERIE")
    values = {"amount": Decimal("29.05"), "currency": "EUR", "direction": "debit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "DM DROGERIE"}))
    cash = read(taught, umsatz("Auszahlung Geldautomat", "143,95", "S", "GA MARKTPLATZ"))
    assert cash["direction"] == "debit"
    salary = read(taught, umsatz("Gutschrift Ueberweisung", "799,15", "H", "MUELLER GMBH"))
    assert salary["direction"] == "credit"


def test_accounting_brackets_where_the_example_was_bare_are_the_other_way():
    # Taught on a credit written bare; a debit in brackets "(24,30)" is money out.
    taught_text = bracket_row("194,78", "VIR. DE JOAN BRUN")
    values = {"amount": Decimal("194.78"), "currency": "EUR", "direction": "credit"}
    taught = T.learn(None, taught_example(taught_text, {**values, "merchant": "VIR. DE JOAN BRUN"}))
    debit = read(taught, bracket_row("(24,30)", "CB CARREFOUR"))
    assert (debit["amount"], debit["direction"]) == (Decimal("24.30"), "debit")
