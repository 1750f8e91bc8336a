"""The rules of commissions: plans (their tier tables are checked by the schemas; the service
checks the people and departments they name and their effective dates), the recomputation
and approval of a plan's period, and reading statements and their lines in the caller's
scope."""

from __future__ import annotations

import uuid
from calendar import monthrange
from datetime import date
from typing import Any, ClassVar

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, ValidationFailed, unknown_reference
from salescrm.core.service import ChildCrudService, CrudService, ReadService
from salescrm.core.uow import begin_write
from salescrm.org.repository import EmployeeRepository
from salescrm.planning.commissions import quotas
from salescrm.planning.commissions.models import (
    CommissionPeriodKind,
    CommissionPlan,
    CommissionStatement,
    CommissionStatementLine,
)
from salescrm.planning.commissions.repository import (
    CommissionComputation,
    CommissionLineRepository,
    CommissionPlanRepository,
    CommissionStatementRepository,
    Period,
    PeriodSummary,
)
from salescrm.planning.commissions.schemas import CommissionPeriodIn
from salescrm.platform.notifications import NotificationKind, notify

i18n.register_titles(
    {
        "commission_period_locked": ("Commission period locked", "提成期间已锁定"),
        "commission_period_not_computed": ("Commission period not computed", "提成期间尚未计算"),
        "commission_plan_inactive": ("Commission plan inactive", "提成方案未启用"),
    }
)
i18n.register_details(
    {
        "commission_period_locked": (
            "The statements of this plan and period were approved: they are locked and are "
            "not computed again.",
            "该方案此期间的提成单已审批锁定,不能重新计算。",
        ),
        "commission_period_not_computed": (
            "There are no statements of this plan and period to approve: compute them first.",
            "该方案此期间没有可审批的提成单,请先计算。",
        ),
        "commission_plan_inactive": (
            "The commission plan is not active: activate it before computing statements.",
            "提成方案未启用,启用后才能计算提成单。",
        ),
    }
)
i18n.register_messages(
    {
        "notification.commission_statement": (
            "Your commission statement under {plan} for {start}–{end} was approved: "
            "{commission} {currency}",
            "您在「{plan}」下 {start} 至 {end} 的提成单已审批:{commission} {currency}",
        ),
    }
)


class CommissionPeriodLocked(Conflict):
    code = detail_key = "commission_period_locked"


class CommissionPeriodNotComputed(Conflict):
    code = detail_key = "commission_period_not_computed"


class CommissionPlanInactive(Conflict):
    code = detail_key = "commission_plan_inactive"


def period_end(kind: str, start: date) -> date:
    """The last day of the month or quarter starting on ``start``; 422 naming
    ``period_start`` when it is not such a first day."""
    months = 3 if kind == CommissionPeriodKind.quarter.value else 1
    if start.day != 1 or (months == 3 and start.month not in (1, 4, 7, 10)):
        what = "a quarter (1 January, April, July or October)" if months == 3 else "a month"
        raise ValidationFailed.field(
            ["body", "period_start"], f"Must be the first day of {what}", "period_start_misaligned"
        )
    last_month = start.month + months - 1
    year = start.year + (last_month - 1) // 12
    month = (last_month - 1) % 12 + 1
    return date(year, month, monthrange(year, month)[1])


