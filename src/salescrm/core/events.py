"""The event outbox: every change to a published record is an event row in the same transaction.

Two session hooks, so that no code path can forget one: ``before_flush`` notes what each flush
changes (created, updated, deleted, restored, purged, and the business transitions a model
declares in ``__events__``); ``before_commit`` writes one ``events`` row per change, with the
record's public JSON as a reader without any restricted permission sees it. A rolled-back
transaction writes nothing; a committed one always has its events. Webhooks and mobile sync
read this table; it is the one place that knows what changed.

A resource joins by being a ``Record`` and publishing its read schema (``publish``, which the
CRUD factory does for every resource it builds). The payload is the record as the transaction
commits it: several changes to one record in one transaction are several events with the same
final state.

On PostgreSQL each row also keeps the writing transaction's id (``tx``): a reader that pages by
``(tx, seq)`` and stops below the oldest transaction still running never skips a change that
commits late (``docs/integrations.md``).
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    BigInteger,
    Index,
    Integer,
    String,
    Text,
    cast,
    delete,
    event,
    func,
    inspect,
    select,
    tuple_,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql.elements import ColumnElement

from salescrm.core import geo, references, visibility
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Record
from salescrm.core.ids import new_id
from salescrm.core.permissions.subject import Subject
from salescrm.core.repository import ReadRepository

log = logging.getLogger("salescrm.events")

#: Columns whose change alone is not a change anyone subscribes to.
_NOISE = frozenset({"updated_at", "version", "search_text"})
_PENDING = "events.pending"
#: Records loaded per query when a transaction changed thousands (a hand-over).
_CHUNK = 500
#: The verbs every published resource has.
ACTIONS = ("created", "updated", "deleted", "restored", "purged")


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_resource_record", "resource", "record_id", "seq"),
        Index("ix_events_tx_seq", "tx", "seq"),
        Index("ix_events_occurred_at", "occurred_at"),
    )

    #: Order of insertion (on SQLite, of commit: one writer at a time).
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    #: The public id (a webhook's ``webhook-id``).
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=new_id)
    #: The writing transaction's id on PostgreSQL (``pg_current_xact_id``); 0 on SQLite.
    tx: Mapped[int] = mapped_column(BigInteger, default=0)
    type: Mapped[str] = mapped_column(String(80))
    resource: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_type: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    request_id: Mapped[str | None] = mapped_column(String(128), default=None)
    #: The record's public JSON as committed (None once purged).
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


@dataclass(frozen=True)
class Publication:
    """How a resource's events carry it and who may read them: its read schema, the loads that
    schema needs, and the repository and permission that decide who sees the record."""

    resource: str
    schema: type[BaseModel]
    repository: type[ReadRepository[Any]]
    read_permission: str
    options: tuple[Any, ...] = ()
    #: The schema's reference summaries and expansions, left out of payloads: resolved per
    #: request (``core.references``), a name stored here would go stale.
    exclude: dict[str, Any] | None = None

    def payload(self, record: Any) -> dict[str, Any]:
        """The record's public JSON as an event carries it."""
        data: dict[str, Any] = self.schema.model_validate(record, from_attributes=True).model_dump(
            mode="json", exclude=self.exclude
        )
        return data


#: model -> publication; filled by ``publish`` (the CRUD factory and custom routers).
PUBLISHED: dict[type[Record], Publication] = {}


def resource_of(model: type[Record]) -> str:
    return model.__resource__ or model.__tablename__


def publish(
    model: type[Record],
    schema: type[BaseModel],
    repository: type[ReadRepository[Any]],
    read_permission: str,
) -> None:
    """Make ``model``'s changes events carrying ``schema``'s JSON, readable by whoever holds
    ``read_permission`` and sees the record through ``repository``'s data scope."""
    PUBLISHED[model] = Publication(
        resource_of(model),
        schema,
        repository,
        read_permission,
        repository.load_options(),
        references.exclude(schema),
    )


def catalogue() -> dict[str, list[str]]:
    """Every event type by resource: the common verbs and each declared transition's."""
    types: dict[str, list[str]] = {}
    for model, publication in sorted(PUBLISHED.items(), key=lambda item: item[1].resource):
        verbs = [*ACTIONS, *(v for rule in model.__events__.values() for v in rule.names)]
        types[publication.resource] = [f"{publication.resource}.{v}" for v in dict.fromkeys(verbs)]
    return types


def event_types() -> frozenset[str]:
    return frozenset(t for types in catalogue().values() for t in types)


# ----- collecting: what each flush changes ------------------------------------------------------
@dataclass
class _Change:
    model: type[Record]
    record_id: uuid.UUID
    verbs: list[str]
    purged: bool = False


def _published(obj: object) -> bool:
    return isinstance(obj, Record) and obj.__published__ and type(obj) in PUBLISHED


