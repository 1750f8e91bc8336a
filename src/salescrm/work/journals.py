"""Work journals (工作日志): daily, weekly and monthly reports, their drafts, reading,
comment threads, reminders and submission rates.

A journal is its author's (``owner_id``): the data scope shows a leader their people's. One
per author, period kind and period (a week runs from Monday, a month from the 1st); not for a
period that has not begun. A draft is pre-filled from what the author did in the period —
activities they recorded, visits they checked in to, tasks they completed, deals of theirs that
moved stage — for them to edit. Submitted, it goes to their manager's inbox; a leader marks it
read and comments, and comments are threads (a reply names its parent); the author is told of
every comment, a commenter of every reply to them.

A reminder rule per department (the nearest up the tree, else the company's) sets when those
who have not submitted are reminded: the day's journal at ``daily_at`` on working days (the
holiday calendar), the week's on ``weekly_day``.
"""

from __future__ import annotations

import builtins
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query, status
from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import selectinload

from salescrm.activities.models import Activity, Task, TaskStatus, Visit
from salescrm.core import clock, i18n
from salescrm.core.clock import utcnow
from salescrm.core.crud import CrudSpec, IdPath, crud_router, record_action
from salescrm.core.errors import (
    Conflict,
    Duplicate,
    Forbidden,
    ValidationFailed,
    error_responses,
    unknown_reference,
)
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.jobs import Job
from salescrm.core.pagination import ListParams
from salescrm.core.references import present
from salescrm.core.repository import PageResult, Repository
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers.models import Customer
from salescrm.org.models import Employee
from salescrm.platform.audit import register_reference_audit
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.sales.models import Opportunity, OpportunityStageChange, PipelineStage
from salescrm.work import schemas
from salescrm.work.attendance import HolidayRepository, Shift, wall_time
from salescrm.work.models import (
    Journal,
    JournalComment,
    JournalPeriod,
    JournalRead,
    JournalReminder,
    JournalStatus,
)
from salescrm.work.repository import (
    PeopleRepository,
    ScopedEmployees,
    department_chains,
    nearest,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_titles(
    {
        "journal_submitted": ("Journal submitted", "日志已提交"),
        "own_journal": ("Your own journal", "自己的日志"),
    }
)
i18n.register_details(
    {
        "journal_submitted": (
            "The journal was submitted; it no longer changes.",
            "日志已提交,不能再修改。",
        ),
        "own_journal": ("A leader marks it read, not its author.", "由上级标记已读,而非作者。"),
    }
)
i18n.register_messages(
    {
        "notification.journal_submitted": (
            "{author} submitted a {period}: {span}",
            "{author} 提交了{period}({span})",
        ),
        "notification.journal_comment": (
            "{author} commented on your {period} ({span})",
            "{author} 评论了您的{period}({span})",
        ),
        "notification.journal_reply": (
            "{author} replied to your comment on a {period} ({span})",
            "{author} 回复了您在{period}({span})中的评论",
        ),
        "notification.journal_reminder": (
            "Your {period} for {span} is not submitted yet",
            "您的{period}({span})尚未提交",
        ),
        "notification.journal_text": ("{body}", "{body}"),
        "journal.activity": ("{type}: {subject}", "{type}:{subject}"),
        "journal.visit": ("Visited {customer}: {purpose}", "拜访 {customer}:{purpose}"),
        "journal.task": ("Done: {subject}", "完成任务:{subject}"),
        "journal.stage": ("{deal} moved to {stage}", "商机「{deal}」推进到「{stage}」"),
    }
)


class JournalSubmitted(Conflict):
    code = detail_key = "journal_submitted"


def period_of(kind: JournalPeriod, day: date) -> tuple[date, date]:
    """The period of a kind a day falls in: the day, its week from Monday, its month."""
    if kind is JournalPeriod.daily:
        return day, day
    if kind is JournalPeriod.weekly:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def span(journal: Journal) -> str:
    if journal.period_start == journal.period_end:
        return journal.period_start.isoformat()
    return f"{journal.period_start.isoformat()}–{journal.period_end.isoformat()}"


# ----- repository ----------------------------------------------------------------------------
def _unread(reader: uuid.UUID | None) -> FilterOp:
    def op(value: bool) -> Any:
        read = select(JournalRead.journal_id).where(JournalRead.reader_id == reader)
        submitted = Journal.status == JournalStatus.submitted.value
        return and_(submitted, Journal.id.not_in(read)) if value else Journal.id.in_(read)

    return op


class JournalRepository(Repository[Journal]):
    model = Journal
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "period_start": "period_start",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "owner_id": eq(Journal.owner_id),
        "period": eq(Journal.period),
        "status": eq(Journal.status),
        "period_from": gte(Journal.period_start),
        "period_to": lte(Journal.period_start),
    }
    search_columns = ("done", "planned", "problems", "help_needed", "content")
    unique_fields = ("period_start",)

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Journal.reads),)

    async def reload(self, journal: Journal) -> Journal:
        """The journal with its reads as stored now (after one was added)."""
        await self.session.flush()
        await self.session.refresh(journal, attribute_names=["reads"])
        return journal

    async def mark_read(self, journal_id: uuid.UUID, reader_id: uuid.UUID) -> None:
        stmt = select(JournalRead).where(
            JournalRead.journal_id == journal_id, JournalRead.reader_id == reader_id
        )
        if (await self.session.scalars(stmt)).first() is None:
            self.session.add(JournalRead(journal_id=journal_id, reader_id=reader_id))

    async def add_comment(self, comment: JournalComment) -> None:
        self.session.add(comment)
        await self.session.flush()

    async def comments(self, journal_id: uuid.UUID) -> list[JournalComment]:
        stmt = (
            select(JournalComment)
            .where(JournalComment.journal_id == journal_id)
            .order_by(JournalComment.created_at, JournalComment.id)
        )
        return list(await self.session.scalars(stmt))

    async def comment(self, comment_id: uuid.UUID) -> JournalComment | None:
        return await self.session.get(JournalComment, comment_id)

    # ----- the draft -------------------------------------------------------------------------
    async def activities_of(
        self, author: uuid.UUID, start: datetime, end: datetime
    ) -> list[Activity]:
        stmt = (
            select(Activity)
            .where(
                Activity.author_id == author,
                Activity.deleted_at.is_(None),
                Activity.occurred_at >= start,
                Activity.occurred_at < end,
            )
            .order_by(Activity.occurred_at)
            .limit(200)
        )
        return list(await self.session.scalars(stmt))

    async def visits_of(
        self, owner: uuid.UUID, start: datetime, end: datetime
    ) -> list[tuple[Visit, str]]:
        stmt = (
            select(Visit, Customer.name)
            .join(Customer, Customer.id == Visit.customer_id)
            .where(
                Visit.owner_id == owner,
                Visit.deleted_at.is_(None),
                Visit.check_in_at >= start,
                Visit.check_in_at < end,
            )
            .order_by(Visit.check_in_at)
            .limit(200)
        )
        return [(visit, name) for visit, name in await self.session.execute(stmt)]

    async def tasks_done(self, owner: uuid.UUID, start: datetime, end: datetime) -> list[Task]:
        stmt = (
            select(Task)
            .where(
                Task.owner_id == owner,
                Task.deleted_at.is_(None),
                Task.status == TaskStatus.done.value,
                Task.completed_at >= start,
                Task.completed_at < end,
            )
            .order_by(Task.completed_at)
            .limit(200)
        )
        return list(await self.session.scalars(stmt))

    async def deals_moved(
        self, owner: uuid.UUID, start: datetime, end: datetime
    ) -> list[tuple[OpportunityStageChange, str, str]]:
        stmt = (
            select(OpportunityStageChange, Opportunity.name, PipelineStage.name)
            .join(Opportunity, Opportunity.id == OpportunityStageChange.opportunity_id)
            .join(PipelineStage, PipelineStage.id == OpportunityStageChange.to_stage_id)
            .where(
                Opportunity.owner_id == owner,
                Opportunity.deleted_at.is_(None),
                OpportunityStageChange.from_stage_id.is_not(None),
                OpportunityStageChange.changed_at >= start,
                OpportunityStageChange.changed_at < end,
            )
            .order_by(OpportunityStageChange.changed_at)
            .limit(200)
        )
        return [(c, deal, stage) for c, deal, stage in await self.session.execute(stmt)]

    # ----- rates and reminders ---------------------------------------------------------------
    async def submitted_counts(
        self, people: Any, kind: JournalPeriod, first: date, last: date
    ) -> dict[uuid.UUID | None, tuple[int, int]]:
        """Per department: journals submitted for periods starting in ``[first, last]``, and
        those submitted by the end of their period."""
        in_scope = people.subquery()
        stmt = (
            select(in_scope.c.department_id, Journal.period_end, Journal.submitted_at)
            .join(in_scope, in_scope.c.id == Journal.owner_id)
            .where(
                Journal.deleted_at.is_(None),
                Journal.period == kind.value,
                Journal.status == JournalStatus.submitted.value,
                Journal.period_start >= first,
                Journal.period_start <= last,
            )
        )
        found: dict[uuid.UUID | None, list[int]] = defaultdict(lambda: [0, 0])
        for department, period_end, submitted_at in await self.session.execute(stmt):
            counts = found[department]
            counts[0] += 1
            if submitted_at <= clock.day_start(period_end + timedelta(days=1)):
                counts[1] += 1
        return {k: (v[0], v[1]) for k, v in found.items()}

    async def authors_of(
        self, kind: JournalPeriod, period_start: date, ids: Sequence[uuid.UUID]
    ) -> set[uuid.UUID]:
        """Which of these employees submitted the period's journal."""
        if not ids:
            return set()
        stmt = select(Journal.owner_id).where(
            Journal.owner_id.in_(list(ids)),
            Journal.deleted_at.is_(None),
            Journal.period == kind.value,
            Journal.period_start == period_start,
            Journal.status == JournalStatus.submitted.value,
        )
        return {owner for owner in await self.session.scalars(stmt) if owner is not None}


