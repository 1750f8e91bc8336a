"""Staff changes: transfers, promotions, status changes and resignations, as dated history.

Every change to an employee's department, manager, position or status goes through here,
whether it comes from ``PATCH /employees/{id}`` (applied at once, effective today) or from
``POST /employees/{id}/changes`` (applied at once, or scheduled for a future date and applied by
the ``apply_due_staff_changes`` job). A resignation hands the leaver's records over to a
successor in the same transaction: every owned record, their direct reports and the
departments they head.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from salescrm.auth.service import AuthService
from salescrm.core import audit
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.errors import Conflict, ValidationFailed, unknown_reference
from salescrm.core.permissions.catalog import ALL
from salescrm.core.uow import Ctx
from salescrm.org.models import Employee, StaffChange, path_of
from salescrm.org.repository import (
    DepartmentRepository,
    EmployeeRepository,
    PositionRepository,
    RoleRepository,
    StaffChangeRepository,
    owned_by,
)
from salescrm.org.sharing import hand_over_memberships

TRACKED = ("department_id", "manager_id", "position_id", "employment_status")


def _invalid(field: str, message: str, kind: str = "value_error") -> ValidationFailed:
    return ValidationFailed.field(["body", field], message, kind)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


def _uuid(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def infer_kind(changes: dict[str, Any]) -> str:
    if changes.get("employment_status") == "resigned":
        return "resignation"
    if "department_id" in changes or "manager_id" in changes:
        return "transfer"
    if "position_id" in changes:
        return "position_change"
    return "status_change"


def audit_roles(
    ctx: Ctx, employee: Employee, before: list[uuid.UUID], after: list[uuid.UUID]
) -> None:
    """Role grants live in a link table; record them on the employee's trail explicitly."""
    audit.record(
        ctx.session.sync_session,
        resource="employee",
        record_id=employee.id,
        action="update",
        changes={"role_ids": (sorted(map(str, before)), sorted(map(str, after)))},
    )


def owned_models() -> list[type[Record]]:
    """Every table whose rows belong to an employee and go to a successor when they leave, as
    contexts add them."""
    return sorted(
        (
            m.class_
            for m in Base.registry.mappers
            if issubclass(m.class_, Owned)
            and issubclass(m.class_, Record)
            and m.class_.__handed_over__
        ),
        key=lambda cls: cls.__tablename__,
    )


#: What a context records when one of its records changes owner in a hand-over or a
#: resignation (a customer's timeline event), called with the record, its former owner, its new
#: one (None: the pool) and the reason. Contexts register theirs, as they register shareables.
OwnerChangeHook = Callable[[Ctx, Any, uuid.UUID, uuid.UUID | None, str | None], Awaitable[None]]
OWNER_CHANGE_HOOKS: dict[str, OwnerChangeHook] = {}


def register_owner_change(resource: str, hook: OwnerChangeHook) -> None:
    OWNER_CHANGE_HOOKS[resource] = hook


def owned_resources() -> list[str]:
    """The resource names of ``owned_models``: what a hand-over plan may name."""
    return sorted(model.__resource__ or model.__tablename__ for model in owned_models())


