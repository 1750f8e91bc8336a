"""The salesperson's status (工作状态) and the team board a leader opens every morning.

A status is set by hand (``/employee-statuses``: a type, from when, until when or until the
next one), or derived: an approved leave or business trip covering the moment, an open visit
check-in. What someone is doing *now* is, in this order: the latest status set by hand that
covers now, an approved leave, an approved trip, an open check-in. Derived statuses are not
stored: approving, withdrawing or checking out changes them at once.

The board (``/team-board``) lists everyone in the caller's data scope over employees, a page
at a time, each with their status now, the day's schedule and the day's visit check-ins: five
queries per page whatever its size.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query

from salescrm.activities.models import Visit
from salescrm.core import clock, i18n
from salescrm.core.clock import utcnow
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import Forbidden, error_responses, unknown_reference
from salescrm.core.pagination import sort_enum
from salescrm.core.references import present, register_kind
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.org.models import Employee
from salescrm.org.repository import EmployeeRepository
from salescrm.platform.audit import register_reference_audit
from salescrm.work import schemas
from salescrm.work.forms import ensure_still_after
from salescrm.work.models import (
    ApprovalRequest,
    EmployeeStatus,
    Schedule,
    StatusSource,
    StatusType,
)
from salescrm.work.repository import (
    EmployeeStatusRepository,
    PeopleRepository,
    ScheduleRepository,
    ScopedEmployees,
    StatusTypeRepository,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]

#: The codes of the seeded types the derived statuses show as.
DERIVED_CODES = {
    StatusSource.leave: "on_leave",
    StatusSource.business_trip: "business_trip",
    StatusSource.visit: "visiting_customers",
}


class StatusTypeService(CrudService[StatusType]):
    repository = StatusTypeRepository
    permission = "status_type"
    permissions: ClassVar = {
        "read": "employee_status:read",
        "write": "status_type:write",
        "delete": "status_type:write",
    }


class EmployeeStatusService(CrudService[EmployeeStatus]):
    repository = EmployeeStatusRepository
    permission = "employee_status"

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        if values.get("starts_at") is None:
            values["starts_at"] = utcnow()
            # Started now by default: an end given is checked against now.
            ensure_still_after(values, None)
        return await self._checked(values)

    async def prepare_update(
        self, record: EmployeeStatus, changes: dict[str, Any]
    ) -> dict[str, Any]:
        ensure_still_after(changes, record)
        return await self._checked(changes)

    async def _checked(self, values: dict[str, Any]) -> dict[str, Any]:
        type_id = values.get("type_id")
        if type_id is not None:
            found = await StatusTypeRepository(self.ctx).find(type_id)
            if found is None or not found.active:
                raise unknown_reference(["body", "type_id"], "active status type")
        owner = values.get("owner_id")
        if (
            owner is not None
            and owner != self.ctx.subject.id
            and not await PeopleRepository(self.ctx).current_ids([owner])
        ):
            raise unknown_reference(["body", "owner_id"], "current employee")
        return values


class BoardService:
    """Everyone in the caller's scope with their status now, their day's schedule and their
    day's check-ins."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.employees = ScopedEmployees(ctx)
        self.statuses = EmployeeStatusRepository(ctx)
        self.schedules = ScheduleRepository(ctx)

    async def board(self, params: schemas.BoardParams) -> schemas.Board:
        for permission in ("employee_status:read", "schedule:read", "visit:read"):
            if not self.ctx.subject.can(permission):
                raise Forbidden("forbidden_action", permission=permission)
        day = params.day or clock.today()
        start = clock.day_start(day)
        end = clock.day_start(day + timedelta(days=1))
        where = [Employee.employment_status != "resigned"]
        # ``day`` chooses the day, not the rows; department and manager are employee filters.
        rest = params.model_copy(update={"day": None})
        page = await self.employees.list(rest, where=where)
        ids = [employee.id for employee in page.items]
        now = utcnow()
        moment = now if start <= now < end else start
        manual = await self.statuses.current(ids, moment)
        away = await self.statuses.approved_away(ids, moment)
        visits = await self.statuses.visits_between(ids, start, end)
        events = await self.schedules.of_day(ids, start, end)
        types = {t.id: t for t in await StatusTypeRepository(self.ctx).every()}
        by_code = {t.code: t for t in types.values()}
        visits_of: dict[uuid.UUID | None, list[Visit]] = defaultdict(list)
        for visit in visits:
            visits_of[visit.owner_id].append(visit)
        events_of: dict[uuid.UUID | None, list[schemas.BoardEvent]] = defaultdict(list)
        for event in events:
            events_of[event.owner_id].append(_event(event))
        rows = []
        for employee in page.items:
            mine = visits_of.get(employee.id, [])
            rows.append(
                schemas.BoardRow(
                    employee_id=employee.id,
                    department_id=employee.department_id,
                    status=_status(
                        manual.get(employee.id), away.get(employee.id), mine, types, by_code
                    ),
                    schedule=events_of.get(employee.id, []),
                    check_ins=[_check_in(v) for v in mine if start <= v.check_in_at < end],  # type: ignore[operator]
                )
            )
        return schemas.Board(
            day=day,
            items=await present(self.ctx, schemas.BoardRow, rows),
            next_cursor=page.next_cursor,
            total=page.total,
        )


