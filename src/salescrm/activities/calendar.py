"""Calendar feeds: a secret, revocable iCalendar (RFC 5545) URL per employee and device.

The URL carries a random token (256 bits); only its SHA-256 is stored, so the table cannot be
turned back into working URLs, and a revoked or unknown token is a plain 404, as is the feed of
an employee who can no longer log in. The feed is read as its employee, through the same
repositories and scopes as their API calls. A phone or desktop
calendar fetches the URL without logging in: the feed holds the employee's own visits (VEVENT),
the activities of calendar types they recorded or took part in (VEVENT), their tasks with a
due time (VTODO), and what other contexts add (``register_feed_source``: the events of their
work schedule), from 90 days back to a year ahead.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
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
from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Record
from salescrm.core.errors import Forbidden, NotFound
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository
from salescrm.sales.models import Opportunity
from salescrm.sales.repository import OpportunityRepository

#: Events other contexts put in the feed (a work schedule): each gives the employee's
#: components between two moments, read as the employee.
FeedSource = Callable[[Ctx, uuid.UUID, datetime, datetime], Awaitable[list[Any]]]
_feed_sources: list[FeedSource] = []


def register_feed_source(source: FeedSource) -> None:
    if source not in _feed_sources:
        _feed_sources.append(source)


PAST = timedelta(days=90)
AHEAD = timedelta(days=365)
PRODID = "-//salescrm//calendar feed//ZH"
#: The domain part of every UID: fixed, so UIDs do not change with the server's address.
UID_DOMAIN = "salescrm"
#: Activities that do not happen at the customer's address: receptions (the customer comes to
#: us) and those held by phone, video or messages.
AWAY_TYPES = frozenset({"reception"})
REMOTE_CHANNELS = frozenset({"phone", "video", "wechat", "email", "im"})
#: RFC 5545 PRIORITY: 1 highest … 9 lowest.
_PRIORITY = {Priority.urgent: 1, Priority.high: 3, Priority.normal: 5, Priority.low: 9}
_TODO_STATUS = {
    TaskStatus.open: "NEEDS-ACTION",
    TaskStatus.in_progress: "IN-PROCESS",
    TaskStatus.done: "COMPLETED",
    TaskStatus.cancelled: "CANCELLED",
}


i18n.register_messages(
    {
        "calendar.visit": ("Visit {customer}: {text}", "拜访{customer}：{text}"),
        "calendar.visit.alone": ("Visit: {text}", "拜访：{text}"),
        "calendar.activity": ("{customer}: {text}", "{customer}：{text}"),
        "calendar.activity.alone": ("{text}", "{text}"),
        "calendar.customer": ("Customer: {name}", "客户：{name}"),
        "calendar.deal": ("Deal: {name}", "商机：{name}"),
        "calendar.outcome": ("Outcome: {text}", "结果：{text}"),
        "calendar.summary": ("Summary: {text}", "小结：{text}"),
    }
)


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

    async def create(self, name: str, locale: str) -> tuple[CalendarFeed, str]:
        employee_id = self._me()
        token = secrets.token_urlsafe(32)
        feed = CalendarFeed(
            created_at=utcnow(),
            employee_id=employee_id,
            name=name,
            token_hash=token_hash(token),
            locale=locale,
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


@dataclass(frozen=True)
class _Context:
    """What entries name besides their own record: the customers and deals they are about,
    loaded for the whole feed in one query each (those the employee may see)."""

    customers: dict[uuid.UUID, Customer]
    deals: dict[uuid.UUID, Opportunity]

    def customer(self, record: Activity | Task | Visit) -> Customer | None:
        return None if record.customer_id is None else self.customers.get(record.customer_id)

    def deal(self, record: Activity | Task | Visit) -> Opportunity | None:
        return None if record.opportunity_id is None else self.deals.get(record.opportunity_id)


async def render_feed(ctx: Ctx, token: str) -> bytes:
    """The iCalendar document behind a token; 404 for a revoked or unknown one, or one whose
    employee can no longer log in. It is read as that employee: only what they may open today
    (an activity they took part in on a customer since handed on stays out).

    Words are in the feed's own language, chosen when it was made (``CalendarFeed.locale``), or
    the deployment's (``SALESCRM_DEFAULT_LOCALE``) for a feed made without one: calendar apps
    send no Accept-Language worth following (a phone's system language, or none), and the same
    URL on two devices must read the same."""
    feed = await CalendarFeedRepository(ctx.session).by_hash(token_hash(token))
    principal = (
        None if feed is None else await AuthRepository(ctx.session).principal(feed.employee_id)
    )
    if feed is None or principal is None or not principal.can_log_in:
        raise NotFound(resource="calendar_feed", id="-")
    i18n.current_language.set(feed.locale or ctx.settings.default_locale)
    as_employee = replace(ctx, subject=subject_for(principal))
    can = as_employee.subject.can
    now = utcnow()
    feed.last_used_at = now
    start, end = now - PAST, now + AHEAD
    employee = feed.employee_id
    visits: list[Visit] = []
    meetings: list[Activity] = []
    tasks: list[Task] = []
    if can("visit:read"):
        visits = await VisitRepository(as_employee).calendar_of(employee, start, end)
    if can("activity:read"):
        types = await ActivityTypeRepository(as_employee).calendar_codes()
        meetings = await ActivityRepository(as_employee).meetings_of(employee, types, start, end)
    if can("task:read"):
        tasks = await TaskRepository(as_employee).calendar_of(employee, start, end)
    records: list[Activity | Task | Visit] = [*visits, *meetings, *tasks]
    about = _Context(
        customers=await CustomerRepository(as_employee).visible(
            r.customer_id for r in records if r.customer_id is not None
        )
        if can("customer:read")
        else {},
        deals=await OpportunityRepository(as_employee).visible(
            r.opportunity_id for r in records if r.opportunity_id is not None
        )
        if can("opportunity:read")
        else {},
    )
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", feed.name)
    for visit in visits:
        calendar.add_component(_visit_event(visit, about, now))
    for activity in meetings:
        calendar.add_component(_activity_event(activity, about, now))
    for task in tasks:
        calendar.add_component(_task_todo(task, about, now))
    for source in _feed_sources:
        for component in await source(as_employee, employee, start, end):
            calendar.add_component(component)
    await ctx.session.flush()
    return bytes(calendar.to_ical())


def uid(record: Record) -> str:
    """A record's UID in every calendar: its resource and id under a fixed domain, never the
    server's host, so a changed public base URL does not make calendars see new events."""
    return f"{record.__resource__}-{record.id}@{UID_DOMAIN}"


def address(customer: Customer | None) -> str | None:
    """The customer's address in one line, province to street (parts the street repeats are
    not said twice)."""
    if customer is None:
        return None
    street = customer.address or ""
    parts = [part for part in (customer.province, customer.city, customer.district) if part]
    line = "".join(part for part in parts if part not in street) + street
    return line or None


def _description(
    about: _Context, record: Activity | Task | Visit, *lines: str | None
) -> str | None:
    customer, deal = about.customer(record), about.deal(record)
    said = [line for line in lines if line]
    if customer is not None:
        said.append(i18n.message("calendar.customer", name=customer.name))
    if deal is not None:
        said.append(i18n.message("calendar.deal", name=deal.name))
    return "\n".join(said) or None


def _component(
    kind: type[Event] | type[Todo],
    record: Activity | Task | Visit,
    now: datetime,
    summary: str,
    description: str | None,
) -> Any:
    """What every entry carries: a stable UID per record, the stamp, the summary, and the
    record's version as SEQUENCE so that calendars pick up changes."""
    component = kind()
    component.add("uid", uid(record))
    component.add("dtstamp", now)
    component.add("summary", summary)
    component.add("last-modified", record.updated_at)
    component.add("sequence", record.version)
    if description:
        component.add("description", description)
    return component


def _place(component: Event, customer: Customer | None) -> None:
    """LOCATION (the customer's address) and GEO (its recorded coordinates), when known."""
    where = address(customer)
    if where:
        component.add("location", where)
    if customer is not None and customer.latitude is not None and customer.longitude is not None:
        component.add("geo", (customer.latitude, customer.longitude))


def _titled(customer: Customer | None, key: str, text: str) -> str:
    if customer is None:
        return i18n.message(f"{key}.alone", text=text)
    return i18n.message(key, customer=customer.name, text=text)


def _visit_event(visit: Visit, about: _Context, now: datetime) -> Event:
    customer = about.customer(visit)
    summary = _titled(customer, "calendar.visit", visit.purpose)
    description = _description(
        about, visit, visit.summary and i18n.message("calendar.summary", text=visit.summary)
    )
    event: Event = _component(Event, visit, now, summary, description)
    begin = visit.check_in_at or visit.planned_at
    finish = visit.check_out_at or begin + timedelta(minutes=visit.planned_minutes or 60)
    event.add("dtstart", begin)
    event.add("dtend", max(finish, begin))
    event.add("status", "CANCELLED" if visit.status == VisitStatus.cancelled else "CONFIRMED")
    _place(event, customer)
    return event


def _activity_event(activity: Activity, about: _Context, now: datetime) -> Event:
    customer = about.customer(activity)
    summary = _titled(customer, "calendar.activity", activity.subject)
    description = _description(
        about,
        activity,
        activity.notes,
        activity.outcome and i18n.message("calendar.outcome", text=activity.outcome),
    )
    event: Event = _component(Event, activity, now, summary, description)
    event.add("dtstart", activity.occurred_at)
    event.add("dtend", activity.occurred_at + timedelta(minutes=activity.duration_minutes or 60))
    if activity.type not in AWAY_TYPES and activity.channel not in REMOTE_CHANNELS:
        _place(event, customer)
    return event


def _task_todo(task: Task, about: _Context, now: datetime) -> Todo:
    customer = about.customer(task)
    summary = _titled(customer, "calendar.activity", task.subject)
    todo: Todo = _component(Todo, task, now, summary, _description(about, task, task.description))
    todo.add("due", task.due_at)
    todo.add("priority", _PRIORITY[Priority(task.priority)])
    todo.add("status", _TODO_STATUS[TaskStatus(task.status)])
    if task.completed_at is not None:
        todo.add("completed", task.completed_at)
    return todo
