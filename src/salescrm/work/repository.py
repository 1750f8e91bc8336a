"""Every query of work management: approval requests in the caller's scope (and those they
approve), steps, history, chain rules, delegations, type settings; schedules (and those one
attends), their notes; status types, statuses, and what the team board reads."""

from __future__ import annotations

import typing
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from sqlalchemy import ColumnElement, Select, and_, delete, func, or_, select, union_all, update
from sqlalchemy.orm import aliased, selectinload

from salescrm.activities.models import Visit, VisitStatus
from salescrm.core.clock import utcnow
from salescrm.core.filtering import FilterOp, eq, gte, lte, one_of
from salescrm.core.repository import Link, Repository
from salescrm.customers.repository import CustomerRepository
from salescrm.org.models import Department, Employee, EmployeeRole, Role, path_ids
from salescrm.org.repository import EmployeeRepository
from salescrm.sales.models import OpportunityLineItem
from salescrm.sales.repository import OpportunityRepository
from salescrm.work.models import (
    ApprovalDelegation,
    ApprovalHistory,
    ApprovalRequest,
    ApprovalRule,
    ApprovalStatus,
    ApprovalStep,
    ApprovalTypeSetting,
    EmployeeStatus,
    Schedule,
    ScheduleAttendee,
    ScheduleNote,
    StatusType,
    StepStatus,
)


def steps_of(employee_id: uuid.UUID, now: datetime, *, pending: bool) -> Select[Any]:
    """The requests with a step of the employee's, or of someone away who delegated to them
    now (a delegation limited to some types is checked again when they decide); ``pending``:
    only steps awaiting a decision. Two branches, each an index lookup on the approver
    (``ix_approval_steps_inbox``), where one ``approver_id = :me OR approver_id IN (…)``
    made PostgreSQL scan every step."""
    own = select(ApprovalStep.request_id).where(ApprovalStep.approver_id == employee_id)
    delegated = (
        select(ApprovalStep.request_id)
        .join(ApprovalDelegation, ApprovalDelegation.owner_id == ApprovalStep.approver_id)
        .where(
            ApprovalDelegation.delegate_id == employee_id,
            ApprovalDelegation.deleted_at.is_(None),
            ApprovalDelegation.starts_at <= now,
            ApprovalDelegation.ends_at > now,
        )
    )
    if pending:
        own = own.where(ApprovalStep.status == StepStatus.pending.value)
        delegated = delegated.where(ApprovalStep.status == StepStatus.pending.value)
    return either(own, delegated)


def awaiting(employee_id: uuid.UUID, now: datetime) -> ColumnElement[bool]:
    """Requests with a step pending for the employee (or their delegators): the inbox."""
    return ApprovalRequest.id.in_(steps_of(employee_id, now, pending=True))


def either(*selects: Select[Any]) -> Select[Any]:
    """The ids any of these one-column statements return, as one ``UNION ALL`` (each member
    read from a subquery: SQLite refuses a parenthesized member of a compound select)."""
    members = [select(statement.subquery().c[0]) for statement in selects]
    return typing.cast(Select[Any], union_all(*members))


