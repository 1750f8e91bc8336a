"""Business rules of activities, tasks and visits.

* An activity is about a customer the caller may change (404 if unseen, 403 if only readable)
  and, optionally, one of its contacts and deals; a deal the caller may change speaks for its
  customer as far as the deal's owner may change it (``activities.repository``). Recording one
  counts as a follow-up for the public-pool rule, and a next follow-up date creates a task for
  its author.
* A task's assignee is its owner: giving a task to someone else needs ``task:assign``. Changing
  its reminder time arms the reminder again; the ``remind_due_tasks`` job delivers it.
* A visit is checked in and out by the rep who makes it, from the mobile app, with coordinates;
  the server measures the distance from the customer and flags a check-in too far away. Checking
  out records a visit activity, which counts as a follow-up.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, ClassVar

from pydantic import BaseModel

from salescrm.activities import offline, schemas
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
from salescrm.core import i18n
from salescrm.core.clock import business_time, day_start, utcnow
from salescrm.core.errors import Forbidden, ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.repository import Linked
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import ContactRepository
from salescrm.customers.service import touch_follow_up
from salescrm.org.repository import EmployeeRepository
from salescrm.platform.notifications import NotificationKind, notify

EARTH_RADIUS_M = 6_371_008.8  # the mean radius (IUGG)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine): metres-accurate at a visit's scale."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


class People:
    """Who an activity names besides its links: contacts of its customer taking part, and
    current employees (a task's or visit's assignee too). A 422 naming the field otherwise.

    The links themselves — deal, customer, contact — are checked by the repositories
    (``core.repository.Link``): attaching needs the right to change the parent."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    async def contacts(
        self, customer_id: uuid.UUID, ids: Sequence[uuid.UUID], field: str, linked: Linked
    ) -> None:
        if not ids:
            return
        # A customer a deal speaks for (a deal-team member's): its contacts count too.
        scoped = "customer_id" not in linked.vouched
        found = await ContactRepository(self.ctx).customer_of(list(ids), scoped=scoped)
        for index, contact_id in enumerate(ids):
            of = found.get(contact_id)
            if of is None or (of != customer_id and not scoped):
                # Absent, or another customer's the caller may not see: told apart by nothing.
                raise unknown_reference(["body", field, index], "contact")
            if of != customer_id:
                raise ValidationFailed.field(
                    ["body", field, index], "Not a contact of this customer", "wrong_customer"
                )

    async def employees(self, ids: Sequence[uuid.UUID], field: str) -> None:
        employees = EmployeeRepository(self.ctx)
        for index, employee_id in enumerate(ids):
            if await employees.current(employee_id) is None:
                raise unknown_reference(["body", field, index], "current employee")

    async def assignee(self, values: dict[str, Any]) -> None:
        owner_id = values.get("owner_id")
        if owner_id is not None and await EmployeeRepository(self.ctx).current(owner_id) is None:
            raise unknown_reference(["body", "owner_id"], "current employee")


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
        self.people = People(ctx)

    async def _type(self, code: str) -> None:
        found = await ActivityTypeRepository(self.ctx).by_code(code)
        if found is None or not found.active:
            raise unknown_reference(["body", "type"], "active activity type")

    async def create(self, payload: BaseModel) -> tuple[Activity, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        employee_ids = values.pop("employee_ids", [])
        contact_ids = values.pop("contact_ids", [])
        # A repeated create (an offline phone's retry) returns the record before the rules run
        # again: the capture's age, the type, grow no stricter with the retry's delay.
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return found, False
        device_now = getattr(payload, "device_now", None)
        if values.get("captured_at") is not None or device_now is not None:
            captured = offline.capture(
                self.ctx,
                captured_at=values.get("captured_at"),
                device_now=device_now,
                permission="activity:backdate",
            )
            if values.get("captured_at") is not None:
                # Sent from offline: it took place then unless the body says otherwise.
                values["captured_at"] = captured.at
                values.setdefault("occurred_at", captured.at)
            values.update(
                clock_skew_seconds=captured.skew_seconds, clock_skew_flagged=captured.skewed
            )
        await self._type(values["type"])
        values.setdefault("occurred_at", utcnow())
        values["author_id"] = self.ctx.subject.id
        activity, created = await self.repo.create(values)  # its deal, customer and contact
        if not created:
            return activity, False
        linked = self.repo.linked
        await self.people.contacts(activity.customer_id, contact_ids, "contact_ids", linked)
        await self.people.employees(employee_ids, "employee_ids")
        await self.activities.set_participants(activity, employee_ids, contact_ids)
        if activity.next_follow_up_at is not None and self.ctx.subject.id is not None:
            activity.follow_up_task_id = (await self._follow_up_task(activity)).id
        customer = linked.parents.get("customer_id")
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
        self, record_id: uuid.UUID, payload: BaseModel, expected: Expected
    ) -> Activity:
        self.require("write")
        activity = await self.repo.get_for_write(record_id)  # its links are re-checked
        changes = payload.model_dump(exclude_unset=True)
        employee_ids = changes.pop("employee_ids", None)
        contact_ids = changes.pop("contact_ids", None)
        if changes.get("type") is not None and changes["type"] != activity.type:
            await self._type(changes["type"])
        moved = "occurred_at" in changes and changes["occurred_at"] != activity.occurred_at
        activity = await self.repo.update(activity, changes, expected)
        linked = self.repo.linked
        if contact_ids is not None:
            await self.people.contacts(activity.customer_id, contact_ids, "contact_ids", linked)
        if employee_ids is not None:
            await self.people.employees(employee_ids, "employee_ids")
        if employee_ids is not None or contact_ids is not None:
            await self.activities.set_participants(
                activity,
                activity.employee_ids if employee_ids is None else employee_ids,
                activity.contact_ids if contact_ids is None else contact_ids,
            )
        if "next_follow_up_at" in changes:
            await self._reschedule(activity)
        customer = linked.parents.get("customer_id")
        if moved and customer is not None:
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
        self.people = People(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self.people.assignee(values)
        values["created_by_id"] = self.ctx.subject.id
        return values

    async def prepare_update(self, record: Task, changes: dict[str, Any]) -> dict[str, Any]:
        await self.people.assignee(changes)
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

i18n.register_messages(
    {
        "notification.task_reminder": ("{subject}", "{subject}"),
        "notification.task_reminder.due": ("Due {due}", "截止 {due}"),
    }
)


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
            params: dict[str, str | int] = {"subject": task.subject}
            if task.due_at is not None:
                params["due"] = f"{business_time(task.due_at):%Y-%m-%d %H:%M}"
            notify(
                ctx,
                task.owner_id,
                NotificationKind.task_reminder,
                "notification.task_reminder",
                params,
                body_key="notification.task_reminder.due" if task.due_at else None,
                resource="task",
                record_id=task.id,
            )
        await ctx.session.flush()
        delivered += len(tasks)
    return delivered


# ----- visits --------------------------------------------------------------------------------
class VisitService(CrudService[Visit]):
    repository = VisitRepository
    permission = "visit"
    refusals: ClassVar = {
        "update": {
            409: "409 `visit_closed`: of a completed or cancelled visit only the "
            "`summary` may change."
        }
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.visits: VisitRepository = self.repo  # type: ignore[assignment]
        self.people = People(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self.people.assignee(values)
        return values

    async def prepare_update(self, record: Visit, changes: dict[str, Any]) -> dict[str, Any]:
        closed = record.status in (VisitStatus.completed.value, VisitStatus.cancelled.value)
        if closed and set(changes) - {"summary"}:
            raise VisitClosed(status=record.status)
        await self.people.assignee(changes)
        return changes

    async def _own(self, record_id: uuid.UUID, expected: Expected) -> Visit:
        """A visit is checked in and out by the rep who makes it, on site. Both record on the
        customer (where the rep was; a visit activity and the pool clock), so the rep must
        still be able to change it — or the visit's deal speak for it — today (403)."""
        self.require("write")
        visit = await self.repo.get_for_write(record_id)
        if visit.owner_id != self.ctx.subject.id:
            raise Forbidden("not_your_visit")
        await self.repo.check_current(visit, expected)
        await self.repo.check_links({}, visit, every=True)
        return visit

    def _capture(self, payload: schemas.Position) -> offline.Capture:
        """When the device captured the check-in or -out (offline: earlier than now)."""
        return offline.capture(
            self.ctx,
            captured_at=payload.captured_at,
            device_now=payload.device_now,
            permission="visit:backdate",
        )

    async def _distance(self, visit: Visit, position: schemas.Position) -> float | None:
        """Metres between the customer's coordinates and the position, both in WGS-84 (the
        stored system; the position was converted when it was read)."""
        customer = await self.ctx.session.get(Customer, visit.customer_id)
        if customer is None or customer.latitude is None or customer.longitude is None:
            return None
        metres = distance_m(
            customer.latitude, customer.longitude, position.latitude, position.longitude
        )
        return round(metres, 1)

    async def check_in(
        self, record_id: uuid.UUID, payload: schemas.CheckIn, expected: Expected
    ) -> Visit:
        visit = await self._own(record_id, expected)
        if visit.status != VisitStatus.planned.value:
            raise VisitNotPlanned(status=visit.status)
        captured = self._capture(payload)
        distance = await self._distance(visit, payload)
        visit.status = VisitStatus.checked_in.value
        visit.check_in_at = captured.at
        visit.check_in_received_at = captured.received_at
        visit.check_in_clock_skew_seconds = captured.skew_seconds
        visit.clock_skew_flagged = visit.clock_skew_flagged or captured.skewed
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
        self, record_id: uuid.UUID, payload: schemas.CheckOut, expected: Expected
    ) -> Visit:
        visit = await self._own(record_id, expected)
        if visit.status != VisitStatus.checked_in.value or visit.check_in_at is None:
            raise VisitNotCheckedIn(status=visit.status)
        captured = self._capture(payload)
        if captured.at < visit.check_in_at:
            raise ValidationFailed.field(
                ["body", "captured_at"],
                "Lies before the visit's check-in",
                "captured_before_check_in",
            )
        now = captured.at
        visit.status = VisitStatus.completed.value
        visit.check_out_at = now
        visit.check_out_received_at = captured.received_at
        visit.check_out_clock_skew_seconds = captured.skew_seconds
        visit.clock_skew_flagged = visit.clock_skew_flagged or captured.skewed
        visit.check_out_latitude = payload.latitude
        visit.check_out_longitude = payload.longitude
        visit.check_out_accuracy_m = payload.accuracy_m
        visit.check_out_distance_m = await self._distance(visit, payload)
        if payload.summary is not None:
            visit.summary = payload.summary
        minutes = max(0, min(1440, int((now - visit.check_in_at) / timedelta(minutes=1))))
        # The visit's own record, the rep's links checked above (``_own``).
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
            captured_at=visit.check_in_at,
            clock_skew_seconds=visit.check_in_clock_skew_seconds,
            clock_skew_flagged=visit.clock_skew_flagged,
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
        self, record_id: uuid.UUID, payload: schemas.VisitCancel, expected: Expected
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
