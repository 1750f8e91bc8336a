"""Work management's tables: approval requests, their steps and history, chain rules,
delegations and the per-type settings.

A request is owned by its applicant (``owner_id``), so managers see their reports' requests
through the data scope; the approvers named in its steps see it too (``work.repository``).
Steps are the chain built when the request was submitted, one row per approver and round (a
request returned for changes and submitted again starts a new round); the history is
append-only and says who did what, when, on whose behalf and with which comment.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salescrm.activities.models import ScheduleKind
from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.transitions import declare, to
from salescrm.core.db.types import Money, Percent
from salescrm.core.ids import new_id

LIVE = text("deleted_at IS NULL")


class ApprovalStatus(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    returned = "returned"
    withdrawn = "withdrawn"


i18n.register_enum(
    ApprovalStatus,
    {
        "pending": ("Pending", "审批中"),
        "approved": ("Approved", "已通过"),
        "rejected": ("Rejected", "已驳回"),
        "returned": ("Returned for changes", "已退回修改"),
        "withdrawn": ("Withdrawn", "已撤回"),
    },
)

#: A request in these states may still be changed by its applicant and resubmitted.
EDITABLE = (ApprovalStatus.pending.value, ApprovalStatus.returned.value)


class StepStatus(StrEnum):
    waiting = "waiting"
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    returned = "returned"
    cancelled = "cancelled"


i18n.register_enum(
    StepStatus,
    {
        "waiting": ("Waiting for earlier steps", "等待前序审批"),
        "pending": ("Awaiting the approver", "待审批"),
        "approved": ("Approved", "已同意"),
        "rejected": ("Rejected", "已驳回"),
        "returned": ("Returned for changes", "已退回"),
        "cancelled": ("Cancelled", "已取消"),
    },
)


class ApprovalAction(StrEnum):
    submitted = "submitted"
    resubmitted = "resubmitted"
    approved = "approved"
    rejected = "rejected"
    returned = "returned"
    withdrawn = "withdrawn"
    auto_approved = "auto_approved"
    commented = "commented"
    reminded = "reminded"
    applied = "applied"


i18n.register_enum(
    ApprovalAction,
    {
        "submitted": ("Submitted", "提交"),
        "resubmitted": ("Submitted again", "重新提交"),
        "approved": ("Approved", "同意"),
        "rejected": ("Rejected", "驳回"),
        "returned": ("Returned for changes", "退回修改"),
        "withdrawn": ("Withdrawn", "撤回"),
        "auto_approved": ("Approved (no approver above the applicant)", "自动通过(无上级审批人)"),
        "commented": ("Commented", "评论"),
        "reminded": ("Reminded the approver", "催办"),
        "applied": ("Took effect", "已生效"),
    },
)


class ChainMode(StrEnum):
    levels = "levels"
    up_to_role = "up_to_role"
    named = "named"


i18n.register_enum(
    ChainMode,
    {
        "levels": ("N levels of managers", "逐级上级(N 级)"),
        "up_to_role": ("Managers up to one holding a role", "逐级上级直至某角色"),
        "named": ("A named approver", "指定审批人"),
    },
)


class ApprovalRequest(Record, Owned):
    """What an employee asks for (``owner_id`` is the applicant): a form of its type, and what
    the form says in columns the queries need (period, amount, the customer or deal)."""

    __tablename__ = "approval_requests"
    __resource__ = "approval"
    #: The applicant's own request: nobody inherits it when they leave.
    __handed_over__ = False
    __events__ = declare(
        status=to(
            {
                "approved": "approved",
                "rejected": "rejected",
                "returned": "returned",
                "withdrawn": "withdrawn",
            }
        )
    )
    __table_args__ = (
        Index("ix_approval_requests_created_at", "created_at"),
        Index("ix_approval_requests_updated_at", "updated_at"),
        Index("ix_approval_requests_owner_created", "owner_id", "created_at"),
        Index("ix_approval_requests_owner_period", "owner_id", "type", "starts_at"),
        Index("ix_approval_requests_opportunity", "opportunity_id", "type"),
        Index("ix_approval_requests_customer", "customer_id"),
        Index("ix_approval_requests_status", "status", "submitted_at"),
    )

    type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    form: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: The amount chains are chosen by (an expense's sum, a discount's percentage).
    amount: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    #: The period a leave or a trip covers.
    starts_at: Mapped[datetime | None] = mapped_column(default=None)
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), default=None)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(20), default=ApprovalStatus.pending.value)
    #: Submissions so far: a request returned for changes and submitted again is round 2.
    round: Mapped[int] = mapped_column(default=1)
    #: The position of the step awaiting a decision (None once decided).
    current_step: Mapped[int | None] = mapped_column(default=None)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    #: When the type's effect was applied (an approved transfer moved the customer).
    applied_at: Mapped[datetime | None] = mapped_column(default=None)

    #: Every round's steps; ``chain`` is the current round's.
    steps: Mapped[list[ApprovalStep]] = relationship(
        lazy="raise", order_by="(ApprovalStep.round, ApprovalStep.position)", viewonly=True
    )

    @property
    def chain(self) -> list[ApprovalStep]:
        return [step for step in self.steps if step.round == self.round]

    @property
    def current_approver_id(self) -> uuid.UUID | None:
        for step in self.chain:
            if step.status == StepStatus.pending.value:
                return step.approver_id
        return None


class ApprovalStep(Base):
    """One approver's place in one round of a request's chain."""

    __tablename__ = "approval_steps"
    __table_args__ = (
        Index("ix_approval_steps_request", "request_id", "round", "position", unique=True),
        Index("ix_approval_steps_inbox", "approver_id", "status", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("approval_requests.id"))
    round: Mapped[int]
    position: Mapped[int]
    #: None: nobody above the applicant; whoever holds ``approval:configure`` decides.
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"))
    status: Mapped[str] = mapped_column(String(20))
    #: Who decided: the approver, or their delegate while they are away.
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    #: When the step became pending (the reminder job counts from it).
    pending_since: Mapped[datetime | None] = mapped_column(default=None)
    reminded_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApprovalHistory(Base):
    """Append-only: every submission, decision, comment, reminder and effect of a request."""

    __tablename__ = "approval_history"
    __table_args__ = (Index("ix_approval_history_request", "request_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("approval_requests.id"))
    round: Mapped[int]
    position: Mapped[int | None] = mapped_column(default=None)
    action: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: The approver a delegate acted for.
    on_behalf_of_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApprovalRule(Record):
    """Which chain a request of a type gets: the rule of its type with the highest
    ``min_amount`` the request reaches (none: its manager, one level)."""

    __tablename__ = "approval_rules"
    __resource__ = "approval_rule"
    __table_args__ = (
        Index("ix_approval_rules_created_at", "created_at"),
        Index("ix_approval_rules_type", "type", "min_amount"),
    )

    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(40))
    min_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    mode: Mapped[str] = mapped_column(String(20), default=ChainMode.levels.value)
    levels: Mapped[int] = mapped_column(default=1)
    role_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("roles.id"), default=None)
    approver_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    active: Mapped[bool] = mapped_column(default=True)


class ApprovalDelegation(Record, Owned):
    """While ``owner_id`` is away (``starts_at`` to ``ends_at``), ``delegate_id`` decides the
    steps waiting for them (of the listed types; none listed: every type)."""

    __tablename__ = "approval_delegations"
    __resource__ = "approval_delegation"
    __handed_over__ = False
    __table_args__ = (
        Index("ix_approval_delegations_created_at", "created_at"),
        Index("ix_approval_delegations_delegate", "delegate_id", "ends_at"),
    )

    delegate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    types: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str | None] = mapped_column(String(500), default=None)


class ApprovalTypeSetting(Record):
    """What an administrator sets for a request type declared in code (one row per type,
    seeded by the migration that declares it)."""

    __tablename__ = "approval_type_settings"
    __resource__ = "approval_type"
    __table_args__ = (Index("uq_approval_type_settings_code", "code", unique=True),)

    code: Mapped[str] = mapped_column(String(40))
    enabled: Mapped[bool] = mapped_column(default=True)
    #: For discounts: a line discount above this percentage needs an approved request.
    threshold: Mapped[Decimal | None] = mapped_column(Percent(), default=None)
    #: A step pending this long reminds its approver (again every as long); None: never.
    remind_after_hours: Mapped[int | None] = mapped_column(default=24)


# ----- schedules -----------------------------------------------------------------------------
class Schedule(Record, Owned):
    """An event in an employee's schedule (``owner_id``): what, when, where, with whom and for
    which customer or deal. Attendees see it too, and it feeds their calendar feeds."""

    __tablename__ = "schedules"
    __resource__ = "schedule"
    __table_args__ = (
        Index("ix_schedules_created_at", "created_at"),
        Index("ix_schedules_updated_at", "updated_at"),
        Index("ix_schedules_starts_at", "starts_at"),
        Index("ix_schedules_owner_starts", "owner_id", "starts_at"),
        # A day's events of a page of people: those ending after the day began (few), not
        # every event each began before it ended (a year of them).
        Index("ix_schedules_owner_ends", "owner_id", "ends_at"),
        Index("ix_schedules_customer", "customer_id", "starts_at"),
        Index("ix_schedules_opportunity", "opportunity_id", "starts_at"),
    )

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default=ScheduleKind.other.value)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    all_day: Mapped[bool] = mapped_column(default=False)
    location: Mapped[str | None] = mapped_column(String(200), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), default=None)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id"), default=None
    )
    #: Employees taking part besides the owner (ids as text; ``schedule_attendees`` indexes
    #: them for the attendees' own views).
    attendee_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class ScheduleAttendee(Base):
    """Who takes part in an event besides its owner: kept in step with ``attendee_ids``."""

    __tablename__ = "schedule_attendees"
    __table_args__ = (Index("ix_schedule_attendees_employee", "employee_id", "schedule_id"),)

    schedule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schedules.id"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"), primary_key=True)


class ScheduleNoteKind(StrEnum):
    comment = "comment"
    reminder = "reminder"


i18n.register_enum(
    ScheduleNoteKind, {"comment": ("Comment", "评论"), "reminder": ("Reminder", "提醒")}
)


class ScheduleNote(Base):
    """A leader's comment on an event, or a reminder they sent about it (append-only)."""

    __tablename__ = "schedule_notes"
    __table_args__ = (Index("ix_schedule_notes_schedule", "schedule_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    schedule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schedules.id"))
    kind: Mapped[str] = mapped_column(String(20))
    author_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    body: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# ----- statuses ------------------------------------------------------------------------------
