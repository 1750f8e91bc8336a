"""Business rules of activities, tasks and visits.

* An activity is about a customer the caller sees (404 otherwise) and, optionally, one of its
  contacts and deals. Recording one counts as a follow-up for the public-pool rule, and a next
  follow-up date creates a task for its author.
* A task's assignee is its owner: giving a task to someone else needs ``task:assign``. Changing
  its reminder time arms the reminder again; the ``remind_due_tasks`` job delivers it.
* A visit is checked in and out by the rep who makes it, from the mobile app, with coordinates;
  the server measures the distance from the customer and flags a check-in too far away. Checking
  out records a visit activity, which counts as a follow-up.
"""

from __future__ import annotations

import contextlib
import math
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, ClassVar

from pydantic import BaseModel

from salescrm.activities import schemas
from salescrm.activities.exceptions import VisitClosed, VisitNotCheckedIn, VisitNotPlanned
from salescrm.activities.models import (
    OPEN_STATUSES,
    Activity,
    ActivityType,
    Task,
    TaskStatus,
    Visit,
    VisitStatus,
)
from salescrm.activities.repository import (
    ActivityRepository,
    ActivityTypeRepository,
    TaskRepository,
    VisitRepository,
)
from salescrm.core.clock import business_time, day_start, utcnow
from salescrm.core.errors import Forbidden, NotFound, ValidationFailed
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import ContactRepository, CustomerRepository
from salescrm.customers.service import touch_follow_up
from salescrm.org.repository import EmployeeRepository
from salescrm.platform.notifications import notify
from salescrm.sales.models import Opportunity
from salescrm.sales.repository import OpportunityRepository

EARTH_RADIUS_M = 6_371_008.8  # the mean radius (IUGG)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine): metres-accurate at a visit's scale."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def _invalid(field: str, message: str, kind: str = "not_found") -> ValidationFailed:
    return ValidationFailed.field(["body", field], message, kind)


