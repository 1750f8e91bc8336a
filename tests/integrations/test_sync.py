"""Mobile delta sync: each changed record once in its latest state, deletions for records that
left the caller's sight, cursors that are the caller's own, and nothing skipped when
transactions commit out of the order they started in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from salescrm.catalog.models import Product
from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.events import Event
from salescrm.core.jobs import Job, run_once
from salescrm.integrations.sync import purge_events
from tests.conftest import TestDatabase, http_client, without_summaries
from tests.contract.matrix import build_org
from tests.customers.support import create_customer
from tests.integrations.support import settled

SYNC = "/api/v1/sync/changes"


_DB: list[TestDatabase] = []


@pytest.fixture(autouse=True)
def _database(db: TestDatabase) -> Iterator[None]:
    _DB.append(db)
    yield
    _DB.clear()


async def _pull(
    http: httpx.AsyncClient, since: str | None = None, *, settle: bool = True, **params: Any
) -> dict[str, Any]:
    if since and settle:
        await settled(_DB[0])
    query = {**params, **({"since": since} if since else {})}
    response = await http.get(SYNC, params=query)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _product(http: httpx.AsyncClient, code: str) -> dict[str, Any]:
    made = await http.post("/api/v1/products", json={"code": code, "name": code, "list_price": "1"})
    assert made.status_code == 201, made.text
    body: dict[str, Any] = made.json()
    return body


async def test_a_pull_brings_each_changed_record_once_in_its_latest_state(
    client: httpx.AsyncClient,
) -> None:
    start = await _pull(client)
    assert start["changes"] == []
    customer = await create_customer(client, "同步测试有限公司")
    url = f"/api/v1/customers/{customer['id']}"
    for remark in ("一", "二"):
        current = (await client.get(url)).json()
        patched = await client.patch(
            url, json={"remarks": remark}, headers={"If-Match": f'"{current["version"]}"'}
        )
        assert patched.status_code == 200, patched.text
    contact = await client.post(
        "/api/v1/contacts", json={"customer_id": customer["id"], "name": "李雷"}
    )
    assert contact.status_code == 201, contact.text

    page = await _pull(client, start["next_cursor"])
    assert page["has_more"] is False
    by_id = {c["id"]: c for c in page["changes"]}
    assert [c["resource"] for c in page["changes"]] == ["customer", "contact"]
    synced = by_id[customer["id"]]
    assert synced["op"] == "upsert"
    assert synced["version"] == 3
    # The record as a get shows it, without the names beside its ids (they would go stale).
    assert synced["data"] == without_summaries((await client.get(url)).json())
    assert by_id[contact.json()["id"]]["data"]["name"] == "李雷"
    # Nothing new: no changes, and the same place.
    again = await _pull(client, page["next_cursor"])
    assert again == {"changes": [], "next_cursor": page["next_cursor"], "has_more": False}
    # Only the resources asked for.
    await _product(client, "SYNC-ONLY")
    only = await _pull(client, page["next_cursor"], resources=["contact"])
    assert only["changes"] == []
    assert (await _pull(client, page["next_cursor"], resources=["product"]))["changes"]


async def test_pages_follow_the_cursor_and_deletions_arrive(client: httpx.AsyncClient) -> None:
    cursor = (await _pull(client))["next_cursor"]
    made = [await _product(client, f"SYNC-{n}") for n in range(5)]
    seen: list[str] = []
    while True:
        page = await _pull(client, cursor, limit=2)
        seen.extend(c["id"] for c in page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [p["id"] for p in made]
    assert (await client.delete(f"/api/v1/products/{made[0]['id']}")).status_code == 204
    (gone,) = (await _pull(client, cursor))["changes"]
    assert (gone["id"], gone["op"], gone["data"]) == (made[0]["id"], "delete", None)


async def test_a_record_that_leaves_the_callers_scope_arrives_as_a_deletion(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R3"]) as r3:
        mine = await create_customer(r1, "将被转走的客户有限公司")
        r1_cursor = (await _pull(r1))["next_cursor"]
        r3_cursor = (await _pull(r3))["next_cursor"]
        moved = await client.patch(
            f"/api/v1/customers/{mine['id']}",
            json={"owner_id": org.ids["R3"]},
            headers={"If-Match": f'"{mine["version"]}"'},
        )
        assert moved.status_code == 200, moved.text
        (left,) = (await _pull(r1, r1_cursor))["changes"]
        assert (left["id"], left["op"]) == (mine["id"], "delete")
        (arrived,) = (await _pull(r3, r3_cursor))["changes"]
        assert (arrived["id"], arrived["op"]) == (mine["id"], "upsert")
        assert arrived["data"]["owner_id"] == org.ids["R3"]


async def test_a_share_brings_a_record_and_its_revocation_takes_it_away(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R3"]) as r3:
        theirs = await create_customer(r3, "别组共享客户有限公司")
        cursor = (await _pull(r1))["next_cursor"]
        shared = await client.post(
            "/api/v1/record-shares",
            json={"resource": "customer", "record_id": theirs["id"], "employee_id": org.ids["R1"]},
        )
        assert shared.status_code == 201, shared.text
        page = await _pull(r1, cursor)
        (arrived,) = [c for c in page["changes"] if c["resource"] == "customer"]
        assert (arrived["id"], arrived["op"]) == (theirs["id"], "upsert")
        assert arrived["data"]["name"] == "别组共享客户有限公司"
        revoked = await client.delete(f"/api/v1/record-shares/{shared.json()['id']}")
        assert revoked.status_code == 204
        # A device that pulls only customers learns it too; the share itself is not listed.
        narrowed = await _pull(r1, page["next_cursor"], resources=["customer"])
        assert [(c["resource"], c["id"], c["op"]) for c in narrowed["changes"]] == [
            ("customer", theirs["id"], "delete")
        ]
        after = await _pull(r1, page["next_cursor"])
        (left,) = [c for c in after["changes"] if c["resource"] == "customer"]
        assert (left["id"], left["op"]) == (theirs["id"], "delete")


async def test_bad_cursors_are_refused(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    mine = (await _pull(client))["next_cursor"]
    for since in ("garbled", mine[:-2] + "xx", mine + "."):
        response = await client.get(SYNC, params={"since": since})
        assert response.status_code == 422, since
        assert response.json()["errors"][0]["loc"] == ["query", "since"]
        assert response.json()["errors"][0]["type"] == "bad_cursor"
    async with http_client(app, org.tokens["R1"]) as r1:
        foreign = await r1.get(SYNC, params={"since": mine})
        assert foreign.status_code == 422, foreign.text
    unknown = await client.get(SYNC, params={"since": mine, "resources": ["deal"]})
    assert unknown.status_code == 422
    # Events past the retention are purged; a cursor from before them is 410: start again.
    await _product(client, "SYNC-OLD")
    async with db.database.sessionmaker() as session:
        await session.execute(update(Event).values(occurred_at=utcnow() - timedelta(days=40)))
        await session.commit()
    purged = await run_once(Job("purge_events", 3600, purge_events), db.database, settings)
    assert purged >= 1
    expired = await client.get(SYNC, params={"since": mine})
    assert expired.status_code == 410, expired.text
    assert expired.json()["code"] == "gone"
    fresh = await _pull(client)
    assert (await _pull(client, fresh["next_cursor"]))["changes"] == []


async def test_a_change_committed_late_is_not_skipped(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """Transaction A starts writing first and commits last; B commits in between. A pull
    between the two commits must not pass A's place: it stops below A (the oldest running
    transaction), and the next pull brings A's change and B's."""
    if db.engine_name != "postgresql":
        pytest.skip("SQLite has one writer at a time: transactions cannot interleave")
    cursor = (await _pull(client))["next_cursor"]
    async with db.database.sessionmaker() as first:
        first.info["actor"] = ("system", None)
        first.add(Product(code="SYNC-A", name="A", list_price=1))
        await first.flush()  # A holds a transaction id from here on
        later = await _product(client, "SYNC-B")  # B: starts after A, commits first
        between = await _pull(client, cursor, settle=False)
        assert between["changes"] == []
        assert between["next_cursor"] == cursor
        await first.commit()
    after = await _pull(client, between["next_cursor"])
    codes = [c["data"]["code"] for c in after["changes"]]
    assert codes == ["SYNC-A", "SYNC-B"]
    assert after["changes"][1]["id"] == later["id"]