class StatusType(Record):
    """A kind of status a salesperson is in (studying, visiting customers …): configurable
    data, seeded with the usual eight."""

    __tablename__ = "status_types"
    __resource__ = "status_type"
    __table_args__ = (
        Index("uq_status_types_code_live", "code", unique=True, sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_status_types_created_at", "created_at"),
    )  # fmt: skip

    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str | None] = mapped_column(String(100), default=None)
    color: Mapped[str | None] = mapped_column(String(7), default=None)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class StatusSource(StrEnum):
    """Where a current status comes from: set by hand, or derived."""

    manual = "manual"
    leave = "leave"
    business_trip = "business_trip"
    visit = "visit"


i18n.register_enum(
    StatusSource,
    {
        "manual": ("Set by hand", "手动设置"),
        "leave": ("Approved leave", "已批准的请假"),
        "business_trip": ("Approved business trip", "已批准的出差"),
        "visit": ("Open visit check-in", "拜访签到中"),
    },
)


class EmployeeStatus(Record, Owned):
    """What an employee (``owner_id``) is doing from ``starts_at`` (until ``ends_at``, or until
    the next status when open-ended)."""

    __tablename__ = "employee_statuses"
    __resource__ = "employee_status"
    __handed_over__ = False
    __table_args__ = (
        Index("ix_employee_statuses_created_at", "created_at"),
        Index("ix_employee_statuses_updated_at", "updated_at"),
        Index("ix_employee_statuses_owner_starts", "owner_id", "starts_at"),
    )

    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("status_types.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    note: Mapped[str | None] = mapped_column(String(500), default=None)


# ----- attendance ----------------------------------------------------------------------------
class HolidayKind(StrEnum):
    holiday = "holiday"
    workday = "workday"


i18n.register_enum(
    HolidayKind,
    {
        "holiday": ("Public holiday (no work)", "法定节假日(休息)"),
        "workday": ("Adjusted working day (调休上班)", "调休上班日"),
    },
)


class Holiday(Record):
    """A day the statutory calendar changes: a public holiday off work, or a weekend day
    worked in exchange (调休). Every other day follows the department's workdays."""

    __tablename__ = "holidays"
    __resource__ = "holiday"
    __table_args__ = (
        Index("uq_holidays_day_live", "day", unique=True, sqlite_where=LIVE,
              postgresql_where=LIVE),
        Index("ix_holidays_created_at", "created_at"),
    )  # fmt: skip

    day: Mapped[date]
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))


