"""Lists of records that follow a parent read their page through each scope branch of the
parent (``child_scope_predicate``): the pages must hold exactly the visible children, in order,
without gaps or repeats, also when a parent is in two branches at once (owned by a report and
shared), when it is reached by a share alone, and when it is deleted."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"


async def _walk(http: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"limit": 2, **params, **({"cursor": cursor} if cursor else {})}
        response = await http.get(CONTACTS, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_a_child_list_pages_through_every_branch_of_its_parent(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    customers: dict[str, str] = {}
    contacts: dict[str, set[str]] = {}
    for owner in ("M1", "R1", "R2", "R3"):
        response = await client.post(
            CUSTOMERS, json={"name": f"分页客户{owner}", "owner_id": org.ids[owner]}
        )
        assert response.status_code == 201, response.text
        customers[owner] = response.json()["id"]
        contacts[owner] = set()
        for n in range(3):
            contact = await client.post(
                CONTACTS, json={"customer_id": customers[owner], "name": f"联系人{owner}-{n}"}
            )
            assert contact.status_code == 201, contact.text
            contacts[owner].add(contact.json()["id"])
    # R1's customer is also shared with M1 (two branches), R3's with R1 (a share alone).
    for grantee, owner in (("M1", "R1"), ("R1", "R3")):
        shared = await client.post(
            "/api/v1/record-shares",
            json={
                "resource": "customer",
                "record_id": customers[owner],
                "employee_id": org.ids[grantee],
            },
        )
        assert shared.status_code == 201, shared.text
    visible = {
        "M1": contacts["M1"] | contacts["R1"] | contacts["R2"],
        "R1": contacts["R1"] | contacts["R3"],
        "R2": contacts["R2"],
    }
    for viewer, wanted in visible.items():
        async with http_client(app, org.tokens[viewer]) as http:
            for sort in ("-created_at", "name", "updated_at"):
                ids = [i["id"] for i in await _walk(http, sort=sort)]
                assert len(ids) == len(set(ids)), (viewer, sort)
                assert set(ids) == wanted, (viewer, sort)
            found = {i["id"] for i in await _walk(http, q="联系人R1")}
            assert found == (contacts["R1"] if contacts["R1"] <= wanted else set()), viewer
            total = (await http.get(CONTACTS, params={"include_total": "true"})).json()["total"]
            assert total == len(wanted), viewer
    # A deleted customer hides its contacts from every branch, the shared one included.
    assert (await client.delete(f"{CUSTOMERS}/{customers['R1']}")).status_code == 204
    assert (await client.delete(f"{CUSTOMERS}/{customers['R3']}")).status_code == 204
    async with http_client(app, org.tokens["M1"]) as http:
        assert {i["id"] for i in await _walk(http)} == contacts["M1"] | contacts["R2"]
    async with http_client(app, org.tokens["R1"]) as http:
        assert await _walk(http) == []
