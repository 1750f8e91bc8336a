"""Attendance (考勤): punches from the mobile app, work rules per department, the holiday
calendar with China's adjusted working days (调休), a record per employee and day, monthly
statistics and their export.

A day's record is computed from what decides it — the employee's rule (the nearest department
up the tree with one, else the company's default, else 09:00–18:00 Monday to Friday), the
holiday calendar, their approved leave and trips, their punches — and stored
(``attendance_days``), so that a month of the whole company is a sum over stored rows. It is
computed again whenever one of these changes for it: a punch, an approved leave, trip or
correction; the nightly job settles the day before for everyone (who did not punch is then
absent); ``POST /attendance/recompute`` redoes a period after a rule or the calendar changed.
``GET /attendance/days`` computes the days it shows as it reads them and stores nothing.

How a working day reads, in this order: leave or a trip covering the whole working time → on
leave / on a trip; no punch → absent (pending while the day is not over); one of the two
missing → missing punch; else late when the first check-in is after the start (plus the
flexible minutes, plus the grace), early when the last check-out is before the end (moved by
as much as the arrival used of the flexible time, minus the grace). Leave covering part of the
day moves the start or the end to its edge. A rest day with punches is a rest day worked.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import IO, Any, ClassVar

from chinese_calendar.constants import holidays as statutory_holidays
from chinese_calendar.constants import workdays as adjusted_workdays
from sqlalchemy import Integer, Select, and_, cast, delete, func, insert, literal, select

from salescrm.core import audit, clock, i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import (
    Conflict,
    Duplicate,
    Forbidden,
    ValidationFailed,
    unknown_reference,
)
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.ids import new_id
from salescrm.core.references import Ref
from salescrm.core.repository import Repository
from salescrm.core.service import CrudService, ReadService
from salescrm.core.uow import Ctx, begin_write
from salescrm.org.models import Department, Employee
from salescrm.platform.sheets import Sheet
from salescrm.work import schemas
from salescrm.work.approval_types import TYPES, TypeRules, register
from salescrm.work.forms import ApprovalType, AttendanceCorrectionForm, ensure_still_after
from salescrm.work.models import (
    ApprovalRequest,
    ApprovalStatus,
    AttendanceDay,
    AttendancePunch,
    DayStatus,
    Holiday,
    HolidayKind,
    PunchKind,
    PunchSource,
    StatisticsGroup,
    WorkRule,
)
from salescrm.work.repository import ScopedEmployees, department_chains, nearest

DEFAULT_START, DEFAULT_END = time(9, 0), time(18, 0)
SETTLE_BATCH = 1000

i18n.register_titles(
    {
        "already_checked_in": ("Already checked in", "已上班打卡"),
        "not_checked_in": ("Not checked in", "尚未上班打卡"),
        "year_not_published": ("Year not published", "该年安排尚未公布"),
    }
)
i18n.register_details(
    {
        "already_checked_in": (
            "You checked in at {at} and have not checked out since.",
            "您已于 {at} 上班打卡,尚未下班打卡。",
        ),
        "not_checked_in": (
            "There is no check-in today to check out from.",
            "今天没有可对应的上班打卡。",
        ),
    }
)


class AlreadyCheckedIn(Conflict):
    code = detail_key = "already_checked_in"


class NotCheckedIn(Conflict):
    code = detail_key = "not_checked_in"


# ----- the rules of a day --------------------------------------------------------------------
@dataclass(frozen=True)
class Shift:
    """A rule as the computation reads it."""

    rule_id: uuid.UUID | None
    start: time
    end: time
    grace: timedelta
    flexible: timedelta
    workdays: frozenset[int]
    follows_holidays: bool

    @classmethod
    def of(cls, rule: WorkRule | None) -> Shift:
        if rule is None:
            return cls(
                None,
                DEFAULT_START,
                DEFAULT_END,
                timedelta(),
                timedelta(),
                frozenset({1, 2, 3, 4, 5}),
                True,
            )
        return cls(
            rule.id,
            wall_time(rule.start_time),
            wall_time(rule.end_time),
            timedelta(minutes=rule.grace_minutes),
            timedelta(minutes=rule.flexible_minutes),
            frozenset(rule.workdays),
            rule.follows_holidays,
        )

    def works(self, day: date, calendar: dict[date, str]) -> bool:
        marked = calendar.get(day) if self.follows_holidays else None
        if marked == HolidayKind.holiday.value:
            return False
        if marked == HolidayKind.workday.value:
            return True
        return day.isoweekday() in self.workdays


def wall_time(text: str) -> time:
    """A rule's ``HH:MM`` (work rules, journal reminders)."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _minutes(delta: timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))


