"""Tasks: reminders delivered once to the assignee's inbox by the job, overdue lists and counts
per employee, completion, and assigning to others."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from salescrm.activities.service import remind_due_tasks
from salescrm.config import Settings
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from tests.activities.support import TASKS, customer, deal, locs, ok, problem, rep, task
from tests.conftest import TestDatabase, http_client

NOTIFICATIONS = "/api/v1/notifications"


async def _remind(db: TestDatabase, settings: Settings, now: datetime) -> int:
    async def at(ctx: Ctx) -> int:
        return await remind_due_tasks(ctx, now=now)

    return await run_once(Job("remind_due_tasks", 60, at), db.database, settings)


async def test_a_reminder_reaches_the_assignees_inbox_once(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    rep_id, token = await rep(app, client, db, "remindme")
    due = await task(
        client,
        subject="给华信回电",
        owner_id=rep_id,
        due_at="2026-12-05T02:00:00Z",
        remind_at="2026-12-05T01:30:00Z",
    )
    await task(client, subject="以后再说", owner_id=rep_id, remind_at="2026-12-06T00:00:00Z")
    done = await task(client, subject="已完成", owner_id=rep_id, remind_at="2026-12-01T00:00:00Z")
    await ok(await client.patch(f"{TASKS}/{done['id']}", json={"status": "done"}))

    assert await _remind(db, settings, datetime(2026, 12, 5, 1, 0, tzinfo=UTC)) == 0
    assert await _remind(db, settings, datetime(2026, 12, 5, 1, 31, tzinfo=UTC)) == 1
    assert await _remind(db, settings, datetime(2026, 12, 5, 1, 40, tzinfo=UTC)) == 0
    async with http_client(app, token) as r:
        inbox = await ok(await r.get(NOTIFICATIONS, params={"kind": "task_reminder"}))
        assert [(n["title"], n["record_id"], n["resource"]) for n in inbox["items"]] == [
            ("给华信回电", due["id"], "task")
        ]
        assert (await ok(await r.get(f"{NOTIFICATIONS}/unread-count")))["unread"] == 1
        reminded = await ok(await r.get(f"{TASKS}/{due['id']}"))
        assert reminded["reminded_at"] == "2026-12-05T01:31:00Z"
        # A new reminder time arms it again.
        await ok(await r.patch(f"{TASKS}/{due['id']}", json={"remind_at": "2026-12-05T05:00:00Z"}))
    assert await _remind(db, settings, datetime(2026, 12, 5, 5, 0, tzinfo=UTC)) == 1
    admin_inbox = await ok(await client.get(NOTIFICATIONS, params={"kind": "task_reminder"}))
    assert admin_inbox["items"] == []


async def test_overdue_tasks_per_employee(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    first_id, first = await rep(app, client, db, "late1")
    second_id, _ = await rep(app, client, db, "late2")
    for n in range(3):
        await task(
            client, subject=f"逾期{n}", owner_id=first_id, due_at=f"2026-01-0{n + 1}T00:00:00Z"
        )
    await task(client, subject="逾期B", owner_id=second_id, due_at="2026-02-01T00:00:00Z")
    await task(client, subject="未到期", owner_id=first_id, due_at="2099-01-01T00:00:00Z")
    finished = await task(client, subject="完成", owner_id=first_id, due_at="2026-01-01T00:00:00Z")
    closed = await ok(await client.patch(f"{TASKS}/{finished['id']}", json={"status": "done"}))
    assert closed["completed_at"] is not None
    assert closed["overdue"] is False

    listed = await ok(await client.get(TASKS, params={"owner_id": first_id, "overdue": "true"}))
    assert sorted(t["subject"] for t in listed["items"]) == ["逾期0", "逾期1", "逾期2"]
    assert all(t["overdue"] for t in listed["items"])
    report = await ok(await client.get(f"{TASKS}/overdue"))
    assert [(i["owner_id"], i["overdue"], i["oldest_due_at"]) for i in report["items"]] == [
        (first_id, 3, "2026-01-01T00:00:00Z"),
        (second_id, 1, "2026-02-01T00:00:00Z"),
    ]
    # A rep's own scope: only their own line.
    async with http_client(app, first) as r:
        mine = await ok(await r.get(f"{TASKS}/overdue"))
        assert [i["owner_id"] for i in mine["items"]] == [first_id]
        reopened = await ok(await r.patch(f"{TASKS}/{finished['id']}", json={"status": "open"}))
        assert reopened["completed_at"] is None
        assert reopened["overdue"] is True


async def test_giving_a_task_to_someone_else_needs_task_assign(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    other_id, _ = await rep(app, client, db, "other")
    _, token = await rep(app, client, db, "giver")
    async with http_client(app, token) as r:
        mine = await task(r, subject="自己的")
        refused = await r.post(TASKS, json={"subject": "给别人", "owner_id": other_id})
        await problem(refused, 403, "forbidden")
        refused = await r.patch(f"{TASKS}/{mine['id']}", json={"owner_id": other_id})
        await problem(refused, 403, "forbidden")
    given = await task(client, subject="经理分派", owner_id=other_id)
    assert given["owner_id"] == other_id
    assert given["created_by_id"] == db.admin_id


async def test_a_task_moved_to_another_customer_leaves_no_stale_links(
    client: httpx.AsyncClient,
) -> None:
    first = await customer(client, "原客户")
    second = await customer(client, "新客户")
    contact = await ok(
        await client.post("/api/v1/contacts", json={"customer_id": first, "name": "钱七"}), 201
    )
    the_deal = await deal(client, first)
    linked = await task(
        client, subject="跟进", customer_id=first, opportunity_id=the_deal["id"],
        contact_id=contact["id"],
    )  # fmt: skip
    refused = await client.patch(f"{TASKS}/{linked['id']}", json={"customer_id": second})
    await problem(refused, 422, "validation_error")
    assert locs(refused) == ["opportunity_id"]
    refused = await client.patch(
        f"{TASKS}/{linked['id']}", json={"customer_id": second, "opportunity_id": None}
    )
    assert locs(refused) == ["contact_id"]
    moved = await ok(
        await client.patch(
            f"{TASKS}/{linked['id']}",
            json={"customer_id": second, "opportunity_id": None, "contact_id": None},
        )
    )
    assert (moved["customer_id"], moved["opportunity_id"], moved["contact_id"]) == (
        second, None, None,
    )  # fmt: skip


async def test_a_reminder_at_the_end_of_the_calendar_does_not_stop_the_others(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    rep_id, token = await rep(app, client, db, "farfuture")
    await task(
        client, subject="遥远的任务", owner_id=rep_id, due_at="9999-12-31T23:00:00Z",
        remind_at="2026-12-01T00:00:00Z",
    )  # fmt: skip
    await task(client, subject="普通任务", owner_id=rep_id, remind_at="2026-12-01T00:00:00Z")
    assert await _remind(db, settings, datetime(2026, 12, 2, tzinfo=UTC)) == 2
    async with http_client(app, token) as r:
        inbox = await ok(await r.get(NOTIFICATIONS, params={"kind": "task_reminder"}))
        chinese = await ok(
            await r.get(
                NOTIFICATIONS,
                params={"kind": "task_reminder"},
                headers={"Accept-Language": "zh-CN"},
            )
        )
    bodies = {n["title"]: n["body"] for n in inbox["items"]}
    assert bodies == {"遥远的任务": "Due 9999-12-31 23:00", "普通任务": None}
    bodies = {n["title"]: n["body"] for n in chinese["items"]}
    assert bodies == {"遥远的任务": "截止 9999-12-31 23:00", "普通任务": None}
