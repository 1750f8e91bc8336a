"""The event outbox: every committed change is an event, written in the change's transaction,
carrying the record as a reader without restricted permissions sees it; a rolled-back change
leaves none; a caller lists only the events of records it may read now."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import select

from salescrm.app import create_app
from salescrm.core.db.base import Record
from salescrm.core.events import PUBLISHED, Event
from tests.conftest import TestDatabase, http_client, without_summaries
from tests.contract.matrix import build_org
from tests.customers.support import create_customer
from tests.customers.test_import_export import customers, imported
from tests.sales import support

EVENTS = "/api/v1/events"
PRODUCTS = "/api/v1/products"
CUSTOMERS = "/api/v1/customers"
POOL = "/api/v1/customer-pool"


async def _events(http: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await http.get(EVENTS, params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def _types(http: httpx.AsyncClient, record_id: str) -> list[str]:
    """The record's event types, oldest first."""
    return [e["type"] for e in reversed(await _events(http, record_id=record_id))]


async def test_every_change_is_an_event_with_the_public_record(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    created = await client.post(
        PRODUCTS,
        json={"code": "EV-1", "name": "服务器", "list_price": "100.00", "standard_cost": "60.00"},
    )
    assert created.status_code == 201, created.text
    product = created.json()
    url = f"{PRODUCTS}/{product['id']}"
    updated = await client.patch(url, json={"name": "服务器 Pro"})
    assert updated.status_code == 200, updated.text
    assert (await client.delete(url)).status_code == 204
    assert (await client.post(f"{url}/restore")).status_code == 200

    assert await _types(client, product["id"]) == [
        "product.created",
        "product.updated",
        "product.deleted",
        "product.restored",
    ]
    (event,) = await _events(client, record_id=product["id"], type="product.updated")
    assert event["resource"] == "product"
    assert event["actor_type"] == "employee"
    assert event["actor_id"] == db.admin_id
    assert event["request_id"]
    # The record as committed; its cost is left out even though this reader may see it.
    assert updated.json()["standard_cost"] == "60.00"
    assert event["data"] == {k: v for k, v in updated.json().items() if k != "standard_cost"}
    single = await client.get(f"{EVENTS}/{event['id']}")
    assert single.status_code == 200
    assert single.json() == event


async def test_a_rolled_back_change_leaves_no_event(client: httpx.AsyncClient) -> None:
    """The second product with one code reaches the database (the unique index refuses it at
    flush, after the outbox noted it): the 409 rolls back the product and its event."""
    first = await client.post(PRODUCTS, json={"code": "EV-DUP", "name": "a", "list_price": "1.00"})
    assert first.status_code == 201, first.text
    second = await client.post(PRODUCTS, json={"code": "EV-DUP", "name": "b", "list_price": "1.00"})
    assert second.status_code == 409, second.text
    created = await _events(client, type="product.created")
    assert [e["data"]["name"] for e in created if e["data"]["code"] == "EV-DUP"] == ["a"]
    # A request that changes nothing writes nothing either.
    before = len(await _events(client))
    assert (await client.get(f"{PRODUCTS}/{first.json()['id']}")).status_code == 200
    assert len(await _events(client)) == before


async def test_business_transitions_are_events_of_their_own(client: httpx.AsyncClient) -> None:
    deal = await support.won_deal(client)
    reopened = await client.post(f"/api/v1/opportunities/{deal['id']}/reopen", json={})
    assert reopened.status_code == 200, reopened.text
    types = await _types(client, deal["id"])
    assert types[0] == "opportunity.created"
    assert "opportunity.won" in types
    assert types.index("opportunity.won") < types.index("opportunity.reopened")
    (won,) = await _events(client, record_id=deal["id"], type="opportunity.won")
    # Every event of one transaction carries the record as that transaction left it.
    assert won["data"]["status"] == "won"

    customer = await create_customer(client, "事件测试有限公司")
    released = await client.post(
        f"{CUSTOMERS}/{customer['id']}/release", json={"reason": "客户暂无预算"}
    )
    assert released.status_code == 200, released.text
    claimed = await client.post(f"{POOL}/{customer['id']}/claim")
    assert claimed.status_code == 200, claimed.text
    types = await _types(client, customer["id"])
    assert types[-4:] == [
        "customer.updated",
        "customer.released",
        "customer.updated",
        "customer.claimed",
    ]
    (release,) = await _events(client, record_id=customer["id"], type="customer.released")
    assert release["data"]["owner_id"] is None


async def test_a_caller_lists_only_events_of_records_it_may_read(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    async with (
        http_client(app, org.tokens["R1"]) as r1,
        http_client(app, org.tokens["R3"]) as r3,
        http_client(app, org.tokens["M1"]) as m1,
    ):
        mine = await create_customer(r1, "一组客户有限公司")
        (event,) = await _events(r1, record_id=mine["id"])
        assert event["type"] == "customer.created"
        # Another team's rep sees nothing of it, not even by id; the rep's manager does.
        assert await _events(r3, record_id=mine["id"]) == []
        assert (await r3.get(f"{EVENTS}/{event['id']}")).status_code == 404
        assert [e["id"] for e in await _events(m1, record_id=mine["id"])] == [event["id"]]
        # Reference data a rep may not read (roles) is not in its events either.
        assert await _events(r1, resource="role") == []
        assert await _events(client, resource="role")


async def test_the_catalogue_names_every_type_a_change_wrote(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/event-types")
    assert response.status_code == 200, response.text
    catalogue = response.json()["resources"]
    assert "opportunity.won" in catalogue["opportunity"]
    assert "customer.claimed" in catalogue["customer"]
    assert "visit.checked_out" in catalogue["visit"]
    await support.won_deal(client)
    known = {t for types in catalogue.values() for t in types}
    seen = {e["type"] for e in await _events(client)}
    assert seen
    assert seen <= known


def test_every_resource_publishes_its_events() -> None:
    """The meta-test: a new ``Record`` joins the outbox (through the CRUD factory or its own
    ``events.publish``) unless it says it is no resource of its own (``__published__``)."""
    create_app()

    def models(cls: type[Record]) -> list[type[Record]]:
        return [m for sub in cls.__subclasses__() for m in (sub, *models(sub))]

    missing = [
        m.__name__
        for m in models(Record)
        if m.__published__ and "__tablename__" in m.__dict__ and m not in PUBLISHED
    ]
    assert missing == []
    assert len(PUBLISHED) >= 30


async def test_imported_rows_are_events_like_any_other_create(client: httpx.AsyncClient) -> None:
    """An import writes its rows in bulk, past the ORM's hooks; it writes their events too, and
    the finished job is an event of its own."""
    content = "客户名称,城市\n导入事件一公司,上海\n导入事件二公司,北京\n".encode()
    job = await imported(client, content)
    assert job["status"] == "succeeded", job
    rows = [c for c in await customers(client, q="导入事件") if c["name"].startswith("导入事件")]
    assert len(rows) == 2
    for row in rows:
        (event,) = await _events(client, record_id=row["id"])
        assert event["type"] == "customer.created"
        assert event["data"] == without_summaries(row)
    assert "import_job.finished" in await _types(client, job["id"])
    contacts = "客户名称,姓名,手机\n导入事件一公司,张伟,13800000001\n".encode()
    assert (await imported(client, contacts, target="contacts"))["status"] == "succeeded"
    (created,) = await _events(client, type="contact.created")
    listed = await client.get(f"/api/v1/contacts/{created['record_id']}")
    assert created["data"] == without_summaries(listed.json())


async def test_postgresql_events_keep_their_transaction_for_gap_free_paging(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """What delta sync pages by: the events of one transaction share its id, a later
    transaction's are higher; on SQLite (one writer at a time) ``seq`` alone orders them."""
    deal = await support.won_deal(client)
    reopened = await client.post(f"/api/v1/opportunities/{deal['id']}/reopen", json={})
    assert reopened.status_code == 200, reopened.text
    async with db.database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(Event.request_id, Event.tx, Event.seq)
                .where(Event.record_id == uuid.UUID(deal["id"]))
                .order_by(Event.seq)
            )
        ).all()
    by_request: dict[str | None, set[int]] = {}
    for request_id, tx, _seq in rows:
        by_request.setdefault(request_id, set()).add(tx)
    assert len(by_request) == 3  # create, win, reopen
    assert all(len(txs) == 1 for txs in by_request.values())
    txs = [tx for _request, tx, _seq in rows]
    if db.engine_name == "postgresql":
        assert txs[0] > 0
        assert txs == sorted(txs)
        assert len(set(txs)) == 3
    else:
        assert set(txs) == {0}