def compute_day(
    employee_id: uuid.UUID,
    day: date,
    shift: Shift,
    calendar: dict[date, str],
    punches: Sequence[AttendancePunch],
    away: Sequence[ApprovalRequest],
    now: datetime,
) -> dict[str, Any]:
    """One employee's record of one day (module docstring), as column values."""
    ins = [p.at for p in punches if p.kind == PunchKind.check_in.value]
    outs = [p.at for p in punches if p.kind == PunchKind.check_out.value]
    first_in, last_out = (min(ins) if ins else None), (max(outs) if outs else None)
    worked = _minutes(last_out - first_in) if first_in and last_out and last_out > first_in else 0
    record: dict[str, Any] = {
        "employee_id": employee_id,
        "day": day,
        "workday": shift.works(day, calendar),
        "first_in": first_in,
        "last_out": last_out,
        "late_minutes": 0,
        "early_minutes": 0,
        "worked_minutes": worked,
        "request_id": None,
        "computed_at": now,
    }
    if not record["workday"]:
        record["status"] = DayStatus.rest_day.value
        return record
    start, end = clock.wall_clock(day, shift.start), clock.wall_clock(day, shift.end)
    for request in away:
        if request.starts_at is None or request.ends_at is None:
            continue
        if request.starts_at <= start and request.ends_at >= end:
            record["request_id"] = request.id
            record["status"] = (
                DayStatus.on_leave
                if request.type == ApprovalType.leave.value
                else DayStatus.on_trip
            ).value
            return record
        if request.starts_at <= start < request.ends_at:
            start = request.ends_at  # the morning off: the day starts when the leave ends
        elif request.starts_at < end <= request.ends_at:
            end = request.starts_at  # the afternoon off
    over = now >= end
    if first_in is None and last_out is None:
        record["status"] = (DayStatus.absent if over else DayStatus.pending).value
        return record
    if first_in is None or last_out is None:
        record["status"] = (DayStatus.missing_punch if over else DayStatus.pending).value
        if first_in is not None:
            record["late_minutes"] = _minutes(first_in - (start + shift.flexible + shift.grace))
        return record
    used = min(max(first_in - start, timedelta()), shift.flexible)
    late = _minutes(first_in - (start + shift.flexible + shift.grace))
    early = _minutes((end + used - shift.grace) - last_out)
    record["late_minutes"], record["early_minutes"] = late, early
    if late and early:
        record["status"] = DayStatus.late_and_left_early.value
    elif late:
        record["status"] = DayStatus.late.value
    elif early:
        record["status"] = DayStatus.left_early.value
    else:
        record["status"] = DayStatus.normal.value
    return record


# ----- repositories --------------------------------------------------------------------------
class HolidayRepository(Repository[Holiday]):
    model = Holiday
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "day": "day"}
    default_sort = "day"
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": eq(Holiday.kind),
        "year": lambda year: and_(
            Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31)
        ),
    }
    search_columns = ("name",)
    unique_fields = ("day",)

    async def between(self, first: date, last: date) -> dict[date, str]:
        stmt = select(Holiday.day, Holiday.kind).where(
            Holiday.deleted_at.is_(None), Holiday.day >= first, Holiday.day <= last
        )
        rows = await self.session.execute(stmt)
        return {row[0]: row[1] for row in rows}

    async def of_year(self, year: int) -> dict[date, Holiday]:
        stmt = select(Holiday).where(
            Holiday.deleted_at.is_(None),
            Holiday.day >= date(year, 1, 1),
            Holiday.day <= date(year, 12, 31),
        )
        return {h.day: h for h in await self.session.scalars(stmt)}


