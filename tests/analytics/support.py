"""Shared helpers of the analytics tests: read a statistic over HTTP, and run the independent
SQL that a property test compares it with (written by hand against the tables, not through the
code under test)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import text

from tests.conftest import TestDatabase

ANALYTICS = "/api/v1/analytics"


async def stat(http: httpx.AsyncClient, name: str, status: int = 200, **params: Any) -> Any:
    """``GET /analytics/<name>`` with ``params`` (None left out); asserts the status."""
    query = {k: v for k, v in params.items() if v is not None}
    response = await http.get(f"{ANALYTICS}/{name}", params=query)
    assert response.status_code == status, response.text
    return response.json()


async def independent(db: TestDatabase, sql: str, **params: Any) -> list[Any]:
    """The rows of a hand-written query, on the test database's own engine."""
    async with db.database.engine.connect() as connection:
        return list((await connection.execute(text(sql), params)).all())


def money(db: TestDatabase, stored: Any) -> Decimal:
    """A stored amount (or a SQL sum of them) as the API writes it: SQLite keeps cents."""
    if stored is None:
        return Decimal("0.00")
    if db.engine_name == "sqlite":
        return (Decimal(int(stored)) / 100).quantize(Decimal("0.01"))
    return Decimal(stored).quantize(Decimal("0.01"))