def _verbs(obj: Record) -> list[str]:
    state = inspect(obj)
    changed: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changed[attr.key] = (before, after)
    if not changed.keys() - _NOISE:
        return []
    verbs = []
    if "deleted_at" in changed:
        verbs.append("deleted" if changed["deleted_at"][0] is None else "restored")
    else:
        verbs.append("updated")
    for column, rule in obj.__events__.items():
        if column in changed and (verb := rule(*changed[column])) is not None:
            verbs.append(verb)
    return verbs


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _ctx: Any, _instances: Any) -> None:
    pending: list[_Change] = session.info.setdefault(_PENDING, [])
    for obj in session.new:
        if _published(obj):
            pending.append(_Change(type(obj), obj.id, ["created"]))
    for obj in session.dirty:
        if _published(obj) and session.is_modified(obj) and (verbs := _verbs(obj)):
            pending.append(_Change(type(obj), obj.id, verbs))
    for obj in session.deleted:
        if _published(obj):
            pending.append(_Change(type(obj), obj.id, ["purged"], purged=True))


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: Any) -> None:
    """A rolled-back transaction's changes are no events. (A savepoint rolled back alone would
    leave the outer transaction's noted changes with its own: none is used around published
    writes today; one that is must keep its own list.)"""
    if not previous.nested:
        session.info.pop(_PENDING, None)


# ----- writing: one row per change, at commit -----------------------------------------------------
def _xact_id() -> ColumnElement[int]:
    return cast(cast(func.pg_current_xact_id(), Text), BigInteger)


def _tx(session: Session) -> int | ColumnElement[int]:
    return _xact_id() if session.get_bind().dialect.name == "postgresql" else 0


@contextlib.contextmanager
def as_published() -> Iterator[None]:
    """How an event renders a record, whoever's change it is: as a caller holding no
    restricted permission sees it (``core.visibility``), coordinates in WGS-84 (``core.geo``)."""
    token = visibility.current_subject.set(None)
    stored = geo.answer_system.set(geo.STORED)
    try:
        yield
    finally:
        visibility.current_subject.reset(token)
        geo.answer_system.reset(stored)


def _payloads(session: Session, changes: Sequence[_Change]) -> dict[tuple[type, uuid.UUID], Any]:
    """Each live record's public JSON, loaded once per model with what its schema reads, as a
    caller holding no restricted permission sees it."""
    ids: dict[type[Record], set[uuid.UUID]] = defaultdict(set)
    for change in changes:
        if not change.purged:
            ids[change.model].add(change.record_id)
    payloads: dict[tuple[type, uuid.UUID], Any] = {}
    with as_published():
        for model, record_ids in ids.items():
            publication = PUBLISHED[model]
            wanted = list(record_ids)
            rows = (
                row
                for start in range(0, len(wanted), _CHUNK)
                for row in session.scalars(
                    select(model)
                    .where(model.id.in_(wanted[start : start + _CHUNK]))
                    .options(*publication.options)
                    .execution_options(populate_existing=True)
                )
            )
            for row in rows:
                payloads[model, row.id] = publication.payload(row)
    return payloads


def _events(session: Session, changes: Sequence[_Change]) -> Iterator[Event]:
    payloads = _payloads(session, changes)
    actor_type, actor_id = session.info.get("actor", ("system", None))
    request_id = session.info.get("request_id")
    tx = _tx(session)
    now = utcnow()
    for change in changes:
        resource = PUBLISHED[change.model].resource
        data = payloads.get((change.model, change.record_id))
        for verb in change.verbs:
            yield Event(
                tx=tx,
                type=f"{resource}.{verb}",
                resource=resource,
                record_id=change.record_id,
                occurred_at=now,
                actor_type=actor_type,
                actor_id=actor_id,
                request_id=request_id,
                data=data,
            )


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    session.flush()  # the last changes are noted too (a no-op on a clean session)
    changes = session.info.pop(_PENDING, [])
    if changes:
        session.add_all(_events(session, changes))


