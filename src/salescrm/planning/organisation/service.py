"""The rules of organisation planning: periods in order, live references, requisitions locked
while their approval runs (their status follows it), HR closing approved ones, territories of
branches and partners."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.permissions.subject import SYSTEM
from salescrm.core.repository import check_live, is_live
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.org.models import Department, Employee, Position
from salescrm.planning.organisation import schemas
from salescrm.planning.organisation.models import (
    Branch,
    HeadcountPlan,
    Partner,
    Requisition,
    RequisitionStatus,
)
from salescrm.planning.organisation.repository import (
    BranchRepository,
    HeadcountPlanRepository,
    PartnerRepository,
    RequisitionRepository,
)
from salescrm.work.approval_types import CannotApply, TypeRules, register
from salescrm.work.approvals import ApprovalService
from salescrm.work.forms import RecruitmentForm
from salescrm.work.models import ApprovalRequest
from salescrm.work.schemas import ApprovalCreate

i18n.register_titles(
    {
        "requisition_locked": ("Requisition locked", "招聘需求已锁定"),
        "requisition_not_approved": ("Requisition not approved", "招聘需求未批准"),
    }
)
i18n.register_details(
    {
        "requisition_locked": (
            "The requisition is {status}: it cannot be changed or submitted now.",
            "该招聘需求状态为「{status}」,现在不能修改或提交。",
        ),
        "requisition_not_approved": (
            "The requisition is {status}: only an approved one can be filled.",
            "该招聘需求状态为「{status}」,只有已批准的需求可以标记招满。",
        ),
    }
)

#: A requisition its requester may still change and submit.
EDITABLE = frozenset(
    {
        RequisitionStatus.draft.value,
        RequisitionStatus.returned.value,
        RequisitionStatus.withdrawn.value,
        RequisitionStatus.rejected.value,
    }
)


class RequisitionLocked(Conflict):
    code = detail_key = "requisition_locked"


class RequisitionNotApproved(Conflict):
    code = detail_key = "requisition_not_approved"


def _status(record: Requisition) -> str:
    return i18n.label("RequisitionStatus", record.status)  # type: ignore[attr-defined]


def _still_in_order(values: dict[str, Any], record: Any, names: tuple[str, str]) -> None:
    start = values.get(names[0], getattr(record, names[0], None))
    end = values.get(names[1], getattr(record, names[1], None))
    if start is not None and end is not None and end < start:
        name = names[1] if names[1] in values else names[0]
        raise ValidationFailed.field(
            ["body", name], f"{names[1]} is before {names[0]}", "range_reversed"
        )


_PERIOD = "422 `range_reversed` when the period ends before it starts"


# ----- headcount plans -------------------------------------------------------------------------
class HeadcountPlanService(CrudService[HeadcountPlan]):
    repository = HeadcountPlanRepository
    permission = "headcount_plan"
    access: ClassVar = {
        "list": "Requires `headcount_plan:read`; a caller whose data scope is narrower than "
        "`all` sees the plans of their department and the departments below it.",
    }
    refusals: ClassVar = {
        "create": {422: f"{_PERIOD}; 422 `not_found` naming an unknown department or position."},
        "update": {422: f"{_PERIOD}; 422 `not_found` naming an unknown department or position."},
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values, None)

    async def prepare_update(
        self, record: HeadcountPlan, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(
        self, values: dict[str, Any], record: HeadcountPlan | None
    ) -> dict[str, Any]:
        if record is not None:
            _still_in_order(values, record, ("period_start", "period_end"))
        await check_live(
            self.ctx,
            values,
            (("department_id", Department, "department"), ("position_id", Position, "position")),
        )
        return values

    async def after_write(self, record: HeadcountPlan) -> None:
        await super().after_write(record)
        await self.repo.session.flush()
        await self.repo.session.refresh(record, ["actual"])

    async def summary(self, params: schemas.HeadcountSummaryParams) -> schemas.HeadcountSummary:
        self.require("read")
        rows = await self.repo.summary(params.period_start, params.period_end)  # type: ignore[attr-defined]
        return schemas.HeadcountSummary(
            period_start=params.period_start,
            period_end=params.period_end,
            rows=[
                schemas.HeadcountSummaryRow(
                    department_id=dep,
                    planned=int(planned),
                    actual=int(actual),
                    open_requisitions=int(open_),
                )
                for dep, planned, actual, open_ in rows
            ],
        )


# ----- requisitions ----------------------------------------------------------------------------
class RequisitionService(CrudService[Requisition]):
    repository = RequisitionRepository
    permission = "requisition"
    permissions: ClassVar = {"assign": "requisition:write"}
    refusals: ClassVar = {
        "create": {
            422: "422 `not_found` naming an unknown department, position or requester; "
            "422 `title_required` when neither a position nor a title is given."
        },
        "update": {
            409: "409 `requisition_locked` once submitted (pending, approved, filled or "
            "cancelled).",
            422: "422 `not_found` naming an unknown department, position or requester.",
        },
        "delete": {409: "409 `requisition_locked` while pending or once approved."},
    }

    @property
    def reqs(self) -> RequisitionRepository:
        return self.repo  # type: ignore[return-value]

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(self, record: Requisition, changes: dict[str, Any]) -> dict[str, Any]:
        if record.status not in EDITABLE:  # type: ignore[attr-defined]
            raise RequisitionLocked(status=_status(record))
        return await self._checked(changes, record)

    async def prepare_delete(self, record: Requisition) -> None:
        if record.status not in EDITABLE | {RequisitionStatus.cancelled.value}:  # type: ignore[attr-defined]
            raise RequisitionLocked(status=_status(record))

    async def _checked(self, values: dict[str, Any], record: Requisition | None) -> dict[str, Any]:
        await check_live(
            self.ctx,
            values,
            (
                ("department_id", Department, "department"),
                ("position_id", Position, "position"),
                ("owner_id", Employee, "employee"),
            ),
        )
        if values.get("title") is None and values.get("position_id") is not None:
            position = await self.ctx.session.get(Position, values["position_id"])
            if position is not None and (record is None or "title" not in values):
                values["title"] = (
                    position.name if record is None else values.get("title", record.title)
                )
        if record is None and not values.get("title"):
            raise ValidationFailed.field(
                ["body", "title"], "Give a position or a title", "title_required"
            )
        if "title" in values and values["title"] is None:
            values.pop("title")
        return values

    async def after_write(self, record: Requisition) -> None:
        await super().after_write(record)
        await self.reqs.reloaded(record)

    async def submit(
        self, record_id: uuid.UUID, payload: schemas.RequisitionSubmitIn, expected: Expected
    ) -> Requisition:
        """The requisition to the approval chain: a ``recruitment`` request on the requester's
        behalf, through the approval service (whose check is ``check_requisition``)."""
        self.require("write")
        record = await self.repo.get_for_write(record_id)
        await self.repo.check_current(record, expected)
        body: dict[str, Any] = {
            "type": "recruitment",
            "form": {"requisition_id": str(record.id)},
            "owner_id": str(record.owner_id or self.ctx.subject.id),
        }
        if payload.title is not None:
            body["title"] = payload.title
        await ApprovalService(self.ctx).create(ApprovalCreate.model_validate(body))
        record.updated_at = utcnow()
        return await self.reqs.reloaded(record)

    async def close(
        self,
        record_id: uuid.UUID,
        outcome: RequisitionStatus,
        hired: list[uuid.UUID],
        expected: Expected,
        reason: str | None = None,
    ) -> Requisition:
        """HR marks an approved requisition filled (with the employees hired) or cancelled."""
        self.require("manage")
        record = await self.repo.get_for_write(record_id)
        await self.repo.check_current(record, expected)
        if outcome is RequisitionStatus.filled:
            if record.status != RequisitionStatus.approved.value:  # type: ignore[attr-defined]
                raise RequisitionNotApproved(status=_status(record))
        elif record.status in (  # type: ignore[attr-defined]
            RequisitionStatus.pending.value,
            RequisitionStatus.filled.value,
            RequisitionStatus.cancelled.value,
        ):
            raise RequisitionLocked(status=_status(record))
        for n, employee_id in enumerate(hired):
            if not await is_live(self.ctx, Employee, employee_id):
                raise unknown_reference(["body", "hired", n], "employee")
        record.stage = outcome.value
        record.closed_on = utcnow().date()
        record.close_reason = reason
        record.hired_ids = [str(e) for e in dict.fromkeys(hired)]
        record.updated_at = utcnow()
        return await self.reqs.reloaded(record)


# ----- the approval type -----------------------------------------------------------------------
async def check_requisition(
    ctx: Ctx, form: RecruitmentForm, applicant: uuid.UUID, exclude: uuid.UUID | None
) -> None:
    """The applicant's own requisition, one they may change, in a state that may be submitted
    (draft, returned, withdrawn, rejected), not held by another pending request."""
    loc = ["body", "form", "requisition_id"]
    if not ctx.subject.can("requisition:write"):
        raise Forbidden("forbidden_action", permission="requisition:write")
    repo = RequisitionRepository(ctx)
    record = await repo.referenced(form.requisition_id, loc, write=True)
    if record.owner_id != applicant:
        raise ValidationFailed.field(loc, "Not the applicant's own requisition", "not_own")
    held = exclude is not None and record.approval_id == exclude  # type: ignore[attr-defined]
    if record.status not in EDITABLE and not held:  # type: ignore[attr-defined]
        raise RequisitionLocked(status=_status(record))
    if await repo.pending_request(record.id, exclude) is not None:
        raise RequisitionLocked(status=i18n.label("RequisitionStatus", "pending"))


async def apply_requisition(ctx: Ctx, request: ApprovalRequest, form: RecruitmentForm) -> None:
    """Approved: the requisition is open for HR to fill (its status reads ``approved``)."""
    system = Ctx(session=ctx.session, subject=SYSTEM, settings=ctx.settings)
    record = await RequisitionRepository(system).find(form.requisition_id)
    if record is None:
        raise CannotApply(reason="the requisition was deleted")
    if record.stage != RequisitionStatus.draft.value:
        raise CannotApply(reason="the requisition was closed")
    record.updated_at = utcnow()


register("recruitment", TypeRules(check=check_requisition, effect=apply_requisition))


# ----- branches and partners -------------------------------------------------------------------
class _TerritorialService:
    ctx: Ctx
    repo: Any
    _territories: list[uuid.UUID] | None = None

    async def _take_territories(self, values: dict[str, Any]) -> None:
        ids = values.pop("territory_ids", None)
        if ids is not None:
            unknown = await self.repo.unknown_territory(ids)
            if unknown is not None:
                index = ids.index(unknown)
                raise unknown_reference(["body", "territory_ids", index], "territory")
        self._territories = ids

    async def _write_territories(self, record: Any) -> None:
        if self._territories is not None:
            await self.repo.set_territories(record.id, self._territories)
            self._territories = None
        await self.repo.session.flush()
        await self.repo.session.refresh(record, ["territories"])


_BRANCH_422 = "422 `not_found` naming an unknown manager, department or territory."


class BranchService(_TerritorialService, CrudService[Branch]):
    repository = BranchRepository
    permission = "branch"
    refusals: ClassVar = {
        "create": {409: "409 `duplicate` when a live branch has the code.", 422: _BRANCH_422},
        "update": {409: "409 `duplicate` when a live branch has the code.", 422: _BRANCH_422},
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values)

    async def prepare_update(self, record: Branch, changes: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(changes)

    async def _checked(self, values: dict[str, Any]) -> dict[str, Any]:
        await check_live(
            self.ctx,
            values,
            (("manager_id", Employee, "employee"), ("department_id", Department, "department")),
        )
        await self._take_territories(values)
        return values

    async def after_write(self, record: Branch) -> None:
        await super().after_write(record)
        await self._write_territories(record)


_PARTNER_422 = (
    "422 `range_reversed` when the agreement ends before it starts; 422 `phone_invalid`; 422 "
    "`not_found` naming an unknown owner or territory."
)


class PartnerService(_TerritorialService, CrudService[Partner]):
    repository = PartnerRepository
    permission = "partner"
    permissions: ClassVar = {"assign": "partner:write"}
    refusals: ClassVar = {"create": {422: _PARTNER_422}, "update": {422: _PARTNER_422}}

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("owner_id", self.ctx.subject.id)
        return await self._checked(values, None)

    async def prepare_update(self, record: Partner, changes: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(self, values: dict[str, Any], record: Partner | None) -> dict[str, Any]:
        if record is not None:
            _still_in_order(values, record, ("agreement_start", "agreement_end"))
        await check_live(self.ctx, values, (("owner_id", Employee, "employee"),))
        for key in ("kind", "status"):
            if values.get(key) is not None:
                values[key] = str(values[key])
        await self._take_territories(values)
        return values

    async def after_write(self, record: Partner) -> None:
        await super().after_write(record)
        await self._write_territories(record)
