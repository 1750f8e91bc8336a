"""The routes of organisation: ``/headcount-plans`` (with ``/headcount-summary``),
``/requisitions`` (submit, fill, cancel), ``/branches`` and ``/partners``."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, crud_router, record_action
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected
from salescrm.core.references import register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.planning.organisation import schemas
from salescrm.planning.organisation.models import (
    Branch,
    Partner,
    Requisition,
    RequisitionStatus,
)
from salescrm.planning.organisation.service import (
    BranchService,
    HeadcountPlanService,
    PartnerService,
    RequisitionService,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "planning"

i18n.register_names(
    {
        "headcount_plan": "编制计划",
        "requisition": "招聘需求",
        "branch": "分支机构",
        "partner": "渠道伙伴",
    },
    {
        "planned": "计划人数",
        "actual": "实际人数",
        "requirements": "任职要求",
        "reason": "招聘原因",
        "count": "人数",
        "closed_on": "关闭日期",
        "close_reason": "取消原因",
        "opened_on": "开业日期",
        "manager_id": "负责人",
        "territory_ids": "区域",
        "contact_person": "联系人",
        "agreement_start": "协议开始",
        "agreement_end": "协议结束",
        "hired": "已录用员工",
    },
)
register_kind("requisition", Requisition, name=Requisition.title)
register_kind("branch", Branch, name=Branch.name)
register_kind("partner", Partner, name=Partner.name)


def _spec(path: str, name: str, singular: str, service: Any, prefix: str) -> CrudSpec:
    return CrudSpec(
        path=path,
        name=name,
        tag=TAG,
        singular=singular,
        service=service,
        read_schema=getattr(schemas, f"{prefix}Out"),
        create_schema=getattr(schemas, f"{prefix}Create"),
        update_schema=getattr(schemas, f"{prefix}Update"),
        list_params=getattr(schemas, f"{prefix}ListParams"),
    )


headcount = crud_router(
    _spec("/headcount-plans", "headcount_plans", "headcount plan", HeadcountPlanService,
          "HeadcountPlan")
)  # fmt: skip
requisitions = crud_router(
    _spec("/requisitions", "requisitions", "requisition", RequisitionService, "Requisition")
)
branches = crud_router(_spec("/branches", "branches", "branch", BranchService, "Branch"))
partners = crud_router(_spec("/partners", "partners", "partner", PartnerService, "Partner"))


async def _submit(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
    return await RequisitionService(ctx).submit(record_id, body, expected)


async def _fill(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
    return await RequisitionService(ctx).close(
        record_id, RequisitionStatus.filled, body.hired, expected
    )


async def _cancel(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
    return await RequisitionService(ctx).close(
        record_id, RequisitionStatus.cancelled, [], expected, reason=body.reason
    )


record_action(
    requisitions,
    action="submit",
    name="requisitions_submit",
    summary="Submit the requisition for approval (an approval request of type recruitment)",
    description="Requires `requisition:write` on the requisition and `approval:write`; the "
    "request is made on the requester's behalf (the requisition's owner). 409 "
    "`requisition_locked` unless it is a draft, returned, withdrawn or rejected, or while "
    "another request holds it; 422 `approval_type_disabled` when recruitment approvals are "
    "off. 404 outside the caller's scope; a stale `If-Match` is 412. The requisition's status "
    "then follows the request (pending, approved, rejected, returned, withdrawn).",
    payload=schemas.RequisitionSubmitIn,
    read_schema=schemas.RequisitionOut,
    run=_submit,
)
record_action(
    requisitions,
    action="fill",
    name="requisitions_fill",
    summary="Mark an approved requisition filled, optionally naming the employees hired",
    description="Requires `requisition:manage` (HR). 409 `requisition_not_approved` unless "
    "the requisition is approved; 422 `not_found` naming an unknown hired employee; 404 "
    "outside the caller's scope; a stale `If-Match` is 412.",
    payload=schemas.RequisitionFillIn,
    read_schema=schemas.RequisitionOut,
    run=_fill,
)
record_action(
    requisitions,
    action="cancel",
    name="requisitions_cancel",
    summary="Cancel a requisition that is not awaiting approval",
    description="Requires `requisition:manage` (HR). 409 `requisition_locked` while it is "
    "pending, or once filled or cancelled; 404 outside the caller's scope; a stale "
    "`If-Match` is 412.",
    payload=schemas.RequisitionCancelIn,
    read_schema=schemas.RequisitionOut,
    run=_cancel,
)

summary = APIRouter(prefix="/headcount-summary", tags=[TAG], route_class=UnitOfWorkRoute)


@summary.get(
    "",
    name="headcount_summary",
    summary="Planned vs actual headcount vs open requisitions per department for a period",
    description="Requires `headcount_plan:read`; covers the plans the caller may read (all, "
    "or their department and those below it). One row per department with a plan overlapping "
    "the period: planned (sum of those plans), actual (employees of the department and its "
    "sub-departments at the period's end) and the headcount of its pending or approved "
    "requisitions. 422 `range_reversed` when the period ends before it starts.",
    response_model=schemas.HeadcountSummary,
    responses=error_responses(401, 403, 422),
)
async def headcount_summary(
    params: Annotated[schemas.HeadcountSummaryParams, Query()], ctx: CtxDep
) -> Any:
    return await HeadcountPlanService(ctx).summary(params)


routers: list[APIRouter] = [headcount, summary, requisitions, branches, partners]
