"""Shared by the outbox readers' tests (webhooks, delta sync)."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select, text

from salescrm.core.events import Event
from tests.conftest import TestDatabase

_HORIZON = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


async def settled(db: TestDatabase) -> None:
    """Wait (up to 10 s) until no transaction older than the last event is running on the
    PostgreSQL server. Transaction ids are the whole server's: another test's open transaction,
    in another database, holds the outbox's readers back (rightly: it could still commit an
    earlier change), so a test that expects its change to be read waits for it to be readable."""
    if db.engine_name != "postgresql":
        return
    for _ in range(200):
        async with db.database.sessionmaker() as session:
            last = await session.scalar(select(func.max(Event.tx)))
            if last is None or int(await session.scalar(_HORIZON) or 0) > last:
                return
        await asyncio.sleep(0.05)
