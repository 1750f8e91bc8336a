"""``/api/v1/pipelines``, ``/loss-reasons``, ``/competitors`` (with the win/loss analysis),
``/opportunities`` (with win, lose, reopen, stage history, line items, competitor entries and
the deal team), ``/contracts`` and ``/payments``."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import Field

from salescrm.core import events, i18n
from salescrm.core.crud import CrudSpec, IdPath, crud_router, record_action
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected
from salescrm.core.pagination import page_of, sort_enum
from salescrm.core.references import present, register_kind
from salescrm.core.schemas import RequestModel
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.core.visibility import restrict_columns
from salescrm.org.router import member_routes
from salescrm.org.schemas import ShareAccess
from salescrm.org.sharing import register_shareable
from salescrm.platform.audit import register_reference_audit, register_scoped_audit
from salescrm.sales import analysis, models, schemas
from salescrm.sales.contracts import ContractService, PaymentService
from salescrm.sales.repository import (
    ContractLineItemRepository,
    ContractRepository,
    InstallmentRepository,
    LineItemRepository,
    OpportunityCompetitorRepository,
    OpportunityRepository,
    PaymentRepository,
    PipelineStageRepository,
    StageChangeRepository,
)
from salescrm.sales.service import (
    CompetitorEntryService,
    CompetitorService,
    LineItemService,
    LossReasonService,
    OpportunityService,
    PipelineService,
    StageHistoryService,
    TeamService,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {
        "pipeline": "销售流程",
        "pipeline_stage": "销售阶段",
        "loss_reason": "输单原因",
        "competitor": "竞争对手",
        "opportunity": "商机",
        "opportunity_line_item": "产品明细",
        "opportunity_competitor": "竞争对手记录",
        "team_member": "团队成员",
        "contract": "合同",
        "payment": "回款",
    },
    {
        "pipeline_id": "销售流程",
        "stage_id": "销售阶段",
        "probability": "赢率",
        "expected_close_date": "预计成交日期",
        "amount": "金额",
        "quantity": "数量",
        "unit_price": "单价",
        "discount": "折扣",
        "product_id": "产品",
        "loss_reason_id": "输单原因",
        "competitor_id": "竞争对手",
        "opportunity_id": "商机",
        "contract_id": "合同",
        "payment_plan": "回款计划",
        "sign_date": "签约日期",
        "number": "编号",
        "received_on": "回款日期",
    },
)
register_shareable("opportunity", OpportunityRepository)
register_shareable("contract", ContractRepository)
register_kind("opportunity", models.Opportunity, repository=OpportunityRepository)
register_kind("contract", models.Contract, name=models.Contract.title)
register_kind("pipeline", models.Pipeline)
register_kind("stage", models.PipelineStage)
register_kind("loss_reason", models.LossReason)
register_kind("competitor", models.Competitor)
for resource, repository in (
    ("opportunity", OpportunityRepository),
    ("opportunity_line_item", LineItemRepository),
    ("opportunity_competitor", OpportunityCompetitorRepository),
    ("contract", ContractRepository),
    ("contract_line_item", ContractLineItemRepository),
    ("contract_installment", InstallmentRepository),
    ("payment", PaymentRepository),
):
    register_scoped_audit(resource, repository)
register_reference_audit("pipeline", "pipeline_stage", "loss_reason", "competitor")
# Costs and margins are hidden from the trail as they are from the records.
restrict_columns("opportunity", schemas.MARGIN, "cost", "margin")
restrict_columns("opportunity_line_item", schemas.MARGIN, "unit_cost", "cost", "margin")
restrict_columns("contract", schemas.MARGIN, "cost", "margin")
restrict_columns("contract_line_item", schemas.MARGIN, "unit_cost", "cost", "margin")

pipelines = crud_router(
    CrudSpec(
        path="/pipelines",
        name="pipelines",
        tag="sales",
        singular="pipeline",
        service=PipelineService,
        read_schema=schemas.PipelineOut,
        create_schema=schemas.PipelineCreate,
        update_schema=schemas.PipelineUpdate,
        list_params=schemas.PipelineListParams,
    )
)
loss_reasons = crud_router(
    CrudSpec(
        path="/loss-reasons",
        name="loss_reasons",
        tag="sales",
        singular="loss reason",
        service=LossReasonService,
        read_schema=schemas.LossReasonOut,
        create_schema=schemas.LossReasonCreate,
        update_schema=schemas.LossReasonUpdate,
        list_params=schemas.LossReasonListParams,
    )
)

win_loss = APIRouter(prefix="/competitors", tags=["sales"], route_class=UnitOfWorkRoute)


@win_loss.get(
    "/win-loss",
    name="competitors_win_loss",
    summary="Win/loss against each competitor over the deals closed in a period (caller's scope)",
    description="Requires `opportunity:read` and `competitor:read`; counts only deals within "
    "the caller's data scope. 422 for an invalid period.",
    response_model=schemas.WinLossReport,
    responses=error_responses(401, 403, 422),
)
async def win_loss_report(ctx: CtxDep, params: Annotated[schemas.WinLossParams, Query()]) -> Any:
    return await analysis.WinLossService(ctx).report(params)


competitors = crud_router(
    CrudSpec(
        path="/competitors",
        name="competitors",
        tag="sales",
        singular="competitor",
        service=CompetitorService,
        read_schema=schemas.CompetitorOut,
        create_schema=schemas.CompetitorCreate,
        update_schema=schemas.CompetitorUpdate,
        list_params=schemas.CompetitorListParams,
    )
)
opportunities = crud_router(
    CrudSpec(
        path="/opportunities",
        name="opportunities",
        tag="sales",
        singular="opportunity",
        service=OpportunityService,
        read_schema=schemas.OpportunityOut,
        create_schema=schemas.OpportunityCreate,
        update_schema=schemas.OpportunityUpdate,
        list_params=schemas.OpportunityListParams,
    )
)
line_items = crud_router(
    CrudSpec(
        path="/opportunities/{parent_id}/line-items",
        name="opportunity_line_items",
        tag="sales",
        singular="line item",
        service=LineItemService,
        read_schema=schemas.LineItemOut,
        create_schema=schemas.LineItemCreate,
        update_schema=schemas.LineItemUpdate,
        list_params=schemas.LineItemListParams,
        parent="opportunity",
    )
)
deal_competitors = crud_router(
    CrudSpec(
        path="/opportunities/{parent_id}/competitors",
        name="opportunity_competitors",
        tag="sales",
        singular="competitor entry",
        service=CompetitorEntryService,
        read_schema=schemas.OpportunityCompetitorOut,
        create_schema=schemas.OpportunityCompetitorCreate,
        update_schema=schemas.OpportunityCompetitorUpdate,
        list_params=schemas.OpportunityCompetitorListParams,
        parent="opportunity",
    )
)
contracts = crud_router(
    CrudSpec(
        path="/contracts",
        name="contracts",
        tag="sales",
        singular="contract",
        service=ContractService,
        read_schema=schemas.ContractOut,
        create_schema=schemas.ContractCreate,
        update_schema=schemas.ContractUpdate,
        list_params=schemas.ContractListParams,
    )
)
payments = crud_router(
    CrudSpec(
        path="/payments",
        name="payments",
        tag="sales",
        singular="payment",
        service=PaymentService,
        read_schema=schemas.PaymentOut,
        create_schema=schemas.PaymentCreate,
        update_schema=schemas.PaymentUpdate,
        list_params=schemas.PaymentListParams,
    )
)


def _closing(action: str) -> Callable[[Ctx, uuid.UUID, Any, Expected], Awaitable[Any]]:
    async def run(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
        return await getattr(OpportunityService(ctx), action)(record_id, body, expected)

    return run


_CLOSING_RULES = (
    "Requires `opportunity:write` and the right to change this deal (404 outside the data "
    "scope, 403 read-only share); a stale `If-Match` is 412."
)

for action, payload, summary, rules in (
    (
        "win",
        schemas.WinIn,
        "Win the deal: it moves to the won stage (it needs an amount)",
        "409 `opportunity_closed` when the deal is not open; 422 `amount_missing` when its "
        "amount is zero (add line items or set the amount).",
    ),
    (
        "lose",
        schemas.LoseIn,
        "Lose the deal, with the reason and the competitor that won it",
        "409 `opportunity_closed` when the deal is not open; 422 when the loss reason is not "
        "an active one or the competitor does not exist.",
    ),
    (
        "reopen",
        schemas.ReopenIn,
        "Reopen a won or lost deal (back to the open stage it left)",
        "409 `opportunity_open` when the deal is open already; 409 "
        "`opportunity_has_contracts` when a contract was signed on it.",
    ),
):
    record_action(
        opportunities,
        action=action,
        name=f"opportunities_{action}",
        summary=summary,
        description=f"{_CLOSING_RULES}\n\n{rules}",
        payload=payload,
        read_schema=schemas.OpportunityOut,
        run=_closing(action),
    )


@opportunities.get(
    "/{record_id}/stage-history",
    name="opportunities_stage_history_list",
    summary="Every stage change of the deal: when, who, from → to, time spent in the stage left",
    description="Requires `opportunity:read`; 404 when the deal is outside the caller's data "
    "scope.",
    response_model=page_of(schemas.StageChangeOut),
    responses=error_responses(401, 403, 404, 422),
)
@sort_enum(StageChangeRepository)
async def stage_history(
    record_id: IdPath,
    ctx: CtxDep,
    params: Annotated[schemas.StageChangeListParams, Query()],
) -> Any:
    page = await StageHistoryService(ctx).for_deal(record_id, params)
    items = await present(ctx, schemas.StageChangeOut, page.items)
    return {"items": items, "next_cursor": page.next_cursor, "total": page.total}


@opportunities.get(
    "/{record_id}/stage-times",
    name="opportunities_stage_times",
    summary="Total time the deal spent in each stage (the current one until now)",
    description="Requires `opportunity:read`; 404 when the deal is outside the caller's data "
    "scope.",
    response_model=schemas.StageTimes,
    responses=error_responses(401, 403, 404),
)
async def stage_times(record_id: IdPath, ctx: CtxDep) -> Any:
    return await StageHistoryService(ctx).times(record_id)


class TeamMemberPut(RequestModel):
    """A deal-team member: their part in the deal and what they may do with it."""

    role: Annotated[str, Field(min_length=1, max_length=50, examples=["售前工程师"])]
    access: ShareAccess = ShareAccess.read


member_routes(
    opportunities,
    TeamService,
    segment="team",
    name="opportunities_team",
    body=TeamMemberPut,
    noun="team member",
)

#: Fixed paths (``/competitors/win-loss``) before ``/competitors/{id}``.
# Rows shown inside their parent's schema are events of their own too.
events.publish(models.PipelineStage, schemas.StageOut, PipelineStageRepository, "opportunity:read")
events.publish(
    models.ContractLineItem,
    schemas.ContractLineItemOut,
    ContractLineItemRepository,
    "contract:read",
)
events.publish(models.Installment, schemas.InstallmentOut, InstallmentRepository, "contract:read")

routers = [
    pipelines,
    loss_reasons,
    win_loss,
    competitors,
    line_items,
    deal_competitors,
    opportunities,
    contracts,
    payments,
]
