"""Plan against actual: each sales target of the approved plans (or of one named plan), its
value and what was achieved in the plan's period, and the attainment.

The targets are those the caller may read (a target is an owned record); the actuals count
only the records in the caller's data scope, by the read permissions of those records: a
metric whose records the caller may not read answers no actual (``not_permitted``) rather
than a number made of records they cannot see.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, Uuid, func, literal, or_, select, true, union_all
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from salescrm.activities.models import Visit, VisitStatus
from salescrm.activities.repository import VisitRepository
from salescrm.analytics.filters import Dimensions, StatFilters, narrow, no_bucket, period
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.core import i18n
from salescrm.core.db.types import MoneyTotal
from salescrm.core.errors import unknown_reference
from salescrm.core.schemas import PercentOut
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository
from salescrm.org.models import Department, Employee
from salescrm.planning.plans.models import (
    SalesPlan,
    SalesPlanStatus,
    SalesTarget,
    TargetLevel,
    TargetMetric,
)
from salescrm.planning.plans.repository import SalesTargetRepository
from salescrm.planning.territories.models import Territory
from salescrm.planning.territories.repository import subtree_ids
from salescrm.sales.models import Contract, ContractLineItem, Payment
from salescrm.sales.repository import ContractRepository

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class ActualUnavailable(StrEnum):
    not_permitted = "not_permitted"
    product_line = "product_line"


i18n.register_enum(
    ActualUnavailable,
    {
        "not_permitted": (
            "The caller may not read the records this metric counts",
            "无权查看该指标统计的记录",
        ),
        "product_line": (
            "Products do not record their product line: no actual per product line",
            "产品未记录所属产品线,无法按产品线统计实际值",
        ),
    },
)


class TargetParams(StatFilters):
    plan_id: uuid.UUID | None = Field(
        None,
        description="Only this plan's targets, whatever its status and period (default: the "
        "approved plans whose period meets the period asked for)",
    )
    metric: TargetMetric | None = Field(None, description="Only targets of this metric")
    level: TargetLevel | None = Field(None, description="Only targets of this level")
    limit: int = Field(200, ge=1, le=1000, description="At most this many targets (rows)")


class TargetRow(BaseModel):
    target_id: uuid.UUID = Field(description="The target")
    plan_id: uuid.UUID = Field(description="Its plan")
    plan_name: str = Field(description="The plan's name")
    plan_status: SalesPlanStatus = Field(description="The plan's status")
    period_start: date = Field(description="First day of the plan's period (the actual's too)")
    period_end: date = Field(description="Last day of the plan's period")
    level: TargetLevel = Field(description="Company, territory, department, team or employee")
    metric: TargetMetric = Field(description="What the target counts")
    product_line: str | None = Field(description="The product line it is for, if any")
    employee_id: uuid.UUID | None = Field(description="The employee (employee level)")
    employee_name: str | None = Field(description="The employee's name")
    department_id: uuid.UUID | None = Field(description="The department (department, team)")
    department_name: str | None = Field(description="The department's name")
    territory_id: uuid.UUID | None = Field(description="The territory (territory level)")
    territory_name: str | None = Field(description="The territory's name")
    currency: str | None = Field(
        description="ISO 4217 code of a money metric's target and actual (the plan's); none "
        "for counted metrics"
    )
    target: Decimal = Field(description="The target's value")
    actual: Decimal | None = Field(
        description="What was achieved in the plan's period (none: see `unavailable`)"
    )
    attainment: PercentOut | None = Field(
        description="actual ÷ target × 100, two places (none when the target is 0 or no actual)"
    )
    unavailable: ActualUnavailable | None = Field(description="Why there is no actual")


class TargetsReport(StatReport):
    statistic: Literal["targets"] = "targets"
    more: bool = Field(description="More targets matched than `limit` rows")
    rows: list[TargetRow]


DIMENSIONS = Dimensions(employee=SalesTarget.owner_id, currency=SalesPlan.currency)

MONEY_METRICS = frozenset({"sales_amount", "gross_profit", "payments"})
PLACES = {**dict.fromkeys(MONEY_METRICS, CENT), "quantity": Decimal("0.0001")}


@dataclass(frozen=True)
class _Source:
    """What a metric counts: the rows (``frm``, then the ``joined`` tables), who they are
    credited to (``employee``), which customer (``customer``: territories), their day,
    currency, value and conditions."""

    frm: Any
    employee: Any
    customer: Any
    day: Any
    currency: Any
    value: Any
    where: list[ColumnElement[bool]]
    joined: tuple[tuple[Any, Any], ...] = ()


#: The read permissions of the records each metric counts.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "sales_amount": ("contract:read",),
    "quantity": ("contract:read",),
    "gross_profit": ("contract:read", "margin:read"),
    "payments": ("contract:read", "payment:read"),
    "new_customers": ("customer:read",),
    "visits": ("visit:read",),
}


async def _source(ctx: Ctx, metric: str) -> _Source:
    if metric in ("sales_amount", "gross_profit"):
        column = Contract.amount if metric == "sales_amount" else Contract.margin
        return _Source(
            frm=Contract,
            employee=Contract.owner_id,
            customer=Contract.customer_id,
            day=Contract.sign_date,
            currency=Contract.currency,
            value=MoneyTotal(column, "actual"),
            where=await in_scope(ctx, ContractRepository),
        )
    if metric == "quantity":
        return _Source(
            frm=Contract,
            joined=((ContractLineItem, ContractLineItem.contract_id == Contract.id),),
            employee=Contract.owner_id,
            customer=Contract.customer_id,
            day=Contract.sign_date,
            currency=None,
            value=MoneyTotal(ContractLineItem.quantity, "actual"),
            where=[ContractLineItem.deleted_at.is_(None), *await in_scope(ctx, ContractRepository)],
        )
    if metric == "payments":
        return _Source(
            frm=Contract,
            joined=((Payment, Payment.contract_id == Contract.id),),
            employee=Contract.owner_id,
            customer=Contract.customer_id,
            day=Payment.received_on,
            currency=Payment.currency,
            value=MoneyTotal(Payment.amount, "actual"),
            where=[Payment.deleted_at.is_(None), *await in_scope(ctx, ContractRepository)],
        )
    if metric == "new_customers":
        return _Source(
            frm=Customer,
            employee=Customer.owner_id,
            customer=Customer.id,
            day=Customer.created_at,
            currency=None,
            value=func.count().label("actual"),
            where=await in_scope(ctx, CustomerRepository),
        )
    return _Source(
        frm=Visit,
        employee=Visit.owner_id,
        customer=Visit.customer_id,
        day=Visit.check_in_at,
        currency=None,
        value=func.count().label("actual"),
        where=[
            Visit.status.in_((VisitStatus.checked_in.value, VisitStatus.completed.value)),
            *await in_scope(ctx, VisitRepository),
        ],
    )


def _departments_below(tops: set[uuid.UUID]) -> Any:
    """``(top, department)``: each department asked for, and it and every one below it."""
    members = [
        select(literal(top, Uuid()).label("top"), Department.id.label("department_id")).where(
            or_(Department.id == top, Department.path.contains(top.hex))
        )
        for top in sorted(tops)
    ]
    return union_all(*members).subquery("tops")


def _territories_below(tops: set[uuid.UUID]) -> Any:
    """``(top, territory)``: each territory asked for, and it and every live one below it."""
    members = [
        select(literal(top, Uuid()).label("top"), Territory.id.label("territory_id")).where(
            Territory.id.in_(subtree_ids(top))
        )
        for top in sorted(tops)
    ]
    return union_all(*members).subquery("tops")


async def _actuals(
    ctx: Ctx, plan: Any, metric: str, level: str, targets: list[Any]
) -> dict[uuid.UUID, Decimal]:
    """The actual of each of these targets (one plan, metric and level): one grouped sum."""
    src = await _source(ctx, metric)
    ids = [t.target_id for t in targets]
    stmt: Select[Any] = select(SalesTarget.id, src.value).select_from(SalesTarget)
    if level == TargetLevel.employee.value:
        stmt = stmt.join(src.frm, src.employee == SalesTarget.employee_id)
    elif level in (TargetLevel.department.value, TargetLevel.team.value):
        tops = _departments_below({t.department_id for t in targets if t.department_id})
        person = aliased(Employee)
        stmt = (
            stmt.join(tops, tops.c.top == SalesTarget.department_id)
            .join(person, person.department_id == tops.c.department_id)
            .join(src.frm, src.employee == person.id)
        )
    elif level == TargetLevel.territory.value:
        tops = _territories_below({t.territory_id for t in targets if t.territory_id})
        client = aliased(Customer)
        stmt = (
            stmt.join(tops, tops.c.top == SalesTarget.territory_id)
            .join(client, client.territory_id == tops.c.territory_id)
            .join(src.frm, src.customer == client.id)
        )
    else:
        stmt = stmt.join(src.frm, true())
    for table, onclause in src.joined:
        stmt = stmt.join(table, onclause)
    stmt = stmt.where(
        SalesTarget.id.in_(ids),
        *src.where,
        *period(src.day, plan.period_start, plan.period_end),
    ).group_by(SalesTarget.id)
    if src.currency is not None:
        stmt = stmt.where(src.currency == plan.currency)
    found = {tid: Decimal(value) for tid, value in await ctx.session.execute(stmt)}
    return {tid: found.get(tid, Decimal(0)) for tid in ids}


async def targets(ctx: Ctx, f: TargetParams) -> TargetsReport:
    no_bucket(f)
    person = aliased(Employee)
    columns: list[Any] = [
        SalesTarget.id.label("target_id"),
        SalesPlan.id.label("plan_id"),
        SalesPlan.name.label("plan_name"),
        SalesPlan.status.label("plan_status"),
        SalesPlan.period_start,
        SalesPlan.period_end,
        SalesPlan.currency,
        SalesTarget.level,
        SalesTarget.metric,
        SalesTarget.product_line,
        SalesTarget.employee_id,
        person.name.label("employee_name"),
        SalesTarget.department_id,
        Department.name.label("department_name"),
        SalesTarget.territory_id,
        Territory.name.label("territory_name"),
        SalesTarget.value,
    ]
    stmt: Select[Any] = (
        select(*columns)
        .select_from(SalesTarget)
        .join(SalesPlan, SalesPlan.id == SalesTarget.plan_id)
        .outerjoin(person, person.id == SalesTarget.employee_id)
        .outerjoin(Department, Department.id == SalesTarget.department_id)
        .outerjoin(Territory, Territory.id == SalesTarget.territory_id)
        .where(SalesPlan.deleted_at.is_(None), *await in_scope(ctx, SalesTargetRepository))
        .order_by(
            SalesPlan.period_start,
            SalesPlan.name,
            SalesPlan.id,
            SalesTarget.metric,
            SalesTarget.depth,
            SalesTarget.level,
            person.name,
            Department.name,
            Territory.name,
            SalesTarget.id,
        )
        .limit(f.limit + 1)
    )
    if f.plan_id is not None:
        live = await ctx.session.scalar(
            select(SalesPlan.id).where(SalesPlan.id == f.plan_id, SalesPlan.deleted_at.is_(None))
        )
        if live is None:
            raise unknown_reference(["query", "plan_id"], "sales plan")
        stmt = stmt.where(SalesPlan.id == f.plan_id)
    else:
        stmt = stmt.where(
            SalesPlan.status == SalesPlanStatus.approved.value,
            SalesPlan.period_start <= f.end,
            SalesPlan.period_end >= f.start,
        )
    if f.metric is not None:
        stmt = stmt.where(SalesTarget.metric == f.metric.value)
    if f.level is not None:
        stmt = stmt.where(SalesTarget.level == f.level.value)
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    found = list(await ctx.session.execute(stmt))
    more = len(found) > f.limit
    found = found[: f.limit]

    # One grouped sum per plan, metric and level among the rows (a page holds few of each).
    groups: dict[tuple[uuid.UUID, str, str], list[Any]] = {}
    for row in found:
        if row.product_line is None and _permitted(ctx, row.metric):
            groups.setdefault((row.plan_id, row.metric, row.level), []).append(row)
    actuals: dict[uuid.UUID, Decimal] = {}
    for (_plan, metric, level), members in groups.items():
        actuals.update(await _actuals(ctx, members[0], metric, level, members))
    return TargetsReport.of(f, more=more, rows=[_row(ctx, row, actuals) for row in found])


def _permitted(ctx: Ctx, metric: str) -> bool:
    return all(ctx.subject.can(p) for p in PERMISSIONS[metric])


def _row(ctx: Ctx, row: Any, actuals: dict[uuid.UUID, Decimal]) -> TargetRow:
    actual = actuals.get(row.target_id)
    if actual is not None:  # money to the cent, quantities to 0.0001, counts whole
        actual = actual.quantize(PLACES.get(row.metric, Decimal(1)))
    unavailable = None
    if row.product_line is not None:
        unavailable = ActualUnavailable.product_line
    elif not _permitted(ctx, row.metric):
        unavailable = ActualUnavailable.not_permitted
    target = Decimal(row.value)
    attainment = None
    if actual is not None and target:
        attainment = (actual * HUNDRED / target).quantize(CENT, rounding=ROUND_HALF_UP)
    return TargetRow(
        target_id=row.target_id,
        plan_id=row.plan_id,
        plan_name=row.plan_name,
        plan_status=SalesPlanStatus(row.plan_status),
        period_start=row.period_start,
        period_end=row.period_end,
        level=TargetLevel(row.level),
        metric=TargetMetric(row.metric),
        product_line=row.product_line,
        employee_id=row.employee_id,
        employee_name=row.employee_name,
        department_id=row.department_id,
        department_name=row.department_name,
        territory_id=row.territory_id,
        territory_name=row.territory_name,
        currency=row.currency if row.metric in MONEY_METRICS else None,
        target=target,
        actual=actual,
        attainment=attainment,
        unavailable=unavailable,
    )


register(
    Statistic(
        name="targets",
        title="目标达成",
        summary="Sales targets against what was achieved",
        definition="Each sales target the caller may read of the approved plans whose period "
        "meets the period (or of the plan named), with its value, what was achieved in the "
        "plan's period over the records in the caller's scope, and the attainment.",
        permissions=("sales_plan:read",),
        params=TargetParams,
        report=TargetsReport,
        compute=targets,
        columns=(
            Column("plan_name", "计划", "Plan"),
            Column("period_start", "开始日期", "Period start"),
            Column("period_end", "结束日期", "Period end"),
            Column("level", "层级", "Level"),
            Column("metric", "指标", "Metric"),
            Column("product_line", "产品线", "Product line"),
            Column("employee_name", "员工", "Employee"),
            Column("department_name", "部门", "Department"),
            Column("territory_name", "区域", "Territory"),
            Column("currency", "币种", "Currency"),
            Column("target", "目标值", "Target"),
            Column("actual", "实际值", "Actual"),
            Column("attainment", "达成率(%)", "Attainment (%)"),
            Column("unavailable", "无实际值原因", "Why no actual"),
        ),
        dimensions=DIMENSIONS,
    )
)