async def transaction_id(session: AsyncSession) -> int:
    """The current transaction's id on PostgreSQL (what ``tx`` holds), 0 on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return 0
    return int(await session.scalar(select(_xact_id())) or 0)


async def bulk_rows(
    session: AsyncSession, model: type[Record], records: Sequence[Any], verb: str
) -> list[dict[str, Any]]:
    """The ``events`` rows (every column but ``seq``) of records written in bulk past the ORM's
    flush hooks, an import's thousands of customers: built from the written values (a mapping
    of columns, or an object) without reading them back, for the caller to write in the same
    transaction (``COPY`` on PostgreSQL)."""
    publication = PUBLISHED.get(model)
    if publication is None or not records:
        return []
    actor_type, actor_id = session.info.get("actor", ("system", None))
    request_id = session.info.get("request_id")
    tx = await transaction_id(session)
    now = utcnow()
    kind = f"{publication.resource}.{verb}"
    rows = []
    with as_published():
        for record in records:
            data = publication.payload(record)
            rows.append(
                {
                    "id": new_id(),
                    "tx": tx,
                    "type": kind,
                    "resource": publication.resource,
                    "record_id": record["id"] if isinstance(record, Mapping) else record.id,
                    "occurred_at": now,
                    "actor_type": actor_type,
                    "actor_id": actor_id,
                    "request_id": request_id,
                    "data": data,
                }
            )
    return rows


# ----- reading: in commit-safe order ------------------------------------------------------------
def _horizon() -> ColumnElement[int]:
    """PostgreSQL: the oldest transaction still running. Every transaction below it has ended,
    so no event with a lower ``tx`` can appear any more; events at or above it wait."""
    xmin = func.pg_snapshot_xmin(func.pg_current_snapshot())
    return cast(cast(xmin, Text), BigInteger)


async def read_after(
    session: AsyncSession,
    position: tuple[int, int],
    limit: int,
    *,
    resources: Sequence[str] = (),
) -> Sequence[Event]:
    """Up to ``limit`` events after ``position`` (``(tx, seq)``), in that order, never skipping
    one that commits later than an event already read (on SQLite, one writer at a time);
    only of ``resources`` if given."""
    stmt = (
        select(Event)
        .where(tuple_(Event.tx, Event.seq) > tuple_(*position))
        .order_by(Event.tx, Event.seq)
        .limit(limit)
    )
    if resources:
        stmt = stmt.where(Event.resource.in_(resources))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.where(Event.tx < _horizon())
    return (await session.scalars(stmt)).all()


async def head(session: AsyncSession) -> tuple[int, int]:
    """The position after which every event still to come will be read: the last event in
    ``read_after``'s order that no running transaction can precede."""
    stmt = select(Event.tx, Event.seq).order_by(Event.tx.desc(), Event.seq.desc()).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.where(Event.tx < _horizon())
    row = (await session.execute(stmt)).first()
    return (0, 0) if row is None else (int(row[0]), int(row[1]))


# ----- what readers of the outbox ask of it ------------------------------------------------------
Key = tuple[str, uuid.UUID]


def readable(subject: Subject) -> list[Publication]:
    """The resources whose events ``subject`` may read (its function permissions)."""
    return [p for p in PUBLISHED.values() if subject.can(p.read_permission)]


def by_resource(keys: Iterable[Key]) -> dict[str, list[uuid.UUID]]:
    grouped: dict[str, list[uuid.UUID]] = defaultdict(list)
    for resource, record_id in keys:
        grouped[resource].append(record_id)
    return grouped


async def by_ids(session: AsyncSession, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Event]:
    found = await session.scalars(select(Event).where(Event.id.in_(list(ids))))
    return {e.id: e for e in found.all()}


async def last_states(session: AsyncSession, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """Each record's JSON as its latest kept event carries it (one query per resource)."""
    states: dict[Key, dict[str, Any]] = {}
    for resource, ids in by_resource(keys).items():
        rows = await session.execute(
            select(Event.record_id, Event.data)
            .where(Event.resource == resource, Event.record_id.in_(ids))
            .order_by(Event.seq)
        )
        for record_id, data in rows.all():
            if data is not None:
                states[resource, record_id] = data  # the last one wins
    return states


async def restate(session: AsyncSession, record: Record, fields: Iterable[str]) -> int:
    """Rewrite ``fields`` in every stored payload of ``record``'s events with what the record
    holds now, in its public JSON (a person's data, anonymised on request): what webhooks
    still have to deliver, ``/events`` and delta sync hand out no more of the old values.
    Everything else each event said stays as it was. Returns how many events changed."""
    publication = PUBLISHED[type(record)]
    with as_published():
        current = publication.payload(record)
    wanted = {field: current[field] for field in fields if field in current}
    rows = await session.scalars(
        select(Event).where(Event.resource == publication.resource, Event.record_id == record.id)
    )
    changed = 0
    for row in rows:
        if row.data is None:
            continue
        data = {**row.data, **{k: v for k, v in wanted.items() if k in row.data}}
        if data != row.data:
            row.data = data  # a new object: the JSON column sees the change
            changed += 1
    return changed


async def purge_before(
    session: AsyncSession, cutoff: datetime
) -> tuple[int, tuple[int, int] | None]:
    """Delete the events older than ``cutoff``: how many, and the last position deleted."""
    old = Event.occurred_at < cutoff
    last = (
        await session.execute(
            select(Event.tx, Event.seq)
            .where(old)
            .order_by(Event.tx.desc(), Event.seq.desc())
            .limit(1)
        )
    ).first()
    if last is None:
        return 0, None
    count = await session.scalar(select(func.count()).select_from(Event).where(old))
    await session.execute(delete(Event).where(old))
    return int(count or 0), (int(last[0]), int(last[1]))
