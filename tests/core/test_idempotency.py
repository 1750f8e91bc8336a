"""Idempotency-Key: replay the first response, refuse a different body, create nothing twice."""

from __future__ import annotations

import asyncio
import hashlib
import json
from urllib.parse import urlencode

import httpx
from sqlalchemy import select

from salescrm.core.idempotency import IdempotencyRecord
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase

PATH = "/api/v1/products"
PRODUCT = {"code": "I-1", "name": "幂等测试", "list_price": "10.00"}


async def total(client: httpx.AsyncClient) -> int:
    response = await client.get(PATH, params={"include_total": "true"})
    count: int = response.json()["total"]
    return count


async def test_same_key_and_body_replays_the_first_response(client: httpx.AsyncClient) -> None:
    headers = {"Idempotency-Key": "key-1"}
    first = await client.post(PATH, json=PRODUCT, headers=headers)
    assert first.status_code == 201
    again = await client.post(PATH, json=PRODUCT, headers=headers)
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    assert await total(client) == 1


async def test_same_key_with_another_body_is_422(client: httpx.AsyncClient) -> None:
    headers = {"Idempotency-Key": "key-2"}
    assert (await client.post(PATH, json=PRODUCT, headers=headers)).status_code == 201
    other = await client.post(PATH, json={**PRODUCT, "code": "I-2"}, headers=headers)
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert await total(client) == 1


async def test_failed_request_does_not_burn_the_key(client: httpx.AsyncClient) -> None:
    headers = {"Idempotency-Key": "key-3"}
    bad = await client.post(PATH, json={**PRODUCT, "list_price": "-1"}, headers=headers)
    assert bad.status_code == 422
    good = await client.post(PATH, json=PRODUCT, headers=headers)
    assert good.status_code == 201


async def test_different_keys_are_different_requests(client: httpx.AsyncClient) -> None:
    a = await client.post(PATH, json=PRODUCT, headers={"Idempotency-Key": "a"})
    b = await client.post(PATH, json={**PRODUCT, "code": "I-9"}, headers={"Idempotency-Key": "b"})
    assert (a.status_code, b.status_code) == (201, 201)
    assert await total(client) == 2


async def test_concurrent_requests_with_one_key_create_once(client: httpx.AsyncClient) -> None:
    headers = {"Idempotency-Key": "race"}
    responses = await asyncio.gather(
        *(client.post(PATH, json=PRODUCT, headers=headers) for _ in range(3))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses[0] == 201
    assert all(s in (201, 409) for s in statuses), [r.text for r in responses]
    assert await total(client) == 1


async def test_overlong_key_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post(PATH, json=PRODUCT, headers={"Idempotency-Key": "k" * 256})
    assert response.status_code == 422
    assert await total(client) == 0


def old_fingerprint(method: str, path: str, body: bytes, query: str = "") -> str:
    """What was stored until issue 12: an unsalted SHA-256 of the request, testable offline."""
    digest = hashlib.sha256()
    for part in (method, path, query):
        digest.update(part.encode() + b"\0")
    digest.update(body)
    return digest.hexdigest()


async def stored(db: TestDatabase) -> list[IdempotencyRecord]:
    async with db.database.sessionmaker() as session:
        return list(await session.scalars(select(IdempotencyRecord)))


async def test_a_login_with_a_key_leaves_no_record(
    anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    headers = {"Idempotency-Key": "login"}
    first = await anon.post("/api/v1/auth/token", data=form, headers=headers)
    assert first.status_code == 200, first.text
    fields = [f"{name}={value}".encode() + b"\0" for name, value in sorted(form.items())]
    guessable = {
        old_fingerprint("POST", "/api/v1/auth/token", b"".join(fields)),
        hashlib.sha256(urlencode(form).encode()).hexdigest(),
    }
    records = await stored(db)
    assert records == []
    assert not guessable & {r.fingerprint for r in records}
    # Nothing to replay: a second login is a login of its own (tokens are never replayed).
    again = await anon.post("/api/v1/auth/token", data=form, headers=headers)
    assert again.status_code == 200
    assert "idempotent-replayed" not in again.headers
    assert again.json()["access_token"] not in (None, first.json()["access_token"])


async def test_password_refresh_and_logout_with_a_key_leave_no_record(
    anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    tokens = (await anon.post("/api/v1/auth/token", data=form)).json()
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    change = {"current_password": ADMIN_PASSWORD, "new_password": "another long password"}
    requests = [
        ("/api/v1/auth/refresh", {"refresh_token": tokens["refresh_token"]}, {}),
        ("/api/v1/auth/password", change, bearer),
        ("/api/v1/auth/logout", {"refresh_token": tokens["refresh_token"]}, bearer),
    ]
    for n, (path, body, headers) in enumerate(requests):
        response = await anon.post(path, json=body, headers={**headers, "Idempotency-Key": f"k{n}"})
        assert response.status_code in (200, 204), (path, response.text)
    assert await stored(db) == []


async def test_a_stored_fingerprint_is_keyed(client: httpx.AsyncClient, db: TestDatabase) -> None:
    body = json.dumps(PRODUCT).encode()
    created = await client.post(
        PATH, content=body, headers={"Idempotency-Key": "keyed", "Content-Type": "application/json"}
    )
    assert created.status_code == 201, created.text
    (record,) = await stored(db)
    assert len(record.fingerprint) == 64
    assert record.fingerprint not in {
        old_fingerprint("POST", PATH, body),
        hashlib.sha256(body).hexdigest(),
    }
