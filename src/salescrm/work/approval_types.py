"""What each request type checks when it is submitted and does when it is approved.

A type is declared once: its form (``work.forms``), its check and its effect here. Another
context adds a type of its own with ``register`` (an attendance correction writes the punch it
corrects; a recruitment requisition opens the position), so the approval mechanism itself never
names what the requests are about.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salescrm.core import i18n
from salescrm.core.errors import Conflict, ValidationFailed, unknown_reference
from salescrm.core.permissions.subject import SYSTEM
from salescrm.core.uow import Ctx
from salescrm.customers.pool import OwnershipService, TransferRequest
from salescrm.customers.repository import CustomerRepository
from salescrm.sales.exceptions import OpportunityClosed
from salescrm.sales.models import Opportunity, OpportunityStatus
from salescrm.sales.repository import OpportunityRepository
from salescrm.work.forms import (
    ApprovalType,
    CustomerTransferForm,
    DiscountForm,
    Form,
    PeriodForm,
)
from salescrm.work.models import ApprovalRequest
from salescrm.work.repository import ApprovalRepository, PeopleRepository, TypeSettingRepository

i18n.register_titles(
    {
        "period_overlaps": ("Period overlaps", "时间重叠"),
        "approval_cannot_apply": ("Cannot take effect", "无法生效"),
        "discount_approval_required": ("Discount needs approval", "折扣需审批"),
    }
)
i18n.register_details(
    {
        "period_overlaps": (
            "You have a pending or approved leave or trip in that period ({title}).",
            "该时间段内您已有审批中或已通过的请假或出差({title})。",
        ),
        "approval_cannot_apply": (
            "The request cannot take effect: {reason}. Reject it instead.",
            "该申请无法生效:{reason}。请驳回。",
        ),
        "discount_approval_required": (
            "A line is discounted {discount}%, above the {threshold}% that needs approval and "
            "above what was approved; submit a discount request first.",
            "有明细折扣为 {discount}%,超过需审批的 {threshold}% 且高于已批准的折扣;"
            "请先提交折扣审批。",
        ),
    }
)

#: The types whose periods may not overlap one another for one applicant.
PERIOD_TYPES = (ApprovalType.leave.value, ApprovalType.business_trip.value)

#: Each takes its own type's form (``Any`` here: one signature for every type).
Check = Callable[[Ctx, Any, uuid.UUID, uuid.UUID | None], Awaitable[None]]
Effect = Callable[[Ctx, ApprovalRequest, Any], Awaitable[None]]
#: Told of every other change of a request's status (submitted or submitted again: pending;
#: rejected, returned, withdrawn), so a record the request holds can follow it.
Follow = Callable[[Ctx, ApprovalRequest, Any], Awaitable[None]]


class PeriodOverlaps(Conflict):
    code = detail_key = "period_overlaps"


class CannotApply(Conflict):
    code = detail_key = "approval_cannot_apply"


class DiscountApprovalRequired(Conflict):
    code = detail_key = "discount_approval_required"


@dataclass(frozen=True)
class TypeRules:
    check: Check | None = None
    effect: Effect | None = None
    follow: Follow | None = None


_FORM = ["body", "form"]


async def _readable_links(ctx: Ctx, form: Form) -> None:
    """A customer or a deal a form names: one the caller may read (422 naming it otherwise)."""
    customer_id = getattr(form, "customer_id", None)
    if customer_id is not None:
        await CustomerRepository(ctx).referenced(customer_id, [*_FORM, "customer_id"])
    opportunity_id = getattr(form, "opportunity_id", None)
    if opportunity_id is not None:
        await OpportunityRepository(ctx).referenced(opportunity_id, [*_FORM, "opportunity_id"])


async def _no_overlap(
    ctx: Ctx, form: PeriodForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    other = await ApprovalRepository(ctx).overlapping(
        applicant, PERIOD_TYPES, form.starts_at, form.ends_at, exclude
    )
    if other is not None:
        raise PeriodOverlaps(title=other.title, extensions={"conflicts_with": str(other.id)})


async def check_period(
    ctx: Ctx, form: PeriodForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    await _no_overlap(ctx, form, applicant, exclude)
    await _readable_links(ctx, form)


async def check_links(
    ctx: Ctx, form: Form, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    await _readable_links(ctx, form)


async def discount_threshold(ctx: Ctx) -> Decimal | None:
    setting = await TypeSettingRepository(ctx).of(ApprovalType.discount.value)
    return setting.threshold if setting is not None and setting.enabled else None


async def check_discount(
    ctx: Ctx, form: DiscountForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    """An open deal the caller may change, and a discount the threshold does not allow."""
    deal: Opportunity = await OpportunityRepository(ctx).referenced(
        form.opportunity_id, [*_FORM, "opportunity_id"], write=True
    )
    if deal.status != OpportunityStatus.open.value:
        raise OpportunityClosed(status=deal.status)
    threshold = await discount_threshold(ctx)
    if threshold is None or form.discount <= threshold:
        raise ValidationFailed.field(
            [*_FORM, "discount"],
            f"A discount up to {threshold}% needs no approval"
            if threshold is not None
            else "Discounts need no approval",
            "discount_within_threshold",
        )


async def check_transfer(
    ctx: Ctx, form: CustomerTransferForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    """A customer the caller may change, going to a current employee who does not own it."""
    customer = await CustomerRepository(ctx).referenced(
        form.customer_id, [*_FORM, "customer_id"], write=True
    )
    if not await PeopleRepository(ctx).current_ids([form.to_employee_id]):
        raise unknown_reference([*_FORM, "to_employee_id"], "current employee")
    if customer.owner_id == form.to_employee_id:
        raise ValidationFailed.field(
            [*_FORM, "to_employee_id"], "The customer is theirs already", "already_owner"
        )


async def apply_transfer(ctx: Ctx, request: ApprovalRequest, form: CustomerTransferForm) -> None:
    """The customer moves to its new owner, as a transfer does (timeline, notification); the
    approval is the authority, so it runs with the system's rights, audited as the approver."""
    system = Ctx(session=ctx.session, subject=SYSTEM, settings=ctx.settings)
    if await CustomerRepository(system).find(form.customer_id) is None:
        raise CannotApply(reason="the customer was deleted")
    if not await PeopleRepository(system).current_ids([form.to_employee_id]):
        raise CannotApply(reason="the new owner has left")
    await OwnershipService(system).transfer(
        TransferRequest(
            customer_ids=[form.customer_id],
            to_employee_id=form.to_employee_id,
            reason=f"{request.title}:{form.reason}"[:1000],
        )
    )


