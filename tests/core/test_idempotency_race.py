"""Two requests with one Idempotency-Key at the same time: the loser is told the request is in
progress (409 ``idempotency_in_progress``), not a generic conflict, and nothing happens twice.
On SQLite, where writers queue, the later request sees the finished one instead."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
from sqlalchemy import func, insert, select, text

from salescrm.core.clock import utcnow
from salescrm.core.idempotency import IdempotencyRecord
from salescrm.core.ids import new_id
from tests.conftest import TestDatabase

PRODUCTS = "/api/v1/products"
PRODUCT = {"code": "R-1", "name": "Race", "list_price": "10.00"}


async def _wait_until_a_request_waits_for_a_lock(db: TestDatabase) -> None:
    async with db.database.engine.connect() as probe:
        for _ in range(200):
            waiting = await probe.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            await probe.rollback()  # a new statistics snapshot on the next round
            if waiting:
                return
            await asyncio.sleep(0.025)
    raise AssertionError("the request never waited for the key's lock")


async def test_losing_the_race_for_a_key_is_idempotency_in_progress(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    now = utcnow()
    async with db.database.engine.connect() as first:
        # Another request with the same key is about to commit: its key row is written, not yet
        # committed. This request does its work, then waits on that row at its own commit.
        await first.execute(
            insert(IdempotencyRecord).values(
                id=new_id(),
                principal=f"employee:{db.admin_id}",
                key="held",
                fingerprint="0" * 64,
                status_code=201,
                headers="{}",
                body=b"{}",
                created_at=now,
                expires_at=now + timedelta(hours=1),
            )
        )
        second = asyncio.create_task(
            client.post(PRODUCTS, json=PRODUCT, headers={"Idempotency-Key": "held"})
        )
        if db.engine_name == "postgresql":
            await _wait_until_a_request_waits_for_a_lock(db)
        else:
            await asyncio.sleep(0.2)  # SQLite: the request queues for the write lock meanwhile
        await first.commit()
    response = await second
    if db.engine_name == "postgresql":
        # Both did their work at once; the loser learns at commit that the key is taken.
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "idempotency_in_progress"
    else:
        # SQLite queues writers: the request starts after the other committed, finds the key
        # used for another body, and is refused before doing anything.
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "idempotency_key_reused"
    async with db.database.sessionmaker() as session:  # the loser's work was rolled back
        count = await session.scalar(select(func.count()).select_from(IdempotencyRecord))
        assert count == 1
    assert (await client.get(PRODUCTS)).json()["items"] == []


async def test_concurrent_creates_with_one_key_create_once(client: httpx.AsyncClient) -> None:
    body = {"name": "ERP", "permissions": ["product:read"]}
    headers = {"Idempotency-Key": "key-race"}
    responses = await asyncio.gather(
        *(client.post("/api/v1/api-keys", json=body, headers=headers) for _ in range(4))
    )
    fresh = [r for r in responses if r.status_code == 201 and r.json()["key"] is not None]
    assert len(fresh) == 1, [r.text for r in responses]
    for response in responses:
        if response.status_code == 409:
            assert response.json()["code"] == "idempotency_in_progress", response.text
        else:  # the first, or a replay of it (without the key, shown only once)
            assert response.status_code == 201, response.text
            assert response.json()["id"] == fresh[0].json()["id"]
    assert len((await client.get("/api/v1/api-keys")).json()["items"]) == 1
