"""The audit trail: every change to a business record, written in the same transaction.

A ``before_flush`` hook records creates, updates (with before/after of each changed column),
soft deletes, restores and purges of every ``Record`` subclass, so no code path can forget it.
The actor and request id come from ``session.info``, set by the unit of work. A model may name
actions of its own (``__audit_actions__``: the anonymisation of a person's data), and ``redact``
takes values back out of a record's trail when the law asks for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Index, String, event, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Session, mapped_column

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Record
from salescrm.core.ids import new_id
from salescrm.core.schemas import clip_json

#: Columns whose changes are noise in the trail.
_SKIP = frozenset({"updated_at", "version", "search_text"})


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_resource_record", "resource", "record_id", "occurred_at"),
        Index("ix_audit_log_actor", "actor_id", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_type: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    request_id: Mapped[str | None] = mapped_column(String(128), default=None)
    resource: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return clip_json(value)


def _columns(obj: Record) -> list[str]:
    skip = _SKIP | getattr(obj, "__audit_exclude__", frozenset())
    return [c.key for c in inspect(type(obj)).column_attrs if c.key not in skip]


def _created(obj: Record) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in _columns(obj):
        _note(obj, changes, key, None, getattr(obj, key))
    return changes


def _changed(obj: Record) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if history.added or history.deleted:
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                _note(obj, changes, key, before, after)
    return changes


def _note(obj: Record, changes: dict[str, Any], key: str, before: Any, after: Any) -> None:
    """One column's change; a map column a model names in ``__audit_maps__`` (its custom
    fields) as one change per key that differs, ``cf.<key>``, like any other field."""
    if key not in getattr(obj, "__audit_maps__", frozenset()):
        changes[key] = [_plain(before), _plain(after)]
        return
    changes.update(map_changes(before, after))


def map_changes(before: Any, after: Any) -> dict[str, list[Any]]:
    """A map column's change as one ``cf.<key>`` change per key that differs."""
    old, new = dict(before or {}), dict(after or {})
    return {
        f"cf.{name}": [_plain(old.get(name)), _plain(new.get(name))]
        for name in sorted(old.keys() | new.keys())
        if old.get(name) != new.get(name)
    }


def _action(obj: Record, changes: dict[str, Any]) -> str:
    tombstone = changes.get("deleted_at")
    if tombstone and tombstone[0] is None:
        return "delete"
    if tombstone and tombstone[1] is None:
        return "restore"
    for column, action in obj.__audit_actions__.items():
        change = changes.get(column)
        if change and change[0] is None and change[1] is not None:
            return action
    return "update"


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


async def redact(
    session: AsyncSession,
    *,
    resource: str,
    record_id: uuid.UUID,
    keep: Mapping[str, Any],
    marker: str,
) -> int:
    """Take values back out of one record's trail (a person's data, anonymised on request):
    in every entry, each value of a column named in ``keep`` becomes ``marker``, unless it is
    empty or the value ``keep`` gives (what the record holds now). Which columns changed, when
    and by whom stays. Returns how many entries changed; the caller's transaction keeps them.
    """
    kept = {column: _plain(value) for column, value in keep.items()}
    entries = await session.scalars(
        select(AuditEntry).where(AuditEntry.resource == resource, AuditEntry.record_id == record_id)
    )
    changed = 0
    for entry in entries:
        redacted = {
            column: [
                value if _empty(value) or value == kept[column] else marker for value in values
            ]
            if column in kept and isinstance(values, list)
            else values
            for column, values in (entry.changes or {}).items()
        }
        if redacted != entry.changes:
            entry.changes = redacted  # a new object: the JSON column sees the change
            changed += 1
    return changed


def record(
    session: Session, *, resource: str, record_id: uuid.UUID, action: str, changes: dict[str, Any]
) -> None:
    """An explicit entry, for changes the flush hook cannot see (rows of a link table that
    belong to a record, such as an employee's roles), with the same actor and request id."""
    actor_type, actor_id = session.info.get("actor", ("system", None))
    session.add(
        AuditEntry(
            actor_type=actor_type,
            actor_id=actor_id,
            request_id=session.info.get("request_id"),
            resource=resource,
            record_id=record_id,
            action=action,
            changes={k: [_plain(b), _plain(a)] for k, (b, a) in changes.items()},
        )
    )


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    actor_type, actor_id = session.info.get("actor", ("system", None))
    request_id = session.info.get("request_id")
    entries: list[AuditEntry] = []

    def add(obj: Record, action: str, changes: dict[str, Any]) -> None:
        entries.append(
            AuditEntry(
                actor_type=actor_type,
                actor_id=actor_id,
                request_id=request_id,
                resource=obj.__resource__ or obj.__tablename__,
                record_id=obj.id,
                action=action,
                changes=changes,
            )
        )

    for obj in session.new:
        if isinstance(obj, Record) and obj.__audited__:
            add(obj, "create", _created(obj))
    for obj in session.dirty:
        if isinstance(obj, Record) and obj.__audited__ and session.is_modified(obj):
            changes = _changed(obj)
            if changes:
                add(obj, _action(obj, changes), changes)
    for obj in session.deleted:
        if isinstance(obj, Record) and obj.__audited__:
            add(obj, "purge", {})
    session.add_all(entries)
