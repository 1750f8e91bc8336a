"""Liveness and readiness."""

from __future__ import annotations

import httpx

from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from tests.conftest import TestDatabase, http_client


async def test_live_and_ready(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok"}


async def test_not_ready_when_the_database_does_not_answer(
    settings: Settings, db: TestDatabase
) -> None:
    if db.engine_name == "sqlite":
        broken = Database("sqlite+aiosqlite:////nonexistent-dir/x.db")
    else:
        broken = Database("postgresql+asyncpg://postgres@127.0.0.1:1/none")
    app = create_app(settings, database=broken)
    async with http_client(app) as http:
        response = await http.get("/readyz")
        assert response.status_code == 503
        assert response.json()["code"] == "service_unavailable"
        assert (await http.get("/healthz")).status_code == 200
    await broken.dispose()
