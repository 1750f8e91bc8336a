"""The stored value insights of each customer with a purchase, rewritten whole by ``recompute``
(a set-based statement), read by the insight endpoints and the value statistics; and when the
last recompute ran (``InsightRun``).

A live customer without a purchase has no row: its insight is the empty one (no scores, no
class, nothing paid), which the single read synthesises (``service.empty_insight``) instead of
a million identical rows being written every day.

Not a ``Record``: the row is derived data, replaced on every recompute, so it has no version,
tombstone or audit trail of its own; its customer's scope decides who reads it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Index, SmallInteger, String, select
from sqlalchemy.orm import Mapped, column_property, mapped_column, synonym

from salescrm.core import i18n
from salescrm.core.db.base import Base
from salescrm.core.db.types import Money
from salescrm.customers.models import Customer

#: The currency every monetary figure of an insight is in; contracts and payments in other
#: currencies count as purchases (recency, frequency) but are left out of the money.
REPORTING_CURRENCY = "CNY"
#: The RFM window: frequency and monetary count the last this many days (today included).
WINDOW_DAYS = 365
#: ``recency_key`` of a customer without purchases: after every real recency.
NO_RECENCY = 1_000_000


class RfmSegment(StrEnum):
    """Where a customer's recency and frequency scores place it (``recompute.SEGMENTS``)."""

    champions = "champions"
    loyal = "loyal"
    new = "new"
    potential = "potential"
    at_risk = "at_risk"
    hibernating = "hibernating"
    lost = "lost"


i18n.register_enum(
    RfmSegment,
    {
        "champions": ("Champions", "重要价值客户"),
        "loyal": ("Loyal", "忠诚客户"),
        "new": ("New", "新客户"),
        "potential": ("Potential", "潜力客户"),
        "at_risk": ("At risk", "需挽留客户"),
        "hibernating": ("Hibernating", "沉睡客户"),
        "lost": ("Lost", "流失客户"),
    },
)


class AbcClass(StrEnum):
    """The customer's share of the last 12 months' revenue (Pareto): A makes the first 80 %,
    B the next 15 %, C the rest."""

    A = "A"
    B = "B"
    C = "C"


i18n.register_enum(
    AbcClass,
    {
        "A": ("A: top 80 % of revenue", "A 类(前 80% 销售额)"),
        "B": ("B: next 15 % of revenue", "B 类(其后 15% 销售额)"),
        "C": ("C: last 5 % of revenue", "C 类(末尾 5% 销售额)"),
    },
)


class InsightRun(Base):
    """When the value insights were last recomputed (one row, ``RUN_ID``): the time every
    customer's insight, stored or synthesised, was computed at."""

    __tablename__ = "customer_insight_runs"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    computed_at: Mapped[datetime]
    #: The rows written (customers with a purchase).
    customers: Mapped[int]


#: ``InsightRun``'s one row.
RUN_ID = 1


class CustomerInsight(Base):
    __tablename__ = "customer_insights"
    __table_args__ = (
        # The list's two sorts (keyset pages: the column, then the key).
        Index("ix_customer_insights_monetary", "monetary", "customer_id"),
        Index("ix_customer_insights_recency", "recency_key", "customer_id"),
    )

    #: No foreign key: a million rows are rewritten at once and a per-row check of the
    #: customer would cost a quarter of the recompute; every read joins the live customer (its
    #: scope), so a row whose customer went away is never shown and the next recompute drops it.
    customer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: The generic list reads every row's key as ``id``.
    id = synonym("customer_id")
    computed_at: Mapped[datetime]
    currency: Mapped[str] = mapped_column(String(3))
    first_purchase_on: Mapped[date | None]
    last_purchase_on: Mapped[date | None]
    recency_days: Mapped[int | None]
    #: ``recency_days``, or ``NO_RECENCY`` without a purchase: the list sorts by it (a keyset
    #: page needs a column that is never empty).
    recency_key: Mapped[int]
    frequency: Mapped[int]
    purchases: Mapped[int]
    monetary: Mapped[Decimal] = mapped_column(Money())
    paid_total: Mapped[Decimal] = mapped_column(Money())
    revenue_12m: Mapped[Decimal] = mapped_column(Money())
    r_score: Mapped[int | None] = mapped_column(SmallInteger)
    f_score: Mapped[int | None] = mapped_column(SmallInteger)
    m_score: Mapped[int | None] = mapped_column(SmallInteger)
    rfm_segment: Mapped[str | None] = mapped_column(String(20))
    abc_class: Mapped[str | None] = mapped_column(String(1))
    suggested_tier: Mapped[str | None] = mapped_column(String(20))
    lifetime_value: Mapped[Decimal | None] = mapped_column(Money())
    repeat_purchase: Mapped[bool]
    tenure_days: Mapped[int | None]

    #: The customer's owner now (read with the row; the insight keeps no copy that could age).
    owner_id: Mapped[uuid.UUID | None] = column_property(
        select(Customer.owner_id).where(Customer.id == customer_id).scalar_subquery()
    )
    #: The customer's tier now (what the ABC apply would change).
    tier: Mapped[str | None] = column_property(
        select(Customer.tier).where(Customer.id == customer_id).scalar_subquery()
    )
