"""Categoriser A/B (issue #16): stable assignment that follows the admins' split, outcomes
recorded at ingest and resolved when the person keeps or changes a category, the admin report's
figures on a hand-made outcome set, and the embedding categoriser in the email worker: it
prefers the user's own examples over the seeds, and a known merchant costs no inference."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from app.categorization import embedding, experiments
from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_extraction_pipeline import _flatten, all_transactions, bank_alert, sync
from tests.ledger_helpers import rows

URL = "/api/v1/admin/categoriser-experiments"


# --- assignment -----------------------------------------------------------------------------


def test_assignment_is_stable_and_follows_the_split():
    users = [uuid.UUID(int=i * 7919 + 12345) for i in range(4000)]
    split = {"tfidf_lr": 30, "embedding_minilm": 70}
    first = [experiments.assign(u, split) for u in users]
    assert first == [experiments.assign(u, dict(split)) for u in users]  # same answer again
    share = first.count("embedding_minilm") / len(users)
    assert 0.67 < share < 0.73
    # Moving the split to 50/50 moves only users from the shrinking version to the growing one.
    second = [experiments.assign(u, {"tfidf_lr": 50, "embedding_minilm": 50}) for u in users]
    moved = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    assert moved and set(moved) == {("embedding_minilm", "tfidf_lr")}
    assert 0.47 < second.count("embedding_minilm") / len(users) < 0.53
    # No split, or only unknown names: everyone on the default version.
    assert {experiments.assign(u, None) for u in users[:50]} == {"tfidf_lr"}
    assert {experiments.assign(u, {"gpt9": 1}) for u in users[:50]} == {"tfidf_lr"}
    assert {experiments.assign(u, {"embedding_minilm": 1}) for u in users[:50]} == {
        "embedding_minilm"
    }


def test_wilson_interval_matches_hand_computed_values():
    # 8 of 10: p=0.8, z=1.96 → (0.4902, 0.9433) (Wilson 1927; checked by hand)
    low, high = experiments.wilson_interval(8, 10)
    assert round(low, 4) == 0.4902 and round(high, 4) == 0.9433
    assert experiments.wilson_interval(0, 0) is None
    low, high = experiments.wilson_interval(5, 5)
    assert high == 1.0 and round(low, 4) == 0.5655


async def test_admins_set_the_split_and_assignment_follows_it(client, make_user):
    admin = await make_user("root@example.com")
    someone = await make_user("someone@example.com")
    assert (await client.get(URL, headers=someone.headers)).status_code == 403
    response = await client.put(
        f"{URL}/split", json={"split": {"embedding_minilm": 1}}, headers=someone.headers
    )
    assert response.status_code == 403

    response = await client.put(
        f"{URL}/split", json={"split": {"tfidf_lr": 1, "bert": 2}}, headers=admin.headers
    )
    assert response.status_code == 400 and "bert" in response.json()["error"]["message"]
    response = await client.put(
        f"{URL}/split", json={"split": {"tfidf_lr": 0}}, headers=admin.headers
    )
    assert response.status_code == 400
    response = await client.put(
        f"{URL}/split",
        json={"split": {"tfidf_lr": 1, "embedding_minilm": 3}},
        headers=admin.headers,
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["split"] == {"tfidf_lr": 1, "embedding_minilm": 3}
    shares = {v["name"]: v["share"] for v in report["versions"]}
    assert shares == {"tfidf_lr": 0.25, "embedding_minilm": 0.75}


# --- outcomes and the report ------------------------------------------------------------------


async def test_the_report_on_a_hand_made_outcome_set(client, make_user, worker_ctx):
    admin = await make_user("root@example.com")
    uid = uuid.UUID(admin.user["id"])
    categories = (await client.get("/api/v1/categories", headers=admin.headers)).json()
    dining = next(c["id"] for c in _flatten(categories) if c["name"].lower() == "dining")
    old = datetime.now(UTC) - timedelta(days=30)
    now = datetime.now(UTC)
    # tfidf_lr: 6 kept by the person, 1 untouched for 30 days (counts as kept), 2 changed,
    # 1 untouched yesterday (not judged yet), 2 uncategorised. Latencies 1..12 ms.
    # embedding_minilm: 3 kept, 1 changed, 0 uncategorised. Latencies 2 ms each.
    plan = (
        [("tfidf_lr", dining, "kept", now)] * 6
        + [("tfidf_lr", dining, None, old)]
        + [("tfidf_lr", dining, "changed", now)] * 2
        + [("tfidf_lr", dining, None, now - timedelta(days=1))]
        + [("tfidf_lr", None, None, now)] * 2
        + [("embedding_minilm", dining, "kept", now)] * 3
        + [("embedding_minilm", dining, "changed", now)]
    )
    latencies = [*range(1, 13), 2, 2, 2, 2]
    async with worker_ctx.sessionmaker() as session, session.begin():
        for (version, shown, resolution, created), latency in zip(plan, latencies, strict=True):
            await session.execute(
                text(
                    "INSERT INTO categoriser_outcomes (id, user_id, version, shown_category_id,"
                    " latency_ms, resolution, created_at) VALUES (:id, :user, :version, :shown,"
                    " :latency, :resolution, :created)"
                ),
                {
                    "id": uuid.uuid4(),
                    "user": uid,
                    "version": version,
                    "shown": uuid.UUID(shown) if shown else None,
                    "latency": float(latency),
                    "resolution": resolution,
                    "created": created,
                },
            )
    response = await client.get(URL, headers=admin.headers)
    assert response.status_code == 200, response.text
    versions = {v["name"]: v for v in response.json()["versions"]}
    tfidf, emb = versions["tfidf_lr"], versions["embedding_minilm"]
    assert (tfidf["outcomes"], tfidf["categorised"], tfidf["uncategorised"]) == (12, 10, 2)
    assert (tfidf["kept"], tfidf["changed"], tfidf["judged"]) == (7, 2, 9)
    assert tfidf["accuracy"] == pytest.approx(7 / 9)
    # Wilson, 7 of 9, z=1.96, by hand: (0.4526, 0.9368)
    assert tfidf["accuracy_low"] == pytest.approx(0.4526, abs=1e-4)
    assert tfidf["accuracy_high"] == pytest.approx(0.9368, abs=1e-4)
    assert tfidf["coverage"] == pytest.approx(10 / 12)
    assert tfidf["uncategorised_share"] == pytest.approx(2 / 12)
    assert tfidf["latency_mean_ms"] == pytest.approx(6.5)
    assert tfidf["latency_p95_ms"] == pytest.approx(11.45)  # percentile_cont over 1..12
    assert (emb["kept"], emb["changed"], emb["accuracy"]) == (3, 1, 0.75)
    assert emb["coverage"] == 1.0 and emb["users"] == 1

    # The same figures in /metrics (the test client comes from this host).
    metrics = (await client.get("/metrics")).text
    assert 'fincoach_categoriser_accuracy{version="embedding_minilm"} 0.75' in metrics
    assert 'fincoach_categoriser_outcomes{version="tfidf_lr"} 12.0' in metrics


# --- through the email worker ---------------------------------------------------------------


async def _use(client, admin, version):
    response = await client.put(f"{URL}/split", json={"split": {version: 1}}, headers=admin.headers)
    assert response.status_code == 200, response.text


async def test_outcomes_are_recorded_at_ingest_and_resolved_on_keep_or_change(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    admin = await make_user("root@example.com")
    await _use(client, admin, "embedding_minilm")
    uid = uuid.UUID(admin.user["id"])
    base = datetime.now(UTC) - timedelta(days=5)
    mail = [
        bank_alert(f"<o{i}@hdfc>", base + timedelta(hours=i), f"7100000000{i:02d}", payee)
        for i, payee in enumerate(["ZOMATO", "ZOMATO", "BOOKMYSHOW", "EMILY CARTER"])
    ]
    await mbox_account(settings, session_factory, uid, mail)
    await sync(client, admin, run_email_jobs)
    txns = await all_transactions(client, admin.headers)
    assert len(txns) == 4
    outcomes = await rows(
        worker_ctx,
        "SELECT transaction_id, version, shown_category, resolution, latency_ms"
        " FROM categoriser_outcomes",
    )
    assert len(outcomes) == 4 and {o.version for o in outcomes} == {"embedding_minilm"}
    assert all(o.latency_ms > 0 and o.resolution is None for o in outcomes)
    shown = {o.transaction_id: o.shown_category for o in outcomes}

    def payee(t):
        return t["transactor_name"].upper().replace(" ", "")

    by_payee = {payee(t): t for t in txns}
    zomatos = [t for t in txns if payee(t) == "ZOMATO"]
    assert {shown[uuid.UUID(t["id"])] for t in zomatos} == {"Dining"}
    assert shown[uuid.UUID(by_payee["BOOKMYSHOW"]["id"])] == "Entertainment"
    assert shown[uuid.UUID(by_payee["EMILYCARTER"]["id"])] is None  # a person: nothing near it

    categories = (await client.get("/api/v1/categories", headers=admin.headers)).json()
    groceries = next(c["id"] for c in _flatten(categories) if c["name"].lower() == "groceries")
    kept, changed = zomatos
    for txn, category in ((kept, kept["category_id"]), (changed, groceries)):
        response = await client.patch(
            f"/api/v1/transactions/{txn['id']}",
            json={"category_id": category},
            headers=admin.headers,
        )
        assert response.status_code == 200, response.text
    # A second change later does not rewrite the first verdict.
    await client.patch(
        f"/api/v1/transactions/{kept['id']}", json={"category_id": groceries}, headers=admin.headers
    )
    resolved = dict(
        await rows(
            worker_ctx,
            "SELECT transaction_id, resolution FROM categoriser_outcomes"
            " WHERE resolution IS NOT NULL",
        )
    )
    assert resolved == {uuid.UUID(kept["id"]): "kept", uuid.UUID(changed["id"]): "changed"}

    report = {
        v["name"]: v for v in (await client.get(URL, headers=admin.headers)).json()["versions"]
    }
    emb = report["embedding_minilm"]
    assert (emb["outcomes"], emb["uncategorised"], emb["kept"], emb["changed"]) == (4, 1, 1, 1)
    assert emb["latency_mean_ms"] > 0
    assert report["tfidf_lr"]["outcomes"] == 0


async def test_embedding_categoriser_prefers_the_users_examples_and_caches_each_merchant(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    admin = await make_user("root@example.com")
    await _use(client, admin, "embedding_minilm")
    uid = uuid.UUID(admin.user["id"])
    base = datetime.now(UTC) - timedelta(days=20)
    first = [
        bank_alert(f"<e{i}@hdfc>", base + timedelta(days=i), f"7200000000{i:02d}", "ZOMATO")
        for i in range(3)
    ]
    await mbox_account(settings, session_factory, uid, first)
    await sync(client, admin, run_email_jobs)
    txns = await all_transactions(client, admin.headers)
    assert {t["category_name"] for t in txns} == {"Dining"}  # the seeds' answer
    # The merchant's vector is kept on its transactor, made by the current model.
    [(stored_model, size)] = await rows(
        worker_ctx,
        "SELECT embedding_model, length(embedding) FROM transactors WHERE key = 'zomato'",
    )
    assert stored_model == embedding.EMBEDDING_MODEL and size == embedding.DIMENSIONS * 4

    categories = (await client.get("/api/v1/categories", headers=admin.headers)).json()
    groceries = next(c["id"] for c in _flatten(categories) if c["name"].lower() == "groceries")
    for txn in txns:  # the person says: Zomato is groceries for me
        response = await client.patch(
            f"/api/v1/transactions/{txn['id']}",
            json={"category_id": groceries},
            headers=admin.headers,
        )
        assert response.status_code == 200

    # No retraining needed: the next mail uses the corrections at once, and the known merchant
    # is a lookup: nothing goes through the model (counted, not timed).
    inferences = embedding.model().texts_embedded
    later = [
        bank_alert(f"<f{i}@hdfc>", base + timedelta(days=10 + i), f"8200000000{i:02d}", "ZOMATO")
        for i in range(2)
    ]
    await mbox_account(settings, session_factory, uid, first + later)
    await sync(client, admin, run_email_jobs)
    assert embedding.model().texts_embedded == inferences
    new = [
        t
        for t in await all_transactions(client, admin.headers)
        if t["id"] not in {x["id"] for x in txns}
    ]
    assert len(new) == 2
    assert all(t["category_id"] == groceries and t["category_source"] == "model" for t in new)

    # A new merchant is embedded once; its next transaction is a lookup again.
    more = [bank_alert("<g1@hdfc>", base + timedelta(days=15), "830000000001", "BOOKMYSHOW")]
    await mbox_account(settings, session_factory, uid, first + later + more)
    await sync(client, admin, run_email_jobs)
    assert embedding.model().texts_embedded == inferences + 1
    again = [bank_alert("<g2@hdfc>", base + timedelta(days=16), "830000000002", "BOOKMYSHOW")]
    await mbox_account(settings, session_factory, uid, first + later + more + again)
    await sync(client, admin, run_email_jobs)
    assert embedding.model().texts_embedded == inferences + 1