class WorkRuleRepository(Repository[WorkRule]):
    model = WorkRule
    filters: ClassVar[dict[str, FilterOp]] = {"department_id": eq(WorkRule.department_id)}
    search_columns = ("name",)
    unique_fields = ("department_id",)

    async def live(self) -> list[WorkRule]:
        return list(
            await self.session.scalars(select(WorkRule).where(WorkRule.deleted_at.is_(None)))
        )

    async def default(self) -> WorkRule | None:
        """The company's default rule (the one without a department)."""
        stmt = select(WorkRule).where(
            WorkRule.deleted_at.is_(None), WorkRule.department_id.is_(None)
        )
        return (await self.session.scalars(stmt)).first()

    async def department_exists(self, department_id: uuid.UUID) -> bool:
        stmt = select(Department.id).where(
            Department.id == department_id, Department.deleted_at.is_(None)
        )
        return await self.session.scalar(stmt) is not None


class PunchRepository(Repository[AttendancePunch]):
    model = AttendancePunch
    sort_fields: ClassVar = {"created_at": "created_at", "at": "at"}
    default_sort = "-at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(AttendancePunch.owner_id),
        "day_from": gte(AttendancePunch.day),
        "day_to": lte(AttendancePunch.day),
    }

    async def of_days(
        self, employee_ids: Sequence[uuid.UUID], first: date, last: date
    ) -> dict[tuple[uuid.UUID, date], list[AttendancePunch]]:
        found: dict[tuple[uuid.UUID, date], list[AttendancePunch]] = defaultdict(list)
        if not employee_ids:
            return found
        stmt = (
            select(AttendancePunch)
            .where(
                AttendancePunch.owner_id.in_(list(employee_ids)),
                AttendancePunch.deleted_at.is_(None),
                AttendancePunch.day >= first,
                AttendancePunch.day <= last,
            )
            .order_by(AttendancePunch.at)
        )
        for punch in await self.session.scalars(stmt):
            if punch.owner_id is not None:
                found[(punch.owner_id, punch.day)].append(punch)
        return found

    def add(self, punch: AttendancePunch) -> None:
        self.session.add(punch)

    async def last_of_day(self, employee_id: uuid.UUID, day: date) -> AttendancePunch | None:
        stmt = (
            select(AttendancePunch)
            .where(
                AttendancePunch.owner_id == employee_id,
                AttendancePunch.day == day,
                AttendancePunch.deleted_at.is_(None),
            )
            .order_by(AttendancePunch.at.desc())
            .limit(1)
        )
        return (await self.session.scalars(stmt)).first()


