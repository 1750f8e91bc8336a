"""Customer rules over HTTP: duplicates, required fields, tiers, stage history, owners,
collaborators, follow-ups, hand-over of a leaver's customers, contacts' primary flag."""

from __future__ import annotations

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
    mobile,
)


async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["customer:assign"])


async def _count(http: httpx.AsyncClient) -> int:
    total: int = (await http.get(CUSTOMERS, params={"include_total": "true"})).json()["total"]
    return total


# ----- duplicates ------------------------------------------------------------------------------
async def test_duplicates_are_409_with_the_matching_ids_and_write_nothing(
    client: httpx.AsyncClient,
) -> None:
    first = await create_customer(
        client,
        "上海华信科技有限公司",
        credit_code=credit_code(1),
        phones=[mobile(1)],
        email="Sales@HuaXin.cn",
    )
    second = await create_customer(client, "杭州云栖软件有限公司", phones=[mobile(2)])
    cases: list[tuple[dict[str, Any], set[str], list[str]]] = [
        ({"name": "完全不同", "credit_code": credit_code(1)}, {first["id"]}, ["credit_code"]),
        ({"name": "上海华信科技（有限公司）"}, {first["id"]}, ["name"]),
        ({"name": " 上海 华信科技 "}, {first["id"]}, ["name"]),
        ({"name": "另一家", "phones": ["+86 139-0000-0001"]}, {first["id"]}, ["phone"]),
        ({"name": "另一家", "email": "sales@huaxin.cn"}, {first["id"]}, ["email"]),
    ]
    for payload, ids, matched_on in cases:
        response = await client.post(CUSTOMERS, json=payload)
        assert response.status_code == 409, (payload, response.text)
        problem = response.json()
        assert problem["code"] == "duplicate"
        assert {d["id"] for d in problem["duplicates"]} == ids, payload
        assert problem["duplicates"][0]["matched_on"] == matched_on, payload
    both = await client.post(CUSTOMERS, json={"name": "杭州云栖软件", "phones": [mobile(1)]})
    assert both.status_code == 409
    assert {d["id"] for d in both.json()["duplicates"]} == {first["id"], second["id"]}
    assert await _count(client) == 2
    # Different enough: a name that only contains the other is not a duplicate.
    await create_customer(client, "上海华信")
    # Changing a customer into a duplicate is refused too; changing it in place is not.
    url = f"{CUSTOMERS}/{second['id']}"
    response = await client.patch(url, json={"credit_code": credit_code(1)})
    assert response.status_code == 409
    assert response.json()["duplicates"] == [{"id": first["id"], "matched_on": ["credit_code"]}]
    assert (await client.patch(url, json={"name": "杭州云栖软件股份有限公司"})).status_code == 200


