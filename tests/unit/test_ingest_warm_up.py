"""The rules' warm-up at worker start-up (app.ingest.extract.warm_up)."""

import logging

import pytest

from app.extraction import reader
from app.ingest import extract


def test_the_rules_read_the_warm_up_email(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger=extract.__name__):
        extract.warm_up()
    assert not caplog.records


def test_a_failing_rule_does_not_stop_the_start_up(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(email: object) -> None:
        raise ValueError("a rule bug")

    monkeypatch.setattr(reader, "extract", broken)
    with caplog.at_level(logging.ERROR, logger=extract.__name__):
        extract.warm_up()  # logged, not raised
    assert "warm-up" in caplog.text
