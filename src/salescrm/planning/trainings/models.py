"""The tables of trainings: plans, sessions (with or without a plan) and their attendees.

A plan's ``kind`` says what it trains (sales, product, service, onboarding): service training
reuses the same tables later."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.db.base import Owned, Record

LIVE = text("deleted_at IS NULL")


class TrainingKind(StrEnum):
    sales = "sales"
    product = "product"
    service = "service"
    onboarding = "onboarding"
    other = "other"


i18n.register_enum(
    TrainingKind,
    {
        "sales": ("Sales", "销售"),
        "product": ("Product", "产品"),
        "service": ("Service", "服务"),
        "onboarding": ("Onboarding", "入职"),
        "other": ("Other", "其他"),
    },
)


class Attendance(StrEnum):
    invited = "invited"
    attended = "attended"
    absent = "absent"


i18n.register_enum(
    Attendance,
    {"invited": ("Invited", "已邀请"), "attended": ("Attended", "已出席"),
     "absent": ("Absent", "缺席")},
)  # fmt: skip


class TrainingPlan(Record, Owned):
    __tablename__ = "training_plans"
    __resource__ = "training"
    __table_args__ = (
        Index("ix_training_plans_created_at", "created_at"),
        Index("ix_training_plans_updated_at", "updated_at"),
        Index("ix_training_plans_title", "title"),
        Index("ix_training_plans_period_start", "period_start"),
        Index("ix_training_plans_sales_plan_id", "sales_plan_id"),
    )

    title: Mapped[str] = mapped_column(String(200))
    objective: Mapped[str | None] = mapped_column(Text, default=None)
    kind: Mapped[str] = mapped_column(String(20), default=TrainingKind.sales.value)
    period_start: Mapped[date]
    period_end: Mapped[date]
    sales_plan_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_plans.id"), default=None
    )
    sales_strategy_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_strategies.id"), default=None
    )
    description: Mapped[str | None] = mapped_column(Text, default=None)


class TrainingSession(Record, Owned):
    """One sitting; ``owner_id`` organises it. Its attendees see it too."""

    __tablename__ = "training_sessions"
    __resource__ = "training_session"
    __table_args__ = (
        Index("ix_training_sessions_created_at", "created_at"),
        Index("ix_training_sessions_updated_at", "updated_at"),
        Index("ix_training_sessions_starts_at", "starts_at"),
        Index("ix_training_sessions_topic", "topic"),
        Index("ix_training_sessions_plan_id", "plan_id"),
    )

    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("training_plans.id"), default=None)
    topic: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    place: Mapped[str | None] = mapped_column(String(200), default=None)
    trainer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    trainer_name: Mapped[str | None] = mapped_column(String(100), default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)


class TrainingAttendee(Record):
    __tablename__ = "training_attendees"
    __resource__ = "training_attendee"
    __table_args__ = (
        Index("ix_training_attendees_created_at", "created_at"),
        Index("ix_training_attendees_updated_at", "updated_at"),
        Index("ix_training_attendees_employee_id", "employee_id"),
        Index(
            "uq_training_attendees_employee_id_live",
            "session_id",
            "employee_id",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_sessions.id"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    status: Mapped[str] = mapped_column(String(20), default=Attendance.invited.value)
    score: Mapped[int | None] = mapped_column(default=None)
    result: Mapped[str | None] = mapped_column(String(200), default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
