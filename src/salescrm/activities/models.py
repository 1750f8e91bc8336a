"""Activity tables: the configurable activity types, activities and their participants, tasks
with reminders, field visits with their check-in and check-out, and calendar feeds.

An activity has no owner of its own: it follows the customer and the deal it is about
(``ActivityRepository``). Tasks and visits are owned — by the assignee and by the rep who makes
the visit — so the org chart decides who sees them, like every owned record.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Float, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields.models import HasCustomFields
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.transitions import declare, to
from salescrm.core.ids import new_id

LIVE = text("deleted_at IS NULL")
OPEN_TASK = text("deleted_at IS NULL AND status IN ('open', 'in_progress')")
#: Reminders still to deliver: a task closed or deleted first drops out of the index.
REMINDER_DUE = text(
    "reminded_at IS NULL AND deleted_at IS NULL AND status IN ('open', 'in_progress')"
)


class Direction(StrEnum):
    inbound = "inbound"
    outbound = "outbound"


i18n.register_enum(
    Direction,
    {
        "inbound": ("Inbound", "客户发起"),
        "outbound": ("Outbound", "我方发起"),
    },
)


class TaskStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"


i18n.register_enum(
    TaskStatus,
    {
        "open": ("Open", "待办"),
        "in_progress": ("In progress", "进行中"),
        "done": ("Done", "已完成"),
        "cancelled": ("Cancelled", "已取消"),
    },
)


OPEN_STATUSES = (TaskStatus.open.value, TaskStatus.in_progress.value)


class Priority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


i18n.register_enum(
    Priority,
    {
        "low": ("Low", "低"),
        "normal": ("Normal", "普通"),
        "high": ("High", "高"),
        "urgent": ("Urgent", "紧急"),
    },
)


class VisitStatus(StrEnum):
    planned = "planned"
    checked_in = "checked_in"
    completed = "completed"
    cancelled = "cancelled"


i18n.register_enum(
    VisitStatus,
    {
        "planned": ("Planned", "计划中"),
        "checked_in": ("Checked in", "已签到"),
        "completed": ("Completed", "已完成"),
        "cancelled": ("Cancelled", "已取消"),
    },
)


class ActivityType(Record):
    """A kind of activity (call, visit, meeting …): data, so a company adds its own."""

    __tablename__ = "activity_types"
    __resource__ = "activity_type"
    __table_args__ = (
        Index("uq_activity_types_code_live", "code", unique=True, sqlite_where=LIVE,
              postgresql_where=LIVE),
    )  # fmt: skip

    code: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(default=0)
    #: Activities of this type appear in calendar feeds (meetings, demos, receptions).
    on_calendar: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Activity(Record, HasCustomFields):
    """One communication with a customer: a call, a visit, a meeting, a WeChat chat …"""

    __tablename__ = "activities"
    __resource__ = "activity"
    __table_args__ = (
        Index("ix_activities_created_at", "created_at"),
        Index("ix_activities_updated_at", "updated_at"),
        Index("ix_activities_occurred_at", "occurred_at"),
        Index("ix_activities_customer_occurred", "customer_id", "occurred_at"),
        Index("ix_activities_opportunity_occurred", "opportunity_id", "occurred_at"),
        Index("ix_activities_author_occurred", "author_id", "occurred_at"),
        # The activity statistics read a period's live activities from the index alone.
        Index(
            "ix_activities_live_occurred",
            "occurred_at",
            postgresql_include=["customer_id", "author_id", "type", "channel", "direction"],
            postgresql_where=LIVE,
            sqlite_where=LIVE,
        ),
    )

    type: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str | None] = mapped_column(String(30), default=None)
    direction: Mapped[str | None] = mapped_column(String(10), default=None)
    subject: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    occurred_at: Mapped[datetime]
    duration_minutes: Mapped[int | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(500), default=None)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id"), default=None
    )
    #: Who recorded it.
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    next_follow_up_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The task the next follow-up date created.
    follow_up_task_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    #: When the device recorded it (offline work, sent later); ``created_at`` is its receipt.
    captured_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The device's clock minus the server's when it was sent (None: the device did not say).
    clock_skew_seconds: Mapped[int | None] = mapped_column(default=None)
    #: The device's clock was off by more than ``clock_skew_max_seconds`` when it was sent.
    clock_skew_flagged: Mapped[bool] = mapped_column(default=False)

    #: Written by the repository (replaced as a whole); read-only here.
    participants: Mapped[list[ActivityParticipant]] = relationship(
        lazy="raise", viewonly=True, order_by="ActivityParticipant.position"
    )

    @property
    def employee_ids(self) -> list[uuid.UUID]:
        return [p.employee_id for p in self.participants if p.employee_id is not None]

    @property
    def contact_ids(self) -> list[uuid.UUID]:
        return [p.contact_id for p in self.participants if p.contact_id is not None]


class ActivityParticipant(Base):
    """An employee or a contact who took part in an activity."""

    __tablename__ = "activity_participants"
    __table_args__ = (
        Index("ix_activity_participants_activity", "activity_id"),
        Index("ix_activity_participants_employee", "employee_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"))
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    position: Mapped[int] = mapped_column(default=0)


class Task(Record, Owned):
    """A to-do with a due time and an optional reminder. ``owner_id`` is the assignee."""

    __tablename__ = "tasks"
    __resource__ = "task"
    __events__ = declare(status=to({"done": "completed", "cancelled": "cancelled"}))

    @classmethod
    def __handover_filter__(cls) -> ColumnElement[bool]:
        """A hand-over moves the work still to do; done and cancelled tasks stay as history."""
        return cls.status.in_((TaskStatus.open.value, TaskStatus.in_progress.value))

    __table_args__ = (
        Index("ix_tasks_created_at", "created_at"),
        Index("ix_tasks_updated_at", "updated_at"),
        Index("ix_tasks_owner_due", "owner_id", "due_at"),
        Index("ix_tasks_customer_created", "customer_id", "created_at"),
        Index("ix_tasks_opportunity_created", "opportunity_id", "created_at"),
        Index("ix_tasks_due_open", "due_at", postgresql_where=OPEN_TASK, sqlite_where=OPEN_TASK),
        Index("ix_tasks_owner_due_open", "owner_id", "due_at", postgresql_where=OPEN_TASK,
              sqlite_where=OPEN_TASK),
        Index("ix_tasks_remind", "remind_at", postgresql_where=REMINDER_DUE,
              sqlite_where=REMINDER_DUE),
    )  # fmt: skip

    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    due_at: Mapped[datetime | None] = mapped_column(default=None)
    priority: Mapped[str] = mapped_column(String(10), default=Priority.normal.value)
    status: Mapped[str] = mapped_column(String(20), default=TaskStatus.open.value)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    remind_at: Mapped[datetime | None] = mapped_column(default=None)
    #: When the reminder reached the assignee's inbox (None: not yet).
    reminded_at: Mapped[datetime | None] = mapped_column(default=None)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), default=None)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id"), default=None
    )
    #: The activity whose next follow-up date created it.
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"), default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(default=None)

    @property
    def overdue(self) -> bool:
        return self.status in OPEN_STATUSES and self.due_at is not None and self.due_at < utcnow()


class Visit(Record, Owned):
    """A field visit to a customer: planned, checked in and out with coordinates on site."""

    __tablename__ = "visits"
    __resource__ = "visit"
    __events__ = declare(status=to({"checked_in": "checked_in", "completed": "checked_out"}))

    @classmethod
    def __handover_filter__(cls) -> ColumnElement[bool]:
        """A hand-over moves the visits still planned; one checked in or done was the
        leaver's own work, and a cancelled one is history."""
        return cls.status == VisitStatus.planned.value

    __table_args__ = (
        Index("ix_visits_created_at", "created_at"),
        Index("ix_visits_updated_at", "updated_at"),
        Index("ix_visits_planned_at", "planned_at"),
        Index("ix_visits_owner_planned", "owner_id", "planned_at"),
        Index("ix_visits_customer_planned", "customer_id", "planned_at"),
        Index("ix_visits_opportunity_planned", "opportunity_id", "planned_at"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id"), default=None
    )
    purpose: Mapped[str] = mapped_column(String(200))
    planned_at: Mapped[datetime]
    planned_minutes: Mapped[int | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default=VisitStatus.planned.value)
    #: When the rep checked in, as the device captured it (offline: earlier than received).
    check_in_at: Mapped[datetime | None] = mapped_column(default=None)
    #: When the server received the check-in.
    check_in_received_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The device's clock minus the server's when the check-in was sent (None: not said).
    check_in_clock_skew_seconds: Mapped[int | None] = mapped_column(default=None)
    check_in_latitude: Mapped[float | None] = mapped_column(Float, default=None)
    check_in_longitude: Mapped[float | None] = mapped_column(Float, default=None)
    check_in_accuracy_m: Mapped[float | None] = mapped_column(Float, default=None)
    #: Metres from the customer's recorded coordinates (None: the customer has none).
    check_in_distance_m: Mapped[float | None] = mapped_column(Float, default=None)
    #: Checked in further from the customer than the configured distance allows.
    check_in_flagged: Mapped[bool] = mapped_column(default=False)
    check_out_at: Mapped[datetime | None] = mapped_column(default=None)
    check_out_received_at: Mapped[datetime | None] = mapped_column(default=None)
    check_out_clock_skew_seconds: Mapped[int | None] = mapped_column(default=None)
    #: A device clock off by more than ``clock_skew_max_seconds`` at check-in or check-out.
    clock_skew_flagged: Mapped[bool] = mapped_column(default=False)
    check_out_latitude: Mapped[float | None] = mapped_column(Float, default=None)
    check_out_longitude: Mapped[float | None] = mapped_column(Float, default=None)
    check_out_accuracy_m: Mapped[float | None] = mapped_column(Float, default=None)
    check_out_distance_m: Mapped[float | None] = mapped_column(Float, default=None)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    #: The visit activity recorded at check-out (it counts as a follow-up).
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"), default=None)


class CalendarFeed(Base):
    """A secret iCalendar URL of one employee's visits, meetings and tasks.

    Only a hash of the token is kept; revoking sets ``revoked_at`` and the URL answers 404."""

    __tablename__ = "calendar_feeds"
    __table_args__ = (Index("ix_calendar_feeds_employee", "employee_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    #: The feed's language (``zh-CN`` or ``en``); None: the deployment's default.
    locale: Mapped[str | None] = mapped_column(String(5), default=None)


# The kinds of a work schedule's events (``work.models.Schedule``): here, beside the other
# things that reach a customer's timeline and an employee's calendar.
class ScheduleKind(StrEnum):
    visit = "visit"
    meeting = "meeting"
    call = "call"
    training = "training"
    travel = "travel"
    internal = "internal"
    other = "other"


i18n.register_enum(
    ScheduleKind,
    {
        "visit": ("Customer visit", "客户拜访"),
        "meeting": ("Meeting", "会议"),
        "call": ("Call", "电话"),
        "training": ("Training", "培训"),
        "travel": ("Travel", "出行"),
        "internal": ("Internal work", "内部事务"),
        "other": ("Other", "其他"),
    },
)
