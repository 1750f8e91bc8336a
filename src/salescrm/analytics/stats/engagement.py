"""Engagement statistics: activities, field visits, customers without follow-up, new customers
and the public pool's flows, each counted in SQL over the caller's data scope.

Scope decisions (``docs/analytics.md``):

- An activity counts through its *customer* (not its deal): a hash join of the period's live
  activities (an index-only scan of the covering live-activity index) with the customers in the
  caller's scope (the live-owner index). An administrator gets an anti-join with the few
  deleted customers instead of a join with a million live ones.
- A pool flow belongs to the employee on the owning side of it: the claimer of a claim, the
  former owner of a release or an automatic return. The customer is in the pool after a release,
  so scoping by "the customers the caller sees now" would hide every release; by that employee a
  manager sees his team's claims and releases. An administrator without narrowing filters reads
  the per-day counters (``customer_pool_days``), which are written with the events.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, PlainSerializer
from sqlalchemy import DateTime, Integer, Select, Uuid, and_, case, func, select, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from salescrm.activities.models import Activity, ActivityType, Visit, VisitStatus
from salescrm.activities.repository import VisitRepository
from salescrm.analytics.filters import NARROWING, Dimensions, StatFilters, narrow
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_keys, business_day, count_if
from salescrm.core import i18n
from salescrm.core.clock import business_time, business_zone_name, day_start, today, utcnow
from salescrm.core.permissions.scope import owner_filter
from salescrm.core.uow import Ctx
from salescrm.customers.models import NO_KEY, Customer, CustomerEvent, CustomerPool, PoolDayCount
from salescrm.customers.repository import CustomerRepository
from salescrm.org.models import Employee

AverageOut = Annotated[
    Decimal,
    Field(examples=["42.50"]),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json"),
]
"""An average in a response: a decimal string with two places."""

_CENTS = Decimal("0.01")


# ----- SQL pieces of this module -------------------------------------------------------------
class _on_site_ms(FunctionElement[int]):
    """Milliseconds from check-in to check-out, exact on both engines (SQLite's julian days
    are whole milliseconds inside)."""

    inherit_cache = True
    type = Integer()


@compiles(_on_site_ms)
def _on_site_pg(element: _on_site_ms, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"round(extract(epoch from ({end} - {start})) * 1000)"


@compiles(_on_site_ms, "sqlite")
def _on_site_sqlite(element: _on_site_ms, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(round((julianday({end}) - julianday({start})) * 86400000.0) AS INTEGER)"


class _uuid_of_text(FunctionElement[uuid.UUID]):
    """A UUID written as text (``str(uuid)``, as events keep a former owner) compared as the
    engine stores UUIDs: native on PostgreSQL, 32 hex digits on SQLite."""

    inherit_cache = True
    type = Uuid()


@compiles(_uuid_of_text)
def _uuid_pg(element: _uuid_of_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS UUID)"


@compiles(_uuid_of_text, "sqlite")
def _uuid_sqlite(element: _uuid_of_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"replace({compiler.process(element.clauses, **kw)}, '-', '')"


async def _names(ctx: Ctx, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Employee names for the few ids a grouped answer holds."""
    if not ids:
        return {}
    rows = await ctx.session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(ids)))
    return {row.id: row.name for row in rows}


def _average(total_ms: Any, count: int) -> Decimal | None:
    if not count or total_ms is None:
        return None
    return (Decimal(int(total_ms)) / 60000 / count).quantize(_CENTS)


def _period_key(value: date | None) -> tuple[bool, date]:
    return (value is not None, value or date.min)


# ----- activities ----------------------------------------------------------------------------
class ActivityGrouping(StrEnum):
    type = "type"
    channel = "channel"
    employee = "employee"


i18n.register_enum(
    ActivityGrouping,
    {
        "type": ("Activity type", "活动类型"),
        "channel": ("Channel", "沟通渠道"),
        "employee": ("Employee (author)", "员工（记录人）"),
    },
)


class ActivityFilters(StatFilters):
    group_by: ActivityGrouping = Field(
        ActivityGrouping.type,
        description="Count per activity type, channel, or employee who recorded it",
    )


class ActivityRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    key: str | None = Field(
        description="The type's code, the channel, or the author's employee id (null: none)"
    )
    label: str | None = Field(
        description="The type's name, the channel, or the employee's name (null: none)"
    )
    activities: int = Field(description="Activities that took place")
    inbound: int = Field(description="… of them started by the customer")
    outbound: int = Field(description="… of them started by us")


class ActivitiesReport(StatReport):
    statistic: Literal["activities"] = "activities"
    group_by: ActivityGrouping = Field(description="What the rows are counted by")
    rows: list[ActivityRow]


ACTIVITY_DIMENSIONS = Dimensions(
    day=Activity.occurred_at, employee=Activity.author_id, customer=Activity.customer_id
)


async def _activity_scope(ctx: Ctx, stmt: Select[Any]) -> Select[Any]:
    """Activities whose customer the caller sees. An administrator's: those of every live
    customer — an anti-join with the few deleted ones, not a join with a million live ones."""
    if ctx.subject.sees_everything:
        deleted = select(Customer.id).where(Customer.deleted_at.is_not(None))
        return stmt.where(Activity.customer_id.not_in(deleted))
    return stmt.join(Customer, Customer.id == Activity.customer_id).where(
        *await in_scope(ctx, CustomerRepository)
    )


def _bin_minutes(f: StatFilters) -> int:
    """The width of the UTC bins the activities are counted in before they are bucketed: an
    hour when the business zone's offset is a whole number of hours throughout the period (a
    bin then lies in one business day), else a quarter of an hour (every zone's offset is a
    multiple of 15 minutes)."""
    zone = ZoneInfo(business_zone_name())
    moment = datetime(f.start.year, f.start.month, 1, tzinfo=zone)
    while moment.date() <= f.end:
        offset = moment.utcoffset()
        if offset is not None and offset.total_seconds() % 3600:
            return 15
        moment = datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=zone)
    return 60


class _utc_bin(FunctionElement[datetime]):
    """A UTC moment truncated to its bin (``minutes`` wide) on PostgreSQL — integer arithmetic,
    no time-zone conversion per row; the moment itself on SQLite (whose business day is a fixed
    offset, cheap anyway)."""

    inherit_cache = True
    type = DateTime(timezone=True)
    minutes = 60


_BIN_CLASSES: dict[int, type[_utc_bin]] = {
    width: type(f"_utc_bin_{width}", (_utc_bin,), {"minutes": width, "inherit_cache": True})
    for width in (15, 60)
}