class CommissionPlanService(CrudService[CommissionPlan]):
    repository = CommissionPlanRepository
    permission = "commission_plan"
    refusals: ClassVar = {
        "create": {
            422: "422 `tier_overlap` / `tier_gap` / `tier_empty` naming `tiers` when the bands "
            "overlap, leave a gap, do not start at 0 % or do not end open; `range_reversed` "
            "naming `effective_to` when it is before `effective_from`; `not_found` naming "
            "the entry of `employee_ids` or `department_ids` that is unknown."
        },
        "update": {
            422: "422 as on create for `tiers`, the effective dates (as they would stand) and "
            "the people and departments named."
        },
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values, None)

    async def prepare_update(
        self, record: CommissionPlan, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(
        self, values: dict[str, Any], record: CommissionPlan | None
    ) -> dict[str, Any]:
        start = values.get("effective_from", record.effective_from if record else None)
        end = values.get("effective_to", record.effective_to if record else None)
        if start is not None and end is not None and end < start:
            raise ValidationFailed.field(
                ["body", "effective_to"], "effective_to is before effective_from", "range_reversed"
            )
        if values.get("tiers") is not None:
            values["tiers"] = [
                {
                    "from_percent": tier["from_percent"],
                    "to_percent": tier.get("to_percent"),
                    "rate_percent": str(tier["rate_percent"]),
                }
                for tier in values["tiers"]
            ]
        if values.get("employee_ids") is not None:
            ids = list(dict.fromkeys(values["employee_ids"]))
            seen = await EmployeeRepository(self.ctx).visible(ids)
            for index, employee in enumerate(ids):
                if employee not in seen:
                    raise unknown_reference(["body", "employee_ids", index], "employee")
            values["employee_ids"] = [str(i) for i in ids]
        if values.get("department_ids") is not None:
            ids = list(dict.fromkeys(values["department_ids"]))
            repo: CommissionPlanRepository = self.repo  # type: ignore[assignment]
            live = await repo.live_departments(ids)
            for index, department in enumerate(ids):
                if department not in live:
                    raise unknown_reference(["body", "department_ids", index], "department")
            values["department_ids"] = [str(i) for i in ids]
        for name in ("employee_ids", "department_ids", "tiers"):
            if name in values and values[name] is None:
                raise ValidationFailed.field(["body", name], "May not be null", "null_not_allowed")
        return values


class CommissionStatementService(ReadService[CommissionStatement]):
    """Statements: read in the caller's scope (``commission:read``); a plan's period computed
    (``commission:compute``) and approved (``commission:approve``) as a whole."""

    repository = CommissionStatementRepository
    permission = "commission"

    async def _period(self, body: CommissionPeriodIn) -> Period:
        plans = CommissionPlanRepository(self.ctx)
        plan = await plans.referenced(body.plan_id, ["body", "plan_id"])
        end = period_end(plan.period_kind, body.period_start)
        if end < plan.effective_from or (
            plan.effective_to is not None and body.period_start > plan.effective_to
        ):
            raise ValidationFailed.field(
                ["body", "period_start"],
                "The period lies outside the plan's effective dates",
                "period_outside_plan",
            )
        # One computation or approval of a plan's period at a time.
        await begin_write(self.ctx.session, f"commission:{plan.id}:{body.period_start}")
        return Period(plan, body.period_start, end)

    async def compute(self, body: CommissionPeriodIn) -> tuple[Period, PeriodSummary]:
        self.require("compute")
        period = await self._period(body)
        if not period.plan.active:
            raise CommissionPlanInactive()
        work = CommissionComputation(self.repo)
        if await work.locked(period):
            raise CommissionPeriodLocked()
        plans: CommissionPlanRepository = CommissionPlanRepository(self.ctx)
        employees = [uuid.UUID(i) for i in period.plan.employee_ids]
        departments = await plans.subtree([uuid.UUID(i) for i in period.plan.department_ids])
        target = quotas.target_for(period.plan)
        await work.recompute(period, employees, departments, target, utcnow())
        return period, await work.summary(period)

    async def approve(self, body: CommissionPeriodIn) -> tuple[Period, PeriodSummary]:
        self.require("approve")
        period = await self._period(body)
        work = CommissionComputation(self.repo)
        summary = await work.summary(period)
        if summary.statements == 0:
            raise CommissionPeriodNotComputed()
        if summary.status == "approved":
            raise CommissionPeriodLocked()
        await work.approve(period, self.ctx.subject.id, utcnow())
        plan = period.plan
        for statement_id, employee_id, commission in await work.payees(period):
            notify(
                self.ctx,
                employee_id,
                NotificationKind.commission_statement,
                "notification.commission_statement",
                {
                    "plan": plan.name,
                    "start": period.start.isoformat(),
                    "end": period.end.isoformat(),
                    "commission": f"{commission:.2f}",
                    "currency": plan.currency,
                },
                resource="commission_statement",
                record_id=statement_id,
            )
        return period, await work.summary(period)


class CommissionLineService(ChildCrudService[CommissionStatementLine]):
    """A statement's lines, read only: visible exactly when the statement is."""

    repository = CommissionLineRepository
    permission = "commission"
    parent_column = "statement_id"