class WorkRule(Record):
    """A department's working hours (the nearest department up the tree with a rule of its
    own decides; a rule without a department is the company's default)."""

    __tablename__ = "work_rules"
    __resource__ = "work_rule"
    __table_args__ = (
        Index("uq_work_rules_department_live", "department_id", unique=True,
              sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_work_rules_created_at", "created_at"),
    )  # fmt: skip

    name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    #: Wall-clock times in the business time zone, "HH:MM".
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    end_time: Mapped[str] = mapped_column(String(5), default="18:00")
    grace_minutes: Mapped[int] = mapped_column(default=0)
    #: Arrive up to this much later than ``start_time`` and leave as much later.
    flexible_minutes: Mapped[int] = mapped_column(default=0)
    #: ISO weekdays worked (1 Monday … 7 Sunday).
    workdays: Mapped[list[int]] = mapped_column(JSON, default=lambda: [1, 2, 3, 4, 5])
    #: Public holidays are off and adjusted working days (调休) are worked.
    follows_holidays: Mapped[bool] = mapped_column(default=True)


class PunchKind(StrEnum):
    check_in = "check_in"
    check_out = "check_out"


i18n.register_enum(
    PunchKind, {"check_in": ("Check in", "上班打卡"), "check_out": ("Check out", "下班打卡")}
)


class PunchSource(StrEnum):
    app = "app"
    correction = "correction"


i18n.register_enum(
    PunchSource,
    {"app": ("Punched in the app", "应用打卡"), "correction": ("Approved correction", "补卡审批")},
)


class AttendancePunch(Record, Owned):
    """A check-in or check-out of an employee (``owner_id``), where the business day it
    counts for is ``day``. Punches are never changed; a correction is an approved request
    that adds one."""

    __tablename__ = "attendance_punches"
    __resource__ = "attendance_punch"
    __handed_over__ = False
    __table_args__ = (
        Index("ix_attendance_punches_created_at", "created_at"),
        Index("ix_attendance_punches_owner_day", "owner_id", "day", "at"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime]
    day: Mapped[date]
    source: Mapped[str] = mapped_column(String(12), default=PunchSource.app.value)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    accuracy_m: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str | None] = mapped_column(String(500), default=None)
    #: The approved correction that added it.
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("approval_requests.id"), default=None
    )


