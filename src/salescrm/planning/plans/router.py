"""The routes of plans: ``/sales-strategies``, ``/sales-plans`` (submit, revisions, roll-up,
check, coverage, history) and ``/sales-targets`` (allocate)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from salescrm.core import i18n, references
from salescrm.core.crud import CrudSpec, IdPath, crud_router, record_action
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected
from salescrm.core.references import present, register_kind
from salescrm.core.uow import Ctx, get_ctx
from salescrm.planning.plans import schemas
from salescrm.planning.plans.models import SalesPlan, SalesStrategy
from salescrm.planning.plans.service import (
    SalesPlanService,
    SalesStrategyService,
    SalesTargetService,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "planning"

i18n.register_names(
    {"sales_strategy": "销售策略", "sales_plan": "销售计划", "sales_target": "销售目标"},
    {
        "target_markets": "目标市场",
        "segments": "细分市场",
        "competitive_situation": "竞争态势",
        "resources": "资源",
        "period_kind": "计划周期",
        "check_mode": "校验方式",
        "revision": "版本",
        "metric": "指标",
        "level": "层级",
        "product_line": "产品线",
        "weight": "权重",
        "strategy_id": "销售策略",
        "plan_id": "销售计划",
    },
)
register_kind("sales_strategy", SalesStrategy)
register_kind("sales_plan", SalesPlan)

strategies = crud_router(
    CrudSpec(
        path="/sales-strategies",
        name="sales_strategies",
        tag=TAG,
        singular="sales strategy",
        service=SalesStrategyService,
        read_schema=schemas.SalesStrategyOut,
        create_schema=schemas.SalesStrategyCreate,
        update_schema=schemas.SalesStrategyUpdate,
        list_params=schemas.SalesStrategyListParams,
    )
)


@strategies.get(
    "/{record_id}/plans",
    name="sales_strategies_plans",
    tags=[TAG],
    summary="The plans that implement a strategy",
    description="Requires `sales_strategy:read` and `sales_plan:read`; 404 when the strategy "
    "does not exist. The same plans are listed by `GET /sales-plans?strategy_id=`.",
    response_model=schemas.StrategyPlans,
    responses=error_responses(401, 403, 404),
)
async def strategy_plans(record_id: IdPath, ctx: CtxDep) -> Any:
    service = SalesStrategyService(ctx)
    service.require("read")
    SalesPlanService(ctx).require("read")
    strategy = await service.repo.get(record_id)
    plans = await service.repo.plans(strategy.id)  # type: ignore[attr-defined]
    return {"items": [schemas.PlanSummary.model_validate(p) for p in plans]}


plans = crud_router(
    CrudSpec(
        path="/sales-plans",
        name="sales_plans",
        tag=TAG,
        singular="sales plan",
        service=SalesPlanService,
        read_schema=schemas.SalesPlanOut,
        create_schema=schemas.SalesPlanCreate,
        update_schema=schemas.SalesPlanUpdate,
        list_params=schemas.SalesPlanListParams,
    )
)

_WRITE = "Requires `sales_plan:write`; 404 when the plan does not exist; a stale `If-Match` is 412."


async def _submit(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
    return await SalesPlanService(ctx).submit(record_id, body, expected)


async def _revise(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
    return await SalesPlanService(ctx).open_revision(record_id, body, expected)


record_action(
    plans,
    action="submit",
    name="sales_plans_submit",
    summary="Submit the plan's revision for approval (an approval request of type sales_plan)",
    description=f"{_WRITE} Also requires `approval:write`: the caller is the applicant. 409 "
    "`plan_not_draft` unless the plan is a draft; 409 `targets_unbalanced` under check mode "
    "`refuse` when a parent's children do not add up to it (the problem names the parent and "
    "both sums); 422 `approval_type_disabled` when sales plan approvals are switched off. "
    "Approved, the revision is locked and every employee with a target is notified "
    "(`sales_target`); rejected, withdrawn or returned, the plan is a draft again.",
    payload=schemas.SubmitIn,
    read_schema=schemas.SalesPlanOut,
    run=_submit,
)
record_action(
    plans,
    action="revisions",
    name="sales_plans_revise",
    summary="Open the next revision of an approved plan (a draft again, revision + 1)",
    description=f"{_WRITE} 409 `plan_not_approved` unless the plan is approved. The history "
    "keeps every change with the revision it was made in.",
    payload=schemas.RevisionIn,
    read_schema=schemas.SalesPlanOut,
    run=_revise,
)


@plans.post(
    "/{record_id}/roll-up",
    name="sales_plans_roll_up",
    tags=[TAG],
    summary="Bottom-up: every parent target becomes the sum of its children",
    description="Requires `sales_plan:write`; only the parents the caller may change are "
    "recomputed, deepest first, each change kept in the history. 404 when the plan does not "
    "exist; 409 `plan_locked` unless it is a draft. The answer lists the parents that still "
    "do not add up.",
    response_model=schemas.RollUpOut,
    responses=error_responses(401, 403, 404, 409),
)
async def roll_up(record_id: IdPath, ctx: CtxDep) -> Any:
    return await SalesPlanService(ctx).roll_up(record_id)


@plans.get(
    "/{record_id}/check",
    name="sales_plans_check",
    tags=[TAG],
    summary="Do the children of every target add up to it?",
    description="Requires `sales_plan:read`; lists the parents in the caller's data scope "
    "whose children's total differs from their value. 404 when the plan does not exist.",
    response_model=schemas.PlanBalanceOut,
    responses=error_responses(401, 403, 404),
)
async def check(record_id: IdPath, ctx: CtxDep) -> Any:
    return await SalesPlanService(ctx).check(record_id)


@plans.get(
    "/{record_id}/coverage",
    name="sales_plans_coverage",
    tags=[TAG],
    summary="Who lacks a number: territories without a responsible person, salespeople "
    "without a target for a metric",
    description="Requires `sales_plan:read`. The territories are those the plan sets targets "
    "for; the salespeople (`is_sales`) those of the departments (and below) and territories "
    "it sets targets for; the metrics those it uses. 404 when the plan does not exist.",
    response_model=schemas.CoverageOut,
    responses=error_responses(401, 403, 404),
)
async def coverage(record_id: IdPath, ctx: CtxDep) -> Any:
    out = await SalesPlanService(ctx).coverage(record_id)
    await references.resolve(ctx, [out])
    return out


@plans.get(
    "/{record_id}/history",
    name="sales_plans_history",
    tags=[TAG],
    summary="Who changed which target, when, in which revision, from → to",
    description="Requires `sales_plan:read`; lists the changes of the targets in the caller's "
    "data scope, newest first. 404 when the plan does not exist.",
    response_model=schemas.TargetHistory,
    responses=error_responses(401, 403, 404, 422),
)
async def history(
    record_id: IdPath, ctx: CtxDep, params: Annotated[schemas.HistoryParams, Query()]
) -> Any:
    items = await SalesPlanService(ctx).history(record_id, params)
    return {"items": await present(ctx, schemas.TargetChangeOut, items)}


targets = crud_router(
    CrudSpec(
        path="/sales-targets",
        name="sales_targets",
        tag=TAG,
        singular="sales target",
        service=SalesTargetService,
        read_schema=schemas.SalesTargetOut,
        create_schema=schemas.SalesTargetCreate,
        update_schema=schemas.SalesTargetUpdate,
        list_params=schemas.SalesTargetListParams,
    )
)


@targets.post(
    "/{record_id}/allocate",
    name="sales_targets_allocate",
    tags=[TAG],
    summary="Top-down: split a target among its children (and theirs) in one request",
    description="Requires `sales_plan:write` and the right to change the target (404 outside "
    "the caller's data scope, 403 when only readable). `method` even, weights (each child's "
    "`weight`), last_year (each child's share of the contracts signed, or payments received "
    "with `basis` payments, in the same period a year earlier) or manual (each child's "
    "`value`); nested `children` are split from their parent's new value the same way. A "
    "child naming a subject the target already has is updated, others are created; every "
    "change is in the history. 409 `plan_locked` unless the plan is a draft; 409 "
    "`targets_unbalanced` under check mode `refuse` when children would exceed their parent. "
    "422 naming the child when a level is not below its parent's, a subject is missing, "
    "unknown or named twice, or a weight or value is missing or negative. Under `warn` the "
    "answer lists the plan's parents that do not add up.",
    response_model=schemas.AllocationOut,
    responses=error_responses(400, 401, 403, 404, 409, 413, 415, 422),
)
async def allocate(record_id: IdPath, body: schemas.AllocationIn, ctx: CtxDep) -> Any:
    out = await SalesTargetService(ctx).allocate(record_id, body)
    await references.resolve(ctx, out.warnings)
    return out


routers: list[APIRouter] = [strategies, plans, targets]
