"""The customer-insight routes: the list and one customer's insight (``customer:read``), the
recompute (``customer_insight:recompute``) and the ABC apply (``customer:write``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from salescrm.analytics.insights import schemas
from salescrm.analytics.insights.service import AbcApplyService, InsightService, recompute
from salescrm.core import i18n
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx

TAG = "analytics"
CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {"customer_insight": "客户价值洞察"},
    {"customer_ids": "客户", "abc_class": "ABC 分类", "rfm_segment": "RFM 分群"},
)

insights = crud_router(
    CrudSpec(
        path="/analytics/customer-insights",
        name="customer_insights",
        tag=TAG,
        service=InsightService,
        read_schema=schemas.InsightOut,
        list_params=schemas.InsightListParams,
        singular="customer's value insight (by customer id)",
        operations=READ_OPERATIONS,
    )
)

actions = APIRouter(tags=[TAG], route_class=UnitOfWorkRoute)


@actions.post(
    "/analytics/customer-insights/recompute",
    name="customer_insights_recompute",
    summary="Recompute every customer's value insights (and churn risk) now",
    description="Requires `customer_insight:recompute`. Rewrites the value insights of every "
    "live customer with a purchase (RFM, ABC, lifetime value, loyalty) in one set-based "
    "statement (a customer without one reads the empty insight), then runs "
    "every registered step (life cycle and churn risk) in the same transaction. The daily "
    "job does the same. Answers the rows written per step and the duration.",
    response_model=schemas.InsightsRecomputeResult,
    responses=error_responses(401, 403),
)
async def recompute_insights(ctx: CtxDep) -> Any:
    return await recompute(ctx)


@actions.post(
    "/analytics/abc/apply",
    name="analytics_abc_apply",
    summary="Set customers' tiers to the tier their ABC class suggests",
    description="Requires `customer:read` and `customer:write`. Chooses the live customers in "
    "the caller's data scope (`customer_ids`, up to 1,000, or all of them), optionally of one "
    "`abc_class`, and sets the tier of each one the caller may change to its "
    "`suggested_tier` (from the last recompute): each change is an audited customer update "
    "with a change event. Customers without a suggestion, and those the caller may only read, "
    "are skipped. `dry_run` counts without changing. 422 naming the index of a customer id "
    "that does not exist or is outside the caller's data scope.",
    response_model=schemas.AbcApplyResult,
    responses=error_responses(401, 403, 422),
)
async def abc_apply(ctx: CtxDep, body: schemas.AbcApply) -> Any:
    return await AbcApplyService(ctx).apply(body)


routers = [actions, insights]
