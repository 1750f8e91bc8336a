"""Pipeline velocity (what the open pipeline turns into money per day, at the period's win
rate, deal size and cycle) and the weighted forecast by expected close bucket against what was
actually won in each bucket."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import func, select

from salescrm.analytics.figures import percent, ratio
from salescrm.analytics.filters import MAX_BUCKETS, StatFilters, TimeBucket, no_bucket
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.sql import bucket_start
from salescrm.analytics.stats.pipeline import (
    CLOSED,
    EXPECTED,
    LOST,
    NOW,
    OPEN,
    PERMISSIONS,
    WON,
    AnySelect,
    cycle_days,
    deals,
    weighted_amount,
)
from salescrm.core.clock import today
from salescrm.core.db.types import MoneyTotal, quantize_money
from salescrm.core.schemas import MoneyOut, PercentOut, check_period
from salescrm.core.uow import Ctx
from salescrm.sales.models import Opportunity
from salescrm.sales.schemas import OpenForecast

ZERO = Decimal("0.00")


# ----- pipeline-velocity ---------------------------------------------------------------------
class VelocityRow(BaseModel):
    currency: str = Field(description="ISO 4217 code of the amounts")
    open_deals: int = Field(description="Open deals now (not bound to the period)")
    closed_deals: int = Field(description="Deals closed (won or lost) in the period")
    won_deals: int = Field(description="Deals won in the period")
    win_rate: PercentOut | None = Field(description="Won in percent of closed (null: none)")
    average_deal_size: MoneyOut | None = Field(
        description="Average amount of the deals won in the period (null: none)"
    )
    average_cycle_days: Decimal | None = Field(
        description="Average days from creation to win of the deals won in the period"
    )
    velocity: MoneyOut | None = Field(
        description="open deals × win rate × average deal size ÷ average cycle days: money per "
        "day, from the exact factors, half up to the cent (null when a factor is undefined "
        "or the average cycle is not positive)"
    )


class VelocityReport(StatReport):
    statistic: Literal["pipeline-velocity"] = "pipeline-velocity"
    rows: list[VelocityRow]


async def velocity(ctx: Ctx, f: StatFilters) -> VelocityReport:
    no_bucket(f)
    open_stmt = (
        select(Opportunity.currency, func.count().label("deals"))
        .where(Opportunity.status == OPEN)
        .group_by(Opportunity.currency)
    )
    open_deals = {
        row.currency: int(row.deals)
        for row in await ctx.session.execute(await deals(ctx, open_stmt, f, NOW))
    }
    closed_stmt: AnySelect = (
        select(
            Opportunity.currency,
            Opportunity.status,
            func.count().label("deals"),
            MoneyTotal(Opportunity.amount, "amount"),
            func.coalesce(func.sum(cycle_days()), 0).label("days"),
        )
        .where(Opportunity.status.in_([WON, LOST]))
        .group_by(Opportunity.currency, Opportunity.status)
    )
    closed: dict[str, int] = defaultdict(int)
    won: dict[str, tuple[int, Decimal, int]] = {}
    for row in await ctx.session.execute(await deals(ctx, closed_stmt, f, CLOSED)):
        closed[row.currency] += int(row.deals)
        if row.status == WON:
            won[row.currency] = (int(row.deals), row.amount, int(row.days))
    rows = []
    for currency in sorted(set(open_deals) | set(closed)):
        n_open, n_closed = open_deals.get(currency, 0), closed.get(currency, 0)
        n_won, total, days = won.get(currency, (0, ZERO, 0))
        speed = None
        if n_closed and n_won and days > 0:
            # open × (won / closed) × (total / won) ÷ (days / won), exactly, rounded once
            speed = quantize_money(Decimal(n_open) * total * n_won / (n_closed * days))
        rows.append(
            VelocityRow(
                currency=currency,
                open_deals=n_open,
                closed_deals=n_closed,
                won_deals=n_won,
                win_rate=percent(n_won, n_closed),
                average_deal_size=ratio(total, n_won),
                average_cycle_days=ratio(days, n_won),
                velocity=speed,
            )
        )
    return VelocityReport.of(f, rows=rows)


register(
    Statistic(
        name="pipeline-velocity",
        title="管道速度",
        summary="Pipeline velocity per currency, with its four factors",
        definition="Per currency, the caller's open deals now times the win rate, the average "
        "won amount and the inverse of the average sales cycle of the deals closed in the "
        "period: the money the pipeline is expected to bring per day.",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=VelocityReport,
        compute=velocity,
        columns=(
            Column("currency", "币种", "Currency"),
            Column("open_deals", "进行中商机数", "Open deals"),
            Column("closed_deals", "结束商机数", "Closed deals"),
            Column("won_deals", "赢单数", "Won deals"),
            Column("win_rate", "赢单率(%)", "Win rate (%)"),
            Column("average_deal_size", "平均成交金额", "Average deal size"),
            Column("average_cycle_days", "平均周期(天)", "Average cycle (days)"),
            Column("velocity", "管道速度(每天)", "Velocity (per day)"),
        ),
        dimensions=NOW,
    )
)


# ----- forecast ------------------------------------------------------------------------------
_BUCKET_DAYS = {"day": 1, "week": 7, "month": 28, "quarter": 90, "year": 365}


def _year_after(day: date) -> date:
    """The day before the same date a year later (12 whole months from a first day)."""
    try:
        return day.replace(year=day.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class ForecastFilters(StatFilters):
    """The shared filters, with a period that looks ahead: without dates, the twelve months
    (of buckets) from the start of the current bucket; with only ``date_from``, a year from
    it. The period selects open deals by expected close date and won deals by closing day."""

    bucket: TimeBucket | None = Field(
        None, description="Split by expected close date into these buckets (default: month)"
    )

    @property
    def buckets(self) -> TimeBucket:
        return self.bucket or TimeBucket.month

    @property
    def start(self) -> date:
        if self.date_from is not None:
            return self.date_from
        if self.date_to is not None:
            return self.date_to - timedelta(days=364)
        return _first_day(today(), self.buckets)

    @property
    def end(self) -> date:
        return self.date_to or _year_after(self.start)

    @model_validator(mode="after")
    def _period(self) -> ForecastFilters:
        start, end = self.start, self.end
        check_period(start, end, ("date_from", "date_to"), max_years=10)
        if (end - start).days // _BUCKET_DAYS[self.buckets] >= MAX_BUCKETS:
            raise PydanticCustomError(
                "too_many_buckets",
                "At most {max} buckets: choose a longer bucket or a shorter period",
                {"max": MAX_BUCKETS},
            )
        return self


def _first_day(day: date, bucket: TimeBucket) -> date:
    match bucket:
        case TimeBucket.day:
            return day
        case TimeBucket.week:
            return day - timedelta(days=day.weekday())
        case TimeBucket.month:
            return day.replace(day=1)
        case TimeBucket.quarter:
            return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
        case _:
            return day.replace(month=1, day=1)


class ForecastFigures(BaseModel):
    deals: int = Field(0, description="Open deals")
    amount: MoneyOut = Field(ZERO, description="Their amounts summed")
    weighted_amount: MoneyOut = Field(
        ZERO,
        description="Σ amount × probability ÷ 100, each deal's rounded half up to the cent "
        "(the weighted amount each deal shows)",
    )


class ForecastRow(BaseModel):
    period_start: date = Field(description="First day of the bucket")
    currency: str = Field(description="ISO 4217 code of the amounts")
    commit: ForecastFigures = Field(description="Open deals forecast as commit")
    best_case: ForecastFigures = Field(description="Open deals forecast as best case")
    pipeline: ForecastFigures = Field(description="Open deals forecast as pipeline")
    total: ForecastFigures = Field(description="All open deals expected to close in the bucket")
    won_deals: int = Field(description="Deals won (closed) in the bucket: the actuals")
    won_amount: MoneyOut = Field(description="Their amounts summed")


class ForecastReport(StatReport):
    statistic: Literal["forecast"] = "forecast"
    rows: list[ForecastRow]


def _add(a: ForecastFigures, deals_: int, amount: Decimal, weighted: Decimal) -> None:
    a.deals += deals_
    a.amount += amount
    a.weighted_amount += weighted


async def forecast(ctx: Ctx, f: ForecastFilters) -> ForecastReport:
    bucket = f.buckets
    expected = bucket_start(Opportunity.expected_close_date, bucket).label("period_start")
    open_stmt: AnySelect = (
        select(
            expected,
            Opportunity.currency,
            Opportunity.forecast_category,
            func.count().label("deals"),
            MoneyTotal(Opportunity.amount, "amount"),
            MoneyTotal(weighted_amount(Opportunity.amount, Opportunity.probability), "weighted"),
        )
        .where(Opportunity.status == OPEN)
        .group_by(expected, Opportunity.currency, Opportunity.forecast_category)
    )
    closed = bucket_start(Opportunity.closed_on, bucket).label("period_start")
    won_stmt: AnySelect = (
        select(
            closed,
            Opportunity.currency,
            func.count().label("deals"),
            MoneyTotal(Opportunity.amount, "amount"),
        )
        .where(Opportunity.status == WON)
        .group_by(closed, Opportunity.currency)
    )
    rows: dict[tuple[date, str], ForecastRow] = {}

    def row(start: date, currency: str) -> ForecastRow:
        key = (start, currency)
        if key not in rows:
            rows[key] = ForecastRow(
                period_start=start,
                currency=currency,
                commit=ForecastFigures(),
                best_case=ForecastFigures(),
                pipeline=ForecastFigures(),
                total=ForecastFigures(),
                won_deals=0,
                won_amount=ZERO,
            )
        return rows[key]

    for r in await ctx.session.execute(await deals(ctx, open_stmt, f, EXPECTED)):
        target = row(r.period_start, r.currency)
        _add(target.total, r.deals, r.amount, r.weighted)
        if r.forecast_category in set(OpenForecast):
            _add(getattr(target, r.forecast_category), r.deals, r.amount, r.weighted)
    for r in await ctx.session.execute(await deals(ctx, won_stmt, f, CLOSED)):
        target = row(r.period_start, r.currency)
        target.won_deals, target.won_amount = int(r.deals), r.amount
    report_filters = f.model_copy(update={"bucket": bucket})
    return ForecastReport.of(report_filters, rows=[rows[key] for key in sorted(rows)])


_FIGURE_HEADERS = (
    ("deals", "商机数", "deals"),
    ("amount", "金额", "amount"),
    ("weighted_amount", "加权金额", "weighted amount"),
)
_CATEGORIES = (
    ("commit", "承诺", "Commit"),
    ("best_case", "最佳情况", "Best case"),
    ("pipeline", "管道", "Pipeline"),
    ("total", "合计", "Total"),
)

register(
    Statistic(
        name="forecast",
        title="销售预测",
        summary="Open deals by expected close bucket and forecast category, weighted, "
        "against what was won",
        definition="Per bucket of expected close date (default month) and currency, the "
        "caller's open deals per forecast category — counted, summed and weighted by their "
        "probability — next to the deals actually won (by the day closed) in that bucket.",
        permissions=PERMISSIONS,
        params=ForecastFilters,
        report=ForecastReport,
        compute=forecast,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("currency", "币种", "Currency"),
            *(
                Column(f"{category}.{key}", f"{zh}{zh_figure}", f"{en} {en_figure}")
                for category, zh, en in _CATEGORIES
                for key, zh_figure, en_figure in _FIGURE_HEADERS
            ),
            Column("won_deals", "实际赢单数", "Won deals"),
            Column("won_amount", "实际赢单金额", "Won amount"),
        ),
        dimensions=EXPECTED,
    )
)
