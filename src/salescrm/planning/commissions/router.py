"""The routes of commissions: ``/commission-plans`` (the standard operations),
``/commission-statements`` (read in the caller's scope, with ``compute`` and ``approve`` of a
plan's period) and ``/commission-statements/{parent_id}/lines``."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from salescrm.core import i18n
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.references import present_one, register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.core.visibility import restrict_columns
from salescrm.planning.commissions import schemas
from salescrm.planning.commissions.models import CommissionPlan
from salescrm.planning.commissions.repository import Period, PeriodSummary
from salescrm.planning.commissions.service import (
    CommissionLineService,
    CommissionPlanService,
    CommissionStatementService,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "planning"

i18n.register_names(
    {
        "commission_plan": "提成方案",
        "commission_statement": "提成单",
        "commission_statement_line": "提成明细",
    },
    {
        "basis": "计提基础",
        "measure": "计提口径",
        "period_kind": "期间类型",
        "tiers": "阶梯费率",
        "cap": "封顶金额",
        "default_quota": "默认定额",
        "employee_ids": "适用员工",
        "department_ids": "适用部门",
        "effective_from": "生效日期",
        "effective_to": "失效日期",
        "plan_id": "方案",
        "period_start": "期间开始",
    },
)
register_kind("commission_plan", CommissionPlan)
restrict_columns("commission_statement", schemas.MARGIN, "total_margin")
restrict_columns("commission_statement_line", schemas.MARGIN, "margin", "basis", "cumulative")

plans = crud_router(
    CrudSpec(
        path="/commission-plans",
        name="commission_plans",
        tag=TAG,
        singular="commission plan",
        service=CommissionPlanService,
        read_schema=schemas.CommissionPlanOut,
        create_schema=schemas.CommissionPlanCreate,
        update_schema=schemas.CommissionPlanUpdate,
        list_params=schemas.CommissionPlanListParams,
    )
)

actions = APIRouter(prefix="/commission-statements", tags=[TAG], route_class=UnitOfWorkRoute)


async def _period_out(ctx: Ctx, period: Period, summary: PeriodSummary) -> Any:
    view = SimpleNamespace(
        plan_id=period.plan.id,
        period_kind=period.plan.period_kind,
        period_start=period.start,
        period_end=period.end,
        status=summary.status,
        statements=summary.statements,
        lines=summary.lines,
        total_commission=summary.total_commission,
    )
    return await present_one(ctx, schemas.CommissionPeriodOut, view)


@actions.post(
    "/compute",
    name="commission_statements_compute",
    summary="Compute a plan's statements for a period again, for everyone it applies to",
    description="Requires `commission:compute`. Deletes the period's draft statements and "
    "lines and writes them again from the contracts signed (or payments received) in the "
    "period, one statement per employee the plan applies to (named, or in a named department "
    "or below), with the quota of their target in an approved sales plan of the period or the "
    "plan's default. 409 `commission_period_locked` when the period was approved; 409 "
    "`commission_plan_inactive` when the plan is not active. 422 `not_found` naming "
    "`plan_id`; 422 `period_start_misaligned` when `period_start` is not the first day of "
    "the plan's month or quarter; 422 `period_outside_plan` when the period lies outside the "
    "plan's effective dates.",
    response_model=schemas.CommissionPeriodOut,
    responses=error_responses(400, 401, 403, 409, 415, 422),
)
async def compute(body: schemas.CommissionPeriodIn, ctx: CtxDep) -> Any:
    period, summary = await CommissionStatementService(ctx).compute(body)
    return await _period_out(ctx, period, summary)


@actions.post(
    "/approve",
    name="commission_statements_approve",
    summary="Approve and lock a plan's statements for a period; each employee is notified",
    description="Requires `commission:approve`. Every statement of the plan's period becomes "
    "`approved` and is locked (a later compute answers 409); each employee gets a "
    "`commission_statement` notification. 409 `commission_period_not_computed` when the "
    "period has no statements; 409 `commission_period_locked` when it was approved already. "
    "422 as for compute.",
    response_model=schemas.CommissionPeriodOut,
    responses=error_responses(400, 401, 403, 409, 415, 422),
)
async def approve(body: schemas.CommissionPeriodIn, ctx: CtxDep) -> Any:
    period, summary = await CommissionStatementService(ctx).approve(body)
    return await _period_out(ctx, period, summary)


statements = crud_router(
    CrudSpec(
        path="/commission-statements",
        name="commission_statements",
        tag=TAG,
        singular="commission statement",
        service=CommissionStatementService,
        read_schema=schemas.CommissionStatementOut,
        list_params=schemas.CommissionStatementListParams,
        operations=READ_OPERATIONS,
    )
)

lines = crud_router(
    CrudSpec(
        path="/commission-statements/{parent_id}/lines",
        name="commission_statement_lines",
        tag=TAG,
        singular="commission statement line",
        parent="commission statement",
        service=CommissionLineService,
        read_schema=schemas.CommissionLineOut,
        list_params=schemas.CommissionLineListParams,
        operations=READ_OPERATIONS,
    )
)

routers: list[APIRouter] = [plans, actions, statements, lines]
