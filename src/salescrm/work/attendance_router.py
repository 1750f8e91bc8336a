"""Routes of attendance: ``/holidays`` (and their import), ``/work-rules``, the punches, the
daily records, the monthly statistics and their export (``work.attendance`` computes them)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import StreamingResponse

from salescrm.core import events, i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.jobs import Job
from salescrm.core.references import present, present_one
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.platform.audit import register_reference_audit
from salescrm.platform.sheets import MEDIA_TYPES, content_disposition, stream
from salescrm.work import schemas
from salescrm.work.attendance import (
    AttendanceService,
    HolidayService,
    PunchRepository,
    PunchService,
    WorkRuleService,
    settle_yesterday,
)
from salescrm.work.models import AttendancePunch, PunchKind

# ----- routes ------------------------------------------------------------------------------
CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {
        "holiday": "节假日",
        "work_rule": "考勤规则",
        "attendance_punch": "打卡记录",
        "attendance_export": "考勤导出",
    },
    {
        "start_time": "上班时间",
        "end_time": "下班时间",
        "grace_minutes": "宽限分钟",
        "flexible_minutes": "弹性分钟",
        "workdays": "工作日",
        "follows_holidays": "遵循法定节假日",
    },
)
register_reference_audit("holiday", "work_rule")
events.publish(AttendancePunch, schemas.PunchOut, PunchRepository, "attendance:read")

holidays_router = crud_router(
    CrudSpec(
        path="/holidays",
        name="holidays",
        tag="work",
        singular="holiday",
        service=HolidayService,
        read_schema=schemas.HolidayOut,
        create_schema=schemas.HolidayCreate,
        update_schema=schemas.HolidayUpdate,
        list_params=schemas.HolidayListParams,
    )
)
import_router = APIRouter(prefix="/holidays", tags=["work"], route_class=UnitOfWorkRoute)


@import_router.post(
    "/import",
    name="holidays_import",
    summary="Import a year's public holidays and adjusted working days (调休)",
    description="Requires `attendance:configure`. Reads the year from the maintained calendar "
    "package the server runs with: days missing are added, days that differ are corrected, "
    "days added by hand stay. 422 `year_not_published` when the package does not know the "
    "year yet (add its days by hand with `POST /holidays`).",
    response_model=schemas.HolidayImportResult,
    responses=error_responses(400, 401, 403, 415, 422),
)
async def import_holidays(ctx: CtxDep, body: schemas.HolidayImportIn) -> Any:
    return await HolidayService(ctx).import_year(body.year)


rules_router = crud_router(
    CrudSpec(
        path="/work-rules",
        name="work_rules",
        tag="work",
        singular="work rule",
        service=WorkRuleService,
        read_schema=schemas.WorkRuleOut,
        create_schema=schemas.WorkRuleCreate,
        update_schema=schemas.WorkRuleUpdate,
        list_params=schemas.WorkRuleListParams,
    )
)
attendance_router = APIRouter(prefix="/attendance", tags=["work"], route_class=UnitOfWorkRoute)

_PUNCH = (
    "Requires `attendance:write`; the caller's own punch, at the server's time, counted for "
    "the business day it falls on. The day's record is computed again at once."
)


@attendance_router.post(
    "/check-in",
    name="attendance_check_in",
    summary="Check in for work now (from the mobile app, with the position)",
    description=f"{_PUNCH} 409 `already_checked_in` while the day's last punch is a check-in "
    "(check out first).",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.PunchOut,
    responses=error_responses(400, 401, 403, 409, 415, 422),
)
async def check_in(ctx: CtxDep, body: schemas.PunchIn) -> Any:
    punch = await PunchService(ctx).punch(PunchKind.check_in, body)
    return await present_one(ctx, schemas.PunchOut, punch)


@attendance_router.post(
    "/check-out",
    name="attendance_check_out",
    summary="Check out from work now",
    description=f"{_PUNCH} 409 `not_checked_in` without a check-in that day.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.PunchOut,
    responses=error_responses(400, 401, 403, 409, 415, 422),
)
async def check_out(ctx: CtxDep, body: schemas.PunchIn) -> Any:
    punch = await PunchService(ctx).punch(PunchKind.check_out, body)
    return await present_one(ctx, schemas.PunchOut, punch)


@attendance_router.get(
    "/days",
    name="attendance_days",
    summary="An employee's daily records over a period (at most 62 days)",
    description="Requires `attendance:read`; the caller's own, or an employee in their data "
    "scope (422 naming `employee_id` otherwise). The days are computed as they are read (a "
    "read stores nothing): those not settled yet read as they will be.",
    response_model=schemas.AttendanceDayList,
    responses=error_responses(401, 403, 422),
)
async def attendance_days(
    ctx: CtxDep, params: Annotated[schemas.AttendanceDayParams, Query()]
) -> Any:
    found = await AttendanceService(ctx).days(params)
    return {"items": await present(ctx, schemas.AttendanceDayOut, found)}


_STATISTICS = (
    "Requires `attendance:read`; counts the settled days (the nightly job, every punch and "
    "approval) of the employees in the caller's data scope, of a department and the "
    "departments below it when `department_id` is given."
)


@attendance_router.get(
    "/statistics",
    name="attendance_statistics",
    summary="A month's attendance per employee or per department, with totals",
    description=_STATISTICS,
    response_model=schemas.AttendanceStatistics,
    responses=error_responses(401, 403, 422),
)
async def attendance_statistics(
    ctx: CtxDep, params: Annotated[schemas.StatisticsParams, Query()]
) -> Any:
    return await AttendanceService(ctx).statistics(params)


@attendance_router.get(
    "/statistics/export",
    name="attendance_statistics_export",
    summary="The month's statistics as XLSX (or CSV), with Chinese headers",
    description=f"{_STATISTICS} Every export is audited (an `export` entry of resource "
    "`attendance_export`).",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The file (Content-Disposition names it)",
            "content": {MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["xlsx"]: {}},
        },
        **error_responses(401, 403, 422),
    },
)
async def export_statistics(
    ctx: CtxDep, params: Annotated[schemas.StatisticsExportParams, Query()]
) -> StreamingResponse:
    file = await AttendanceService(ctx).export(params)
    return StreamingResponse(
        stream(file),
        media_type=MEDIA_TYPES[params.format],
        headers={
            "Content-Disposition": content_disposition(
                f"考勤统计-{params.month}", f"attendance-{params.month}", params.format
            )
        },
    )


@attendance_router.post(
    "/recompute",
    name="attendance_recompute",
    summary="Compute a period's daily records again (after a rule or the calendar changed)",
    description="Requires `attendance:configure`; everyone in the caller's data scope, or one "
    "employee. At most 62 days.",
    response_model=schemas.RecomputeResult,
    responses=error_responses(400, 401, 403, 415, 422),
)
async def recompute(ctx: CtxDep, body: schemas.RecomputeIn) -> Any:
    return {"days": await AttendanceService(ctx).recompute(body)}


punches_router = crud_router(
    CrudSpec(
        path="/attendance/punches",
        name="attendance_punches",
        tag="work",
        singular="punch",
        service=PunchService,
        read_schema=schemas.PunchOut,
        list_params=schemas.PunchListParams,
        operations=frozenset({"list", "get"}),
    )
)

JOBS = [Job("settle_attendance", 86_400, settle_yesterday)]
#: ``/holidays/import`` before ``/holidays/{id}``.
routers: list[APIRouter] = [
    import_router,
    holidays_router,
    rules_router,
    attendance_router,
    punches_router,
]