async def test_forcing_a_duplicate_needs_the_right(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    await create_customer(client, "深圳李娜电子有限公司", owner_id=org.ids["R3"])
    async with http_client(app, org.tokens["R1"]) as r1:
        # R1 cannot see R3's customer, but is still told it exists: no second record.
        response = await r1.post(CUSTOMERS, json={"name": "深圳李娜电子有限公司"})
        assert response.status_code == 409
        duplicate_id = response.json()["duplicates"][0]["id"]
        assert (await r1.get(f"{CUSTOMERS}/{duplicate_id}")).status_code == 404
        forced = await r1.post(
            CUSTOMERS, json={"name": "深圳李娜电子有限公司", "allow_duplicate": True}
        )
        assert forced.status_code == 403
        assert forced.json()["code"] == "forbidden"
    async with http_client(app, org.tokens["D"]) as director:
        forced = await director.post(
            CUSTOMERS, json={"name": "深圳李娜电子有限公司", "allow_duplicate": True}
        )
        assert forced.status_code == 201, forced.text
        assert "allow_duplicate" not in forced.json()


# ----- data rules ------------------------------------------------------------------------------
async def test_required_fields_per_kind_follow_the_policy(client: httpx.AsyncClient) -> None:
    policy = await client.get(POLICY)
    assert policy.status_code == 200
    etag = policy.headers["etag"]
    changed = await client.patch(
        POLICY,
        json={"required_fields": {"company": ["credit_code", "industry"], "individual": []}},
        headers={"If-Match": etag},
    )
    assert changed.status_code == 200, changed.text
    stale = await client.patch(POLICY, json={"pool_warning_days": 5}, headers={"If-Match": etag})
    assert stale.status_code == 412
    response = await client.post(CUSTOMERS, json={"name": "缺字段公司"})
    assert response.status_code == 422
    locs = [e["loc"] for e in response.json()["errors"]]
    assert locs == [["body", "credit_code"], ["body", "industry"]]
    assert await _count(client) == 0
    person = await create_customer(client, "王芳", kind="individual")
    company = await create_customer(client, "合规公司", credit_code=credit_code(7), industry="制造")
    cleared = await client.patch(f"{CUSTOMERS}/{company['id']}", json={"industry": None})
    assert cleared.status_code == 422
    assert cleared.json()["errors"][0]["loc"] == ["body", "industry"]
    # Turning the individual into a company brings the company rules into force.
    turned = await client.patch(f"{CUSTOMERS}/{person['id']}", json={"kind": "company"})
    assert turned.status_code == 422
    bad = await client.patch(POLICY, json={"required_fields": {"company": ["owner_id"]}})
    assert bad.status_code == 422


async def test_unknown_tier_is_422_naming_it_and_tiers_in_use_cannot_go(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post(CUSTOMERS, json={"name": "等级测试", "tier": "Z"})
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["loc"] == ["body", "tier"]
    assert "A, B, C, D" in error["msg"]
    tier = await client.post(TIERS, json={"code": "VIP", "name": "贵宾", "rank": 1})
    assert tier.status_code == 201, tier.text
    customer = await create_customer(client, "贵宾公司", tier="VIP")
    assert customer["tier"] == "VIP"
    refused = await client.delete(f"{TIERS}/{tier.json()['id']}")
    assert refused.status_code == 409
    assert (await client.patch(f"{CUSTOMERS}/{customer['id']}", json={"tier": "A"})).is_success
    assert (await client.delete(f"{TIERS}/{tier.json()['id']}")).status_code == 204
    gone = await client.patch(f"{CUSTOMERS}/{customer['id']}", json={"tier": "VIP"})
    assert gone.status_code == 422


# ----- life cycle ------------------------------------------------------------------------------
async def test_stage_changes_are_kept_in_order_with_their_reasons(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client, "生命周期公司")
    url = f"{CUSTOMERS}/{customer['id']}"
    assert customer["stage"] == "prospect"
    first = await client.patch(url, json={"stage": "new", "stage_reason": "首单签约"})
    assert first.status_code == 200
    assert first.json()["stage_changed_at"] > customer["stage_changed_at"]
    await client.patch(url, json={"remarks": "no stage change"})
    await client.patch(url, json={"stage": "at_risk", "stage_reason": "三个月未复购"})
    events = (
        await client.get(f"{url}/events", params={"kind": "stage_changed", "sort": "created_at"})
    ).json()["items"]
    assert [(e["from_value"], e["to_value"], e["reason"]) for e in events] == [
        (None, "prospect", None),
        ("prospect", "new", "首单签约"),
        ("new", "at_risk", "三个月未复购"),
    ]
    bad = await client.get(f"{url}/events", params={"kind": "nonsense"})
    assert bad.status_code == 422


async def test_a_follow_up_is_recorded_on_the_timeline(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "跟进公司")
    assert customer["last_follow_up_at"] is None
    url = f"{CUSTOMERS}/{customer['id']}"
    response = await client.post(f"{url}/follow-ups", json={"method": "phone", "note": "报价"})
    assert response.status_code == 200, response.text
    assert response.json()["last_follow_up_at"] is not None
    events = (await client.get(f"{url}/events", params={"kind": "follow_up"})).json()["items"]
    assert [(e["reason"], e["details"]) for e in events] == [("报价", {"method": "phone"})]


# ----- ownership -------------------------------------------------------------------------------
async def test_giving_a_customer_to_someone_else_needs_customer_assign(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    async with http_client(app, org.tokens["R1"]) as r1:
        mine = await r1.post(CUSTOMERS, json={"name": "我的客户"})
        assert mine.status_code == 201
        assert mine.json()["owner_id"] == org.ids["R1"]
        assert mine.json()["owned_since"] is not None
        for owner in (org.ids["R2"], None):
            response = await r1.post(CUSTOMERS, json={"name": "给别人", "owner_id": owner})
            assert response.status_code == 403, owner
        moved = await r1.patch(f"{CUSTOMERS}/{mine.json()['id']}", json={"owner_id": org.ids["R2"]})
        assert moved.status_code == 403
    async with http_client(app, org.tokens["M1"]) as m1:
        moved = await m1.patch(f"{CUSTOMERS}/{mine.json()['id']}", json={"owner_id": org.ids["R2"]})
        assert moved.status_code == 200, moved.text
        unknown = await m1.post(
            CUSTOMERS,
            json={"name": "无主", "owner_id": "01890a5d-ac96-774b-bcce-b302099a8001"},
        )
        assert unknown.status_code == 422
        assert unknown.json()["errors"][0]["loc"] == ["body", "owner_id"]
    async with http_client(app, org.tokens["R1"]) as r1:
        assert (await r1.get(f"{CUSTOMERS}/{mine.json()['id']}")).status_code == 404
    events = (
        await client.get(f"{CUSTOMERS}/{mine.json()['id']}/events", params={"kind": "transferred"})
    ).json()["items"]
    assert [(e["from_value"], e["to_value"]) for e in events] == [(org.ids["R1"], org.ids["R2"])]


async def test_a_leavers_customers_go_to_the_successor(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    owned = [
        await create_customer(client, f"交接客户{n}", owner_id=org.ids["R1"]) for n in range(3)
    ]
    response = await client.post(
        f"/api/v1/employees/{org.ids['R1']}/changes",
        json={"kind": "resignation", "successor_id": org.ids["R2"]},
    )
    assert response.status_code == 201, response.text
    assert response.json()["handover"]["customer"] == 3
    async with http_client(app, org.tokens["R2"]) as r2:
        listed = (await r2.get(CUSTOMERS)).json()["items"]
        assert {c["id"] for c in listed} == {c["id"] for c in owned}
        # The successor's public-pool clock starts now, not when the leaver got them.
        assert all(c["owned_since"] > owned[0]["owned_since"] for c in listed)
    audit = (
        await client.get(
            "/api/v1/audit-events", params={"resource": "customer", "record_id": owned[0]["id"]}
        )
    ).json()["items"]
    assert any(e["changes"].get("owner_id") == [org.ids["R1"], org.ids["R2"]] for e in audit), audit


async def test_collaborators_see_or_change_the_customer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer = await create_customer(client, "协作客户", owner_id=org.ids["R1"])
    url = f"{CUSTOMERS}/{customer['id']}"
    collaborator = f"{url}/collaborators/{org.ids['R3']}"
    async with (
        http_client(app, org.tokens["R1"]) as r1,
        http_client(app, org.tokens["R3"]) as r3,
    ):
        assert (await r3.get(url)).status_code == 404
        # R3 cannot make themselves a collaborator of what they cannot see.
        assert (await r3.put(collaborator, json={})).status_code == 404
        added = await r1.put(collaborator, json={"access": "read"})
        assert added.status_code == 201, added.text
        assert (await r3.get(url)).status_code == 200
        assert (await r3.patch(url, json={"remarks": "x"})).status_code == 403
        again = await r1.put(collaborator, json={"access": "write"})
        assert again.status_code == 200
        assert (await r3.patch(url, json={"remarks": "x"})).status_code == 200
        listed = (await r1.get(f"{url}/collaborators")).json()["items"]
        assert [(c["employee_id"], c["access"]) for c in listed] == [(org.ids["R3"], "write")]
        owner = await r1.put(f"{url}/collaborators/{org.ids['R1']}", json={})
        assert owner.status_code == 422
        assert (await r1.delete(collaborator)).status_code == 204
        assert (await r1.delete(collaborator)).status_code == 404
        assert (await r3.get(url)).status_code == 404


# ----- contacts --------------------------------------------------------------------------------
async def test_one_primary_contact_per_customer_and_phones_normalised(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client, "联系人公司")
    other = await create_customer(client, "另一家公司")

    async def contact(name: str, customer_id: str, **fields: Any) -> dict[str, Any]:
        response = await client.post(
            CONTACTS, json={"customer_id": customer_id, "name": name, **fields}
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    first = await contact(
        "张伟",
        customer["id"],
        is_primary=True,
        mobile="+86 138-0013-8000",
        phone="010-6552 9988 转 123",
    )
    assert first["mobile"] == "+8613800138000"
    assert (first["phone"], first["phone_extension"]) == ("+861065529988", "123")
    elsewhere = await contact("李娜", other["id"], is_primary=True)
    second = await contact("王芳", customer["id"], is_primary=True)
    primaries = (
        await client.get(CONTACTS, params={"customer_id": customer["id"], "is_primary": "true"})
    ).json()["items"]
    assert [c["id"] for c in primaries] == [second["id"]]
    assert (await client.get(f"{CONTACTS}/{elsewhere['id']}")).json()["is_primary"] is True
    found = (await client.get(CONTACTS, params={"q": "13800138000"})).json()["items"]
    assert [c["id"] for c in found] == [first["id"]]


async def test_contacts_follow_their_customer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer = await create_customer(client, "随客户可见", owner_id=org.ids["R1"])
    hidden = await create_customer(client, "看不见的客户", owner_id=org.ids["R3"])
    async with http_client(app, org.tokens["R1"]) as r1:
        made = await r1.post(CONTACTS, json={"customer_id": customer["id"], "name": "赵磊"})
        assert made.status_code == 201, made.text
        refused = await r1.post(CONTACTS, json={"customer_id": hidden["id"], "name": "钱七"})
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["loc"] == ["body", "customer_id"]
        moved = await r1.patch(
            f"{CONTACTS}/{made.json()['id']}", json={"customer_id": hidden["id"]}
        )
        assert moved.status_code == 422
    await client.patch(f"{CUSTOMERS}/{customer['id']}", json={"owner_id": org.ids["R2"]})
    async with http_client(app, org.tokens["R1"]) as r1:
        assert (await r1.get(f"{CONTACTS}/{made.json()['id']}")).status_code == 404
        assert (await r1.get(CONTACTS)).json()["items"] == []
    async with http_client(app, org.tokens["R2"]) as r2:
        assert (await r2.get(f"{CONTACTS}/{made.json()['id']}")).status_code == 200
    # Deleting the customer hides its contacts as well.
    assert (await client.delete(f"{CUSTOMERS}/{customer['id']}")).status_code == 204
    assert (await client.get(f"{CONTACTS}/{made.json()['id']}")).status_code == 404
