"""Attempts sent together are throttled as if sent one by one (review of issue 12, item 4), a
wrong current password on a password change counts as a failed login (item 6), and a request
without a client address is throttled as an address of its own."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import httpx
import pytest

from salescrm.auth import service as auth_service
from tests.auth.test_login_throttle import (
    OWNER_ADDRESS,
    FrozenClock,
    client_at,
    log_in_from,
    recorded_addresses,
    retry_after,
)
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase

PASSWORD = "/api/v1/auth/password"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    """Time stands still: concurrent attempts are judged by the throttle alone."""
    frozen = FrozenClock()
    monkeypatch.setattr(auth_service, "utcnow", frozen)
    return frozen


async def test_wrong_logins_sent_together_pass_the_throttle_no_more_than_one_by_one(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    attacker = "203.0.113.9"
    responses = await asyncio.gather(
        *(log_in_from(app, attacker, password=f"wrong-guess-{n:04d}") for n in range(16))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [401] * 5 + [429] * 11, statuses
    assert len(await recorded_addresses(db)) == 5  # the refused ones are not failures


async def test_logins_sent_together_from_many_addresses_share_the_accounts_budget(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    responses = await asyncio.gather(
        *(log_in_from(app, f"203.0.113.{n + 1}", password="x") for n in range(16))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [401] * 5 + [429] * 11, statuses


async def test_the_owners_login_after_failures_elsewhere_is_recorded_as_a_success(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200
    clock.advance(60)
    for n in range(5):
        assert (await log_in_from(app, f"203.0.113.{n + 1}", password="x")).status_code == 401
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200
    assert (await recorded_addresses(db, "login_succeeded"))[-2:] == [OWNER_ADDRESS] * 2
    assert OWNER_ADDRESS not in await recorded_addresses(db)


async def test_a_wrong_current_password_counts_as_a_failed_login(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    guesser = "203.0.113.60"
    async with client_at(app, guesser) as http:
        http.headers["Authorization"] = f"Bearer {db.admin_token}"
        for n in range(5):
            wrong = await http.post(
                PASSWORD, json={"current_password": f"guess {n}", "new_password": "x" * 20}
            )
            assert wrong.status_code == 422, wrong.text
            assert wrong.json()["errors"][0]["type"] == "wrong_password"
        right = {"current_password": ADMIN_PASSWORD, "new_password": "another long password"}
        assert retry_after(await http.post(PASSWORD, json=right)) == 1
        clock.advance(1)
        assert (await http.post(PASSWORD, json=right)).status_code == 204
    assert await recorded_addresses(db) == [guesser] * 5
    # The guesses count for the account from that address: the next failure there is the sixth.
    assert (await log_in_from(app, guesser, password="x")).status_code == 401
    assert retry_after(await log_in_from(app, guesser, password="x")) == 2


async def test_password_changes_sent_together_pass_the_throttle_no_more_than_one_by_one(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    async with client_at(app, "203.0.113.61") as http:
        http.headers["Authorization"] = f"Bearer {db.admin_token}"
        responses = await asyncio.gather(
            *(
                http.post(
                    PASSWORD, json={"current_password": f"guess {n}", "new_password": "x" * 20}
                )
                for n in range(12)
            )
        )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [422] * 5 + [429] * 7, statuses


async def test_requests_without_an_address_are_one_address_of_their_own(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    """Served on a Unix socket without a trusted proxy, no request has an address: failures
    then count for that one unknown place, and the owner who logs in from it is not held
    back by failures from elsewhere (nor the other way round)."""
    transport = httpx.ASGITransport(app=app, client=None, raise_app_exceptions=False)  # type: ignore[arg-type]

    async def log_in_unaddressed(password: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            data = {"username": ADMIN_USER, "password": password}
            return await http.post("/api/v1/auth/token", data=data)

    assert (await log_in_unaddressed(ADMIN_PASSWORD)).status_code == 200
    clock.advance(60)
    for n in range(5):
        assert (await log_in_from(app, f"203.0.113.{n + 1}", password="x")).status_code == 401
    assert (await log_in_unaddressed(ADMIN_PASSWORD)).status_code == 200
    clock.advance(60)
    for _ in range(5):
        assert (await log_in_unaddressed("x")).status_code == 401
    assert retry_after(await log_in_unaddressed("x")) == 1
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 429  # a new place: shared
    recorded = Counter(await recorded_addresses(db))  # one instant: no order among them
    assert recorded == Counter([f"203.0.113.{n + 1}" for n in range(5)] + [None] * 5)
