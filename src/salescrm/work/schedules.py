"""Schedules (日程): events per employee, what a leader sees of their team's, comments and
reminders, overlaps, and the events in the calendar feeds.

An event is its owner's (``owner_id``): the data scope decides who else sees it, and its
attendees see it too. A leader lists the events of everyone in their scope for a day or a week
(``ends_after`` / ``starts_before``), comments on one and sends a reminder: both reach the
owner's inbox (a reminder the attendees' too). Overlapping events are allowed — a visit may run
into a meeting — and reported by ``/schedules/overlaps``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query, status
from icalendar import Event
from sqlalchemy import ColumnElement

from salescrm.activities.calendar import address, register_feed_source, uid
from salescrm.activities.models import ScheduleKind
from salescrm.activities.schemas import ScheduleTimelineData, ScheduleTimelineItem
from salescrm.activities.timeline import TimelineSource, scoped_by
from salescrm.activities.timeline import register as register_timeline
from salescrm.core import i18n
from salescrm.core.clock import business_time, utcnow
from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.errors import error_responses, unknown_reference
from salescrm.core.references import Sight, present, register_kind
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers.repository import CustomerRepository
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.work import schemas
from salescrm.work.forms import ensure_still_after
from salescrm.work.models import Schedule, ScheduleNote, ScheduleNoteKind
from salescrm.work.repository import PeopleRepository, ScheduleNoteRepository, ScheduleRepository

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_messages(
    {
        "notification.schedule_comment": (
            "{author} commented on {title}",
            "{author} 评论了日程「{title}」",
        ),
        "notification.schedule_reminder": (
            "Reminder from {author}: {title} at {starts}",
            "{author} 提醒您:{starts}「{title}」",
        ),
        "notification.schedule_text": ("{body}", "{body}"),
    }
)


class ScheduleService(CrudService[Schedule]):
    repository = ScheduleRepository
    permission = "schedule"
    access: ClassVar = {
        "list": "Requires `schedule:read`. Lists the events of the employees in the caller's "
        "data scope and the events the caller attends.",
        "get": "Requires `schedule:read`; 404 unless the owner is in the caller's data scope "
        "or the caller attends.",
    }
    refusals: ClassVar = {
        "update": {422: "422 `range_reversed` when the event would end before it starts."}
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.schedules: ScheduleRepository = self.repo  # type: ignore[assignment]
        self.notes = ScheduleNoteRepository(ctx)
        self.people = PeopleRepository(ctx)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values, None)

    async def prepare_update(self, record: Schedule, changes: dict[str, Any]) -> dict[str, Any]:
        ensure_still_after(changes, record)
        return await self._checked(changes, record)

    async def _checked(self, values: dict[str, Any], record: Schedule | None) -> dict[str, Any]:
        owner = values.get("owner_id", record.owner_id if record is not None else None)
        if (
            owner is not None
            and owner != self.ctx.subject.id
            and not await self.people.current_ids([owner])
        ):
            raise unknown_reference(["body", "owner_id"], "current employee")
        if values.get("attendee_ids") is not None:
            wanted = list(dict.fromkeys(values["attendee_ids"]))
            found = await self.people.current_ids(wanted)
            for index, employee_id in enumerate(values["attendee_ids"]):
                if employee_id not in found:
                    raise unknown_reference(["body", "attendee_ids", index], "current employee")
            values["attendee_ids"] = [str(e) for e in wanted if e != owner]
        return values

    async def after_write(self, record: Schedule) -> None:
        """The attendees' index follows the list (``schedule_attendees``)."""
        ids = [uuid.UUID(e) for e in record.attendee_ids]
        await self.schedules.set_attendees(record.id, [] if record.deleted_at else ids)
        await self.repo.flush()

    async def comment(self, record_id: uuid.UUID, body: schemas.ScheduleNoteIn) -> ScheduleNote:
        """Whoever sees the event comments on it; its owner is told (unless they wrote it)."""
        self.require("read")
        event = await self.repo.get(record_id)
        note = await self._note(event, ScheduleNoteKind.comment, body.body)
        recipients = [event.owner_id] if event.owner_id is not None else []
        await self._tell(event, recipients, "notification.schedule_comment", body.body)
        return note

    async def remind(self, record_id: uuid.UUID, body: schemas.ReminderIn) -> ScheduleNote:
        """A leader reminds the owner (and the attendees) of an event in their scope."""
        self.require("write")
        event = await self.repo.get_for_write(record_id)
        note = await self._note(event, ScheduleNoteKind.reminder, body.body)
        recipients = [event.owner_id, *(uuid.UUID(e) for e in event.attendee_ids)]
        await self._tell(
            event, [r for r in recipients if r], "notification.schedule_reminder", body.body
        )
        return note

    async def _note(
        self, event: Schedule, kind: ScheduleNoteKind, body: str | None
    ) -> ScheduleNote:
        note = ScheduleNote(
            schedule_id=event.id, kind=kind.value, author_id=self.ctx.subject.id, body=body
        )
        self.notes.add(note)
        await self.repo.flush()
        return note

    async def _tell(
        self, event: Schedule, recipients: list[uuid.UUID], key: str, body: str | None
    ) -> None:
        me = self.ctx.subject.id
        author = await self.people.live(me) if me is not None else None
        kind = (
            NotificationKind.schedule_reminder
            if key == "notification.schedule_reminder"
            else NotificationKind.schedule_comment
        )
        params: dict[str, str | int] = {
            "title": event.title,
            "author": author.name if author is not None else "—",
            "starts": f"{i18n_time(event.starts_at)}",
        }
        if body:
            params["body"] = body
        for recipient in dict.fromkeys(recipients):
            if recipient == me:
                continue
            notify(
                self.ctx,
                recipient,
                kind,
                key,
                params,
                body_key="notification.schedule_text" if body else None,
                resource="schedule",
                record_id=event.id,
            )

    async def notes_of(self, record_id: uuid.UUID) -> list[ScheduleNote]:
        self.require("read")
        await self.repo.get(record_id)
        return await self.notes.of(record_id)

    async def overlaps(self, params: schemas.OverlapParams) -> list[schemas.Overlap]:
        self.require("read")
        pairs = await self.schedules.overlaps(
            params.owner_id or None, params.ends_after, params.starts_before
        )
        return [
            schemas.Overlap(
                owner_id=a.owner_id,
                first_id=a.id,
                second_id=b.id,
                starts_at=max(a.starts_at, b.starts_at),
                ends_at=min(a.ends_at, b.ends_at),
            )
            for a, b in pairs
        ]


