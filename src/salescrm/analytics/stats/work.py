"""Work management's statistics: journals submitted (late, missing), attendance per employee,
and approval requests per type with the time they took to decide.

Journals and attendance are counted per employee in the caller's data scope (the employees'
own scope: ``EmployeeRepository``); approval requests are those the caller may list (their
applicants' scope, and the requests the caller approves, as ``ApprovalRepository`` reads).
"""

from __future__ import annotations

import bisect
import uuid
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Integer, Select, and_, case, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from salescrm.analytics.filters import Dimensions, StatFilters, narrow, no_bucket
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_start, business_day, count_if
from salescrm.core import clock
from salescrm.core.uow import Ctx
from salescrm.org.models import Department, Employee
from salescrm.org.repository import EmployeeRepository
from salescrm.work.attendance import HolidayRepository, Shift
from salescrm.work.journals import JournalRepository
from salescrm.work.models import (
    ApprovalRequest,
    ApprovalStatus,
    AttendanceDay,
    DayStatus,
    HolidayKind,
    Journal,
    JournalPeriod,
    JournalStatus,
)
from salescrm.work.repository import ApprovalRepository

HOUR = Decimal(3600)
CENT = Decimal("0.01")


class iso_weekday(FunctionElement[int]):
    """The ISO weekday (1 Monday … 7 Sunday) of a date column, on both engines."""

    inherit_cache = True
    type = Integer()


