"""Review fixes in authentication: stale bearers on public endpoints, atomic refresh rotation,
password hashing off the event loop, and what an API key may read of its creator's logins."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from jose import jwt
from passlib.context import CryptContext

from salescrm.core.security.passwords import PasswordHasher
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TEST_SECRET, TestDatabase, http_client

TOKEN = "/api/v1/auth/token"
REFRESH = "/api/v1/auth/refresh"
ME = "/api/v1/auth/me"
LOGIN_EVENTS = "/api/v1/login-events"
CREDENTIALS = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def log_in(anon: httpx.AsyncClient, **headers: str) -> dict[str, Any]:
    response = await anon.post(TOKEN, data=CREDENTIALS, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def expired_access_token(access_token: str) -> str:
    """A correctly signed access token of a live session whose ``exp`` has passed."""
    claims = jwt.get_unverified_claims(access_token)
    now = int(time.time())
    token: str = jwt.encode(
        {**claims, "iat": now - 3600, "exp": now - 60}, TEST_SECRET, algorithm="HS256"
    )
    return token


# ----- F5: a stale bearer sent along to the public auth endpoints ----------------------------
async def test_refresh_and_login_ignore_a_stale_bearer(anon: httpx.AsyncClient) -> None:
    pair = await log_in(anon)
    stale = {
        "garbage": "expired.or.garbage",
        "expired": expired_access_token(pair["access_token"]),
        "unknown api key": "sck_00000000_nothing",
    }
    refresh_token = pair["refresh_token"]
    for name, token in stale.items():
        refreshed = await anon.post(
            REFRESH, json={"refresh_token": refresh_token}, headers=bearer(token)
        )
        assert refreshed.status_code == 200, (name, refreshed.text)
        refresh_token = refreshed.json()["refresh_token"]
        logged_in = await anon.post(TOKEN, data=CREDENTIALS, headers=bearer(token))
        assert logged_in.status_code == 200, (name, logged_in.text)
    # With an Idempotency-Key too (the guard that authenticated the bearer is the one at fault).
    keyed = await anon.post(
        REFRESH,
        json={"refresh_token": refresh_token},
        headers={**bearer("expired.or.garbage"), "Idempotency-Key": "stale-bearer"},
    )
    assert keyed.status_code == 200, keyed.text


async def test_protected_routes_still_refuse_a_stale_bearer(anon: httpx.AsyncClient) -> None:
    pair = await log_in(anon)
    for token in ("expired.or.garbage", expired_access_token(pair["access_token"])):
        headers = bearer(token)
        me = await anon.get(ME, headers=headers)
        assert me.status_code == 401
        logout = await anon.post("/api/v1/auth/logout", headers=headers)
        assert logout.status_code == 401
        assert logout.json()["code"] == "unauthorized"
        keyed = {**headers, "Idempotency-Key": "k-1"}
        product = {"code": "S-1", "name": "Stale", "list_price": "1.00"}
        created = await anon.post("/api/v1/products", json=product, headers=keyed)
        assert created.status_code == 401, created.text
        assert "invalid_token" in created.headers["www-authenticate"]
    # The session itself is untouched.
    assert (await anon.get(ME, headers=bearer(pair["access_token"]))).status_code == 200


# ----- F6: two refreshes with one refresh token ----------------------------------------------
async def test_concurrent_refreshes_with_one_token_rotate_once(
    anon: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    pair = await log_in(anon)
    body = {"refresh_token": pair["refresh_token"]}
    responses = await asyncio.gather(*(anon.post(REFRESH, json=body) for _ in range(2)))
    assert sorted(r.status_code for r in responses) == [200, 401], [r.text for r in responses]
    (winner,) = [r.json() for r in responses if r.status_code == 200]
    # The loser presented an already used refresh token: the whole family ends, so the winner's
    # tokens stop working too, and the reuse is on record.
    assert (await anon.get(ME, headers=bearer(winner["access_token"]))).status_code == 401
    again = await anon.post(REFRESH, json={"refresh_token": winner["refresh_token"]})
    assert again.status_code == 401
    events = await client.get(LOGIN_EVENTS, params={"event": "refresh_reused"})
    assert events.status_code == 200
    assert len(events.json()["items"]) == 1


async def test_many_concurrent_refreshes_never_mint_two_working_tokens(
    anon: httpx.AsyncClient,
) -> None:
    pair = await log_in(anon)
    body = {"refresh_token": pair["refresh_token"]}
    responses = await asyncio.gather(*(anon.post(REFRESH, json=body) for _ in range(5)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 401, 401, 401, 401], [r.text for r in responses]
    working = [
        r.json()["access_token"]
        for r in responses
        if r.status_code == 200
        and (await anon.get(ME, headers=bearer(r.json()["access_token"]))).status_code == 200
    ]
    assert working == []


# ----- F7: Argon2id off the event loop, one hasher per parameter set -------------------------
@pytest.fixture
def hashing_calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Records the thread each Argon2 hash and verify ran in."""
    calls: dict[str, list[str]] = {"hash": [], "verify": []}
    original_hash, original_verify = CryptContext.hash, CryptContext.verify

    def hash_(self: CryptContext, *args: Any, **kwargs: Any) -> Any:
        calls["hash"].append(threading.current_thread().name)
        return original_hash(self, *args, **kwargs)

    def verify(self: CryptContext, *args: Any, **kwargs: Any) -> Any:
        calls["verify"].append(threading.current_thread().name)
        return original_verify(self, *args, **kwargs)

    monkeypatch.setattr(CryptContext, "hash", hash_)
    monkeypatch.setattr(CryptContext, "verify", verify)
    return calls


