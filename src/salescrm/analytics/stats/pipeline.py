"""Sales-pipeline statistics over closed deals: win rate, deal size and sales-cycle length.

Every deal statistic reads the caller's deals (``in_scope``) narrowed by the shared filters
through one set of ``Dimensions`` that differ only in the day column. The funnel lives in
``pipeline_funnel``, velocity and the forecast in ``pipeline_forecast``; the helpers they share
are here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, Field
from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from salescrm.analytics.figures import percent, ratio
from salescrm.analytics.filters import Dimensions, StatFilters, narrow
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_keys, business_day, days_between
from salescrm.core.db.types import Money, MoneyTotal, quantize_money
from salescrm.core.schemas import MoneyOut, PercentOut
from salescrm.core.uow import Ctx
from salescrm.sales.models import Opportunity, OpportunityLineItem, OpportunityStatus
from salescrm.sales.repository import OpportunityRepository

PERMISSIONS = ("opportunity:read",)
#: A statement of any columns (``Select`` is variadic in its row's types).
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
WON = OpportunityStatus.won.value
LOST = OpportunityStatus.lost.value
OPEN = OpportunityStatus.open.value


# ----- shared pieces -------------------------------------------------------------------------
def has_product(product_id: uuid.UUID) -> ColumnElement[bool]:
    """The deal has a live line item of the product (EXISTS: a deal with two such lines is
    still one deal)."""
    found: ColumnElement[bool] = (
        select(OpportunityLineItem.id)
        .where(
            OpportunityLineItem.opportunity_id == Opportunity.id,
            OpportunityLineItem.product_id == product_id,
            OpportunityLineItem.deleted_at.is_(None),
        )
        .exists()
    )
    return found


def dimensions(day: Any) -> Dimensions:
    """The deal statistics' dimensions; ``day`` is the statistic's own date column (None: the
    period does not narrow the rows, e.g. the open deals of velocity)."""
    return Dimensions(
        day=day,
        employee=Opportunity.owner_id,
        customer=Opportunity.customer_id,
        product=has_product,
        pipeline=Opportunity.pipeline_id,
        currency=Opportunity.currency,
    )


CREATED = dimensions(Opportunity.created_at)
CLOSED = dimensions(Opportunity.closed_on)
EXPECTED = dimensions(Opportunity.expected_close_date)
NOW = dimensions(None)


async def deals(ctx: Ctx, stmt: AnySelect, f: StatFilters, dims: Dimensions) -> AnySelect:
    """``stmt`` over the caller's live deals, narrowed by the period and the filters."""
    return await narrow(ctx, stmt.where(*await in_scope(ctx, OpportunityRepository)), f, dims)


def cycle_days() -> days_between:
    """A closed deal's cycle: from the business day it was created to the day it closed."""
    return days_between(Opportunity.closed_on, business_day(Opportunity.created_at))


class weighted_amount(FunctionElement[Decimal]):
    """A deal's amount × probability ÷ 100, rounded half up (away from zero) to the cent per
    deal: the ``weighted_amount`` the deal itself shows, so a forecast is the sum of its
    deals' figures. Read it through ``MoneyTotal`` (typed as money: cents on SQLite)."""

    inherit_cache = True
    type = Money()


@compiles(weighted_amount)
def _weighted_pg(element: weighted_amount, compiler: SQLCompiler, **kw: Any) -> str:
    amount, probability = (compiler.process(c, **kw) for c in element.clauses)
    # NUMERIC arithmetic is exact; round() on NUMERIC rounds half away from zero.
    return f"round(({amount}) * ({probability}) / 100, 2)"


@compiles(weighted_amount, "sqlite")
def _weighted_sqlite(element: weighted_amount, compiler: SQLCompiler, **kw: Any) -> str:
    amount, probability = (compiler.process(c, **kw) for c in element.clauses)
    # Integer cents × a probability of 0..100 stays below 2^63 for every amount within
    # MONEY_MAX (10^16 cents); integer division truncates, so add half a unit first.
    return (
        f"(CASE WHEN ({amount}) >= 0 THEN (({amount}) * ({probability}) + 50) / 100 "
        f"ELSE -((-({amount}) * ({probability}) + 50) / 100) END)"
    )


# ----- win-rate ------------------------------------------------------------------------------
class WinRateRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    closed_deals: int = Field(description="Deals closed (won or lost) in the bucket")
    won_deals: int = Field(description="Of them, won")
    lost_deals: int = Field(description="Of them, lost")
    win_rate: PercentOut | None = Field(
        description="Won in percent of closed, two places (null without closed deals)"
    )


class WinRateReport(StatReport):
    statistic: Literal["win-rate"] = "win-rate"
    rows: list[WinRateRow]


async def win_rate(ctx: Ctx, f: StatFilters) -> WinRateReport:
    keys = bucket_keys(f, Opportunity.closed_on)
    stmt: Select[Any] = (
        select(
            *keys,
            func.count().label("closed"),
            func.coalesce(func.sum(case((Opportunity.status == WON, 1), else_=0)), 0).label("won"),
        )
        .select_from(Opportunity)
        .where(Opportunity.status.in_([WON, LOST]))
        .group_by(*keys)
        .order_by(*keys)
    )
    stmt = await deals(ctx, stmt, f, CLOSED)
    rows = [
        WinRateRow(
            period_start=row.period_start if f.bucket else None,
            closed_deals=row.closed,
            won_deals=int(row.won),
            lost_deals=row.closed - int(row.won),
            win_rate=percent(int(row.won), row.closed),
        )
        for row in await ctx.session.execute(stmt)
    ]
    return WinRateReport.of(f, rows=rows)