def i18n_time(moment: datetime) -> str:
    return f"{business_time(moment):%Y-%m-%d %H:%M}"


# ----- the calendar feed -------------------------------------------------------------------
async def feed_events(
    ctx: Ctx, employee_id: uuid.UUID, start: datetime, end: datetime
) -> list[Any]:
    """An employee's events (owned and attended) for their calendar feed, as VEVENTs."""
    if not ctx.subject.can("schedule:read"):
        return []
    events = await ScheduleRepository(ctx).calendar_of(employee_id, start, end)
    customers = (
        await CustomerRepository(ctx).visible(e.customer_id for e in events if e.customer_id)
        if ctx.subject.can("customer:read")
        else {}
    )
    now = utcnow()
    components = []
    for record in events:
        event = Event()
        event.add("uid", uid(record))
        event.add("dtstamp", now)
        event.add("summary", record.title)
        event.add("last-modified", record.updated_at)
        event.add("sequence", record.version)
        if record.all_day:
            event.add("dtstart", record.starts_at.date())
            event.add("dtend", max(record.ends_at.date(), record.starts_at.date()))
        else:
            event.add("dtstart", record.starts_at)
            event.add("dtend", record.ends_at)
        customer = customers.get(record.customer_id) if record.customer_id else None
        where = record.location or address(customer)
        if where:
            event.add("location", where)
        if record.notes:
            event.add("description", record.notes)
        components.append(event)
    return components


register_feed_source(feed_events)


# ----- the customer's and the deal's timeline ----------------------------------------------
i18n.register_messages({"timeline.schedule": ("Schedule: {title}", "日程:{title}")})


def _on_customer(record_id: uuid.UUID) -> ColumnElement[bool]:
    return Schedule.customer_id == record_id


def _on_deal(record_id: uuid.UUID) -> ColumnElement[bool]:
    return Schedule.opportunity_id == record_id


