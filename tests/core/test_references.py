"""Names beside ids (``core.references``), through the HTTP API on real data.

Every list names the records its rows refer to in one query per kind of reference: a page of
twenty rows, each naming other records (its own customer, owner, contact, deal …), costs as
many SQL statements as a page of two. What a caller who may not open a referenced record sees
of it follows docs/permissions.md#names-beside-ids.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import event

from tests.activities.support import ACTIVITIES, TASKS, VISITS
from tests.conftest import TestDatabase, http_client
from tests.org.support import DEPARTMENTS, EMPLOYEES, department, employee, staff_member
from tests.sales.support import (
    CONTACTS,
    CONTRACTS,
    CUSTOMERS,
    OPPORTUNITIES,
    PAYMENTS,
    PRODUCTS,
    add_line,
    line_items,
    ok,
    product,
)

ROWS = 20


@dataclass
class World:
    """``ROWS`` of each record, every one naming records of its own."""

    owners: list[dict[str, Any]] = field(default_factory=list)
    customers: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    deals: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    department: dict[str, Any] = field(default_factory=dict)


async def _world(client: httpx.AsyncClient, db: TestDatabase) -> World:
    world = World()
    world.department = await department(client, "华东销售部", db.root_department_id)
    for n in range(ROWS):
        unit = await department(client, f"销售{n}组", world.department["id"])
        owner = await employee(client, f"销售员{n}", unit["id"])
        world.owners.append(owner)
        customer = await ok(
            await client.post(
                CUSTOMERS, json={"name": f"引用测试{n}号公司", "owner_id": owner["id"]}
            ),
            201,
        )
        world.customers.append(customer)
        contact = await ok(
            await client.post(CONTACTS, json={"customer_id": customer["id"], "name": f"联系人{n}"}),
            201,
        )
        world.contacts.append(contact)
        deal = await ok(
            await client.post(
                OPPORTUNITIES,
                json={
                    "name": f"引用商机{n}",
                    "customer_id": customer["id"],
                    "owner_id": owner["id"],
                    "expected_close_date": "2027-03-31",
                    "amount": "1000.00",
                    "contacts": [{"contact_id": contact["id"], "role": "decision_maker"}],
                },
            ),
            201,
        )
        world.deals.append(deal)
        common = {
            "customer_id": customer["id"],
            "contact_id": contact["id"],
            "opportunity_id": deal["id"],
        }
        await ok(
            await client.post(ACTIVITIES, json={"type": "call", "subject": "沟通", **common}), 201
        )
        await ok(
            await client.post(
                TASKS, json={"subject": f"跟进{n}", "owner_id": owner["id"], **common}
            ),
            201,
        )
        await ok(
            await client.post(
                VISITS,
                json={
                    "purpose": "拜访",
                    "planned_at": "2026-12-10T02:00:00Z",
                    "owner_id": owner["id"],
                    **common,
                },
            ),
            201,
        )
        world.products.append(await product(client))
    won = world.deals[0]
    await ok(await client.post(f"{OPPORTUNITIES}/{won['id']}/win", json={}))
    for n in range(ROWS):
        # Lines on one open deal: each names its own product.
        await add_line(client, world.deals[1]["id"], world.products[n]["id"])
    for n in range(ROWS):
        contract = await ok(
            await client.post(
                CONTRACTS,
                json={
                    "opportunity_id": won["id"],
                    "sign_date": "2026-11-01",
                    "number": f"HT-{n}",
                    "title": f"合同{n}",
                },
            ),
            201,
        )
        await ok(
            await client.post(
                PAYMENTS,
                json={
                    "contract_id": contract["id"],
                    "amount": "1.00",
                    "received_on": "2026-11-02",
                },
            ),
            201,
        )
    return world


@pytest.fixture
async def world(client: httpx.AsyncClient, db: TestDatabase) -> World:
    return await _world(client, db)


class Counter:
    def __init__(self, db: TestDatabase) -> None:
        self.engine = db.database.engine.sync_engine
        self.executed: list[str] = []

    def __call__(self, *args: Any) -> None:
        self.executed.append(args[2])

    async def count(self, client: httpx.AsyncClient, path: str, **params: Any) -> int:
        self.executed.clear()
        event.listen(self.engine, "before_cursor_execute", self)
        try:
            response = await client.get(path, params=params)
        finally:
            event.remove(self.engine, "before_cursor_execute", self)
        assert response.status_code == 200, response.text
        assert len(response.json()["items"]) == params["limit"], path
        return len(self.executed)


def _lists(world: World) -> list[tuple[str, dict[str, Any]]]:
    deal = world.deals[1]["id"]
    return [
        (OPPORTUNITIES, {}),
        (OPPORTUNITIES, {"expand": "customer"}),
        (CUSTOMERS, {}),
        (CONTACTS, {}),
        (CONTACTS, {"expand": "customer"}),
        (ACTIVITIES, {}),
        (TASKS, {}),
        (VISITS, {}),
        (CONTRACTS, {}),
        (CONTRACTS, {"expand": "customer"}),
        (PAYMENTS, {}),
        (EMPLOYEES, {}),
        (DEPARTMENTS, {}),
        (line_items(deal), {}),
    ]


async def test_each_list_names_its_references_in_a_query_per_kind(
    client: httpx.AsyncClient, db: TestDatabase, world: World
) -> None:
    """2 rows or 20, each naming records of its own: the same number of statements."""
    counter = Counter(db)
    for path, params in _lists(world):
        small = await counter.count(client, path, limit=2, **params)
        large = await counter.count(client, path, limit=ROWS, **params)
        assert small == large, (path, params, counter.executed)


async def test_a_deal_names_its_customer_owner_stage_pipeline_and_contacts(
    client: httpx.AsyncClient, world: World
) -> None:
    listed = (await ok(await client.get(OPPORTUNITIES, params={"limit": 200})))["items"]
    by_id = {item["id"]: item for item in listed}
    for n, created in enumerate(world.deals):
        for body in (by_id[created["id"]], created):
            assert body["customer"] == {
                "id": world.customers[n]["id"],
                "name": f"引用测试{n}号公司",
                "deleted": False,
            }
            assert body["owner"] == {
                "id": world.owners[n]["id"],
                "name": f"销售员{n}",
                "deleted": False,
            }
            assert body["stage"]["id"] == body["stage_id"]
            assert body["stage"]["name"]
            assert body["pipeline"]["name"]
            assert body["contacts"][0]["contact"]["name"] == f"联系人{n}"
            assert "customer_details" not in body
    employees = (await ok(await client.get(EMPLOYEES, params={"limit": 200})))["items"]
    seller = next(e for e in employees if e["id"] == world.owners[3]["id"])
    assert seller["department"]["name"] == "销售3组"
    visits = (await ok(await client.get(VISITS, params={"limit": 200})))["items"]
    assert {v["customer"]["name"] for v in visits} == {f"引用测试{n}号公司" for n in range(ROWS)}
    payments = (await ok(await client.get(PAYMENTS, params={"limit": 200})))["items"]
    assert {p["contract"]["name"] for p in payments} == {f"合同{n}" for n in range(ROWS)}


async def test_expand_customer_embeds_its_card(client: httpx.AsyncClient, world: World) -> None:
    deal = world.deals[2]
    url = f"{OPPORTUNITIES}/{deal['id']}"
    body = await ok(await client.get(url, params={"expand": "customer"}))
    card = body["customer_details"]
    assert card["id"] == deal["customer_id"]
    assert card["name"] == "引用测试2号公司"
    assert card["owner"] == {"id": world.owners[2]["id"], "name": "销售员2", "deleted": False}
    assert "mobile" not in card
    assert "phones" not in card
    listed = await ok(await client.get(OPPORTUNITIES, params={"expand": "customer", "limit": 5}))
    assert all(i["customer_details"]["id"] == i["customer_id"] for i in listed["items"])
    for bad in (url, OPPORTUNITIES):
        response = await client.get(bad, params={"expand": "owner"})
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert ["query", "expand", 0] in [e["loc"] for e in response.json()["errors"]]


async def test_a_deleted_reference_keeps_its_name(client: httpx.AsyncClient) -> None:
    deal = await ok(
        await client.post(
            OPPORTUNITIES,
            json={
                "name": "删除引用",
                "customer_id": (
                    await ok(await client.post(CUSTOMERS, json={"name": "删除引用公司"}), 201)
                )["id"],
                "expected_close_date": "2027-03-31",
            },
        ),
        201,
    )
    item = await product(client, name="将下架的产品")
    line = await add_line(client, deal["id"], item["id"])
    assert line["product"] == {"id": item["id"], "name": "将下架的产品", "deleted": False}
    deleted = await client.delete(f"{PRODUCTS}/{item['id']}")
    assert deleted.status_code == 204, deleted.text
    (listed,) = (await ok(await client.get(line_items(deal["id"]))))["items"]
    assert listed["product"] == {"id": item["id"], "name": "将下架的产品", "deleted": True}


@pytest.fixture
async def team_member(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, Any]]]:
    """A rep on the team of a deal whose customer (and its contacts) they may not open."""
    owner = await employee(client, "客户主人", db.root_department_id)
    customer = await ok(
        await client.post(CUSTOMERS, json={"name": "别人的客户公司", "owner_id": owner["id"]}),
        201,
    )
    contact = await ok(
        await client.post(CONTACTS, json={"customer_id": customer["id"], "name": "张总"}), 201
    )
    deal = await ok(
        await client.post(
            OPPORTUNITIES,
            json={
                "name": "团队商机",
                "customer_id": customer["id"],
                "owner_id": owner["id"],
                "expected_close_date": "2027-03-31",
                "contacts": [{"contact_id": contact["id"]}],
            },
        ),
        201,
    )
    member, token = await staff_member(
        app, client, "售前工程师", db.root_department_id, username="presales", roles=("sales_rep",)
    )
    put = await client.put(
        f"{OPPORTUNITIES}/{deal['id']}/team/{member['id']}", json={"role": "售前"}
    )
    assert put.status_code in (200, 201), put.text
    async with http_client(app, token) as http:
        yield http, deal


async def test_a_caller_who_may_not_open_a_reference_sees_only_what_the_rule_allows(
    team_member: tuple[httpx.AsyncClient, dict[str, Any]],
) -> None:
    http, deal = team_member
    url = f"{OPPORTUNITIES}/{deal['id']}"
    assert (await http.get(f"{CUSTOMERS}/{deal['customer_id']}")).status_code == 404
    body = await ok(await http.get(url, params={"expand": "customer"}))
    # A business record's name beside the deal the caller works on: shown, nothing more.
    assert body["customer"] == {
        "id": deal["customer_id"],
        "name": "别人的客户公司",
        "deleted": False,
    }
    assert "customer_details" not in body
    assert body["owner"]["name"] == "客户主人"
    # A person's name (a contact of a customer they may not open): not shown.
    (role,) = body["contacts"]
    assert role["contact"] == {"id": role["contact_id"], "name": None, "deleted": False}
    (listed,) = (await ok(await http.get(OPPORTUNITIES, params={"expand": "customer"})))["items"]
    assert listed["customer"]["name"] == "别人的客户公司"
    assert listed["contacts"][0]["contact"]["name"] is None
    assert "customer_details" not in listed


async def test_the_callers_own_record_names_their_department(client: httpx.AsyncClient) -> None:
    me = await ok(await client.get("/api/v1/auth/me"))
    employee = me["employee"]
    assert employee["department"]["id"] == employee["department_id"]
    assert isinstance(employee["department"]["name"], str)