class Links:
    """The records an activity, task or visit is about, checked against the caller's scope.

    A customer or a deal the caller cannot see is a 404, as if it did not exist; a contact or a
    deal of another customer is a 422 naming the field."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        #: Customers the caller reaches only through a deal they see (a deal-team member).
        self.vouched: set[uuid.UUID] = set()

    async def customer(
        self, customer_id: uuid.UUID, opportunity: Opportunity | None = None
    ) -> Customer:
        found = await CustomerRepository(self.ctx).find(customer_id)
        if found is not None:
            return found
        # A deal-team member sees the deal, not always its customer: the deal vouches for it.
        if opportunity is not None and opportunity.customer_id == customer_id:
            customer = await self.ctx.session.get(Customer, customer_id)
            if customer is not None and customer.deleted_at is None:
                self.vouched.add(customer_id)
                return customer
        raise NotFound(resource="customer", id=str(customer_id))

    async def reach(self, customer_id: uuid.UUID, opportunity_id: uuid.UUID | None) -> None:
        """Note whether the caller reaches an existing record's customer only through its deal
        (then that customer's contacts may be named, as on create)."""
        deal = None
        if opportunity_id is not None:
            deal = await OpportunityRepository(self.ctx).find(opportunity_id)
        with contextlib.suppress(NotFound):
            await self.customer(customer_id, deal)

    async def opportunity(
        self, opportunity_id: uuid.UUID | None, customer_id: uuid.UUID | None
    ) -> Opportunity | None:
        if opportunity_id is None:
            return None
        deal = await OpportunityRepository(self.ctx).get(opportunity_id)
        if customer_id is not None and deal.customer_id != customer_id:
            raise _invalid("opportunity_id", "Not a deal of this customer", "wrong_customer")
        return deal

    async def contacts(
        self, customer_id: uuid.UUID | None, ids: Sequence[uuid.UUID], field: str
    ) -> None:
        if not ids:
            return
        if customer_id is None:
            raise _invalid(field, "A contact needs the customer it belongs to", "missing")
        # The deal's customer's contacts count whoever may see that customer.
        scoped = customer_id not in self.vouched
        found = await ContactRepository(self.ctx).customer_of(list(ids), scoped=scoped)
        if any(found.get(contact_id) != customer_id for contact_id in ids):
            raise _invalid(field, "Not a contact of this customer", "wrong_customer")

    async def employees(self, ids: Sequence[uuid.UUID], field: str) -> None:
        employees = EmployeeRepository(self.ctx)
        for employee_id in ids:
            if await employees.current(employee_id) is None:
                raise _invalid(field, "No such current employee")

    async def check(self, values: dict[str, Any], record: Any = None) -> Customer | None:
        """Check the links among ``values`` (with the record's current ones for the rest);
        return the customer when one is linked."""
        customer_id = values.get("customer_id", getattr(record, "customer_id", None))
        moved = record is None or "customer_id" in values
        deal_id = values.get("opportunity_id", getattr(record, "opportunity_id", None))
        deal = None
        if moved or "opportunity_id" in values:
            deal = await self.opportunity(deal_id, customer_id)
        customer = None
        if customer_id is not None and moved:
            customer = await self.customer(customer_id, deal)
        # A record moved to another customer takes its contact along only if it is the new
        # customer's (and so does its deal, checked above).
        contact_id = values.get("contact_id", getattr(record, "contact_id", None))
        if contact_id is not None and (moved or "contact_id" in values):
            await self.contacts(customer_id, [contact_id], "contact_id")
        if "owner_id" in values and values["owner_id"] is not None:
            await self.employees([values["owner_id"]], "owner_id")
        return customer


# ----- activity types ------------------------------------------------------------------------
class ActivityTypeService(CrudService[ActivityType]):
    """Read by whoever reads activities, configured with ``activity_type:write``."""

    repository = ActivityTypeRepository
    permission = "activity_type"
    permissions: ClassVar = {"read": "activity:read", "delete": "activity_type:write"}


# ----- activities ----------------------------------------------------------------------------
class ActivityService(CrudService[Activity]):
    repository = ActivityRepository
    permission = "activity"

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.activities: ActivityRepository = self.repo  # type: ignore[assignment]
        self.links = Links(ctx)

    async def _type(self, code: str) -> None:
        found = await ActivityTypeRepository(self.ctx).by_code(code)
        if found is None or not found.active:
            raise _invalid("type", "No such active activity type")

    async def create(self, payload: BaseModel) -> tuple[Activity, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        employee_ids = values.pop("employee_ids", [])
        contact_ids = values.pop("contact_ids", [])
        await self._type(values["type"])
        customer = await self.links.check(values)
        await self.links.contacts(values["customer_id"], contact_ids, "contact_ids")
        await self.links.employees(employee_ids, "employee_ids")
        values.setdefault("occurred_at", utcnow())
        values["author_id"] = self.ctx.subject.id
        activity, created = await self.repo.create(values)
        if not created:
            return activity, False
        await self.activities.set_participants(activity, employee_ids, contact_ids)
        if activity.next_follow_up_at is not None and self.ctx.subject.id is not None:
            activity.follow_up_task_id = (await self._follow_up_task(activity)).id
        if customer is not None:
            await touch_follow_up(self.ctx, customer, at=activity.occurred_at, event=False)
        await self.repo.flush()
        return activity, True

    async def _follow_up_task(self, activity: Activity) -> Task:
        task, _ = await TaskRepository(self.ctx).create(
            {
                "subject": f"跟进：{activity.subject}"[:200],
                "owner_id": self.ctx.subject.id,
                "created_by_id": self.ctx.subject.id,
                "due_at": activity.next_follow_up_at,
                "remind_at": activity.next_follow_up_at,
                "customer_id": activity.customer_id,
                "contact_id": activity.contact_id,
                "opportunity_id": activity.opportunity_id,
                "activity_id": activity.id,
            }
        )
        return task

    async def update(
        self, record_id: uuid.UUID, payload: BaseModel, expected: int | None
    ) -> Activity:
        self.require("write")
        activity = await self.repo.get_for_write(record_id)
        changes = payload.model_dump(exclude_unset=True)
        employee_ids = changes.pop("employee_ids", None)
        contact_ids = changes.pop("contact_ids", None)
        if changes.get("type") is not None and changes["type"] != activity.type:
            await self._type(changes["type"])
        if contact_ids is not None or changes.get("contact_id") is not None:
            await self.links.reach(activity.customer_id, activity.opportunity_id)
        await self.links.check(changes, activity)
        if contact_ids is not None:
            await self.links.contacts(activity.customer_id, contact_ids, "contact_ids")
        if employee_ids is not None:
            await self.links.employees(employee_ids, "employee_ids")
        moved = "occurred_at" in changes and changes["occurred_at"] != activity.occurred_at
        activity = await self.repo.update(activity, changes, expected)
        if employee_ids is not None or contact_ids is not None:
            await self.activities.set_participants(
                activity,
                activity.employee_ids if employee_ids is None else employee_ids,
                activity.contact_ids if contact_ids is None else contact_ids,
            )
        if "next_follow_up_at" in changes:
            await self._reschedule(activity)
        if moved:
            customer = await self.ctx.session.get(Customer, activity.customer_id)
            if customer is not None:
                await touch_follow_up(self.ctx, customer, at=activity.occurred_at, event=False)
        await self.repo.flush()
        return activity

    async def _reschedule(self, activity: Activity) -> None:
        """A next follow-up date set later creates the task (for whoever sets it, as on
        create); a changed one moves the open task and arms its reminder again; cleared, it
        leaves the task to its assignee."""
        due = activity.next_follow_up_at
        if due is None:
            return
        task = None
        if activity.follow_up_task_id is not None:
            task = await self.ctx.session.get(Task, activity.follow_up_task_id)
        if task is None or task.deleted_at is not None:
            if self.ctx.subject.id is not None:
                activity.follow_up_task_id = (await self._follow_up_task(activity)).id
        elif task.status in OPEN_STATUSES and task.due_at != due:
            task.due_at = task.remind_at = due
            task.reminded_at = None


# ----- tasks ---------------------------------------------------------------------------------
class TaskService(CrudService[Task]):
    repository = TaskRepository
    permission = "task"

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.tasks: TaskRepository = self.repo  # type: ignore[assignment]
        self.links = Links(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self.links.check(values)
        values["created_by_id"] = self.ctx.subject.id
        return values

    async def prepare_update(self, record: Task, changes: dict[str, Any]) -> dict[str, Any]:
        await self.links.check(changes, record)
        status = changes.get("status")
        if status is not None and status != record.status:
            done = status == TaskStatus.done.value
            changes["completed_at"] = utcnow() if done else None
        if "remind_at" in changes and changes["remind_at"] != record.remind_at:
            changes["reminded_at"] = None
        return changes

    async def overdue(self, owner_id: uuid.UUID | None) -> schemas.OverdueReport:
        """Open tasks past due, counted per assignee in the caller's scope."""
        self.require("read")
        rows = await self.tasks.overdue_by_owner(utcnow(), owner_id)
        return schemas.OverdueReport(
            items=[
                schemas.OverdueCount(owner_id=owner, overdue=count, oldest_due_at=oldest)
                for owner, count, oldest in rows
            ]
        )


REMINDER_BATCH = 500


async def remind_due_tasks(ctx: Ctx, now: datetime | None = None) -> int:
    """Deliver the reminders whose time has come to their assignees' inboxes (at most once),
    a batch at a time until none are due."""
    moment = now or utcnow()
    repo, delivered = TaskRepository(ctx), 0
    while tasks := await repo.due_reminders(moment, limit=REMINDER_BATCH):
        for task in tasks:
            task.reminded_at = moment
            if task.owner_id is None:
                continue
            due = f"截止 {business_time(task.due_at):%Y-%m-%d %H:%M}" if task.due_at else None
            notify(ctx, task.owner_id, "task_reminder", task.subject, due, "task", task.id)
        await ctx.session.flush()
        delivered += len(tasks)
    return delivered


# ----- visits --------------------------------------------------------------------------------
class VisitService(CrudService[Visit]):
    repository = VisitRepository
    permission = "visit"

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.visits: VisitRepository = self.repo  # type: ignore[assignment]
        self.links = Links(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self.links.check(values)
        return values

    async def prepare_update(self, record: Visit, changes: dict[str, Any]) -> dict[str, Any]:
        closed = record.status in (VisitStatus.completed.value, VisitStatus.cancelled.value)
        if closed and set(changes) - {"summary"}:
            raise VisitClosed(status=record.status)
        await self.links.check(changes, record)
        return changes

    async def _own(self, record_id: uuid.UUID, expected: int | None) -> Visit:
        """A visit is checked in and out by the rep who makes it, on site."""
        self.require("write")
        visit = await self.repo.get_for_write(record_id)
        if visit.owner_id != self.ctx.subject.id:
            raise Forbidden("not_your_visit")
        await self.repo.check_current(visit, expected)
        return visit

    async def _distance(self, visit: Visit, position: schemas.Position) -> float | None:
        customer = await self.ctx.session.get(Customer, visit.customer_id)
        if customer is None or customer.latitude is None or customer.longitude is None:
            return None
        metres = distance_m(
            customer.latitude, customer.longitude, position.latitude, position.longitude
        )
        return round(metres, 1)

    async def check_in(
        self, record_id: uuid.UUID, payload: schemas.CheckIn, expected: int | None
    ) -> Visit:
        visit = await self._own(record_id, expected)
        if visit.status != VisitStatus.planned.value:
            raise VisitNotPlanned(status=visit.status)
        distance = await self._distance(visit, payload)
        visit.status = VisitStatus.checked_in.value
        visit.check_in_at = utcnow()
        visit.check_in_latitude = payload.latitude
        visit.check_in_longitude = payload.longitude
        visit.check_in_accuracy_m = payload.accuracy_m
        visit.check_in_distance_m = distance
        visit.check_in_flagged = (
            distance is not None and distance > self.ctx.settings.visit_max_distance_m
        )
        await self.repo.flush()
        return visit

    async def check_out(
        self, record_id: uuid.UUID, payload: schemas.CheckOut, expected: int | None
    ) -> Visit:
        visit = await self._own(record_id, expected)
        if visit.status != VisitStatus.checked_in.value or visit.check_in_at is None:
            raise VisitNotCheckedIn(status=visit.status)
        now = utcnow()
        visit.status = VisitStatus.completed.value
        visit.check_out_at = now
        visit.check_out_latitude = payload.latitude
        visit.check_out_longitude = payload.longitude
        visit.check_out_accuracy_m = payload.accuracy_m
        visit.check_out_distance_m = await self._distance(visit, payload)
        if payload.summary is not None:
            visit.summary = payload.summary
        minutes = max(0, min(1440, int((now - visit.check_in_at) / timedelta(minutes=1))))
        # The visit's own record: written whatever the rep may do with the customer by now
        # (a customer handed on since the visit was planned must not block the check-out).
        activity = await ActivityRepository(self.ctx).record(
            type="visit",
            channel="in_person",
            subject=visit.purpose,
            notes=visit.summary,
            occurred_at=visit.check_in_at,
            duration_minutes=minutes,
            customer_id=visit.customer_id,
            contact_id=visit.contact_id,
            opportunity_id=visit.opportunity_id,
            author_id=visit.owner_id,
        )
        await ActivityRepository(self.ctx).set_participants(
            activity, [visit.owner_id] if visit.owner_id else [], []
        )
        visit.activity_id = activity.id
        customer = await self.ctx.session.get(Customer, visit.customer_id)
        if customer is not None:
            await touch_follow_up(self.ctx, customer, at=visit.check_in_at, event=False)
        await self.repo.flush()
        return visit

    async def cancel(
        self, record_id: uuid.UUID, payload: schemas.VisitCancel, expected: int | None
    ) -> Visit:
        self.require("write")
        visit = await self.repo.get_for_write(record_id)
        await self.repo.check_current(visit, expected)
        if visit.status != VisitStatus.planned.value:
            raise VisitNotPlanned(status=visit.status)
        visit.status = VisitStatus.cancelled.value
        if payload.reason:
            visit.summary = payload.reason
        await self.repo.flush()
        return visit

    async def stats(self, params: schemas.VisitStatsParams) -> schemas.VisitStats:
        """Completed visits per rep in a period (the business's days), in the caller's scope."""
        self.require("read")
        start = day_start(params.checked_out_from)
        end = day_start(params.checked_out_to + timedelta(days=1))
        result = await self.visits.completed_by_owner(start, end, params.owner_id)
        return schemas.VisitStats(
            items=[
                schemas.VisitCount(
                    owner_id=owner, completed=count, flagged=flags, customers=customers
                )
                for owner, count, flags, customers in result
            ]
        )
