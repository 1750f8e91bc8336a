"""The notification inbox: private to its recipient, whoever asks, with unread counts and reads.

Messages are put there by the public-pool job (the first sender), run as it would be scheduled.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.customers.pool import return_idle_customers
from salescrm.platform.models import Notification
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org
from tests.customers.support import POLICY, create_customer

NOTIFICATIONS = "/api/v1/notifications"
UNREAD = f"{NOTIFICATIONS}/unread-count"
READ_ALL = f"{NOTIFICATIONS}/read-all"
API_KEYS = "/api/v1/api-keys"


async def _run_pool_job(db: TestDatabase, settings: Settings, now: datetime) -> int:
    async def at(ctx: Ctx) -> int:
        return await return_idle_customers(ctx, now=now)

    return await run_once(Job("return_idle_customers", 3600, at), db.database, settings)


async def _list(http: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await http.get(NOTIFICATIONS, params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _unread(http: httpx.AsyncClient) -> int:
    response = await http.get(UNREAD)
    assert response.status_code == 200, response.text
    count: int = response.json()["unread"]
    return count


async def _warn_owners(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings, owners: dict[str, int]
) -> None:
    """Give each owner ``n`` customers, and let the pool job warn them about every one."""
    await client.patch(POLICY, json={"pool_return_days": 30, "pool_warning_days": 3})
    for owner_id, count in owners.items():
        for n in range(count):
            await create_customer(
                client, f"通知测试{owner_id[-6:]}{n}号有限公司", owner_id=owner_id
            )
    handled = await _run_pool_job(db, settings, utcnow() + timedelta(days=28))
    assert handled == sum(owners.values())


async def test_an_inbox_is_private_to_its_recipient(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    await _warn_owners(client, db, settings, {org.ids["R1"]: 2, org.ids["M1"]: 1})
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["M1"]) as m1:
        mine = await _list(r1)
        assert len(mine) == 2
        assert {n["kind"] for n in mine} == {"customer_pool_warning"}
        assert all(n["resource"] == "customer" and n["read_at"] is None for n in mine)
        (theirs,) = await _list(m1)
        # Neither a manager nor an administrator reads someone else's inbox; nor the reverse.
        for http in (r1, client):
            assert (await http.get(f"{NOTIFICATIONS}/{theirs['id']}")).status_code == 404
            response = await http.post(f"{NOTIFICATIONS}/{theirs['id']}/read")
            assert response.status_code == 404
            assert response.headers["content-type"].startswith("application/problem+json")
        for id_ in (n["id"] for n in mine):
            assert (await m1.get(f"{NOTIFICATIONS}/{id_}")).status_code == 404
        assert await _list(client) == []
        assert await _unread(client) == 0
        assert await _unread(m1) == 1  # untouched by the others' attempts
        got = await r1.get(f"{NOTIFICATIONS}/{mine[0]['id']}")
        assert got.status_code == 200
        assert got.json() == mine[0]


async def test_unread_count_mark_read_and_read_all(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    await _warn_owners(client, db, settings, {org.ids["R1"]: 3, org.ids["R2"]: 1})
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R2"]) as r2:
        assert await _unread(r1) == 3
        first, second, third = await _list(r1)
        assert first["created_at"] >= second["created_at"] >= third["created_at"]

        read = await r1.post(f"{NOTIFICATIONS}/{second['id']}/read")
        assert read.status_code == 200, read.text
        read_at = read.json()["read_at"]
        assert read_at is not None
        assert await _unread(r1) == 2
        again = await r1.post(f"{NOTIFICATIONS}/{second['id']}/read")  # keeps the first time
        assert again.status_code == 200
        assert again.json()["read_at"] == read_at

        assert [n["id"] for n in await _list(r1, unread="true")] == [first["id"], third["id"]]
        assert [n["id"] for n in await _list(r1, unread="false")] == [second["id"]]
        assert len(await _list(r1, kind="customer_pool_warning")) == 3
        assert await _list(r1, kind="task_reminder") == []
        unknown = await r1.get(NOTIFICATIONS, params={"kind": "approval"})
        assert unknown.status_code == 422, unknown.text
        assert unknown.json()["errors"][0]["loc"] == ["query", "kind"]
        page = (await r1.get(NOTIFICATIONS, params={"limit": 2})).json()
        assert [n["id"] for n in page["items"]] == [first["id"], second["id"]]
        rest = await _list(r1, limit=2, cursor=page["next_cursor"])
        assert [n["id"] for n in rest] == [third["id"]]
        assert (await r1.get(NOTIFICATIONS, params={"unread": "maybe"})).status_code == 422

        everything = await r1.post(READ_ALL)
        assert everything.status_code == 200, everything.text
        assert everything.json() == {"updated": 2}
        assert await _unread(r1) == 0
        assert (await r1.post(READ_ALL)).json() == {"updated": 0}
        assert all(n["read_at"] is not None for n in await _list(r1))
        assert await _unread(r2) == 1  # one inbox at a time


async def test_an_api_key_reads_its_creators_inbox(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    await _warn_owners(client, db, settings, {db.admin_id: 1})
    response = await client.post(API_KEYS, json={"name": "inbox", "permissions": ["customer:read"]})
    assert response.status_code == 201, response.text
    async with http_client(app) as http:
        http.headers["X-API-Key"] = response.json()["key"]
        (note,) = await _list(http)
        assert note["kind"] == "customer_pool_warning"
        assert await _unread(http) == 1
        assert (await http.post(f"{NOTIFICATIONS}/{note['id']}/read")).status_code == 200
    assert await _unread(client) == 0


def test_the_contract_lists_every_kind_of_notification(app: Any) -> None:
    """``kind`` is an enum in the document, shared by the response and the filter, so a
    generated client gets the kinds as a type rather than from prose."""
    document = app.openapi()
    schemas = document["components"]["schemas"]
    kinds = ["customer_pool_warning", "customer_returned_to_pool", "customers_transferred"]
    approvals = ["approval_pending", "approval_decided", "approval_comment", "approval_reminder"]
    assert schemas["NotificationKind"]["enum"] == [
        *approvals,
        "budget_alert",
        "commission_statement",
        *kinds,
        "hand_over",
        "journal",
        "sales_target",
        "schedule_comment",
        "schedule_reminder",
        "task_reminder",
        "territory_reassigned",
        "training",
        "webhook_disabled",
    ]
    out = schemas["NotificationOut"]["properties"]["kind"]
    assert out == {"$ref": "#/components/schemas/NotificationKind", "examples": [kinds[0]]}
    (param,) = [
        p
        for p in document["paths"]["/api/v1/notifications"]["get"]["parameters"]
        if p["name"] == "kind"
    ]
    assert param["schema"]["$ref"] == "#/components/schemas/NotificationKind"


async def test_a_notification_is_read_in_the_readers_language(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    """The words are rendered when read, per ``Accept-Language``; the kind, times and record
    stay the same whoever reads."""
    org = await build_org(app, client, db, ["customer:read"])
    await _warn_owners(client, db, settings, {org.ids["R1"]: 1})
    async with http_client(app, org.tokens["R1"]) as r1:
        (english,) = await _list(r1)
        r1.headers["Accept-Language"] = "zh-CN,zh;q=0.9,en;q=0.5"
        (chinese,) = await _list(r1)
        one = await r1.get(f"{NOTIFICATIONS}/{english['id']}")
        r1.headers["Accept-Language"] = "en-GB"
        (again,) = await _list(r1)
    name = f"通知测试{org.ids['R1'][-6:]}0号有限公司"
    assert english["title"].startswith(f"Customer {name} returns to the public pool on 20")
    assert english["body"].startswith("No follow-up recorded for 30 days returns a customer")
    assert chinese["title"].startswith(f"客户「{name}」将于 20")
    assert chinese["title"].endswith("退回公海")
    assert chinese["body"].startswith("连续 30 天没有跟进记录的客户将退回公海。")
    assert one.status_code == 200
    assert one.json() == chinese
    assert again == english
    same = ("id", "kind", "created_at", "resource", "record_id", "read_at")
    assert {k: english[k] for k in same} == {k: chinese[k] for k in same}


async def test_a_message_stored_as_text_reads_as_it_was_written(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    """Notifications from before message keys (migration 0015) keep their stored words, in
    every language."""
    await _warn_owners(client, db, settings, {db.admin_id: 1})
    (note,) = await _list(client)
    async with db.database.engine.begin() as connection:
        await connection.execute(
            update(Notification)
            .where(Notification.id == uuid.UUID(note["id"]))
            .values(title="客户即将退回公海", body="旧的正文", title_key=None, body_key=None)
        )
    for language in ("en", "zh-CN"):
        response = await client.get(
            f"{NOTIFICATIONS}/{note['id']}", headers={"Accept-Language": language}
        )
        assert response.status_code == 200, response.text
        assert (response.json()["title"], response.json()["body"]) == (
            "客户即将退回公海",
            "旧的正文",
        )
