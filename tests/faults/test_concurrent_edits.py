"""Racing requests on one row (an edit while another request deletes it or its category): each
answers with a clear status, never a 500."""

import asyncio
from datetime import UTC, datetime

V1 = "/api/v1"


async def test_edit_racing_a_delete_is_never_a_500(client, make_user):
    user = await make_user("racer@example.com")
    h = user.headers
    statuses: set[int] = set()
    for _ in range(15):
        category = (await client.post(f"{V1}/categories", json={"name": "R"}, headers=h)).json()
        account = (await client.post(f"{V1}/accounts", json={"name": "A"}, headers=h)).json()
        txn = (
            await client.post(
                f"{V1}/transactions",
                json={
                    "amount": "5",
                    "type": "debit",
                    "occurred_at": datetime.now(UTC).isoformat(),
                    "category_id": category["id"],
                    "account_id": account["id"],
                },
                headers=h,
            )
        ).json()
        url = f"{V1}/transactions/{txn['id']}"
        patch = {"occurred_at": "2000-01-01T00:00:00Z", "merchant": "0", "notes": ""}
        responses = await asyncio.gather(
            client.patch(url, json={**patch, "category_id": category["id"]}, headers=h),
            client.delete(url, headers=h),
            client.delete(f"{V1}/categories/{category['id']}", headers=h),
            client.delete(f"{V1}/accounts/{account['id']}", headers=h),
            client.patch(url, json={**patch, "account_id": account["id"]}, headers=h),
        )
        for response in responses:
            statuses.add(response.status_code)
            assert response.status_code < 500, response.text
    assert statuses <= {200, 204, 400, 404, 409}, statuses
