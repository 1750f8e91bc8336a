"""Idempotency-Key: replay the first response, refuse a different body, create nothing twice."""

from __future__ import annotations

import asyncio

import httpx

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


async def test_replayed_logins_do_not_keep_tokens(anon: httpx.AsyncClient) -> None:
    from tests.conftest import ADMIN_PASSWORD, ADMIN_USER

    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    first = await anon.post("/api/v1/auth/token", data=form, headers={"Idempotency-Key": "login"})
    assert first.status_code == 200
    assert first.json()["access_token"]
    replay = await anon.post("/api/v1/auth/token", data=form, headers={"Idempotency-Key": "login"})
    assert replay.status_code == 200
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["access_token"] is None
    assert replay.json()["refresh_token"] is None