def _type_status(
    source: StatusSource,
    kind: StatusType | None,
    since: datetime | None,
    until: datetime | None,
    record_id: uuid.UUID,
    note: str | None,
) -> schemas.CurrentStatus:
    code = kind.code if kind is not None else DERIVED_CODES.get(source, source.value)
    if kind is None:
        name = i18n.label("StatusSource", source.value)
    elif i18n.current_language.get().startswith("zh") or not kind.name_en:
        name = kind.name
    else:
        name = kind.name_en
    return schemas.CurrentStatus(
        source=source, code=code, name=name, since=since, until=until, record_id=record_id,
        note=note,
    )  # fmt: skip


def _status(
    manual: EmployeeStatus | None,
    away: ApprovalRequest | None,
    visits: list[Visit],
    types: dict[uuid.UUID, StatusType],
    by_code: dict[str, StatusType],
) -> schemas.CurrentStatus | None:
    """What the employee is doing now, by the order of the module docstring."""
    if manual is not None:
        kind = types.get(manual.type_id)
        return _type_status(
            StatusSource.manual, kind, manual.starts_at, manual.ends_at, manual.id, manual.note
        )
    if away is not None:
        source = StatusSource(away.type)
        return _type_status(
            source, by_code.get(DERIVED_CODES[source]), away.starts_at, away.ends_at, away.id,
            away.title,
        )  # fmt: skip
    open_visits = [v for v in visits if v.check_out_at is None and v.status == "checked_in"]
    if open_visits:
        visit = open_visits[-1]
        return _type_status(
            StatusSource.visit, by_code.get(DERIVED_CODES[StatusSource.visit]), visit.check_in_at,
            None, visit.id, visit.purpose,
        )  # fmt: skip
    return None


def _event(event: Schedule) -> schemas.BoardEvent:
    return schemas.BoardEvent(
        id=event.id, title=event.title, kind=event.kind, starts_at=event.starts_at,
        ends_at=event.ends_at, location=event.location, customer_id=event.customer_id,
    )  # fmt: skip


def _check_in(visit: Visit) -> schemas.BoardCheckIn:
    return schemas.BoardCheckIn(
        visit_id=visit.id, customer_id=visit.customer_id, check_in_at=visit.check_in_at,
        check_out_at=visit.check_out_at, purpose=visit.purpose,
    )  # fmt: skip


# ----- routes ------------------------------------------------------------------------------
i18n.register_names(
    {"employee_status": "工作状态", "status_type": "状态类型"},
    {"type_id": "状态类型", "note": "说明"},
)
register_kind("status_type", StatusType)
register_reference_audit("status_type")

board_router = APIRouter(prefix="/team-board", tags=["work"], route_class=UnitOfWorkRoute)


@board_router.get(
    "",
    name="team_board",
    summary="The team board: everyone in the caller's scope, their status now, the day's "
    "schedule and check-ins",
    description="Requires `employee_status:read`, `schedule:read` and `visit:read`. Lists the "
    "employees in the caller's data scope (not those who left), a page at a time; the status "
    "is the one set by hand covering now, else an approved leave or trip, else an open visit "
    "check-in (`source` says which). For another `day`, the status at its start.",
    response_model=schemas.Board,
    responses=error_responses(401, 403, 422),
)
@sort_enum(EmployeeRepository)
async def team_board(ctx: CtxDep, params: Annotated[schemas.BoardParams, Query()]) -> Any:
    return await BoardService(ctx).board(params)


statuses = crud_router(
    CrudSpec(
        path="/employee-statuses",
        name="employee_statuses",
        tag="work",
        singular="employee status",
        service=EmployeeStatusService,
        read_schema=schemas.EmployeeStatusOut,
        create_schema=schemas.EmployeeStatusCreate,
        update_schema=schemas.EmployeeStatusUpdate,
        list_params=schemas.EmployeeStatusListParams,
    )
)
types = crud_router(
    CrudSpec(
        path="/status-types",
        name="status_types",
        tag="work",
        singular="status type",
        service=StatusTypeService,
        read_schema=schemas.StatusTypeOut,
        create_schema=schemas.StatusTypeCreate,
        update_schema=schemas.StatusTypeUpdate,
        list_params=schemas.StatusTypeListParams,
    )
)

routers: list[APIRouter] = [board_router, statuses, types]
