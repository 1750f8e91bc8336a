"""Customer value: RFM segments, ABC classes, lifetime value and loyalty, read from the stored
insights (``analytics.insights``: recomputed daily and on demand), so they are one scan of
the caller's customers whatever the size of the history behind them."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, case, func, select

from salescrm.analytics.filters import Dimensions, StatFilters, narrow
from salescrm.analytics.insights.models import AbcClass, CustomerInsight, RfmSegment
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_start
from salescrm.core.db.types import MoneyTotal
from salescrm.core.errors import ValidationFailed
from salescrm.core.schemas import MoneyOut, PercentOut
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository

PERMISSIONS = ("customer:read",)
_CENT = Decimal("0.01")

#: A snapshot: the narrowing filters speak of the customer (owner, tier, territory) and of the
#: insights' currency; there is no day to narrow by (loyalty's cohorts aside).
DIMENSIONS = Dimensions(
    employee=Customer.owner_id, customer=Customer.id, currency=CustomerInsight.currency
)
COHORTS = Dimensions(
    day=CustomerInsight.first_purchase_on,
    employee=Customer.owner_id,
    customer=Customer.id,
    currency=CustomerInsight.currency,
)


def _ratio(numerator: Any, denominator: int | Decimal, factor: int = 1) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator or 0) * factor / denominator).quantize(_CENT, ROUND_HALF_UP)


def _snapshot_only(f: StatFilters) -> None:
    """The period and the bucket mean nothing to a snapshot: a 422 rather than ignored."""
    given = [name for name in ("date_from", "date_to", "bucket") if getattr(f, name) is not None]
    if given:
        raise ValidationFailed.of(
            [
                {
                    "loc": ["query", name],
                    "msg": "This statistic is a snapshot of the last recompute",
                    "type": "filter_not_supported",
                }
                for name in given
            ]
        )


#: The filters that speak of the customer's own columns (owner, tier, territory).
_BY_CUSTOMER = ("employee_id", "department_id", "tier", "territory_id")


async def _scoped(ctx: Ctx, f: StatFilters, *columns: Any) -> Select[Any]:
    """``columns`` over the insights of the live customers in the caller's scope. An
    administrator's are every insight but those of the few deleted customers: an anti-join
    with them rather than a join with a million live ones (unless a filter speaks of the
    customer's columns)."""
    stmt = select(*columns).select_from(CustomerInsight)
    if ctx.subject.sees_everything and all(getattr(f, n) is None for n in _BY_CUSTOMER):
        deleted = select(Customer.id).where(Customer.deleted_at.is_not(None))
        return stmt.where(CustomerInsight.customer_id.not_in(deleted))
    return stmt.join(Customer, Customer.id == CustomerInsight.customer_id).where(
        *await in_scope(ctx, CustomerRepository)
    )


# ----- rfm --------------------------------------------------------------------------------------
class RfmRow(BaseModel):
    rfm_segment: RfmSegment = Field(description="The segment")
    currency: str = Field(description="ISO 4217 code of the amounts")
    customers: int = Field(description="Customers in the segment")
    monetary: MoneyOut = Field(description="Their payments received in the last 365 days")
    average_recency_days: Decimal | None = Field(description="Average days since last purchase")
    average_frequency: Decimal | None = Field(description="Average purchases in 365 days")


class RfmReport(StatReport):
    statistic: Literal["rfm"] = "rfm"
    rows: list[RfmRow]


async def rfm(ctx: Ctx, f: StatFilters) -> RfmReport:
    _snapshot_only(f)
    i = CustomerInsight
    stmt = await _scoped(
        ctx,
        f,
        i.rfm_segment,
        i.currency,
        func.count().label("customers"),
        MoneyTotal(i.monetary, "monetary"),
        func.sum(i.recency_days).label("recency"),
        func.sum(i.frequency).label("frequency"),
    )
    stmt = stmt.where(i.rfm_segment.is_not(None)).group_by(i.rfm_segment, i.currency)
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    order = list(RfmSegment)
    found = sorted(
        await ctx.session.execute(stmt),
        key=lambda r: (order.index(RfmSegment(r.rfm_segment)), r.currency),
    )
    rows = [
        RfmRow(
            rfm_segment=r.rfm_segment,
            currency=r.currency,
            customers=r.customers,
            monetary=r.monetary,
            average_recency_days=_ratio(r.recency, r.customers),
            average_frequency=_ratio(r.frequency, r.customers),
        )
        for r in found
    ]
    return RfmReport.of(f, rows=rows)


# ----- abc --------------------------------------------------------------------------------------
class AbcRow(BaseModel):
    abc_class: AbcClass = Field(description="The class")
    currency: str = Field(description="ISO 4217 code of the amounts")
    customers: int = Field(description="Customers in the class")
    revenue: MoneyOut = Field(description="Their purchases' amount in the last 365 days")
    revenue_share: PercentOut | None = Field(
        description="Their share of the revenue of every class in this answer, in %"
    )


class AbcReport(StatReport):
    statistic: Literal["abc"] = "abc"
    rows: list[AbcRow]


async def abc(ctx: Ctx, f: StatFilters) -> AbcReport:
    _snapshot_only(f)
    i = CustomerInsight
    stmt = await _scoped(
        ctx,
        f,
        i.abc_class,
        i.currency,
        func.count().label("customers"),
        MoneyTotal(i.revenue_12m, "revenue"),
    )
    stmt = stmt.where(i.abc_class.is_not(None)).group_by(i.abc_class, i.currency)
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    found = sorted(await ctx.session.execute(stmt), key=lambda r: (r.currency, r.abc_class))
    totals: dict[str, Decimal] = {}
    for r in found:
        totals[r.currency] = totals.get(r.currency, Decimal(0)) + r.revenue
    rows = [
        AbcRow(
            abc_class=r.abc_class,
            currency=r.currency,
            customers=r.customers,
            revenue=r.revenue,
            revenue_share=_ratio(r.revenue, totals[r.currency], 100)
            if totals[r.currency]
            else None,
        )
        for r in found
    ]
    return AbcReport.of(f, rows=rows)


# ----- customer-value ---------------------------------------------------------------------------
class ValueParams(StatFilters):
    top: int = Field(10, ge=0, le=100, description="How many of the most valuable customers")


class ValueSummary(BaseModel):
    currency: str = Field(description="ISO 4217 code of the amounts")
    customers: int = Field(description="Customers with a purchase (and so a lifetime value)")
    total_lifetime_value: MoneyOut = Field(description="Sum of their lifetime values")
    average_lifetime_value: MoneyOut | None = Field(description="Average lifetime value")
    paid_total: MoneyOut = Field(description="Sum of what they paid so far")


class ValueRow(BaseModel):
    rank: int = Field(description="1 for the most valuable")
    customer_id: uuid.UUID = Field(description="The customer")
    customer_name: str = Field(description="Its name")
    currency: str = Field(description="ISO 4217 code of the amounts")
    lifetime_value: MoneyOut = Field(
        description="Paid so far plus two more years at the pace of the last 365 days"
    )
    paid_total: MoneyOut = Field(description="Paid so far")
    monetary: MoneyOut = Field(description="Paid in the last 365 days")
    abc_class: AbcClass | None = Field(description="Its ABC class")


class ValueReport(StatReport):
    statistic: Literal["customer-value"] = "customer-value"
    summary: list[ValueSummary] = Field(description="Per currency")
    rows: list[ValueRow] = Field(description="The most valuable customers, best first")


async def customer_value(ctx: Ctx, f: ValueParams) -> ValueReport:
    _snapshot_only(f)
    i = CustomerInsight
    stmt = await _scoped(
        ctx,
        f,
        i.currency,
        func.count().label("customers"),
        MoneyTotal(i.lifetime_value, "total"),
        MoneyTotal(i.paid_total, "paid"),
    )
    stmt = stmt.where(i.lifetime_value.is_not(None)).group_by(i.currency).order_by(i.currency)
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    summary = [
        ValueSummary(
            currency=r.currency,
            customers=r.customers,
            total_lifetime_value=r.total,
            average_lifetime_value=_ratio(r.total, r.customers),
            paid_total=r.paid,
        )
        for r in await ctx.session.execute(stmt)
    ]
    rows: list[ValueRow] = []
    if f.top:
        best = await _scoped(
            ctx,
            f,
            i.customer_id,
            i.currency,
            i.lifetime_value,
            i.paid_total,
            i.monetary,
            i.abc_class,
        )
        best = best.where(i.lifetime_value.is_not(None))
        ranked = (
            (await narrow(ctx, best, f, DIMENSIONS))
            .order_by(i.lifetime_value.desc(), i.customer_id)
            .limit(f.top)
            .subquery("ranked")
        )
        # The names of the few kept only.
        named = (
            select(ranked, Customer.name)
            .join(Customer, Customer.id == ranked.c.customer_id)
            .order_by(ranked.c.lifetime_value.desc(), ranked.c.customer_id)
        )
        for rank, r in enumerate(await ctx.session.execute(named), start=1):
            rows.append(
                ValueRow(
                    rank=rank,
                    customer_id=r.customer_id,
                    customer_name=r.name,
                    currency=r.currency,
                    lifetime_value=r.lifetime_value,
                    paid_total=r.paid_total,
                    monetary=r.monetary,
                    abc_class=r.abc_class,
                )
            )
    return ValueReport.of(f, summary=summary, rows=rows)


# ----- loyalty ----------------------------------------------------------------------------------
class LoyaltyRow(BaseModel):
    period_start: date | None = Field(
        description="First day of the cohort's bucket of first purchase (none without one)"
    )
    customers: int = Field(description="Customers with a purchase")
    repeat_customers: int = Field(description="Of them, with two purchases or more")
    repeat_rate: PercentOut | None = Field(description="repeat_customers / customers, in %")
    average_tenure_days: Decimal | None = Field(description="Average days since first purchase")
    average_purchases: Decimal | None = Field(description="Average purchases per customer")


class LoyaltyReport(StatReport):
    statistic: Literal["loyalty"] = "loyalty"
    rows: list[LoyaltyRow]


async def loyalty(ctx: Ctx, f: StatFilters) -> LoyaltyReport:
    i = CustomerInsight
    cohorts = f.date_from is not None or f.date_to is not None or f.bucket is not None
    keys: list[Any] = (
        [bucket_start(i.first_purchase_on, f.bucket).label("period_start")] if f.bucket else []
    )
    stmt = await _scoped(
        ctx,
        f,
        *keys,
        func.count().label("customers"),
        func.sum(case((i.repeat_purchase, 1), else_=0)).label("repeat"),
        func.sum(i.tenure_days).label("tenure"),
        func.sum(i.purchases).label("purchases"),
    )
    stmt = stmt.where(i.first_purchase_on.is_not(None)).group_by(*keys).order_by(*keys)
    stmt = await narrow(ctx, stmt, f, COHORTS if cohorts else DIMENSIONS)
    rows = [
        LoyaltyRow(
            period_start=r.period_start if f.bucket else None,
            customers=r.customers,
            repeat_customers=r.repeat or 0,
            repeat_rate=_ratio(r.repeat, r.customers, 100),
            average_tenure_days=_ratio(r.tenure, r.customers),
            average_purchases=_ratio(r.purchases, r.customers),
        )
        for r in await ctx.session.execute(stmt)
        if r.customers
    ]
    return LoyaltyReport.of(f, rows=rows)


_SNAPSHOT = (
    " Read from the stored insights (recomputed daily and by `POST "
    "/analytics/customer-insights/recompute`); a period or bucket is a 422."
)

register(
    Statistic(
        name="rfm",
        title="RFM客户分群",
        summary="Customers per RFM segment",
        definition="The customers in the caller's scope with a purchase, counted per RFM "
        "segment (from their recency and frequency scores), with their payments of the last "
        "365 days, average days since the last purchase and average purchases." + _SNAPSHOT,
        permissions=PERMISSIONS,
        params=StatFilters,
        report=RfmReport,
        compute=rfm,
        columns=(
            Column("rfm_segment", "客户分群", "Segment"),
            Column("currency", "币种", "Currency"),
            Column("customers", "客户数", "Customers"),
            Column("monetary", "近一年回款", "Paid (365 days)"),
            Column("average_recency_days", "平均距上次购买天数", "Average recency (days)"),
            Column("average_frequency", "平均购买次数", "Average frequency"),
        ),
        dimensions=DIMENSIONS,
    )
)
register(
    Statistic(
        name="abc",
        title="ABC客户分类",
        summary="Customers and revenue per ABC class",
        definition="The customers in the caller's scope per ABC class (A: the customers making "
        "the first 80 % of the last 365 days' revenue company-wide, B: the next 15 %, C: the "
        "rest), with their revenue and its share of the revenue of the classes shown." + _SNAPSHOT,
        permissions=PERMISSIONS,
        params=StatFilters,
        report=AbcReport,
        compute=abc,
        columns=(
            Column("abc_class", "ABC分类", "Class"),
            Column("currency", "币种", "Currency"),
            Column("customers", "客户数", "Customers"),
            Column("revenue", "近一年销售额", "Revenue (365 days)"),
            Column("revenue_share", "销售额占比(%)", "Revenue share (%)"),
        ),
        dimensions=DIMENSIONS,
    )
)
register(
    Statistic(
        name="customer-value",
        title="客户终身价值",
        summary="Customer lifetime value: totals and the most valuable customers",
        definition="The lifetime value (paid so far plus the last 365 days' payments for two "
        "more years) of the customers in the caller's scope with a purchase: their number, "
        "total and average per currency, and the `top` most valuable of them." + _SNAPSHOT,
        permissions=PERMISSIONS,
        params=ValueParams,
        report=ValueReport,
        compute=customer_value,
        columns=(
            Column("rank", "排名", "Rank"),
            Column("customer_name", "客户", "Customer"),
            Column("currency", "币种", "Currency"),
            Column("lifetime_value", "客户终身价值", "Lifetime value"),
            Column("paid_total", "累计回款", "Paid so far"),
            Column("monetary", "近一年回款", "Paid (365 days)"),
            Column("abc_class", "ABC分类", "Class"),
        ),
        dimensions=DIMENSIONS,
    )
)
register(
    Statistic(
        name="loyalty",
        title="客户忠诚度",
        summary="Repeat-purchase rate and tenure",
        definition="The customers in the caller's scope with a purchase: how many bought twice "
        "or more (the repeat-purchase rate), their average tenure since the first purchase "
        "and average purchases; with a period or bucket, only the customers whose first "
        "purchase falls in the period, per bucket of it (cohorts).",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=LoyaltyReport,
        compute=loyalty,
        columns=(
            Column("period_start", "首购期间", "First purchase period"),
            Column("customers", "客户数", "Customers"),
            Column("repeat_customers", "复购客户数", "Repeat customers"),
            Column("repeat_rate", "复购率(%)", "Repeat rate (%)"),
            Column("average_tenure_days", "平均客户时长(天)", "Average tenure (days)"),
            Column("average_purchases", "平均购买次数", "Average purchases"),
        ),
        dimensions=COHORTS,
    )
)