class StaffChanges:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.session = ctx.session
        self.employees = EmployeeRepository(ctx)

    async def live_employee(self, employee_id: uuid.UUID) -> Employee | None:
        return await self.employees.live(employee_id)

    async def manager_path(
        self, employee_id: uuid.UUID | None, manager_id: uuid.UUID | None
    ) -> str:
        """The chain under a new manager; refuses self-management and cycles (422)."""
        if manager_id is None:
            return "/"
        if manager_id == employee_id:
            raise _invalid("manager_id", "An employee cannot manage themselves", "cycle")
        manager = await self.live_employee(manager_id)
        if manager is None:
            raise unknown_reference(["body", "manager_id"], "employee")
        if employee_id is not None and f"/{employee_id.hex}/" in manager.manager_path:
            raise _invalid("manager_id", "The manager reports to this employee", "cycle")
        return path_of(manager.manager_path, manager.id)

    async def validate(self, employee: Employee, changes: dict[str, Any]) -> None:
        if "manager_id" in changes:
            await self.manager_path(employee.id, _uuid(changes["manager_id"]))

    # ----- recording -----------------------------------------------------------------------
    async def record_immediate(
        self, employee: Employee, changes: dict[str, Any], *, flush: bool = True
    ) -> StaffChange:
        """A change made through the employee resource: effective today, applied now.

        With ``flush=False`` the employee's new values are left for the caller's flush, so that
        one request updates the employee row once (one version, one audit entry).
        """
        effective = [k for k in TRACKED if k in changes and changes[k] != getattr(employee, k)]
        changes = {k: changes[k] for k in effective}
        if "employment_status" in changes and changes["employment_status"] is None:
            raise _invalid("employment_status", "May not be null", "null_not_allowed")
        await self.validate(employee, changes)
        change = StaffChange(
            employee_id=employee.id,
            kind=infer_kind(changes),
            effective_date=utcnow().date(),
            changes={k: _plain(v) for k, v in changes.items()},
            recorded_by=self.ctx.subject.id,
        )
        if changes:
            self.session.add(change)
            await self.apply(change, employee, flush=flush)
        return change

    async def schedule(
        self,
        employee: Employee,
        *,
        kind: str,
        effective_date: date,
        changes: dict[str, Any],
        successor_id: uuid.UUID | None,
        reason: str | None,
    ) -> StaffChange:
        if employee.employment_status == "resigned":
            raise Conflict("employee_resigned")
        if kind == "resignation":
            changes = {**changes, "employment_status": "resigned"}
            await self._check_successor(employee, successor_id)
        await self.validate(employee, changes)
        change = StaffChange(
            employee_id=employee.id,
            kind=kind,
            effective_date=effective_date,
            changes={k: _plain(v) for k, v in changes.items()},
            successor_id=successor_id,
            reason=reason,
            recorded_by=self.ctx.subject.id,
        )
        self.session.add(change)
        if effective_date <= utcnow().date():
            await self.apply(change, employee)
        else:
            await self.session.flush()
        return change

    async def _check_successor(self, employee: Employee, successor_id: uuid.UUID | None) -> None:
        if successor_id is None:
            raise _invalid("successor_id", "A resignation needs a successor", "missing")
        if successor_id == employee.id:
            raise _invalid("successor_id", "The successor cannot be the leaver", "value_error")
        successor = await self.live_employee(successor_id)
        if successor is None or successor.employment_status == "resigned":
            raise unknown_reference(["body", "successor_id"], "active employee")

    async def cancel(self, change: StaffChange) -> StaffChange:
        if change.status != "scheduled":
            raise Conflict("change_not_scheduled", status=change.status)
        change.status = "cancelled"
        await self.session.flush()
        return change

    # ----- applying ------------------------------------------------------------------------
    async def apply(
        self, change: StaffChange, employee: Employee | None = None, *, flush: bool = True
    ) -> None:
        employee = employee or await self.live_employee(change.employee_id)
        if employee is None:
            change.status = "cancelled"
            change.reason = (change.reason or "") + " [employee no longer exists]"
            return
        values = dict(change.changes)
        change.previous = {k: _plain(getattr(employee, k)) for k in values}
        if "manager_id" in values:
            await self._move_chain(employee, _uuid(values["manager_id"]))
        for key in ("department_id", "position_id"):
            if key in values:
                setattr(employee, key, _uuid(values[key]))
        if "employment_status" in values:
            employee.employment_status = values["employment_status"]
        if values.get("employment_status") == "resigned":
            employee.resigned_on = change.effective_date
            await self._end_access(employee)
            if change.successor_id is not None:
                change.handover = await self.hand_over(employee, change.successor_id, change.reason)
        change.status = "applied"
        change.applied_at = utcnow()
        if flush:
            await self.session.flush()

    async def _move_chain(self, employee: Employee, manager_id: uuid.UUID | None) -> None:
        new_path = await self.manager_path(employee.id, manager_id)
        await self.employees.move_reports(
            path_of(employee.manager_path, employee.id), path_of(new_path, employee.id)
        )
        employee.manager_id = manager_id
        employee.manager_path = new_path

    async def _end_access(self, employee: Employee) -> None:
        await AuthService(self.session, self.ctx.settings).disable_login(employee.id, "resigned")

    async def moved_by_hand_over(self, leaver: Employee, successor_id: uuid.UUID) -> list[Employee]:
        """The employees whose manager a hand-over to ``successor_id`` would change today:
        the leaver's direct reports, and the successor if they are in the leaver's team."""
        moved = await self.employees.direct_reports(leaver.id, excluding=successor_id)
        successor = await self.live_employee(successor_id)
        if successor is not None and successor.manager_path.startswith(
            path_of(leaver.manager_path, leaver.id)
        ):
            moved.append(successor)
        return moved

    async def is_administrator(self, employee_id: uuid.UUID) -> bool:
        """Whether the employee holds ``*`` through a live role."""
        roles = await RoleRepository(self.ctx).live_by_ids(
            await self.employees.role_ids(employee_id)
        )
        return any(ALL in role.permissions for role in roles)

    async def hand_over(
        self, leaver: Employee, successor_id: uuid.UUID, reason: str | None = None
    ) -> dict[str, int]:
        """Everything the leaver owned or led goes to the successor, audited record by record."""
        moved: dict[str, int] = {}
        for model in owned_models():
            records = await owned_by(self.session, model, leaver.id)
            hook = OWNER_CHANGE_HOOKS.get(model.__resource__ or model.__tablename__)
            for record in records:
                record.owner_id = successor_id
                restart = getattr(record, "on_new_owner", None)
                if restart is not None:  # e.g. a customer's public-pool clock
                    restart()
                if hook is not None:  # e.g. a customer's timeline
                    await hook(self.ctx, record, leaver.id, successor_id, reason)
            moved[model.__resource__ or model.__tablename__] = len(records)
        owned = {model.__resource__ or model.__tablename__: model for model in owned_models()}
        # Their seats on deal teams and as collaborators too: a leaver cannot use them (the
        # new owners flushed first, so that a seat on what the successor now owns is dropped).
        await self.session.flush()
        memberships = await hand_over_memberships(
            self.ctx, leaver.id, successor_id, owned, dry_run=False
        )
        moved["memberships"] = len(memberships)
        successor = await self.live_employee(successor_id)
        if successor is not None and successor.manager_path.startswith(
            path_of(leaver.manager_path, leaver.id)
        ):
            # A successor from the leaver's own team takes the leaver's place first; otherwise
            # handing the team to them would make them report to themselves or their reports.
            await self._move_chain(successor, leaver.manager_id)
        reports = await self.employees.direct_reports(leaver.id, excluding=successor_id)
        for report in reports:
            await self._move_chain(report, successor_id)
        moved["direct_reports"] = len(reports)
        headed = await DepartmentRepository(self.ctx).headed_by(leaver.id)
        for department in headed:
            department.head_id = successor_id
        moved["departments_headed"] = len(headed)
        return moved

    async def apply_due(self, today: date | None = None) -> int:
        """The scheduled job: apply every change whose date has come, oldest first."""
        today = today or utcnow().date()
        due = await StaffChangeRepository(self.ctx).due(today)
        for change in due:
            employee = await self.live_employee(change.employee_id)
            obstacle = None if employee is None else await self.obstacle(change, employee)
            if obstacle is not None:
                # Checked when it was planned, impossible by its date: it must not block the
                # changes behind it in every later run.
                change.status = "cancelled"
                change.reason = f"{change.reason or ''} [not applied: {obstacle}]".strip()
                continue
            await self.apply(change, employee)
        return len(due)

    async def obstacle(self, change: StaffChange, employee: Employee) -> str | None:
        """Why a scheduled change can no longer be applied as planned (None if it can)."""
        if employee.employment_status == "resigned":
            return "the employee has resigned"
        values = change.changes
        if values.get("department_id") is not None and (
            await DepartmentRepository(self.ctx).live(uuid.UUID(str(values["department_id"])))
            is None
        ):
            return "department_id no longer exists"
        if values.get("position_id") is not None and (
            await PositionRepository(self.ctx).live(uuid.UUID(str(values["position_id"]))) is None
        ):
            return "position_id no longer exists"
        try:
            await self.validate(employee, values)
            if change.kind == "resignation":
                await self._check_successor(employee, change.successor_id)
        except ValidationFailed as exc:
            return "; ".join(str(e["msg"]) for e in exc.errors)
        if change.successor_id is not None and values.get("employment_status") == "resigned":
            # Checked against the team the leaver had when it was recorded; the team may have
            # changed since. Only an administrator may move an administrator (7g), and the job
            # runs as the system: the recorder must be one now for it to go ahead.
            recorder = change.recorded_by
            if recorder is None or not await self.is_administrator(recorder):
                for moved in await self.moved_by_hand_over(employee, change.successor_id):
                    if await self.is_administrator(moved.id):
                        return (
                            "the hand-over would move an administrator; an administrator "
                            "must record it"
                        )
        return None
