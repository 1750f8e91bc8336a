"""Pool events counted per pool and business day as they are written (``customer_pool_days``).

Pool statistics over a year of a large company's pool events would otherwise scan and group
every claim, release and return (1,500,000 rows in ``bench/pool_rules.py``). Instead, each
transaction that writes pool events adds them to per-day counters before it commits: the
events are collected as they are flushed (``before_flush``) and the counters upserted, in key
order so that two transactions never wait on each other crosswise, just before the commit
(``before_commit``). A rolled-back transaction counts nothing.

A **conversion** is a claim whose customer then had a deal won or a contract signed. Another
context says which of its flushed records convert a customer (``register_conversions``: sales,
for won deals and new contracts); the customer's latest claim before that moment, if not yet
converted, gets ``converted_at`` and is counted as ``converted`` at its own pool and day.

Writers that bypass the ORM write no pool events today (imports write customers' first
timeline entries, not claims); one that does must add its counts with ``add_counts``.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from salescrm.core import clock
from salescrm.customers.models import NO_KEY, CustomerEvent, PoolDayCount

#: The event kinds counted, and the kind of a converted claim.
COUNTED = ("claimed", "released", "returned_to_pool")
CONVERTED = "converted"
_PENDING = "customers.pool_counts"
_CONVERSIONS = "customers.pool_conversions"

Key = tuple[uuid.UUID, date, str, uuid.UUID]
#: Given a session about to flush, the ``(customer_id, moment)`` of each conversion in it.
ConversionFinder = Callable[[Session], Iterable[tuple[uuid.UUID, datetime]]]
_finders: dict[str, ConversionFinder] = {}


def register_conversions(name: str, finder: ConversionFinder) -> None:
    _finders[name] = finder


def business_day(moment: datetime | None) -> date:
    return clock.business_time(moment or clock.utcnow()).date()


def key_of(
    pool_id: uuid.UUID | None, day: date, kind: str, reason_id: uuid.UUID | None = None
) -> Key:
    return (pool_id or NO_KEY, day, kind, reason_id or NO_KEY)


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _context: Any, _instances: Any) -> None:
    counts: Counter[Key] | None = None
    for obj in session.new:
        if isinstance(obj, CustomerEvent) and obj.kind in COUNTED:
            if counts is None:
                counts = session.info.setdefault(_PENDING, Counter())
            counts[
                key_of(obj.pool_id, business_day(obj.created_at), obj.kind, obj.release_reason_id)
            ] += 1
    for finder in _finders.values():
        found = list(finder(session))
        if found:
            session.info.setdefault(_CONVERSIONS, []).extend(found)


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    session.flush()  # the last changes are collected too (a no-op on a clean session)
    conversions: list[tuple[uuid.UUID, datetime]] = session.info.pop(_CONVERSIONS, [])
    counts: Counter[Key] = session.info.pop(_PENDING, Counter())
    for customer_id, moment in conversions:
        converted = _convert(session, customer_id, moment)
        if converted is not None:
            counts[key_of(converted[0], business_day(converted[1]), CONVERTED)] += 1
    if counts:
        add_counts(session, counts)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: Any) -> None:
    if not previous.nested:
        session.info.pop(_PENDING, None)
        session.info.pop(_CONVERSIONS, None)


def _convert(
    session: Session, customer_id: uuid.UUID, moment: datetime
) -> tuple[uuid.UUID | None, datetime] | None:
    """Mark the customer's latest claim before ``moment`` converted (once): its pool and time."""
    latest = (
        select(CustomerEvent.id)
        .where(
            CustomerEvent.customer_id == customer_id,
            CustomerEvent.kind == "claimed",
            CustomerEvent.created_at <= moment,
        )
        .order_by(CustomerEvent.created_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    row = session.execute(
        update(CustomerEvent)
        .where(CustomerEvent.id == latest, CustomerEvent.converted_at.is_(None))
        .values(converted_at=moment)
        .returning(CustomerEvent.pool_id, CustomerEvent.created_at)
        .execution_options(synchronize_session=False)
    ).first()
    return (row[0], row[1]) if row is not None else None


def add_counts(session: Session, counts: Counter[Key]) -> None:
    """Add ``counts`` to the day counters: one upsert, rows in key order."""
    rows = [
        {"pool_key": p, "day": d, "kind": k, "reason_key": r, "count": n}
        for (p, d, k, r), n in sorted(counts.items(), key=lambda item: tuple(map(str, item[0])))
    ]
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(PoolDayCount).values(rows)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["pool_key", "day", "kind", "reason_key"],
            set_={"count": PoolDayCount.count + stmt.excluded["count"]},
        )
    )
