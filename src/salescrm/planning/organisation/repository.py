"""Every query of organisation planning, starting from the caller's scope.

Headcount plans: the caller's data scope decides: ``all`` sees every plan, any narrower scope
the plans of the caller's department and the departments below it. Requisitions and partners
are owned (the requester, the channel manager); branches are reference data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    or_,
    select,
)

from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
from salescrm.org.models import Department, path_of, under
from salescrm.planning.organisation.models import (
    Branch,
    HeadcountPlan,
    Partner,
    Requisition,
    RequisitionStatus,
    branch_territories,
    headcount_of,
    partner_territories,
)
from salescrm.planning.territories.models import Territory
from salescrm.work.models import ApprovalRequest


def _in_territory(table: Any, column: str, model: Any) -> FilterOp:
    return lambda territory_id: exists().where(
        table.c[column] == model.id, table.c.territory_id == territory_id
    )


class HeadcountPlanRepository(Repository[HeadcountPlan]):
    model = HeadcountPlan
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "period_start": "period_start",
        "planned": "planned",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "department_id": eq(HeadcountPlan.department_id),
        "position_id": eq(HeadcountPlan.position_id),
        "active_on": lambda day: and_(
            HeadcountPlan.period_start <= day, HeadcountPlan.period_end >= day
        ),
    }

    def departments(self) -> ColumnElement[bool]:
        """The caller's department and those below it (nothing without a department)."""
        subject = self.ctx.subject
        if subject.department_id is None:
            return false()
        below = path_of(subject.department_path, subject.department_id)
        return Department.id.in_(
            select(Department.id).where(
                or_(Department.id == subject.department_id, under(Department.path, below))
            )
        )

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        if self.ctx.subject.sees_everything:
            return stmt
        mine = select(Department.id).where(self.departments())
        return stmt.where(HeadcountPlan.department_id.in_(mine))

    async def summary(self, start: date, end: date) -> list[Any]:
        """Per department with a plan overlapping the period (in scope): planned (the plans
        ending last in the period, summed), actual at the period's end, and the headcount of
        its pending or approved requisitions — one statement."""
        plans = (
            self.readable()
            .where(HeadcountPlan.period_start <= end, HeadcountPlan.period_end >= start)
            .with_only_columns(
                HeadcountPlan.department_id.label("department_id"),
                func.sum(HeadcountPlan.planned).label("planned"),
            )
            .group_by(HeadcountPlan.department_id)
            .subquery()
        )
        day = literal(end, Date)
        actual = headcount_of(plans.c.department_id, None, day).correlate(plans).scalar_subquery()
        status = Requisition.status  # type: ignore[attr-defined]
        open_ = (
            select(func.coalesce(func.sum(Requisition.count), 0))
            .where(
                Requisition.deleted_at.is_(None),
                Requisition.department_id == plans.c.department_id,
                status.in_([RequisitionStatus.pending.value, RequisitionStatus.approved.value]),
            )
            .correlate(plans)
            .scalar_subquery()
        )
        stmt = select(plans.c.department_id, plans.c.planned, actual, open_).order_by(
            plans.c.department_id
        )
        return list(await self.session.execute(stmt))


class RequisitionRepository(Repository[Requisition]):
    model = Requisition
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "title": "title",
    }
    search_columns = ("title",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "department_id": eq(Requisition.department_id),
        "status": eq(Requisition.status),  # type: ignore[attr-defined]
        "owner_id": eq(Requisition.owner_id),
    }

    async def pending_request(
        self, requisition_id: uuid.UUID, exclude: uuid.UUID | None
    ) -> ApprovalRequest | None:
        """A live pending ``recruitment`` request holding the requisition (bar ``exclude``)."""
        stmt = select(ApprovalRequest).where(
            ApprovalRequest.type == "recruitment",
            ApprovalRequest.deleted_at.is_(None),
            ApprovalRequest.status == "pending",
            ApprovalRequest.form["requisition_id"].as_string() == str(requisition_id),
        )
        if exclude is not None:
            stmt = stmt.where(ApprovalRequest.id != exclude)
        found: ApprovalRequest | None = await self.session.scalar(stmt.limit(1))
        return found

    async def reloaded(self, record: Requisition) -> Requisition:
        """The record with its derived status read again (it follows the approval request)."""
        await self.session.flush()
        await self.session.refresh(record, ["status", "approval_id"])
        return record


class _Territorial:
    table: Any
    column: str

    async def set_territories(self, record_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        session = self.session  # type: ignore[attr-defined]
        await session.execute(delete(self.table).where(self.table.c[self.column] == record_id))
        if ids:
            await session.execute(
                insert(self.table),
                [{self.column: record_id, "territory_id": t} for t in dict.fromkeys(ids)],
            )

    async def unknown_territory(self, ids: Sequence[uuid.UUID]) -> uuid.UUID | None:
        if not ids:
            return None
        session = self.session  # type: ignore[attr-defined]
        found = set(
            await session.scalars(
                select(Territory.id).where(Territory.id.in_(ids), Territory.deleted_at.is_(None))
            )
        )
        return next((t for t in ids if t not in found), None)


class BranchRepository(_Territorial, Repository[Branch]):
    model = Branch
    table = branch_territories
    column = "branch_id"
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "code": "code",
    }
    search_columns = ("name", "code")
    unique_fields = ("code",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "active": eq(Branch.active),
        "department_id": eq(Branch.department_id),
        "territory_id": _in_territory(branch_territories, "branch_id", Branch),
    }


class PartnerRepository(_Territorial, Repository[Partner]):
    model = Partner
    table = partner_territories
    column = "partner_id"
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
    }
    search_columns = ("name",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": eq(Partner.kind),
        "status": eq(Partner.status),
        "owner_id": eq(Partner.owner_id),
        "territory_id": _in_territory(partner_territories, "partner_id", Partner),
    }
