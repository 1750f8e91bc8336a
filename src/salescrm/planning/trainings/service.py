"""The rules of trainings: periods in order, live references, one trainer (an employee or an
external name), attendees invited (and told) once per session; the attendance summary."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import select

from salescrm.core import i18n
from salescrm.core.errors import ValidationFailed, unknown_reference
from salescrm.core.references import resolve
from salescrm.core.repository import check_live
from salescrm.core.service import ChildCrudService, CrudService
from salescrm.org.models import Employee
from salescrm.planning.plans.models import SalesPlan, SalesStrategy
from salescrm.planning.trainings import schemas
from salescrm.planning.trainings.models import (
    Attendance,
    TrainingAttendee,
    TrainingPlan,
    TrainingSession,
)
from salescrm.planning.trainings.repository import (
    TrainingAttendeeRepository,
    TrainingPlanRepository,
    TrainingSessionRepository,
    rate,
)
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.work.forms import ensure_still_after

i18n.register_messages(
    {
        "notification.training_invited": (
            "You are invited to the training {topic} on {starts_at}",
            "您受邀参加培训「{topic}」,时间 {starts_at}",
        ),
    }
)

_PLAN_REFUSAL = (
    "422 `range_reversed` when the period ends before it starts; 422 `not_found` naming an "
    "unknown sales plan, strategy or owner."
)
_SESSION_REFUSAL = (
    "422 `range_reversed` when ends_at is not after starts_at; 422 `trainer_ambiguous` when "
    "both trainer_id and trainer_name are set; 422 `not_found` naming an unknown plan, trainer "
    "or owner."
)


class TrainingPlanService(CrudService[TrainingPlan]):
    repository = TrainingPlanRepository
    permission = "training"
    permissions: ClassVar = {"assign": "training:write"}
    refusals: ClassVar = {"create": {422: _PLAN_REFUSAL}, "update": {422: _PLAN_REFUSAL}}

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(self, record: TrainingPlan, changes: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(self, values: dict[str, Any], record: TrainingPlan | None) -> dict[str, Any]:
        if record is not None:
            start = values.get("period_start") or record.period_start
            end = values.get("period_end") or record.period_end
            if end < start:
                name = "period_end" if "period_end" in values else "period_start"
                raise ValidationFailed.field(
                    ["body", name], "period_end is before period_start", "range_reversed"
                )
        await check_live(
            self.ctx,
            values,
            (
                ("sales_plan_id", SalesPlan, "sales plan"),
                ("sales_strategy_id", SalesStrategy, "sales strategy"),
                ("owner_id", Employee, "employee"),
            ),
        )
        if values.get("kind") is not None:
            values["kind"] = str(values["kind"])
        return values


class TrainingSessionService(CrudService[TrainingSession]):
    repository = TrainingSessionRepository
    permission = "training"
    permissions: ClassVar = {"assign": "training:write"}
    access: ClassVar = {
        "list": "Requires `training:read`; lists the sessions whose organiser the caller's "
        "data scope covers, and those the caller attends.",
    }
    refusals: ClassVar = {"create": {422: _SESSION_REFUSAL}, "update": {422: _SESSION_REFUSAL}}

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(
        self, record: TrainingSession, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(
        self, values: dict[str, Any], record: TrainingSession | None
    ) -> dict[str, Any]:
        ensure_still_after(values, record)
        trainer = values.get("trainer_id", record.trainer_id if record else None)
        name = values.get("trainer_name", record.trainer_name if record else None)
        if trainer is not None and name is not None:
            field = "trainer_name" if "trainer_name" in values else "trainer_id"
            raise ValidationFailed.field(
                ["body", field],
                "Name an employee (trainer_id) or an external trainer (trainer_name), not both",
                "trainer_ambiguous",
            )
        await check_live(
            self.ctx,
            values,
            (
                ("plan_id", TrainingPlan, "training plan"),
                ("trainer_id", Employee, "employee"),
                ("owner_id", Employee, "employee"),
            ),
        )
        return values

    async def summary(self, params: schemas.TrainingSummaryParams) -> schemas.TrainingSummary:
        self.require("read")
        by_plan = params.by is schemas.TrainingSummaryBy.plan
        rows = await self.repo.summary(  # type: ignore[attr-defined]
            by_plan, params.plan_id, params.starts_from, params.starts_to
        )
        out = [
            schemas.TrainingSummaryRow(
                plan_id=key if by_plan else None,
                session_id=None if by_plan else key,
                sessions=sessions,
                attendees=attendees,
                attended=int(attended),
                attendance_rate=rate(int(attended), attendees),
                average_score=None if score is None else Decimal(f"{score:.2f}"),
            )
            for key, sessions, attendees, attended, score in rows
        ]
        await resolve(self.ctx, out, ())
        return schemas.TrainingSummary(by=params.by, rows=out)


class TrainingAttendeeService(ChildCrudService[TrainingAttendee]):
    repository = TrainingAttendeeRepository
    permission = "training"
    parent_column = "session_id"
    refusals: ClassVar = {
        "create": {
            409: "409 `duplicate` when the employee is already on the session's list.",
            422: "422 `not_found` naming an unknown or former employee.",
        },
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        stmt = select(Employee.id).where(
            Employee.id == values["employee_id"],
            Employee.deleted_at.is_(None),
            Employee.employment_status != "resigned",
        )
        if await self.ctx.session.scalar(stmt) is None:
            raise unknown_reference(["body", "employee_id"], "employee")
        values["status"] = str(values.get("status", Attendance.invited.value))
        return values

    async def prepare_update(
        self, record: TrainingAttendee, changes: dict[str, Any]
    ) -> dict[str, Any]:
        if changes.get("status") is not None:
            changes["status"] = str(changes["status"])
        return changes

    async def create(self, payload: Any) -> tuple[TrainingAttendee, bool]:
        """A new invitation tells the employee (once: on the create, not on a replay)."""
        record, created = await super().create(payload)
        if created and record.status == Attendance.invited.value:
            session = await self.parents.get(self.parent_id)
            notify(
                self.ctx,
                record.employee_id,
                NotificationKind.training,
                "notification.training_invited",
                {"topic": session.topic, "starts_at": session.starts_at.isoformat()},
                resource="training_session",
                record_id=session.id,
            )
        return record, created
