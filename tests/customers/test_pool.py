"""The public pool (公海): claims within caps, releases, transfers and the return-to-pool job.

Everything goes through HTTP except two things the API does not offer yet: the job runs as it
would be scheduled (``run_once``, with the time it runs at), and a few tests backdate when a
customer was claimed or mark it a key account directly in the database.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.pool import return_idle_customers
from salescrm.jobs import JOBS
from tests.conftest import TestDatabase, assert_unknown_reference, http_client
from tests.contract.matrix import Org, build_org
from tests.customers.support import CUSTOMERS, POLICY, TIERS, create_customer

POOL = "/api/v1/customer-pool"
TRANSFER = f"{CUSTOMERS}/transfer"
NOTIFICATIONS = "/api/v1/notifications"
AUDIT = "/api/v1/audit-events"
MISSING = "01890a5d-ac96-774b-bcce-b302099a8999"


# ----- helpers -------------------------------------------------------------------------------
async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["customer:read"])


async def _in_pool(admin: httpx.AsyncClient, name: str, **fields: Any) -> str:
    customer = await create_customer(admin, name, owner_id=None, **fields)
    assert customer["owner_id"] is None
    return str(customer["id"])


async def _owned_by(admin: httpx.AsyncClient, owner_id: str, name: str, **fields: Any) -> str:
    customer = await create_customer(admin, name, owner_id=owner_id, **fields)
    return str(customer["id"])


async def _customer(admin: httpx.AsyncClient, customer_id: str) -> dict[str, Any]:
    response = await admin.get(f"{CUSTOMERS}/{customer_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _events(admin: httpx.AsyncClient, customer_id: str, kind: str) -> list[dict[str, Any]]:
    response = await admin.get(f"{CUSTOMERS}/{customer_id}/events", params={"kind": kind})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _set_policy(admin: httpx.AsyncClient, **values: Any) -> None:
    response = await admin.patch(POLICY, json=values)
    assert response.status_code == 200, response.text


async def _set_tier(admin: httpx.AsyncClient, code: str, **values: Any) -> None:
    items = (await admin.get(TIERS, params={"q": code})).json()["items"]
    (tier,) = [t for t in items if t["code"] == code]
    response = await admin.patch(f"{TIERS}/{tier['id']}", json=values)
    assert response.status_code == 200, response.text


async def _pool_ids(http: httpx.AsyncClient, **params: Any) -> set[str]:
    response = await http.get(POOL, params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


async def run_pool_job(db: TestDatabase, settings: Settings, now: datetime) -> int:
    """The scheduled job as it runs at ``now`` (one transaction, as the system)."""

    async def at(ctx: Ctx) -> int:
        return await return_idle_customers(ctx, now=now)

    return await run_once(Job("return_idle_customers", 3600, at), db.database, settings)


async def _set_columns(db: TestDatabase, customer_id: str, **values: Any) -> None:
    """What the API does not offer (yet): backdating a claim, marking a key account."""
    async with db.database.sessionmaker() as session:
        await session.execute(
            update(Customer).where(Customer.id == uuid.UUID(customer_id)).values(**values)
        )
        await session.commit()


async def _inbox(app: Any, token: str, **params: Any) -> list[dict[str, Any]]:
    async with http_client(app, token) as http:
        response = await http.get(NOTIFICATIONS, params={"limit": 200, **params})
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return items


# ----- the pool and claims -------------------------------------------------------------------
async def test_a_rep_sees_the_pool_claims_from_it_and_releases_with_a_reason(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    pooled = await _in_pool(client, "公海测试一号有限公司", tier="C")
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R2"]) as r2:
        # Nobody owns it: outside every rep's data scope, but in the pool they may claim from.
        assert (await r1.get(f"{CUSTOMERS}/{pooled}")).status_code == 404
        assert pooled in await _pool_ids(r1)
        assert pooled in await _pool_ids(r1, tier="C")
        assert pooled not in await _pool_ids(r1, tier="A")
        seen = await r1.get(f"{POOL}/{pooled}")
        assert seen.status_code == 200, seen.text
        assert seen.json()["owner_id"] is None
        assert (await r1.get(POOL, params={"owner_id": org.ids["R1"]})).status_code == 422

        claimed = await r1.post(f"{POOL}/{pooled}/claim")
        assert claimed.status_code == 200, claimed.text
        body = claimed.json()
        assert body["owner_id"] == org.ids["R1"]
        assert body["owned_since"] is not None
        assert claimed.headers["etag"] == f'"{body["version"]}"'
        assert (await r1.get(f"{CUSTOMERS}/{pooled}")).status_code == 200
        assert pooled not in await _pool_ids(r1)
        assert (await r1.get(f"{POOL}/{pooled}")).status_code == 404

        # Claimed is claimed: another rep (or the owner again) gets a conflict.
        taken = _problem(await r2.post(f"{POOL}/{pooled}/claim"), 409, "conflict")
        assert taken["owned_by_you"] is False
        again = _problem(await r1.post(f"{POOL}/{pooled}/claim"), 409, "conflict")
        assert again["owned_by_you"] is True
        _problem(await r1.post(f"{POOL}/{MISSING}/claim"), 404, "not_found")
        (event,) = await _events(client, pooled, "claimed")
        assert event["to_value"] == org.ids["R1"]
        assert event["actor_id"] == org.ids["R1"]

        # A release needs a reason: in words, from the list, or both.
        for payload in ({"reason": ""}, {"reason": "   "}, {"reason": "x" * 501}):
            refused = _problem(
                await r1.post(f"{CUSTOMERS}/{pooled}/release", json=payload),
                422,
                "validation_error",
            )
            assert refused["errors"][0]["loc"] == ["body", "reason"]
        neither: list[dict[str, Any]] = [{}, {"reason": None, "reason_id": None}]
        for payload in neither:
            refused = _problem(
                await r1.post(f"{CUSTOMERS}/{pooled}/release", json=payload),
                422,
                "validation_error",
            )
            assert refused["errors"][0]["type"] == "reason_required"
        assert (await _customer(client, pooled))["owner_id"] == org.ids["R1"]
        # Someone else's customer is not theirs to release.
        _problem(
            await r2.post(f"{CUSTOMERS}/{pooled}/release", json={"reason": "不是我的"}),
            404,
            "not_found",
        )

        released = await r1.post(f"{CUSTOMERS}/{pooled}/release", json={"reason": "客户暂无预算"})
        assert released.status_code == 200, released.text
        assert released.json()["owner_id"] is None
        assert released.json()["owned_since"] is None
        assert (await r1.get(f"{CUSTOMERS}/{pooled}")).status_code == 404
        assert pooled in await _pool_ids(r2)
        (event,) = await _events(client, pooled, "released")
        assert (event["from_value"], event["reason"]) == (org.ids["R1"], "客户暂无预算")

    # Releasing what is already in the pool is a conflict (for whoever can see it).
    _problem(
        await client.post(f"{CUSTOMERS}/{pooled}/release", json={"reason": "again"}),
        409,
        "conflict",
    )


async def test_the_pool_needs_customer_claim(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    pooled = await _in_pool(client, "公海权限测试有限公司")
    for viewer in ("S", "V"):  # a service agent reads customers but may not claim; V neither
        async with http_client(app, org.tokens[viewer]) as http:
            _problem(await http.get(POOL), 403, "forbidden")
            _problem(await http.get(f"{POOL}/{pooled}"), 403, "forbidden")
            _problem(await http.post(f"{POOL}/{pooled}/claim"), 403, "forbidden")
    assert (await _customer(client, pooled))["owner_id"] is None
    for viewer in ("D", "M1", "R3"):
        async with http_client(app, org.tokens[viewer]) as http:
            assert pooled in await _pool_ids(http), viewer


async def test_claims_stop_at_the_overall_cap(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    await _owned_by(client, org.ids["R1"], "已有客户有限公司")
    first = await _in_pool(client, "上限测试甲有限公司")
    second = await _in_pool(client, "上限测试乙有限公司")
    await _set_policy(client, max_customers_per_owner=2)
    async with http_client(app, org.tokens["R1"]) as r1:
        assert (await r1.post(f"{POOL}/{first}/claim")).status_code == 200
        refused = _problem(await r1.post(f"{POOL}/{second}/claim"), 409, "claim_cap_reached")
        assert (refused["cap"], refused["owned"], refused["tier"]) == (2, 2, None)
        assert "2" in refused["detail"]
        # Nothing changed: still in the pool, no timeline entry.
        assert (await _customer(client, second))["owner_id"] is None
        assert await _events(client, second, "claimed") == []
        zh = await r1.post(f"{POOL}/{second}/claim", headers={"Accept-Language": "zh-CN"})
        assert zh.json()["title"] == "已达认领上限"
        # Another rep is counted on their own.
        async with http_client(app, org.tokens["R2"]) as r2:
            assert (await r2.post(f"{POOL}/{second}/claim")).status_code == 200


async def test_claims_stop_at_the_tier_cap(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    b1 = await _in_pool(client, "等级上限一有限公司", tier="B")
    b2 = await _in_pool(client, "等级上限二有限公司", tier="B")
    c1 = await _in_pool(client, "等级上限三有限公司", tier="C")
    await _set_tier(client, "B", max_per_owner=1)
    async with http_client(app, org.tokens["R1"]) as r1:
        assert (await r1.post(f"{POOL}/{b1}/claim")).status_code == 200
        refused = _problem(await r1.post(f"{POOL}/{b2}/claim"), 409, "claim_cap_reached")
        assert (refused["cap"], refused["owned"], refused["tier"]) == (1, 1, "B")
        assert (await _customer(client, b2))["owner_id"] is None
        assert (await r1.post(f"{POOL}/{c1}/claim")).status_code == 200  # other tiers: no cap


async def test_concurrent_claims_give_one_owner_and_respect_the_cap(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    contested = await _in_pool(client, "抢单测试有限公司")
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R2"]) as r2:
        responses = await asyncio.gather(
            r1.post(f"{POOL}/{contested}/claim"), r2.post(f"{POOL}/{contested}/claim")
        )
        assert sorted(r.status_code for r in responses) == [200, 409]
        winner = next(r for r in responses if r.status_code == 200).json()["owner_id"]
        assert (await _customer(client, contested))["owner_id"] == winner
        assert len(await _events(client, contested, "claimed")) == 1

        await _set_policy(client, max_customers_per_owner=1)
        others = [await _in_pool(client, f"并发上限{n}号有限公司") for n in range(1, 4)]
        loser = r2 if winner == org.ids["R1"] else r1
        capped = await asyncio.gather(*(loser.post(f"{POOL}/{c}/claim") for c in others))
        assert sorted(r.status_code for r in capped) == [200, 409, 409]
        owners = [(await _customer(client, c))["owner_id"] for c in others]
        assert sum(owner is not None for owner in owners) == 1


# ----- transfers -----------------------------------------------------------------------------
async def test_a_manager_transfers_many_customers_and_each_change_is_audited(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    moved = [await _owned_by(client, org.ids["R1"], f"转移测试{n}号有限公司") for n in range(3)]
    already = await _owned_by(client, org.ids["R2"], "转移测试已归属有限公司")
    async with http_client(app, org.tokens["M1"]) as m1:
        response = await m1.post(
            TRANSFER,
            json={
                "customer_ids": [*moved, already],
                "to_employee_id": org.ids["R2"],
                "reason": "R1 调岗",
            },
        )
        assert response.status_code == 200, response.text
        assert response.json() == {"transferred": 3, "customer_ids": moved}
    for customer_id in moved:
        customer = await _customer(client, customer_id)
        assert customer["owner_id"] == org.ids["R2"]
        (event,) = await _events(client, customer_id, "transferred")
        assert (event["from_value"], event["to_value"]) == (org.ids["R1"], org.ids["R2"])
        assert (event["reason"], event["actor_id"]) == ("R1 调岗", org.ids["M1"])
        audit = await client.get(
            AUDIT, params={"resource": "customer", "record_id": customer_id, "action": "update"}
        )
        assert audit.status_code == 200, audit.text
        (entry,) = audit.json()["items"]
        assert entry["changes"]["owner_id"] == [org.ids["R1"], org.ids["R2"]]
        assert entry["actor_id"] == org.ids["M1"]
    assert await _events(client, already, "transferred") == []
    # The new owner hears of it, once for the whole transfer.
    (note,) = await _inbox(app, org.tokens["R2"], kind="customers_transferred")
    assert "3" in note["title"]
    assert await _inbox(app, org.tokens["R1"]) == []


async def test_a_transfer_moves_all_or_nothing(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    mine = await _owned_by(client, org.ids["R1"], "全有或全无甲有限公司")
    theirs = await _owned_by(client, org.ids["R3"], "全有或全无乙有限公司")
    async with http_client(app, org.tokens["M1"]) as m1:
        # R3's customer is outside M1's scope: a 422 naming its place in the list, as if it
        # did not exist, and R1's does not move either.
        body = {"customer_ids": [mine, theirs], "to_employee_id": org.ids["R2"]}
        assert_unknown_reference(await m1.post(TRANSFER, json=body), "body", "customer_ids", 1)
        body = {"customer_ids": [mine, str(uuid.uuid4())], "to_employee_id": org.ids["R2"]}
        assert_unknown_reference(await m1.post(TRANSFER, json=body), "body", "customer_ids", 1)
        # Giving a customer to someone outside M1's own scope would lose it: refused, as PATCH.
        body = {"customer_ids": [mine], "to_employee_id": org.ids["R3"]}
        _problem(await m1.post(TRANSFER, json=body), 403, "forbidden")
    assert (await _customer(client, mine))["owner_id"] == org.ids["R1"]
    assert (await _customer(client, theirs))["owner_id"] == org.ids["R3"]
    assert await _events(client, mine, "transferred") == []
    # The director's scope covers both teams.
    async with http_client(app, org.tokens["D"]) as d:
        body = {"customer_ids": [mine, theirs], "to_employee_id": org.ids["R4"]}
        assert (await d.post(TRANSFER, json=body)).status_code == 200
    assert (await _customer(client, mine))["owner_id"] == org.ids["R4"]


async def test_a_transfer_needs_customer_assign_and_valid_input(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    mine = await _owned_by(client, org.ids["R1"], "转移校验有限公司")
    async with http_client(app, org.tokens["R1"]) as r1:
        body = {"customer_ids": [mine], "to_employee_id": org.ids["R2"]}
        _problem(await r1.post(TRANSFER, json=body), 403, "forbidden")
    bad = [
        ({"customer_ids": [mine], "to_employee_id": MISSING}, ["body", "to_employee_id"]),
        ({"customer_ids": [], "to_employee_id": org.ids["R2"]}, ["body", "customer_ids"]),
        ({"customer_ids": [mine, mine], "to_employee_id": org.ids["R2"]}, ["body", "customer_ids"]),
        (
            {"customer_ids": [str(uuid.uuid4()) for _ in range(501)], "to_employee_id": MISSING},
            ["body", "customer_ids"],
        ),
        ({"customer_ids": [mine]}, ["body", "to_employee_id"]),
        ({"customer_ids": [mine], "to_employee_id": org.ids["R2"], "x": 1}, ["body", "x"]),
    ]
    for payload, loc in bad:
        refused = _problem(await client.post(TRANSFER, json=payload), 422, "validation_error")
        assert loc in [e["loc"] for e in refused["errors"]], (payload, refused)
    assert (await _customer(client, mine))["owner_id"] == org.ids["R1"]


# ----- the return-to-pool job ----------------------------------------------------------------
async def test_idle_customers_are_warned_then_returned_and_key_accounts_are_exempt(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await _org(app, client, db)
    idle = await _owned_by(client, org.ids["R1"], "闲置客户有限公司")
    key = await _owned_by(client, org.ids["R1"], "重点客户有限公司")
    await _set_columns(db, key, key_account=True)
    now = utcnow()
    # No return period anywhere (the default): nothing ever returns.
    assert await run_pool_job(db, settings, now + timedelta(days=1000)) == 0

    await _set_policy(client, pool_return_days=30, pool_warning_days=3)
    assert await run_pool_job(db, settings, now + timedelta(days=20)) == 0
    assert await run_pool_job(db, settings, now + timedelta(days=28)) == 1
    (warning,) = await _inbox(app, org.tokens["R1"])
    assert warning["kind"] == "customer_pool_warning"
    assert (warning["resource"], warning["record_id"]) == ("customer", idle)
    assert warning["read_at"] is None
    assert "闲置客户有限公司" in warning["title"]
    (event,) = await _events(client, idle, "pool_warning")
    assert event["details"]["days"] == 30
    # Warned once, not at every run.
    assert await run_pool_job(db, settings, now + timedelta(days=29)) == 0

    assert await run_pool_job(db, settings, now + timedelta(days=31)) == 1
    customer = await _customer(client, idle)
    assert (customer["owner_id"], customer["owned_since"]) == (None, None)
    (event,) = await _events(client, idle, "returned_to_pool")
    assert event["from_value"] == org.ids["R1"]
    assert "30" in event["reason"]
    notes = await _inbox(app, org.tokens["R1"], kind="customer_returned_to_pool")
    assert [(n["resource"], n["record_id"]) for n in notes] == [("customer", idle)]
    async with http_client(app, org.tokens["R2"]) as r2:
        assert idle in await _pool_ids(r2)
    assert (await _customer(client, key))["owner_id"] == org.ids["R1"]

    # Once key accounts are no longer exempt, the key account goes too.
    await _set_policy(client, pool_exempts_key_accounts=False)
    assert await run_pool_job(db, settings, now + timedelta(days=31)) == 1
    assert (await _customer(client, key))["owner_id"] is None


async def test_a_follow_up_or_a_claim_restarts_the_clock(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await _org(app, client, db)
    await _set_policy(client, pool_return_days=30, pool_warning_days=3)
    forgotten = await _owned_by(client, org.ids["R1"], "久未跟进有限公司")
    followed = await _owned_by(client, org.ids["R1"], "刚刚跟进有限公司")
    claimed = await _in_pool(client, "刚刚认领有限公司")
    long_ago = utcnow() - timedelta(days=40)
    for customer_id in (forgotten, followed, claimed):
        await _set_columns(db, customer_id, owned_since=long_ago, created_at=long_ago)
    async with http_client(app, org.tokens["R1"]) as r1:
        response = await r1.post(
            f"{CUSTOMERS}/{followed}/follow-ups", json={"method": "phone", "note": "确认需求"}
        )
        assert response.status_code == 200, response.text
        assert (await r1.post(f"{POOL}/{claimed}/claim")).status_code == 200
    assert await run_pool_job(db, settings, utcnow()) == 1
    assert (await _customer(client, forgotten))["owner_id"] is None
    assert (await _customer(client, followed))["owner_id"] == org.ids["R1"]
    assert (await _customer(client, claimed))["owner_id"] == org.ids["R1"]
    assert await _events(client, followed, "pool_warning") == []


async def test_a_tier_return_period_overrides_the_policy(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await _org(app, client, db)
    await _set_policy(client, pool_return_days=30, pool_warning_days=3)
    await _set_tier(client, "A", pool_return_days=10)
    await _set_tier(client, "B", pool_return_days=60)
    owner = org.ids["R1"]
    a = await _owned_by(client, owner, "等级期限甲有限公司", tier="A")
    b = await _owned_by(client, owner, "等级期限乙有限公司", tier="B")
    c = await _owned_by(client, owner, "等级期限丙有限公司", tier="C")
    untiered = await _owned_by(client, owner, "等级期限无等级有限公司")
    now = utcnow()

    async def owners() -> dict[str, str | None]:
        return {
            k: (await _customer(client, v))["owner_id"]
            for k, v in {"a": a, "b": b, "c": c, "none": untiered}.items()
        }

    assert await run_pool_job(db, settings, now + timedelta(days=8)) == 1  # a warned
    assert await run_pool_job(db, settings, now + timedelta(days=11)) == 1  # a returned
    assert await owners() == {"a": None, "b": owner, "c": owner, "none": owner}
    (event,) = await _events(client, a, "returned_to_pool")
    assert "10" in event["reason"]
    assert await run_pool_job(db, settings, now + timedelta(days=31)) == 2  # c, untiered
    assert await owners() == {"a": None, "b": owner, "c": None, "none": None}
    assert await run_pool_job(db, settings, now + timedelta(days=58)) == 1  # b warned
    assert await run_pool_job(db, settings, now + timedelta(days=61)) == 1  # b returned
    assert (await owners())["b"] is None
    kinds = sorted(n["kind"] for n in await _inbox(app, org.tokens["R1"]))
    assert kinds == ["customer_pool_warning"] * 2 + ["customer_returned_to_pool"] * 4


async def test_the_job_is_scheduled_and_idle_runs_handle_nothing(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    job = next(j for j in JOBS if j.name == "return_idle_customers")
    assert job.interval_seconds == 3600
    await _set_policy(client, pool_return_days=30)
    await create_customer(client, "定时任务测试有限公司")
    assert await run_once(job, db.database, settings) == 0


async def test_two_runs_at_once_return_each_customer_once(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await _org(app, client, db)
    await _set_policy(client, pool_return_days=30, pool_warning_days=0)
    idle = [await _owned_by(client, org.ids["R1"], f"多节点测试{n}号有限公司") for n in range(5)]
    later = utcnow() + timedelta(days=31)
    handled = await asyncio.gather(*(run_pool_job(db, settings, later) for _ in range(2)))
    assert sum(handled) == 5
    for customer_id in idle:
        assert len(await _events(client, customer_id, "returned_to_pool")) == 1
    assert len(await _inbox(app, org.tokens["R1"])) == 5