register(
    Statistic(
        name="win-rate",
        title="赢单率",
        summary="Deals won and lost, and the win rate, per bucket",
        definition="The deals in the caller's scope closed in the period (by the day closed), "
        "counted as won and lost, with the won ones in percent of all closed.",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=WinRateReport,
        compute=win_rate,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("closed_deals", "结束商机数", "Closed deals"),
            Column("won_deals", "赢单数", "Won"),
            Column("lost_deals", "输单数", "Lost"),
            Column("win_rate", "赢单率(%)", "Win rate (%)"),
        ),
        dimensions=CLOSED,
    )
)


# ----- deal-size -----------------------------------------------------------------------------
class DealSizeRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    currency: str = Field(description="ISO 4217 code of the amounts")
    won_deals: int = Field(description="Deals won in the bucket")
    total_amount: MoneyOut = Field(description="Their amounts summed")
    average_amount: MoneyOut = Field(description="Their average amount (half up to the cent)")


class DealSizeReport(StatReport):
    statistic: Literal["deal-size"] = "deal-size"
    rows: list[DealSizeRow]


async def deal_size(ctx: Ctx, f: StatFilters) -> DealSizeReport:
    keys = bucket_keys(f, Opportunity.closed_on)
    stmt: Select[Any] = (
        select(
            *keys,
            Opportunity.currency,
            func.count().label("won"),
            MoneyTotal(Opportunity.amount, "amount"),
        )
        .select_from(Opportunity)
        .where(Opportunity.status == WON)
        .group_by(*keys, Opportunity.currency)
        .order_by(*keys, Opportunity.currency)
    )
    stmt = await deals(ctx, stmt, f, CLOSED)
    rows = [
        DealSizeRow(
            period_start=row.period_start if f.bucket else None,
            currency=row.currency,
            won_deals=row.won,
            total_amount=row.amount,
            average_amount=quantize_money(row.amount / row.won),
        )
        for row in await ctx.session.execute(stmt)
    ]
    return DealSizeReport.of(f, rows=rows)


register(
    Statistic(
        name="deal-size",
        title="平均成交金额",
        summary="Won deals, their total and average amount, per bucket and currency",
        definition="The deals in the caller's scope won in the period (by the day closed), "
        "counted, summed and averaged per currency.",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=DealSizeReport,
        compute=deal_size,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("currency", "币种", "Currency"),
            Column("won_deals", "赢单数", "Won deals"),
            Column("total_amount", "成交总额", "Total amount"),
            Column("average_amount", "平均成交金额", "Average amount"),
        ),
        dimensions=CLOSED,
    )
)


# ----- sales-cycle ---------------------------------------------------------------------------
class SalesCycleRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    won_deals: int = Field(description="Deals won in the bucket")
    average_days: Decimal | None = Field(
        description="Average days from creation to close, two places (null without deals)"
    )
    median_days: Decimal | None = Field(
        description="Median days (the mean of the two middle deals for an even count)"
    )
    min_days: int | None = Field(description="The shortest cycle in days")
    max_days: int | None = Field(description="The longest cycle in days")


class SalesCycleReport(StatReport):
    statistic: Literal["sales-cycle"] = "sales-cycle"
    rows: list[SalesCycleRow]


def cycle_row(period_start: date | None, counts: list[tuple[int, int]]) -> SalesCycleRow:
    """The figures of one bucket from its ``(days, deals)`` pairs sorted by days — a handful
    of distinct day counts, whatever the number of deals."""
    n = sum(k for _, k in counts)
    if n == 0:
        return SalesCycleRow(
            period_start=period_start,
            won_deals=0,
            average_days=None,
            median_days=None,
            min_days=None,
            max_days=None,
        )
    middle: list[int] = []
    seen = 0
    for days, k in counts:  # the values at 0-based positions (n - 1) // 2 and n // 2
        for position in ((n - 1) // 2, n // 2):
            if seen <= position < seen + k:
                middle.append(days)
        seen += k
    return SalesCycleRow(
        period_start=period_start,
        won_deals=n,
        average_days=ratio(sum(d * k for d, k in counts), n),
        median_days=quantize_money(Decimal(middle[0] + middle[1]) / 2),
        min_days=counts[0][0],
        max_days=counts[-1][0],
    )


async def sales_cycle(ctx: Ctx, f: StatFilters) -> SalesCycleReport:
    keys = bucket_keys(f, Opportunity.closed_on)
    days = cycle_days().label("days")
    stmt: Select[Any] = (
        select(*keys, days, func.count().label("deals"))
        .select_from(Opportunity)
        .where(Opportunity.status == WON)
        .group_by(*keys, days)
        .order_by(*keys, days)
    )
    stmt = await deals(ctx, stmt, f, CLOSED)
    buckets: dict[date | None, list[tuple[int, int]]] = defaultdict(list)
    for row in await ctx.session.execute(stmt):
        buckets[row.period_start if f.bucket else None].append((int(row.days), int(row.deals)))
    if not f.bucket and not buckets:
        buckets[None] = []
    rows = [cycle_row(start, counts) for start, counts in buckets.items()]
    return SalesCycleReport.of(f, rows=rows)


register(
    Statistic(
        name="sales-cycle",
        title="销售周期",
        summary="Days from creation to win: average, median, shortest and longest",
        definition="For the deals in the caller's scope won in the period (by the day closed), "
        "the days from the business day each was created to the day it closed: average, "
        "median, minimum and maximum.",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=SalesCycleReport,
        compute=sales_cycle,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("won_deals", "赢单数", "Won deals"),
            Column("average_days", "平均周期(天)", "Average days"),
            Column("median_days", "中位周期(天)", "Median days"),
            Column("min_days", "最短周期(天)", "Shortest (days)"),
            Column("max_days", "最长周期(天)", "Longest (days)"),
        ),
        dimensions=CLOSED,
    )
)
