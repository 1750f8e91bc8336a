"""The life-cycle rules (one row) and each owned customer's stored churn risk."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column, synonym

from salescrm.core import i18n
from salescrm.core.db.base import Base, Record


class RiskLevel(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


i18n.register_enum(
    RiskLevel,
    {
        "low": ("Low", "低"),
        "medium": ("Medium", "中"),
        "high": ("High", "高"),
    },
)

#: The lowest score of each level above ``low``.
MEDIUM_FROM = 30
HIGH_FROM = 60


class LifecycleRules(Record):
    """When a customer's life-cycle stage moves on its own (``rules.transitions``): one row,
    read and replaced as a whole. A customer is *inactive* for the days since the later of its
    last purchase (a contract signed, or a deal won without a contract) and its last follow-up
    (``customers.last_follow_up_at``)."""

    __tablename__ = "lifecycle_rules"
    __resource__ = "lifecycle_rules"

    #: Purchases (at least) and days since the first one (at least) to be loyal.
    loyal_min_purchases: Mapped[int] = mapped_column(default=3)
    loyal_min_tenure_days: Mapped[int] = mapped_column(default=365)
    #: Days inactive before a customer with purchases is at risk, then churned.
    at_risk_after_days: Mapped[int] = mapped_column(default=90)
    churned_after_days: Mapped[int] = mapped_column(default=180)
    #: Off: the scheduled task leaves every stage as it is (the apply endpoint still runs).
    enabled: Mapped[bool] = mapped_column(default=True)


#: The rules' single row has a fixed id, so that every node finds the same one.
RULES_ID = uuid.uuid5(uuid.NAMESPACE_URL, "salescrm:lifecycle-rules")


class CustomerChurnRisk(Base):
    """An owned customer's churn risk as last computed: the score (0–100, the sum of its
    reasons' weights, at most 100), its level and the reasons (``[{"code", "weight", "value",
    "currency", "amount"}]``; ``signals`` words them). Rewritten whole by every recompute."""

    __tablename__ = "customer_churn_risks"
    __resource__ = "customer_churn_risk"
    __table_args__ = (Index("ix_customer_churn_risks_score", "score", "customer_id"),)

    #: No foreign key, as in ``customer_insights``: a per-row check of the customer cost 6–11 s
    #: of a recompute at a million customers; every read joins the live customer (its scope),
    #: so a row whose customer went away is never shown and the next recompute drops it.
    customer_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    #: The list's keyset and the scope read ``id`` (one row per customer).
    id: Mapped[uuid.UUID] = synonym("customer_id")
    computed_at: Mapped[datetime]
    score: Mapped[int]
    level: Mapped[str] = mapped_column(String(10))
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