def _timeline_item(event: Schedule, _names: Any) -> ScheduleTimelineItem:
    return ScheduleTimelineItem(
        kind="schedule",
        id=event.id,
        at=event.starts_at,
        title=i18n.message("timeline.schedule", title=event.title),
        detail=event.notes,
        employee_id=event.owner_id,
        data=ScheduleTimelineData(
            schedule_kind=ScheduleKind(event.kind),
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            location=event.location,
            opportunity_id=event.opportunity_id,
        ),
    )


register_timeline(
    TimelineSource(
        "schedule",
        Schedule,
        "starts_at",
        {"customer": _on_customer, "opportunity": _on_deal},
        "schedule:read",
        _timeline_item,
        scoped_by(ScheduleRepository, Schedule.id),
    )
)


# ----- routes ------------------------------------------------------------------------------
i18n.register_names(
    {"schedule": "日程"},
    {"attendee_ids": "参与人", "all_day": "全天", "location": "地点"},
)
register_kind(
    "schedule",
    Schedule,
    name=Schedule.title,
    sight=Sight.opened,
    repository=ScheduleRepository,
    read_permission="schedule:read",
)

overlaps_router = APIRouter(prefix="/schedules", tags=["work"], route_class=UnitOfWorkRoute)


@overlaps_router.get(
    "/overlaps",
    name="schedules_overlaps",
    summary="Events of one employee that meet, in a period (at most 62 days)",
    description="Requires `schedule:read`; pairs among the events the caller sees. 422 "
    "`range_reversed` or `period_too_long` for the period.",
    response_model=schemas.OverlapList,
    responses=error_responses(401, 403, 422),
)
async def schedule_overlaps(ctx: CtxDep, params: Annotated[schemas.OverlapParams, Query()]) -> Any:
    found = await ScheduleService(ctx).overlaps(params)
    return {"items": await present(ctx, schemas.Overlap, found)}


schedules = crud_router(
    CrudSpec(
        path="/schedules",
        name="schedules",
        tag="work",
        singular="schedule event",
        service=ScheduleService,
        read_schema=schemas.ScheduleOut,
        create_schema=schemas.ScheduleCreate,
        update_schema=schemas.ScheduleUpdate,
        list_params=schemas.ScheduleListParams,
    )
)


@schedules.get(
    "/{record_id}/notes",
    name="schedules_notes",
    summary="The comments and reminders on an event, oldest first",
    description="Requires `schedule:read`; 404 when the caller cannot see the event.",
    response_model=schemas.ScheduleNoteList,
    responses=error_responses(401, 403, 404),
)
async def schedule_notes(record_id: IdPath, ctx: CtxDep) -> Any:
    notes = await ScheduleService(ctx).notes_of(record_id)
    return {"items": await present(ctx, schemas.ScheduleNoteOut, notes)}


@schedules.post(
    "/{record_id}/comments",
    name="schedules_comment",
    summary="Comment on an event (its owner is told)",
    description="Requires `schedule:read`; whoever sees the event may comment. 404 when the "
    "caller cannot see it.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.ScheduleNoteOut,
    responses=error_responses(400, 401, 403, 404, 415, 422),
)
async def comment_schedule(record_id: IdPath, body: schemas.ScheduleNoteIn, ctx: CtxDep) -> Any:
    note = await ScheduleService(ctx).comment(record_id, body)
    return (await present(ctx, schemas.ScheduleNoteOut, [note]))[0]


@schedules.post(
    "/{record_id}/remind",
    name="schedules_remind",
    summary="Remind the event's owner and attendees, through their inbox",
    description="Requires `schedule:write` and the right to change the event (a leader's "
    "scope over the owner): 404 outside it, 403 for a read-only share.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.ScheduleNoteOut,
    responses=error_responses(400, 401, 403, 404, 415, 422),
)
async def remind_schedule(record_id: IdPath, body: schemas.ReminderIn, ctx: CtxDep) -> Any:
    note = await ScheduleService(ctx).remind(record_id, body)
    return (await present(ctx, schemas.ScheduleNoteOut, [note]))[0]


#: ``/schedules/overlaps`` before ``/schedules/{id}``.
routers: list[APIRouter] = [overlaps_router, schedules]