class ReminderRepository(Repository[JournalReminder]):
    model = JournalReminder
    filters: ClassVar[dict[str, FilterOp]] = {"department_id": eq(JournalReminder.department_id)}
    unique_fields = ("department_id",)

    async def live(self) -> list[JournalReminder]:
        stmt = select(JournalReminder).where(JournalReminder.deleted_at.is_(None))
        return list(await self.session.scalars(stmt))

    async def employees_in(self, department_ids: Sequence[uuid.UUID | None]) -> list[Employee]:
        """Current employees of these departments (None: those without one)."""
        named = [d for d in department_ids if d is not None]
        where: ColumnElement[bool] = Employee.department_id.in_(named)
        if None in department_ids:
            where = or_(where, Employee.department_id.is_(None))
        stmt = select(Employee).where(
            where, Employee.deleted_at.is_(None), Employee.employment_status != "resigned"
        )
        return list(await self.session.scalars(stmt))


# ----- services ------------------------------------------------------------------------------
class JournalService(CrudService[Journal]):
    repository = JournalRepository
    permission = "journal"
    refusals: ClassVar = {
        "create": {
            409: "409 `duplicate` when the author has a journal for that period already.",
            422: "422 `period_in_future` for a period that has not begun.",
        },
        "update": {409: "409 `journal_submitted` once it was submitted."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.journals: JournalRepository = self.repo  # type: ignore[assignment]
        self.people = PeopleRepository(ctx)

    async def list(self, params: ListParams) -> PageResult[Journal]:
        self.require("read")
        unread = getattr(params, "unread", None)
        where = [] if unread is None else [_unread(self.ctx.subject.id)(unread)]
        rest = params.model_copy(update={"unread": None})
        return await self.repo.list(rest, where=where)

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        kind = JournalPeriod(values.get("period", JournalPeriod.daily))
        day = values.pop("period_start", None) or clock.today()
        start, end = period_of(kind, day)
        if start > clock.today():
            raise ValidationFailed.field(
                ["body", "period_start"], "The period has not begun", "period_in_future"
            )
        owner = values.get("owner_id")
        if (
            owner is not None
            and owner != self.ctx.subject.id
            and not await self.people.current_ids([owner])
        ):
            raise unknown_reference(["body", "owner_id"], "current employee")
        values.update(period=kind.value, period_start=start, period_end=end)
        return values

    async def prepare_update(self, record: Journal, changes: dict[str, Any]) -> dict[str, Any]:
        if record.status == JournalStatus.submitted.value:
            raise JournalSubmitted()
        return changes

    async def create(self, payload: Any) -> tuple[Journal, bool]:
        record, created = await super().create(payload)
        return await self.journals.reload(record), created

    async def update(self, record_id: uuid.UUID, payload: Any, expected: Any) -> Journal:
        return await self.journals.reload(await super().update(record_id, payload, expected))

    async def submit(
        self, record_id: uuid.UUID, body: schemas.JournalActIn, expected: Any
    ) -> Journal:
        """The author (or whoever may change it) submits it; their manager is told."""
        self.require("write")
        journal = await self.repo.get_for_write(record_id)
        if journal.status == JournalStatus.submitted.value:
            raise JournalSubmitted()
        journal = await self.repo.update(
            journal, {"status": JournalStatus.submitted.value, "submitted_at": utcnow()}, expected
        )
        author = await self.people.live(journal.owner_id) if journal.owner_id else None
        if author is not None and author.manager_id is not None:
            self._tell(
                journal,
                author.manager_id,
                "notification.journal_submitted",
                author.name,
                body.comment,
            )
        return await self.journals.reload(journal)

    async def mark_read(
        self, record_id: uuid.UUID, body: schemas.JournalActIn, _expected: Any
    ) -> Journal:
        """A leader who sees it marks it read (once; its author cannot), with a remark."""
        self.require("read")
        journal = await self.repo.get(record_id)
        me = self.ctx.subject.id
        if me is None or me == journal.owner_id:
            raise Forbidden("own_journal")
        await self.journals.mark_read(journal.id, me)
        if body.comment is not None:
            await self.comment(journal.id, schemas.JournalCommentIn(body=body.comment))
        return await self.journals.reload(journal)

    async def comments(self, record_id: uuid.UUID) -> builtins.list[JournalComment]:
        self.require("read")
        await self.repo.get(record_id)
        return await self.journals.comments(record_id)

    async def comment(self, record_id: uuid.UUID, body: schemas.JournalCommentIn) -> JournalComment:
        """Whoever sees it comments, or replies in a thread; the author is told, and so is the
        author of the comment replied to."""
        self.require("read")
        journal = await self.repo.get(record_id)
        parent = None
        if body.parent_id is not None:
            parent = await self.journals.comment(body.parent_id)
            if parent is None or parent.journal_id != journal.id:
                raise unknown_reference(["body", "parent_id"], "comment of this journal")
        me = self.ctx.subject.id
        comment = JournalComment(
            journal_id=journal.id, parent_id=body.parent_id, author_id=me, body=body.body
        )
        await self.journals.add_comment(comment)
        writer = await self.people.live(me) if me is not None else None
        name = writer.name if writer is not None else "—"
        if journal.owner_id is not None and journal.owner_id != me:
            self._tell(journal, journal.owner_id, "notification.journal_comment", name, body.body)
        if (
            parent is not None
            and parent.author_id is not None
            and parent.author_id not in (me, journal.owner_id)
        ):
            self._tell(journal, parent.author_id, "notification.journal_reply", name, body.body)
        return comment

    def _tell(
        self, journal: Journal, recipient: uuid.UUID, key: str, author: str, text: str | None = None
    ) -> None:
        params: dict[str, str | int] = {
            "author": author,
            "period": i18n.label("JournalPeriod", journal.period),
            "span": span(journal),
        }
        if text:
            params["body"] = text
        notify(
            self.ctx,
            recipient,
            NotificationKind.journal,
            key,
            params,
            body_key="notification.journal_text" if text else None,
            resource="journal",
            record_id=journal.id,
        )

    async def draft(self, params: schemas.JournalDraftParams) -> schemas.JournalDraft:
        """The caller's period pre-filled from their own work in it, to edit and save."""
        self.require("write")
        me = self.ctx.subject.id
        if me is None:
            raise Forbidden("forbidden_action", permission="journal:write")
        first, last = period_of(params.period, params.day or clock.today())
        start, end = clock.day_start(first), clock.day_start(last + timedelta(days=1))
        sources: builtins.list[schemas.DraftSource] = []
        for activity in await self.journals.activities_of(me, start, end):
            text = i18n.message(
                "journal.activity",
                type=i18n.label("activity_type", activity.type),
                subject=activity.subject,
            )
            sources.append(
                _source(schemas.DraftSourceKind.activity, activity.id, activity.occurred_at, text)
            )
        for visit, customer in await self.journals.visits_of(me, start, end):
            text = i18n.message("journal.visit", customer=customer, purpose=visit.purpose)
            sources.append(
                _source(schemas.DraftSourceKind.visit, visit.id, visit.check_in_at, text)
            )
        for task in await self.journals.tasks_done(me, start, end):
            text = i18n.message("journal.task", subject=task.subject)
            sources.append(_source(schemas.DraftSourceKind.task, task.id, task.completed_at, text))
        for change, deal, stage in await self.journals.deals_moved(me, start, end):
            text = i18n.message("journal.stage", deal=deal, stage=stage)
            sources.append(
                _source(schemas.DraftSourceKind.stage_change, change.id, change.changed_at, text)
            )
        sources.sort(key=lambda s: s.at)
        done = "\n".join(f"{i}. {s.text}" for i, s in enumerate(sources, 1)) or None
        return schemas.JournalDraft(
            period=params.period, period_start=first, period_end=last, done=done, sources=sources
        )

    async def rates(self, params: schemas.SubmissionParams) -> schemas.SubmissionRates:
        """Submitted against due, per department, among the employees in the caller's scope."""
        self.require("read")
        employees = ScopedEmployees(self.ctx)
        people = employees.people(
            params.department_id, Employee.id, Employee.department_id, Employee.hire_date
        )
        periods = await self._periods(params)
        due: dict[uuid.UUID | None, builtins.list[int]] = defaultdict(lambda: [0, 0])
        for _id, department, hired in await employees.rows(people):
            counts = due[department]
            counts[0] += 1
            counts[1] += sum(1 for p in periods if hired is None or p >= hired)
        submitted = await self.journals.submitted_counts(
            people.with_only_columns(Employee.id, Employee.department_id),
            params.period,
            params.day_from,
            params.day_to,
        )
        rows = []
        for department, (count, expected) in due.items():
            done, on_time = submitted.get(department, (0, 0))
            rows.append(_rate(department, count, expected, min(done, expected), on_time))
        total = _rate(
            None,
            sum(r.employees for r in rows),
            sum(r.expected for r in rows),
            sum(r.submitted for r in rows),
            sum(r.on_time for r in rows),
        )
        named = await present(self.ctx, schemas.SubmissionRow, rows)
        named.sort(key=lambda r: (r.department.name or "") if r.department else "")
        return schemas.SubmissionRates(
            period=params.period,
            day_from=params.day_from,
            day_to=params.day_to,
            rows=named,
            total=total,
        )

    async def _periods(self, params: schemas.SubmissionParams) -> builtins.list[date]:
        """The starts of the periods due in the range (daily: working days by the company's
        calendar)."""
        starts: builtins.list[date] = []
        day = period_of(params.period, params.day_from)[0]
        if day < params.day_from:
            day = period_of(
                params.period,
                day + timedelta(days=31 if params.period is JournalPeriod.monthly else 7),
            )[0]
        calendar = await HolidayRepository(self.ctx).between(params.day_from, params.day_to)
        shift = Shift.of(None)
        while day <= params.day_to and day <= clock.today():
            if params.period is not JournalPeriod.daily or shift.works(day, calendar):
                starts.append(day)
            day = period_of(params.period, period_of(params.period, day)[1] + timedelta(days=1))[0]
        return starts


def _source(
    kind: schemas.DraftSourceKind, record_id: uuid.UUID, at: datetime | None, text: str
) -> schemas.DraftSource:
    """One line of a draft (the queries return only rows with their time set)."""
    return schemas.DraftSource(kind=kind, id=record_id, at=at or utcnow(), text=text)


def _rate(
    department: uuid.UUID | None, employees: int, expected: int, submitted: int, on_time: int
) -> schemas.SubmissionRow:
    return schemas.SubmissionRow(
        department_id=department,
        employees=employees,
        expected=expected,
        submitted=submitted,
        on_time=on_time,
        rate=round(submitted / expected, 4) if expected else 0.0,
    )


class ReminderService(CrudService[JournalReminder]):
    repository = ReminderRepository
    permission = "journal"
    permissions: ClassVar = {
        "read": "journal:read",
        "write": "journal:configure",
        "delete": "journal:configure",
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        reminders = ReminderRepository(self.ctx)
        department = values.get("department_id")
        if department is not None:
            if department not in await department_chains(self.ctx.session):
                raise unknown_reference(["body", "department_id"], "department")
        elif any(r.department_id is None for r in await reminders.live()):
            raise Duplicate(
                resource="journal_reminder",
                field="department_id",
                extensions={"field": "department_id"},
            )
        return values


async def remind_journals(ctx: Ctx, now: datetime | None = None) -> int:
    """Every quarter of an hour: each rule whose time has come today (and that has not run
    today) reminds its departments' people who have not submitted the day's journal (and on
    its weekday, the week's)."""
    moment = now or utcnow()
    today = clock.business_date(moment)
    reminders = ReminderRepository(ctx)
    journals = JournalRepository(ctx)
    every = await reminders.live()
    rules = [r for r in every if r.enabled and r.reminded_on != today]
    if not rules:
        return 0
    chains = await department_chains(ctx.session)
    by_department = {r.department_id: r for r in every}
    calendar = await HolidayRepository(ctx).between(today, today)
    working = Shift.of(None).works(today, calendar)
    told = 0
    for rule in rules:
        if rule.daily_at is None or moment < clock.wall_clock(today, wall_time(rule.daily_at)):
            continue
        rule.reminded_on = today
        governed = [d for d in chains if nearest(d, by_department, chains) is rule]
        if rule.department_id is None:
            governed.append(None)  # type: ignore[arg-type]
        people = await reminders.employees_in(governed)
        due = []
        if working:
            due.append(JournalPeriod.daily)
        if rule.weekly_day == today.isoweekday():
            due.append(JournalPeriod.weekly)
        for kind in due:
            start, end = period_of(kind, today)
            done = await journals.authors_of(kind, start, [p.id for p in people])
            for person in people:
                if person.id in done:
                    continue
                notify(
                    ctx,
                    person.id,
                    NotificationKind.journal,
                    "notification.journal_reminder",
                    {
                        "period": i18n.label("JournalPeriod", kind.value),
                        "span": start.isoformat() if start == end else f"{start}–{end}",
                    },
                )
                told += 1
    await ctx.session.flush()
    return told


# ----- routes ------------------------------------------------------------------------------
i18n.register_names(
    {"journal": "工作日志", "journal_reminder": "日志提醒"},
    {
        "period": "周期",
        "period_start": "周期开始",
        "done": "已完成",
        "planned": "计划",
        "problems": "问题",
        "help_needed": "需要的支持",
        "daily_at": "每日提醒时间",
        "weekly_day": "每周提醒日",
    },
)
register_reference_audit("journal_reminder")

extra_router = APIRouter(prefix="/journals", tags=["work"], route_class=UnitOfWorkRoute)


@extra_router.get(
    "/draft",
    name="journals_draft",
    summary="A draft of the caller's journal, pre-filled from their work in the period",
    description="Requires `journal:write`. Lists the activities the caller recorded, the "
    "visits they checked in to, the tasks they completed and their deals that moved stage in "
    "the period, as lines of `done` to edit before `POST /journals`. Nothing is saved.",
    response_model=schemas.JournalDraft,
    responses=error_responses(401, 403, 422),
)
async def journal_draft(ctx: CtxDep, params: Annotated[schemas.JournalDraftParams, Query()]) -> Any:
    return await JournalService(ctx).draft(params)


@extra_router.get(
    "/submission-rates",
    name="journals_submission_rates",
    summary="Journals submitted against journals due, per department, over a period",
    description="Requires `journal:read`; the employees in the caller's data scope (of a "
    "department and those below it, with `department_id`). Daily journals are due on working "
    "days (the holiday calendar), weekly and monthly ones per week and month begun; days "
    "before an employee was hired are not due. At most a year; 422 `range_reversed`, "
    "`period_too_long`.",
    response_model=schemas.SubmissionRates,
    responses=error_responses(401, 403, 422),
)
async def submission_rates(
    ctx: CtxDep, params: Annotated[schemas.SubmissionParams, Query()]
) -> Any:
    return await JournalService(ctx).rates(params)


journals = crud_router(
    CrudSpec(
        path="/journals",
        name="journals",
        tag="work",
        singular="journal",
        service=JournalService,
        read_schema=schemas.JournalOut,
        create_schema=schemas.JournalCreate,
        update_schema=schemas.JournalUpdate,
        list_params=schemas.JournalListParams,
    )
)


async def _submit(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Any) -> Any:
    return await JournalService(ctx).submit(record_id, body, expected)


async def _read(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Any) -> Any:
    return await JournalService(ctx).mark_read(record_id, body, expected)


record_action(
    journals,
    action="submit",
    name="journals_submit",
    summary="Submit the journal: it goes to the author's manager and no longer changes",
    description="Requires `journal:write` and the right to change it (404 outside the data "
    "scope). 409 `journal_submitted` when it was submitted already; a stale `If-Match` is 412.",
    payload=schemas.JournalActIn,
    read_schema=schemas.JournalOut,
    run=_submit,
)
record_action(
    journals,
    action="read",
    name="journals_mark_read",
    summary="Mark the journal read (a leader; once each)",
    description="Requires `journal:read`; whoever sees it but its author (403 `own_journal`). "
    "404 when the caller cannot see it.",
    payload=schemas.JournalActIn,
    read_schema=schemas.JournalOut,
    run=_read,
)


@journals.get(
    "/{record_id}/comments",
    name="journals_comments",
    summary="The journal's comments and replies, oldest first",
    description="Requires `journal:read`; 404 when the caller cannot see the journal.",
    response_model=schemas.JournalCommentList,
    responses=error_responses(401, 403, 404),
)
async def journal_comments(record_id: IdPath, ctx: CtxDep) -> Any:
    found = await JournalService(ctx).comments(record_id)
    return {"items": await present(ctx, schemas.JournalCommentOut, found)}


@journals.post(
    "/{record_id}/comments",
    name="journals_comment",
    summary="Comment on a journal, or reply to a comment (`parent_id`)",
    description="Requires `journal:read`; whoever sees the journal. The author is told, and "
    "the author of the comment replied to. 404 when the caller cannot see the journal; 422 "
    "when `parent_id` is not a comment of it.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.JournalCommentOut,
    responses=error_responses(400, 401, 403, 404, 415, 422),
)
async def comment_journal(record_id: IdPath, body: schemas.JournalCommentIn, ctx: CtxDep) -> Any:
    comment = await JournalService(ctx).comment(record_id, body)
    return (await present(ctx, schemas.JournalCommentOut, [comment]))[0]


reminders = crud_router(
    CrudSpec(
        path="/journal-reminders",
        name="journal_reminders",
        tag="work",
        singular="journal reminder",
        service=ReminderService,
        read_schema=schemas.JournalReminderOut,
        create_schema=schemas.JournalReminderCreate,
        update_schema=schemas.JournalReminderUpdate,
        list_params=schemas.JournalReminderListParams,
    )
)

JOBS = [Job("remind_journals", 900, remind_journals)]
#: ``/journals/draft`` before ``/journals/{id}``.
routers: list[APIRouter] = [extra_router, journals, reminders]
