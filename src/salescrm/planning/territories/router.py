"""The routes of territories: the tree, its members, the assignment rules, and the dry run,
apply and hand-over actions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.references import register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.planning.territories import schemas
from salescrm.planning.territories.models import Territory
from salescrm.planning.territories.service import (
    PlacementService,
    TerritoryMemberService,
    TerritoryRuleService,
    TerritoryService,
)
from salescrm.platform.audit import register_reference_audit

TAG = "planning"
CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {"territory": "销售区域", "territory_member": "区域负责人", "territory_rule": "区域分配规则"},
    {
        "parent_id": "上级区域",
        "territory_id": "销售区域",
        "territory_text": "片区(文本)",
        "within": "区域及下级",
        "responsible": "负责人",
        "provinces": "省份",
        "cities": "城市",
        "industries": "行业",
        "sizes": "规模",
        "tiers": "客户等级",
        "priority": "优先级",
        "from_employee_id": "原负责人",
        "to_employee_id": "新负责人",
    },
)
register_kind("territory", Territory)
register_reference_audit("territory", "territory_member", "territory_rule")

territories = crud_router(
    CrudSpec(
        path="/territories",
        name="territories",
        tag=TAG,
        singular="territory",
        service=TerritoryService,
        read_schema=schemas.TerritoryOut,
        create_schema=schemas.TerritoryCreate,
        update_schema=schemas.TerritoryUpdate,
        list_params=schemas.TerritoryListParams,
    )
)
members = crud_router(
    CrudSpec(
        path="/territories/{parent_id}/members",
        name="territory_members",
        tag=TAG,
        singular="territory member",
        parent="territory",
        service=TerritoryMemberService,
        read_schema=schemas.TerritoryMemberOut,
        create_schema=schemas.TerritoryMemberCreate,
        update_schema=schemas.TerritoryMemberUpdate,
        list_params=schemas.TerritoryMemberListParams,
    )
)
rules = crud_router(
    CrudSpec(
        path="/territory-rules",
        name="territory_rules",
        tag=TAG,
        singular="territory rule",
        service=TerritoryRuleService,
        read_schema=schemas.TerritoryRuleOut,
        create_schema=schemas.TerritoryRuleCreate,
        update_schema=schemas.TerritoryRuleUpdate,
        list_params=schemas.TerritoryRuleListParams,
    )
)

actions = APIRouter(tags=[TAG], route_class=UnitOfWorkRoute)


@actions.post(
    "/territory-rules/dry-run",
    name="territory_rules_dry_run",
    summary="Which customers a rule change would move, without changing anything",
    description="Requires `territory:read` and `customer:read`. The proposed rules are the "
    "current active ones minus `remove`, with `edit` applied, plus `add` (an empty body: the "
    "current rules). Answers the number of live customers that would change territory, the "
    "counts per (from → to) and a page of them (`after` for the next). A customer no rule "
    "matches keeps its territory. 422 naming the field when a rule or territory named does "
    "not exist.",
    response_model=schemas.DryRun,
    responses=error_responses(401, 403, 422),
)
async def dry_run(ctx: CtxDep, body: schemas.RuleChange) -> Any:
    return await PlacementService(ctx).dry_run(body)


@actions.post(
    "/territory-rules/apply",
    name="territory_rules_apply",
    summary="Place every customer where the current active rules say",
    description="Requires `territory:write` and `customer:write`. Moves every live customer "
    "the first matching active rule places elsewhere (a customer no rule matches keeps its "
    "territory) in one statement; each move is in the audit trail and the change feed, and "
    "every owner of moved customers gets one `territory_reassigned` notification with the "
    "count. The dry run with an empty body shows what this does.",
    response_model=schemas.ApplyResult,
    responses=error_responses(401, 403),
)
async def apply(ctx: CtxDep) -> Any:
    return await PlacementService(ctx).apply()


@actions.post(
    "/territories/{id}/hand-over",
    name="territories_hand_over",
    summary="Give the customers one employee owns in a territory to another employee",
    description="Requires `territory:write`, and `customer:write` and `customer:assign` (the "
    "customer transfer: each customer's timeline records it and the new owner is notified "
    "with `customers_transferred`). `within` (default) includes the territory's subtree. 404 "
    "when the territory does not exist; 422 naming `to_employee_id` when it is not a current "
    "employee; 403 when a customer is outside the caller's data scope.",
    response_model=schemas.HandOverResult,
    responses=error_responses(401, 403, 404, 422),
)
async def hand_over(ctx: CtxDep, id: IdPath, body: schemas.HandOver) -> Any:
    return await PlacementService(ctx).hand_over(id, body)


routers: list[APIRouter] = [actions, territories, members, rules]
