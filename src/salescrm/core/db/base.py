"""Declarative base, constraint naming convention, and the mixins every business record uses.

Records carry id, timestamps, version (optimistic locking) and a soft-delete tombstone from day one,
so that audit, ETags, restore and mobile delta sync work the same for every resource.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from salescrm.core.clock import utcnow
from salescrm.core.db.transitions import Transition
from salescrm.core.db.types import UTCDateTime
from salescrm.core.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(as_uuid=True),
    }


class Record(Base):
    """Abstract base of every business record: identity, timestamps, version, tombstone.

    ``version`` is SQLAlchemy's ``version_id_col``: every UPDATE is guarded by
    ``WHERE version = :seen``, so of two concurrent writers exactly one wins.
    """

    __abstract__ = True
    #: Changes to instances are written to the audit trail (see ``core.audit``).
    __audited__: ClassVar[bool] = True
    #: Singular resource name used in audit entries and error messages (``product``).
    __resource__: ClassVar[str] = ""
    #: Changes are published as events (``core.events``; False only for rows that are not a
    #: resource of their own, such as a login account's password hash).
    __published__: ClassVar[bool] = True
    #: Business transitions by column, beyond created/updated/deleted/restored
    #: (``core.db.transitions``).
    __events__: ClassVar[Mapping[str, Transition]] = {}
    #: Audit actions of their own, by column: a change that sets the column from empty names
    #: its entry (``{"anonymised_at": "anonymise"}``) instead of ``update`` (``core.audit``).
    __audit_actions__: ClassVar[Mapping[str, str]] = {}

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    def __init__(self, **kwargs: Any) -> None:
        # Identity and timestamps exist before the INSERT, so audit entries, Location headers
        # and child records can use them inside the same flush.
        now = utcnow()
        kwargs.setdefault("id", new_id())
        kwargs.setdefault("created_at", now)
        kwargs.setdefault("updated_at", now)
        super().__init__(**kwargs)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__.get("version", Record.version)}


class Owned:
    """Mixin for records that belong to an employee; data scopes filter on ``owner_id``."""

    __scope_column__: ClassVar[str] = "owner_id"
    #: Whether a hand-over or a resignation moves these records to a successor (False for
    #: what is the employee's own, not their work: their approval requests and delegations).
    __handed_over__: ClassVar[bool] = True

    owner_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)


def only_for(dialect: str) -> Callable[..., bool]:
    """Alembic's ``include_object`` for one engine: schema items declared for another dialect
    only (``Index(...).ddl_if(dialect="postgresql")``) are left out of its comparisons, and so
    are the task queue's tables, which procrastinate's schema owns (migration 0012), and
    the indexes custom-field definitions make for themselves."""

    def include(obj: Any, name: Any, type_: Any, reflected: Any, _compare_to: Any) -> bool:
        if type_ == "table" and reflected and str(name).startswith("procrastinate_"):
            return False
        if type_ == "index" and reflected and "_cf_" in str(name):
            return False  # a custom field's own index (``core.custom_fields``)
        condition = getattr(obj, "_ddl_if", None)
        return condition is None or condition.dialect in (None, dialect)

    return include