class AttendanceRepository:
    """The stored days, what computing them reads, and the month's sums."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.session = ctx.session

    async def employees(self, ids: Sequence[uuid.UUID]) -> list[Employee]:
        if not ids:
            return []
        stmt = select(Employee).where(Employee.id.in_(list(ids)), Employee.deleted_at.is_(None))
        return list(await self.session.scalars(stmt))

    async def away(
        self, employee_ids: Sequence[uuid.UUID], start: datetime, end: datetime
    ) -> dict[uuid.UUID, list[ApprovalRequest]]:
        found: dict[uuid.UUID, list[ApprovalRequest]] = defaultdict(list)
        if not employee_ids:
            return found
        stmt = select(ApprovalRequest).where(
            ApprovalRequest.owner_id.in_(list(employee_ids)),
            ApprovalRequest.type.in_((ApprovalType.leave.value, ApprovalType.business_trip.value)),
            ApprovalRequest.status == ApprovalStatus.approved.value,
            ApprovalRequest.deleted_at.is_(None),
            ApprovalRequest.starts_at < end,
            ApprovalRequest.ends_at > start,
        )
        for request in await self.session.scalars(stmt):
            if request.owner_id is not None:
                found[request.owner_id].append(request)
        return found

    async def replace(
        self, employee_ids: Sequence[uuid.UUID], first: date, last: date, rows: list[dict[str, Any]]
    ) -> None:
        await self.session.execute(
            delete(AttendanceDay).where(
                AttendanceDay.employee_id.in_(list(employee_ids)),
                AttendanceDay.day >= first,
                AttendanceDay.day <= last,
            )
        )
        if rows:
            await self.session.execute(insert(AttendanceDay), rows)

    async def current_ids(self, after: uuid.UUID | None, limit: int) -> list[uuid.UUID]:
        """Current employees, a batch at a time by id (the nightly settlement)."""
        stmt = select(Employee.id).where(
            Employee.deleted_at.is_(None), Employee.employment_status != "resigned"
        )
        if after is not None:
            stmt = stmt.where(Employee.id > after)
        return list(await self.session.scalars(stmt.order_by(Employee.id).limit(limit)))

    async def sums(
        self, people: Select[Any], first: date, last: date, group: StatisticsGroup
    ) -> list[tuple[Any, ...]]:
        """Rows of ``(employee id, employee name, department id, department name, employees,
        *StatisticsCounts)`` (per department: no employee), the names read with the sums: a
        month of the company is 10,000 names, which a lookup by id list would bind one by
        one. The days are summed per employee first, then joined to the people."""
        status = AttendanceDay.status

        def days(*values: DayStatus) -> Any:
            return func.sum(cast(status.in_([v.value for v in values]), Integer))

        rest_worked = and_(status == DayStatus.rest_day.value, AttendanceDay.worked_minutes > 0)
        counts = [
            func.sum(cast(AttendanceDay.workday, Integer)),
            days(DayStatus.normal),
            days(DayStatus.late, DayStatus.late_and_left_early),
            days(DayStatus.left_early, DayStatus.late_and_left_early),
            days(DayStatus.missing_punch),
            days(DayStatus.absent),
            days(DayStatus.on_leave),
            days(DayStatus.on_trip),
            func.sum(cast(rest_worked, Integer)),
            func.sum(AttendanceDay.late_minutes),
            func.sum(AttendanceDay.early_minutes),
            func.sum(AttendanceDay.worked_minutes),
        ]
        ids = people.with_only_columns(Employee.id).order_by(None)
        per = (
            select(AttendanceDay.employee_id, *(c.label(f"c{i}") for i, c in enumerate(counts)))
            .where(
                AttendanceDay.day >= first,
                AttendanceDay.day <= last,
                AttendanceDay.employee_id.in_(ids),
            )
            .group_by(AttendanceDay.employee_id)
            .subquery()
        )
        summed = [per.c[f"c{i}"] for i in range(len(counts))]
        joined = (
            select()
            .select_from(per)
            .join(Employee, Employee.id == per.c.employee_id)
            .outerjoin(Department, Department.id == Employee.department_id)
        )
        if group is StatisticsGroup.employee:
            stmt = joined.add_columns(
                per.c.employee_id, Employee.name, Employee.department_id, Department.name,
                literal(1), *summed,
            )  # fmt: skip
        else:
            stmt = joined.add_columns(
                literal(None), literal(None), Employee.department_id, Department.name,
                func.count(), *(func.sum(c) for c in summed),
            ).group_by(Employee.department_id, Department.name)  # fmt: skip
        return [tuple(row) for row in await self.session.execute(stmt)]


# ----- computing days ------------------------------------------------------------------------
class Days:
    """Computes and stores the records of some employees over some days."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.store = AttendanceRepository(ctx)

    async def recompute(self, employee_ids: Sequence[uuid.UUID], first: date, last: date) -> int:
        """Compute the days and store them in place of what was stored."""
        ids = list(dict.fromkeys(employee_ids))
        rows = await self.compute(ids, first, last)
        await self.store.replace(ids, first, last, rows)
        return len(rows)

    async def compute(
        self, ids: Sequence[uuid.UUID], first: date, last: date
    ) -> list[dict[str, Any]]:
        """The records of these employees over these days (up to today), as column values."""
        employees = await self.store.employees(ids)
        if not employees or last < first:
            return []
        rules = await WorkRuleRepository(self.ctx).live()
        by_department = {r.department_id: r for r in rules}
        chains = await department_chains(self.ctx.session)
        calendar = await HolidayRepository(self.ctx).between(first, last)
        punches = await PunchRepository(self.ctx).of_days(ids, first, last)
        start = clock.day_start(first)
        end = clock.day_start(last + timedelta(days=1))
        away = await self.store.away(ids, start, end)
        now = utcnow()
        today = clock.today()
        rows = []
        for employee in employees:
            shift = Shift.of(nearest(employee.department_id, by_department, chains))
            # Only the days they were employed (hired, and not yet gone).
            day = max(first, employee.hire_date or first)
            until = min(last, today, employee.resigned_on or last)
            while day <= until:
                rows.append(
                    compute_day(
                        employee.id,
                        day,
                        shift,
                        calendar,
                        punches.get((employee.id, day), []),
                        away.get(employee.id, []),
                        now,
                    )
                )
                day += timedelta(days=1)
        return rows


