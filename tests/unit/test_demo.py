"""The demo mailbox: parses entirely, realistic mix, recurring payments, deterministic, CLI."""

import re
from collections import Counter
from datetime import UTC, date

import pytest

from app.demo import generate_demo_messages, generate_messages, write_mbox
from app.demo.__main__ import main
from app.mail.archive import iter_mbox
from app.mail.parse import parse_email

END = date(2024, 6, 30)
FACTS = re.compile(rb"^X-FinCoach-Demo: (.*)$", re.M)


def facts_of(raw: bytes) -> dict[str, str]:
    found = FACTS.search(raw)
    assert found, raw[:300]
    return dict(pair.split("=", 1) for pair in found[1].decode().split("; "))


def lakh_grouping(whole: str) -> str:
    """185000 -> 1,85,000"""
    if len(whole) <= 3:
        return whole
    head, tail = whole[:-3], whole[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        head, pair = head[:-2], head[-2:]
        pairs.insert(0, pair)
    return ",".join([head, *pairs, tail])


@pytest.fixture(scope="module")
def mailbox():
    raws = list(generate_messages(2400, months=6, seed=42, end=END))
    return [(raw, parse_email(raw), facts_of(raw)) for raw in raws]


def test_every_message_parses_with_text(mailbox):
    assert len(mailbox) == 2400
    for raw, parsed, _ in mailbox:
        assert parsed.text, raw[:400]
        assert parsed.sender and "@" in parsed.sender
        assert date(2023, 12, 31) <= parsed.received_at.astimezone(UTC).date() <= END


def test_senders_currencies_and_mix(mailbox):
    senders = Counter(parsed.sender for _, parsed, _ in mailbox)
    assert len(senders) >= 20
    currencies = Counter(facts.get("currency") for _, _, facts in mailbox)
    assert {"INR", "USD", "EUR", "GBP"} <= currencies.keys()
    assert all(currencies[code] >= 50 for code in ("INR", "USD", "EUR", "GBP"))
    not_transactions = sum(facts["transaction"] == "no" for _, _, facts in mailbox)
    assert 0.22 <= not_transactions / len(mailbox) <= 0.33
    kinds = Counter(facts["kind"] for _, _, facts in mailbox)
    expected = {
        "upi_debit",
        "upi_credit",
        "card_purchase",
        "atm_withdrawal",
        "salary",
        "refund",
        "subscription",
        "rent",
        "utility_bill",
        "order_receipt",
        "ride_receipt",
        "otp",
        "promotion",
        "statement",
        "payment_reminder",
        "newsletter",
    }
    assert expected <= kinds.keys()


def test_amounts_in_facts_appear_in_the_text(mailbox):
    for _, parsed, facts in mailbox:
        if facts["transaction"] == "yes" and "broken" not in facts:
            whole, cents = facts["amount"].split(".")
            grouped = f"{int(whole):,}"
            lakh = lakh_grouping(whole)
            assert any(f"{form}.{cents}" in parsed.text for form in (whole, grouped, lakh)), (
                facts,
                parsed.text,
            )


def test_mime_shapes_and_broken_messages(mailbox):
    shapes: Counter[str] = Counter()
    for raw, _, _ in mailbox:
        head = raw[: raw.index(b"\n\n")]
        if b"multipart/alternative" in head:
            shapes["alternative"] += 1
        elif b"text/html" in head:
            shapes["html"] += 1
        else:
            shapes["plain"] += 1
    assert min(shapes.values()) >= 100, shapes
    broken = Counter(facts.get("broken") for _, _, facts in mailbox)
    assert {"truncated", "unknown-charset", "mislabelled-charset", "no-message-id"} <= broken.keys()
    for raw, parsed, facts in mailbox:
        if facts.get("broken") == "no-message-id":
            assert parsed.message_id.endswith("@fincoach.synthetic>")
        if facts.get("broken") == "truncated":
            assert not raw.rstrip().endswith(b"--")
    message_ids = [parsed.message_id for _, parsed, _ in mailbox]
    assert len(set(message_ids)) == len(message_ids)


def test_subscriptions_recur_monthly_with_the_same_amount(mailbox):
    netflix = [
        (parsed.received_at, facts["amount"])
        for _, parsed, facts in mailbox
        if parsed.sender == "info@account.netflix.com"
    ]
    assert [moment.month for moment, _ in netflix] == [1, 2, 3, 4, 5, 6]
    assert {moment.day for moment, _ in netflix} == {7}
    assert {amount for _, amount in netflix} == {"649.00"}
    salaries = [facts for _, _, facts in mailbox if facts["kind"] == "salary"]
    assert len(salaries) == 6 and {facts["type"] for facts in salaries} == {"credit"}


def test_deterministic_for_a_seed():
    first = list(generate_messages(300, seed=7, end=END))
    assert first == list(generate_messages(300, seed=7, end=END))
    assert first != list(generate_messages(300, seed=8, end=END))


def test_start_date_and_count_are_respected():
    raws = list(generate_messages(50, start=date(2024, 3, 1), end=date(2024, 3, 31)))
    assert len(raws) == 50
    dates = {parse_email(raw).received_at.date() for raw in raws}
    assert min(dates) >= date(2024, 2, 29) and max(dates) <= date(2024, 4, 1)
    with pytest.raises(ValueError, match="empty"):
        list(generate_messages(5, start=date(2024, 3, 1), end=date(2024, 2, 1)))


def test_write_mbox_round_trips_through_the_mbox_reader(tmp_path):
    path = tmp_path / "demo" / "demo.mbox"
    assert write_mbox(path, count=1200, end=END) == 1200
    assert not list(tmp_path.glob("demo/*.partial"))
    read_back = [raw for _, raw in iter_mbox(path)]
    expected = [message.raw for message in generate_demo_messages(1200, end=END)]
    assert len(read_back) == 1200
    for got, want in zip(read_back, expected, strict=True):
        assert got.rstrip(b"\n") == want.rstrip(b"\n")
    assert any(b"\nFrom the archives:" in raw for raw in read_back)  # escaped, then unescaped


def test_cli(tmp_path, capsys):
    out = tmp_path / "cli.mbox"
    main(
        ["--out", str(out), "--count", "40", "--months", "2", "--seed", "3", "--end", "2024-06-30"]
    )
    assert "wrote 40 messages" in capsys.readouterr().out
    assert sum(1 for _ in iter_mbox(out)) == 40
