"""Shared by the outbox readers' tests (webhooks, delta sync)."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

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


@dataclass
class Receiver:
    """An HTTP endpoint that answers each POST with the next planned reaction."""

    port: int = 0
    #: Per request, in order: a status to answer, "hang" (never answer) or "close".
    plan: list[int | str] = field(default_factory=list)
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode().split("\r\n")
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:] if line)
            }
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.received.append((headers, body))
            reaction = self.plan.pop(0) if self.plan else 200
            if reaction == "hang":
                await asyncio.sleep(30)
            if isinstance(reaction, int):
                status = f"HTTP/1.1 {reaction} X\r\n"
                writer.write(f"{status}content-length: 0\r\nconnection: close\r\n\r\n".encode())
                await writer.drain()
        writer.close()