@compiles(_utc_bin)
def _utc_bin_pg(element: _utc_bin, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    origin = "TIMESTAMPTZ '2000-01-01 00:00:00+00'"
    return f"date_bin(INTERVAL '{element.minutes} minutes', {value}, {origin})"


@compiles(_utc_bin, "sqlite")
def _utc_bin_sqlite(element: _utc_bin, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


async def activities(ctx: Ctx, f: ActivityFilters) -> ActivitiesReport:
    column = {
        ActivityGrouping.type: Activity.type,
        ActivityGrouping.channel: Activity.channel,
        ActivityGrouping.employee: Activity.author_id,
    }[f.group_by]
    # Counted in two steps: per UTC bin (with a bucket), key and direction over the raw rows —
    # an index-only scan of the live activities with no per-row time-zone arithmetic — and
    # then the few thousand bins turned into business-day buckets. Exact: a bin never spans
    # two business days (see _bin_minutes).
    moment: list[ColumnElement[Any]] = []
    if f.bucket:
        moment = [_BIN_CLASSES[_bin_minutes(f)](Activity.occurred_at).label("moment")]
    inner_keys: list[ColumnElement[Any]] = [
        *moment,
        column.label("key"),
        Activity.direction.label("direction"),
    ]
    inner: Select[Any] = (
        select(*inner_keys, func.count().label("n"))
        .select_from(Activity)
        .where(Activity.deleted_at.is_(None))
        .group_by(*inner_keys)
    )
    counted = (
        await narrow(ctx, await _activity_scope(ctx, inner), f, ACTIVITY_DIMENSIONS)
    ).subquery()
    day = business_day(counted.c.moment) if f.bucket else None
    keys = [*bucket_keys(f, day), counted.c.key]

    def of(direction: str) -> ColumnElement[Any]:
        n = case((counted.c.direction == direction, counted.c.n), else_=0)
        return func.coalesce(func.sum(n), 0)

    stmt: Select[Any] = select(
        *keys,
        func.sum(counted.c.n).label("activities"),
        of("inbound").label("inbound"),
        of("outbound").label("outbound"),
    ).group_by(*keys)
    result = list(await ctx.session.execute(stmt))
    labels: dict[Any, str] = {}
    if f.group_by is ActivityGrouping.employee:
        labels = dict(await _names(ctx, {row.key for row in result if row.key is not None}))
    elif f.group_by is ActivityGrouping.type:
        types = await ctx.session.execute(
            select(ActivityType.code, ActivityType.name).where(ActivityType.deleted_at.is_(None))
        )
        english = i18n.current_language.get() != i18n.ZH
        for code, name in types:
            shown = english and i18n.has_label("activity_type", code)
            labels[code] = i18n.label("activity_type", code) if shown else name
    rows = [
        ActivityRow(
            period_start=row.period_start if f.bucket else None,
            key=None if row.key is None else str(row.key),
            label=None if row.key is None else labels.get(row.key, str(row.key)),
            activities=int(row.activities),
            inbound=int(row.inbound),
            outbound=int(row.outbound),
        )
        for row in result
    ]
    rows.sort(key=lambda r: (_period_key(r.period_start), r.key is not None, r.key or ""))
    return ActivitiesReport.of(f, group_by=f.group_by, rows=rows)


register(
    Statistic(
        name="activities",
        title="活动统计",
        summary="Activities per type, channel or employee, per bucket",
        definition="The activities (not deleted) that took place in the period, by the business "
        "day of occurred_at, counted per activity type, channel or recording employee "
        "(group_by), over the customers in the caller's scope.",
        permissions=("activity:read",),
        params=ActivityFilters,
        report=ActivitiesReport,
        compute=activities,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("key", "分组代码", "Key"),
            Column("label", "分组", "Group"),
            Column("activities", "活动数", "Activities"),
            Column("inbound", "客户发起", "Inbound"),
            Column("outbound", "我方发起", "Outbound"),
        ),
        dimensions=ACTIVITY_DIMENSIONS,
    )
)


# ----- visits --------------------------------------------------------------------------------
class VisitRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    employee_id: uuid.UUID | None = Field(description="Who makes the visits (their owner)")
    employee_name: str | None = Field(description="That employee's name")
    planned: int = Field(description="Visits planned in the period, whatever became of them")
    completed: int = Field(description="… of them checked out")
    on_site: int = Field(description="… of them checked in and not yet checked out")
    cancelled: int = Field(description="… of them cancelled")
    missed: int = Field(
        description="… of them never checked in, although their planned day is over"
    )
    flagged: int = Field(description="… of them checked in too far from the customer")
    avg_minutes_on_site: AverageOut | None = Field(
        description="Average minutes from check-in to check-out of the completed ones (null: "
        "none completed)"
    )


class VisitsReport(StatReport):
    statistic: Literal["visits"] = "visits"
    rows: list[VisitRow]


VISIT_DIMENSIONS = Dimensions(
    day=Visit.planned_at, employee=Visit.owner_id, customer=Visit.customer_id
)


async def visits(ctx: Ctx, f: StatFilters) -> VisitsReport:
    keys = [*bucket_keys(f, business_day(Visit.planned_at)), Visit.owner_id]
    done = Visit.status == VisitStatus.completed.value
    stmt: Select[Any] = (
        select(
            *keys,
            func.count().label("planned"),
            count_if(done).label("completed"),
            count_if(Visit.status == VisitStatus.checked_in.value).label("on_site"),
            count_if(Visit.status == VisitStatus.cancelled.value).label("cancelled"),
            count_if(
                and_(
                    Visit.status == VisitStatus.planned.value,
                    Visit.planned_at < day_start(today()),
                )
            ).label("missed"),
            count_if(Visit.check_in_flagged.is_(True)).label("flagged"),
            func.sum(
                case((done, _on_site_ms(Visit.check_in_at, Visit.check_out_at)), else_=None)
            ).label("on_site_ms"),
            count_if(
                and_(done, Visit.check_in_at.is_not(None), Visit.check_out_at.is_not(None))
            ).label("timed"),
        )
        .where(*await in_scope(ctx, VisitRepository))
        .group_by(*keys)
    )
    stmt = await narrow(ctx, stmt, f, VISIT_DIMENSIONS)
    result = list(await ctx.session.execute(stmt))
    names = await _names(ctx, {row.owner_id for row in result if row.owner_id is not None})
    rows = [
        VisitRow(
            period_start=row.period_start if f.bucket else None,
            employee_id=row.owner_id,
            employee_name=names.get(row.owner_id) if row.owner_id else None,
            planned=row.planned,
            completed=int(row.completed),
            on_site=int(row.on_site),
            cancelled=int(row.cancelled),
            missed=int(row.missed),
            flagged=int(row.flagged),
            avg_minutes_on_site=_average(row.on_site_ms, int(row.timed)),
        )
        for row in result
    ]
    rows.sort(key=lambda r: (_period_key(r.period_start), r.employee_name or "", r.employee_id))
    return VisitsReport.of(f, rows=rows)


register(
    Statistic(
        name="visits",
        title="拜访统计",
        summary="Visits planned per employee and bucket: completed, cancelled, missed, flagged",
        definition="The visits (not deleted) planned in the period, by the business day of "
        "planned_at, per visiting employee: how many were completed, are on site, were "
        "cancelled or missed, checked in too far away, and the average minutes on site.",
        permissions=("visit:read",),
        params=StatFilters,
        report=VisitsReport,
        compute=visits,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("employee_name", "员工", "Employee"),
            Column("planned", "计划拜访", "Planned"),
            Column("completed", "已完成", "Completed"),
            Column("on_site", "拜访中", "On site"),
            Column("cancelled", "已取消", "Cancelled"),
            Column("missed", "未执行", "Missed"),
            Column("flagged", "签到异常", "Flagged check-ins"),
            Column("avg_minutes_on_site", "平均在场分钟", "Average minutes on site"),
        ),
        dimensions=VISIT_DIMENSIONS,
    )
)


