"""Every query of budgets: the caller's scope, and what was spent against each budget, in SQL.

What a budget has spent (``actual``) is the sum of the approved expense claims
(``approval_requests`` of type ``expense``, status ``approved``) in its category and currency
whose ``spent_on`` lies within its period, by applicants in its department or a department
below it — or, for a territory's budget, on customers of its territory or a territory below it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    false,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from salescrm.core.db.types import Money, money_sum
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.permissions.scope import scope_predicate
from salescrm.core.repository import Repository
from salescrm.customers.models import Customer
from salescrm.org.models import Department, Employee, path_of, under
from salescrm.planning.budgets.models import Budget
from salescrm.planning.territories.models import Territory
from salescrm.work.forms import ApprovalType
from salescrm.work.models import ApprovalRequest, ApprovalStatus

#: One budget's figures: (actual, remaining, used_share).
Figures = tuple[Decimal, Decimal, Decimal | None]


class uuid_hex(FunctionElement[str]):
    """A UUID column as the 32 hex digits the materialized paths hold."""

    type = String()
    inherit_cache = True


@compiles(uuid_hex)
def _uuid_hex(element: uuid_hex, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # SQLite stores a UUID as its hex digits


@compiles(uuid_hex, "postgresql")
def _uuid_hex_pg(element: uuid_hex, compiler: SQLCompiler, **kw: Any) -> str:
    return f"replace(CAST({compiler.process(element.clauses, **kw)} AS TEXT), '-', '')"


def _claims(budget: Any) -> Select[Any]:
    """The approved expense claims that count against ``budget`` (a correlated alias)."""
    spent_on = ApprovalRequest.form["spent_on"].as_string()
    held = aliased(Department)
    applicant_department = aliased(Department)
    in_department = ApprovalRequest.owner_id.in_(
        select(Employee.id)
        .join(applicant_department, applicant_department.id == Employee.department_id)
        .join(held, held.id == budget.department_id)
        .where(
            or_(
                applicant_department.id == held.id,
                applicant_department.path.startswith(held.path + uuid_hex(held.id) + "/"),
            )
        )
    )
    region = aliased(Territory)
    customer_territory = aliased(Territory)
    in_territory = ApprovalRequest.customer_id.in_(
        select(Customer.id)
        .join(customer_territory, customer_territory.id == Customer.territory_id)
        .join(region, region.id == budget.territory_id)
        .where(customer_territory.path.startswith(region.path))
    )
    return select(money_sum(ApprovalRequest.amount)).where(
        ApprovalRequest.type == ApprovalType.expense.value,
        ApprovalRequest.status == ApprovalStatus.approved.value,
        ApprovalRequest.deleted_at.is_(None),
        ApprovalRequest.currency == budget.currency,
        ApprovalRequest.form["category"].as_string() == budget.category,
        spent_on >= cast(budget.period_start, String),
        spent_on <= cast(budget.period_end, String),
        or_(
            and_(budget.department_id.is_not(None), in_department),
            and_(budget.territory_id.is_not(None), in_territory),
        ),
    )


def actual_of(budget: Any) -> Any:
    """The correlated sum of ``budget``'s approved claims (0 without any), as money."""
    return type_coerce(_claims(budget).correlate(budget).scalar_subquery(), Money())


def share(actual: Decimal, amount: Decimal) -> Decimal | None:
    if amount <= 0:
        return None
    return (actual * 100 / amount).quantize(Decimal("0.01"))


class BudgetRepository(Repository[Budget]):
    model = Budget
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "period_start": "period_start",
    }
    search_columns = ("name",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "department_id": eq(Budget.department_id),
        "territory_id": eq(Budget.territory_id),
        "category": eq(Budget.category),
        "currency": eq(Budget.currency),
        "owner_id": eq(Budget.owner_id),
        "active_on": lambda day: and_(Budget.period_start <= day, Budget.period_end >= day),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """The owner's data scope, and besides it every budget of the caller's department or
        of a department below it (a manager sees their departments' budgets)."""
        subject = self.ctx.subject
        if subject.sees_everything:
            return stmt
        owned = scope_predicate(
            subject,
            owner=Budget.owner_id,
            resource=self.resource,
            record_id=Budget.id,
            write=write,
            shares=shares,
        )
        departments: ColumnElement[bool] = false()
        if subject.department_id is not None:
            below = path_of(subject.department_path, subject.department_id)
            departments = Budget.department_id.in_(
                select(Department.id).where(
                    or_(Department.id == subject.department_id, under(Department.path, below))
                )
            )
        return stmt.where(or_(departments, *([] if owned is None else [owned])))

    async def figures(self, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Figures]:
        """``actual``, ``remaining`` and ``used_share`` of these budgets, in one statement."""
        if not ids:
            return {}
        actual = actual_of(Budget)
        stmt = select(Budget.id, Budget.amount, actual).where(Budget.id.in_(list(ids)))
        out: dict[uuid.UUID, Figures] = {}
        for budget_id, amount, spent in await self.session.execute(stmt):
            spent = spent or Decimal("0.00")
            out[budget_id] = (spent, amount - spent, share(spent, amount))
        return out

    async def matching(
        self,
        category: str,
        currency: str,
        spent_on: date,
        department_ids: Collection[uuid.UUID],
        territory_ids: Collection[uuid.UUID],
    ) -> list[Budget]:
        """The live budgets a claim counts against (any scope: the effect of an approval),
        locked for the update of their alert level."""
        holders = [Budget.department_id.in_(list(department_ids))]
        if territory_ids:
            holders.append(Budget.territory_id.in_(list(territory_ids)))
        stmt = (
            select(Budget)
            .where(
                Budget.deleted_at.is_(None),
                Budget.category == category,
                Budget.currency == currency,
                Budget.period_start <= spent_on,
                Budget.period_end >= spent_on,
                or_(*holders),
            )
            .order_by(Budget.id)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        return list(await self.session.scalars(stmt))

    async def summary(
        self,
        start: date,
        end: date,
        department_id: uuid.UUID | None,
        territory_id: uuid.UUID | None,
        category: str | None,
        currency: str | None,
    ) -> list[Any]:
        """Budget vs actual per department or territory, category and currency, over the
        budgets in scope whose period overlaps [start, end]: one grouped statement."""
        budgets = self.readable().where(Budget.period_start <= end, Budget.period_end >= start)
        if department_id is not None:
            budgets = budgets.where(Budget.department_id == department_id)
        if territory_id is not None:
            budgets = budgets.where(Budget.territory_id == territory_id)
        if category is not None:
            budgets = budgets.where(Budget.category == category)
        if currency is not None:
            budgets = budgets.where(Budget.currency == currency)
        page = budgets.with_only_columns(
            Budget.id,
            Budget.department_id,
            Budget.territory_id,
            Budget.category,
            Budget.currency,
            Budget.amount,
            actual_of(Budget).label("actual"),
        ).subquery()
        stmt = (
            select(
                page.c.department_id,
                page.c.territory_id,
                page.c.category,
                page.c.currency,
                func.count(),
                money_sum(page.c.amount),
                type_coerce(func.coalesce(func.sum(page.c.actual), 0), Money()),
            )
            .group_by(page.c.department_id, page.c.territory_id, page.c.category, page.c.currency)
            .order_by(page.c.category, page.c.currency, page.c.department_id, page.c.territory_id)
        )
        return list(await self.session.execute(stmt))
