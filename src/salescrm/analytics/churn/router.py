"""``/api/v1/analytics/lifecycle-rules`` (read, replace, apply now) and
``/api/v1/analytics/churn-risks`` (the stored risks in the caller's scope, with reasons)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from salescrm.analytics.churn import schemas
from salescrm.analytics.churn.models import LifecycleRules
from salescrm.analytics.churn.repository import ChurnRiskRepository, RulesRepository
from salescrm.analytics.churn.service import ChurnRiskService, RulesService
from salescrm.core import events
from salescrm.core.crud import IdPath, IfMatch
from salescrm.core.errors import error_responses
from salescrm.core.etag import etag, parse_if_match
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import page_of, sort_enum
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.platform.audit import register_reference_audit

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "analytics"

register_reference_audit("lifecycle_rules")
# A change of the rules is an event too: integrations see when the stages will move differently.
events.publish(LifecycleRules, schemas.RulesOut, RulesRepository, "customer:read")

router = APIRouter(prefix="/analytics", tags=[TAG], route_class=UnitOfWorkRoute)


@router.get(
    "/lifecycle-rules",
    name="lifecycle_rules_get",
    summary="The life-cycle rules: when customers become loyal, at risk and churned",
    description="Requires `customer:read`.",
    response_model=schemas.RulesOut,
    responses={200: {"headers": response_headers("ETag")}, **error_responses(401, 403)},
)
async def get_rules(response: Response, ctx: CtxDep) -> Any:
    record = await RulesService(ctx).get()
    response.headers["ETag"] = etag(record.version)
    return schemas.RulesOut.model_validate(record)


@router.put(
    "/lifecycle-rules",
    name="lifecycle_rules_replace",
    summary="Replace the life-cycle rules",
    description="Requires `lifecycle_rule:manage`. Send `If-Match` with the ETag (412 when "
    "stale). 422 `thresholds_out_of_order` when `churned_after_days` is not more than "
    "`at_risk_after_days`. Audited.",
    response_model=schemas.RulesOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 412, 415, 422),
    },
)
async def replace_rules(
    payload: schemas.RulesPut, response: Response, ctx: CtxDep, if_match: IfMatch = None
) -> Any:
    record = await RulesService(ctx).replace(payload, parse_if_match(if_match))
    response.headers["ETag"] = etag(record.version)
    return schemas.RulesOut.model_validate(record)


@router.post(
    "/lifecycle-rules/apply",
    name="lifecycle_rules_apply",
    summary="Apply the life-cycle rules to every customer now",
    description="Requires `lifecycle_rule:manage`. Runs what the hourly task runs (even while "
    "the rules are disabled for it): each change is a `stage_changed` entry on the customer's "
    "timeline with the rule in words, an audit entry and a change event. Answers the counts "
    "per transition.",
    response_model=schemas.LifecycleApplyResult,
    responses=error_responses(401, 403),
)
async def apply_rules(ctx: CtxDep) -> Any:
    return await RulesService(ctx).apply()


@router.get(
    "/churn-risks",
    name="churn_risks_list",
    summary="Customers' churn risk with its reasons in words, the riskiest first",
    description="Requires `customer:read`; only customers in the caller's data scope with at "
    "least one reason (score above 0; the others are low with score 0 and are not listed). "
    "Scores are recomputed daily and with the customer insights (`computed_at`).",
    response_model=page_of(schemas.ChurnRiskOut),
    responses=error_responses(401, 403, 422),
)
@sort_enum(ChurnRiskRepository)
async def list_risks(ctx: CtxDep, params: Annotated[schemas.ChurnRiskParams, Query()]) -> Any:
    return await ChurnRiskService(ctx).list(params)


@router.get(
    "/churn-risks/{record_id}",
    name="churn_risks_get",
    summary="One customer's churn risk with its reasons in words",
    description="Requires `customer:read`. A live owned customer without a reason answers "
    "score 0, level low, no reasons, as of the last recompute. 404 for a customer outside the "
    "caller's data scope, deleted, without an owner, or before the first recompute.",
    response_model=schemas.ChurnRiskOut,
    responses=error_responses(401, 403, 404),
)
async def get_risk(record_id: IdPath, ctx: CtxDep) -> Any:
    return await ChurnRiskService(ctx).get(record_id)


routers = [router]
