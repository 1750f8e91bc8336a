"""Every query of training plans, sessions and attendees, starting from the caller's scope.

A session is seen by whoever's data scope covers its organiser (``owner_id``), and by each of
its attendees; its attendees are seen (and changed) exactly when the session is."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Float, Select, and_, case, cast, exists, func, or_, select

from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.permissions.scope import scope_predicate
from salescrm.core.repository import Repository
from salescrm.planning.trainings.models import (
    Attendance,
    TrainingAttendee,
    TrainingPlan,
    TrainingSession,
)


def _attends(employee: Any) -> Any:
    return exists().where(
        TrainingAttendee.session_id == TrainingSession.id,
        TrainingAttendee.employee_id == employee,
        TrainingAttendee.deleted_at.is_(None),
    )


class TrainingPlanRepository(Repository[TrainingPlan]):
    model = TrainingPlan
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "title": "title",
        "period_start": "period_start",
    }
    search_columns = ("title",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": eq(TrainingPlan.kind),
        "sales_plan_id": eq(TrainingPlan.sales_plan_id),
        "owner_id": eq(TrainingPlan.owner_id),
        "active_on": lambda day: and_(
            TrainingPlan.period_start <= day, TrainingPlan.period_end >= day
        ),
    }


class TrainingSessionRepository(Repository[TrainingSession]):
    model = TrainingSession
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "starts_at": "starts_at",
        "topic": "topic",
    }
    search_columns = ("topic",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "plan_id": eq(TrainingSession.plan_id),
        "trainer_id": eq(TrainingSession.trainer_id),
        "owner_id": eq(TrainingSession.owner_id),
        "attendee_id": _attends,
        "starts_from": gte(TrainingSession.starts_at),
        "starts_to": lte(TrainingSession.starts_at),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """The organiser's data scope; for reading, also the sessions the caller attends."""
        subject = self.ctx.subject
        if subject.sees_everything:
            return stmt
        owned = scope_predicate(
            subject,
            owner=TrainingSession.owner_id,
            resource=self.resource,
            record_id=TrainingSession.id,
            write=write,
            shares=shares,
        )
        branches = [] if owned is None else [owned]
        if not write and subject.id is not None:
            branches.append(_attends(subject.id))
        return stmt.where(or_(*branches)) if branches else stmt.where(TrainingSession.id.is_(None))

    async def summary(
        self,
        by_plan: bool,
        plan_id: uuid.UUID | None,
        starts_from: datetime | None,
        starts_to: datetime | None,
    ) -> list[Any]:
        """Sessions, attendees, attended, attendance rate and average score per plan (or per
        session) over the sessions in scope: one grouped statement."""
        sessions = self.readable()
        if plan_id is not None:
            sessions = sessions.where(TrainingSession.plan_id == plan_id)
        if starts_from is not None:
            sessions = sessions.where(TrainingSession.starts_at >= starts_from)
        if starts_to is not None:
            sessions = sessions.where(TrainingSession.starts_at <= starts_to)
        seen = sessions.with_only_columns(TrainingSession.id, TrainingSession.plan_id).subquery()
        attended = case((TrainingAttendee.status == Attendance.attended.value, 1), else_=0)
        key = seen.c.plan_id if by_plan else seen.c.id
        stmt = (
            select(
                key,
                func.count(func.distinct(seen.c.id)),
                func.count(TrainingAttendee.id),
                func.coalesce(func.sum(attended), 0),
                func.avg(cast(TrainingAttendee.score, Float)),
            )
            .select_from(seen)
            .outerjoin(
                TrainingAttendee,
                and_(
                    TrainingAttendee.session_id == seen.c.id,
                    TrainingAttendee.deleted_at.is_(None),
                ),
            )
            .group_by(key)
            .order_by(key)
        )
        return list(await self.session.execute(stmt))


class TrainingAttendeeRepository(Repository[TrainingAttendee]):
    model = TrainingAttendee
    scope_via = ("session_id", TrainingSessionRepository)
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at"}
    filters: ClassVar[dict[str, FilterOp]] = {
        "status": eq(TrainingAttendee.status),
        "employee_id": eq(TrainingAttendee.employee_id),
    }
    unique_fields = ("employee_id",)


def rate(part: int, whole: int) -> Decimal | None:
    return None if whole == 0 else (Decimal(part) * 100 / whole).quantize(Decimal("0.01"))