# ----- customers without follow-up -----------------------------------------------------------
class FollowUpGapFilters(StatFilters):
    days: int = Field(
        30, ge=1, le=3650, description="Customers with no follow-up in this many days to today"
    )


class FollowUpGapRow(BaseModel):
    employee_id: uuid.UUID = Field(description="The customers' owner")
    employee_name: str | None = Field(description="The owner's name")
    customers: int = Field(description="Owned customers with no follow-up in the last `days` days")
    never_followed_up: int = Field(description="… of them never followed up at all")
    oldest_gap_days: int | None = Field(
        description="Days since the oldest last follow-up among them (null: none was ever "
        "followed up)"
    )


class FollowUpGapsReport(StatReport):
    statistic: Literal["follow-up-gaps"] = "follow-up-gaps"
    days: int = Field(description="The gap asked for, in days")
    rows: list[FollowUpGapRow]


GAP_DIMENSIONS = Dimensions(employee=Customer.owner_id, customer=Customer.id)


async def follow_up_gaps(ctx: Ctx, f: FollowUpGapFilters) -> FollowUpGapsReport:
    """As of today: ``last_follow_up_at`` is the latest follow-up only, so an earlier day's
    gaps cannot be told from it; the period and bucket are ignored (date_from = date_to =
    today in the answer)."""
    as_of = today()
    since = day_start(as_of - timedelta(days=f.days - 1))
    keys: list[Any] = [Customer.owner_id]
    stmt: Select[Any] = (
        select(
            *keys,
            func.count().label("customers"),
            count_if(Customer.last_follow_up_at.is_(None)).label("never"),
            func.min(Customer.last_follow_up_at).label("oldest"),
        )
        .where(
            *await in_scope(ctx, CustomerRepository),
            Customer.owner_id.is_not(None),
            (Customer.last_follow_up_at.is_(None)) | (Customer.last_follow_up_at < since),
        )
        .group_by(*keys)
    )
    stmt = await narrow(ctx, stmt, f, GAP_DIMENSIONS)
    result = list(await ctx.session.execute(stmt))
    names = await _names(ctx, {row.owner_id for row in result})
    rows = [
        FollowUpGapRow(
            employee_id=row.owner_id,
            employee_name=names.get(row.owner_id),
            customers=row.customers,
            never_followed_up=int(row.never),
            oldest_gap_days=(
                None if row.oldest is None else (as_of - business_time(row.oldest).date()).days
            ),
        )
        for row in result
    ]
    rows.sort(key=lambda r: (-r.customers, r.employee_name or "", r.employee_id))
    return FollowUpGapsReport(
        date_from=as_of,
        date_to=as_of,
        bucket=None,
        generated_at=utcnow(),
        days=f.days,
        rows=rows,
    )


