"""On SQLite no request holds the database's write lock while it hashes a password or stores an
uploaded file (review of issue 12, item 3): a login, a password change, a password reset and an
upload each leave the lock free during that slow work, and take it only to write."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from salescrm.core.security.passwords import PasswordHasher
from salescrm.files.storage import LocalDiskStorage
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase
from tests.customers.test_import_locking import LockProbe
from tests.files.support import png, upload
from tests.org import support as org
from tests.sales import support


@pytest.fixture
def lock(db: TestDatabase, monkeypatch: pytest.MonkeyPatch) -> LockProbe:
    """Probes the lock whenever a password is hashed or checked."""
    if db.engine_name != "sqlite":
        pytest.skip("SQLite's database-wide write lock")
    probe = LockProbe(make_url(db.url).database or "")
    verify, hash_ = PasswordHasher.verify, PasswordHasher.hash

    def probed_verify(self: PasswordHasher, password: str, hashed: str | None) -> bool:
        probe.free("verify")
        return verify(self, password, hashed)

    def probed_hash(self: PasswordHasher, password: str) -> str:
        probe.free("hash")
        return hash_(self, password)

    monkeypatch.setattr(PasswordHasher, "verify", probed_verify)
    monkeypatch.setattr(PasswordHasher, "hash", probed_hash)
    return probe


async def test_a_login_checks_the_password_without_the_write_lock(
    client: httpx.AsyncClient, lock: LockProbe
) -> None:
    wrong = await client.post("/api/v1/auth/token", data={"username": "nobody", "password": "x"})
    assert wrong.status_code == 401, wrong.text
    right = await client.post(
        "/api/v1/auth/token", data={"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    )
    assert right.status_code == 200, right.text
    assert lock.seen["verify"] == [True, True]


async def test_a_password_change_hashes_without_the_write_lock(
    client: httpx.AsyncClient, lock: LockProbe
) -> None:
    change = {"current_password": ADMIN_PASSWORD, "new_password": "another long password"}
    response = await client.post("/api/v1/auth/password", json=change)
    assert response.status_code == 204, response.text
    assert lock.seen == {"verify": [True], "hash": [True]}


async def test_a_password_reset_hashes_without_the_write_lock(
    client: httpx.AsyncClient, db: TestDatabase, lock: LockProbe
) -> None:
    person = await org.employee(client, "林重置", db.root_department_id)
    url = f"/api/v1/employees/{person['id']}/account"
    created = await client.put(url, json={"username": "lin.reset", "password": "a long password 1"})
    assert created.status_code == 200, created.text
    reset = await client.put(url, json={"password": "a long password 2"})
    assert reset.status_code == 200, reset.text
    assert lock.seen == {"hash": [True, True]}


async def test_an_upload_stores_its_bytes_without_the_write_lock(
    client: httpx.AsyncClient, lock: LockProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    put = LocalDiskStorage.put

    async def probed(self: LocalDiskStorage, key: str, source: Any) -> Any:
        lock.free("put")
        return await put(self, key, source)

    monkeypatch.setattr(LocalDiskStorage, "put", probed)
    customer = await support.customer(client)
    response = await upload(client, png(), resource="customer", record_id=customer)
    assert response.status_code == 201, response.text
    assert lock.seen["put"] == [True]
