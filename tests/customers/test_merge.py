"""Merging customers: what moves, what fills, what stays in the trail, and who may."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, assert_unknown_reference, http_client
from tests.contract.matrix import build_org
from tests.customers.support import CONTACTS, CUSTOMERS, create_customer, credit_code, mobile
from tests.org.support import employee

AUDIT = "/api/v1/audit-events"
PLANS = "/api/v1/key-account-plans"
UNKNOWN = "01890a5d-ac96-774b-bcce-b302099a8000"


async def merge(
    http: httpx.AsyncClient, target: str, source: str, **headers: str
) -> httpx.Response:
    return await http.post(
        f"{CUSTOMERS}/{target}/merge", json={"source_id": source}, headers=headers
    )


async def contact(http: httpx.AsyncClient, customer_id: str, name: str, **fields: Any) -> str:
    response = await http.post(CONTACTS, json={"customer_id": customer_id, "name": name, **fields})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def audit(http: httpx.AsyncClient, resource: str, record_id: str) -> list[dict[str, Any]]:
    response = await http.get(
        AUDIT, params={"resource": resource, "record_id": record_id, "limit": 200}
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_merge_folds_the_source_into_the_target(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    target = await create_customer(
        client,
        "华信科技有限公司",
        phones=[mobile(1)],
        tags=["华东"],
        industry="软件",
        tier="B",
    )
    source = await create_customer(
        client,
        "上海华信信息技术有限公司",
        credit_code=credit_code(7),
        phones=[mobile(2), mobile(1)],
        allow_duplicate=True,  # shares a phone with the target: the duplicate being merged
        tags=["重点", "华东"],
        industry="制造",
        tier="A",
        email="info@huaxin.cn",
        city="上海",
        latitude=31.2,
        longitude=121.5,
        annual_revenue="8000000.00",
        strategic=True,
    )
    kept_primary = await contact(client, target["id"], "王芳", is_primary=True)
    moved_primary = await contact(client, source["id"], "张伟", is_primary=True)
    moved_other = await contact(client, source["id"], "李娜")
    moved_deleted = await contact(client, source["id"], "赵磊")
    assert (await client.delete(f"{CONTACTS}/{moved_deleted}")).status_code == 204
    colleague = await employee(client, "协作人甲", db.root_department_id)
    shared = await client.put(
        f"{CUSTOMERS}/{source['id']}/collaborators/{colleague['id']}", json={"access": "write"}
    )
    assert shared.status_code == 201, shared.text

    response = await merge(client, target["id"], source["id"])
    assert response.status_code == 200, response.text
    merged = response.json()
    assert response.headers["etag"] == f'"{merged["version"]}"'
    assert merged["id"] == target["id"]
    # The target keeps its values and fills its empty ones; phones and tags are united.
    assert merged["name"] == "华信科技有限公司"
    assert merged["industry"] == "软件"
    assert merged["tier"] == "B"
    assert merged["credit_code"] == credit_code(7)
    assert merged["email"] == "info@huaxin.cn"
    assert merged["city"] == "上海"
    assert (merged["latitude"], merged["longitude"]) == (31.2, 121.5)
    assert merged["annual_revenue"] == "8000000.00"
    assert merged["strategic"] is True
    assert merged["phones"] == ["+86" + mobile(1), "+86" + mobile(2)]
    assert merged["tags"] == ["华东", "重点"]
    assert (await client.get(f"{CUSTOMERS}/{target['id']}")).json() == merged

    # Contacts moved; one primary remains, the target's.
    contacts = (await client.get(CONTACTS, params={"customer_id": target["id"]})).json()["items"]
    assert {c["id"]: c["is_primary"] for c in contacts} == {
        kept_primary: True,
        moved_primary: False,
        moved_other: False,
    }
    restored = await client.post(f"{CONTACTS}/{moved_deleted}/restore")  # moved as well
    assert restored.status_code == 200, restored.text
    assert restored.json()["customer_id"] == target["id"]
    # Collaborators moved.
    collaborators = (await client.get(f"{CUSTOMERS}/{target['id']}/collaborators")).json()
    assert [(c["employee_id"], c["access"]) for c in collaborators["items"]] == [
        (colleague["id"], "write")
    ]

    # The source is gone and cannot come back.
    assert (await client.get(f"{CUSTOMERS}/{source['id']}")).status_code == 404
    listed = (await client.get(CUSTOMERS, params={"include_total": "true"})).json()
    assert listed["total"] == 1
    refused = await client.post(f"{CUSTOMERS}/{source['id']}/restore")
    assert refused.status_code == 409
    assert target["id"] in refused.json()["detail"]
    # Named in the body, the merged-away source is as absent: a 422 naming it.
    assert_unknown_reference(await merge(client, target["id"], source["id"]), "body", "source_id")

    # The target's timeline says what happened.
    events = (
        await client.get(f"{CUSTOMERS}/{target['id']}/events", params={"kind": "merged"})
    ).json()["items"]
    assert len(events) == 1
    details = events[0]["details"]
    assert details["source_id"] == source["id"]
    assert sorted(details["moved"]["contacts"]) == sorted(
        [moved_primary, moved_other, moved_deleted]
    )
    assert len(details["collaborators"]) == 1
    assert "credit_code" in details["filled"]
    assert events[0]["from_value"] == source["id"]


async def test_both_sides_stay_in_the_audit_trail(client: httpx.AsyncClient) -> None:
    target = await create_customer(client, "华信科技有限公司")
    source = await create_customer(client, "华信信息技术公司", email="sales@huaxin.cn")
    moved = await contact(client, source["id"], "张伟")
    assert (await merge(client, target["id"], source["id"])).status_code == 200

    target_trail = await audit(client, "customer", target["id"])
    merged_from = [e for e in target_trail if "merged_from" in e["changes"]]
    assert len(merged_from) == 1
    assert merged_from[0]["changes"]["merged_from"] == [None, source["id"]]
    assert merged_from[0]["changes"]["moved"] == [None, {"contacts": 1}]
    filled = [e for e in target_trail if "email" in e["changes"]]
    assert filled[0]["changes"]["email"] == [None, "sales@huaxin.cn"]

    source_trail = await audit(client, "customer", source["id"])
    deleted = [e for e in source_trail if e["action"] == "delete"]
    assert len(deleted) == 1
    assert deleted[0]["changes"]["merged_into_id"] == [None, target["id"]]
    merged_into = [e for e in source_trail if "merged_into" in e["changes"]]
    assert merged_into[0]["changes"]["merged_into"] == [None, target["id"]]

    contact_trail = await audit(client, "contact", moved)
    assert [e["changes"].get("customer_id") for e in contact_trail if e["action"] == "update"] == [
        [source["id"], target["id"]]
    ]


async def test_duplicate_detection_no_longer_matches_the_source(
    client: httpx.AsyncClient,
) -> None:
    target = await create_customer(client, "乙方科技有限公司", phones=[mobile(1)])
    source = await create_customer(
        client, "甲方贸易有限公司", phones=[mobile(2)], credit_code=credit_code(3)
    )
    clash = await client.post(CUSTOMERS, json={"name": "甲方贸易有限公司"})
    assert clash.status_code == 409
    assert (await merge(client, target["id"], source["id"])).status_code == 200

    # The source's name is free again; its phone and credit code now point at the target.
    assert (await client.post(CUSTOMERS, json={"name": "甲方贸易有限公司"})).status_code == 201
    for fields in ({"phones": [mobile(2)]}, {"credit_code": credit_code(3)}):
        response = await client.post(CUSTOMERS, json={"name": "新客户", **fields})
        assert response.status_code == 409, fields
        assert [d["id"] for d in response.json()["duplicates"]] == [target["id"]]


async def test_refused_merges(client: httpx.AsyncClient) -> None:
    target = await create_customer(client, "华信科技有限公司")
    source = await create_customer(client, "华信信息技术公司")
    response = await merge(client, target["id"], target["id"])
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "source_id"]
    assert_unknown_reference(await merge(client, target["id"], UNKNOWN), "body", "source_id")
    assert (await merge(client, UNKNOWN, source["id"])).status_code == 404  # the path's
    for body in ({}, {"source_id": "nope"}, {"source_id": source["id"], "extra": 1}):
        response = await client.post(f"{CUSTOMERS}/{target['id']}/merge", json=body)
        assert response.status_code == 422, body
    stale = await merge(client, target["id"], source["id"], **{"If-Match": '"7"'})
    assert stale.status_code == 412
    assert stale.headers["etag"] == f'"{target["version"]}"'
    assert (await client.get(f"{CUSTOMERS}/{source['id']}")).status_code == 200
    ok = await merge(client, target["id"], source["id"], **{"If-Match": '"1"'})
    assert ok.status_code == 200, ok.text


async def test_merge_follows_function_and_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    owned = {
        owner: (await create_customer(client, f"客户{owner}", owner_id=org.ids[owner]))["id"]
        for owner in ("R1", "R2", "R3", "M1")
    }
    async with http_client(app, org.tokens["R1"]) as r1:  # sales_rep: no customer:merge
        refused = await merge(r1, owned["R1"], owned["R2"])
        assert refused.status_code == 403
        assert refused.json()["code"] == "forbidden"
    async with http_client(app, org.tokens["M1"]) as m1:
        # Outside M1's scope: the source (body) is a 422, the target (path) a 404.
        assert_unknown_reference(await merge(m1, owned["M1"], owned["R3"]), "body", "source_id")
        assert (await merge(m1, owned["R3"], owned["M1"])).status_code == 404
    # Shared read-only with M2: visible, not changeable.
    share = await client.post(
        "/api/v1/record-shares",
        json={
            "resource": "customer",
            "record_id": owned["R1"],
            "employee_id": org.ids["M2"],
            "access": "read",
        },
    )
    assert share.status_code == 201, share.text
    async with http_client(app, org.tokens["M2"]) as m2:
        assert (await merge(m2, owned["R3"], owned["R1"])).status_code == 403
    async with http_client(app, org.tokens["M1"]) as m1:
        response = await merge(m1, owned["M1"], owned["R1"])
        assert response.status_code == 200, response.text
        assert response.json()["owner_id"] == org.ids["M1"]
    assert (await client.get(f"{CUSTOMERS}/{owned['R1']}")).status_code == 404
    assert (await client.get(f"{CUSTOMERS}/{owned['R3']}")).status_code == 200


async def test_key_account_status_and_plans_follow_the_merge(client: httpx.AsyncClient) -> None:
    async def key_account(name: str) -> dict[str, Any]:
        customer = await create_customer(client, name)
        url = f"{CUSTOMERS}/{customer['id']}/mark-key-account"
        response = await client.post(url, json={"reason": "测试"})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def plan(customer_id: str) -> str:
        response = await client.post(
            PLANS, json={"customer_id": customer_id, "review_date": "2027-06-30"}
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    # A key account folded into an ordinary customer: the status and the plan come along.
    plain = await create_customer(client, "普通客户甲")
    key = await key_account("大客户乙")
    key_plan = await plan(key["id"])
    merged = (await merge(client, plain["id"], key["id"])).json()
    assert merged["key_account"] is True
    assert merged["key_account_since"] == key["key_account_since"]
    assert (await client.get(f"{PLANS}/{key_plan}")).json()["customer_id"] == plain["id"]

    # Both with a plan: the target's stays, the source's is deleted (and moves as a tombstone).
    other = await key_account("大客户丙")
    other_plan = await plan(other["id"])
    assert (await merge(client, plain["id"], other["id"])).status_code == 200
    plans = (await client.get(PLANS, params={"customer_id": plain["id"]})).json()["items"]
    assert [p["id"] for p in plans] == [key_plan]
    assert (await client.get(f"{PLANS}/{other_plan}")).status_code == 404
    assert (await client.post(f"{PLANS}/{other_plan}/restore")).status_code == 409
    events = (
        await client.get(f"{CUSTOMERS}/{plain['id']}/events", params={"kind": "merged"})
    ).json()["items"]
    assert {e["details"]["source_id"]: e["details"]["superseded"] for e in events} == {
        key["id"]: [],
        other["id"]: [other_plan],
    }
