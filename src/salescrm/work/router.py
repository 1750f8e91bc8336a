"""Routes of work management: ``/approvals`` with their actions, ``/approval-rules``,
``/approval-delegations`` and ``/approval-types``."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, status
from sqlalchemy import ColumnElement

from salescrm.activities.schemas import ApprovalTimelineData, ApprovalTimelineItem
from salescrm.activities.timeline import TimelineSource, scoped_by
from salescrm.activities.timeline import register as register_timeline
from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, IdPath, crud_router, record_action
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected
from salescrm.core.references import Sight, present, register_kind
from salescrm.core.uow import Ctx, get_ctx
from salescrm.platform.audit import register_reference_audit
from salescrm.sales.service import register_win_guard
from salescrm.work import attendance_router, journals, schedules, schemas, statuses
from salescrm.work.approval_types import discount_guard
from salescrm.work.approvals import (
    ApprovalRuleService,
    ApprovalService,
    ApprovalTypeService,
    DelegationService,
)
from salescrm.work.models import ApprovalRequest, ApprovalRule, StepStatus
from salescrm.work.repository import ApprovalRepository

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {
        "approval": "审批",
        "approval_rule": "审批规则",
        "approval_delegation": "审批委托",
        "approval_type": "审批类型",
    },
    {
        "form": "表单",
        "delegate_id": "代理人",
        "approver_id": "审批人",
        "min_amount": "起始金额",
        "levels": "层级",
        "threshold": "阈值",
        "remind_after_hours": "催办间隔(小时)",
        "leave_kind": "假期类型",
        "destination": "目的地",
        "purpose": "事由",
        "spent_on": "发生日期",
        "to_employee_id": "转给",
        "urgency": "紧急程度",
    },
)
# A request's title is the applicant's words: named only to whoever may open the request.
register_kind(
    "approval",
    ApprovalRequest,
    name=ApprovalRequest.title,
    sight=Sight.opened,
    repository=ApprovalRepository,
    read_permission="approval:read",
)
register_kind("approval_rule", ApprovalRule)
register_reference_audit("approval_rule", "approval_type")
register_win_guard(discount_guard)

# ----- the customer's and the deal's timeline ----------------------------------------------
i18n.register_messages(
    {"timeline.approval": ("{type} ({status}): {title}", "{type}({status}):{title}")}
)


def _on_customer(record_id: uuid.UUID) -> ColumnElement[bool]:
    return ApprovalRequest.customer_id == record_id


def _on_deal(record_id: uuid.UUID) -> ColumnElement[bool]:
    return ApprovalRequest.opportunity_id == record_id


def _timeline_item(request: ApprovalRequest, _names: Any) -> ApprovalTimelineItem:
    return ApprovalTimelineItem(
        kind="approval",
        id=request.id,
        at=request.submitted_at,
        title=i18n.message(
            "timeline.approval",
            type=i18n.label("ApprovalType", request.type),
            status=i18n.label("ApprovalStatus", request.status),
            title=request.title,
        ),
        detail=None,
        employee_id=request.owner_id,
        data=ApprovalTimelineData(
            request_type=request.type,
            status=request.status,
            opportunity_id=request.opportunity_id,
        ),
    )


register_timeline(
    TimelineSource(
        "approval",
        ApprovalRequest,
        "submitted_at",
        {"customer": _on_customer, "opportunity": _on_deal},
        "approval:read",
        _timeline_item,
        scoped_by(ApprovalRepository, ApprovalRequest.id),
    )
)

approvals = crud_router(
    CrudSpec(
        path="/approvals",
        name="approvals",
        tag="work",
        singular="approval request",
        service=ApprovalService,
        read_schema=schemas.ApprovalOut,
        create_schema=schemas.ApprovalCreate,
        update_schema=schemas.ApprovalUpdate,
        list_params=schemas.ApprovalListParams,
    )
)

Run = Callable[[Ctx, uuid.UUID, Any, Expected], Awaitable[Any]]


def _decision(outcome: StepStatus) -> Run:
    async def run(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
        return await ApprovalService(ctx).decide(record_id, outcome, body, expected)

    return run


def _applicant(action: str) -> Run:
    async def run(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
        return await getattr(ApprovalService(ctx), action)(record_id, body, expected)

    return run


_DECIDE = (
    "Requires `approval:read`. Only the approver of the pending step, or their delegate while "
    "they are away, decides (403 `not_current_approver` otherwise, and always for the "
    "applicant); a step with no approver (nobody above the applicant) is decided by whoever "
    "holds `approval:configure`. 404 when the caller cannot see the request; 409 "
    "`approval_not_pending` when no step awaits a decision; a stale `If-Match` is 412 (two "
    "decisions at once: one goes through, the other is 409 or 412)."
)
_APPLICANT = (
    "Requires `approval:write`; only the applicant (403 `not_applicant`). A stale `If-Match` "
    "is 412."
)
for action, run, summary, description in (
    (
        "approve",
        _decision(StepStatus.approved),
        "Approve the pending step: the next approver's turn, or the request is approved",
        f"{_DECIDE}\n\nThe last approval applies the type's effect (a customer transfer moves "
        "the customer; 409 `approval_cannot_apply` when it no longer can).",
    ),
    (
        "reject",
        _decision(StepStatus.rejected),
        "Reject the request, with the reason",
        f"{_DECIDE}\n\n422 `comment_required` without a comment.",
    ),
    (
        "return",
        _decision(StepStatus.returned),
        "Return the request to the applicant for changes, saying what to change",
        f"{_DECIDE}\n\n422 `comment_required` without a comment.",
    ),
    (
        "withdraw",
        _applicant("withdraw"),
        "Withdraw a pending or returned request",
        f"{_APPLICANT} 409 `approval_not_pending` once it was decided.",
    ),
    (
        "resubmit",
        _applicant("resubmit"),
        "Submit a request returned for changes again: a new round, its chain built anew",
        f"{_APPLICANT} 409 `approval_not_editable` unless it was returned; 409 "
        "`period_overlaps` as on create.",
    ),
    (
        "remind",
        _applicant("remind"),
        "Remind the approver of the pending step (and their delegate), through their inbox",
        f"{_APPLICANT} 409 `approval_not_pending` when nothing is pending; 409 "
        "`reminded_recently` within an hour of the last reminder (`available_at`, Retry-After).",
    ),
):
    record_action(
        approvals,
        action=action,
        name=f"approvals_{action}",
        summary=summary,
        description=description,
        payload=schemas.DecisionIn,
        read_schema=schemas.ApprovalOut,
        run=run,
    )


@approvals.get(
    "/{record_id}/history",
    name="approvals_history",
    summary="Every act on the request: submissions, decisions, comments, reminders, effect",
    description="Requires `approval:read`; 404 when the caller cannot see the request.",
    response_model=schemas.HistoryList,
    responses=error_responses(401, 403, 404),
)
async def approval_history(record_id: IdPath, ctx: CtxDep) -> Any:
    entries = await ApprovalService(ctx).history(record_id)
    return {"items": await present(ctx, schemas.HistoryOut, entries)}


@approvals.post(
    "/{record_id}/comments",
    name="approvals_comment",
    summary="Comment on a request (the applicant, or the approver awaited, is told)",
    description="Requires `approval:read`; whoever sees the request may comment. 404 when the "
    "caller cannot see it.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.HistoryOut,
    responses=error_responses(400, 401, 403, 404, 415, 422),
)
async def comment_approval(record_id: IdPath, body: schemas.CommentIn, ctx: CtxDep) -> Any:
    entry = await ApprovalService(ctx).comment(record_id, body)
    return (await present(ctx, schemas.HistoryOut, [entry]))[0]


rules_router = crud_router(
    CrudSpec(
        path="/approval-rules",
        name="approval_rules",
        tag="work",
        singular="approval rule",
        service=ApprovalRuleService,
        read_schema=schemas.ApprovalRuleOut,
        create_schema=schemas.ApprovalRuleCreate,
        update_schema=schemas.ApprovalRuleUpdate,
        list_params=schemas.ApprovalRuleListParams,
    )
)
delegations = crud_router(
    CrudSpec(
        path="/approval-delegations",
        name="approval_delegations",
        tag="work",
        singular="approval delegation",
        service=DelegationService,
        read_schema=schemas.DelegationOut,
        create_schema=schemas.DelegationCreate,
        update_schema=schemas.DelegationUpdate,
        list_params=schemas.DelegationListParams,
    )
)
types = crud_router(
    CrudSpec(
        path="/approval-types",
        name="approval_types",
        tag="work",
        singular="approval type",
        service=ApprovalTypeService,
        read_schema=schemas.ApprovalTypeOut,
        update_schema=schemas.ApprovalTypeUpdate,
        list_params=schemas.ApprovalTypeListParams,
        operations=frozenset({"list", "get", "update"}),
    )
)

routers: list[APIRouter] = [
    approvals,
    rules_router,
    delegations,
    types,
    *schedules.routers,
    *statuses.routers,
    *attendance_router.routers,
    *journals.routers,
]
