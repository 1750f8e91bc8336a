"""Queries of the activity context, each starting from the caller's scope.

An activity follows its customer and its deal: visible (or changeable) to whoever sees (or may
change) either one. Tasks and visits are owned records under the ordinary data scope.

What each is attached to — a deal, a customer, a contact of it — is a ``Link``: attaching needs
the right to change the parent, and a deal speaks for its customer only as far as the deal's
owner may change that customer. An activity is recorded *on* its customer, so every write of
one checks its links again; tasks and visits when a link is set (and a visit's check-in and
check-out, which record on the customer).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Integer, Select, cast, delete, func, select, union_all
from sqlalchemy.orm import selectinload

from salescrm.activities.models import (
    OPEN_STATUSES,
    Activity,
    ActivityParticipant,
    ActivityType,
    CalendarFeed,
    Task,
    Visit,
    VisitStatus,
)
from salescrm.core.clock import utcnow
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.repository import Link, Repository
from salescrm.customers.repository import ContactRepository, CustomerRepository
from salescrm.sales.repository import OpportunityRepository


class ActivityTypeRepository(Repository[ActivityType]):
    model = ActivityType
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "position": "position",
        "code": "code",
    }
    default_sort = "position"
    filters: ClassVar[dict[str, FilterOp]] = {
        "active": eq(ActivityType.active),
        "on_calendar": eq(ActivityType.on_calendar),
    }
    search_columns = ("code", "name")
    unique_fields = ("code",)

    async def by_code(self, code: str) -> ActivityType | None:
        found: ActivityType | None = await self.session.scalar(
            self.readable().where(ActivityType.code == code)
        )
        return found

    async def active(self) -> list[ActivityType]:
        """The active types, in their order (imports read a type by code or name)."""
        stmt = self.readable().where(ActivityType.active.is_(True))
        return list((await self.session.scalars(stmt.order_by(ActivityType.position))).all())

    async def calendar_codes(self) -> list[str]:
        stmt = self.readable().where(ActivityType.on_calendar.is_(True))
        return [t.code for t in await self.session.scalars(stmt)]


def _links(*, always: bool) -> tuple[Link, ...]:
    """A deal of the customer (checked first: a read-only deal is a 403 of its own), the
    customer — or the deal speaking for it — and a contact of that customer."""
    return (
        Link("opportunity_id", OpportunityRepository, of="customer_id", always=always),
        Link("customer_id", CustomerRepository, stand_in="opportunity_id", always=always),
        Link("contact_id", ContactRepository, of="customer_id", follows_of=True, always=always),
    )


def _participant(employee_id: uuid.UUID) -> ColumnElement[bool]:
    taking_part = select(ActivityParticipant.activity_id).where(
        ActivityParticipant.employee_id == employee_id
    )
    return Activity.id.in_(taking_part)


class ActivityRepository(Repository[Activity]):
    model = Activity
    scope_via = ("customer_id", CustomerRepository)
    scope_also = (("opportunity_id", OpportunityRepository),)
    links = _links(always=True)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "occurred_at": "occurred_at",
    }
    default_sort = "-occurred_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "type": eq(Activity.type),
        "customer_id": eq(Activity.customer_id),
        "contact_id": eq(Activity.contact_id),
        "opportunity_id": eq(Activity.opportunity_id),
        "author_id": eq(Activity.author_id),
        "participant_id": _participant,
        "occurred_from": gte(Activity.occurred_at),
        "occurred_to": lte(Activity.occurred_at),
    }
    search_columns = ("subject", "notes")

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Activity.participants),)

    async def record(self, **values: Any) -> Activity:
        """Insert an activity the system records on its own (a visit's, at check-out), without
        the caller's scope re-check of ``create``: the rep's visit is theirs even if its customer
        has been handed on since it was planned."""
        activity = Activity(**values)
        self.session.add(activity)
        await self.flush()
        return activity

    async def set_participants(
        self,
        activity: Activity,
        employee_ids: Sequence[uuid.UUID],
        contact_ids: Sequence[uuid.UUID],
    ) -> None:
        """Replace the participants as a whole, then reload them for the response."""
        await self.session.execute(
            delete(ActivityParticipant).where(ActivityParticipant.activity_id == activity.id)
        )
        rows = [{"employee_id": e} for e in employee_ids] + [{"contact_id": c} for c in contact_ids]
        for position, row in enumerate(rows):
            self.session.add(ActivityParticipant(activity_id=activity.id, position=position, **row))
        await self.flush()
        await self.session.refresh(activity, ["participants"])

    async def meetings_of(
        self, employee_id: uuid.UUID, types: Sequence[str], start: datetime, end: datetime
    ) -> list[Activity]:
        """The calendar activities an employee recorded or took part in, in a window, among
        those the subject (the employee, for their feed) may read. The two ways in are one
        index range each (author and time; participant), not an OR over the whole window."""
        if not types:
            return []
        theirs = union_all(
            select(Activity.id).where(
                Activity.author_id == employee_id,
                Activity.occurred_at >= start,
                Activity.occurred_at < end,
            ),
            select(ActivityParticipant.activity_id).where(
                ActivityParticipant.employee_id == employee_id
            ),
        )
        stmt = (
            self.readable()
            .where(
                Activity.id.in_(theirs),
                Activity.type.in_(list(types)),
                Activity.occurred_at >= start,
                Activity.occurred_at < end,
            )
            .order_by(Activity.occurred_at)
            .limit(2000)
        )
        return list(await self.session.scalars(stmt))


def overdue_at(now: datetime) -> ColumnElement[bool]:
    """Open and past due at ``now``."""
    return Task.status.in_(OPEN_STATUSES) & Task.due_at.is_not(None) & (Task.due_at < now)


def _overdue(value: bool) -> ColumnElement[bool]:
    late = overdue_at(utcnow())
    return late if value else ~late


class TaskRepository(Repository[Task]):
    model = Task
    links = _links(always=False)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "due_at": "due_at",
    }
    default_sort = "-created_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(Task.owner_id),
        "status": lambda values: Task.status.in_(list(values)),
        "priority": eq(Task.priority),
        "customer_id": eq(Task.customer_id),
        "opportunity_id": eq(Task.opportunity_id),
        "contact_id": eq(Task.contact_id),
        "due_from": gte(Task.due_at),
        "due_to": lte(Task.due_at),
        "overdue": _overdue,
    }
    search_columns = ("subject",)

    async def overdue_by_owner(
        self, now: datetime, owner_id: uuid.UUID | None
    ) -> list[tuple[uuid.UUID, int, datetime]]:
        """(assignee, open tasks past due, the oldest due time) in the caller's scope, most
        first; planned for its values (its generic plan reads every open task)."""
        await self.plan_for_values()
        rows = (await self.aggregable()).where(overdue_at(now))
        if owner_id is not None:
            rows = rows.where(Task.owner_id == owner_id)
        late = rows.subquery()
        stmt = (
            select(late.c.owner_id, func.count(), func.min(late.c.due_at))
            .where(late.c.owner_id.is_not(None))
            .group_by(late.c.owner_id)
            .order_by(func.count().desc(), late.c.owner_id)
        )
        return [(owner, count, oldest) for owner, count, oldest in await self.session.execute(stmt)]

    async def due_reminders(self, now: datetime, limit: int) -> list[Task]:
        """Open tasks whose reminder time has come and which have not reminded yet, locked so
        that two workers do not remind twice (no data scope: the job runs for everyone)."""
        stmt = (
            select(Task)
            .where(
                Task.reminded_at.is_(None),
                Task.remind_at <= now,
                Task.deleted_at.is_(None),
                Task.status.in_(OPEN_STATUSES),
            )
            .order_by(Task.remind_at)
            .limit(limit)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list(await self.session.scalars(stmt))

    async def calendar_of(
        self, employee_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[Task]:
        stmt = (
            self.readable()
            .where(
                Task.owner_id == employee_id,
                Task.due_at >= start,
                Task.due_at < end,
            )
            .order_by(Task.due_at)
            .limit(2000)
        )
        return list(await self.session.scalars(stmt))


class VisitRepository(Repository[Visit]):
    model = Visit
    links = _links(always=False)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "planned_at": "planned_at",
    }
    default_sort = "-planned_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(Visit.owner_id),
        "status": eq(Visit.status),
        "customer_id": eq(Visit.customer_id),
        "opportunity_id": eq(Visit.opportunity_id),
        "flagged": eq(Visit.check_in_flagged),
        "clock_skew_flagged": eq(Visit.clock_skew_flagged),
        "planned_from": gte(Visit.planned_at),
        "planned_to": lte(Visit.planned_at),
    }
    search_columns = ("purpose",)

    async def completed_by_owner(
        self, start: datetime, end: datetime, owner_id: uuid.UUID | None
    ) -> list[tuple[uuid.UUID, int, int, int]]:
        """(rep, visits checked out in [start, end), of them flagged, customers visited) in
        the caller's scope, most first."""
        await self.plan_for_values()
        rows = (await self.aggregable()).where(
            Visit.status == VisitStatus.completed.value,
            Visit.check_out_at >= start,
            Visit.check_out_at < end,
            Visit.owner_id.is_not(None),
        )
        if owner_id is not None:
            rows = rows.where(Visit.owner_id == owner_id)
        result = await self.session.execute(_completed_visits(rows))
        return [(owner, count, int(flags), customers) for owner, count, flags, customers in result]

    async def calendar_of(
        self, employee_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[Visit]:
        stmt = (
            self.readable()
            .where(
                Visit.owner_id == employee_id,
                Visit.planned_at >= start,
                Visit.planned_at < end,
            )
            .order_by(Visit.planned_at)
            .limit(2000)
        )
        return list(await self.session.scalars(stmt))


def _completed_visits(
    rows: Select[Any],
) -> Select[Any]:
    done = rows.subquery()
    flagged = func.sum(cast(done.c.check_in_flagged, Integer))
    return (
        select(
            done.c.owner_id,
            func.count(),
            func.coalesce(flagged, 0),
            func.count(func.distinct(done.c.customer_id)),
        )
        .group_by(done.c.owner_id)
        .order_by(func.count().desc(), done.c.owner_id)
    )


class CalendarFeedRepository:
    """An employee's feeds; a feed is found by its token's hash alone (no login)."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def add(self, feed: CalendarFeed) -> None:
        self.session.add(feed)
        await self.session.flush()

    async def of(self, employee_id: uuid.UUID) -> list[CalendarFeed]:
        stmt = (
            select(CalendarFeed)
            .where(CalendarFeed.employee_id == employee_id, CalendarFeed.revoked_at.is_(None))
            .order_by(CalendarFeed.created_at.desc())
        )
        return list(await self.session.scalars(stmt))

    async def own(self, employee_id: uuid.UUID, feed_id: uuid.UUID) -> CalendarFeed | None:
        found: CalendarFeed | None = await self.session.scalar(
            select(CalendarFeed).where(
                CalendarFeed.id == feed_id,
                CalendarFeed.employee_id == employee_id,
                CalendarFeed.revoked_at.is_(None),
            )
        )
        return found

    async def by_hash(self, token_hash: str) -> CalendarFeed | None:
        found: CalendarFeed | None = await self.session.scalar(
            select(CalendarFeed).where(
                CalendarFeed.token_hash == token_hash, CalendarFeed.revoked_at.is_(None)
            )
        )
        return found
