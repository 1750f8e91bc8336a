"""Approvals: chains from the hierarchy and the rules, decisions and their refusals, the
applicant's acts, delegation, reminders, and the effects of discounts and transfers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from salescrm.config import Settings
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.work.approvals import remind_pending_steps
from tests.activities.support import problem
from tests.conftest import TestDatabase, http_client
from tests.sales.support import CUSTOMERS, OPPORTUNITIES, customer, deal, line_items, ok, product
from tests.work.support import (
    APPROVALS,
    DELEGATIONS,
    RULES,
    TYPES,
    act,
    kinds,
    leave,
    requirement,
    submit,
    team,
)

DEC_1 = ("2026-12-21T01:00:00Z", "2026-12-23T10:00:00Z")


def _chain(record: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(step["approver_id"], step["status"]) for step in record["chain"]]


async def test_a_two_level_chain_is_decided_in_order_and_tells_the_applicant(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    await ok(await client.post(RULES, json={"name": "请假两级", "type": "leave", "levels": 2}), 201)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["M"]) as m,
        http_client(app, t.tokens["D"]) as d,
    ):
        request = await submit(r, leave(*DEC_1))
        assert request["status"] == "pending"
        assert request["title"].startswith("请假") or request["title"].startswith("Leave")
        assert _chain(request) == [(t.ids["M"], "pending"), (t.ids["D"], "waiting")]
        assert request["current_approver_id"] == t.ids["M"]
        assert request["starts_at"] == "2026-12-21T01:00:00Z"

        inbox = await ok(await m.get(APPROVALS, params={"awaiting_me": "true"}))
        assert [i["id"] for i in inbox["items"]] == [request["id"]]
        assert (await ok(await d.get(APPROVALS, params={"awaiting_me": "true"})))["items"] == []
        assert "approval_pending" in await kinds(m)

        first = await ok(await act(m, request["id"], "approve", "同意"))
        assert _chain(first) == [(t.ids["M"], "approved"), (t.ids["D"], "pending")]
        assert first["status"] == "pending"
        assert first["current_step"] == 1
        assert "approval_decided" not in await kinds(r)

        done = await ok(await act(d, request["id"], "approve"))
        assert done["status"] == "approved"
        assert done["decided_at"] is not None
        assert done["chain"][0]["comment"] == "同意"
        assert done["chain"][1]["decided_by_id"] == t.ids["D"]
        assert "approval_decided" in await kinds(r)

        history = await ok(await r.get(f"{APPROVALS}/{request['id']}/history"))
        assert [(h["action"], h["actor_id"]) for h in history["items"]] == [
            ("submitted", t.ids["R"]),
            ("approved", t.ids["M"]),
            ("approved", t.ids["D"]),
            ("applied", None),  # an approved leave counts in attendance
        ]


async def test_only_the_current_approver_decides_and_only_a_pending_request(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
        http_client(app, t.tokens["D"]) as d,
    ):
        request = await submit(r, requirement())
        assert _chain(request) == [(t.ids["M"], "pending")]
        # D sees it (department tree) but is not its approver; R applied for it.
        await problem(await act(d, request["id"], "approve"), 403, "forbidden")
        await problem(await act(r, request["id"], "approve"), 403, "forbidden")
        # A peer does not see it at all.
        assert (await act(r2, request["id"], "approve")).status_code == 404
        assert (await r2.get(f"{APPROVALS}/{request['id']}")).status_code == 404
        # Rejecting needs a reason.
        missing = await act(m, request["id"], "reject")
        body = await problem(missing, 422, "validation_error")
        assert body["errors"][0]["type"] == "comment_required"
        rejected = await ok(await act(m, request["id"], "reject", "预算不足"))
        assert rejected["status"] == "rejected"
        again = await act(m, request["id"], "approve")
        await problem(again, 409, "approval_not_pending")
        assert (await r.get(f"{APPROVALS}/{request['id']}")).json()["status"] == "rejected"


async def test_two_approvals_of_one_step_at_once_one_goes_through(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r:
        request = await submit(r, requirement())
    async with http_client(app, t.tokens["M"]) as m1, http_client(app, t.tokens["M"]) as m2:
        answers = await asyncio.gather(
            act(m1, request["id"], "approve"), act(m2, request["id"], "approve")
        )
    codes = sorted(a.status_code for a in answers)
    assert codes[0] == 200, [a.text for a in answers]
    assert codes[1] in (409, 412), [a.text for a in answers]
    history = await ok(await client.get(f"{APPROVALS}/{request['id']}/history"))
    assert [h["action"] for h in history["items"]].count("approved") == 1


async def test_leave_may_not_overlap_a_pending_or_approved_leave_or_trip(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        first = await submit(r, leave(*DEC_1))
        await ok(await act(m, first["id"], "approve"))
        clash = await r.post(APPROVALS, json=leave("2026-12-23T01:00:00Z", "2026-12-24T10:00:00Z"))
        body = await problem(clash, 409, "period_overlaps")
        assert body["conflicts_with"] == first["id"]
        trip = {
            "type": "business_trip",
            "form": {
                "starts_at": "2026-12-22T00:00:00Z",
                "ends_at": "2026-12-22T10:00:00Z",
                "destination": "杭州",
                "purpose": "拜访客户",
            },
        }
        await problem(await r.post(APPROVALS, json=trip), 409, "period_overlaps")
        # Right after it ends is free; a withdrawn request holds nothing.
        after = await submit(r, leave("2026-12-23T10:00:00Z", "2026-12-24T10:00:00Z"))
        await ok(await act(r, after["id"], "withdraw"))
        again = await submit(r, leave("2026-12-23T10:00:00Z", "2026-12-24T10:00:00Z"))
        assert again["status"] == "pending"
        # Nothing half-written by the refusals.
        mine = await ok(await r.get(APPROVALS, params={"mine": "true", "include_total": "true"}))
        assert mine["total"] == 3


async def test_a_period_that_ends_before_it_starts_is_422(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    reversed_ = await client.post(
        APPROVALS, json=leave("2026-12-23T01:00:00Z", "2026-12-21T01:00:00Z")
    )
    body = await problem(reversed_, 422, "validation_error")
    assert body["errors"][0]["type"] == "range_reversed"
    assert body["errors"][0]["loc"][:2] == ["body", "form"]
    wrong_form = await client.post(APPROVALS, json={"type": "leave", "form": requirement()["form"]})
    assert wrong_form.status_code == 422
    assert (await ok(await client.get(APPROVALS, params={"include_total": "true"})))["total"] == 0


async def test_returned_changed_and_submitted_again(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        request = await submit(r, leave(*DEC_1))
        # Before anyone decided, the applicant may change it.
        changed = await ok(await r.patch(f"{APPROVALS}/{request['id']}", json={"title": "年假"}))
        assert changed["title"] == "年假"
        assert changed["version"] == request["version"] + 1
        returned = await ok(await act(m, request["id"], "return", "请写明交接人"))
        assert returned["status"] == "returned"
        assert returned["current_approver_id"] is None
        wrong_type = await r.patch(
            f"{APPROVALS}/{request['id']}", json={"type": "requirement", **{"form": {}}}
        )
        assert wrong_type.status_code == 422
        fixed = await r.patch(
            f"{APPROVALS}/{request['id']}",
            json=leave(*DEC_1, reason="回老家,工作交接给王五"),
        )
        assert (await ok(fixed))["form"]["reason"] == "回老家,工作交接给王五"
        again = await ok(await act(r, request["id"], "resubmit"))
        assert again["status"] == "pending"
        assert again["round"] == 2
        assert _chain(again) == [(t.ids["M"], "pending")]
        approved = await ok(await act(m, request["id"], "approve"))
        assert approved["status"] == "approved"
        # Decided: no more changes, no delete.
        late = await r.patch(f"{APPROVALS}/{request['id']}", json={"title": "改"})
        await problem(late, 409, "approval_not_editable")
        await problem(await client.delete(f"{APPROVALS}/{request['id']}"), 409, "approval_decided")
        history = await ok(await r.get(f"{APPROVALS}/{request['id']}/history"))
        assert [(h["action"], h["round"]) for h in history["items"]] == [
            ("submitted", 1),
            ("returned", 1),
            ("resubmitted", 2),
            ("approved", 2),
            ("applied", 2),
        ]


async def test_once_an_approver_decided_the_applicant_cannot_change_it(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    await ok(
        await client.post(RULES, json={"name": "两级", "type": "requirement", "levels": 2}), 201
    )
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        request = await submit(r, requirement())
        await ok(await act(m, request["id"], "approve"))
        edit = await r.patch(f"{APPROVALS}/{request['id']}", json={"title": "改"})
        await problem(edit, 409, "approval_not_editable")


async def test_withdraw_is_the_applicants_and_ends_the_request(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        request = await submit(r, requirement())
        await problem(await act(m, request["id"], "withdraw"), 403, "forbidden")
        withdrawn = await ok(await act(r, request["id"], "withdraw", "不需要了"))
        assert withdrawn["status"] == "withdrawn"
        assert _chain(withdrawn) == [(t.ids["M"], "cancelled")]
        await problem(await act(m, request["id"], "approve"), 409, "approval_not_pending")
        await problem(await act(r, request["id"], "withdraw"), 409, "approval_not_pending")
        assert (await ok(await m.get(APPROVALS, params={"awaiting_me": "true"})))["items"] == []


async def test_a_delegate_decides_while_the_approver_is_away(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    now = datetime.now(UTC)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["M"]) as m,
        http_client(app, t.tokens["X"]) as x,
    ):
        request = await submit(r, requirement())
        assert (await x.get(f"{APPROVALS}/{request['id']}")).status_code == 404
        await problem(await act(x, request["id"], "approve"), 404, "not_found")
        away = {
            "delegate_id": t.ids["X"],
            "starts_at": (now - timedelta(hours=1)).isoformat(),
            "ends_at": (now + timedelta(days=3)).isoformat(),
            "types": ["requirement"],
            "reason": "出差",
        }
        delegation = await ok(await m.post(DELEGATIONS, json=away), 201)
        assert delegation["owner_id"] == t.ids["M"]
        inbox = await ok(await x.get(APPROVALS, params={"awaiting_me": "true"}))
        assert [i["id"] for i in inbox["items"]] == [request["id"]]
        done = await ok(await act(x, request["id"], "approve", "代为同意"))
        assert done["status"] == "approved"
        assert done["chain"][0]["approver_id"] == t.ids["M"]
        assert done["chain"][0]["decided_by_id"] == t.ids["X"]
        history = await ok(await r.get(f"{APPROVALS}/{request['id']}/history"))
        assert history["items"][-1]["on_behalf_of_id"] == t.ids["M"]
        # The delegation covers requirements only.
        other = await submit(r, leave(*DEC_1))
        await problem(await act(x, other["id"], "approve"), 403, "forbidden")
        # Ended, it gives nothing.
        await ok(
            await m.patch(
                f"{DELEGATIONS}/{delegation['id']}",
                json={"types": [], "ends_at": (now - timedelta(minutes=1)).isoformat()},
            )
        )
        assert (await x.get(f"{APPROVALS}/{other['id']}")).status_code == 404


async def test_rules_choose_the_chain_by_type_and_amount(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    director = (await ok(await client.get("/api/v1/roles", params={"q": "sales_director"})))[
        "items"
    ][0]["id"]
    rules = [
        {"name": "大额", "type": "expense", "min_amount": "5000.00", "mode": "named",
         "approver_id": t.ids["X"]},
        {"name": "中额", "type": "expense", "min_amount": "1000.00", "mode": "up_to_role",
         "role_id": director},
    ]  # fmt: skip
    for rule in rules:
        await ok(await client.post(RULES, json=rule), 201)

    def expense(amount: str) -> dict[str, Any]:
        return {
            "type": "expense",
            "form": {
                "category": "travel",
                "amount": amount,
                "spent_on": "2026-12-01",
                "description": "高铁票",
            },
        }

    async with http_client(app, t.tokens["R"]) as r:
        small = await submit(r, expense("300.00"))
        middle = await submit(r, expense("1000.00"))
        large = await submit(r, expense("6000.00"))
    assert _chain(small) == [(t.ids["M"], "pending")]
    assert _chain(middle) == [(t.ids["M"], "pending"), (t.ids["D"], "waiting")]
    assert _chain(large) == [(t.ids["X"], "pending")]
    assert large["amount"] == "6000.00"
    assert large["currency"] == "CNY"
    # The named approver sees the request they decide (R is outside X's own scope), not others.
    async with http_client(app, t.tokens["X"]) as x:
        assert (await x.get(f"{APPROVALS}/{large['id']}")).status_code == 200
        assert (await x.get(f"{APPROVALS}/{small['id']}")).status_code == 404
        listed = await ok(await x.get(APPROVALS))
        assert [i["id"] for i in listed["items"]] == [large["id"]]
    # A named rule without its approver is refused.
    bad = await client.post(RULES, json={"name": "坏", "type": "expense", "mode": "named"})
    assert bad.status_code == 422


async def test_nobody_above_the_applicant_waits_for_the_administrators(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["D"]) as d, http_client(app, t.tokens["M"]) as m:
        request = await submit(d, requirement())
        assert _chain(request) == [(None, "pending")]
        await problem(await act(m, request["id"], "approve"), 404, "not_found")
        await problem(await act(d, request["id"], "approve"), 403, "forbidden")
    done = await ok(await act(client, request["id"], "approve"))
    assert done["status"] == "approved"
    assert done["chain"][0]["decided_by_id"] == db.admin_id


async def test_remind_once_an_hour_and_the_reminder_job(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        request = await submit(r, requirement())
        reminded = await ok(await act(r, request["id"], "remind"))
        assert reminded["status"] == "pending"
        assert (await kinds(m)).count("approval_reminder") == 1
        again = await act(r, request["id"], "remind")
        body = await problem(again, 409, "reminded_recently")
        assert body["available_at"] is not None
        assert int(again.headers["Retry-After"]) > 3000

        async def later(ctx: Ctx) -> int:
            return await remind_pending_steps(ctx, now=datetime.now(UTC) + timedelta(hours=25))

        job = Job("remind_pending_approvals", 900, later)
        assert await run_once(job, db.database, settings) == 1
        assert (await kinds(m)).count("approval_reminder") == 2
        # Reminded now, the step waits another day before the next reminder.
        assert await run_once(job, db.database, settings) == 0


async def test_comments_reach_the_other_side(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        request = await submit(r, requirement())
        note = await ok(
            await m.post(f"{APPROVALS}/{request['id']}/comments", json={"comment": "预算多少?"}),
            201,
        )
        assert note["action"] == "commented"
        assert note["actor_id"] == t.ids["M"]
        assert "approval_comment" in await kinds(r)
        await ok(
            await r.post(f"{APPROVALS}/{request['id']}/comments", json={"comment": "五万"}), 201
        )
        assert "approval_comment" in await kinds(m)


async def test_a_discount_above_the_threshold_locks_the_deal_until_approved(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    item = await product(client, price="1000.00")
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        opportunity = await deal(r)
        line = {"product_id": item["id"], "quantity": "2", "discount": "20.00"}
        await ok(await r.post(line_items(opportunity["id"]), json=line), 201)
        won = f"{OPPORTUNITIES}/{opportunity['id']}/win"
        body = await problem(await r.post(won, json={}), 409, "discount_approval_required")
        assert "20.00" in body["detail"]

        def discount(value: str) -> dict[str, Any]:
            form = {"opportunity_id": opportunity["id"], "discount": value, "reason": "战略客户"}
            return {"type": "discount", "form": form}

        within = await r.post(APPROVALS, json=discount("8.00"))
        assert (await problem(within, 422, "validation_error"))["errors"][0]["type"] == (
            "discount_within_threshold"
        )
        too_little = await submit(r, discount("15.00"))
        await ok(await act(m, too_little["id"], "approve"))
        await problem(await r.post(won, json={}), 409, "discount_approval_required")
        enough = await submit(r, discount("20.00"))
        assert enough["opportunity_id"] == opportunity["id"]
        assert enough["amount"] == "20.00"
        await ok(await act(m, enough["id"], "approve"))
        assert (await ok(await r.post(won, json={})))["status"] == "won"
    # The threshold is data: raised to 25 %, a 20 % discount needs nothing.
    types = await ok(await client.get(TYPES, params={"limit": 50}))
    setting = next(s for s in types["items"] if s["code"] == "discount")
    assert setting["threshold"] == "10.00"
    raised = await client.patch(f"{TYPES}/{setting['id']}", json={"threshold": "25.00"})
    assert (await ok(raised))["threshold"] == "25.00"


async def test_an_approved_transfer_moves_the_customer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        customer_id = await customer(r, "转移客户")
        body = {
            "type": "customer_transfer",
            "form": {"customer_id": customer_id, "to_employee_id": t.ids["R2"], "reason": "调区域"},
        }
        # R may not transfer (customer:assign); the approval moves it.
        request = await submit(r, body)
        assert request["customer_id"] == customer_id
        to_self = {**body, "form": {**body["form"], "to_employee_id": t.ids["R"]}}
        assert (await r.post(APPROVALS, json=to_self)).status_code == 422
        done = await ok(await act(m, request["id"], "approve"))
        assert done["applied_at"] is not None
    moved = await ok(await client.get(f"{CUSTOMERS}/{customer_id}"))
    assert moved["owner_id"] == t.ids["R2"]
    history = await ok(await client.get(f"{APPROVALS}/{request['id']}/history"))
    assert history["items"][-1]["action"] == "applied"
    # The request is on the customer's timeline, with its type and status.
    timeline = await ok(await client.get(f"{CUSTOMERS}/{customer_id}/timeline"))
    items = [i for i in timeline["items"] if i["kind"] == "approval"]
    assert [i["id"] for i in items] == [request["id"]]
    assert (items[0]["data"]["request_type"], items[0]["data"]["status"]) == (
        "customer_transfer",
        "approved",
    )


async def test_a_switched_off_type_is_refused(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    types = await ok(await client.get(TYPES, params={"limit": 50}))
    assert sorted(s["code"] for s in types["items"]) == sorted(
        [
            "leave",
            "business_trip",
            "expense",
            "requirement",
            "discount",
            "customer_transfer",
            "recruitment",
            "sales_plan",
            "attendance_correction",
        ]
    )
    setting = next(s for s in types["items"] if s["code"] == "requirement")
    await ok(await client.patch(f"{TYPES}/{setting['id']}", json={"enabled": False}))
    refused = await client.post(APPROVALS, json=requirement())
    body = await problem(refused, 422, "validation_error")
    assert body["errors"][0]["type"] == "approval_type_disabled"
    async with http_client(app, db.admin_token) as admin:
        assert (await admin.delete(f"{TYPES}/{setting['id']}")).status_code == 405


async def test_a_step_whose_approver_left_goes_to_the_administrators(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r:
        request = await submit(r, requirement())
    for report in ("R", "R2"):
        moved = await client.patch(
            f"/api/v1/employees/{t.ids[report]}", json={"manager_id": t.ids["D"]}
        )
        assert moved.status_code == 200, moved.text
    assert (await client.delete(f"/api/v1/employees/{t.ids['M']}")).status_code == 204
    async with http_client(app, t.tokens["D"]) as d:
        await problem(await act(d, request["id"], "approve"), 403, "forbidden")
    done = await ok(await act(client, request["id"], "approve"))
    assert done["status"] == "approved"
    assert done["chain"][0]["approver_id"] == t.ids["M"]
