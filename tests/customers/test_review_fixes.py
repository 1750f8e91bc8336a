"""Regression tests for what the review of the customer context found."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import Org, build_org
from tests.customers.support import (
    CONTACTS,
    CUSTOMERS,
    POLICY,
    TIERS,
    create_customer,
    credit_code,
)

POOL = "/api/v1/customer-pool"


async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["customer:assign"])


async def test_nobody_takes_a_pool_customer_by_patch_without_customer_assign(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer = await create_customer(client, "公海协作客户", owner_id=org.ids["R1"])
    url = f"{CUSTOMERS}/{customer['id']}"
    async with http_client(app, org.tokens["R1"]) as r1:
        shared = await r1.put(f"{url}/collaborators/{org.ids['R3']}", json={"access": "write"})
        assert shared.status_code == 201
        assert shared.headers["location"].endswith(f"/collaborators/{org.ids['R3']}")
        assert (await r1.post(f"{url}/release", json={"reason": "放弃"})).status_code == 200
    await client.patch(POLICY, json={"max_customers_per_owner": 0})
    async with http_client(app, org.tokens["R3"]) as r3:
        assert (await r3.post(f"{POOL}/{customer['id']}/claim")).status_code == 409
        taken = await r3.patch(url, json={"owner_id": org.ids["R3"]})
        assert taken.status_code == 403
    assert (await client.get(url)).json()["owner_id"] is None


async def test_a_write_share_lends_a_customer_but_does_not_give_it_away(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer = await create_customer(client, "借用客户", owner_id=org.ids["R1"])
    url = f"{CUSTOMERS}/{customer['id']}"
    for grantee in ("R3", "M2"):
        response = await client.put(
            f"{url}/collaborators/{org.ids[grantee]}", json={"access": "write"}
        )
        assert response.status_code == 201
    async with http_client(app, org.tokens["R3"]) as r3:
        assert (await r3.patch(url, json={"remarks": "可以改"})).status_code == 200
        released = await r3.post(f"{url}/release", json={"reason": "想要"})
        assert released.status_code == 403
        assert released.json()["code"] == "forbidden"
    async with http_client(app, org.tokens["M2"]) as m2:
        moved = await m2.post(
            f"{CUSTOMERS}/transfer",
            json={"customer_ids": [customer["id"]], "to_employee_id": org.ids["R4"]},
        )
        assert moved.status_code == 403
        taken = await m2.patch(url, json={"owner_id": org.ids["M2"]})
        assert taken.status_code == 403
    assert (await client.get(url)).json()["owner_id"] == org.ids["R1"]
    # The owner's own manager may still hand it on within the team.
    async with http_client(app, org.tokens["M1"]) as m1:
        moved = await m1.patch(url, json={"owner_id": org.ids["R2"]})
        assert moved.status_code == 200, moved.text
        outside = await m1.patch(url, json={"owner_id": org.ids["R3"]})
        assert outside.status_code == 403


async def test_one_live_share_per_grantee_even_under_concurrent_puts(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer = await create_customer(client, "并发协作", owner_id=org.ids["R1"])
    url = f"{CUSTOMERS}/{customer['id']}/collaborators/{org.ids['R3']}"
    responses = await asyncio.gather(*(client.put(url, json={}) for _ in range(3)))
    assert [r.status_code for r in responses].count(201) == 1, [r.text for r in responses]
    assert all(r.status_code in (200, 201, 409) for r in responses), [r.text for r in responses]
    listed = (await client.get(f"{CUSTOMERS}/{customer['id']}/collaborators")).json()["items"]
    assert len(listed) == 1
    assert (await client.delete(url)).status_code == 204
    async with http_client(app, org.tokens["R3"]) as r3:
        assert (await r3.get(f"{CUSTOMERS}/{customer['id']}")).status_code == 404


async def test_a_forced_duplicate_stays_editable_and_restore_checks_again(
    client: httpx.AsyncClient,
) -> None:
    first = await create_customer(client, "华信科技有限公司")
    forced = await create_customer(client, "华信科技", allow_duplicate=True)
    url = f"{CUSTOMERS}/{forced['id']}"
    assert (await client.patch(url, json={"email": "a@huaxin.cn"})).status_code == 200
    assert (await client.patch(url, json={"phones": ["13900001111"]})).status_code == 200
    # A new key that matches is still caught.
    clash = await client.patch(f"{CUSTOMERS}/{first['id']}", json={"phones": ["13900001111"]})
    assert clash.status_code == 409
    # Deleted, then the same customer created again: restoring the first is a duplicate.
    assert (await client.delete(f"{CUSTOMERS}/{first['id']}")).status_code == 204
    assert (await client.delete(url)).status_code == 204
    again = await create_customer(client, "华信科技（有限公司）")
    restored = await client.post(f"{CUSTOMERS}/{first['id']}/restore")
    assert restored.status_code == 409
    assert restored.json()["duplicates"][0]["id"] == again["id"]


async def test_resigned_employees_cannot_own_or_collaborate(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    left = await client.post(
        f"/api/v1/employees/{org.ids['R4']}/changes",
        json={"kind": "resignation", "successor_id": org.ids["R3"]},
    )
    assert left.status_code == 201, left.text
    response = await client.post(CUSTOMERS, json={"name": "离职负责人", "owner_id": org.ids["R4"]})
    assert response.status_code == 422
    customer = await create_customer(client, "在职负责人")
    url = f"{CUSTOMERS}/{customer['id']}"
    assert (await client.patch(url, json={"owner_id": org.ids["R4"]})).status_code == 422
    assert (await client.put(f"{url}/collaborators/{org.ids['R4']}", json={})).status_code == 422


async def test_small_fixes_of_input_handling(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "输入检查", tier="b")
    assert customer["tier"] == "B"
    assert (await client.get(CUSTOMERS, params={"tier": "b"})).json()["items"][0]["id"] == (
        customer["id"]
    )
    duplicate_tier = await client.post(TIERS, json={"code": "a", "name": "重复"})
    assert duplicate_tier.status_code == 409
    long_extension = await client.post(
        CONTACTS,
        json={
            "customer_id": customer["id"],
            "name": "分机",
            "phone": "010-6552 9988 转 12345678901",
        },
    )
    assert long_extension.status_code == 422
    assert long_extension.json()["errors"][0]["loc"] == ["body", "phone"]
    reason_alone = await client.patch(
        f"{CUSTOMERS}/{customer['id']}", json={"stage_reason": "没有阶段"}
    )
    assert reason_alone.status_code == 422
    huge = await client.patch(
        POLICY,
        json={
            "key_account_rules": {
                "conditions": [{"metric": "tier_rank", "op": "gte", "value": 10**20}]
            }
        },
    )
    assert huge.status_code == 422
    assert (await client.get("/api/v1/key-account-candidates")).status_code == 200


async def test_a_key_account_marked_again_gets_a_new_plan(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "再次大客户")
    url = f"{CUSTOMERS}/{customer['id']}"
    plans = "/api/v1/key-account-plans"
    assert (await client.post(f"{url}/mark-key-account", json={"reason": "战略"})).is_success
    plan = {"customer_id": customer["id"], "review_date": "2027-03-31"}
    assert (await client.post(plans, json=plan)).status_code == 201
    assert (await client.post(f"{url}/unmark-key-account", json={"reason": "降级"})).is_success
    assert (await client.post(f"{url}/mark-key-account", json={"reason": "回升"})).is_success
    second = await client.post(plans, json=plan)
    assert second.status_code == 201, second.text
    statuses = sorted(
        p["status"]
        for p in (await client.get(plans, params={"customer_id": customer["id"]})).json()["items"]
    )
    assert statuses == ["active", "closed"]


async def test_concurrent_creates_of_one_customer_give_one_record(
    client: httpx.AsyncClient,
) -> None:
    payload = {"name": "并发创建", "credit_code": credit_code(42)}
    for _ in range(3):
        responses = await asyncio.gather(*(client.post(CUSTOMERS, json=payload) for _ in range(2)))
        assert sorted(r.status_code for r in responses) in ([201, 409], [409, 409])
    total = (await client.get(CUSTOMERS, params={"include_total": "true"})).json()["total"]
    assert total == 1
