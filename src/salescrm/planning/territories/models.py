"""Territories: a tree of sales divisions (region → province → city, or any custom division).

A territory keeps the path of ids from the root to itself (``path``: ``/<root>/…/<id>/``), so
a subtree is one indexed prefix match and a move rewrites the paths under it in one statement.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.db.base import Record

LIVE = text("deleted_at IS NULL")


class TerritoryKind(StrEnum):
    """What level of division a territory is: the usual Chinese levels, or a custom one."""

    region = "region"
    province = "province"
    city = "city"
    district = "district"
    custom = "custom"


i18n.register_enum(
    TerritoryKind,
    {
        "region": ("Region", "大区"),
        "province": ("Province", "省份"),
        "city": ("City", "城市"),
        "district": ("District", "区县"),
        "custom": ("Custom division", "自定义区域"),
    },
)


class Territory(Record):
    """A sales division. ``path`` and ``depth`` are kept by the service, never by clients."""

    __tablename__ = "territories"
    __resource__ = "territory"
    __table_args__ = (
        Index("uq_territories_code_live", "code", unique=True, sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_territories_created_at", "created_at"),
        Index("ix_territories_updated_at", "updated_at"),
        Index("ix_territories_name", "name"),
        Index("ix_territories_parent_id", "parent_id"),
        # text_pattern_ops: a prefix LIKE uses the index under any collation (PostgreSQL).
        Index("ix_territories_path", "path", postgresql_ops={"path": "text_pattern_ops"}),
    )  # fmt: skip

    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(30), default=None)
    kind: Mapped[str] = mapped_column(String(20), default=TerritoryKind.custom.value)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), default=None)
    path: Mapped[str] = mapped_column(String(1000), default="/")
    depth: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str | None] = mapped_column(Text, default=None)


class TerritoryMember(Record):
    """Someone responsible for a territory: one employee, or one team (a department), never
    both. ``responsible`` marks the named responsible people (a plan's check reads it)."""

    __tablename__ = "territory_members"
    __resource__ = "territory_member"
    __table_args__ = (
        Index("ix_territory_members_created_at", "created_at"),
        Index("ix_territory_members_updated_at", "updated_at"),
        Index("ix_territory_members_territory_id", "territory_id"),
        Index("ix_territory_members_employee_id", "employee_id"),
        Index("ix_territory_members_department_id", "department_id"),
    )

    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territories.id"))
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    responsible: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(String(200), default=None)


class TerritoryRule(Record):
    """An assignment rule: a customer whose fields meet every condition given (each a list of
    accepted values; an empty list accepts anything) is placed in ``territory_id``. Active
    rules are tried by ``priority``, lowest first; the first that matches wins."""

    __tablename__ = "territory_rules"
    __resource__ = "territory_rule"
    __table_args__ = (
        Index("ix_territory_rules_created_at", "created_at"),
        Index("ix_territory_rules_updated_at", "updated_at"),
        Index("ix_territory_rules_priority", "priority"),
        Index("ix_territory_rules_territory_id", "territory_id"),
    )

    name: Mapped[str] = mapped_column(String(100))
    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territories.id"))
    priority: Mapped[int] = mapped_column(default=100)
    provinces: Mapped[list[str]] = mapped_column(JSON, default=list)
    cities: Mapped[list[str]] = mapped_column(JSON, default=list)
    industries: Mapped[list[str]] = mapped_column(JSON, default=list)
    sizes: Mapped[list[str]] = mapped_column(JSON, default=list)
    tiers: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