register(
    Statistic(
        name="follow-up-gaps",
        title="未跟进客户统计",
        summary="Owned customers without a follow-up for N days, per owner",
        definition="The customers in the caller's scope that have an owner and no follow-up in "
        "the last `days` days up to today (or never), per owner; as of today, so the period and "
        "bucket are not used.",
        permissions=("customer:read",),
        params=FollowUpGapFilters,
        report=FollowUpGapsReport,
        compute=follow_up_gaps,
        columns=(
            Column("employee_name", "负责人", "Owner"),
            Column("customers", "未跟进客户数", "Customers"),
            Column("never_followed_up", "从未跟进", "Never followed up"),
            Column("oldest_gap_days", "最长未跟进天数", "Oldest gap (days)"),
        ),
        dimensions=GAP_DIMENSIONS,
    )
)


# ----- new customers -------------------------------------------------------------------------
class NewCustomerRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    source: str | None = Field(description="Where the customers came from (null: not recorded)")
    source_label: str | None = Field(description="The source's name")
    customers: int = Field(description="Customers created")


class NewCustomersReport(StatReport):
    statistic: Literal["new-customers"] = "new-customers"
    rows: list[NewCustomerRow]


NEW_DIMENSIONS = Dimensions(
    day=Customer.created_at, employee=Customer.owner_id, customer=Customer.id
)


async def new_customers(ctx: Ctx, f: StatFilters) -> NewCustomersReport:
    keys = [*bucket_keys(f, business_day(Customer.created_at)), Customer.source]
    stmt: Select[Any] = (
        select(*keys, func.count().label("customers"))
        .where(*await in_scope(ctx, CustomerRepository))
        .group_by(*keys)
    )
    stmt = await narrow(ctx, stmt, f, NEW_DIMENSIONS)
    rows = [
        NewCustomerRow(
            period_start=row.period_start if f.bucket else None,
            source=row.source,
            source_label=None if row.source is None else i18n.label("Source", row.source),
            customers=row.customers,
        )
        for row in await ctx.session.execute(stmt)
    ]
    rows.sort(key=lambda r: (_period_key(r.period_start), r.source is not None, r.source or ""))
    return NewCustomersReport.of(f, rows=rows)


register(
    Statistic(
        name="new-customers",
        title="新增客户统计",
        summary="Customers created per bucket and source",
        definition="The customers (not deleted) in the caller's scope created in the period, by "
        "the business day of created_at, counted per source.",
        permissions=("customer:read",),
        params=StatFilters,
        report=NewCustomersReport,
        compute=new_customers,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("source_label", "客户来源", "Source"),
            Column("customers", "新增客户数", "New customers"),
        ),
        dimensions=NEW_DIMENSIONS,
    )
)


# ----- public-pool flows ---------------------------------------------------------------------
FLOW_KINDS = ("claimed", "released", "returned_to_pool")


class PoolFlowRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    pool_id: uuid.UUID | None = Field(description="The pool (null: the default pool)")
    pool_name: str | None = Field(description="The pool's name (null: the default pool)")
    claims: int = Field(description="Customers claimed from the pool")
    releases: int = Field(description="Customers released to it by hand (or at a hand-over)")
    returns: int = Field(description="Customers the return rule gave back to it")
    conversions: int = Field(
        description="Claims in the period whose customer then had a deal won or a contract "
        "signed (counted at the claim)"
    )


class PoolFlowsReport(StatReport):
    statistic: Literal["pool-flows"] = "pool-flows"
    rows: list[PoolFlowRow]


