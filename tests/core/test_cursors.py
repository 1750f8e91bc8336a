"""A cursor pages the list it came from, and no other (issue 12, item 7h).

Cursors are signed, so a client cannot forge one; they are also bound to their list (the
resource and the request path, hence the parent of a child collection): a cursor from
``/customers`` given to ``/contacts``, or from one deal's line items to another deal's, or
from one customer's timeline to another's, is a 422 naming ``cursor``.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import activity
from tests.sales import support

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"


async def _cursor(http: httpx.AsyncClient, path: str) -> str:
    page = await support.ok(await http.get(path, params={"limit": 1}))
    cursor: str = page["next_cursor"]
    assert cursor, page
    return cursor


async def _refused(http: httpx.AsyncClient, path: str, cursor: str) -> None:
    response = await http.get(path, params={"limit": 1, "cursor": cursor})
    assert response.status_code == 422, (path, response.text)
    assert [e["loc"] for e in response.json()["errors"]] == [["query", "cursor"]]


async def test_a_cursor_only_pages_the_list_it_came_from(client: httpx.AsyncClient) -> None:
    customers = [await support.customer(client) for _ in range(2)]
    for customer_id in customers:
        for n in range(2):
            contact = {"customer_id": customer_id, "name": f"联系人{n}"}
            await support.ok(await client.post(CONTACTS, json=contact), 201)
    await _refused(client, CONTACTS, await _cursor(client, CUSTOMERS))
    await _refused(client, CUSTOMERS, await _cursor(client, CONTACTS))

    product = await support.product(client)
    first, second = await support.deal(client), await support.deal(client)
    for deal in (first, second):
        for _ in range(2):
            await support.add_line(client, deal["id"], product["id"])
    own = support.line_items(first["id"])
    cursor = await _cursor(client, own)
    await _refused(client, support.line_items(second["id"]), cursor)
    rest = await support.ok(await client.get(own, params={"limit": 1, "cursor": cursor}))
    assert len(rest["items"]) == 1  # still good where it came from

    timelines = [f"{CUSTOMERS}/{customer_id}/timeline" for customer_id in customers]
    for customer_id in customers:
        for n in range(2):
            await activity(client, customer_id, subject=f"电话{n}")
    await _refused(client, timelines[1], await _cursor(client, timelines[0]))


async def test_a_filtered_list_keeps_its_cursor(client: httpx.AsyncClient) -> None:
    """Binding is to the list, not to the query string: sort and filters as before."""
    for _ in range(3):
        await support.customer(client)
    page: dict[str, Any] = await support.ok(
        await client.get(CUSTOMERS, params={"limit": 1, "sort": "name"})
    )
    more = await client.get(
        CUSTOMERS, params={"limit": 1, "sort": "name", "cursor": page["next_cursor"]}
    )
    assert more.status_code == 200, more.text


async def test_a_cursor_of_any_text_is_a_422_never_a_500(client: httpx.AsyncClient) -> None:
    """Found by the contract fuzzer: a signature with non-ASCII characters made the HMAC
    comparison raise (a 500) instead of refusing the cursor."""
    await support.customer(client)
    for cursor in (".\u0083", "e30.\u00e9\u00e9", "\u00e9", ".", "..", "e30", "\u0000.x"):
        await _refused(client, CUSTOMERS, cursor)