class ApprovalRepository(Repository[ApprovalRequest]):
    """The applicant's scope decides who sees a request, and everyone named in its chain sees
    it too (and whoever stands in for them while they are away)."""

    model = ApprovalRequest
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "submitted_at": "submitted_at",
    }
    default_sort = "-created_at"
    search_columns = ("title",)

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(ApprovalRequest.steps),)

    filters: ClassVar[dict[str, FilterOp]] = {
        "type": one_of(ApprovalRequest.type),
        "status": one_of(ApprovalRequest.status),
        "owner_id": eq(ApprovalRequest.owner_id),
        "customer_id": eq(ApprovalRequest.customer_id),
        "opportunity_id": eq(ApprovalRequest.opportunity_id),
        "submitted_from": gte(ApprovalRequest.submitted_at),
        "submitted_to": lte(ApprovalRequest.submitted_at),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        if write or self.ctx.subject.sees_everything or self.ctx.subject.id is None:
            return super().scope(stmt, write=write, shares=shares)
        me = self.ctx.subject.id
        in_chain = steps_of(me, utcnow(), pending=False)
        scoped = super().scope(select(ApprovalRequest.id), shares=shares)
        # One ``IN (… UNION ALL …)``: an OR of two IN lists made PostgreSQL scan every request.
        return stmt.where(ApprovalRequest.id.in_(either(scoped, in_chain)))

    # ----- what a submission checks ----------------------------------------------------------
    async def overlapping(
        self,
        owner_id: uuid.UUID,
        types: Sequence[str],
        starts_at: datetime,
        ends_at: datetime,
        exclude: uuid.UUID | None,
    ) -> ApprovalRequest | None:
        """A live pending or approved request of these types of the applicant whose period
        meets ``[starts_at, ends_at)``."""
        stmt = select(ApprovalRequest).where(
            ApprovalRequest.owner_id == owner_id,
            ApprovalRequest.type.in_(list(types)),
            ApprovalRequest.deleted_at.is_(None),
            ApprovalRequest.status.in_(
                (ApprovalStatus.pending.value, ApprovalStatus.approved.value)
            ),
            ApprovalRequest.starts_at < ends_at,
            ApprovalRequest.ends_at > starts_at,
        )
        if exclude is not None:
            stmt = stmt.where(ApprovalRequest.id != exclude)
        return (await self.session.scalars(stmt.limit(1))).first()

    async def approved_discount(self, opportunity_id: uuid.UUID) -> Decimal | None:
        """The highest discount approved for a deal (None: none approved)."""
        stmt = select(func.max(ApprovalRequest.amount)).where(
            ApprovalRequest.opportunity_id == opportunity_id,
            ApprovalRequest.type == "discount",
            ApprovalRequest.status == ApprovalStatus.approved.value,
            ApprovalRequest.deleted_at.is_(None),
        )
        value = await self.session.scalar(stmt)
        return Decimal(value) if value is not None else None

    async def highest_line_discount(self, opportunity_id: uuid.UUID) -> Decimal:
        stmt = select(func.max(OpportunityLineItem.discount)).where(
            OpportunityLineItem.opportunity_id == opportunity_id,
            OpportunityLineItem.deleted_at.is_(None),
        )
        value = await self.session.scalar(stmt)
        return Decimal(value) if value is not None else Decimal("0")

    async def reload(self, record: ApprovalRequest) -> ApprovalRequest:
        """The request as stored now, its steps loaded (after steps were added or changed)."""
        await self.session.flush()
        await self.session.refresh(record, attribute_names=["steps"])
        return record

    async def locked_for_decision(self, record_id: uuid.UUID) -> None:
        """Take the request's row lock (PostgreSQL) before its steps are read: two decisions
        at once are then one after the other, and the second sees the first."""
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = select(ApprovalRequest.id).where(ApprovalRequest.id == record_id)
            await self.session.execute(stmt.with_for_update())


class StepRepository:
    """The chain of a request and the history beside it."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.session = ctx.session

    def add_steps(self, steps: Iterable[ApprovalStep]) -> None:
        self.session.add_all(list(steps))

    def add_history(self, entry: ApprovalHistory) -> None:
        self.session.add(entry)

    async def drop_undecided(self, request_id: uuid.UUID, round_: int) -> None:
        await self.session.execute(
            delete(ApprovalStep).where(
                ApprovalStep.request_id == request_id,
                ApprovalStep.round == round_,
                ApprovalStep.decided_at.is_(None),
            )
        )

    async def cancel_open(self, request_id: uuid.UUID) -> None:
        await self.session.execute(
            update(ApprovalStep)
            .where(
                ApprovalStep.request_id == request_id,
                ApprovalStep.status.in_((StepStatus.pending.value, StepStatus.waiting.value)),
            )
            .values(status=StepStatus.cancelled.value)
            .execution_options(synchronize_session="fetch")
        )

    async def history(self, request_id: uuid.UUID) -> list[ApprovalHistory]:
        stmt = (
            select(ApprovalHistory)
            .where(ApprovalHistory.request_id == request_id)
            .order_by(ApprovalHistory.created_at, ApprovalHistory.id)
        )
        return list(await self.session.scalars(stmt))

    async def delegates_for(
        self, approver_id: uuid.UUID, delegate_id: uuid.UUID, type_code: str, now: datetime
    ) -> bool:
        """Whether ``delegate_id`` stands in for ``approver_id`` now, for this type."""
        stmt = select(ApprovalDelegation.types).where(
            ApprovalDelegation.owner_id == approver_id,
            ApprovalDelegation.delegate_id == delegate_id,
            ApprovalDelegation.deleted_at.is_(None),
            ApprovalDelegation.starts_at <= now,
            ApprovalDelegation.ends_at > now,
        )
        return any(not types or type_code in types for types in await self.session.scalars(stmt))

    async def standing_in(
        self, approver_id: uuid.UUID, type_code: str, now: datetime
    ) -> list[uuid.UUID]:
        """Who decides for ``approver_id`` now (their delegates for this type)."""
        stmt = select(ApprovalDelegation.delegate_id, ApprovalDelegation.types).where(
            ApprovalDelegation.owner_id == approver_id,
            ApprovalDelegation.deleted_at.is_(None),
            ApprovalDelegation.starts_at <= now,
            ApprovalDelegation.ends_at > now,
        )
        return [
            d for d, types in await self.session.execute(stmt) if not types or type_code in types
        ]

    async def due_reminders(
        self, type_code: str, cutoff: datetime, limit: int
    ) -> list[tuple[ApprovalStep, ApprovalRequest]]:
        """Pending steps of live requests of a type that waited (since they became pending,
        or since the last reminder) longer than the type allows."""
        stmt = (
            select(ApprovalStep, ApprovalRequest)
            .join(ApprovalRequest, ApprovalRequest.id == ApprovalStep.request_id)
            .where(
                ApprovalStep.status == StepStatus.pending.value,
                ApprovalRequest.type == type_code,
                ApprovalRequest.deleted_at.is_(None),
                func.coalesce(ApprovalStep.reminded_at, ApprovalStep.pending_since) < cutoff,
            )
            .order_by(ApprovalStep.pending_since)
            .limit(limit)
        )
        return [(step, request) for step, request in await self.session.execute(stmt)]


class PeopleRepository(EmployeeRepository):
    """The employees a chain, a schedule or a status names, whatever the caller's scope (as
    ``EmployeeRepository.live`` reads one): who is current, who holds a role."""

    async def current_ids(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these are live employees who have not left."""
        wanted = list(ids)
        if not wanted:
            return set()
        stmt = select(Employee.id).where(
            Employee.id.in_(wanted),
            Employee.deleted_at.is_(None),
            Employee.employment_status != "resigned",
        )
        return set(await self.session.scalars(stmt))

    async def holding_role(self, ids: Iterable[uuid.UUID], role_id: uuid.UUID) -> set[uuid.UUID]:
        wanted = list(ids)
        if not wanted:
            return set()
        stmt = select(EmployeeRole.employee_id).where(
            EmployeeRole.employee_id.in_(wanted), EmployeeRole.role_id == role_id
        )
        return set(await self.session.scalars(stmt))


