"""The tables of organisation: headcount plans, recruitment requisitions, branch offices and
sales partners (with the territories they cover)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from salescrm.core import i18n
from salescrm.core.db.base import Base, Owned, Record
from salescrm.org.models import Department, Employee
from salescrm.planning.territories.models import Territory
from salescrm.work.models import ApprovalRequest

LIVE = text("deleted_at IS NULL")


class RequisitionStatus(StrEnum):
    draft = "draft"
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    returned = "returned"
    withdrawn = "withdrawn"
    filled = "filled"
    cancelled = "cancelled"


i18n.register_enum(
    RequisitionStatus,
    {
        "draft": ("Draft", "草稿"),
        "pending": ("Pending approval", "审批中"),
        "approved": ("Approved, open", "已批准待招聘"),
        "rejected": ("Rejected", "已驳回"),
        "returned": ("Returned", "已退回"),
        "withdrawn": ("Withdrawn", "已撤回"),
        "filled": ("Filled", "已招满"),
        "cancelled": ("Cancelled", "已取消"),
    },
)


class PartnerKind(StrEnum):
    agent = "agent"
    distributor = "distributor"
    reseller = "reseller"
    referral = "referral"


i18n.register_enum(
    PartnerKind,
    {
        "agent": ("Sales agent", "销售代理"),
        "distributor": ("Distributor", "经销商"),
        "reseller": ("Reseller", "分销商"),
        "referral": ("Referral partner", "推荐伙伴"),
    },
)


class PartnerStatus(StrEnum):
    prospect = "prospect"
    active = "active"
    suspended = "suspended"
    terminated = "terminated"


i18n.register_enum(
    PartnerStatus,
    {
        "prospect": ("Prospect", "洽谈中"),
        "active": ("Active", "合作中"),
        "suspended": ("Suspended", "已暂停"),
        "terminated": ("Terminated", "已终止"),
    },
)


class HeadcountPlan(Record):
    __tablename__ = "headcount_plans"
    __resource__ = "headcount_plan"
    __table_args__ = (
        Index("ix_headcount_plans_created_at", "created_at"),
        Index("ix_headcount_plans_updated_at", "updated_at"),
        Index("ix_headcount_plans_department_id", "department_id"),
        Index("ix_headcount_plans_period_start", "period_start"),
    )

    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"))
    position_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("positions.id"), default=None)
    period_start: Mapped[date]
    period_end: Mapped[date]
    planned: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class Requisition(Record, Owned):
    """``owner_id`` is the requester. ``status`` follows the approval request that holds it
    (``approval_id``), then HR's filled/cancelled."""

    __tablename__ = "requisitions"
    __resource__ = "requisition"
    __table_args__ = (
        Index("ix_requisitions_created_at", "created_at"),
        Index("ix_requisitions_updated_at", "updated_at"),
        Index("ix_requisitions_department_id", "department_id"),
        Index("ix_requisitions_stage", "stage"),
    )

    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"))
    position_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("positions.id"), default=None)
    title: Mapped[str] = mapped_column(String(100))
    count: Mapped[int] = mapped_column(default=1)
    requirements: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    #: draft until HR closes it (filled, cancelled); the rest follows the approval request.
    stage: Mapped[str] = mapped_column(String(20), default=RequisitionStatus.draft.value)
    closed_on: Mapped[date | None] = mapped_column(default=None)
    #: Why HR cancelled it (a filled one has none).
    close_reason: Mapped[str | None] = mapped_column(String(500), default=None)
    hired_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


branch_territories = Table(
    "branch_territories",
    Base.metadata,
    Column("branch_id", ForeignKey("branches.id"), primary_key=True),
    Column("territory_id", ForeignKey("territories.id"), primary_key=True, index=True),
)
partner_territories = Table(
    "partner_territories",
    Base.metadata,
    Column("partner_id", ForeignKey("partners.id"), primary_key=True),
    Column("territory_id", ForeignKey("territories.id"), primary_key=True, index=True),
)


