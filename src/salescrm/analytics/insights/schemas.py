"""What the customer-insight endpoints read and answer."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from salescrm.analytics.insights.models import AbcClass, RfmSegment
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import MoneyOut, RequestModel

#: At most this many customers named in one ABC apply.
MAX_APPLY_IDS = 1000


class InsightOut(BaseModel):
    """A customer's value figures as the last recompute left them (``computed_at``)."""

    model_config = ConfigDict(from_attributes=True)

    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    owner_id: uuid.UUID | None = Field(description="The customer's owner now (null: in a pool)")
    owner: Ref | None = ref("employee")
    tier: str | None = Field(description="The customer's tier now")
    computed_at: datetime = Field(description="When these figures were computed")
    currency: str = Field(description="The currency of every amount here (others left out)")
    first_purchase_on: date | None = Field(description="Day the first purchase was signed")
    last_purchase_on: date | None = Field(description="Day the last purchase was signed")
    recency_days: int | None = Field(description="Days since the last purchase")
    frequency: int = Field(description="Purchases signed in the last 365 days")
    purchases: int = Field(description="Purchases ever (live, not terminated contracts)")
    monetary: MoneyOut = Field(description="Payments received in the last 365 days")
    paid_total: MoneyOut = Field(description="Payments received ever")
    revenue_12m: MoneyOut = Field(description="Amount of the purchases of the last 365 days")
    r_score: int | None = Field(description="Recency score 1–5 (5: most recent); null: none")
    f_score: int | None = Field(description="Frequency score 1–5 (5: most purchases)")
    m_score: int | None = Field(description="Monetary score 1–5 (5: most paid)")
    rfm_segment: RfmSegment | None = Field(description="Segment from the R and F scores")
    abc_class: AbcClass | None = Field(description="Pareto class of revenue_12m; null: none")
    suggested_tier: str | None = Field(description="The tier code the ABC class suggests")
    lifetime_value: MoneyOut | None = Field(
        description="Paid so far plus the last 365 days' payments for two more years"
    )
    repeat_purchase: bool = Field(description="Two purchases or more")
    tenure_days: int | None = Field(description="Days since the first purchase")


class InsightListParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="Only customers of this owner")
    rfm_segment: RfmSegment | None = Field(None, description="Only this segment")
    abc_class: AbcClass | None = Field(None, description="Only this ABC class")
    repeat_purchase: bool | None = Field(None, description="Only repeat (or one-time) buyers")


class StepRows(BaseModel):
    name: str = Field(description="The step (`value` first, then each registered one)")
    rows: int = Field(description="Rows it wrote")


class InsightsRecomputeResult(BaseModel):
    customers: int = Field(
        description="Customers whose value insights were written: those with a purchase (the "
        "others' insight is the empty one, not stored)"
    )
    steps: list[StepRows] = Field(description="Every step run, in order")
    duration_ms: int = Field(description="How long the whole recompute took")


class AbcApply(RequestModel):
    customer_ids: list[uuid.UUID] | None = Field(
        None,
        min_length=1,
        max_length=MAX_APPLY_IDS,
        description="These customers (each must be in the caller's data scope); without: "
        "every customer in the caller's scope",
    )
    abc_class: AbcClass | None = Field(None, description="Only customers of this class")
    dry_run: bool = Field(False, description="Count only; change nothing")


class AbcApplyResult(BaseModel):
    dry_run: bool = Field(description="Nothing was changed")
    changed: int = Field(description="Customers whose tier was (or would be) set")
    unchanged: int = Field(description="Customers already in their suggested tier")
    skipped: int = Field(
        description="Customers left alone: no suggestion (no revenue in the last 365 days, "
        "no insight yet) or not changeable by the caller"
    )
    skipped_read_only: int = Field(description="Of the skipped: not changeable by the caller")
