"""The tables of commissions: plans (rules, tiers, cap, default quota, who they apply to),
statements (one per employee, plan and period) and their lines (one per contract signed or
payment received that counted).

Statements and lines are derived data: ``POST /commission-statements/compute`` deletes a
period's draft rows and writes them again in a few set-based statements, so neither is audited
row by row nor published as events (the period's approval is recorded on each statement and
announced to its employee). A statement is visible to whoever may see its employee
(``__scope_column__``); a line exactly when its statement is.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.db.base import Record
from salescrm.core.db.types import Money, Percent

LIVE = text("deleted_at IS NULL")


class CommissionBasis(StrEnum):
    contracts_signed = "contracts_signed"
    payments_received = "payments_received"


i18n.register_enum(
    CommissionBasis,
    {
        "contracts_signed": ("Contracts signed", "签约合同"),
        "payments_received": ("Payments received", "回款"),
    },
)


class CommissionMeasure(StrEnum):
    amount = "amount"
    margin = "margin"


i18n.register_enum(
    CommissionMeasure,
    {
        "amount": ("Amount", "金额"),
        "margin": ("Margin", "毛利"),
    },
)


class CommissionPeriodKind(StrEnum):
    month = "month"
    quarter = "quarter"


i18n.register_enum(
    CommissionPeriodKind,
    {
        "month": ("Month", "月度"),
        "quarter": ("Quarter", "季度"),
    },
)


class StatementStatus(StrEnum):
    draft = "draft"
    approved = "approved"


i18n.register_enum(
    StatementStatus,
    {
        "draft": ("Draft", "草稿"),
        "approved": ("Approved (locked)", "已审批(锁定)"),
    },
)


class QuotaSource(StrEnum):
    target = "target"
    default = "default"


i18n.register_enum(
    QuotaSource,
    {
        "target": ("Employee target of an approved plan", "已批准计划中的个人目标"),
        "default": ("Commission plan's default quota", "提成方案的默认定额"),
    },
)


class LineSource(StrEnum):
    contract = "contract"
    payment = "payment"


i18n.register_enum(
    LineSource,
    {
        "contract": ("Contract signed", "签约合同"),
        "payment": ("Payment received", "回款"),
    },
)


class CommissionPlan(Record):
    """How commission is earned: on what (basis and measure), per which period, by whom
    (employees named, and everyone in the departments named and below), at which rates per
    band of quota attainment (marginal, like tax brackets), up to which cap."""

    __tablename__ = "commission_plans"
    __resource__ = "commission_plan"
    __table_args__ = (
        Index(
            "uq_commission_plans_name_live",
            "name",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_commission_plans_created_at", "created_at"),
        Index("ix_commission_plans_updated_at", "updated_at"),
        Index("ix_commission_plans_name", "name"),
    )

    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    basis: Mapped[str] = mapped_column(String(20))
    measure: Mapped[str] = mapped_column(String(10), default=CommissionMeasure.amount.value)
    period_kind: Mapped[str] = mapped_column(String(10))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    #: ``[{"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"}, …]``: ascending,
    #: contiguous from 0, the last one open (``to_percent`` null).
    tiers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: The most commission one statement pays (None: no cap).
    cap: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    #: The quota of an employee with no target in an approved plan of the period.
    default_quota: Mapped[Decimal] = mapped_column(Money())
    #: Employee ids (text) the plan names one by one.
    employee_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Department ids (text): their employees and those of every department below them.
    department_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    effective_from: Mapped[date]
    effective_to: Mapped[date | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)


class CommissionStatement(Record):
    """One employee's commission under one plan for one period, as last computed: the basis
    total, the quota and where it came from, attainment, commission before and after the cap.
    Approved statements are locked."""

    __tablename__ = "commission_statements"
    __resource__ = "commission_statement"
    __audited__ = False
    __published__ = False
    #: Visible to whoever may see the employee it pays.
    __scope_column__: ClassVar[str] = "employee_id"
    __table_args__ = (
        Index(
            "uq_commission_statements_employee_id_live",
            "plan_id",
            "period_start",
            "employee_id",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_commission_statements_employee", "employee_id", "period_start"),
        Index("ix_commission_statements_created_at", "created_at"),
        Index("ix_commission_statements_updated_at", "updated_at"),
        Index("ix_commission_statements_period_start", "period_start", "id"),
        Index("ix_commission_statements_commission", "commission"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("commission_plans.id"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date]
    period_end: Mapped[date]
    basis: Mapped[str] = mapped_column(String(20))
    measure: Mapped[str] = mapped_column(String(10))
    currency: Mapped[str] = mapped_column(String(3))
    quota: Mapped[Decimal] = mapped_column(Money())
    quota_source: Mapped[str] = mapped_column(String(10))
    #: The sum of the lines' amounts (contract or payment amounts).
    total_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    #: The sum of the lines' margins (margin plans only).
    total_margin: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    #: The measured total over the quota, in percent (None when the quota is 0).
    attainment_percent: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    commission_before_cap: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    commission: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    capped: Mapped[bool] = mapped_column(default=False)
    line_count: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default=StatementStatus.draft.value)
    computed_at: Mapped[datetime]
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class CommissionStatementLine(Record):
    """A contract signed or a payment received that counted on a statement, with the running
    total it brought the statement to, the rate of the band it ended in and the commission it
    earned (the increase of the statement's commission, before the cap)."""

    __tablename__ = "commission_statement_lines"
    __resource__ = "commission_statement_line"
    __audited__ = False
    __published__ = False
    __table_args__ = (
        Index("ix_commission_statement_lines_statement", "statement_id", "day", "id"),
        Index("ix_commission_statement_lines_contract", "contract_id"),
    )

    statement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("commission_statements.id"))
    source: Mapped[str] = mapped_column(String(10))
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"))
    payment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payments.id"), default=None)
    #: The contract's number.
    number: Mapped[str] = mapped_column(String(64))
    #: The contract's sign date or the payment's date.
    day: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money())
    margin: Mapped[Decimal | None] = mapped_column(Money(), default=None)
    #: What the line adds to the measured total (its amount, or its margin).
    basis: Mapped[Decimal] = mapped_column(Money())
    #: The statement's measured total once this line is counted (lines in date order).
    cumulative: Mapped[Decimal] = mapped_column(Money())
    rate_percent: Mapped[Decimal] = mapped_column(Percent())
    commission: Mapped[Decimal] = mapped_column(Money())
