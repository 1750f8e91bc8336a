"""Planner statistics after bulk writes (PostgreSQL ``ANALYZE``).

Autovacuum analyses a table once about a tenth of it has changed, some time later. Until then the
planner plans for the table as it was: right after 20,000 customers and 100,000 contacts were
imported, the first page of ``/contacts`` took 216 ms instead of 17. So a bulk writer notes the
rows it wrote per table (``note``; ``BulkTable.insert`` does for every import), and when the
operation ends, ``analyze_noted`` has the tables it changed enough analysed right after the
commit: those that got at least ``SHARE`` of their rows as last counted, or that were never
analysed, and in any case at least ``FLOOR`` rows, so that a small write never pays for it.
SQLite plans well enough without statistics: nothing is done there.
"""

from __future__ import annotations

import logging
import time
from collections import Counter

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.core.uow import after_commit

log = logging.getLogger("salescrm.statistics")

#: What a bulk write must change of a table to analyse it: autovacuum's own default share.
SHARE = 0.1
#: And at least this many rows.
FLOOR = 500

_NOTED = "statistics.rows"
_ESTIMATES = text(
    "SELECT c.relname, c.reltuples FROM pg_class c"
    " WHERE c.relname = ANY(:names) AND c.relnamespace = to_regnamespace(current_schema())"
)


def note(session: AsyncSession, table: str, rows: int) -> None:
    """``rows`` written to ``table`` in bulk by the operation this session runs."""
    noted: Counter[str] = session.info.setdefault(_NOTED, Counter())
    noted[table] += rows


def analyze_noted(session: AsyncSession) -> None:
    """The bulk operation ends: once this session commits, analyse the tables it changed
    enough (PostgreSQL), and start counting afresh."""
    noted: Counter[str] | None = session.info.pop(_NOTED, None)
    if not noted or session.get_bind().dialect.name != "postgresql":
        return
    written = {table: rows for table, rows in noted.items() if rows >= FLOOR}
    if not written:
        return

    async def analyze() -> None:
        result = await session.execute(_ESTIMATES, {"names": list(written)})
        estimates: dict[str, float] = {name: float(rows) for name, rows in result.all()}
        due = sorted(
            table
            for table, rows in written.items()
            if table in estimates and (estimates[table] < 0 or rows >= SHARE * estimates[table])
        )
        started = time.perf_counter()
        for table in due:
            # A name from our own metadata (``note``'s callers pass ``Table.name``), quoted.
            await session.execute(text(f'ANALYZE "{table}"'))
        await session.commit()
        if due:
            log.info(
                "analysed %s after a bulk write in %.0f ms",
                ", ".join(due),
                (time.perf_counter() - started) * 1000,
                extra={"tables": due},
            )

    after_commit(session, analyze)
