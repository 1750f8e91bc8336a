"""The table of dashboards: a personal one (``role_id`` null) is its owner's alone; a role's
is seen by the holders of that role and defined by those who hold ``dashboard:manage``.

Widgets are a JSON list inside the row: a dashboard is read and written whole, never queried
by its widgets, and thirty small objects do not earn a table of their own."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core.db.base import Record

LIVE = text("deleted_at IS NULL")
#: At most one home page per person, and one per role (the service demotes the previous one).
PERSONAL_DEFAULT = text("is_default AND role_id IS NULL AND deleted_at IS NULL")
ROLE_DEFAULT = text("is_default AND role_id IS NOT NULL AND deleted_at IS NULL")


class Dashboard(Record):
    __tablename__ = "dashboards"
    __resource__ = "dashboard"
    __table_args__ = (
        Index("ix_dashboards_created_at", "created_at"),
        Index("ix_dashboards_updated_at", "updated_at"),
        Index("ix_dashboards_name", "name"),
        Index("ix_dashboards_created_by_id", "created_by_id"),
        Index("ix_dashboards_role_id", "role_id"),
        Index(
            "uq_dashboards_created_by_id_default",
            "created_by_id",
            unique=True,
            sqlite_where=PERSONAL_DEFAULT,
            postgresql_where=PERSONAL_DEFAULT,
        ),
        Index(
            "uq_dashboards_role_id_default",
            "role_id",
            unique=True,
            sqlite_where=ROLE_DEFAULT,
            postgresql_where=ROLE_DEFAULT,
        ),
    )

    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: Who created it: a personal dashboard's owner (the only one who sees it); for a role's,
    #: who defined it (it is seen through the role). Not ``owner_id``: a dashboard is never
    #: handed over or seen through a data scope.
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("employees.id"), default=None
    )
    #: Set: the dashboard of this role (fixed at creation).
    role_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("roles.id"), default=None)
    #: The owner's home page (personal), or the role's default home page.
    is_default: Mapped[bool] = mapped_column(default=False)
    #: ``[{key, title, statistic, filters, position: {x, y, w, h}}]`` as ``schemas.WidgetOut``.
    widgets: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
