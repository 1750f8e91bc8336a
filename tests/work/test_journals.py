"""Work journals: drafts from the author's own work, periods, submission, reads, comment
threads, reminders and submission rates."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from salescrm.config import Settings
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.work.journals import remind_journals
from tests.activities.support import activity, problem, task, visit
from tests.conftest import TestDatabase, http_client
from tests.sales.support import OPPORTUNITIES, customer, deal, default_pipeline, ok, stage
from tests.work.support import NOTIFICATIONS, kinds, team

JOURNALS = "/api/v1/journals"


async def test_a_draft_is_made_from_the_authors_own_work(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["R2"]) as r2:
        customer_id = await customer(r, "日志客户")
        await activity(r, customer_id, subject="电话确认需求", occurred_at=now)
        done = await task(r, subject="发送报价单")
        await ok(await r.patch(f"/api/v1/tasks/{done['id']}", json={"status": "done"}))
        planned = await visit(r, customer_id, planned_at=now)
        spot = {"latitude": 31.23, "longitude": 121.47}
        await ok(await r.post(f"/api/v1/visits/{planned['id']}/check-in", json=spot))
        the_deal = await deal(r, customer_id, name="日志商机")
        pipeline = await default_pipeline(r)
        moved = await r.patch(
            f"{OPPORTUNITIES}/{the_deal['id']}", json={"stage_id": stage(pipeline, index=1)}
        )
        assert moved.status_code == 200, moved.text
        # Someone else's work is not in R's draft.
        other = await customer(r2, "别人的客户")
        await activity(r2, other, subject="别人的电话", occurred_at=now)

        draft = await ok(await r.get(f"{JOURNALS}/draft"))
        assert sorted(s["kind"] for s in draft["sources"]) == [
            "activity", "stage_change", "task", "visit",
        ]  # fmt: skip
        for mine in ("电话确认需求", "日志商机", "发送报价单"):
            assert mine in draft["done"]
        assert "别人的电话" not in draft["done"]
        assert draft["period_start"] == draft["period_end"]
        weekly = await ok(await r.get(f"{JOURNALS}/draft", params={"period": "weekly"}))
        assert len(weekly["sources"]) == 4


async def test_periods_one_each_and_never_ahead(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    first = await ok(
        await client.post(JOURNALS, json={"period_start": "2026-11-18", "done": "拜访三家"}), 201
    )
    assert (first["period"], first["period_end"]) == ("daily", "2026-11-18")
    again = await client.post(JOURNALS, json={"period_start": "2026-11-18", "done": "重复"})
    await problem(again, 409, "duplicate")
    week = await ok(
        await client.post(JOURNALS, json={"period": "weekly", "period_start": "2026-11-18"}), 201
    )
    assert (week["period_start"], week["period_end"]) == ("2026-11-16", "2026-11-22")
    month = await ok(
        await client.post(JOURNALS, json={"period": "monthly", "period_start": "2026-11-18"}),
        201,
    )
    assert (month["period_start"], month["period_end"]) == ("2026-11-01", "2026-11-30")
    ahead = await client.post(JOURNALS, json={"period_start": "2099-01-01"})
    body = await problem(ahead, 422, "validation_error")
    assert body["errors"][0]["type"] == "period_in_future"


async def test_submitted_read_and_discussed_in_threads(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
    ):
        journal = await ok(
            await r.post(JOURNALS, json={"period_start": "2026-11-18", "done": "签了一单",
                                         "help_needed": "需要技术支持"}),
            201,
        )  # fmt: skip
        url = f"{JOURNALS}/{journal['id']}"
        assert (await r2.get(url)).status_code == 404
        submitted = await ok(await r.post(f"{url}/submit", json={}))
        assert submitted["status"] == "submitted"
        assert submitted["submitted_at"] is not None
        assert "journal" in await kinds(m)
        await problem(await r.patch(url, json={"done": "改"}), 409, "journal_submitted")
        await problem(await r.post(f"{url}/submit", json={}), 409, "journal_submitted")

        unread = await ok(await m.get(JOURNALS, params={"unread": "true"}))
        assert [j["id"] for j in unread["items"]] == [journal["id"]]
        await problem(await r.post(f"{url}/read", json={}), 403, "forbidden")
        read = await ok(await m.post(f"{url}/read", json={"comment": "已阅"}))
        assert [x["reader_id"] for x in read["reads"]] == [t.ids["M"]]
        await ok(await m.post(f"{url}/read", json={}))  # once each
        assert (await ok(await m.get(JOURNALS, params={"unread": "true"})))["items"] == []

        note = await ok(await m.post(f"{url}/comments", json={"body": "哪方面的技术支持?"}), 201)
        assert "journal" in await kinds(r)
        reply = await ok(
            await r.post(f"{url}/comments", json={"body": "接口对接", "parent_id": note["id"]}),
            201,
        )
        assert reply["parent_id"] == note["id"]
        m_kinds = await ok(await m.get(NOTIFICATIONS, params={"kind": "journal", "limit": 50}))
        assert len(m_kinds["items"]) == 2  # the submission, and the reply to M's comment
        thread = await ok(await r.get(f"{url}/comments"))
        assert [(c["body"], c["parent_id"]) for c in thread["items"]] == [
            ("已阅", None),
            ("哪方面的技术支持?", None),
            ("接口对接", note["id"]),
        ]
        other = await ok(await m.post(JOURNALS, json={"period_start": "2026-11-18"}), 201)
        stray = await r.post(f"{url}/comments", json={"body": "x", "parent_id": other["id"]})
        assert stray.status_code == 422


async def test_submission_rates_and_the_reminder(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["R2"]) as r2:
        for day, http in (("16", r), ("17", r), ("18", r), ("18", r2)):
            created = await ok(
                await http.post(JOURNALS, json={"period_start": f"2026-11-{day}"}), 201
            )
            await ok(await http.post(f"{JOURNALS}/{created['id']}/submit", json={}))
    async with http_client(app, t.tokens["M"]) as m:
        rates = await ok(
            await m.get(
                f"{JOURNALS}/submission-rates",
                params={"day_from": "2026-11-16", "day_to": "2026-11-22"},
            )
        )
    # M, R and R2 are in M's scope; Monday to Friday are due (no holiday that week).
    assert {k: rates["total"][k] for k in ("employees", "expected", "submitted", "on_time")} == {
        "employees": 3, "expected": 15, "submitted": 4, "on_time": 0,
    }  # fmt: skip
    assert rates["total"]["rate"] == round(4 / 15, 4)

    async def evening(ctx: Ctx) -> int:  # Wednesday 18 November, 19:00 in Shanghai
        return await remind_journals(ctx, now=datetime(2026, 11, 18, 11, tzinfo=UTC))

    job = Job("remind_journals", 900, evening)
    told = await run_once(job, db.database, settings)
    assert told == 1 + len(t.ids) - 2  # everyone but R and R2, who submitted that day
    async with http_client(app, t.tokens["M"]) as m, http_client(app, t.tokens["R"]) as r:
        assert "journal" in await kinds(m)
        assert "journal" not in await kinds(r)
    assert await run_once(job, db.database, settings) == 0  # once a day