@compiles(iso_weekday)
def _iso_weekday_pg(element: iso_weekday, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(ISODOW FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(iso_weekday, "sqlite")
def _iso_weekday_sqlite(element: iso_weekday, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"((CAST(strftime('%w', {value}) AS INTEGER) + 6) % 7 + 1)"


class whole_seconds_between(FunctionElement[int]):
    """Whole seconds from one UTC moment column to another, each cut to the second first (so
    both engines count alike)."""

    inherit_cache = True
    type = Integer()


@compiles(whole_seconds_between)
def _seconds_pg(element: whole_seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"CAST(EXTRACT(EPOCH FROM date_trunc('second', {end})) - "
        f"EXTRACT(EPOCH FROM date_trunc('second', {start})) AS BIGINT)"
    )


@compiles(whole_seconds_between, "sqlite")
def _seconds_sqlite(element: whole_seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER))"


# ----- journals ------------------------------------------------------------------------------
class JournalsRow(BaseModel):
    employee_id: uuid.UUID = Field(description="The author")
    employee_name: str = Field(description="The author's name")
    department_id: uuid.UUID | None = Field(description="The author's department")
    department_name: str | None = Field(description="The department's name")
    submitted: int = Field(description="Journals submitted, for periods starting in the period")
    daily: int = Field(description="Of them, daily journals")
    weekly: int = Field(description="Of them, weekly journals")
    monthly: int = Field(description="Of them, monthly journals")
    late: int = Field(description="Of them, submitted after their period had ended")
    drafts: int = Field(description="Journals for periods starting in the period, not submitted")
    due_days: int = Field(
        description="Working days (company calendar) in the period, up to today, while employed"
    )
    missing_days: int = Field(description="Of those, days without a submitted daily journal")


class JournalsReport(StatReport):
    statistic: Literal["journals"] = "journals"
    rows: list[JournalsRow]


JOURNAL_DIMENSIONS = Dimensions(employee=Employee.id)


async def _working_days(
    ctx: Ctx, start: date, end: date
) -> tuple[list[date], set[date], set[date]]:
    """The working days of ``[start, end]`` up to today by the company calendar (the default
    rule and the holiday calendar, as the journal reminders and submission rates read it),
    and the calendar's holidays and adjusted working days there."""
    calendar = await HolidayRepository(ctx).between(start, end)
    shift = Shift.of(None)
    last = min(end, clock.today())
    days = [
        start + timedelta(days=n)
        for n in range((last - start).days + 1)
        if shift.works(start + timedelta(days=n), calendar)
    ]
    holidays = {d for d, kind in calendar.items() if kind == HolidayKind.holiday.value}
    workdays = {d for d, kind in calendar.items() if kind == HolidayKind.workday.value}
    return days, holidays, workdays


async def journals(ctx: Ctx, f: StatFilters) -> JournalsReport:
    no_bucket(f)
    working, holidays, adjusted = await _working_days(ctx, f.start, f.end)
    day = Journal.period_start
    submitted = Journal.status == JournalStatus.submitted.value
    is_working = or_(
        day.in_(sorted(adjusted)),
        and_(iso_weekday(day).in_([1, 2, 3, 4, 5]), day.not_in(sorted(holidays))),
    )
    employed = and_(
        or_(Employee.hire_date.is_(None), day >= Employee.hire_date),
        or_(Employee.resigned_on.is_(None), day <= Employee.resigned_on),
    )
    per = (
        select(
            Journal.owner_id.label("employee_id"),
            count_if(submitted).label("submitted"),
            count_if(and_(submitted, Journal.period == JournalPeriod.daily.value)).label("daily"),
            count_if(and_(submitted, Journal.period == JournalPeriod.weekly.value)).label("weekly"),
            count_if(and_(submitted, Journal.period == JournalPeriod.monthly.value)).label(
                "monthly"
            ),
            count_if(
                and_(submitted, business_day(Journal.submitted_at) > Journal.period_end)
            ).label("late"),
            count_if(~submitted).label("drafts"),
            count_if(
                and_(
                    submitted,
                    Journal.period == JournalPeriod.daily.value,
                    is_working,
                    employed,
                    day <= clock.today(),
                )
            ).label("daily_due"),
        )
        .join(Employee, Employee.id == Journal.owner_id)
        .where(*await in_scope(ctx, JournalRepository), day >= f.start, day <= f.end)
        .group_by(Journal.owner_id)
        .subquery()
    )
    stmt: Select[Any] = (
        select(
            Employee.id,
            Employee.name,
            Employee.department_id,
            Department.name.label("department_name"),
            Employee.hire_date,
            Employee.resigned_on,
            per.c.submitted,
            per.c.daily,
            per.c.weekly,
            per.c.monthly,
            per.c.late,
            per.c.drafts,
            per.c.daily_due,
        )
        .select_from(Employee)
        .outerjoin(per, per.c.employee_id == Employee.id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(
            *await in_scope(ctx, EmployeeRepository),
            or_(Employee.employment_status != "resigned", per.c.employee_id.is_not(None)),
        )
        .order_by(Department.name, Employee.name, Employee.id)
    )
    stmt = await narrow(ctx, stmt, f, JOURNAL_DIMENSIONS)
    rows = []
    for row in await ctx.session.execute(stmt):
        first = max(f.start, row.hire_date) if row.hire_date else f.start
        last = min(f.end, row.resigned_on) if row.resigned_on else f.end
        due = max(0, bisect.bisect_right(working, last) - bisect.bisect_left(working, first))
        rows.append(
            JournalsRow(
                employee_id=row.id,
                employee_name=row.name,
                department_id=row.department_id,
                department_name=row.department_name,
                submitted=int(row.submitted or 0),
                daily=int(row.daily or 0),
                weekly=int(row.weekly or 0),
                monthly=int(row.monthly or 0),
                late=int(row.late or 0),
                drafts=int(row.drafts or 0),
                due_days=due,
                missing_days=max(0, due - int(row.daily_due or 0)),
            )
        )
    return JournalsReport.of(f, rows=rows)


register(
    Statistic(
        name="journals",
        title="工作日志统计",
        summary="Work journals submitted, late and missing per employee",
        definition="Per employee in the caller's scope, the work journals for periods starting "
        "in the period: submitted (daily, weekly, monthly), submitted after their period ended, "
        "still drafts, and the working days (company calendar, up to today, while employed) "
        "without a submitted daily journal.",
        permissions=("journal:read",),
        params=StatFilters,
        report=JournalsReport,
        compute=journals,
        columns=(
            Column("employee_name", "员工", "Employee"),
            Column("department_name", "部门", "Department"),
            Column("submitted", "已提交", "Submitted"),
            Column("daily", "日报", "Daily"),
            Column("weekly", "周报", "Weekly"),
            Column("monthly", "月报", "Monthly"),
            Column("late", "逾期提交", "Late"),
            Column("drafts", "草稿", "Drafts"),
            Column("due_days", "应交日报天数", "Working days due"),
            Column("missing_days", "缺交日报天数", "Days missing"),
        ),
        dimensions=JOURNAL_DIMENSIONS,
    )
)


# ----- attendance ----------------------------------------------------------------------------
class AttendanceRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    employee_id: uuid.UUID = Field(description="The employee")
    employee_name: str = Field(description="The employee's name")
    department_id: uuid.UUID | None = Field(description="The employee's department")
    department_name: str | None = Field(description="The department's name")
    workdays: int = Field(description="Working days recorded (their rule and the calendar)")
    present: int = Field(
        description="Working days with a punch: normal, late, left early or missing a punch"
    )
    normal: int = Field(description="Days on time")
    late: int = Field(description="Days arrived late (late, or late and left early)")
    left_early: int = Field(description="Days left early (left early, or late and left early)")
    missing_punch: int = Field(description="Days with one of the two punches missing")
    absent: int = Field(description="Working days without a punch, leave or trip")
    on_leave: int = Field(description="Days on approved leave")
    on_trip: int = Field(description="Days on an approved business trip")
    rest_days_worked: int = Field(description="Rest days with time worked")
    late_minutes: int = Field(description="Minutes late, summed")
    early_minutes: int = Field(description="Minutes left early, summed")
    worked_minutes: int = Field(description="Minutes worked, summed")


class AttendanceReport(StatReport):
    statistic: Literal["attendance"] = "attendance"
    rows: list[AttendanceRow]


ATTENDANCE_DIMENSIONS = Dimensions(day=AttendanceDay.day, employee=AttendanceDay.employee_id)


def _days(*statuses: DayStatus) -> Any:
    return count_if(AttendanceDay.status.in_([s.value for s in statuses]))


async def attendance(ctx: Ctx, f: StatFilters) -> AttendanceReport:
    keys: list[Any] = (
        [bucket_start(AttendanceDay.day, f.bucket).label("period_start")] if f.bucket else []
    )
    worked_rest = and_(
        AttendanceDay.status == DayStatus.rest_day.value, AttendanceDay.worked_minutes > 0
    )
    stmt: Select[Any] = (
        select(
            *keys,
            AttendanceDay.employee_id,
            Employee.name,
            Employee.department_id,
            Department.name.label("department_name"),
            count_if(AttendanceDay.workday.is_(True)).label("workdays"),
            _days(
                DayStatus.normal,
                DayStatus.late,
                DayStatus.left_early,
                DayStatus.late_and_left_early,
                DayStatus.missing_punch,
            ).label("present"),
            _days(DayStatus.normal).label("normal"),
            _days(DayStatus.late, DayStatus.late_and_left_early).label("late"),
            _days(DayStatus.left_early, DayStatus.late_and_left_early).label("left_early"),
            _days(DayStatus.missing_punch).label("missing_punch"),
            _days(DayStatus.absent).label("absent"),
            _days(DayStatus.on_leave).label("on_leave"),
            _days(DayStatus.on_trip).label("on_trip"),
            count_if(worked_rest).label("rest_days_worked"),
            func.coalesce(func.sum(AttendanceDay.late_minutes), 0).label("late_minutes"),
            func.coalesce(func.sum(AttendanceDay.early_minutes), 0).label("early_minutes"),
            func.coalesce(func.sum(AttendanceDay.worked_minutes), 0).label("worked_minutes"),
        )
        .select_from(AttendanceDay)
        .join(Employee, Employee.id == AttendanceDay.employee_id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(*await in_scope(ctx, EmployeeRepository))
        .group_by(
            *keys, AttendanceDay.employee_id, Employee.name, Employee.department_id, Department.name
        )
        .order_by(*keys, Department.name, Employee.name, AttendanceDay.employee_id)
    )
    stmt = await narrow(ctx, stmt, f, ATTENDANCE_DIMENSIONS)
    counts = [name for name in AttendanceRow.model_fields if name not in _NAMED]
    rows = [
        AttendanceRow(
            period_start=row.period_start if f.bucket else None,
            employee_id=row.employee_id,
            employee_name=row.name,
            department_id=row.department_id,
            department_name=row.department_name,
            **{name: int(getattr(row, name)) for name in counts},
        )
        for row in await ctx.session.execute(stmt)
    ]
    return AttendanceReport.of(f, rows=rows)


_NAMED = frozenset(
    {"period_start", "employee_id", "employee_name", "department_id", "department_name"}
)

register(
    Statistic(
        name="attendance",
        title="考勤统计",
        summary="Attendance per employee: present, late, early, absent, on leave",
        definition="Per employee in the caller's scope (and bucket), the stored daily "
        "attendance records of the period summed: working days, days present, late, left "
        "early, missing a punch, absent, on leave, on a trip, rest days worked, and the minutes.",
        permissions=("attendance:read",),
        params=StatFilters,
        report=AttendanceReport,
        compute=attendance,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("employee_name", "员工", "Employee"),
            Column("department_name", "部门", "Department"),
            Column("workdays", "应出勤天数", "Working days"),
            Column("present", "出勤天数", "Present"),
            Column("normal", "正常", "Normal"),
            Column("late", "迟到", "Late"),
            Column("left_early", "早退", "Left early"),
            Column("missing_punch", "缺卡", "Missing punch"),
            Column("absent", "旷工", "Absent"),
            Column("on_leave", "请假", "On leave"),
            Column("on_trip", "出差", "On a trip"),
            Column("rest_days_worked", "休息日出勤", "Rest days worked"),
            Column("late_minutes", "迟到分钟", "Minutes late"),
            Column("early_minutes", "早退分钟", "Minutes early"),
            Column("worked_minutes", "工作分钟", "Minutes worked"),
        ),
        dimensions=ATTENDANCE_DIMENSIONS,
    )
)


# ----- approvals -----------------------------------------------------------------------------
class ApprovalsRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    type: str = Field(description="The request type's code")
    requests: int = Field(description="Requests created in the period (bucket)")
    pending: int = Field(description="Of them, pending now")
    returned: int = Field(description="Of them, returned for changes now")
    approved: int = Field(description="Of them, approved")
    rejected: int = Field(description="Of them, rejected")
    withdrawn: int = Field(description="Of them, withdrawn by the applicant")
    decided: int = Field(description="Of them, approved or rejected (a decision time known)")
    average_hours_to_decision: Decimal | None = Field(
        description="Average hours from the last submission to the decision, over the decided "
        "ones (two places; none when none was decided)"
    )


class ApprovalsReport(StatReport):
    statistic: Literal["approvals"] = "approvals"
    rows: list[ApprovalsRow]


APPROVAL_DIMENSIONS = Dimensions(day=ApprovalRequest.created_at, employee=ApprovalRequest.owner_id)


def _status(value: ApprovalStatus) -> Any:
    return count_if(ApprovalRequest.status == value.value)


async def approvals(ctx: Ctx, f: StatFilters) -> ApprovalsReport:
    keys: list[Any] = (
        [bucket_start(business_day(ApprovalRequest.created_at), f.bucket).label("period_start")]
        if f.bucket
        else []
    )
    decided = and_(
        ApprovalRequest.status.in_((ApprovalStatus.approved.value, ApprovalStatus.rejected.value)),
        ApprovalRequest.decided_at.is_not(None),
    )
    seconds = whole_seconds_between(ApprovalRequest.submitted_at, ApprovalRequest.decided_at)
    repository = ApprovalRepository(ctx)
    await repository.plan_for_values()
    stmt: Select[Any] = repository.scope(
        select(
            *keys,
            ApprovalRequest.type,
            func.count().label("requests"),
            _status(ApprovalStatus.pending).label("pending"),
            _status(ApprovalStatus.returned).label("returned"),
            _status(ApprovalStatus.approved).label("approved"),
            _status(ApprovalStatus.rejected).label("rejected"),
            _status(ApprovalStatus.withdrawn).label("withdrawn"),
            count_if(decided).label("decided"),
            func.sum(case((decided, seconds), else_=literal(None))).label("seconds"),
        )
        .where(ApprovalRequest.deleted_at.is_(None))
        .group_by(*keys, ApprovalRequest.type)
        .order_by(*keys, ApprovalRequest.type)
    )
    stmt = await narrow(ctx, stmt, f, APPROVAL_DIMENSIONS)
    rows = []
    for row in await ctx.session.execute(stmt):
        decided_count = int(row.decided)
        average = (
            (Decimal(int(row.seconds)) / decided_count / HOUR).quantize(CENT, ROUND_HALF_UP)
            if decided_count and row.seconds is not None
            else None
        )
        rows.append(
            ApprovalsRow(
                period_start=row.period_start if f.bucket else None,
                type=row.type,
                requests=int(row.requests),
                pending=int(row.pending),
                returned=int(row.returned),
                approved=int(row.approved),
                rejected=int(row.rejected),
                withdrawn=int(row.withdrawn),
                decided=decided_count,
                average_hours_to_decision=average,
            )
        )
    return ApprovalsReport.of(f, rows=rows)


register(
    Statistic(
        name="approvals",
        title="审批统计",
        summary="Approval requests per type: their states and the hours to decide them",
        definition="The approval requests the caller may see created in the period, per type "
        "(and bucket): how many, how many are pending, returned, approved, rejected or withdrawn "
        "now, and the average hours from their last submission to the decision of those "
        "approved or rejected.",
        permissions=("approval:read",),
        params=StatFilters,
        report=ApprovalsReport,
        compute=approvals,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("type", "审批类型", "Type"),
            Column("requests", "申请数", "Requests"),
            Column("pending", "审批中", "Pending"),
            Column("returned", "已退回", "Returned"),
            Column("approved", "已通过", "Approved"),
            Column("rejected", "已驳回", "Rejected"),
            Column("withdrawn", "已撤回", "Withdrawn"),
            Column("decided", "已决定", "Decided"),
            Column("average_hours_to_decision", "平均审批时长(小时)", "Average hours to decide"),
        ),
        dimensions=APPROVAL_DIMENSIONS,
    )
)