class ApprovalRuleRepository(Repository[ApprovalRule]):
    model = ApprovalRule
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at"}
    filters: ClassVar[dict[str, FilterOp]] = {
        "type": eq(ApprovalRule.type),
        "active": eq(ApprovalRule.active),
    }
    search_columns = ("name",)

    async def matching(self, type_code: str, amount: Decimal) -> ApprovalRule | None:
        """The active rule of the type with the highest threshold the amount reaches."""
        stmt = (
            select(ApprovalRule)
            .where(
                ApprovalRule.type == type_code,
                ApprovalRule.active.is_(True),
                ApprovalRule.deleted_at.is_(None),
                ApprovalRule.min_amount <= amount,
            )
            .order_by(ApprovalRule.min_amount.desc(), ApprovalRule.created_at)
            .limit(1)
        )
        return (await self.session.scalars(stmt)).first()

    async def role_exists(self, role_id: uuid.UUID) -> bool:
        stmt = select(Role.id).where(Role.id == role_id, Role.deleted_at.is_(None))
        return await self.session.scalar(stmt) is not None


class DelegationRepository(Repository[ApprovalDelegation]):
    model = ApprovalDelegation
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "starts_at": "starts_at",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(ApprovalDelegation.owner_id),
        "delegate_id": eq(ApprovalDelegation.delegate_id),
        "active_at": lambda moment: and_(
            ApprovalDelegation.starts_at <= moment, ApprovalDelegation.ends_at > moment
        ),
    }


class TypeSettingRepository(Repository[ApprovalTypeSetting]):
    model = ApprovalTypeSetting
    sort_fields: ClassVar = {"created_at": "created_at", "code": "code"}
    default_sort = "code"
    filters: ClassVar[dict[str, FilterOp]] = {"enabled": eq(ApprovalTypeSetting.enabled)}

    async def of(self, code: str) -> ApprovalTypeSetting | None:
        stmt = select(ApprovalTypeSetting).where(ApprovalTypeSetting.code == code)
        return (await self.session.scalars(stmt)).first()

    async def every(self) -> list[ApprovalTypeSetting]:
        return list(await self.session.scalars(select(ApprovalTypeSetting)))


# ----- schedules ---------------------------------------------------------------------------
def _attending(employee_id: uuid.UUID) -> ColumnElement[bool]:
    attending = select(ScheduleAttendee.schedule_id).where(
        ScheduleAttendee.employee_id == employee_id
    )
    return Schedule.id.in_(attending)