TYPES: dict[str, TypeRules] = {
    ApprovalType.leave.value: TypeRules(check=check_period),
    ApprovalType.business_trip.value: TypeRules(check=check_period),
    ApprovalType.expense.value: TypeRules(check=check_links),
    ApprovalType.requirement.value: TypeRules(check=check_links),
    ApprovalType.discount.value: TypeRules(check=check_discount),
    ApprovalType.customer_transfer.value: TypeRules(check=check_transfer, effect=apply_transfer),
}


def register(code: str, rules: TypeRules) -> None:
    """A type another context declares (its form joins ``work.forms`` in the same change)."""
    TYPES[code] = rules


async def discount_guard(ctx: Ctx, deal: Opportunity) -> None:
    """A deal cannot be won while a line is discounted beyond the threshold and beyond what
    an approved discount request allows: the approval unlocks it."""
    threshold = await discount_threshold(ctx)
    if threshold is None:
        return
    approvals = ApprovalRepository(ctx)
    highest = await approvals.highest_line_discount(deal.id)
    if highest <= threshold:
        return
    approved = await approvals.approved_discount(deal.id)
    if approved is not None and highest <= approved:
        return
    raise DiscountApprovalRequired(discount=f"{highest:.2f}", threshold=f"{threshold:.2f}")