#: The employee a flow belongs to: the claimer, or the owner the customer left.
FLOW_EMPLOYEE: ColumnElement[uuid.UUID] = type_coerce(
    case(
        (CustomerEvent.kind == "claimed", CustomerEvent.actor_id),
        (CustomerEvent.kind.in_(FLOW_KINDS[1:]), _uuid_of_text(CustomerEvent.from_value)),
        else_=None,
    ),
    Uuid(),
)
FLOW_DIMENSIONS = Dimensions(
    day=CustomerEvent.created_at, employee=FLOW_EMPLOYEE, customer=CustomerEvent.customer_id
)


def _counted(f: StatFilters) -> Select[Any]:
    """An administrator's flows without narrowing filters, from the per-day counters."""
    day = PoolDayCount.day
    keys = [*bucket_keys(f, day), PoolDayCount.pool_key.label("pool")]

    def total(kind: str) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((PoolDayCount.kind == kind, PoolDayCount.count))), 0)

    return (
        select(
            *keys,
            total("claimed").label("claims"),
            total("released").label("releases"),
            total("returned_to_pool").label("returns"),
            total("converted").label("conversions"),
        )
        .where(day >= f.start, day <= f.end)
        .group_by(*keys)
    )


async def _events(ctx: Ctx, f: StatFilters) -> Select[Any]:
    keys = [
        *bucket_keys(f, business_day(CustomerEvent.created_at)),
        CustomerEvent.pool_id.label("pool"),
    ]
    claimed = CustomerEvent.kind == "claimed"
    stmt: Select[Any] = (
        select(
            *keys,
            count_if(claimed).label("claims"),
            count_if(CustomerEvent.kind == "released").label("releases"),
            count_if(CustomerEvent.kind == "returned_to_pool").label("returns"),
            count_if(and_(claimed, CustomerEvent.converted_at.is_not(None))).label("conversions"),
        )
        .where(CustomerEvent.kind.in_(FLOW_KINDS))
        .group_by(*keys)
    )
    await CustomerRepository(ctx).plan_for_values()
    scope = owner_filter(
        ctx.subject, owner=FLOW_EMPLOYEE, record_id=CustomerEvent.customer_id, shared=None
    )
    if scope is not None:
        stmt = stmt.where(scope)
    return await narrow(ctx, stmt, f, FLOW_DIMENSIONS)


async def pool_flows(ctx: Ctx, f: StatFilters) -> PoolFlowsReport:
    narrowed = any(getattr(f, name) is not None for name in NARROWING)
    if ctx.subject.sees_everything and not narrowed:
        stmt = _counted(f)
    else:
        stmt = await _events(ctx, f)
    result = [row for row in await ctx.session.execute(stmt) if row.claims or row.releases or
              row.returns or row.conversions]  # fmt: skip
    pools = {row.pool for row in result} - {None, NO_KEY}
    names: dict[Any, str] = {}
    if pools:
        found = await ctx.session.execute(
            select(CustomerPool.id, CustomerPool.name).where(CustomerPool.id.in_(pools))
        )
        names = {row.id: row.name for row in found}
    rows = [
        PoolFlowRow(
            period_start=row.period_start if f.bucket else None,
            pool_id=None if row.pool in (None, NO_KEY) else row.pool,
            pool_name=names.get(row.pool),
            claims=int(row.claims),
            releases=int(row.releases),
            returns=int(row.returns),
            conversions=int(row.conversions),
        )
        for row in result
    ]
    rows.sort(key=lambda r: (_period_key(r.period_start), r.pool_id is not None, r.pool_name or ""))
    return PoolFlowsReport.of(f, rows=rows)


register(
    Statistic(
        name="pool-flows",
        title="公海流转统计",
        summary="Public-pool claims, releases and automatic returns per bucket and pool",
        definition="The customers claimed from, released to and returned by the rule to the "
        "public pools in the period (by the business day of the event), per pool, counting the "
        "flows whose employee — the claimer, or the owner the customer left — is in the "
        "caller's scope.",
        permissions=("customer:read",),
        params=StatFilters,
        report=PoolFlowsReport,
        compute=pool_flows,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("pool_name", "公海", "Pool"),
            Column("claims", "领取", "Claims"),
            Column("releases", "退回", "Releases"),
            Column("returns", "自动收回", "Automatic returns"),
            Column("conversions", "领取后成交", "Conversions"),
        ),
        dimensions=FLOW_DIMENSIONS,
    )
)
