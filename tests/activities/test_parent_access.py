"""Attaching a record to a customer or a deal needs the right to change that parent.

Issue 12, item 4: the holder of a *read* share on a customer could create deals, tasks, visits
and activities on it; after the share was revoked, the holder's own deal on the customer still
vouched for it, so they kept recording on a customer they could no longer see and kept its
return-to-pool clock from running. Every refusal below leaves the customer's
``last_follow_up_at`` where it was and writes nothing.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import (
    ACTIVITIES,
    TASKS,
    VISITS,
    activity,
    count,
    customer,
    deal,
    ok,
    problem,
    rep,
    task,
    visit,
)
from tests.conftest import TestDatabase, assert_unknown_reference, http_client

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"
OPPORTUNITIES = "/api/v1/opportunities"
CONTRACTS = "/api/v1/contracts"
SHARES = "/api/v1/record-shares"
SHANGHAI = {"latitude": 31.2304, "longitude": 121.4737}


def _attaching(customer_id: str, deal_id: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """One create per kind of record that hangs off a customer (and, given one, its deal)."""
    on_deal = {} if deal_id is None else {"opportunity_id": deal_id}
    return [
        (
            OPPORTUNITIES,
            {"name": "蹭的商机", "customer_id": customer_id, "expected_close_date": "2027-03-31"},
        ),
        (TASKS, {"subject": "蹭的任务", "customer_id": customer_id, **on_deal}),
        (
            VISITS,
            {
                "customer_id": customer_id,
                "purpose": "蹭的拜访",
                "planned_at": "2026-12-10T02:00:00Z",
                **on_deal,
            },
        ),
        (
            ACTIVITIES,
            {"type": "call", "subject": "蹭的跟进", "customer_id": customer_id, **on_deal},
        ),
        (CONTACTS, {"customer_id": customer_id, "name": "蹭的联系人"}),
    ]


async def _share(http: httpx.AsyncClient, customer_id: str, employee_id: str, access: str) -> str:
    body = {
        "resource": "customer",
        "record_id": customer_id,
        "employee_id": employee_id,
        "access": access,
    }
    response = await http.post(SHARES, json=body)
    assert response.status_code in (200, 201), response.text
    return str(response.json()["id"])


async def _clock(http: httpx.AsyncClient, customer_id: str) -> Any:
    return (await ok(await http.get(f"{CUSTOMERS}/{customer_id}")))["last_follow_up_at"]


async def _attached(http: httpx.AsyncClient, customer_id: str) -> dict[str, int]:
    """How many records of each kind name the customer (as the administrator counts them)."""
    paths = (OPPORTUNITIES, TASKS, VISITS, ACTIVITIES, CONTACTS)
    return {path: await count(http, path, customer_id=customer_id) for path in paths}


async def test_a_read_share_holder_cannot_attach_records_to_the_customer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """They see the customer, so the refusal is the read-only 403 of ``get_for_write``."""
    reader_id, token = await rep(app, client, db, "readshare")
    customer_id = await customer(client, "只读共享客户")
    await _share(client, customer_id, reader_id, "read")
    before = await _attached(client, customer_id)
    async with http_client(app, token) as r:
        await ok(await r.get(f"{CUSTOMERS}/{customer_id}"))
        for path, payload in _attaching(customer_id):
            refused = await r.post(path, json=payload)
            await problem(refused, 403, "forbidden")
            assert refused.json()["detail"] == "This record is shared with you for reading only."
        # Nor by moving a record of their own onto it.
        own = await task(r, subject="自己的任务")
        moved = await r.patch(f"{TASKS}/{own['id']}", json={"customer_id": customer_id})
        await problem(moved, 403, "forbidden")
        refused = await r.post(f"{CUSTOMERS}/{customer_id}/follow-ups", json={})
        await problem(refused, 403, "forbidden")
    assert await _attached(client, customer_id) == before
    assert await _clock(client, customer_id) is None


async def test_a_write_share_holder_attaches_records_and_the_clock_moves(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    writer_id, token = await rep(app, client, db, "writeshare")
    customer_id = await customer(client, "协作客户")
    await _share(client, customer_id, writer_id, "write")
    async with http_client(app, token) as r:
        for path, payload in _attaching(customer_id):
            await ok(await r.post(path, json=payload), 201)
    assert await _attached(client, customer_id) == {
        OPPORTUNITIES: 1,
        TASKS: 1,
        VISITS: 1,
        ACTIVITIES: 1,
        CONTACTS: 1,
    }
    assert await _clock(client, customer_id) is not None


async def test_after_the_share_is_revoked_the_grantees_own_deal_does_not_vouch(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The revoked share: what the grantee made while they had it (their own deal, an
    activity, a visit) gives them no way back to the customer."""
    grantee_id, token = await rep(app, client, db, "revoked")
    friend_id, friend = await rep(app, client, db, "revokedfriend")
    customer_id = await customer(client, "收回共享的客户", **SHANGHAI)
    share_id = await _share(client, customer_id, grantee_id, "write")
    async with http_client(app, token) as r:
        own_deal = await deal(r, customer_id, amount="80000.00")
        assert own_deal["owner_id"] == grantee_id
        recorded = await activity(
            r, customer_id, opportunity_id=own_deal["id"], occurred_at="2026-11-01T01:00:00Z"
        )
        planned = await visit(r, customer_id, opportunity_id=own_deal["id"])
        await ok(await r.post(f"{VISITS}/{planned['id']}/check-in", json=SHANGHAI))
    clock = await _clock(client, customer_id)
    assert clock == "2026-11-01T01:00:00Z"
    assert (await client.delete(f"{SHARES}/{share_id}")).status_code == 204
    before = await _attached(client, customer_id)

    async with http_client(app, token) as r:
        await problem(await r.get(f"{CUSTOMERS}/{customer_id}"), 404, "not_found")
        # Their own deal is still theirs …
        await ok(await r.get(f"{OPPORTUNITIES}/{own_deal['id']}"))
        # … but it does not speak for the customer: recording on it is refused, with or
        # without the deal, as for any record a body names outside the caller's scope (a 422
        # naming the field).
        for on_deal in (own_deal["id"], None):
            for path, payload in _attaching(customer_id, on_deal):
                refused = await r.post(path, json=payload)
                assert_unknown_reference(refused, "body", "customer_id")
        # What they recorded before cannot be moved later (which would move the clock) or
        # changed: it is attached to a customer they may no longer change.
        url = f"{ACTIVITIES}/{recorded['id']}"
        await ok(await r.get(url))
        later = await r.patch(url, json={"occurred_at": "2026-11-30T01:00:00Z"})
        await problem(later, 403, "forbidden")
        await problem(await r.patch(url, json={"outcome": "改"}), 403, "forbidden")
        # Checking out of the visit would record a visit on the customer: refused too.
        out = await r.post(f"{VISITS}/{planned['id']}/check-out", json=SHANGHAI)
        await problem(out, 403, "forbidden")
        # Winning their deal is theirs to do; a contract with the customer is not.
        await ok(await r.post(f"{OPPORTUNITIES}/{own_deal['id']}/win", json={}))
        signed = await r.post(
            CONTRACTS, json={"opportunity_id": own_deal["id"], "sign_date": "2026-11-01"}
        )
        # The contract's customer comes from the deal: the refusal names the deal.
        assert_unknown_reference(signed, "body", "opportunity_id")
        # A colleague they put on the deal's team gets no further than they do.
        team = f"{OPPORTUNITIES}/{own_deal['id']}/team/{friend_id}"
        await ok(await r.put(team, json={"role": "售前", "access": "write"}), 201)
    async with http_client(app, friend) as f:
        payload = {"type": "call", "subject": "x", "customer_id": customer_id}
        payload["opportunity_id"] = own_deal["id"]
        assert_unknown_reference(await f.post(ACTIVITIES, json=payload), "body", "customer_id")

    assert await _attached(client, customer_id) == before
    assert await count(client, CONTRACTS, customer_id=customer_id) == 0
    assert await _clock(client, customer_id) == clock
    stored = await ok(await client.get(f"{ACTIVITIES}/{recorded['id']}"))
    assert (stored["occurred_at"], stored["outcome"]) == ("2026-11-01T01:00:00Z", None)
    assert (await ok(await client.get(f"{VISITS}/{planned['id']}")))["status"] == "checked_in"


