"""The one rule for a record a request's body names (docs/contract-testing.md, "A reference to
a missing record"): absent, deleted or outside the caller's data scope, it is a 422
``validation_error`` naming the field (and its index in a list), ``type: not_found`` — the same
answer for each, so nothing leaks — and nothing is written. One case per kind of reference:
the parent links (``core.repository.Link``), the records checked with
``ReadRepository.referenced``, and each context's own checks (employees, roles, departments,
positions, pipelines, stages, products, competitors, loss reasons, contracts, activity types)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import ACTIVITIES, TASKS, VISITS, rep
from tests.conftest import TestDatabase, assert_unknown_reference, http_client
from tests.sales.support import (
    CONTACTS,
    CONTRACTS,
    OPPORTUNITIES,
    PAYMENTS,
    customer,
    deal,
    deal_competitors,
    line_items,
    ok,
)

MISSING = "01890a5d-ac96-774b-bcce-b302099a8fff"
CUSTOMERS = "/api/v1/customers"


async def _total(http: httpx.AsyncClient, path: str) -> int:
    url = httpx.URL(path)  # a list's own query (a record's shares) kept
    params = {**dict(url.params), "include_total": "true"}
    body = await ok(await http.get(url.copy_with(query=None), params=params))
    return int(body["total"])


async def _refused_and_unwritten(
    http: httpx.AsyncClient,
    path: str,
    body: dict[str, Any],
    loc: tuple[str | int, ...],
    counted: str,
    admin: httpx.AsyncClient,
) -> None:
    """POST ``body`` to ``path``: the 422 naming ``loc``, and ``counted`` (a collection the
    write would have grown, counted by the administrator, who sees everything) unchanged."""
    before = await _total(admin, counted)
    assert_unknown_reference(await http.post(path, json=body), *loc)
    assert await _total(admin, counted) == before, (path, loc)


async def test_a_missing_record_named_in_a_body_is_a_422_naming_the_field(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    mine = await customer(client, "引用校验客户")
    the_deal = await deal(client, mine)
    employees = "/api/v1/employees"
    cases: list[tuple[str, dict[str, Any], tuple[str | int, ...], str]] = [
        # Parent links.
        (OPPORTUNITIES, {"name": "x", "customer_id": MISSING, "expected_close_date": "2027-03-31"},
         ("body", "customer_id"), OPPORTUNITIES),
        (CONTACTS, {"customer_id": MISSING, "name": "张三"}, ("body", "customer_id"), CONTACTS),
        (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                      "opportunity_id": MISSING}, ("body", "opportunity_id"), ACTIVITIES),
        (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine, "contact_id": MISSING},
         ("body", "contact_id"), ACTIVITIES),
        (VISITS, {"customer_id": MISSING, "purpose": "x", "planned_at": "2026-12-10T02:00:00Z"},
         ("body", "customer_id"), VISITS),
        (CONTRACTS, {"opportunity_id": MISSING, "sign_date": "2026-11-01"},
         ("body", "opportunity_id"), CONTRACTS),
        ("/api/v1/key-account-plans", {"customer_id": MISSING, "review_date": "2027-01-01"},
         ("body", "customer_id"), "/api/v1/key-account-plans"),
        # Lists name the element.
        (OPPORTUNITIES, {"name": "x", "customer_id": mine, "expected_close_date": "2027-03-31",
                         "contacts": [{"contact_id": MISSING}]},
         ("body", "contacts", 0, "contact_id"), OPPORTUNITIES),
        (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                      "contact_ids": [MISSING]}, ("body", "contact_ids", 0), ACTIVITIES),
        (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                      "employee_ids": [db.admin_id, MISSING]}, ("body", "employee_ids", 1),
         ACTIVITIES),
        # Employees, as owner, assignee, manager, head.
        (CUSTOMERS, {"name": "无主之地", "owner_id": MISSING}, ("body", "owner_id"), CUSTOMERS),
        (OPPORTUNITIES, {"name": "x", "customer_id": mine, "expected_close_date": "2027-03-31",
                         "owner_id": MISSING}, ("body", "owner_id"), OPPORTUNITIES),
        (TASKS, {"subject": "x", "owner_id": MISSING}, ("body", "owner_id"), TASKS),
        (employees, {"employee_no": "X1", "name": "甲", "department_id": db.root_department_id,
                     "manager_id": MISSING}, ("body", "manager_id"), employees),
        ("/api/v1/departments", {"name": "新部门", "head_id": MISSING}, ("body", "head_id"),
         "/api/v1/departments"),
        # Reference data of each context.
        (employees, {"employee_no": "X2", "name": "乙", "department_id": MISSING},
         ("body", "department_id"), employees),
        (employees, {"employee_no": "X3", "name": "丙", "department_id": db.root_department_id,
                     "position_id": MISSING}, ("body", "position_id"), employees),
        (employees, {"employee_no": "X4", "name": "丁", "department_id": db.root_department_id,
                     "role_ids": [MISSING]}, ("body", "role_ids", 0), employees),
        ("/api/v1/departments", {"name": "新部门", "parent_id": MISSING}, ("body", "parent_id"),
         "/api/v1/departments"),
        (OPPORTUNITIES, {"name": "x", "customer_id": mine, "expected_close_date": "2027-03-31",
                         "pipeline_id": MISSING}, ("body", "pipeline_id"), OPPORTUNITIES),
        (OPPORTUNITIES, {"name": "x", "customer_id": mine, "expected_close_date": "2027-03-31",
                         "stage_id": MISSING}, ("body", "stage_id"), OPPORTUNITIES),
        (line_items(the_deal["id"]), {"product_id": MISSING, "quantity": "1"},
         ("body", "product_id"), line_items(the_deal["id"])),
        (deal_competitors(the_deal["id"]), {"competitor_id": MISSING},
         ("body", "competitor_id"), deal_competitors(the_deal["id"])),
        (PAYMENTS, {"contract_id": MISSING, "amount": "1.00", "received_on": "2026-11-01"},
         ("body", "contract_id"), PAYMENTS),
        (ACTIVITIES, {"type": "no_such_type", "subject": "x", "customer_id": mine},
         ("body", "type"), ACTIVITIES),
        # Records named by kind and id.
        ("/api/v1/record-shares", {"resource": "customer", "record_id": MISSING,
                                   "employee_id": db.admin_id}, ("body", "record_id"),
         "/api/v1/record-shares?resource=customer&record_id=" + mine),
        ("/api/v1/record-shares", {"resource": "customer", "record_id": mine,
                                   "employee_id": MISSING}, ("body", "employee_id"),
         "/api/v1/record-shares?resource=customer&record_id=" + mine),
    ]  # fmt: skip
    for path, body, loc, counted in cases:
        await _refused_and_unwritten(client, path, body, loc, counted, client)

    # Actions: the record they would change is unchanged.
    lose = await client.post(
        f"{OPPORTUNITIES}/{the_deal['id']}/lose", json={"loss_reason_id": MISSING}
    )
    assert_unknown_reference(lose, "body", "loss_reason_id")
    transfer = {"customer_ids": [mine, MISSING], "to_employee_id": db.admin_id}
    assert_unknown_reference(
        await client.post(f"{CUSTOMERS}/transfer", json=transfer), "body", "customer_ids", 1
    )
    merge = await client.post(f"{CUSTOMERS}/{mine}/merge", json={"source_id": MISSING})
    assert_unknown_reference(merge, "body", "source_id")
    stored = await ok(await client.get(f"{OPPORTUNITIES}/{the_deal['id']}"))
    assert (stored["status"], stored["version"]) == ("open", the_deal["version"])
    assert (await ok(await client.get(f"{CUSTOMERS}/{mine}")))["version"] == 1


async def test_a_record_outside_the_callers_scope_is_answered_as_if_absent(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """A rep naming another's customer, deal or contact gets the answer a missing id gets."""
    theirs = await customer(client, "别人的客户")
    their_deal = await deal(client, theirs)
    their_contact = await ok(await client.post(CONTACTS, json={"customer_id": theirs,
                                                               "name": "王五"}), 201)  # fmt: skip
    _, token = await rep(app, client, db, "refs.rep")
    async with http_client(app, token) as r:
        mine = await customer(r, "我的客户")
        cases: list[tuple[str, dict[str, Any], tuple[str | int, ...], str]] = [
            (OPPORTUNITIES, {"name": "x", "customer_id": theirs,
                             "expected_close_date": "2027-03-31"}, ("body", "customer_id"),
             OPPORTUNITIES),
            (CONTACTS, {"customer_id": theirs, "name": "李四"}, ("body", "customer_id"),
             CONTACTS),
            (TASKS, {"subject": "x", "customer_id": theirs}, ("body", "customer_id"), TASKS),
            (VISITS, {"customer_id": theirs, "purpose": "x",
                      "planned_at": "2026-12-10T02:00:00Z"}, ("body", "customer_id"), VISITS),
            (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": theirs},
             ("body", "customer_id"), ACTIVITIES),
            # Their deal or contact on the rep's own customer: unseen, not "of another customer".
            (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                          "opportunity_id": their_deal["id"]}, ("body", "opportunity_id"),
             ACTIVITIES),
            (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                          "contact_id": their_contact["id"]}, ("body", "contact_id"), ACTIVITIES),
            (ACTIVITIES, {"type": "call", "subject": "x", "customer_id": mine,
                          "contact_ids": [their_contact["id"]]}, ("body", "contact_ids", 0),
             ACTIVITIES),
            (OPPORTUNITIES, {"name": "x", "customer_id": mine,
                             "expected_close_date": "2027-03-31",
                             "contacts": [{"contact_id": their_contact["id"]}]},
             ("body", "contacts", 0, "contact_id"), OPPORTUNITIES),
        ]  # fmt: skip
        for path, body, loc, counted in cases:
            await _refused_and_unwritten(r, path, body, loc, counted, client)
            if len(loc) == 2:  # the same answer as for an id that never existed
                absent = {**body, str(loc[1]): MISSING}
                assert_unknown_reference(await r.post(path, json=absent), *loc)


async def test_a_record_the_caller_may_only_read_stays_a_403(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """Not existence but a permission: a customer shared for reading cannot take a deal."""
    rep_id, token = await rep(app, client, db, "refs.reader")
    shared = await customer(client, "只读客户")
    share = {"resource": "customer", "record_id": shared, "employee_id": rep_id, "access": "read"}
    await ok(await client.post("/api/v1/record-shares", json=share), 201)
    async with http_client(app, token) as r:
        body = {"name": "x", "customer_id": shared, "expected_close_date": "2027-03-31"}
        refused = await r.post(OPPORTUNITIES, json=body)
        assert refused.status_code == 403, refused.text
        assert refused.json()["code"] == "forbidden"
    assert await _total(client, OPPORTUNITIES) == 0
