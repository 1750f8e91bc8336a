"""Several public pools with their own members and rules: who sees which pool, masking until a
claim, the cooldown, the daily limit, release reasons and destinations, what the return rule
leaves alone, and pool statistics.

Everything goes through HTTP except what the API does not offer: the return job runs as it
would be scheduled, and a few tests backdate a release or a claim in the database.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from salescrm.config import Settings
from salescrm.core.clock import today, utcnow
from salescrm.customers.models import Customer, CustomerEvent
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import Org, build_org
from tests.customers.support import CONTACTS, CUSTOMERS, POLICY, create_customer
from tests.customers.test_pool import POOL, run_pool_job
from tests.sales import support as sales

POOLS = "/api/v1/customer-pools"
REASONS = "/api/v1/pool-release-reasons"
STATISTICS = f"{POOLS}/statistics"


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


async def _ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def _pool(admin: httpx.AsyncClient, name: str, **fields: Any) -> str:
    return str((await _ok(await admin.post(POOLS, json={"name": name, **fields}), 201))["id"])


async def _pooled(admin: httpx.AsyncClient, name: str, pool_id: str | None, **fields: Any) -> str:
    customer = await create_customer(admin, name, owner_id=None, pool_id=pool_id, **fields)
    assert customer["pool_id"] == pool_id
    return str(customer["id"])


async def _pool_ids(http: httpx.AsyncClient, **params: Any) -> set[str]:
    body = await _ok(await http.get(POOL, params={"limit": 200, **params}))
    return {item["id"] for item in body["items"]}


async def _policy(admin: httpx.AsyncClient, **values: Any) -> None:
    await _ok(await admin.patch(POLICY, json=values))


async def _reason(admin: httpx.AsyncClient, code: str) -> dict[str, Any]:
    items = (await _ok(await admin.get(REASONS, params={"limit": 200})))["items"]
    found: dict[str, Any] = next(r for r in items if r["code"] == code)
    return found


async def _events(admin: httpx.AsyncClient, customer_id: str, kind: str) -> list[dict[str, Any]]:
    body = await _ok(await admin.get(f"{CUSTOMERS}/{customer_id}/events", params={"kind": kind}))
    items: list[dict[str, Any]] = body["items"]
    return items


async def _backdate(db: TestDatabase, customer_id: str, **values: Any) -> None:
    async with db.database.sessionmaker() as session:
        await session.execute(
            update(Customer).where(Customer.id == uuid.UUID(customer_id)).values(**values)
        )
        await session.commit()


async def _backdate_events(db: TestDatabase, customer_id: str, moment: datetime) -> None:
    async with db.database.sessionmaker() as session:
        await session.execute(
            update(CustomerEvent)
            .where(CustomerEvent.customer_id == uuid.UUID(customer_id))
            .values(created_at=moment)
        )
        await session.commit()


async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["customer:read"])


# ----- members --------------------------------------------------------------------------------
async def test_each_rep_sees_the_default_pool_and_the_pools_they_belong_to(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    team_a = await _pool(client, "一组公海", department_id=org.departments["team_a"])
    listed = await _pool(client, "重点行业公海", member_ids=[org.ids["R3"]])
    open_pool = await _pool(client, "全员公海", open_to_all=True)
    in_default = await _pooled(client, "默认公海客户", None)
    in_a = await _pooled(client, "一组客户", team_a)
    in_listed = await _pooled(client, "重点行业客户", listed)
    in_open = await _pooled(client, "全员客户", open_pool)

    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R3"]) as r3:
        assert await _pool_ids(r1) >= {in_default, in_a, in_open}
        assert in_listed not in await _pool_ids(r1)
        assert await _pool_ids(r3) >= {in_default, in_listed, in_open}
        assert in_a not in await _pool_ids(r3)
        # Filters: one pool, the default pool only, the named pools only.
        assert await _pool_ids(r1, pool_id=team_a) == {in_a}
        assert in_default in await _pool_ids(r1, default_pool="true")
        assert await _pool_ids(r1, default_pool="true") & {in_a, in_open} == set()
        assert await _pool_ids(r1, default_pool="false") >= {in_a, in_open}
        # Outside their pools a customer is not there at all: get and claim are 404.
        _problem(await r1.get(f"{POOL}/{in_listed}"), 404, "not_found")
        _problem(await r1.post(f"{POOL}/{in_listed}/claim"), 404, "not_found")
        _problem(await r3.post(f"{POOL}/{in_a}/claim"), 404, "not_found")
        claimed = await _ok(await r3.post(f"{POOL}/{in_listed}/claim"))
        assert claimed["owner_id"] == org.ids["R3"]
        assert claimed["pool"] == {"id": listed, "name": "重点行业公海", "deleted": False}
        (event,) = await _events(client, in_listed, "claimed")
        assert event["pool_id"] == listed
        # Claimers read the pools they belong to; policy holders change them.
        names = {p["name"] for p in (await _ok(await r1.get(POOLS)))["items"]}
        assert {"一组公海", "全员公海"} <= names
        assert "重点行业公海" not in names
        _problem(await r1.get(f"{POOLS}/{listed}"), 404, "not_found")
        assert (await _ok(await r3.get(f"{POOLS}/{listed}")))["name"] == "重点行业公海"
        _problem(await r1.post(POOLS, json={"name": "自建公海"}), 403, "forbidden")
        _problem(await r1.patch(f"{POOLS}/{team_a}", json={"open_to_all": True}), 403, "forbidden")

    # The administrator sees every pool.
    assert await _pool_ids(client) >= {in_default, in_a, in_open}
    # A pool that holds customers is not deleted; an empty one is.
    _problem(await client.delete(f"{POOLS}/{team_a}"), 409, "pool_in_use")
    empty = await _pool(client, "空公海")
    assert (await client.delete(f"{POOLS}/{empty}")).status_code == 204


async def test_a_pool_names_existing_departments_and_current_employees(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    missing = str(uuid.uuid4())
    refused = _problem(
        await client.post(POOLS, json={"name": "坏公海", "department_id": missing}),
        422,
        "validation_error",
    )
    assert refused["errors"][0]["loc"] == ["body", "department_id"]
    refused = _problem(
        await client.post(POOLS, json={"name": "坏公海", "member_ids": [db.admin_id, missing]}),
        422,
        "validation_error",
    )
    assert refused["errors"][0]["loc"] == ["body", "member_ids", 1]
    pool_id = await _pool(client, "好公海", member_ids=[db.admin_id, db.admin_id])
    assert (await _ok(await client.get(f"{POOLS}/{pool_id}")))["member_ids"] == [db.admin_id]
    # A customer names a pool that exists.
    refused = _problem(
        await client.post(
            CUSTOMERS, json={"name": "无处可去", "owner_id": None, "pool_id": missing}
        ),
        422,
        "validation_error",
    )
    assert refused["errors"][0]["loc"] == ["body", "pool_id"]
    assert (await client.get(POOLS, params={"limit": 200})).status_code == 200


# ----- masking --------------------------------------------------------------------------------
async def test_contact_details_are_masked_in_the_pool_until_a_claim(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    open_pool = await _pool(client, "明文公海", open_to_all=True, mask_contacts=False)
    masked_id = await _pooled(
        client,
        "遮蔽客户",
        None,
        phones=["13812345678"],
        email="buyer@example.cn",
        address="北京市朝阳区建国路88号",
        remarks="采购经理手机 13812345678",
    )
    plain_id = await _pooled(client, "明文客户", open_pool, phones=["13912345678"])
    contact = await _ok(
        await client.post(
            CONTACTS,
            json={
                "customer_id": masked_id,
                "name": "王采购",
                "mobile": "13700001111",
                "email": "wang@example.cn",
                "wechat": "wang_buyer",
                "birthday": "1985-06-01",
            },
        ),
        201,
    )
    async with http_client(app, org.tokens["R1"]) as r1:
        shown = await _ok(await r1.get(f"{POOL}/{masked_id}"))
        assert shown["contacts_masked"] is True
        assert shown["phones"] == ["+86138****5678"]
        assert shown["email"] == "b***@example.cn"
        assert shown["address"] == "北京市朝阳区****"
        assert shown["remarks"] is None
        listed = {
            c["id"]: c for c in (await _ok(await r1.get(POOL, params={"limit": 200})))["items"]
        }
        assert listed[masked_id]["phones"] == ["+86138****5678"]
        assert listed[plain_id]["phones"] == ["+8613912345678"]
        assert listed[plain_id]["contacts_masked"] is False
        people = await _ok(await r1.get(f"{POOL}/{masked_id}/contacts"))
        assert people["contacts_masked"] is True
        (person,) = people["items"]
        assert person["id"] == contact["id"]
        assert person["name"] == "王采购"
        assert person["mobile"] == "+86137****1111"
        assert person["email"] == "w***@example.cn"
        assert person["wechat"] == "w***"
        assert person["birthday"] is None
        # Claimed, the customer and its contacts are theirs in full.
        await _ok(await r1.post(f"{POOL}/{masked_id}/claim"))
        mine = await _ok(await r1.get(f"{CUSTOMERS}/{masked_id}"))
        assert mine["phones"] == ["+8613812345678"]
        assert mine["contacts_masked"] is False
        full = await _ok(await r1.get(f"{CONTACTS}/{contact['id']}"))
        assert full["mobile"] == "+8613700001111"
        # … and no longer in the pool.
        _problem(await r1.get(f"{POOL}/{masked_id}/contacts"), 404, "not_found")

    # The policy turns masking off for the default pool.
    await _policy(client, pool_masks_contacts=False)
    async with http_client(app, org.tokens["R2"]) as r2:
        other = await _pooled(client, "不遮蔽客户", None, phones=["13812340000"])
        assert (await _ok(await r2.get(f"{POOL}/{other}")))["phones"] == ["+8613812340000"]


# ----- cooldown and daily limit ----------------------------------------------------------------
async def test_whoever_released_a_customer_waits_out_the_cooldown(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    await _policy(client, claim_cooldown_days=3)
    customer_id = await _pooled(client, "冷却客户", None)
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R2"]) as r2:
        await _ok(await r1.post(f"{POOL}/{customer_id}/claim"))
        released = await _ok(
            await r1.post(f"{CUSTOMERS}/{customer_id}/release", json={"reason": "暂无需求"})
        )
        assert released["released_at"] is not None
        refused = await r1.post(f"{POOL}/{customer_id}/claim")
        body = _problem(refused, 409, "claim_cooldown")
        available = datetime.fromisoformat(body["available_at"])
        expected = datetime.fromisoformat(released["released_at"]) + timedelta(days=3)
        assert abs((available - expected).total_seconds()) < 1
        assert 3 * 86400 - 60 < int(refused.headers["Retry-After"]) <= 3 * 86400 + 1
        # Someone else may claim it at once; released again, it is R2 who waits.
        await _ok(await r2.post(f"{POOL}/{customer_id}/claim"))
        await _ok(await r2.post(f"{CUSTOMERS}/{customer_id}/release", json={"reason": "转交"}))
        await _ok(await r1.post(f"{POOL}/{customer_id}/claim"))
        await _ok(await r1.post(f"{CUSTOMERS}/{customer_id}/release", json={"reason": "再放"}))
        # Once the cooldown has passed, the previous owner claims again.
        await _backdate(db, customer_id, released_at=utcnow() - timedelta(days=3, minutes=1))
        await _ok(await r1.post(f"{POOL}/{customer_id}/claim"))


async def test_a_hand_over_to_the_pool_starts_the_leavers_cooldown(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    await _policy(client, claim_cooldown_days=2)
    team_b = await _pool(client, "二组公海", department_id=org.departments["team_b"])
    customer_id = (await create_customer(client, "交接客户", owner_id=org.ids["R3"]))["id"]
    plan = {"resources": [{"resource": "customer", "to_pool": True}]}
    await _ok(await client.post(f"/api/v1/employees/{org.ids['R3']}/hand-over", json=plan))
    moved = await _ok(await client.get(f"{CUSTOMERS}/{customer_id}"))
    assert moved["owner_id"] is None
    assert moved["pool_id"] == team_b  # the pool of the leaver's department
    (event,) = await _events(client, customer_id, "released")
    assert event["pool_id"] == team_b
    async with http_client(app, org.tokens["R3"]) as r3:
        _problem(await r3.post(f"{POOL}/{customer_id}/claim"), 409, "claim_cooldown")
    async with http_client(app, org.tokens["R4"]) as r4:
        await _ok(await r4.post(f"{POOL}/{customer_id}/claim"))


async def test_a_pool_limits_claims_per_employee_and_day(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    limited = await _pool(client, "限量公海", open_to_all=True, daily_claim_limit=2)
    ids = [await _pooled(client, f"限量客户{n}", limited) for n in range(4)]
    in_default = await _pooled(client, "默认客户", None)
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R2"]) as r2:
        await _ok(await r1.post(f"{POOL}/{ids[0]}/claim"))
        await _ok(await r1.post(f"{POOL}/{ids[1]}/claim"))
        refused = await r1.post(f"{POOL}/{ids[2]}/claim")
        body = _problem(refused, 409, "claim_daily_limit")
        assert (body["cap"], body["claimed"]) == (2, 2)
        tomorrow = datetime.fromisoformat(body["available_at"])
        assert tomorrow > utcnow()
        assert tomorrow - utcnow() <= timedelta(days=1)
        assert int(refused.headers["Retry-After"]) > 0
        # Another pool, another count; another rep, another count.
        await _ok(await r1.post(f"{POOL}/{in_default}/claim"))
        await _ok(await r2.post(f"{POOL}/{ids[2]}/claim"))
        # Yesterday's claims do not count today.
        for claimed in ids[:2]:
            await _backdate_events(db, claimed, utcnow() - timedelta(days=1, hours=1))
        await _ok(await r1.post(f"{POOL}/{ids[3]}/claim"))
    # The policy's limit applies to the default pool.
    await _policy(client, daily_claim_limit=0)
    another = await _pooled(client, "默认客户二", None)
    async with http_client(app, org.tokens["R4"]) as r4:
        _problem(await r4.post(f"{POOL}/{another}/claim"), 409, "claim_daily_limit")


# ----- releases ------------------------------------------------------------------------------
async def test_releases_name_a_reason_from_the_list_and_go_to_the_right_pool(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    no_need = await _reason(client, "no_need")
    assert no_need["name"] == "客户暂无需求"
    east = await _pool(client, "华东公海", region="华东", open_to_all=True)
    team_a = await _pool(client, "一组公海", department_id=org.departments["team_a"])
    closed = await _pool(client, "他人公海", member_ids=[org.ids["R3"]])
    retired = await _ok(
        await client.post(REASONS, json={"code": "old_reason", "name": "旧原因", "active": False}),
        201,
    )

    async def owned(name: str, **fields: Any) -> str:
        return str((await create_customer(client, name, owner_id=org.ids["R1"], **fields))["id"])

    by_list, by_region, by_team, chosen = (
        await owned("列表原因客户"),
        await owned("华东客户", region="华东"),
        await owned("一组客户"),
        await owned("指定公海客户"),
    )
    async with http_client(app, org.tokens["R1"]) as r1:
        body = await _ok(
            await r1.post(f"{CUSTOMERS}/{by_list}/release", json={"reason_id": no_need["id"]})
        )
        assert body["pool_id"] == team_a  # no region pool: the department's
        (event,) = await _events(client, by_list, "released")
        assert event["release_reason"] == {
            "id": no_need["id"],
            "name": "客户暂无需求",
            "deleted": False,
        }
        assert event["reason"] is None
        assert event["pool_id"] == team_a
        body = await _ok(
            await r1.post(f"{CUSTOMERS}/{by_region}/release", json={"reason": "区域调整"})
        )
        assert body["pool_id"] == east
        body = await _ok(await r1.post(f"{CUSTOMERS}/{by_team}/release", json={"reason": "x"}))
        assert body["pool_id"] == team_a
        # A retired or unknown reason, a pool the rep is no member of: 422, nothing changes.
        for payload, loc in (
            ({"reason_id": retired["id"]}, ["body", "reason_id"]),
            ({"reason_id": str(uuid.uuid4())}, ["body", "reason_id"]),
            ({"reason": "x", "pool_id": closed}, ["body", "pool_id"]),
            ({"reason": "x", "pool_id": str(uuid.uuid4())}, ["body", "pool_id"]),
        ):
            refused = _problem(
                await r1.post(f"{CUSTOMERS}/{chosen}/release", json=payload),
                422,
                "validation_error",
            )
            assert refused["errors"][0]["loc"] == loc
        assert (await _ok(await client.get(f"{CUSTOMERS}/{chosen}")))["owner_id"] == org.ids["R1"]
        body = await _ok(
            await r1.post(
                f"{CUSTOMERS}/{chosen}/release",
                json={"reason": "换组跟进", "reason_id": no_need["id"], "pool_id": east},
            )
        )
        assert body["pool_id"] == east
        # Claimed again from its pool, its pool stays its own: a later release goes back there.
        await _backdate(db, chosen, released_at=utcnow() - timedelta(days=30))
        await _ok(await r1.post(f"{POOL}/{chosen}/claim"))
        body = await _ok(await r1.post(f"{CUSTOMERS}/{chosen}/release", json={"reason": "y"}))
        assert body["pool_id"] == east


# ----- the return rule ---------------------------------------------------------------------------
async def test_the_return_rule_leaves_open_deals_and_contracts_in_progress(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    await _policy(client, pool_return_days=30, pool_warning_days=0)
    quick = await _pool(client, "快退公海", return_days=5, open_to_all=True)

    async def idle(name: str, **fields: Any) -> str:
        customer = await create_customer(client, name, owner_id=db.admin_id, **fields)
        await _backdate(db, customer["id"], owned_since=utcnow() - timedelta(days=40))
        return str(customer["id"])

    plain = await idle("闲置客户")
    with_deal = await idle("有商机客户")
    await sales.deal(client, with_deal)
    with_contract = await idle("合同执行中客户")
    won = await sales.won_deal(client, customer_id=with_contract)
    await sales.contract(client, won["id"])
    closed_deal = await idle("商机已输客户")
    lost = await sales.deal(client, closed_deal)
    reason = await sales.loss_reason(client)
    await _ok(
        await client.post(
            f"{sales.OPPORTUNITIES}/{lost['id']}/lose", json={"loss_reason_id": reason}
        )
    )
    in_quick = await create_customer(client, "快退客户", owner_id=db.admin_id, pool_id=quick)
    await _backdate(db, in_quick["id"], owned_since=utcnow() - timedelta(days=6))

    await run_pool_job(db, settings, utcnow())
    owners = {
        cid: (await _ok(await client.get(f"{CUSTOMERS}/{cid}")))["owner_id"]
        for cid in (plain, with_deal, with_contract, closed_deal, in_quick["id"])
    }
    assert owners[plain] is None
    assert owners[closed_deal] is None
    assert owners[in_quick["id"]] is None  # the pool's 5 days, not the policy's 30
    assert owners[with_deal] == db.admin_id
    assert owners[with_contract] == db.admin_id
    (event,) = await _events(client, in_quick["id"], "returned_to_pool")
    assert event["pool_id"] == quick
    returned = await _ok(await client.get(f"{CUSTOMERS}/{plain}"))
    assert returned["released_at"] is not None


# ----- statistics ----------------------------------------------------------------------------
async def test_pool_statistics_count_claims_releases_returns_and_conversions(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await _org(app, client, db)
    east = await _pool(client, "统计公海", open_to_all=True)
    no_need = await _reason(client, "no_need")
    a, b, c = [await _pooled(client, f"统计客户{n}", east) for n in range(3)]
    async with http_client(app, org.tokens["R1"]) as r1:
        for customer_id in (a, b, c):
            await _ok(await r1.post(f"{POOL}/{customer_id}/claim"))
        await _ok(await r1.post(f"{CUSTOMERS}/{a}/release", json={"reason_id": no_need["id"]}))
        await _ok(await r1.post(f"{CUSTOMERS}/{b}/release", json={"reason": "其他"}))
        # c converts: a deal won after the claim; a second one converts nothing more.
        await sales.won_deal(r1, customer_id=c)
        await sales.won_deal(r1, customer_id=c)
        # A deal won for a customer never claimed converts no claim.
        await sales.won_deal(client)
    default_customer = await _pooled(client, "统计默认客户", None)
    async with http_client(app, org.tokens["R2"]) as r2:
        await _ok(await r2.post(f"{POOL}/{default_customer}/claim"))

    day = today().isoformat()
    stats = await _ok(
        await client.get(STATISTICS, params={"start_date": day, "end_date": day, "bucket": "day"})
    )
    assert stats["time_zone"] == settings.timezone
    totals = {row["pool_id"]: row for row in stats["totals"]}
    assert {k: totals[east][k] for k in ("claims", "releases", "returns", "conversions")} == {
        "claims": 3,
        "releases": 2,
        "returns": 0,
        "conversions": 1,
    }
    assert totals[east]["pool"]["name"] == "统计公海"
    assert totals[None]["claims"] >= 1
    (row,) = [r for r in stats["rows"] if r["pool_id"] == east]
    assert row["period_start"] == day
    reasons = {
        (r["pool_id"], r["release_reason_id"]): r["releases"] for r in stats["release_reasons"]
    }
    assert reasons[(east, no_need["id"])] == 1
    assert reasons[(east, None)] == 1
    # One pool, by month; a period before the events counts nothing.
    one = await _ok(await client.get(STATISTICS, params={"pool_id": east, "bucket": "month"}))
    assert [r["pool_id"] for r in one["totals"]] == [east]
    assert one["rows"][0]["period_start"] == today().replace(day=1).isoformat()
    weekly = await _ok(await client.get(STATISTICS, params={"pool_id": east, "bucket": "week"}))
    monday = today() - timedelta(days=today().weekday())
    assert [r["period_start"] for r in weekly["rows"]] == [monday.isoformat()]
    assert weekly["rows"][0]["claims"] == 3
    before = await _ok(
        await client.get(STATISTICS, params={"start_date": "2020-01-01", "end_date": "2020-01-31"})
    )
    assert before["rows"] == []
    assert before["totals"] == []
    # Reps do not read statistics; periods are checked.
    async with http_client(app, org.tokens["R1"]) as r1:
        _problem(await r1.get(STATISTICS), 403, "forbidden")
    for params, kind in (
        ({"start_date": "2026-02-01", "end_date": "2026-01-01"}, "range_reversed"),
        ({"start_date": "2020-01-01", "end_date": "2026-01-01"}, "period_too_long"),
    ):
        refused = _problem(await client.get(STATISTICS, params=params), 422, "validation_error")
        assert refused["errors"][0]["type"] == kind
    # A manager sees the pools they belong to (and the default one), not the others.
    secret = await _pool(client, "二组专属公海", department_id=org.departments["team_b"])
    hidden = await _pooled(client, "二组专属客户", secret)
    async with http_client(app, org.tokens["R3"]) as r3:
        await _ok(await r3.post(f"{POOL}/{hidden}/claim"))
    async with http_client(app, org.tokens["M1"]) as m1:
        seen = await _ok(await m1.get(STATISTICS))
        assert secret not in {r["pool_id"] for r in seen["totals"]}
        refused = _problem(
            await m1.get(STATISTICS, params={"pool_id": secret}), 422, "validation_error"
        )
        assert refused["errors"][0]["loc"] == ["query", "pool_id"]
