"""Security matrix: cross-user access to every id-taking endpoint, tampered tokens, refresh-token
reuse, code brute force, login rate limit, and no secrets in the logs."""

import logging
import re
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pyotp
import pytest
from httpx import AsyncClient
from sqlalchemy import update

from app.core.security import create_token
from app.ingest.sync import sync_account
from app.models import ApiToken
from tests import statement_pdfs
from tests.factories import PASSWORD, SignedIn
from tests.mail_helpers import alert, mbox_bytes, uow_of
from tests.pdf_helpers import with_password

V1 = "/api/v1"
MARKER = "ZEBRA-SECRET-MERCHANT"  # only in the first user's data: must never reach the second


async def _ok(response: Any, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json()


async def _owner_resources(
    client: AsyncClient, owner: SignedIn, settings: Any, session_factory: Any
) -> dict[str, str]:
    """One of everything the owner can have, created through the API (and one real sync)."""
    h = owner.headers
    ids: dict[str, str] = {"user_id": owner.user["id"]}
    category = await _ok(
        await client.post(f"{V1}/categories", json={"name": f"{MARKER} cat"}, headers=h)
    )
    ids["category_id"] = category["id"]
    account = await _ok(
        await client.post(f"{V1}/accounts", json={"name": f"{MARKER} bank"}, headers=h)
    )
    ids["ledger_account_id"] = account["id"]
    qif = f"!Type:Bank\nD03/02/2026\nT-1.00\nP{MARKER}\n^\n".encode()
    statement = await _ok(
        await client.post(
            f"{V1}/statements",
            files={"file": ("owner.qif", qif)},
            data={"account_id": account["id"]},
            headers=h,
        )
    )
    ids["statement_id"] = statement["id"]
    txn = await _ok(
        await client.post(
            f"{V1}/transactions",
            json={
                "amount": "42.00",
                "type": "debit",
                "occurred_at": datetime.now(UTC).isoformat(),
                "description": MARKER,
                "merchant": MARKER,
                "category_id": category["id"],
                "account_id": account["id"],
            },
            headers=h,
        )
    )
    ids["transaction_id"] = txn["id"]
    attachment = await _ok(
        await client.post(
            f"{V1}/transactions/{txn['id']}/attachments",
            files={"file": ("owner.pdf", b"%PDF-1.4\n" + MARKER.encode(), "application/pdf")},
            headers=h,
        )
    )
    ids["attachment_id"] = attachment["id"]
    assert txn["transactor_id"], txn
    ids["transactor_id"] = txn["transactor_id"]
    rule = await _ok(
        await client.post(
            f"{V1}/category-rules",
            json={"category_id": category["id"], "description_pattern": MARKER},
            headers=h,
        )
    )
    ids["rule_id"] = rule["id"]
    budget = await _ok(
        await client.post(
            f"{V1}/budgets", json={"category_id": category["id"], "amount": "100"}, headers=h
        )
    )
    ids["budget_id"] = budget["id"]
    goal = await _ok(
        await client.post(
            f"{V1}/goals", json={"name": f"{MARKER} goal", "target_amount": "1000"}, headers=h
        )
    )
    ids["goal_id"] = goal["id"]
    contribution = await _ok(
        await client.post(f"{V1}/goals/{goal['id']}/contributions", json={"amount": "5"}, headers=h)
    )
    ids["contribution_id"] = contribution["id"]
    raw = alert(f"{MARKER} debit alert", datetime.now(UTC) - timedelta(days=1))
    upload = await _ok(
        await client.post(
            f"{V1}/connected-accounts/upload?filename=owner.mbox",
            content=mbox_bytes([raw]),
            headers=h,
        )
    )
    ids["connected_account_id"] = upload["id"]
    await sync_account(uow_of(session_factory), settings, uuid.UUID(upload["id"]), "initial")
    emails = await _ok(await client.get(f"{V1}/emails", headers=h), 200)
    assert emails["items"], emails
    ids["email_id"] = emails["items"][0]["id"]
    jobs = await _ok(await client.get(f"{V1}/jobs", headers=h), 200)
    assert jobs["items"], jobs
    ids["job_id"] = jobs["items"][0]["id"]
    ids["role_id"] = "1"
    senders = await _ok(await client.get(f"{V1}/senders", headers=h), 200)
    ids["sender_id"] = senders["items"][0]["id"]
    ids["item_id"] = await _review_item(session_factory, owner, ids["email_id"])
    api_token = await _ok(
        await client.post(f"{V1}/api-tokens", json={"name": MARKER, "scope": "write"}, headers=h)
    )
    ids["token_id"] = api_token["id"]
    return ids


async def _review_item(session_factory: Any, owner: SignedIn, email_id: str) -> str:
    """A review item of the owner's (ingest raises them; this sync extracted nothing)."""
    from app.models import ReviewItem

    async with session_factory() as session, session.begin():
        item = ReviewItem(
            user_id=uuid.UUID(owner.user["id"]),
            reason="missed_money",
            detail=MARKER,
            fields=[],
            email_id=uuid.UUID(email_id),
            status="open",
        )
        session.add(item)
        await session.flush()
        return str(item.id)


def _param_value(path: str, name: str, ids: dict[str, str]) -> str:
    if name == "account_id":
        key = "connected_account_id" if "/connected-accounts/" in path else "ledger_account_id"
        return ids[key]
    if name == "sender":  # a statement password is the user's own, kept by sender address
        return "statements@bank.example"
    return ids[name]


BODIES: dict[tuple[str, str], Any] = {
    ("post", "/api/v1/categories/{category_id}/merge"): "into_own_category",
    ("post", "/api/v1/transactors/{transactor_id}/merge"): {"source_ids": [str(uuid.uuid4())]},
    ("post", "/api/v1/goals/{goal_id}/contributions"): {"amount": "1"},
    ("patch", "/api/v1/budgets/{budget_id}"): {"amount": "1"},
    ("patch", "/api/v1/transactions/{transaction_id}"): {"notes": "x"},
    ("patch", "/api/v1/categories/{category_id}"): {"name": "stolen"},
    ("patch", "/api/v1/category-rules/{rule_id}"): {"priority": 1},
    ("patch", "/api/v1/transactors/{transactor_id}"): {"name": "stolen"},
    ("patch", "/api/v1/accounts/{account_id}"): {"name": "stolen"},
    ("patch", "/api/v1/goals/{goal_id}"): {"name": "stolen"},
    ("patch", "/api/v1/users/{user_id}"): {"full_name": "stolen"},
    ("patch", "/api/v1/roles/{role_id}"): {"description": "stolen"},
    ("post", "/api/v1/connected-accounts/{account_id}/sync"): {},
    ("post", "/api/v1/review/{item_id}"): {"action": "confirm"},
    ("post", "/api/v1/emails/{email_id}/correction"): {"action": "not_transaction"},
    ("put", "/api/v1/transactions/{transaction_id}/splits"): {"splits": []},
    ("post", "/api/v1/accounts/{account_id}/merge"): {"into_id": str(uuid.uuid4())},
    ("put", "/api/v1/analytics/recurring/{transactor_id}/state"): {
        "currency": "INR",
        "state": "dismissed",
    },
}

# Operations with a required query parameter: given a valid one.
QUERIES: dict[tuple[str, str], str] = {
    ("delete", "/api/v1/analytics/recurring/{transactor_id}/state"): "?currency=INR",
}

# Operations that take a file (multipart) rather than JSON: sent a harmless one.
FILES: dict[tuple[str, str], Any] = {
    ("post", "/api/v1/transactions/{transaction_id}/attachments"): {
        "file": ("x.pdf", b"%PDF-1.4\n", "application/pdf")
    },
}


def _id_operations(settings: Any) -> list[tuple[str, str, list[str]]]:
    """(method, path template, path parameter names) of every operation taking an id, from the
    app's own route table (as published in its OpenAPI document)."""
    from app.api.app import create_application

    operations = []
    for path, methods in create_application(settings).openapi()["paths"].items():
        names = re.findall(r"{(\w+)}", path)
        if not names:
            continue
        for method in methods:
            operations.append((method, path, names))
    return operations


async def test_second_user_cannot_reach_first_users_ids(
    client, settings, session_factory, make_user
):
    owner = await make_user("owner@example.com")
    intruder = await make_user("intruder@example.com")
    assert intruder.user["role"] == "user"
    ids = await _owner_resources(client, owner, settings, session_factory)
    own_category = await _ok(
        await client.post(f"{V1}/categories", json={"name": "mine"}, headers=intruder.headers)
    )

    operations = _id_operations(settings)
    covered = {name for _, _, names in operations for name in names}
    assert {
        "transaction_id",
        "category_id",
        "rule_id",
        "transactor_id",
        "account_id",
        "budget_id",
        "goal_id",
        "email_id",
        "job_id",
        "user_id",
        "token_id",
    } <= covered
    before = {
        key: (await client.get(url, headers=owner.headers)).json()
        for key, url in _owner_urls(ids).items()
    }

    checked = []
    for method, template, names in operations:
        url = template
        for name in names:
            url = url.replace("{" + name + "}", _param_value(template, name, ids))
        url += QUERIES.get((method, template), "")
        body = BODIES.get((method, template))
        if body == "into_own_category":
            body = {"into_id": own_category["id"]}
        files = FILES.get((method, template))
        if body is None and files is None and method in ("post", "put", "patch"):
            body = {}
        response = await client.request(
            method.upper(),
            url,
            headers=intruder.headers,
            json=body if body is not None else None,
            files=files,
        )
        assert response.status_code in (403, 404), (
            method,
            url,
            response.status_code,
            response.text,
        )
        assert response.json()["error"]["code"] in ("not_found", "forbidden"), response.text
        assert MARKER not in response.text and owner.email not in response.text, response.text
        checked.append((method, template))
    assert len(checked) >= 40

    # Ids smuggled in request bodies are not followed either.
    smuggled = [
        (
            "POST",
            f"{V1}/transactions",
            {
                "amount": "1",
                "type": "debit",
                "occurred_at": datetime.now(UTC).isoformat(),
                "category_id": ids["category_id"],
            },
        ),
        (
            "POST",
            f"{V1}/transactions",
            {
                "amount": "1",
                "type": "debit",
                "occurred_at": datetime.now(UTC).isoformat(),
                "account_id": ids["ledger_account_id"],
            },
        ),
        ("POST", f"{V1}/budgets", {"category_id": ids["category_id"], "amount": "1"}),
        (
            "POST",
            f"{V1}/category-rules",
            {"category_id": ids["category_id"], "description_pattern": "x"},
        ),
        ("POST", f"{V1}/categories/{own_category['id']}/merge", {"into_id": ids["category_id"]}),
        ("POST", f"{V1}/categories", {"name": "child", "parent_id": ids["category_id"]}),
    ]
    for method, url, body in smuggled:
        response = await client.request(method, url, headers=intruder.headers, json=body)
        assert response.status_code in (400, 403, 404, 422), (url, body, response.text)
        assert MARKER not in response.text
    bulk = await client.post(
        f"{V1}/transactions/bulk-recategorise",
        json={"ids": [ids["transaction_id"]], "category_id": None},
        headers=intruder.headers,
    )
    assert bulk.status_code in (404, 200), bulk.text
    if bulk.status_code == 200:
        assert bulk.json()["updated"] == 0

    # The intruder's lists show nothing of the owner's.
    for url in (
        "/transactions",
        "/categories",
        "/category-rules",
        "/transactors",
        "/accounts",
        "/budgets",
        "/goals",
        "/emails",
        "/connected-accounts",
        "/jobs",
        "/api-tokens",
    ):
        listing = await client.get(f"{V1}{url}", headers=intruder.headers)
        assert listing.status_code == 200, listing.text
        assert MARKER not in listing.text and not any(
            v in listing.text for v in ids.values() if len(v) > 8
        ), url

    # Nothing of the owner's changed.
    after = {
        key: (await client.get(url, headers=owner.headers)).json()
        for key, url in _owner_urls(ids).items()
    }
    assert after == before


def _owner_urls(ids: dict[str, str]) -> dict[str, str]:
    return {
        "transaction": f"{V1}/transactions/{ids['transaction_id']}",
        "category": f"{V1}/categories/{ids['category_id']}",
        "rule": f"{V1}/category-rules/{ids['rule_id']}",
        "transactor": f"{V1}/transactors/{ids['transactor_id']}",
        "account": f"{V1}/accounts/{ids['ledger_account_id']}",
        "budget": f"{V1}/budgets/{ids['budget_id']}",
        "goal": f"{V1}/goals/{ids['goal_id']}",
        "contributions": f"{V1}/goals/{ids['goal_id']}/contributions",
        "email": f"{V1}/emails/{ids['email_id']}",
        "connected": f"{V1}/connected-accounts/{ids['connected_account_id']}",
        "api_tokens": f"{V1}/api-tokens",
        "statement": f"{V1}/statements/{ids['statement_id']}",
        "attachments": f"{V1}/transactions/{ids['transaction_id']}/attachments",
    }


SAMPLE_ENDPOINTS = [
    ("GET", f"{V1}/users/me"),
    ("GET", f"{V1}/transactions"),
    ("POST", f"{V1}/categories"),
    ("GET", f"{V1}/jobs"),
    ("GET", f"{V1}/analytics/summary"),
    ("POST", f"{V1}/connected-accounts/imap"),
    ("POST", "/api/auth/logout-all"),
    ("GET", f"{V1}/users/me/totp"),
    ("POST", f"{V1}/users/me/totp"),
    ("POST", f"{V1}/users/me/totp/confirm"),
    ("DELETE", f"{V1}/users/me/totp"),
    ("GET", f"{V1}/site-settings"),
]


@pytest.mark.parametrize(
    "mangle",
    [
        "alg_none",
        "wrong_key",
        "expired",
        "refresh_as_access",
        "no_type",
        "unknown_user",
        "older_version",
    ],
)
async def test_tampered_tokens_are_401_everywhere(client, settings, mangle, make_user):
    user = await make_user(f"{mangle}@example.com")
    sub = user.user["id"]
    far = int((datetime.now(UTC) + timedelta(days=1)).timestamp())
    token = {
        "alg_none": jwt.encode({"sub": sub, "type": "access", "exp": far}, None, algorithm="none"),
        "wrong_key": jwt.encode(
            {"sub": sub, "type": "access", "exp": far}, "x" * 40, algorithm="HS256"
        ),
        "expired": create_token(
            settings, subject=sub, token_type="access", expires_in=timedelta(seconds=-5)
        ),
        "refresh_as_access": user.refresh_token,
        "no_type": jwt.encode({"sub": sub, "exp": far}, settings.secret_key, algorithm="HS256"),
        "unknown_user": create_token(
            settings, subject=str(uuid.uuid4()), token_type="access", expires_in=timedelta(hours=1)
        ),
        "older_version": create_token(  # from before a sign-out everywhere
            settings, subject=sub, token_type="access", expires_in=timedelta(hours=1), version=-1
        ),
    }[mangle]
    await _refused_everywhere(
        client,
        token,
        SAMPLE_ENDPOINTS,
        {"invalid_token", "token_expired", "session_revoked", "unauthorized"},
    )


async def _refused_everywhere(client, token: str, endpoints, codes: set[str]) -> None:
    for method, url in endpoints:
        response = await client.request(
            method, url, headers={"Authorization": f"Bearer {token}"}, json={}
        )
        assert response.status_code == 401, (url, response.text)
        assert response.json()["error"]["code"] in codes, (url, response.text)


@pytest.mark.parametrize("mangle", ["unknown", "truncated", "revoked", "expired", "jwt_prefixed"])
async def test_tampered_api_tokens_are_401_everywhere(client, mangle, make_user, session_factory):
    user = await make_user(f"api-{mangle}@example.com")
    created = await client.post(
        f"{V1}/api-tokens", json={"name": mangle, "scope": "admin"}, headers=user.headers
    )
    assert created.status_code == 201, created.text
    secret = created.json()["token"]
    if mangle == "revoked":
        revoked = await client.delete(
            f"{V1}/api-tokens/{created.json()['id']}", headers=user.headers
        )
        assert revoked.status_code == 204
    if mangle == "expired":
        async with session_factory() as session, session.begin():
            await session.execute(
                update(ApiToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
            )
    token = {
        "unknown": "fct_" + secrets.token_urlsafe(32),
        "truncated": secret[:-1],
        "revoked": secret,
        "expired": secret,
        "jwt_prefixed": "fct_" + user.access_token,  # an access token is not an API token
    }[mangle]
    endpoints = [*SAMPLE_ENDPOINTS, ("GET", f"{V1}/api-tokens"), ("GET", f"{V1}/users")]
    await _refused_everywhere(
        client, token, endpoints, {"invalid_token", "token_expired", "token_revoked"}
    )


async def test_an_access_token_is_not_a_refresh_token(client, make_user):
    user = await make_user("swap@example.com")
    response = await client.post("/api/auth/refresh", json={"refresh_token": user.access_token})
    assert response.status_code == 401


async def test_refresh_token_reuse_revokes_the_family(client, make_user):
    user = await make_user("family@example.com")
    other_login = await client.post(
        "/api/auth/login", data={"username": user.email, "password": PASSWORD}
    )
    other = other_login.json()["refresh_token"]  # another sign-in: another family
    tokens = [user.refresh_token]
    for _ in range(3):
        rotated = await client.post("/api/auth/refresh", json={"refresh_token": tokens[-1]})
        assert rotated.status_code == 200
        tokens.append(rotated.json()["refresh_token"])
    replay = await client.post("/api/auth/refresh", json={"refresh_token": tokens[1]})
    assert replay.status_code == 401
    for token in tokens:
        dead = await client.post("/api/auth/refresh", json={"refresh_token": token})
        assert dead.status_code == 401
    # The other sign-in's family is untouched.
    assert (
        await client.post("/api/auth/refresh", json={"refresh_token": other})
    ).status_code == 200


async def test_code_brute_force_is_locked_out(client, smtp, run_base_jobs):
    await client.post(
        "/api/auth/register", json={"email": "brute@example.com", "password": PASSWORD}
    )
    await run_base_jobs()
    code = smtp.latest_code("brute@example.com")
    statuses = []
    for guess in range(12):
        candidate = f"{guess:06d}"
        if candidate == code:
            continue
        response = await client.post(
            "/api/auth/verify-otp", json={"email": "brute@example.com", "code": candidate}
        )
        statuses.append(response.status_code)
    assert 200 not in statuses
    assert statuses[:4] == [400] * 4 and all(s in (400, 429) for s in statuses[4:])
    assert 429 in statuses
    late = await client.post(
        "/api/auth/verify-otp", json={"email": "brute@example.com", "code": code}
    )
    assert late.status_code in (400, 429)
    login = await client.post(
        "/api/auth/login", data={"username": "brute@example.com", "password": PASSWORD}
    )
    assert login.status_code == 403  # still unverified


async def test_login_rate_limit_per_email_and_per_client(client, settings, make_user, cache):
    await make_user("limited@example.com")
    limit = settings.login_rate_limit
    statuses = [
        (
            await client.post(
                "/api/auth/login", data={"username": "limited@example.com", "password": "wrong"}
            )
        ).status_code
        for _ in range(limit + 1)
    ]
    assert statuses[:limit] == [401] * limit and statuses[limit] == 429
    # Even the right password is refused while limited.
    right = await client.post(
        "/api/auth/login", data={"username": "limited@example.com", "password": PASSWORD}
    )
    assert right.status_code == 429 and int(right.headers["Retry-After"]) > 0
    # Spraying many addresses from one client hits the per-client limit.
    spray = [
        (
            await client.post(
                "/api/auth/login", data={"username": f"s{i}@example.com", "password": "x"}
            )
        ).status_code
        for i in range(limit * 3)
    ]
    assert 429 in spray


async def test_a_forged_forwarded_for_does_not_escape_the_per_client_limit(
    live_server, settings, cache
):
    """Under the API as `make run` starts it, X-Forwarded-For from a local peer is not believed
    unless FORWARDED_ALLOW_IPS names it: a client cannot claim a new address per attempt."""
    await cache.delete(*await cache.keys("ratelimit:*") or ["-"])
    async with AsyncClient(base_url=live_server, timeout=30) as http:
        statuses = [
            (
                await http.post(
                    "/api/auth/login",
                    data={"username": f"forged{i}@example.com", "password": "x"},
                    headers={"X-Forwarded-For": f"203.0.113.{i % 250 + 1}"},
                )
            ).status_code
            for i in range(settings.login_rate_limit * 3 + 1)  # the per-client cap is 3x
        ]
    assert 429 in statuses, statuses


async def test_no_secret_reaches_the_logs(
    client_for, imap_settings, imap_login, smtp, run_base_jobs, caplog
):
    caplog.set_level(logging.DEBUG)
    async with client_for(imap_settings) as client:
        # The app factory reconfigures logging (basicConfig(force=True) drops caplog's handler).
        root = logging.getLogger()
        root.addHandler(caplog.handler)
        caplog.set_level(logging.DEBUG)
        email = "secretive@example.com"
        register = await client.post(
            "/api/auth/register", json={"email": email, "password": PASSWORD}
        )
        assert register.status_code == 202
        await run_base_jobs()
        code = smtp.latest_code(email)
        verified = await client.post("/api/auth/verify-otp", json={"email": email, "code": code})
        assert verified.status_code == 200
        login = await client.post("/api/auth/login", data={"username": email, "password": PASSWORD})
        tokens = login.json()
        # Two-factor sign-in on, then a sign-in with a recovery code.
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        enrolment = (await client.post("/api/v1/users/me/totp", headers=headers)).json()
        totp_secret = enrolment["secret"]
        confirmed = await client.post(
            "/api/v1/users/me/totp/confirm",
            json={"code": pyotp.TOTP(totp_secret).now()},
            headers=headers,
        )
        recovery = confirmed.json()["recovery_codes"]
        challenge = await client.post(
            "/api/auth/login", data={"username": email, "password": PASSWORD}
        )
        second = await client.post(
            "/api/auth/login/totp",
            json={"challenge": challenge.json()["challenge"], "code": recovery[0]},
        )
        assert second.status_code == 200, second.text
        refreshed = await client.post(
            "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert refreshed.status_code == 200
        new = refreshed.json()
        headers = {"Authorization": f"Bearer {new['access_token']}"}
        made = await client.post(
            "/api/v1/api-tokens", json={"name": "logs", "scope": "write"}, headers=headers
        )
        assert made.status_code == 201, made.text
        api_token = made.json()["token"]
        used = await client.get(
            "/api/v1/users/me", headers={"Authorization": f"Bearer {api_token}"}
        )
        assert used.status_code == 200
        added = await client.post(
            "/api/v1/connected-accounts/imap",
            json={**imap_login.account_settings(), "password": imap_login.password},
            headers=headers,
        )
        assert added.status_code == 201, added.text
        wrong = await client.post(
            "/api/v1/connected-accounts/imap",
            json={
                **imap_login.account_settings(),
                "username": "x" + imap_login.username,
                "password": "wrong-imap-secret-123",
            },
            headers=headers,
        )
        assert wrong.status_code in (400, 409)
        # A PDF statement's password: a wrong one, then the right one kept for its sender.
        locked = with_password(statement_pdfs.uk_current_account()[0], "pdf-statement-secret-77")
        for given in ("wrong-pdf-secret-55", "pdf-statement-secret-77"):
            await client.post(
                "/api/v1/statements",
                files={"file": ("statement.pdf", locked)},
                data={"password": given, "remember_for_sender": "bank@example.com"},
                headers=headers,
            )
        kept = await client.put(
            "/api/v1/statements/passwords",
            json={"sender": "bank@example.com", "password": "pdf-statement-secret-77"},
            headers=headers,
        )
        assert kept.status_code == 200, kept.text
    text = (
        "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
        + caplog.text
    )
    assert caplog.records, "nothing was logged at DEBUG: the check would be vacuous"
    secrets = {
        "password": PASSWORD,
        "otp code": code,
        "refresh token": tokens["refresh_token"],
        "rotated refresh token": new["refresh_token"],
        "access token": new["access_token"],
        "api token": api_token,
        "imap password": imap_login.password,
        "wrong imap password": "wrong-imap-secret-123",
        "totp secret": totp_secret,
        "totp challenge": challenge.json()["challenge"],
        "recovery code": recovery[0],
        "unused recovery code": recovery[1],
        "second-factor access token": second.json()["access_token"],
        "pdf statement password": "pdf-statement-secret-77",
        "wrong pdf statement password": "wrong-pdf-secret-55",
    }
    leaked = [name for name, value in secrets.items() if value in text]
    assert not leaked, leaked


@pytest.mark.parametrize(
    ("logger", "message", "args"),
    [
        ("uvicorn.error", '%s - "WebSocket %s" [accepted]', ("1.2.3.4:5", "/api/v1/ws?token={}")),
        (
            "uvicorn.access",
            '%s - "%s %s HTTP/%s" %d',
            ("1.2.3.4:5", "GET", "/api/v1/auth/google/callback?state={}&code={}", "1.1", 303),
        ),
    ],
)
def test_uvicorn_never_logs_tokens_in_urls(settings, caplog, logger, message, args):
    """The WebSocket takes its access token as ?token= and the OAuth callback gets ?code=:
    uvicorn logs both URLs, so the app's logging set-up blanks those parameters out."""
    from app.api.app import create_application

    create_application(settings)
    # uvicorn's own logging config stops these loggers propagating: listen on the logger itself.
    target = logging.getLogger(logger)
    target.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger=logger)
    try:
        secret = "eyJhbGciOiJIUzI1NiJ9.SECRET-TOKEN.sig"
        filled = tuple(a.format(secret, secret) if isinstance(a, str) else a for a in args)
        target.info(message, *filled)
    finally:
        target.removeHandler(caplog.handler)
    assert caplog.records and "[redacted]" in caplog.text
    assert "SECRET-TOKEN" not in caplog.text
