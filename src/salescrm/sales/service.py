"""Sales rules: pipelines and their stages, loss reasons, competitors, opportunities with their
contacts, line items (amount, cost and margin computed here, in ``Decimal``), stage history, the
win / lose / reopen actions, competitor entries and deal teams.

A deal is open, won or lost. Open deals move between the open stages of their pipeline by an
update; only ``win`` and ``lose`` close a deal (they move it to the pipeline's won or lost stage),
and a closed deal changes only after ``reopen``: an update of a closed deal is a 409.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal, localcontext
from typing import Any, ClassVar

from pydantic import BaseModel

from salescrm.catalog.repository import ProductRepository
from salescrm.core import audit
from salescrm.core.clock import today, utcnow
from salescrm.core.db.types import MONEY_MAX, quantize_money, within_money_bounds
from salescrm.core.errors import ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult
from salescrm.core.service import ChildCrudService, CrudService, ReadService
from salescrm.core.uow import Ctx
from salescrm.customers.repository import ContactRepository
from salescrm.org.repository import EmployeeRepository
from salescrm.org.sharing import RecordMembers
from salescrm.sales import schemas
from salescrm.sales.exceptions import (
    AmountFromLineItems,
    OpportunityClosed,
    OpportunityHasContracts,
    OpportunityOpen,
    PipelineInUse,
    PipelineIsDefault,
    StageInUse,
)
from salescrm.sales.models import (
    Competitor,
    DealRole,
    LossReason,
    Opportunity,
    OpportunityCompetitor,
    OpportunityLineItem,
    OpportunityStageChange,
    OpportunityStatus,
    Pipeline,
    PipelineStage,
    StageKind,
)
from salescrm.sales.repository import (
    CompetitorRepository,
    ContractRepository,
    LineItemRepository,
    LossReasonRepository,
    OpportunityCompetitorRepository,
    OpportunityRepository,
    PipelineRepository,
    StageChangeRepository,
)

_STATUS_ZH = {"won": "赢单", "lost": "输单", "open": "进行中"}

#: Rules of other contexts a deal must pass before it is won (a discount beyond the approval
#: threshold needs an approved request: ``work.approval_types.discount_guard``); each raises.
WinGuard = Callable[[Ctx, Opportunity], Awaitable[None]]
_win_guards: list[WinGuard] = []


def register_win_guard(guard: WinGuard) -> None:
    if guard not in _win_guards:
        _win_guards.append(guard)


def _invalid(loc: Sequence[str | int], message: str, kind: str = "value_error") -> ValidationFailed:
    return ValidationFailed.field(list(loc), message, kind)


def _check_window(field: str, day: date, past_days: int, future_days: int) -> None:
    """A deal's date within the configured window around today (422 naming the field): a
    date far outside would move the deal out of every report and forecast."""
    earliest, latest = today() - timedelta(days=past_days), today() + timedelta(days=future_days)
    if not earliest <= day <= latest:
        raise _invalid(
            ["body", field], f"Must lie between {earliest} and {latest}", "date_out_of_window"
        )


# ----- reference data: pipelines, loss reasons, competitors -----------------------------------
#: Pipelines and loss reasons: read by whoever reads deals, changed with pipeline:write.
_SETUP_PERMISSIONS = {
    "read": "opportunity:read",
    "write": "pipeline:write",
    "delete": "pipeline:write",
}


def _stage_values(payload: BaseModel) -> list[dict[str, Any]]:
    """The stages as sent, each with its defaults filled in (kind, probability, category)."""
    return [stage.model_dump() for stage in getattr(payload, "stages", None) or ()]


class PipelineService(CrudService[Pipeline]):
    permissions: ClassVar = _SETUP_PERMISSIONS
    repository = PipelineRepository
    permission = "pipeline"
    refusals: ClassVar = {
        "update": {
            409: "409 `pipeline_is_default` when the default pipeline would stop being the "
            "default or be deactivated (make another the default instead); 409 `stage_in_use` "
            "when a stage removed, or given another kind, still holds deals."
        },
        "delete": {
            409: "409 `pipeline_is_default` for the default pipeline (make another the default "
            "first); 409 `pipeline_in_use` while deals are in it."
        },
    }

    @property
    def pipelines(self) -> PipelineRepository:
        repo: PipelineRepository = self.repo  # type: ignore[assignment]
        return repo

    async def create(self, payload: BaseModel) -> tuple[Pipeline, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        values.pop("stages")
        stages = _stage_values(payload)
        values.setdefault("is_default", False)
        pipeline, created = await self.repo.create(values)
        if created:
            for position, stage in enumerate(stages):
                stage.pop("id", None)
                self.pipelines.add_stage(
                    {**stage, "pipeline_id": pipeline.id, "position": position}
                )
            if pipeline.is_default:
                await self.pipelines.clear_default(pipeline.id)
            await self.repo.flush()
        return await self.pipelines.reload(pipeline), created

    async def update(
        self, record_id: uuid.UUID, payload: BaseModel, expected: Expected
    ) -> Pipeline:
        self.require("write")
        pipeline = await self.repo.get_for_write(record_id)
        await self.repo.check_current(pipeline, expected)
        changes = payload.model_dump(exclude_unset=True)
        stages = _stage_values(payload) if changes.pop("stages", None) is not None else None
        if changes.get("is_default") is False and pipeline.is_default:
            raise PipelineIsDefault()
        if changes.get("active") is False and (pipeline.is_default or changes.get("is_default")):
            raise PipelineIsDefault()
        if stages is not None:
            await self._replace_stages(pipeline, stages)
            changes["updated_at"] = utcnow()  # a new version: what the pipeline shows changed
        pipeline = await self.repo.update(pipeline, changes, expected)
        if pipeline.is_default:
            await self.pipelines.clear_default(pipeline.id)
            await self.repo.flush()
        return await self.pipelines.reload(pipeline)

    async def _replace_stages(self, pipeline: Pipeline, stages: list[dict[str, Any]]) -> None:
        current = {s.id: s for s in await self.pipelines.stages_of(pipeline.id)}
        for n, stage in enumerate(stages):
            if stage["id"] is not None and stage["id"] not in current:
                raise _invalid(["body", "stages", n, "id"], "Not a stage of this pipeline")
        kept = {s["id"] for s in stages if s["id"] is not None}
        removed = [i for i in current if i not in kept]
        rekinded = [
            s["id"] for s in stages if s["id"] is not None and current[s["id"]].kind != s["kind"]
        ]
        count = await self.pipelines.deals_in([*removed, *rekinded])
        if count:
            raise StageInUse(count=count)
        now = utcnow()
        for stage_id in removed:
            current[stage_id].deleted_at = now
        for position, stage in enumerate(stages):
            values = {**stage, "position": position}
            stage_id = values.pop("id")
            if stage_id is None:
                self.pipelines.add_stage({**values, "pipeline_id": pipeline.id})
                continue
            for key, value in values.items():
                setattr(current[stage_id], key, value)
        await self.repo.flush()

    async def prepare_delete(self, record: Pipeline) -> None:
        if record.is_default:
            raise PipelineIsDefault()
        count = await self.pipelines.deals_of(record.id)
        if count:
            raise PipelineInUse(count=count)

    async def restore(self, record_id: uuid.UUID) -> Pipeline:
        return await self.pipelines.reload(await super().restore(record_id))


class LossReasonService(CrudService[LossReason]):
    permissions: ClassVar = _SETUP_PERMISSIONS
    repository = LossReasonRepository
    permission = "pipeline"


class CompetitorService(CrudService[Competitor]):
    repository = CompetitorRepository
    permission = "competitor"


# ----- opportunities -------------------------------------------------------------------------
class OpportunityService(CrudService[Opportunity]):
    repository = OpportunityRepository
    permission = "opportunity"
    refusals: ClassVar = {
        "update": {
            409: "409 `opportunity_closed` when the deal is won or lost (reopen it first); "
            "409 `amount_from_line_items` when `amount` or `currency` would change while "
            "line items make up the amount."
        },
        "delete": {409: "409 `opportunity_has_contracts` while contracts name the deal."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.deals: OpportunityRepository = self.repo  # type: ignore[assignment]
        self.pipelines = PipelineRepository(ctx)
        self.history = StageChangeRepository(ctx)

    # ----- references --------------------------------------------------------------------
    async def _contacts(
        self, customer_id: uuid.UUID, contacts: list[dict[str, Any]]
    ) -> list[tuple[uuid.UUID, str]]:
        wanted = [c["contact_id"] for c in contacts]
        found = await ContactRepository(self.ctx).customer_of(wanted)
        for n, contact_id in enumerate(wanted):
            if found.get(contact_id) != customer_id:
                raise unknown_reference(
                    ["body", "contacts", n, "contact_id"],
                    "contact",
                    "Not a contact of the deal's customer",
                )
        return [(c["contact_id"], str(c.get("role", DealRole.other.value))) for c in contacts]

    async def _owner(self, owner_id: uuid.UUID | None) -> None:
        if owner_id is not None and await EmployeeRepository(self.ctx).current(owner_id) is None:
            raise unknown_reference(["body", "owner_id"], "current employee")

    async def _pipeline(self, pipeline_id: uuid.UUID | None) -> Pipeline:
        if pipeline_id is None:
            pipeline = await self.pipelines.default()
            if pipeline is None:
                raise _invalid(["body", "pipeline_id"], "There is no default pipeline", "missing")
            return pipeline
        found = await self.pipelines.find(pipeline_id)
        if found is None or not found.active:
            raise unknown_reference(["body", "pipeline_id"], "active pipeline")
        return found

    async def _open_stage(self, pipeline: Pipeline, stage_id: uuid.UUID | None) -> PipelineStage:
        stages = await self.pipelines.stages_of(pipeline.id)
        if stage_id is None:
            return next(s for s in stages if s.kind == StageKind.open.value)
        stage = next((s for s in stages if s.id == stage_id), None)
        if stage is None:
            raise unknown_reference(
                ["body", "stage_id"], "stage", "Not a stage of the deal's pipeline"
            )
        if stage.kind != StageKind.open.value:
            action = "win" if stage.kind == StageKind.won.value else "lose"
            raise _invalid(
                ["body", "stage_id"], f"Deals are {stage.kind} through /{action}", "closing_stage"
            )
        return stage

    def _expected_close(self, day: date | None) -> None:
        if day is not None:
            settings = self.ctx.settings
            _check_window(
                "expected_close_date",
                day,
                settings.expected_close_max_past_days,
                settings.expected_close_max_future_days,
            )

    # ----- create and update -------------------------------------------------------------
    async def create(self, payload: BaseModel) -> tuple[Opportunity, bool]:
        self.require("write")
        values = payload.model_dump(exclude_unset=True)
        self._owner_rules(values)
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return await self.deals.reload(found), False  # a repeated offline create
        self._expected_close(values.get("expected_close_date"))
        await self._owner(values.get("owner_id"))
        await self.repo.check_links(values)  # the customer first: its contacts are checked next
        contacts = await self._contacts(values["customer_id"], values.pop("contacts", []))
        pipeline = await self._pipeline(values.get("pipeline_id"))
        stage = await self._open_stage(pipeline, values.get("stage_id"))
        now = utcnow()
        values.update(
            pipeline_id=pipeline.id,
            stage_id=stage.id,
            stage_entered_at=now,
            status=OpportunityStatus.open.value,
        )
        values.setdefault("probability", stage.probability)
        values.setdefault("forecast_category", stage.forecast_category)
        if values.get("amount") is None:
            values["amount"] = Decimal("0.00")
        deal, created = await self.repo.create(values)
        if created:
            await self.deals.replace_contacts(deal.id, contacts)
            self.history.add(deal, from_stage_id=None, from_status=None, entered_at=None)
            await self.repo.flush()
        return await self.deals.reload(deal), created

    async def update(
        self, record_id: uuid.UUID, payload: BaseModel, expected: Expected
    ) -> Opportunity:
        self.require("write")
        deal = await self.repo.get_for_write(record_id)
        await self.repo.check_current(deal, expected)
        if deal.status != OpportunityStatus.open.value:
            raise OpportunityClosed(status=deal.status, status_zh=_STATUS_ZH[deal.status])
        changes = payload.model_dump(exclude_unset=True)
        self._expected_close(changes.get("expected_close_date"))
        reason = changes.pop("stage_reason", None)
        contacts = changes.pop("contacts", None)
        if "owner_id" in changes and changes["owner_id"] != deal.owner_id:
            self._owner_rules(changes, deal)
            await self.repo.ensure_owner_scope(deal)  # a team member cannot give it away
            await self._owner(changes["owner_id"])
        customer_id = changes.get("customer_id", deal.customer_id)
        if customer_id != deal.customer_id:
            await self.repo.check_links(changes, deal)
            if contacts is None and await self.deals.contact_ids(deal.id):
                raise _invalid(
                    ["body", "contacts"], "Give the contacts of the new customer with it", "missing"
                )
        if deal.line_item_count and any(
            key in changes and changes[key] != getattr(deal, key) for key in ("amount", "currency")
        ):
            raise AmountFromLineItems(count=deal.line_item_count)
        old_stage, entered = deal.stage_id, deal.stage_entered_at
        await self._move(deal, changes)
        if contacts is not None:
            before = await self.deals.contact_ids(deal.id)
            resolved = await self._contacts(customer_id, contacts)
            await self.deals.replace_contacts(deal.id, resolved)
            after = [{"contact_id": str(c), "role": r} for c, r in resolved]
            if before != after:
                audit.record(
                    self.ctx.session.sync_session,
                    resource="opportunity",
                    record_id=deal.id,
                    action="update",
                    changes={"contacts": (before, after)},
                )
                changes.setdefault("updated_at", utcnow())  # a new version for the new list
        deal = await self.repo.update(deal, changes, expected)
        if deal.stage_id != old_stage:
            self.history.add(
                deal,
                from_stage_id=old_stage,
                from_status=OpportunityStatus.open.value,
                entered_at=entered,
                reason=reason,
            )
            await self.repo.flush()
        elif reason is not None:
            raise _invalid(
                ["body", "stage_reason"], "Give the new stage with its reason", "stage_missing"
            )
        return await self.deals.reload(deal)

    async def _move(self, deal: Opportunity, changes: dict[str, Any]) -> None:
        """Pipeline and stage changes: the stage must be an open one of the (new) pipeline;
        a new stage brings its probability and forecast category unless they are given."""
        if "pipeline_id" in changes and changes["pipeline_id"] != deal.pipeline_id:
            pipeline = await self._pipeline(changes["pipeline_id"])
            stage = await self._open_stage(pipeline, changes.get("stage_id"))
        elif changes.get("stage_id") is not None and changes["stage_id"] != deal.stage_id:
            pipeline = await self._pipeline(deal.pipeline_id)
            stage = await self._open_stage(pipeline, changes["stage_id"])
        else:
            changes.pop("pipeline_id", None)
            changes.pop("stage_id", None)
            return
        changes.update(stage_id=stage.id, stage_entered_at=utcnow())
        changes.setdefault("probability", stage.probability)
        changes.setdefault("forecast_category", stage.forecast_category)

    async def prepare_delete(self, record: Opportunity) -> None:
        count = await ContractRepository(self.ctx).count_for(record.id)
        if count:
            raise OpportunityHasContracts(count=count)

    async def restore(self, record_id: uuid.UUID) -> Opportunity:
        return await self.deals.reload(await super().restore(record_id))

    # ----- closing and reopening ---------------------------------------------------------
    async def _closing(
        self, record_id: uuid.UUID, expected: Expected, closed_on: date | None
    ) -> Opportunity:
        self.require("write")
        if closed_on is not None:
            settings = self.ctx.settings
            _check_window(
                "closed_on",
                closed_on,
                settings.closed_on_max_past_days,
                settings.closed_on_max_future_days,
            )
        deal = await self.repo.get_for_write(record_id)
        await self.repo.check_current(deal, expected)
        if deal.status != OpportunityStatus.open.value:
            raise OpportunityClosed(status=deal.status, status_zh=_STATUS_ZH[deal.status])
        return deal

    async def _close(
        self,
        deal: Opportunity,
        kind: StageKind,
        changes: dict[str, Any],
        closed_on: date | None,
        note: str | None,
    ) -> Opportunity:
        stages = await self.pipelines.stages_of(deal.pipeline_id)
        stage = next(s for s in stages if s.kind == kind.value)
        old_stage, entered = deal.stage_id, deal.stage_entered_at
        now = utcnow()
        changes.update(
            status=kind.value,
            stage_id=stage.id,
            stage_entered_at=now,
            probability=stage.probability,
            forecast_category=stage.forecast_category,
            closed_on=closed_on or today(),
            closed_at=now,
            close_note=note,
        )
        deal = await self.repo.update(deal, changes, None)
        self.history.add(
            deal,
            from_stage_id=old_stage,
            from_status=OpportunityStatus.open.value,
            entered_at=entered,
            reason=note,
        )
        await self.repo.flush()
        return await self.deals.reload(deal)

    async def win(
        self, record_id: uuid.UUID, payload: schemas.WinIn, expected: Expected
    ) -> Opportunity:
        deal = await self._closing(record_id, expected, payload.closed_on)
        if deal.amount <= 0:
            raise _invalid(
                ["opportunity", "amount"],
                "A deal is won with an amount: add line items or set the amount",
                "amount_missing",
            )
        for guard in _win_guards:
            await guard(self.ctx, deal)
        await CompetitorEntries(self.ctx).settle(deal.id, winner=None)
        return await self._close(deal, StageKind.won, {}, payload.closed_on, payload.note)

    async def lose(
        self, record_id: uuid.UUID, payload: schemas.LoseIn, expected: Expected
    ) -> Opportunity:
        deal = await self._closing(record_id, expected, payload.closed_on)
        reason = await LossReasonRepository(self.ctx).find(payload.loss_reason_id)
        if reason is None or not reason.active:
            raise unknown_reference(["body", "loss_reason_id"], "active loss reason")
        winner = payload.lost_to_competitor_id
        if winner is not None and await CompetitorRepository(self.ctx).live(winner) is None:
            raise unknown_reference(["body", "lost_to_competitor_id"], "competitor")
        await CompetitorEntries(self.ctx).settle(deal.id, winner=winner, we_lost=True)
        changes = {"loss_reason_id": reason.id, "lost_to_competitor_id": winner}
        return await self._close(deal, StageKind.lost, changes, payload.closed_on, payload.note)

    async def reopen(
        self, record_id: uuid.UUID, payload: schemas.ReopenIn, expected: Expected
    ) -> Opportunity:
        self.require("write")
        deal = await self.repo.get_for_write(record_id)
        await self.repo.check_current(deal, expected)
        if deal.status == OpportunityStatus.open.value:
            raise OpportunityOpen()
        count = await ContractRepository(self.ctx).count_for(deal.id)
        if count:
            raise OpportunityHasContracts(count=count)
        pipeline = await self._pipeline(deal.pipeline_id)
        stage_id = payload.stage_id or await self.history.last_open_stage(deal.id)
        stages = await self.pipelines.stages_of(pipeline.id)
        if payload.stage_id is None and all(s.id != stage_id for s in stages):
            stage_id = None  # the stage it left was removed since: the first open one
        stage = await self._open_stage(pipeline, stage_id)
        await CompetitorEntries(self.ctx).reopen(deal.id)
        old_stage, old_status, entered = deal.stage_id, deal.status, deal.stage_entered_at
        deal = await self.repo.update(
            deal,
            {
                "status": OpportunityStatus.open.value,
                "stage_id": stage.id,
                "stage_entered_at": utcnow(),
                "probability": stage.probability,
                "forecast_category": stage.forecast_category,
                "closed_on": None,
                "closed_at": None,
                "loss_reason_id": None,
                "lost_to_competitor_id": None,
                "close_note": None,
            },
            None,
        )
        self.history.add(
            deal,
            from_stage_id=old_stage,
            from_status=old_status,
            entered_at=entered,
            reason=payload.reason,
        )
        await self.repo.flush()
        return await self.deals.reload(deal)

    # ----- totals from line items --------------------------------------------------------
    async def refresh_totals(self, deal: Opportunity) -> None:
        """Amount, cost and margin from the live line items (called after each change of
        them, with the deal locked): the amount is theirs while there are any; with none
        left it stays as it was, to be set by hand again. The deal gets a new version each
        time, even if only its hidden cost changed or nothing did: otherwise whether it did
        would tell a caller without margin:read something about the cost."""
        count, amount, cost = await LineItemRepository(self.ctx).totals(deal.id)
        changes: dict[str, Any] = {
            "line_item_count": count,
            "cost": None,
            "margin": None,
            "updated_at": utcnow(),
        }
        if count:
            changes["amount"] = amount
        if count and cost is not None and within_money_bounds(cost, amount - cost):
            changes.update(cost=cost, margin=amount - cost)
        await self.repo.update(deal, changes, None)


class StageHistoryService(ReadService[OpportunityStageChange]):
    repository = StageChangeRepository
    permission = "opportunity"

    async def for_deal(
        self, opportunity_id: uuid.UUID, params: ListParams
    ) -> PageResult[OpportunityStageChange]:
        self.require("read")
        await OpportunityRepository(self.ctx).get(opportunity_id)
        return await self.repo.list(
            params, where=[OpportunityStageChange.opportunity_id == opportunity_id]
        )

    async def times(self, opportunity_id: uuid.UUID) -> schemas.StageTimes:
        """Total time per stage; the current stage counts until now."""
        self.require("read")
        deal = await OpportunityRepository(self.ctx).get(opportunity_id)
        history: StageChangeRepository = self.repo  # type: ignore[assignment]
        rows = await history.time_per_stage(deal.id)
        now = utcnow()
        stages = []
        for stage_id, seconds, entries in rows:
            current = stage_id == deal.stage_id
            if current:
                seconds += max(int((now - deal.stage_entered_at).total_seconds()), 0)
            stages.append(
                schemas.StageTime(
                    stage_id=stage_id, seconds=seconds, entries=entries, current=current
                )
            )
        return schemas.StageTimes(opportunity_id=deal.id, stages=stages)


# ----- line items ----------------------------------------------------------------------------
def price_line(
    quantity: Decimal, unit_price: Decimal, discount: Decimal, unit_cost: Decimal
) -> dict[str, Any]:
    """A line's amount, cost and margin, each rounded half-up to cents once. Exact however
    large the inputs (a 16-digit quantity times a 16-digit price), so that a line past the
    bounds is refused for what it really comes to. A cost (or margin) past the bounds is
    None, unknown: the cost may be hidden from the caller, so it may never cause a refusal."""
    with localcontext() as exact:
        exact.prec = 60
        amount = quantize_money(quantity * unit_price * (Decimal(100) - discount) / Decimal(100))
        cost = quantize_money(quantity * unit_cost)
        if not within_money_bounds(cost, amount - cost):
            return {"amount": amount, "cost": None, "margin": None}
        return {"amount": amount, "cost": cost, "margin": amount - cost}


#: What a line's amount is made of, in the order a 422 names them.
_PRICE_FIELDS = ("quantity", "unit_price", "discount")


#: Children of a deal are read and changed (deleted too) with the deal's own rights.
_DEAL_CHILD_PERMISSIONS = {
    "read": "opportunity:read",
    "write": "opportunity:write",
    "delete": "opportunity:write",
}


class LineItemService(ChildCrudService[OpportunityLineItem]):
    permission = "opportunity"
    permissions: ClassVar = _DEAL_CHILD_PERMISSIONS
    repository = LineItemRepository
    parent_column = "opportunity_id"
    #: The lines of a closed deal are what it was won or lost with: they no longer change.
    refusals: ClassVar = {
        operation: {409: "409 `opportunity_closed` when the deal is won or lost."}
        for operation in ("create", "update", "delete", "restore")
    }

    async def _open_deal(self) -> Opportunity:
        deals = OpportunityRepository(self.ctx)
        deal = await deals.get_for_write(self.parent_id)
        await deals.lock(deal)  # changes of one deal's lines queue: its totals stay right
        if deal.status != OpportunityStatus.open.value:
            raise OpportunityClosed(status=deal.status, status_zh=_STATUS_ZH[deal.status])
        return deal

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        deal = await self._open_deal()
        product = await ProductRepository(self.ctx).find(values["product_id"])
        if product is None:
            raise unknown_reference(["body", "product_id"], "product")
        if not product.active:
            raise _invalid(["body", "product_id"], "The product is not sold any more", "inactive")
        if product.currency != deal.currency:
            raise _invalid(
                ["body", "product_id"],
                f"The product is priced in {product.currency}, the deal in {deal.currency}",
                "currency_mismatch",
            )
        sent = [key for key in _PRICE_FIELDS if values.get(key) is not None]
        unit_price = values.get("unit_price")
        if unit_price is None:
            unit_price = product.list_price
        discount = values.get("discount", Decimal("0.00"))
        priced = price_line(values["quantity"], unit_price, discount, product.standard_cost)
        await self._check_bounds(deal, priced, None, [["body", key] for key in sent])
        values.update(
            name=product.name,
            unit=product.unit,
            unit_price=unit_price,
            discount=discount,
            unit_cost=product.standard_cost,
            **priced,
        )
        self._deal = deal
        return values

    async def prepare_update(
        self, record: OpportunityLineItem, changes: dict[str, Any]
    ) -> dict[str, Any]:
        self._deal = await self._open_deal()
        merged = {
            k: changes.get(k, getattr(record, k)) for k in ("quantity", "unit_price", "discount")
        }
        for key, value in merged.items():
            if value is None:
                raise _invalid(["body", key], "May not be null", "null_not_allowed")
        priced = price_line(**merged, unit_cost=record.unit_cost)
        sent = [["body", key] for key in _PRICE_FIELDS if key in changes]
        if sent:
            await self._check_bounds(self._deal, priced, record, sent)
        changes.update(priced)
        return changes

    async def prepare_delete(self, record: OpportunityLineItem) -> None:
        self._deal = await self._open_deal()

    async def prepare_restore(self, record: OpportunityLineItem) -> None:
        self._deal = await self._open_deal()
        priced = {"amount": record.amount}
        await self._check_bounds(self._deal, priced, None, [["line_item", "amount"]])

    async def _check_bounds(
        self,
        deal: Opportunity,
        line: dict[str, Decimal],
        replacing: OpportunityLineItem | None,
        locs: list[list[str]],
    ) -> None:
        """The line, and the deal's amount with it, within the money bounds (422 at ``locs``,
        the fields that make the amount): a total past them once broke every list showing the
        deal. The deal is locked, so the sums cannot change meanwhile. The cost is never
        checked here: it is the product's, which the caller may not be allowed to see, and a
        refusal that depends on it answers "is quantity × cost past the bound?" (bisection
        gives the cost). A cost past the bounds is recorded as unknown instead
        (``price_line``, ``OpportunityService.refresh_totals``)."""
        _, amount, _ = await LineItemRepository(self.ctx).totals(deal.id)
        if replacing is not None:
            amount -= replacing.amount
        amount += line["amount"]
        if not within_money_bounds(line["amount"]):
            message = f"quantity × unit price × (1 − discount) comes to {line['amount']:.2f}"
        elif not within_money_bounds(amount):
            message = f"The deal's line items would come to {amount:.2f}"
        else:
            return
        message = f"{message}; an amount is at most {MONEY_MAX}"
        raise ValidationFailed.of(
            [{"loc": loc, "msg": message, "type": "money_bounds"} for loc in locs]
        )

    async def after_write(self, record: OpportunityLineItem) -> None:
        await OpportunityService(self.ctx).refresh_totals(self._deal)


# ----- competitor entries --------------------------------------------------------------------
class CompetitorEntryService(ChildCrudService[OpportunityCompetitor]):
    """The competitors met on a deal. Entries stay editable after the deal closed: what a
    competitor offered is often learnt afterwards, and the win/loss analysis counts it."""

    permission = "opportunity"
    permissions: ClassVar = _DEAL_CHILD_PERMISSIONS

    repository = OpportunityCompetitorRepository
    parent_column = "opportunity_id"

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        if await CompetitorRepository(self.ctx).live(values["competitor_id"]) is None:
            raise unknown_reference(["body", "competitor_id"], "competitor")
        return values


class CompetitorEntries:
    """What closing and reopening a deal does to its competitor entries."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = OpportunityCompetitorRepository(ctx)

    async def settle(
        self, deal_id: uuid.UUID, *, winner: uuid.UUID | None, we_lost: bool = False
    ) -> None:
        """Closing: the competitor that won the deal is ``won`` (added if it was not listed),
        every other one still in the race ``lost``."""
        entries = {e.competitor_id: e for e in await self.repo.of(deal_id)}
        if we_lost and winner is not None and winner not in entries:
            await self.repo.create(
                {"opportunity_id": deal_id, "competitor_id": winner, "status": "won"}
            )
        for competitor_id, entry in entries.items():
            if competitor_id == winner:
                entry.status = "won"
            elif entry.status in ("active", "won"):
                entry.status = "lost"
        await self.repo.flush()

    async def reopen(self, deal_id: uuid.UUID) -> None:
        for entry in await self.repo.of(deal_id):
            if entry.status in ("won", "lost"):
                entry.status = "active"
        await self.repo.flush()


# ----- deal teams ----------------------------------------------------------------------------
class TeamService(RecordMembers):
    """A deal's team (销售团队): employees besides the owner who work on it, each with a role
    and read or write access. Changing the team needs opportunity:manage_team and the right to
    change the deal; a member with write access cannot give the deal away (opportunity:assign
    and the owner's own scope are needed for that)."""

    resource = "opportunity"
    repository = OpportunityRepository
    read_permission = "opportunity:read"
    manage_permission = "opportunity:manage_team"
    noun = "team_member"