async def test_password_hashing_runs_in_a_worker_thread(
    anon: httpx.AsyncClient, hashing_calls: dict[str, list[str]]
) -> None:
    loop_thread = threading.current_thread().name
    pair = await log_in(anon)
    assert hashing_calls["verify"], "login verified no password"
    changed = await anon.post(
        "/api/v1/auth/password",
        headers=bearer(pair["access_token"]),
        json={"current_password": ADMIN_PASSWORD, "new_password": "another long password"},
    )
    assert changed.status_code == 204, changed.text
    assert hashing_calls["hash"], "the password change hashed nothing"
    threads = hashing_calls["verify"] + hashing_calls["hash"]
    assert loop_thread not in threads, threads


async def test_refresh_and_unknown_users_do_not_build_dummy_hashes(
    anon: httpx.AsyncClient, hashing_calls: dict[str, list[str]]
) -> None:
    for _ in range(3):
        refused = await anon.post(REFRESH, json={"refresh_token": "x.y.z"})
        assert refused.status_code == 401
    assert hashing_calls["hash"] == []  # no hasher (nor its dummy hash) built per request
    for n in range(3):
        unknown = await anon.post(TOKEN, data={"username": f"nobody{n}", "password": "x" * 8})
        assert unknown.status_code == 401
    assert len(hashing_calls["verify"]) == 3  # the unknown account still costs one verify
    assert len(hashing_calls["hash"]) <= 1  # the dummy hash: once per process at most


async def test_one_hasher_per_parameter_set(app: Any) -> None:
    settings = app.state.settings
    hasher = PasswordHasher.for_settings(settings)
    assert PasswordHasher.for_settings(settings.model_copy()) is hasher
    hashed = await hasher.hash_async("a long enough password")
    assert await hasher.verify_async("a long enough password", hashed)
    assert not await hasher.verify_async("another password", hashed)
    assert not await hasher.verify_async("a long enough password", None)
    # The synchronous API stays, for code that is not async.
    assert PasswordHasher(settings).verify("a long enough password", hashed)
    stronger = settings.model_copy(update={"argon2_time_cost": settings.argon2_time_cost + 1})
    assert PasswordHasher.for_settings(stronger) is not hasher
    assert PasswordHasher.for_settings(stronger).needs_rehash(hashed)


# ----- F12: an API key reading its creator's login history ----------------------------------
async def test_api_key_needs_security_read_for_login_events(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    async def new_key(permissions: list[str]) -> str:
        created = await client.post(
            "/api/v1/api-keys", json={"name": "k", "permissions": permissions}
        )
        assert created.status_code == 201, created.text
        key: str = created.json()["key"]
        return key

    event_id = (await client.get(LOGIN_EVENTS)).json()["items"][0]["id"]
    product_key = await new_key(["product:read"])
    async with http_client(app) as http:
        headers = {"X-API-Key": product_key}
        listed = await http.get(LOGIN_EVENTS, headers=headers)
        assert listed.status_code == 403, listed.text
        assert listed.json()["code"] == "forbidden"
        one = await http.get(f"{LOGIN_EVENTS}/{event_id}", headers=headers)
        assert one.status_code == 403
        as_bearer = await http.get(LOGIN_EVENTS, headers=bearer(product_key))
        assert as_bearer.status_code == 403
    security_key = await new_key(["security:read"])
    async with http_client(app) as http:
        listed = await http.get(LOGIN_EVENTS, headers={"X-API-Key": security_key})
        assert listed.status_code == 200, listed.text
        assert db.admin_id in {e["employee_id"] for e in listed.json()["items"]}
    # An employee's own session still needs no permission for their own history.
    assert (await client.get(LOGIN_EVENTS)).status_code == 200
