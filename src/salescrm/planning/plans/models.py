"""The tables of plans: sales strategies, the plans that implement them, their quantified
targets (a tree per metric: company → territory or department → team → employee) and the
history of every change of a target, revision by revision.

A target at the employee level is the employee's own (``owner_id`` is the employee), so the
data scopes apply to targets as to any owned record: a sales rep sees their own numbers, a
manager those of their people, a director their department tree, finance and analysts all.
Targets above the employee level are owned by whoever answers for them (default: the plan's
owner).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.types import Money
from salescrm.core.ids import new_id

LIVE = text("deleted_at IS NULL")


class PlanPeriodKind(StrEnum):
    year = "year"
    quarter = "quarter"
    month = "month"


i18n.register_enum(
    PlanPeriodKind,
    {"year": ("Year", "年度"), "quarter": ("Quarter", "季度"), "month": ("Month", "月度")},
)


class ProductLifeCycleStage(StrEnum):
    introduction = "introduction"
    growth = "growth"
    maturity = "maturity"
    decline = "decline"


i18n.register_enum(
    ProductLifeCycleStage,
    {
        "introduction": ("Introduction", "导入期"),
        "growth": ("Growth", "成长期"),
        "maturity": ("Maturity", "成熟期"),
        "decline": ("Decline", "衰退期"),
    },
)


class SalesPlanStatus(StrEnum):
    draft = "draft"
    pending = "pending"
    approved = "approved"


i18n.register_enum(
    SalesPlanStatus,
    {"draft": ("Draft", "草稿"), "pending": ("Awaiting approval", "审批中"),
     "approved": ("Approved", "已批准")},
)  # fmt: skip


class PlanCheckMode(StrEnum):
    warn = "warn"
    refuse = "refuse"


i18n.register_enum(PlanCheckMode, {"warn": ("Warn", "提示"), "refuse": ("Refuse", "拒绝")})


class TargetLevel(StrEnum):
    company = "company"
    territory = "territory"
    department = "department"
    team = "team"
    employee = "employee"


i18n.register_enum(
    TargetLevel,
    {
        "company": ("Company", "公司"),
        "territory": ("Territory", "区域"),
        "department": ("Department", "部门"),
        "team": ("Team", "团队"),
        "employee": ("Employee", "员工"),
    },
)

#: The order of the levels down a tree: a child is below its parent.
LEVEL_RANK = {"company": 0, "territory": 1, "department": 1, "team": 2, "employee": 3}


class TargetMetric(StrEnum):
    sales_amount = "sales_amount"
    quantity = "quantity"
    gross_profit = "gross_profit"
    payments = "payments"
    new_customers = "new_customers"
    visits = "visits"


i18n.register_enum(
    TargetMetric,
    {
        "sales_amount": ("Sales amount", "销售额"),
        "quantity": ("Quantity", "销量"),
        "gross_profit": ("Gross profit", "毛利"),
        "payments": ("Payments collected", "回款"),
        "new_customers": ("New customers", "新客户数"),
        "visits": ("Visits", "拜访次数"),
    },
)

#: Metrics counted in whole units: an allocation splits them into integers.
WHOLE_METRICS = frozenset({"quantity", "new_customers", "visits"})


class SalesStrategy(Record):
    """A sales strategy for a period: target markets and segments, products and their
    life-cycle stage, the competitive situation and the resources; plans name it."""

    __tablename__ = "sales_strategies"
    __resource__ = "sales_strategy"
    __table_args__ = (
        Index("ix_sales_strategies_created_at", "created_at"),
        Index("ix_sales_strategies_updated_at", "updated_at"),
        Index("ix_sales_strategies_name", "name"),
        Index("ix_sales_strategies_period_start", "period_start"),
    )

    name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]
    period_end: Mapped[date]
    target_markets: Mapped[list[str]] = mapped_column(JSON, default=list)
    segments: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: ``[{"product_id", "product_line", "stage", "note"}]``.
    products: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    competitive_situation: Mapped[str | None] = mapped_column(Text, default=None)
    resources: Mapped[str | None] = mapped_column(Text, default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)


class SalesPlan(Record):
    """A plan for a period (a year, a quarter, a month) and its targets. ``revision`` counts
    the approved versions: an approved plan is locked until a new revision is opened."""

    __tablename__ = "sales_plans"
    __resource__ = "sales_plan"
    __table_args__ = (
        Index("ix_sales_plans_created_at", "created_at"),
        Index("ix_sales_plans_updated_at", "updated_at"),
        Index("ix_sales_plans_name", "name"),
        Index("ix_sales_plans_period", "period_start", "period_end", "status"),
        Index("ix_sales_plans_strategy_id", "strategy_id"),
    )

    name: Mapped[str] = mapped_column(String(200))
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date]
    period_end: Mapped[date]
    strategy_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_strategies.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(12), default=SalesPlanStatus.draft.value)
    revision: Mapped[int] = mapped_column(default=1)
    check_mode: Mapped[str] = mapped_column(String(10), default=PlanCheckMode.warn.value)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: The approval request of the current revision (``work.approvals``), once submitted.
    approval_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("approval_requests.id"), default=None
    )
    approved_at: Mapped[datetime | None] = mapped_column(default=None)


class SalesTarget(Record, Owned):
    """One number of a plan: a metric for a level's subject (the company, a territory, a
    department or team, an employee), optionally for a product line, under its parent.

    ``subject_key`` (``<metric>|<level>|<subject id>|<product line>``) is unique among a
    plan's live targets: an employee has one number per metric and product line."""

    __tablename__ = "sales_targets"
    __resource__ = "sales_target"
    __table_args__ = (
        Index("ix_sales_targets_created_at", "created_at"),
        Index("ix_sales_targets_updated_at", "updated_at"),
        Index("ix_sales_targets_parent_id", "parent_id"),
        Index("ix_sales_targets_employee", "employee_id", "metric"),
        Index("ix_sales_targets_plan_level", "plan_id", "level", "metric"),
        Index("uq_sales_targets_plan_id_subject_key_live", "plan_id", "subject_key", unique=True,
              sqlite_where=LIVE, postgresql_where=LIVE),
    )  # fmt: skip

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_plans.id"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sales_targets.id"), default=None
    )
    level: Mapped[str] = mapped_column(String(12))
    depth: Mapped[int] = mapped_column(default=0)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("territories.id"), default=None
    )
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    product_line: Mapped[str | None] = mapped_column(String(100), default=None)
    metric: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    weight: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    subject_key: Mapped[str] = mapped_column(String(200))


class TargetChangeAction(StrEnum):
    created = "created"
    changed = "changed"
    deleted = "deleted"
    restored = "restored"


i18n.register_enum(
    TargetChangeAction,
    {
        "created": ("Created", "新建"),
        "changed": ("Changed", "修改"),
        "deleted": ("Deleted", "删除"),
        "restored": ("Restored", "恢复"),
    },
)


class SalesTargetChange(Base):
    """Who changed which target of a plan, when, in which revision, from which value to which."""

    __tablename__ = "sales_target_changes"
    __table_args__ = (
        Index("ix_sales_target_changes_plan", "plan_id", "at"),
        Index("ix_sales_target_changes_target", "target_id", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_plans.id"))
    target_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_targets.id"))
    revision: Mapped[int]
    action: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    from_value: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    to_value: Mapped[Decimal | None] = mapped_column(Money(), default=None)
