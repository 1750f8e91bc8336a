"""The tables of budgets: an expense budget for one department or one territory, a period and
an expense category, owned by who is alerted when spending crosses its alert share."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core.db.base import Owned, Record
from salescrm.core.db.types import Money, Percent


class Budget(Record, Owned):
    """``actual``, ``remaining`` and ``used_share`` are not stored: the service computes them
    from the approved expense claims for each page it shows (``BudgetRepository.figures``)."""

    __tablename__ = "budgets"
    __resource__ = "budget"
    __table_args__ = (
        Index("ix_budgets_created_at", "created_at"),
        Index("ix_budgets_updated_at", "updated_at"),
        Index("ix_budgets_name", "name"),
        Index("ix_budgets_period_start", "period_start"),
        Index("ix_budgets_department_id", "department_id"),
        Index("ix_budgets_territory_id", "territory_id"),
    )

    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("territories.id"), default=None
    )
    period_start: Mapped[date]
    period_end: Mapped[date]
    category: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    #: The share of the amount (percent) whose crossing alerts the owner.
    alert_share: Mapped[Decimal] = mapped_column(Percent(), default=Decimal("80"))
    #: The alerts sent so far: 0 none, 1 the alert share crossed, 2 the whole amount crossed.
    alerted: Mapped[int] = mapped_column(default=0)
    description: Mapped[str | None] = mapped_column(Text, default=None)