class ScheduleRepository(Repository[Schedule]):
    """The owner's scope decides who sees an event; its attendees see it too."""

    model = Schedule
    links = (
        Link("opportunity_id", OpportunityRepository, of="customer_id"),
        Link("customer_id", CustomerRepository, stand_in="opportunity_id"),
    )
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "starts_at": "starts_at",
    }
    search_columns = ("title", "location")
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": one_of(Schedule.owner_id),
        "kind": one_of(Schedule.kind),
        "customer_id": eq(Schedule.customer_id),
        "opportunity_id": eq(Schedule.opportunity_id),
        "attendee_id": lambda employee_id: _attending(employee_id),
        "ends_after": lambda moment: Schedule.ends_at > moment,
        "starts_before": lambda moment: Schedule.starts_at < moment,
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        subject = self.ctx.subject
        if write or subject.sees_everything or subject.id is None:
            return super().scope(stmt, write=write, shares=shares)
        scoped = super().scope(select(Schedule.id), shares=shares)
        return stmt.where(or_(Schedule.id.in_(scoped.scalar_subquery()), _attending(subject.id)))

    async def set_attendees(self, schedule_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        await self.session.execute(
            delete(ScheduleAttendee).where(ScheduleAttendee.schedule_id == schedule_id)
        )
        self.session.add_all(
            ScheduleAttendee(schedule_id=schedule_id, employee_id=employee_id)
            for employee_id in ids
        )

    async def overlaps(
        self, owner_ids: Sequence[uuid.UUID] | None, start: datetime, end: datetime
    ) -> list[tuple[Schedule, Schedule]]:
        """Pairs of one owner's live events that meet, among events in the caller's scope
        that meet ``[start, end)``."""
        other = aliased(Schedule)
        visible = self.readable().where(Schedule.ends_at > start, Schedule.starts_at < end)
        if owner_ids is not None:
            visible = visible.where(Schedule.owner_id.in_(list(owner_ids)))
        mine = visible.subquery()
        first = aliased(Schedule, mine)
        stmt = (
            select(first, other)
            .join(
                other,
                and_(
                    other.owner_id == first.owner_id,
                    other.id > first.id,
                    other.deleted_at.is_(None),
                    other.starts_at < first.ends_at,
                    other.ends_at > first.starts_at,
                ),
            )
            .order_by(first.starts_at, first.id, other.starts_at)
            .limit(1000)
        )
        return [(a, b) for a, b in await self.session.execute(stmt)]

    async def of_day(
        self, owner_ids: Sequence[uuid.UUID], start: datetime, end: datetime
    ) -> list[Schedule]:
        """The events of these employees (owned) that meet ``[start, end)``, in time order."""
        if not owner_ids:
            return []
        stmt = (
            select(Schedule)
            .where(
                Schedule.owner_id.in_(list(owner_ids)),
                Schedule.deleted_at.is_(None),
                Schedule.ends_at > start,
                Schedule.starts_at < end,
            )
            .order_by(Schedule.starts_at, Schedule.id)
        )
        return list(await self.session.scalars(stmt))

    async def calendar_of(
        self, employee_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[Schedule]:
        """An employee's own events and those they attend, for their calendar feed."""
        stmt = self.readable().where(
            or_(Schedule.owner_id == employee_id, _attending(employee_id)),
            Schedule.ends_at > start,
            Schedule.starts_at < end,
        )
        return list(await self.session.scalars(stmt.order_by(Schedule.starts_at)))


class ScheduleNoteRepository:
    def __init__(self, ctx: Any) -> None:
        self.session = ctx.session

    def add(self, note: ScheduleNote) -> None:
        self.session.add(note)

    async def of(self, schedule_id: uuid.UUID) -> list[ScheduleNote]:
        stmt = (
            select(ScheduleNote)
            .where(ScheduleNote.schedule_id == schedule_id)
            .order_by(ScheduleNote.created_at, ScheduleNote.id)
        )
        return list(await self.session.scalars(stmt))


# ----- statuses ----------------------------------------------------------------------------
class StatusTypeRepository(Repository[StatusType]):
    model = StatusType
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "position": "position",
        "code": "code",
    }
    default_sort = "position"
    filters: ClassVar[dict[str, FilterOp]] = {"active": eq(StatusType.active)}
    search_columns = ("code", "name")
    unique_fields = ("code",)

    async def every(self) -> list[StatusType]:
        """Every type, archived ones too (a status names the type it was set with)."""
        return list(await self.session.scalars(select(StatusType)))

    async def by_code(self, code: str) -> StatusType | None:
        stmt = select(StatusType).where(StatusType.code == code, StatusType.deleted_at.is_(None))
        return (await self.session.scalars(stmt)).first()


class ScopedEmployees(EmployeeRepository):
    """The employees in the caller's scope as work management reads them: the board's page
    (the same scope, filters and order, without each one's roles and login), and the people a
    report counts."""

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return ()

    def people(self, department_id: uuid.UUID | None, *columns: Any) -> Select[Any]:
        """``columns`` of the live, current employees in scope, of a department and those
        below it when one is given."""
        stmt: Select[Any] = select(*columns).where(
            Employee.deleted_at.is_(None), Employee.employment_status != "resigned"
        )
        if department_id is not None:
            subtree = select(Department.id).where(
                Department.deleted_at.is_(None),
                (Department.id == department_id) | Department.path.contains(department_id.hex),
            )
            stmt = stmt.where(Employee.department_id.in_(subtree))
        return self.scope(stmt)

    async def ids(self) -> list[uuid.UUID]:
        """Every current employee in scope."""
        return list(await self.session.scalars(self.people(None, Employee.id)))

    async def rows(self, stmt: Select[Any]) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in await self.session.execute(stmt)]


