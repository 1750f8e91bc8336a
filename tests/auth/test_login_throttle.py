"""Failed-login throttling (issue 12, item 6): nobody elsewhere can lock an owner out, while
guessing stays throttled per account and address, with delays that double up to the window.

Each client here has its own address (``ASGITransport(client=...)``); the clock of the login
path is frozen, so the delays are asserted exactly, however slowly the tests run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from salescrm import cli
from salescrm.app import create_app
from salescrm.auth import service as auth_service
from salescrm.auth.models import LoginEvent
from salescrm.core.clock import utcnow
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, make_settings

TOKEN = "/api/v1/auth/token"
OWNER_ADDRESS = "198.51.100.7"
WINDOW = 900


class FrozenClock:
    """The login path's clock, moved on only by the test."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    frozen = FrozenClock()
    monkeypatch.setattr(auth_service, "utcnow", frozen)
    return frozen


@asynccontextmanager
async def client_at(app: Any, address: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=(address, 40_000), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


async def log_in_from(
    app: Any,
    address: str,
    username: str = ADMIN_USER,
    password: str = ADMIN_PASSWORD,
    **headers: str,
) -> httpx.Response:
    async with client_at(app, address) as http:
        return await http.post(
            TOKEN, data={"username": username, "password": password}, headers=headers
        )


def retry_after(response: httpx.Response) -> int:
    assert response.status_code == 429, response.text
    assert response.json()["code"] == "rate_limited"
    return int(response.headers["retry-after"])


async def recorded_addresses(db: TestDatabase, event: str = "login_failed") -> list[str | None]:
    async with db.database.sessionmaker() as session:
        rows = await session.scalars(
            select(LoginEvent.ip).where(LoginEvent.event == event).order_by(LoginEvent.occurred_at)
        )
        return list(rows)


# ----- the attack: locking the owner out from elsewhere ---------------------------------------
async def test_five_failed_logins_from_other_addresses_then_the_owners_correct_login(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200  # the owner's usual place
    clock.advance(60)
    for n in range(5):
        wrong = await log_in_from(app, f"203.0.113.{n + 1}", password="guess")
        assert wrong.status_code == 401, wrong.text
    owner = await log_in_from(app, OWNER_ADDRESS)
    assert owner.status_code == 200, owner.text


async def test_a_long_attack_from_many_addresses_never_refuses_the_owner(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200
    for n in range(40):
        clock.advance(WINDOW)  # the attacker waits out every delay, from ever new addresses
        await log_in_from(app, f"203.0.113.{n + 1}", password=f"guess {n}")
        assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200


async def test_forged_x_forwarded_for_neither_rotates_the_address_nor_is_recorded(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    attacker = "203.0.113.9"
    for n in range(5):
        forged = {"X-Forwarded-For": f"192.0.2.{n + 1}"}
        assert (await log_in_from(app, attacker, password="x", **forged)).status_code == 401
    sixth = await log_in_from(app, attacker, password="x", **{"X-Forwarded-For": "192.0.2.99"})
    assert retry_after(sixth) == 1
    assert set(await recorded_addresses(db)) == {attacker}


async def test_serve_leaves_forwarded_headers_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn would otherwise trust X-Forwarded-For from 127.0.0.1 (``FORWARDED_ALLOW_IPS``)."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: calls.append(kwargs))
    monkeypatch.setattr("salescrm.core.logging.configure_logging", lambda *a, **k: None)
    monkeypatch.setenv("SALESCRM_SECRET_KEY", "s" * 48)
    cli.get_settings.cache_clear()
    try:
        assert cli.main(["serve", "--no-migrate"]) == 0
    finally:
        cli.get_settings.cache_clear()
    assert calls
    assert calls[0]["proxy_headers"] is False


async def test_x_forwarded_for_is_honoured_from_a_configured_proxy(
    db: TestDatabase, clock: FrozenClock
) -> None:
    settings = make_settings(db.url, trusted_proxies=["10.0.0.0/8", "2001:db8::1"])
    behind_proxy = create_app(settings, database=db.database)
    # The proxy appends the address it saw; what the client wrote before it is ignored.
    cases = {
        "10.1.2.3": ("203.0.113.50", "203.0.113.50"),
        "10.1.2.4": ("1.1.1.1, 203.0.113.51, 10.0.0.9", "203.0.113.51"),  # two proxies
        "2001:db8::1": ("[2001:db8:0:0::77]:5555", "2001:db8::77"),
        "10.1.2.5": ("not-an-address", "10.1.2.5"),  # nothing usable: the proxy itself
        "192.0.2.200": ("203.0.113.52", "192.0.2.200"),  # not a proxy: its header is ignored
    }
    for peer, (forwarded, _) in cases.items():
        response = await log_in_from(
            behind_proxy, peer, password="wrong", **{"X-Forwarded-For": forwarded}
        )
        assert response.status_code == 401, (peer, response.text)
    assert sorted(await recorded_addresses(db)) == sorted(client for _, client in cases.values())


async def test_clients_behind_a_proxy_are_throttled_apart(
    db: TestDatabase, clock: FrozenClock
) -> None:
    settings = make_settings(db.url, trusted_proxies=["10.0.0.1"])
    behind_proxy = create_app(settings, database=db.database)
    via = {"X-Forwarded-For": "203.0.113.60"}
    owner = {"X-Forwarded-For": OWNER_ADDRESS}
    assert (await log_in_from(behind_proxy, "10.0.0.1", **owner)).status_code == 200
    for _ in range(5):
        await log_in_from(behind_proxy, "10.0.0.1", password="x", **via)
    assert retry_after(await log_in_from(behind_proxy, "10.0.0.1", password="x", **via)) == 1
    again = await log_in_from(behind_proxy, "10.0.0.1", **owner)
    assert again.status_code == 200, again.text


# ----- brute force stays as hard -------------------------------------------------------------
async def test_one_account_from_one_address_waits_ever_longer(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    attacker = "203.0.113.20"
    for _ in range(5):
        assert (await log_in_from(app, attacker, password="x")).status_code == 401
    waits = []
    for _ in range(12):
        refused = await log_in_from(app, attacker)  # the right password, too, must wait
        waits.append(retry_after(refused))
        clock.advance(waits[-1] - 0.5)
        assert retry_after(await log_in_from(app, attacker, password="x")) == 1
        clock.advance(0.5)
        assert (await log_in_from(app, attacker, password="x")).status_code == 401
    assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, WINDOW, WINDOW]
    # Refused attempts are not failures: waiting them out is all it takes.
    clock.advance(WINDOW)
    assert (await log_in_from(app, attacker)).status_code == 200


async def test_one_address_across_many_accounts_is_throttled(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    sprayer = "203.0.113.30"
    for n in range(20):
        assert (await log_in_from(app, sprayer, f"user{n}", "x")).status_code == 401
    assert retry_after(await log_in_from(app, sprayer, "user99", "x")) == 1
    assert retry_after(await log_in_from(app, sprayer)) == 1  # any account, from that address
    clock.advance(1)
    assert (await log_in_from(app, sprayer, "user20", "x")).status_code == 401
    assert retry_after(await log_in_from(app, sprayer, "user21", "x")) == 2
    # Nobody else is slowed down by it.
    assert (await log_in_from(app, "203.0.113.31", "user0", "x")).status_code == 401


async def test_one_account_from_many_new_addresses_is_throttled(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    """A botnet guessing one password gets no more guesses than one address would: addresses
    that never logged in to the account share its budget. A right guess from such an address
    waits like a wrong one (anything else would tell the guesser it was right)."""
    for n in range(5):
        assert (await log_in_from(app, f"203.0.113.{40 + n}", password="x")).status_code == 401
    assert retry_after(await log_in_from(app, "203.0.113.50", password="x")) == 1
    assert retry_after(await log_in_from(app, "203.0.113.51")) == 1
    clock.advance(1)
    assert (await log_in_from(app, "203.0.113.52", password="x")).status_code == 401
    assert retry_after(await log_in_from(app, "203.0.113.53", password="x")) == 2
    # The place the owner logged in from before is not held back by any of it.
    assert (await log_in_from(app, "127.0.0.1")).status_code == 200


async def test_unknown_accounts_are_throttled_like_real_ones(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    responses: dict[str, list[int]] = {}
    for username in (ADMIN_USER, "nobody.here"):
        clock.advance(WINDOW * 200)  # failures this old are forgotten
        statuses = [
            (await log_in_from(app, "203.0.113.70", username, "x")).status_code for _ in range(6)
        ]
        responses[username] = statuses
    assert responses[ADMIN_USER] == responses["nobody.here"] == [401] * 5 + [429]


async def test_a_successful_login_clears_its_own_failures(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    for _ in range(4):
        assert (await log_in_from(app, OWNER_ADDRESS, password="typo")).status_code == 401
    clock.advance(1)
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200
    clock.advance(1)
    for _ in range(4):  # four more typos later: not the fifth to ninth failures
        assert (await log_in_from(app, OWNER_ADDRESS, password="typo")).status_code == 401
    assert (await log_in_from(app, OWNER_ADDRESS)).status_code == 200


async def test_failures_older_than_an_hour_are_forgotten(
    app: Any, db: TestDatabase, clock: FrozenClock
) -> None:
    for _ in range(10):
        await log_in_from(app, "203.0.113.80", password="x")
        clock.advance(WINDOW)
    clock.advance(3600)
    for _ in range(5):
        assert (await log_in_from(app, "203.0.113.80", password="x")).status_code == 401
    # The sixth failure remembered, not the sixteenth: the first delay again.
    assert retry_after(await log_in_from(app, "203.0.113.80", password="x")) == 1
