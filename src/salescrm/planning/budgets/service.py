"""The rules of budgets: one holder (a department or a territory), a period in order, live
references; the figures of every budget shown; and the owner's alert when an approved expense
claim makes a budget cross its alert share (and again the whole amount)."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Collection, Iterable
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel
from sqlalchemy import select

from salescrm.core import i18n
from salescrm.core.errors import ValidationFailed
from salescrm.core.references import resolve
from salescrm.core.repository import check_live
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.org.models import Department, Employee, path_ids
from salescrm.planning.budgets import schemas
from salescrm.planning.budgets.models import Budget
from salescrm.planning.budgets.repository import BudgetRepository, share
from salescrm.planning.territories.models import Territory
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.work.forms import ExpenseForm
from salescrm.work.models import ApprovalRequest

Out = TypeVar("Out", bound=BaseModel)
_REFUSAL = (
    "422 `range_reversed` when the period ends before it starts; 422 `holder_required` "
    "unless exactly one of department_id and territory_id is set; 422 `not_found` naming an "
    "unknown department, territory or owner."
)

i18n.register_messages(
    {
        "notification.budget_alert": (
            "Budget {name} has used {share}% ({actual} of {amount} {currency})",
            "预算「{name}」已使用 {share}%({actual} / {amount} {currency})",
        ),
    }
)


def level_of(actual: Decimal, amount: Decimal, alert_share: Decimal) -> int:
    """0 below the alert share, 1 at or past it, 2 at or past the whole amount."""
    used = share(actual, amount)
    if used is None:
        return 2 if actual > 0 else 0
    if used >= 100:
        return 2
    return 1 if used >= alert_share else 0


class BudgetService(CrudService[Budget]):
    repository = BudgetRepository
    permission = "budget"
    #: The owner (who is alerted) is any employee, named by whoever may write budgets.
    permissions: ClassVar = {"assign": "budget:write"}
    refusals: ClassVar = {"create": {422: _REFUSAL}, "update": {422: _REFUSAL}}

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.budgets = BudgetRepository(ctx)

    async def present(
        self, schema: type[Out], records: Iterable[Any], expand: Collection[str] = ()
    ) -> builtins.list[Out]:
        """Every budget with its ``actual``, ``remaining`` and ``used_share``: one statement
        for the whole page."""
        records = list(records)
        outs = await super().present(schema, records, expand)
        figures = await self.budgets.figures([r.id for r in records])
        for out, record in zip(outs, records, strict=True):
            if record.id in figures:
                actual, remaining, used = figures[record.id]
                out.actual, out.remaining, out.used_share = actual, remaining, used  # type: ignore[attr-defined]
        return outs

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(self, record: Budget, changes: dict[str, Any]) -> dict[str, Any]:
        changes = await self._checked(changes, record)
        if {"amount", "alert_share"} & changes.keys():
            # A new threshold: the alert level restarts from where spending now stands.
            actual = (await self.budgets.figures([record.id]))[record.id][0]
            changes["alerted"] = level_of(
                actual,
                changes.get("amount", record.amount),
                changes.get("alert_share", record.alert_share),
            )
        return changes

    async def _checked(self, values: dict[str, Any], record: Budget | None) -> dict[str, Any]:
        start = values.get("period_start") or (record.period_start if record else None)
        end = values.get("period_end") or (record.period_end if record else None)
        if start is not None and end is not None and end < start:
            name = "period_end" if "period_end" in values else "period_start"
            raise ValidationFailed.field(
                ["body", name], "period_end is before period_start", "range_reversed"
            )
        department = values.get("department_id", record.department_id if record else None)
        territory = values.get("territory_id", record.territory_id if record else None)
        if (department is None) == (territory is None):
            name = "territory_id" if "territory_id" in values else "department_id"
            raise ValidationFailed.field(
                ["body", name],
                "Set exactly one of department_id and territory_id",
                "holder_required",
            )
        await check_live(
            self.ctx,
            values,
            (
                ("department_id", Department, "department"),
                ("territory_id", Territory, "territory"),
                ("owner_id", Employee, "employee"),
            ),
        )
        for field in ("category",):
            if field in values and values[field] is not None:
                values[field] = str(values[field])
        return values

    async def summary(self, params: schemas.BudgetSummaryParams) -> schemas.BudgetSummary:
        self.require("read")
        rows = await self.budgets.summary(
            params.period_start,
            params.period_end,
            params.department_id,
            params.territory_id,
            params.category.value if params.category else None,
            params.currency,
        )
        out = [
            schemas.BudgetSummaryRow(
                department_id=department_id,
                territory_id=territory_id,
                category=category,
                currency=currency,
                budgets=count,
                amount=amount,
                actual=actual,
                remaining=amount - actual,
                used_share=share(actual, amount),
            )
            for department_id, territory_id, category, currency, count, amount, actual in rows
        ]
        summary = schemas.BudgetSummary(
            period_start=params.period_start, period_end=params.period_end, rows=out
        )
        await resolve(self.ctx, summary.rows, ())
        return summary


async def alert_owners(ctx: Ctx, request: ApprovalRequest, form: Any) -> None:
    """The effect of an approved expense claim: each budget it counts against that now
    crosses its alert share (or its whole amount) for the first time tells its owner, once."""
    if not isinstance(form, ExpenseForm) or request.owner_id is None:
        return
    session = ctx.session
    department = await session.scalar(
        select(Department)
        .join(Employee, Employee.department_id == Department.id)
        .where(Employee.id == request.owner_id)
    )
    departments = [*path_ids(department.path), department.id] if department else []
    territories: list[uuid.UUID] = []
    if form.customer_id is not None:
        path = await session.scalar(
            select(Territory.path)
            .join(Customer, Customer.territory_id == Territory.id)
            .where(Customer.id == form.customer_id)
        )
        territories = path_ids(path) if path else []
    budgets = BudgetRepository(ctx)
    spent_on: date = form.spent_on
    found = await budgets.matching(
        str(form.category), form.currency, spent_on, departments, territories
    )
    figures = await budgets.figures([b.id for b in found])
    for budget in found:
        actual = figures[budget.id][0]
        level = level_of(actual, budget.amount, budget.alert_share)
        if level <= budget.alerted:
            continue
        budget.alerted = level
        if budget.owner_id is not None:
            notify(
                ctx,
                budget.owner_id,
                NotificationKind.budget_alert,
                "notification.budget_alert",
                {
                    "name": budget.name,
                    "share": f"{figures[budget.id][2] or Decimal(100):.2f}",
                    "actual": f"{actual:.2f}",
                    "amount": f"{budget.amount:.2f}",
                    "currency": budget.currency,
                },
                resource="budget",
                record_id=budget.id,
            )
    await session.flush()