async def department_chains(session: Any) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Each live department's chain, the top first, itself last."""
    stmt = select(Department.id, Department.path).where(Department.deleted_at.is_(None))
    return {d: [*path_ids(path), d] for d, path in await session.execute(stmt)}


R = TypeVar("R")


def nearest(
    department_id: uuid.UUID | None,
    rules: dict[uuid.UUID | None, R],
    chains: dict[uuid.UUID, list[uuid.UUID]],
) -> R | None:
    """The rule of the nearest department up the tree that has one, else the company's (the
    rule without a department): work rules, journal reminders."""
    for department in reversed(chains.get(department_id, []) if department_id else []):
        if department in rules:
            return rules[department]
    return rules.get(None)


class EmployeeStatusRepository(Repository[EmployeeStatus]):
    model = EmployeeStatus
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "starts_at": "starts_at",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(EmployeeStatus.owner_id),
        "type_id": eq(EmployeeStatus.type_id),
        "active_at": lambda moment: and_(
            EmployeeStatus.starts_at <= moment,
            or_(EmployeeStatus.ends_at.is_(None), EmployeeStatus.ends_at > moment),
        ),
    }

    async def current(
        self, owner_ids: Sequence[uuid.UUID], moment: datetime
    ) -> dict[uuid.UUID, EmployeeStatus]:
        """Each employee's status at ``moment``: of those covering it, the latest started."""
        if not owner_ids:
            return {}
        stmt = (
            select(EmployeeStatus)
            .where(
                EmployeeStatus.owner_id.in_(list(owner_ids)),
                EmployeeStatus.deleted_at.is_(None),
                EmployeeStatus.starts_at <= moment,
                or_(EmployeeStatus.ends_at.is_(None), EmployeeStatus.ends_at > moment),
            )
            .order_by(EmployeeStatus.starts_at, EmployeeStatus.created_at)
        )
        found: dict[uuid.UUID, EmployeeStatus] = {}
        for status in await self.session.scalars(stmt):
            if status.owner_id is not None:
                found[status.owner_id] = status  # the latest start wins
        return found

    async def approved_away(
        self, owner_ids: Sequence[uuid.UUID], moment: datetime
    ) -> dict[uuid.UUID, ApprovalRequest]:
        """Each employee's approved leave or trip covering ``moment``."""
        if not owner_ids:
            return {}
        stmt = select(ApprovalRequest).where(
            ApprovalRequest.owner_id.in_(list(owner_ids)),
            ApprovalRequest.type.in_(("leave", "business_trip")),
            ApprovalRequest.status == ApprovalStatus.approved.value,
            ApprovalRequest.deleted_at.is_(None),
            ApprovalRequest.starts_at <= moment,
            ApprovalRequest.ends_at > moment,
        )
        return {r.owner_id: r for r in await self.session.scalars(stmt) if r.owner_id is not None}

    async def visits_between(
        self, owner_ids: Sequence[uuid.UUID], start: datetime, end: datetime
    ) -> list[Visit]:
        """Visits checked in within ``[start, end)``, and any still open (checked in, not
        out), of these employees."""
        if not owner_ids:
            return []
        stmt = (
            select(Visit)
            .where(
                Visit.owner_id.in_(list(owner_ids)),
                Visit.deleted_at.is_(None),
                Visit.check_in_at.is_not(None),
                or_(
                    and_(Visit.check_in_at >= start, Visit.check_in_at < end),
                    Visit.status == VisitStatus.checked_in.value,
                ),
            )
            .order_by(Visit.check_in_at)
        )
        return list(await self.session.scalars(stmt))