class DayStatus(StrEnum):
    normal = "normal"
    late = "late"
    left_early = "left_early"
    late_and_left_early = "late_and_left_early"
    missing_punch = "missing_punch"
    absent = "absent"
    on_leave = "on_leave"
    on_trip = "on_trip"
    rest_day = "rest_day"
    pending = "pending"


i18n.register_enum(
    DayStatus,
    {
        "normal": ("Normal", "正常"),
        "late": ("Late", "迟到"),
        "left_early": ("Left early", "早退"),
        "late_and_left_early": ("Late and left early", "迟到且早退"),
        "missing_punch": ("Missing punch", "缺卡"),
        "absent": ("Absent", "旷工"),
        "on_leave": ("On leave", "请假"),
        "on_trip": ("On a business trip", "出差"),
        "rest_day": ("Rest day", "休息日"),
        "pending": ("Day not over", "当日未结束"),
    },
)


class StatisticsGroup(StrEnum):
    employee = "employee"
    department = "department"


i18n.register_enum(
    StatisticsGroup,
    {"employee": ("Per employee", "按员工"), "department": ("Per department", "按部门")},
)


class AttendanceDay(Base):
    """An employee's attendance on one business day, computed from their punches, their work
    rule, the holiday calendar and their approved leave and trips (``work.attendance``), and
    computed again whenever one of them changes."""

    __tablename__ = "attendance_days"
    __table_args__ = (Index("ix_attendance_days_day", "day", "employee_id"),)

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(24))
    workday: Mapped[bool]
    first_in: Mapped[datetime | None] = mapped_column(default=None)
    last_out: Mapped[datetime | None] = mapped_column(default=None)
    late_minutes: Mapped[int] = mapped_column(default=0)
    early_minutes: Mapped[int] = mapped_column(default=0)
    worked_minutes: Mapped[int] = mapped_column(default=0)
    #: The approved leave or trip it counts.
    request_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


