"""Client-chosen ids on create (issue 12, items 7c and 7e).

A client may mint the id of a record it creates (the mobile app works offline), and repeating
the create returns the record (200) instead of a second one. An id that is taken otherwise
answers one 409 ``id_conflict``, whatever holds it — a record the caller cannot see, a deleted
one, one under another parent — so the answer says that the id is in use and nothing else; and
parallel repeats of one create (a phone retrying on a bad network) make one record, never a 409.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from salescrm.core.ids import new_id
from tests.conftest import TestDatabase, http_client
from tests.org.support import staff_member
from tests.sales import support

CUSTOMERS = "/api/v1/customers"
PRODUCTS = "/api/v1/products"


def _answer(response: httpx.Response) -> tuple[Any, ...]:
    """What a prober can compare between two answers (the request id differs anyway)."""
    body = response.json()
    return (
        response.status_code,
        body.get("type"),
        body.get("title"),
        body.get("detail"),
        body.get("code"),
        sorted(set(body) - {"request_id"}),
    )


async def test_a_taken_id_answers_the_same_whoever_holds_it(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    _, token_a = await staff_member(
        app, client, "甲", db.root_department_id, username="rep.a", roles=("sales_rep",)
    )
    _, token_b = await staff_member(
        app, client, "乙", db.root_department_id, username="rep.b", roles=("sales_rep",)
    )
    async with http_client(app, token_a) as a, http_client(app, token_b) as b:
        hidden = await support.ok(await a.post(CUSTOMERS, json={"name": "甲方机密客户"}), 201)
        mine = await support.ok(await b.post(CUSTOMERS, json={"name": "乙方旧客户"}), 201)
        assert (await client.delete(f"{CUSTOMERS}/{mine['id']}")).status_code == 204
        answers = []
        for taken in (hidden["id"], mine["id"]):
            response = await b.post(CUSTOMERS, json={"id": taken, "name": "探测公司"})
            assert response.status_code == 409, response.text
            assert response.json()["code"] == "id_conflict"
            assert "甲方机密客户" not in response.text
            answers.append(_answer(response))
        assert answers[0] == answers[1]
        # The caller's own live record is a replay, not a second record.
        own = await support.ok(await b.post(CUSTOMERS, json={"name": "乙方新客户"}), 201)
        again = await b.post(CUSTOMERS, json={"id": own["id"], "name": "乙方新客户"})
        assert again.status_code == 200, again.text
        assert again.json() == own
        # A free id is simply used: asking about an id needs knowing it (UUIDv7, random bits).
        free = await b.post(CUSTOMERS, json={"id": str(new_id()), "name": "新客户"})
        assert free.status_code == 201, free.text
    listed = (await client.get(CUSTOMERS, params={"q": "探测公司"})).json()["items"]
    assert listed == []

    # A child of another parent answers the same 409 (it used to be a 404): the id is taken.
    product = await support.product(client)
    first, second = await support.deal(client), await support.deal(client)
    line = await support.add_line(client, first["id"], product["id"])
    moved = await client.post(
        support.line_items(second["id"]),
        json={"id": line["id"], "product_id": product["id"], "quantity": "1"},
    )
    assert moved.status_code == 409, moved.text
    assert _answer(moved)[1:] == answers[0][1:]


async def test_parallel_creates_with_one_client_id_make_one_record(
    client: httpx.AsyncClient,
) -> None:
    """Twenty phones' retries of one create: one 201, nineteen replays of the same record."""
    client_id = str(new_id())
    payload = {"id": client_id, "code": "RACE-1", "name": "并发", "list_price": "1.00"}
    responses = await asyncio.gather(*(client.post(PRODUCTS, json=payload) for _ in range(20)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 19 + [201], [r.text for r in responses if r.status_code >= 300]
    bodies = [r.json() for r in responses]
    assert all(body == bodies[0] for body in bodies)
    listed = (await client.get(PRODUCTS, params={"include_total": "true"})).json()
    assert listed["total"] == 1
