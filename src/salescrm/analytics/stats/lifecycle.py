"""Life cycle and churn risk: customers per stage now and the stage changes in the period
(``lifecycle``); customers per churn-risk level and the average score per owner
(``churn-risk``)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, case, func, select

from salescrm.analytics.churn.models import CustomerChurnRisk, RiskLevel
from salescrm.analytics.filters import Dimensions, StatFilters, narrow
from salescrm.analytics.insights.models import RUN_ID, InsightRun
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_start, business_day
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer, CustomerEvent, Stage
from salescrm.customers.repository import CustomerRepository
from salescrm.org.models import Employee


class StageCount(BaseModel):
    stage: Stage = Field(description="A life-cycle stage")
    customers: int = Field(description="Customers in it now")


class TransitionRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    from_stage: Stage | None = Field(description="The stage left (none: the customer was new)")
    to_stage: Stage = Field(description="The stage entered")
    customers: int = Field(description="Stage changes so in the period")


class LifecycleReport(StatReport):
    statistic: Literal["lifecycle"] = "lifecycle"
    stages: list[StageCount] = Field(description="Customers per stage now (every stage)")
    rows: list[TransitionRow] = Field(description="The stage changes in the period")


LIFECYCLE_DIMENSIONS = Dimensions(
    day=CustomerEvent.created_at, employee=Customer.owner_id, customer=Customer.id
)
#: The filters that speak of the customer's own columns (owner, tier, territory).
_BY_CUSTOMER = ("employee_id", "department_id", "tier", "territory_id")
#: The stage counts are of now: no period.
NOW_DIMENSIONS = Dimensions(employee=Customer.owner_id, customer=Customer.id)


async def lifecycle(ctx: Ctx, f: StatFilters) -> LifecycleReport:
    scope = await in_scope(ctx, CustomerRepository)
    counts: list[Any] = [Customer.stage, func.count().label("customers")]
    now: Select[Any] = select(*counts).where(*scope).group_by(Customer.stage)
    now = await narrow(ctx, now, f, NOW_DIMENSIONS)
    counted = {row.stage: row.customers for row in await ctx.session.execute(now)}
    stages = [StageCount(stage=s, customers=counted.get(s.value, 0)) for s in Stage]
    keys: list[Any] = (
        [bucket_start(business_day(CustomerEvent.created_at), f.bucket).label("period_start")]
        if f.bucket
        else []
    )
    moves: Select[Any] = (
        select(
            *keys,
            CustomerEvent.from_value,
            CustomerEvent.to_value,
            func.count().label("customers"),
        )
        .select_from(CustomerEvent)
        .where(CustomerEvent.kind == "stage_changed")
        .group_by(*keys, CustomerEvent.from_value, CustomerEvent.to_value)
        .order_by(*keys, CustomerEvent.from_value, CustomerEvent.to_value)
    )
    if ctx.subject.sees_everything and all(getattr(f, n) is None for n in _BY_CUSTOMER):
        # Every live customer's: an anti-join with the few deleted ones.
        deleted = select(Customer.id).where(Customer.deleted_at.is_not(None))
        moves = moves.where(CustomerEvent.customer_id.not_in(deleted))
    else:
        moves = moves.join(Customer, Customer.id == CustomerEvent.customer_id).where(*scope)
    moves = await narrow(ctx, moves, f, LIFECYCLE_DIMENSIONS)
    known = {s.value for s in Stage}
    rows = [
        TransitionRow(
            period_start=row.period_start if f.bucket else None,
            from_stage=row.from_value if row.from_value in known else None,
            to_stage=row.to_value,
            customers=row.customers,
        )
        for row in await ctx.session.execute(moves)
        if row.to_value in known
    ]
    return LifecycleReport.of(f, stages=stages, rows=rows)


register(
    Statistic(
        name="lifecycle",
        title="客户生命周期",
        summary="Customers per life-cycle stage now, and the stage changes in the period",
        definition="The customers in the caller's scope per life-cycle stage now, and their "
        "stage changes recorded in the period (by the day they happened), counted from and to "
        "each stage.",
        permissions=("customer:read",),
        params=StatFilters,
        report=LifecycleReport,
        compute=lifecycle,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("from_stage", "原阶段", "From stage"),
            Column("to_stage", "新阶段", "To stage"),
            Column("customers", "客户数", "Customers"),
        ),
        dimensions=LIFECYCLE_DIMENSIONS,
    )
)


class ChurnRiskRow(BaseModel):
    owner_id: uuid.UUID = Field(description="The customers' owner")
    owner_name: str = Field(description="The owner's name")
    customers: int = Field(description="Its live customers (in the caller's scope)")
    low: int = Field(description="Of them at low risk (a customer without a reason: score 0)")
    medium: int = Field(description="Of them at medium risk")
    high: int = Field(description="Of them at high risk")
    average_score: Decimal | None = Field(description="Their average score (2 places)")


class ChurnRiskReport(StatReport):
    statistic: Literal["churn-risk"] = "churn-risk"
    rows: list[ChurnRiskRow]


CHURN_DIMENSIONS = Dimensions(employee=Customer.owner_id, customer=Customer.id)


def _level(level: RiskLevel) -> Any:
    return func.sum(case((CustomerChurnRisk.level == level.value, 1), else_=0))


async def churn_risk(ctx: Ctx, f: StatFilters) -> ChurnRiskReport:
    """Only customers with a reason have a stored risk: the owned customers in scope are
    counted (an index-only scan of the live owners' index) and those without a row are low,
    score 0. Nothing before the first recompute."""
    if await ctx.session.scalar(select(InsightRun.id).where(InsightRun.id == RUN_ID)) is None:
        return ChurnRiskReport.of(f, rows=[])
    medium, high = _level(RiskLevel.medium), _level(RiskLevel.high)
    stmt: Select[Any] = (
        select(
            Customer.owner_id,
            func.count().label("customers"),
            medium.label("medium"),
            high.label("high"),
            func.sum(func.coalesce(CustomerChurnRisk.score, 0)).label("total"),
        )
        .select_from(Customer)
        .outerjoin(CustomerChurnRisk, CustomerChurnRisk.customer_id == Customer.id)
        .where(Customer.owner_id.is_not(None), *await in_scope(ctx, CustomerRepository))
        .group_by(Customer.owner_id)
    )
    counted = (await narrow(ctx, stmt, f, CHURN_DIMENSIONS)).subquery("counted")
    named = select(counted, Employee.name).join(Employee, Employee.id == counted.c.owner_id)
    rows = [
        ChurnRiskRow(
            owner_id=row.owner_id,
            owner_name=row.name,
            customers=row.customers,
            low=row.customers - row.medium - row.high,
            medium=row.medium,
            high=row.high,
            average_score=(Decimal(int(row.total)) / row.customers).quantize(Decimal("0.01"))
            if row.customers
            else None,
        )
        for row in await ctx.session.execute(named.order_by(Employee.name, counted.c.owner_id))
    ]
    return ChurnRiskReport.of(f, rows=rows)


register(
    Statistic(
        name="churn-risk",
        title="客户流失风险",
        summary="Customers per churn-risk level and their average score, per owner",
        definition="The owned customers in the caller's scope, per owner: how many at low, "
        "medium and high churn risk, and their average score (as last recomputed; a customer "
        "without a reason, or added since, scores 0; none before the first recompute; the "
        "period does not apply).",
        permissions=("customer:read",),
        params=StatFilters,
        report=ChurnRiskReport,
        compute=churn_risk,
        columns=(
            Column("owner_name", "负责人", "Owner"),
            Column("customers", "客户数", "Customers"),
            Column("low", "低风险", "Low"),
            Column("medium", "中风险", "Medium"),
            Column("high", "高风险", "High"),
            Column("average_score", "平均风险分", "Average score"),
        ),
        dimensions=CHURN_DIMENSIONS,
    )
)