# ----- journals ------------------------------------------------------------------------------
class JournalPeriod(StrEnum):
    daily = "daily"
    weekly = "weekly"
    monthly = "monthly"


i18n.register_enum(
    JournalPeriod,
    {"daily": ("Daily report", "日报"), "weekly": ("Weekly report", "周报"),
     "monthly": ("Monthly report", "月报")},
)  # fmt: skip


class JournalStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"


i18n.register_enum(
    JournalStatus, {"draft": ("Draft", "草稿"), "submitted": ("Submitted", "已提交")}
)


class Journal(Record, Owned):
    """A work journal (工作日志) of its author (``owner_id``) for a day, a week (from Monday)
    or a month (from the 1st): what was done, what is planned, problems, help needed."""

    __tablename__ = "journals"
    __resource__ = "journal"
    __handed_over__ = False
    __table_args__ = (
        Index("ix_journals_created_at", "created_at"),
        Index("ix_journals_updated_at", "updated_at"),
        Index("uq_journals_owner_period_start_live", "owner_id", "period", "period_start",
              unique=True, sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_journals_period", "period", "period_start", "status"),
    )  # fmt: skip

    period: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default=JournalStatus.draft.value)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    done: Mapped[str | None] = mapped_column(Text, default=None)
    planned: Mapped[str | None] = mapped_column(Text, default=None)
    problems: Mapped[str | None] = mapped_column(Text, default=None)
    help_needed: Mapped[str | None] = mapped_column(Text, default=None)
    content: Mapped[str | None] = mapped_column(Text, default=None)

    reads: Mapped[list[JournalRead]] = relationship(
        lazy="raise", order_by="JournalRead.read_at", viewonly=True
    )


class JournalRead(Base):
    """A leader marked the journal read (once each)."""

    __tablename__ = "journal_reads"

    journal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journals.id"), primary_key=True)
    reader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)


class JournalComment(Base):
    """A comment on a journal, or a reply to one (``parent_id``): a thread."""

    __tablename__ = "journal_comments"
    __table_args__ = (Index("ix_journal_comments_journal", "journal_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    journal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journals.id"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("journal_comments.id"), default=None
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class JournalReminder(Record):
    """When a department's people are reminded of a journal they have not submitted: a daily
    one at ``daily_at`` on working days, a weekly one on ``weekly_day`` at that time (the
    nearest department up the tree with a rule decides; none: the company default)."""

    __tablename__ = "journal_reminders"
    __resource__ = "journal_reminder"
    __table_args__ = (
        Index("uq_journal_reminders_department_live", "department_id", unique=True,
              sqlite_where=LIVE, postgresql_where=LIVE),
        Index("ix_journal_reminders_created_at", "created_at"),
    )  # fmt: skip

    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    daily_at: Mapped[str | None] = mapped_column(String(5), default="18:00")
    weekly_day: Mapped[int | None] = mapped_column(default=5)
    enabled: Mapped[bool] = mapped_column(default=True)
    #: The business day it last reminded, so a run reminds once a day.
    reminded_on: Mapped[date | None] = mapped_column(default=None)