async def test_a_deal_team_member_records_on_the_deal_while_its_owner_may_change_the_customer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The documented rule for deal teams: a deal the caller may change stands in for its
    customer as far as the deal's owner may change that customer — no further, and no longer."""
    owner_id, owner = await rep(app, client, db, "dealowner")
    member_id, member = await rep(app, client, db, "dealmember")
    reader_id, reader = await rep(app, client, db, "dealreader")
    successor_id, _ = await rep(app, client, db, "successor")
    customer_id = await customer(client, "团队跟进客户", owner_id=owner_id)
    async with http_client(app, owner) as o:
        the_deal = await deal(o, customer_id)
        base = f"{OPPORTUNITIES}/{the_deal['id']}/team"
        await ok(await o.put(f"{base}/{member_id}", json={"role": "售前", "access": "write"}), 201)
        await ok(await o.put(f"{base}/{reader_id}", json={"role": "支持", "access": "read"}), 201)

    async with http_client(app, member) as m:
        await problem(await m.get(f"{CUSTOMERS}/{customer_id}"), 404, "not_found")
        on_deal = await activity(
            m, customer_id, opportunity_id=the_deal["id"], occurred_at="2026-11-02T01:00:00Z"
        )
        await task(m, subject="准备演示", customer_id=customer_id, opportunity_id=the_deal["id"])
        # Not the customer without the deal.
        payload = {"type": "call", "subject": "x", "customer_id": customer_id}
        assert_unknown_reference(await m.post(ACTIVITIES, json=payload), "body", "customer_id")
    assert await _clock(client, customer_id) == "2026-11-02T01:00:00Z"
    async with http_client(app, reader) as rd:
        # A read-only member may not record on the deal: it is theirs to read only.
        payload = {"type": "call", "subject": "x", "customer_id": customer_id}
        refused = await rd.post(ACTIVITIES, json={**payload, "opportunity_id": the_deal["id"]})
        await problem(refused, 403, "forbidden")

    # The customer is handed to someone else; the deal stays with its owner, who may no longer
    # change the customer, so the deal no longer speaks for it — for anyone on its team.
    await ok(await client.patch(f"{CUSTOMERS}/{customer_id}", json={"owner_id": successor_id}))
    payload = {"type": "call", "subject": "x", "customer_id": customer_id}
    payload["opportunity_id"] = the_deal["id"]
    for token in (member, owner):
        async with http_client(app, token) as h:
            refused = await h.post(ACTIVITIES, json=payload)
            assert_unknown_reference(refused, "body", "customer_id")
    async with http_client(app, member) as m:
        url = f"{ACTIVITIES}/{on_deal['id']}"
        await problem(await m.patch(url, json={"outcome": "x"}), 403, "forbidden")
        await ok(await m.get(url))  # still readable through the deal
    assert await _clock(client, customer_id) == "2026-11-02T01:00:00Z"