def period_days(request: ApprovalRequest) -> tuple[date, date] | None:
    if request.starts_at is None or request.ends_at is None:
        return None
    return clock.business_date(request.starts_at), clock.business_date(request.ends_at)


async def recompute_away(ctx: Ctx, request: ApprovalRequest, _form: Any) -> None:
    """An approved leave or trip: the days it covers are computed again."""
    days = period_days(request)
    if days is not None and request.owner_id is not None:
        await Days(ctx).recompute([request.owner_id], *days)


async def check_correction(
    ctx: Ctx, form: AttendanceCorrectionForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    if form.at > utcnow():
        raise ValidationFailed.field(
            ["body", "form", "at"], "A correction is for a time past", "correction_in_future"
        )


async def apply_correction(
    ctx: Ctx, request: ApprovalRequest, form: AttendanceCorrectionForm
) -> None:
    """The missed punch is added (source ``correction``) and its day computed again."""
    if request.owner_id is None:
        return
    day = clock.business_date(form.at)
    punches = PunchRepository(ctx)
    punches.add(
        AttendancePunch(
            owner_id=request.owner_id,
            kind=form.punch.value,
            at=form.at,
            day=day,
            source=PunchSource.correction.value,
            note=form.reason[:500],
            request_id=request.id,
        )
    )
    await punches.flush()
    await Days(ctx).recompute([request.owner_id], day, day)


for _code in (ApprovalType.leave.value, ApprovalType.business_trip.value):
    register(_code, TypeRules(check=TYPES[_code].check, effect=recompute_away))
register(
    ApprovalType.attendance_correction.value,
    TypeRules(check=check_correction, effect=apply_correction),
)


# ----- services ------------------------------------------------------------------------------
class HolidayService(CrudService[Holiday]):
    repository = HolidayRepository
    permission = "attendance"
    permissions: ClassVar = {
        "read": "attendance:read",
        "write": "attendance:configure",
        "delete": "attendance:configure",
    }

    async def import_year(self, year: int) -> schemas.HolidayImportResult:
        """The year's public holidays and adjusted working days from the maintained calendar
        (``chinese_calendar``): added where missing, renamed or re-kinded where they differ;
        days an administrator added stay."""
        self.require("write")
        wanted = {
            day: (HolidayKind.holiday.value, name)
            for day, name in statutory_holidays.items()
            if day.year == year
        }
        wanted.update(
            {
                day: (HolidayKind.workday.value, name)
                for day, name in adjusted_workdays.items()
                if day.year == year
            }
        )
        if not wanted:
            raise ValidationFailed.field(
                ["body", "year"],
                "The holiday calendar does not know this year yet (not announced, or the "
                "package needs an update): add its days by hand",
                "year_not_published",
            )
        holidays: HolidayRepository = self.repo  # type: ignore[assignment]
        known = await holidays.of_year(year)
        added = changed = 0
        for day, (kind, english) in sorted(wanted.items()):
            name = _HOLIDAY_NAMES.get(english, english)
            found = known.get(day)
            if found is None:
                await holidays.create({"day": day, "kind": kind, "name": name})
                added += 1
            elif (found.kind, found.name) != (kind, name):
                await holidays.update(found, {"kind": kind, "name": name}, None)
                changed += 1
        kinds = [k for k, _ in wanted.values()]
        return schemas.HolidayImportResult(
            year=year,
            holidays=kinds.count(HolidayKind.holiday.value),
            workdays=kinds.count(HolidayKind.workday.value),
            added=added,
            changed=changed,
        )


_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


class WorkRuleService(CrudService[WorkRule]):
    repository = WorkRuleRepository
    permission = "attendance"
    permissions: ClassVar = {
        "read": "attendance:read",
        "write": "attendance:configure",
        "delete": "attendance:configure",
    }
    refusals: ClassVar = {
        "update": {422: "422 `range_reversed` when the end would be before the start."}
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values, None)

    async def prepare_update(self, record: WorkRule, changes: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(self, values: dict[str, Any], record: WorkRule | None) -> dict[str, Any]:
        rules: WorkRuleRepository = self.repo  # type: ignore[assignment]
        department = values.get("department_id")
        if department is not None and not await rules.department_exists(department):
            raise unknown_reference(["body", "department_id"], "department")
        if record is None and department is None and await rules.default() is not None:
            raise Duplicate(
                resource="work_rule", field="department_id", extensions={"field": "department_id"}
            )
        if record is not None:
            ensure_still_after(values, record, ("start_time", "end_time"))
        if values.get("workdays") is not None:
            values["workdays"] = sorted(set(values["workdays"]))
        return values


class PunchService(ReadService[AttendancePunch]):
    repository = PunchRepository
    permission = "attendance"

    async def punch(self, kind: PunchKind, payload: schemas.PunchIn) -> AttendancePunch:
        """The caller checks in or out now (their own punch only)."""
        self.require("write")
        me = self.ctx.subject.id
        if me is None:
            raise Forbidden("forbidden_action", permission="attendance:write")
        now = utcnow()
        day = clock.business_date(now)
        # One at a time per employee: two check-ins sent at once are one and a 409.
        await begin_write(self.ctx.session, f"attendance:{me}")
        punches: PunchRepository = self.repo  # type: ignore[assignment]
        last = await punches.last_of_day(me, day)
        if kind is PunchKind.check_in and last is not None and last.kind == kind.value:
            at = f"{clock.business_time(last.at):%H:%M}"
            raise AlreadyCheckedIn(at=at)
        if kind is PunchKind.check_out and last is None:
            raise NotCheckedIn()
        punch = AttendancePunch(
            owner_id=me,
            kind=kind.value,
            at=now,
            day=day,
            source=PunchSource.app.value,
            **payload.model_dump(),
        )
        punches.add(punch)
        await punches.flush()
        await Days(self.ctx).recompute([me], day, day)
        return punch


class AttendanceService:
    """Daily records, monthly statistics, their export, and computing a period again."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.store = AttendanceRepository(ctx)
        self.employees = ScopedEmployees(ctx)

    def require(self, permission: str) -> None:
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)

    async def _visible(self, employee_id: uuid.UUID, loc: list[str | int]) -> Employee:
        """An employee in the caller's scope (404-free: a 422 naming the parameter)."""
        found = await self.employees.find(employee_id)
        if found is None:
            raise unknown_reference(loc, "employee")
        return found

    async def days(self, params: schemas.AttendanceDayParams) -> list[AttendanceDay]:
        self.require("attendance:read")
        me = self.ctx.subject.id
        employee_id = params.employee_id or me
        if employee_id is None:
            raise unknown_reference(["query", "employee_id"], "employee")
        if employee_id != me:
            await self._visible(employee_id, ["query", "employee_id"])
        # Computed as they are read (a read changes nothing): days not settled yet, today's or
        # those before the nightly run, read as they will be stored.
        rows = await Days(self.ctx).compute([employee_id], params.day_from, params.day_to)
        return [AttendanceDay(**row) for row in rows]

    async def recompute(self, payload: schemas.RecomputeIn) -> int:
        self.require("attendance:configure")
        if payload.employee_id is not None:
            await self._visible(payload.employee_id, ["body", "employee_id"])
            ids = [payload.employee_id]
        else:
            ids = await self.employees.ids()
        days = Days(self.ctx)
        total = 0
        for index in range(0, len(ids), SETTLE_BATCH):
            total += await days.recompute(
                ids[index : index + SETTLE_BATCH], payload.day_from, payload.day_to
            )
        return total

    async def statistics(self, params: schemas.StatisticsParams) -> schemas.AttendanceStatistics:
        self.require("attendance:read")
        first, last = _month(params.month)
        rows = await self.store.sums(
            self.employees.people(params.department_id, Employee.id), first, last, params.group
        )
        out: list[schemas.StatisticsRow] = []
        totals: dict[str, int] = defaultdict(int)
        fields = list(schemas.StatisticsCounts.model_fields)
        for employee_id, employee, department_id, department, employees, *counts in rows:
            values = {name: int(value or 0) for name, value in zip(fields, counts, strict=True)}
            for name, value in values.items():
                totals[name] += value
            row = schemas.StatisticsRow(
                employee_id=employee_id,
                department_id=department_id,
                employees=int(employees),
                **values,
            )
            # The names came with the sums (a summary is never read from input: set it).
            row.employee = _ref(employee_id, employee)
            row.department = _ref(department_id, department)
            out.append(row)
        named = out
        named.sort(
            key=lambda r: (
                (r.department.name or "") if r.department else "",
                (r.employee.name or "") if r.employee else "",
                str(r.employee_id),
            )
        )
        return schemas.AttendanceStatistics(
            month=params.month,
            group=params.group,
            rows=named,
            totals=schemas.StatisticsCounts(**{f: totals[f] for f in fields}),
        )

    async def export(self, params: schemas.StatisticsExportParams) -> IO[bytes]:
        """The statistics as a sheet with Chinese headers; audited as an export."""
        report = await self.statistics(params)
        header = [
            "员工",
            "部门",
            "人数",
            "应出勤天数",
            "正常",
            "迟到",
            "早退",
            "缺卡",
            "旷工",
            "请假",
            "出差",
            "休息日出勤",
            "迟到分钟",
            "早退分钟",
            "工作分钟",
        ]
        sheet = Sheet(params.format, f"考勤统计 {params.month}", header)
        fields = list(schemas.StatisticsCounts.model_fields)
        for row in report.rows:
            sheet.add(
                [
                    row.employee.name if row.employee else None,
                    row.department.name if row.department else None,
                    row.employees,
                    *(getattr(row, f) for f in fields),
                ]
            )
        sheet.add(["合计", None, None, *(getattr(report.totals, f) for f in fields)])
        await begin_write(self.ctx.session)
        audit.record(
            self.ctx.session.sync_session,
            resource="attendance_export",
            record_id=new_id(),
            action="export",
            changes={
                "format": (None, params.format),
                "filters": (None, params.model_dump(mode="json", exclude_defaults=True)),
                "rows": (None, len(report.rows)),
            },
        )
        return sheet.finish()


def _ref(record_id: uuid.UUID | None, name: str | None) -> Ref | None:
    """A person's or a department's name, read with the statistics (both are named beside
    any record: docs/permissions.md#names-beside-ids)."""
    return None if record_id is None else Ref(id=record_id, name=name, deleted=False)


def _month(text: str) -> tuple[date, date]:
    year, month = (int(part) for part in text.split("-"))
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


async def settle_yesterday(ctx: Ctx, today: date | None = None) -> int:
    """The nightly job: everyone's record of the day before, final (who did not punch is
    absent), a batch of employees at a time."""
    day = (today or clock.today()) - timedelta(days=1)
    store, days, total = AttendanceRepository(ctx), Days(ctx), 0
    after = None
    while ids := await store.current_ids(after, SETTLE_BATCH):
        total += await days.recompute(ids, day, day)
        after = ids[-1]
        await ctx.session.flush()
    return total