class Branch(Record):
    __tablename__ = "branches"
    __resource__ = "branch"
    __table_args__ = (
        Index("ix_branches_created_at", "created_at"),
        Index("ix_branches_updated_at", "updated_at"),
        Index("ix_branches_name", "name"),
        Index("ix_branches_code", "code"),
        Index(
            "uq_branches_code_live",
            "code",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
    )

    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300), default=None)
    city: Mapped[str | None] = mapped_column(String(100), default=None)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    department_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("departments.id"), default=None
    )
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    opened_on: Mapped[date | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    territories: Mapped[list[Territory]] = relationship(
        secondary=branch_territories, lazy="selectin", order_by=Territory.id
    )

    @property
    def territory_ids(self) -> list[uuid.UUID]:
        return [t.id for t in self.territories]


class Partner(Record, Owned):
    """``owner_id`` is the channel manager who answers for the partner."""

    __tablename__ = "partners"
    __resource__ = "partner"
    __table_args__ = (
        Index("ix_partners_created_at", "created_at"),
        Index("ix_partners_updated_at", "updated_at"),
        Index("ix_partners_name", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default=PartnerKind.agent.value)
    contact_person: Mapped[str | None] = mapped_column(String(100), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    agreement_start: Mapped[date | None] = mapped_column(default=None)
    agreement_end: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default=PartnerStatus.active.value)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    territories: Mapped[list[Territory]] = relationship(
        secondary=partner_territories, lazy="selectin", order_by=Territory.id
    )

    @property
    def territory_ids(self) -> list[uuid.UUID]:
        return [t.id for t in self.territories]


def _hex(column: Any) -> Any:
    """A uuid as 32 lower-case hex digits (the form paths and ids are compared in), whatever
    the dialect stores."""
    return func.lower(func.replace(cast(column, String), "-", ""))


# ----- computed in SQL, for a whole page in the page's own statement ---------------------------
def employed_at(day: Any) -> Any:
    """An employee on the books at the end of ``day``: hired by then (or no date recorded),
    not resigned by then (a resignation with no date counts as before any day)."""
    return and_(
        Employee.deleted_at.is_(None),
        or_(Employee.hire_date.is_(None), Employee.hire_date <= day),
        or_(
            Employee.resigned_on > day,
            and_(Employee.resigned_on.is_(None), Employee.employment_status != "resigned"),
        ),
    )


def headcount_of(department_id: Any, position_id: Any, day: Any) -> Any:
    """The employees of a department and every department below it (by path), holding the
    position when one is given (``position_id`` None: any position), employed at ``day``."""
    departments = Department.__table__
    top = departments.alias("top_department")
    member = departments.alias("member_department")
    return (
        select(func.count(Employee.id))
        .join(member, member.c.id == Employee.department_id)
        .join(top, top.c.id == department_id)
        .where(
            or_(
                member.c.id == top.c.id,
                member.c.path.startswith(top.c.path + _hex(top.c.id) + "/", autoescape=False),
            ),
            true()
            if position_id is None
            else or_(position_id.is_(None), Employee.position_id == position_id),
            employed_at(day),
        )
    )


HeadcountPlan.actual = column_property(
    headcount_of(HeadcountPlan.department_id, HeadcountPlan.position_id, HeadcountPlan.period_end)
    .correlate_except(Employee)
    .scalar_subquery(),
    deferred=False,
)


def latest_request(requisition_id: Any) -> Any:
    """The newest live ``recruitment`` approval request naming the requisition."""
    return (
        select(ApprovalRequest)
        .where(
            ApprovalRequest.type == "recruitment",
            ApprovalRequest.deleted_at.is_(None),
            _hex(ApprovalRequest.form["requisition_id"].as_string()) == _hex(requisition_id),
        )
        .order_by(ApprovalRequest.created_at.desc(), ApprovalRequest.id.desc())
        .limit(1)
    )


_latest = latest_request(Requisition.id)
Requisition.approval_id = column_property(
    _latest.with_only_columns(ApprovalRequest.id)
    .correlate_except(ApprovalRequest)
    .scalar_subquery()
)
_approval_status = (
    _latest.with_only_columns(ApprovalRequest.status)
    .correlate_except(ApprovalRequest)
    .scalar_subquery()
)
#: What the requisition's status is: HR's closing, else the approval's, else draft. Derived,
#: never stored twice, so the two cannot disagree.
Requisition.status = column_property(
    case(
        (Requisition.stage != RequisitionStatus.draft.value, Requisition.stage),
        else_=func.coalesce(_approval_status, RequisitionStatus.draft.value),
    )
)
