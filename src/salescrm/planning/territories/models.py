"""Territories: a tree of sales divisions (region → province → city, or any custom division).

A territory keeps the path of ids from the root to itself (``path``: ``/<root>/…/<id>/``), so
a subtree is one indexed prefix match and a move rewrites the paths under it in one statement.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
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
