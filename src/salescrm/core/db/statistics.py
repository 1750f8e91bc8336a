"""Planner statistics after bulk writes (PostgreSQL ``ANALYZE``).

Autovacuum analyses a table once about a tenth of it has changed, some time later. Until then the
planner plans for the table as it was: right after 20,000 customers and 100,000 contacts were
imported, the first page of ``/contacts`` took 171 ms instead of 10. So every write is counted
per table as it goes: what the ORM flushes (``_count_flush``) and what bypasses it
(``note``: ``BulkTable.insert``, imports' ``COPY``). When a unit of work ends (a request, or a
job's run, however many times it committed on the way), ``refresh`` analyses the tables it
changed enough: those that got at least ``SHARE`` of their rows as last counted, or that were
never analysed, and in any case at least ``FLOOR`` rows, so that an ordinary write never pays
for it. Imports, merges, hand-overs and pool recycling are covered alike, and so is any later
bulk writer. SQLite plans well enough without statistics: nothing is done there.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

log = logging.getLogger("salescrm.statistics")

#: What a unit of work must change of a table to analyse it: autovacuum's own default share.
SHARE = 0.1
#: And at least this many rows.
FLOOR = 500

_NOTED = "statistics.rows"
_ESTIMATES = text(
    "SELECT c.relname, c.reltuples FROM pg_class c"
    " WHERE c.relname = ANY(:names) AND c.relnamespace = to_regnamespace(current_schema())"
)


def note(session: AsyncSession | Session, table: str, rows: int) -> None:
    """``rows`` written to ``table`` outside the ORM by the unit of work this session runs."""
    noted: Counter[str] = session.info.setdefault(_NOTED, Counter())
    noted[table] += rows


@event.listens_for(Session, "after_flush")
def _count_flush(session: Session, _context: Any) -> None:
    """The rows this flush inserted, updated or deleted, per table (still listed after it)."""
    for changed in (session.new, session.dirty, session.deleted):
        for instance in changed:
            table = getattr(type(instance), "__table__", None)
            if table is not None:
                note(session, table.name, 1)


async def refresh(session: AsyncSession) -> None:
    """The unit of work has committed: analyse the tables it changed enough (PostgreSQL), and
    start counting afresh. Called by ``core.uow.run_after_commit``."""
    noted: Counter[str] | None = session.info.pop(_NOTED, None)
    if not noted or session.get_bind().dialect.name != "postgresql":
        return
    written = {table: rows for table, rows in noted.items() if rows >= FLOOR}
    if not written:
        return
    result = await session.execute(_ESTIMATES, {"names": list(written)})
    estimates: dict[str, float] = {name: float(rows) for name, rows in result.all()}
    due = sorted(
        table
        for table, rows in written.items()
        if table in estimates and (estimates[table] < 0 or rows >= SHARE * estimates[table])
    )
    started = time.perf_counter()
    for table in due:
        # A name from our own metadata (the ORM's tables, ``BulkTable``'s), quoted.
        await session.execute(text(f'ANALYZE "{table}"'))
    await session.commit()
    if due:
        log.info(
            "analysed %s after a bulk write in %.0f ms",
            ", ".join(due),
            (time.perf_counter() - started) * 1000,
            extra={"tables": due},
        )
