"""Products: the generic contract plus the catalogue's own rules."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.org.support import ROLES, create, staff_member

PATH = "/api/v1/products"
NAMES = ["张伟办公套件", "Widget Basic", "Widget Pro", "李娜数据服务", "Gadget Mini", "Gadget Max"]


class TestProductContract(CrudContract):
    path = PATH
    echo_fields: ClassVar = ("code", "name", "category", "unit", "list_price", "currency")
    update_payload: ClassVar[Any] = {
        "name": "Widget Ultra",
        "list_price": "2999.90",
        "active": False,
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"list_price": "-1.00"}, "list_price"),
        ({"list_price": "1.005"}, "list_price"),
        ({"list_price": "abc"}, "list_price"),
        ({"currency": "rmb"}, "currency"),
        ({"code": ""}, "code"),
        ({"code": "has space"}, "code"),
        ({"name": "x" * 201}, "name"),
        ({"active": "maybe"}, "active"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "code", "name", "list_price")
    filter_cases: ClassVar[Any] = [
        ({"category": "software"}, lambda p: p["category"] == "software"),
        ({"active": "false"}, lambda p: p["active"] is False),
        ({"list_price_min": "300.00"}, lambda p: float(p["list_price"]) >= 300),
        (
            {"list_price_min": "200.00", "list_price_max": "400.00", "category": "service"},
            lambda p: 200 <= float(p["list_price"]) <= 400 and p["category"] == "service",
        ),
    ]
    search_cases: ClassVar = [
        ("zhangwei", 1),
        ("zw", 1),
        ("张伟", 1),
        ("ln", 4),
        ("W-0003", 3),
        ("pro", 3),
    ]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"W-{n:04d}",
            "name": NAMES[(n - 1) % len(NAMES)] + ("" if n <= len(NAMES) else f" {n}"),
            "category": "software" if n % 2 else "service",
            "unit": "套",
            "list_price": f"{n * 100}.50",
            "standard_cost": f"{n * 40}.25",
            "currency": "CNY",
            "active": n % 3 != 0,
        }


async def test_duplicate_code_is_409_naming_the_field(client: httpx.AsyncClient) -> None:
    payload = TestProductContract().make_payload(1)
    assert (await client.post(PATH, json=payload)).status_code == 201
    response = await client.post(PATH, json={**payload, "name": "another"})
    assert response.status_code == 409
    problem = response.json()
    assert problem["code"] == "duplicate"
    assert problem["field"] == "code"
    listed = (await client.get(PATH, params={"include_total": "true"})).json()
    assert listed["total"] == 1


async def test_code_of_a_deleted_product_can_be_reused_but_not_restored_twice(
    client: httpx.AsyncClient,
) -> None:
    payload = TestProductContract().make_payload(1)
    first = (await client.post(PATH, json=payload)).json()
    assert (await client.delete(f"{PATH}/{first['id']}")).status_code == 204
    second = await client.post(PATH, json=payload)
    assert second.status_code == 201
    clash = await client.post(f"{PATH}/{first['id']}/restore")
    assert clash.status_code == 409
    assert clash.json()["field"] == "code"


async def test_money_is_an_exact_two_place_string(client: httpx.AsyncClient) -> None:
    payload = {**TestProductContract().make_payload(1), "list_price": 12500, "standard_cost": "0.1"}
    body = (await client.post(PATH, json=payload)).json()
    assert body["list_price"] == "12500.00"
    assert body["standard_cost"] == "0.10"
    big = {**TestProductContract().make_payload(2), "list_price": "99999999999999.99"}
    created = await client.post(PATH, json=big)
    assert created.status_code == 201
    assert created.json()["list_price"] == "99999999999999.99"


async def test_defaults_apply(client: httpx.AsyncClient) -> None:
    body = (
        await client.post(PATH, json={"code": "MIN-1", "name": "最小", "list_price": "1"})
    ).json()
    assert body["currency"] == "CNY"
    assert body["unit"] == "件"
    assert body["active"] is True
    assert body["standard_cost"] == "0.00"


# ----- standard cost: shown and written only with margin:read (issue 12 item 5) -------------
AUDIT = "/api/v1/audit-events"


async def test_a_rep_reading_a_product_gets_no_standard_cost(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """A line's cost is copied from the product's standard cost: whoever may not see a deal's
    margin may not see the product's cost either, anywhere (lists, search, gets, responses to
    writes, the audit trail), nor order or filter by it."""
    product = (await client.post(PATH, json=TestProductContract().make_payload(1))).json()
    assert product["standard_cost"] == "40.25"  # the administrator holds margin:read
    _, rep_token = await staff_member(
        app, client, "销售", db.root_department_id, username="rep.cost", roles=("sales_rep",)
    )
    async with http_client(app, rep_token) as rep:
        listed = (await rep.get(PATH, params={"include_total": "true"})).json()["items"]
        found = (await rep.get(PATH, params={"q": "W-0001"})).json()["items"]
        got = await rep.get(f"{PATH}/{product['id']}")
        assert got.status_code == 200, got.text
        for item in (*listed, *found, got.json()):
            assert item["list_price"] == "100.50"
            assert "standard_cost" not in item
        for params in ({"sort": "standard_cost"}, {"standard_cost_min": "1"}):
            assert (await rep.get(PATH, params=params)).status_code == 422, params

    # A product clerk: may write products and read the audit trail, but not see costs.
    role = await create(
        client,
        ROLES,
        {
            "code": "catalog_clerk",
            "name": "产品专员",
            "permissions": ["product:read", "product:write", "audit:read"],
            "data_scope": "all",
        },
    )
    assert role["code"] == "catalog_clerk"
    _, clerk_token = await staff_member(
        app,
        client,
        "产品专员",
        db.root_department_id,
        username="clerk.cost",
        roles=("catalog_clerk",),
    )
    async with http_client(app, clerk_token) as clerk:
        made = await clerk.post(PATH, json={"code": "C-1", "name": "无成本", "list_price": "9"})
        assert made.status_code == 201, made.text
        assert "standard_cost" not in made.json()
        url = f"{PATH}/{product['id']}"
        renamed = await clerk.patch(url, json={"name": "改名"})
        assert renamed.status_code == 200, renamed.text
        assert "standard_cost" not in renamed.json()
        # Writing the cost needs seeing it: a 403 naming margin:read, and nothing written.
        for response in (
            await clerk.post(PATH, json={**TestProductContract().make_payload(2)}),
            await clerk.patch(url, json={"standard_cost": "1.00"}),
        ):
            assert response.status_code == 403, response.text
            assert "margin:read" in response.json()["detail"]
        entries = (await clerk.get(AUDIT, params={"record_id": product["id"]})).json()["items"]
        assert {e["action"] for e in entries} == {"create", "update"}
        assert not any("standard_cost" in e["changes"] for e in entries)
    assert (await client.get(url)).json()["standard_cost"] == "40.25"
    trail = (await client.get(AUDIT, params={"record_id": product["id"]})).json()["items"]
    assert any("standard_cost" in e["changes"] for e in trail)


async def test_an_audit_entry_of_hidden_changes_only_is_not_listed(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """An update that changed only the standard cost, listed with empty changes, would still
    tell a reader without margin:read that (and when) the cost changed: it is left out of
    their trail, their pages and their gets alike. Margin holders see it."""
    product = (await client.post(PATH, json=TestProductContract().make_payload(1))).json()
    url = f"{PATH}/{product['id']}"
    cost_only = await client.patch(url, json={"standard_cost": "41.00"})
    assert cost_only.status_code == 200, cost_only.text
    both = await client.patch(url, json={"standard_cost": "42.00", "name": "新名"})
    assert both.status_code == 200, both.text
    await create(
        client,
        ROLES,
        {
            "code": "auditor",
            "name": "审计",
            "permissions": ["product:read", "audit:read"],
            "data_scope": "all",
        },
    )
    _, token = await staff_member(
        app, client, "审计员", db.root_department_id, username="auditor", roles=("auditor",)
    )
    everything = (await client.get(AUDIT, params={"record_id": product["id"]})).json()["items"]
    assert len(everything) == 3
    hidden_id = next(e["id"] for e in everything if set(e["changes"]) == {"standard_cost"})
    async with http_client(app, token) as auditor:
        seen: list[dict[str, Any]] = []
        cursor = None
        while True:
            params = {"record_id": product["id"], "limit": 1, "include_total": "true"}
            page = (
                await auditor.get(
                    AUDIT, params={**params, **({"cursor": cursor} if cursor else {})}
                )
            ).json()
            assert page["total"] == 2
            seen.extend(page["items"])
            if not (cursor := page["next_cursor"]):
                break
        assert [e["action"] for e in seen] == ["update", "create"]
        assert seen[0]["changes"] == {"name": [product["name"], "新名"]}
        assert (await auditor.get(f"{AUDIT}/{hidden_id}")).status_code == 404
