"""Calendar feeds: a secret, revocable iCalendar (RFC 5545) URL per employee and device.

The URL carries a random token (256 bits); only its SHA-256 is stored, so the table cannot be
turned back into working URLs, and a revoked or unknown token is a plain 404, as is the feed of
an employee who can no longer log in. The feed is read as its employee, through the same
repositories and scopes as their API calls. A phone or desktop
calendar fetches the URL without logging in: the feed holds the employee's own visits (VEVENT),
the activities of calendar types they recorded or took part in (VEVENT), and their tasks with a
due time (VTODO), from 90 days back to a year ahead.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from icalendar import Calendar, Event, Todo

from salescrm.activities.models import (
    Activity,
    CalendarFeed,
    Priority,
    Task,
    TaskStatus,
    Visit,
    VisitStatus,
)
from salescrm.activities.repository import (
    ActivityRepository,
    ActivityTypeRepository,
    CalendarFeedRepository,
    TaskRepository,
    VisitRepository,
)
from salescrm.auth.repository import AuthRepository
from salescrm.auth.service import subject_for
from salescrm.core.clock import utcnow
from salescrm.core.errors import Forbidden, NotFound
from salescrm.core.uow import Ctx

PAST = timedelta(days=90)
AHEAD = timedelta(days=365)
PRODID = "-//salescrm//calendar feed//ZH"
#: RFC 5545 PRIORITY: 1 highest … 9 lowest.
_PRIORITY = {Priority.urgent: 1, Priority.high: 3, Priority.normal: 5, Priority.low: 9}
_TODO_STATUS = {
    TaskStatus.open: "NEEDS-ACTION",
    TaskStatus.in_progress: "IN-PROCESS",
    TaskStatus.done: "COMPLETED",
    TaskStatus.cancelled: "CANCELLED",
}


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeeds:
    """The caller's own feeds: create (the URL is shown once), list, revoke."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = CalendarFeedRepository(ctx.session)

    def _me(self) -> uuid.UUID:
        if self.ctx.subject.id is None or self.ctx.subject.kind != "employee":
            raise Forbidden("employees_only")
        return self.ctx.subject.id

    def url(self, token: str) -> str:
        base = self.ctx.settings.public_base_url.rstrip("/")
        return f"{base}/api/v1/calendar/{token}.ics"

    async def create(self, name: str) -> tuple[CalendarFeed, str]:
        employee_id = self._me()
        token = secrets.token_urlsafe(32)
        feed = CalendarFeed(
            created_at=utcnow(), employee_id=employee_id, name=name, token_hash=token_hash(token)
        )
        await self.repo.add(feed)
        return feed, token

    async def list(self) -> list[CalendarFeed]:
        return await self.repo.of(self._me())

    async def revoke(self, feed_id: uuid.UUID) -> None:
        feed = await self.repo.own(self._me(), feed_id)
        if feed is None:
            raise NotFound(resource="calendar_feed", id=str(feed_id))
        feed.revoked_at = utcnow()
        await self.ctx.session.flush()


async def render_feed(ctx: Ctx, token: str) -> bytes:
    """The iCalendar document behind a token; 404 for a revoked or unknown one, or one whose
    employee can no longer log in. It is read as that employee: only what they may open today
    (an activity they took part in on a customer since handed on stays out)."""
    feed = await CalendarFeedRepository(ctx.session).by_hash(token_hash(token))
    principal = (
        None if feed is None else await AuthRepository(ctx.session).principal(feed.employee_id)
    )
    if feed is None or principal is None or not principal.can_log_in:
        raise NotFound(resource="calendar_feed", id="-")
    as_employee = replace(ctx, subject=subject_for(principal))
    can = as_employee.subject.can
    now = utcnow()
    feed.last_used_at = now
    start, end = now - PAST, now + AHEAD
    employee = feed.employee_id
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", feed.name)
    host = ctx.settings.public_base_url.split("//")[-1].split("/")[0] or "salescrm"
    if can("visit:read"):
        for visit in await VisitRepository(as_employee).calendar_of(employee, start, end):
            calendar.add_component(_visit_event(visit, host, now))
    if can("activity:read"):
        types = await ActivityTypeRepository(as_employee).calendar_codes()
        meetings = await ActivityRepository(as_employee).meetings_of(employee, types, start, end)
        for activity in meetings:
            calendar.add_component(_activity_event(activity, host, now))
    if can("task:read"):
        for task in await TaskRepository(as_employee).calendar_of(employee, start, end):
            calendar.add_component(_task_todo(task, host, now))
    await ctx.session.flush()
    return bytes(calendar.to_ical())


def _component(
    kind: type[Event] | type[Todo],
    record: Activity | Task | Visit,
    host: str,
    now: datetime,
    summary: str,
    description: str | None,
) -> Any:
    """What every entry carries: a stable UID per record, the stamp, the summary, and the
    record's version as SEQUENCE so that calendars pick up changes."""
    component = kind()
    component.add("uid", f"{record.__resource__}-{record.id}@{host}")
    component.add("dtstamp", now)
    component.add("summary", summary)
    component.add("last-modified", record.updated_at)
    component.add("sequence", record.version)
    if description:
        component.add("description", description)
    return component


def _visit_event(visit: Visit, host: str, now: datetime) -> Event:
    event: Event = _component(Event, visit, host, now, f"拜访：{visit.purpose}", visit.summary)
    begin = visit.check_in_at or visit.planned_at
    finish = visit.check_out_at or begin + timedelta(minutes=visit.planned_minutes or 60)
    event.add("dtstart", begin)
    event.add("dtend", max(finish, begin))
    event.add("status", "CANCELLED" if visit.status == VisitStatus.cancelled else "CONFIRMED")
    return event


def _activity_event(activity: Activity, host: str, now: datetime) -> Event:
    event: Event = _component(Event, activity, host, now, activity.subject, activity.notes)
    event.add("dtstart", activity.occurred_at)
    event.add("dtend", activity.occurred_at + timedelta(minutes=activity.duration_minutes or 60))
    return event


def _task_todo(task: Task, host: str, now: datetime) -> Todo:
    todo: Todo = _component(Todo, task, host, now, task.subject, task.description)
    todo.add("due", task.due_at)
    todo.add("priority", _PRIORITY[Priority(task.priority)])
    todo.add("status", _TODO_STATUS[TaskStatus(task.status)])
    if task.completed_at is not None:
        todo.add("completed", task.completed_at)
    return todo
