"""Sales queries. Opportunities and contracts are owned (the caller's data scope, deal teams and
shares apply); line items, stage history, competitor entries, contract parts and payments follow
their parent (``scope_via``). Pipelines, loss reasons and competitors are reference data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, cast

from sqlalchemy import ColumnElement, Select, delete, func, insert, or_, select
from sqlalchemy.orm import selectinload

from salescrm.core.clock import today, utcnow
from salescrm.core.db.types import MoneyTotal
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.repository import Link, ReadRepository, Repository
from salescrm.customers.repository import CustomerRepository
from salescrm.sales.models import (
    Competitor,
    Contract,
    ContractLineItem,
    Installment,
    LossReason,
    Opportunity,
    OpportunityCompetitor,
    OpportunityContact,
    OpportunityLineItem,
    OpportunityStageChange,
    OpportunityStatus,
    Payment,
    Pipeline,
    PipelineStage,
)


class PipelineRepository(Repository[Pipeline]):
    model = Pipeline
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "name": "name"}
    default_sort = "name"
    filters: ClassVar[dict[str, FilterOp]] = {
        "active": eq(Pipeline.active),
        "is_default": eq(Pipeline.is_default),
    }
    unique_fields = ("name",)

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Pipeline.stages),)

    async def reload(self, pipeline: Pipeline) -> Pipeline:
        await self.session.refresh(pipeline, attribute_names=["stages"])
        return pipeline

    async def default(self) -> Pipeline | None:
        stmt = self.readable().where(Pipeline.is_default.is_(True), Pipeline.active.is_(True))
        found: Pipeline | None = await self.session.scalar(stmt.limit(1))
        return found

    async def clear_default(self, keep: uuid.UUID) -> None:
        """One default pipeline: the new one takes the flag from the others."""
        others = await self.session.scalars(
            select(Pipeline).where(
                Pipeline.is_default.is_(True), Pipeline.id != keep, Pipeline.deleted_at.is_(None)
            )
        )
        for other in others:
            other.is_default = False

    async def stage(self, stage_id: uuid.UUID) -> PipelineStage | None:
        stmt = select(PipelineStage).where(
            PipelineStage.id == stage_id, PipelineStage.deleted_at.is_(None)
        )
        found: PipelineStage | None = await self.session.scalar(stmt)
        return found

    async def stages_of(self, pipeline_id: uuid.UUID) -> list[PipelineStage]:
        stmt = select(PipelineStage).where(
            PipelineStage.pipeline_id == pipeline_id, PipelineStage.deleted_at.is_(None)
        )
        return list((await self.session.scalars(stmt.order_by(PipelineStage.position))).all())

    def add_stage(self, values: dict[str, Any]) -> PipelineStage:
        stage = PipelineStage(**values)
        self.session.add(stage)
        return stage

    async def deals_in(self, stage_ids: Sequence[uuid.UUID]) -> int:
        """Live deals (open or closed) in any of the stages, anywhere."""
        if not stage_ids:
            return 0
        stmt = select(func.count()).where(
            Opportunity.stage_id.in_(list(stage_ids)), Opportunity.deleted_at.is_(None)
        )
        return int(await self.session.scalar(stmt) or 0)

    async def deals_of(self, pipeline_id: uuid.UUID) -> int:
        stmt = select(func.count()).where(
            Opportunity.pipeline_id == pipeline_id, Opportunity.deleted_at.is_(None)
        )
        return int(await self.session.scalar(stmt) or 0)


class LossReasonRepository(Repository[LossReason]):
    model = LossReason
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "position": "position",
        "code": "code",
    }
    default_sort = "position"
    filters: ClassVar[dict[str, FilterOp]] = {"active": eq(LossReason.active)}
    unique_fields = ("code",)
    search_columns = ("code", "name")

    async def names(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not ids:
            return {}
        stmt = select(LossReason.id, LossReason.name).where(LossReason.id.in_(list(ids)))
        return {i: n for i, n in (await self.session.execute(stmt)).all()}  # noqa: C416


class CompetitorRepository(Repository[Competitor]):
    model = Competitor
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "name": "name"}
    filters: ClassVar[dict[str, FilterOp]] = {
        "threat_level": eq(Competitor.threat_level),
        "price_positioning": eq(Competitor.price_positioning),
    }
    unique_fields = ("name",)

    async def live(self, competitor_id: uuid.UUID) -> Competitor | None:
        stmt = select(Competitor).where(
            Competitor.id == competitor_id, Competitor.deleted_at.is_(None)
        )
        found: Competitor | None = await self.session.scalar(stmt)
        return found


class OpportunityRepository(Repository[Opportunity]):
    model = Opportunity
    #: A deal is put on a customer the caller may change (403 if only readable; an unseen one
    #: is a 422, as any reference in the body). The deal is its owner's afterwards: changing
    #: it follows its own scope and team, not the customer's.
    links = (Link("customer_id", CustomerRepository),)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "expected_close_date": "expected_close_date",
        "amount": "amount",
        "stage_entered_at": "stage_entered_at",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "status": eq(Opportunity.status),
        "type": eq(Opportunity.type),
        "pipeline_id": eq(Opportunity.pipeline_id),
        "stage_id": eq(Opportunity.stage_id),
        "owner_id": eq(Opportunity.owner_id),
        "customer_id": eq(Opportunity.customer_id),
        "forecast_category": eq(Opportunity.forecast_category),
        "source": eq(Opportunity.source),
        "currency": eq(Opportunity.currency),
        "expected_close_from": gte(Opportunity.expected_close_date),
        "expected_close_to": lte(Opportunity.expected_close_date),
        "closed_from": gte(Opportunity.closed_on),
        "closed_to": lte(Opportunity.closed_on),
        "amount_min": gte(Opportunity.amount),
        "amount_max": lte(Opportunity.amount),
    }

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Opportunity.contact_roles),)

    async def reload(self, opportunity: Opportunity) -> Opportunity:
        await self.session.refresh(opportunity, attribute_names=["contact_roles"])
        return opportunity

    async def contact_ids(self, opportunity_id: uuid.UUID) -> list[dict[str, Any]]:
        stmt = (
            select(OpportunityContact.contact_id, OpportunityContact.role)
            .where(OpportunityContact.opportunity_id == opportunity_id)
            .order_by(OpportunityContact.position)
        )
        return [
            {"contact_id": str(c), "role": r} for c, r in (await self.session.execute(stmt)).all()
        ]

    async def replace_contacts(
        self, opportunity_id: uuid.UUID, contacts: Sequence[tuple[uuid.UUID, str]]
    ) -> None:
        await self.session.execute(
            delete(OpportunityContact).where(OpportunityContact.opportunity_id == opportunity_id)
        )
        if contacts:
            await self.session.execute(
                insert(OpportunityContact),
                [
                    {
                        "opportunity_id": opportunity_id,
                        "contact_id": contact_id,
                        "role": role,
                        "position": n,
                    }
                    for n, (contact_id, role) in enumerate(contacts)
                ],
            )

    async def closed_between(
        self, start: date, end: date, *conditions: ColumnElement[bool]
    ) -> Select[Any]:
        """The caller's closed deals (won or lost) in a period, narrowed further by
        ``conditions``, as a statement of ``id, status, amount, currency, loss_reason_id,
        lost_to_competitor_id`` to aggregate over."""
        closed = (await self.aggregable()).where(
            Opportunity.status.in_([OpportunityStatus.won.value, OpportunityStatus.lost.value]),
            Opportunity.closed_on >= start,
            Opportunity.closed_on <= end,
            *conditions,
        )
        columns = closed.with_only_columns(
            Opportunity.id,
            Opportunity.status,
            Opportunity.amount,
            Opportunity.currency,
            Opportunity.loss_reason_id,
            Opportunity.lost_to_competitor_id,
        )
        return cast(Select[Any], columns.order_by(None))


class LineItemRepository(Repository[OpportunityLineItem]):
    model = OpportunityLineItem
    scope_via = ("opportunity_id", OpportunityRepository)
    filters: ClassVar[dict[str, FilterOp]] = {"product_id": eq(OpportunityLineItem.product_id)}

    async def of(self, opportunity_id: uuid.UUID) -> list[OpportunityLineItem]:
        stmt = select(OpportunityLineItem).where(
            OpportunityLineItem.opportunity_id == opportunity_id,
            OpportunityLineItem.deleted_at.is_(None),
        )
        return list(await self.session.scalars(stmt.order_by(OpportunityLineItem.created_at)))

    async def totals(self, opportunity_id: uuid.UUID) -> tuple[int, Decimal, Decimal | None]:
        """Live line items of a deal: how many, their amount and their cost (exact sums); the
        cost is None (unknown) if any line's is."""
        stmt = select(
            func.count(),
            func.count(OpportunityLineItem.cost),
            MoneyTotal(OpportunityLineItem.amount, "amount"),
            MoneyTotal(OpportunityLineItem.cost, "cost"),
        ).where(
            OpportunityLineItem.opportunity_id == opportunity_id,
            OpportunityLineItem.deleted_at.is_(None),
        )
        count, costed, amount, cost = (await self.session.execute(stmt)).one()
        return int(count), amount, cost if costed == count else None


class StageChangeRepository(ReadRepository[OpportunityStageChange]):
    model = OpportunityStageChange
    scope_via = ("opportunity_id", OpportunityRepository)
    sort_fields: ClassVar = {"created_at": "created_at"}
    default_sort = "created_at"

    def add(
        self,
        opportunity: Opportunity,
        *,
        from_stage_id: uuid.UUID | None,
        from_status: str | None,
        entered_at: Any,
        reason: str | None = None,
    ) -> OpportunityStageChange:
        now = utcnow()
        seconds = None if entered_at is None else max(int((now - entered_at).total_seconds()), 0)
        change = OpportunityStageChange(
            opportunity_id=opportunity.id,
            created_at=now,
            changed_at=now,
            actor_id=self.ctx.subject.id,
            from_stage_id=from_stage_id,
            to_stage_id=opportunity.stage_id,
            from_status=from_status,
            to_status=opportunity.status,
            seconds_in_from_stage=seconds,
            reason=reason,
        )
        self.session.add(change)
        return change

    async def last_open_stage(self, opportunity_id: uuid.UUID) -> uuid.UUID | None:
        """The open stage a closed deal left when it was closed."""
        stmt = (
            select(OpportunityStageChange.from_stage_id)
            .where(
                OpportunityStageChange.opportunity_id == opportunity_id,
                OpportunityStageChange.from_status == OpportunityStatus.open.value,
                OpportunityStageChange.to_status != OpportunityStatus.open.value,
            )
            .order_by(OpportunityStageChange.changed_at.desc(), OpportunityStageChange.id.desc())
            .limit(1)
        )
        found: uuid.UUID | None = await self.session.scalar(stmt)
        return found

    async def time_per_stage(self, opportunity_id: uuid.UUID) -> list[tuple[uuid.UUID, int, int]]:
        """``(stage, seconds spent there before leaving, times entered)`` per stage."""
        left = (
            select(
                OpportunityStageChange.from_stage_id.label("stage_id"),
                func.sum(OpportunityStageChange.seconds_in_from_stage).label("seconds"),
            )
            .where(
                OpportunityStageChange.opportunity_id == opportunity_id,
                OpportunityStageChange.from_stage_id.is_not(None),
            )
            .group_by(OpportunityStageChange.from_stage_id)
            .subquery()
        )
        entered = (
            select(
                OpportunityStageChange.to_stage_id.label("stage_id"),
                func.count().label("entries"),
                func.min(OpportunityStageChange.changed_at).label("first"),
            )
            .where(OpportunityStageChange.opportunity_id == opportunity_id)
            .group_by(OpportunityStageChange.to_stage_id)
            .subquery()
        )
        stmt = (
            select(entered.c.stage_id, func.coalesce(left.c.seconds, 0), entered.c.entries)
            .select_from(entered)
            .outerjoin(left, left.c.stage_id == entered.c.stage_id)
            .order_by(entered.c.first)
        )
        return [(s, int(sec), int(n)) for s, sec, n in (await self.session.execute(stmt)).all()]


@dataclass(frozen=True)
class WinLossRows:
    won: int
    lost: int
    groups: list[tuple[uuid.UUID, str, str, Decimal, str, uuid.UUID | None, bool, int]]


class OpportunityCompetitorRepository(Repository[OpportunityCompetitor]):
    model = OpportunityCompetitor
    scope_via = ("opportunity_id", OpportunityRepository)
    filters: ClassVar[dict[str, FilterOp]] = {"status": eq(OpportunityCompetitor.status)}
    unique_fields = ("competitor_id",)

    async def of(self, opportunity_id: uuid.UUID) -> list[OpportunityCompetitor]:
        stmt = select(OpportunityCompetitor).where(
            OpportunityCompetitor.opportunity_id == opportunity_id,
            OpportunityCompetitor.deleted_at.is_(None),
        )
        return list((await self.session.scalars(stmt)).all())

    async def win_loss(self, deals: Select[Any], competitor_id: uuid.UUID | None) -> WinLossRows:
        """The closed deals counted by status, and per competitor met on them the groups
        ``(competitor, name, deal status, amount, currency, loss reason, they won it,
        deals)``. Two statements: one shared CTE would read the deals once, but PostgreSQL
        then scans it without parallel workers, slower at every size we measured."""
        closed = deals.subquery()
        lost_to_them = closed.c.lost_to_competitor_id == OpportunityCompetitor.competitor_id
        met = (
            select(
                OpportunityCompetitor.competitor_id,
                Competitor.name,
                closed.c.status,
                MoneyTotal(closed.c.amount, "amount"),
                closed.c.currency,
                closed.c.loss_reason_id,
                lost_to_them,
                func.count(),
            )
            .select_from(OpportunityCompetitor)
            .join(closed, closed.c.id == OpportunityCompetitor.opportunity_id)
            .join(Competitor, Competitor.id == OpportunityCompetitor.competitor_id)
            .where(OpportunityCompetitor.deleted_at.is_(None))
            .group_by(
                OpportunityCompetitor.competitor_id,
                Competitor.name,
                closed.c.status,
                closed.c.currency,
                closed.c.loss_reason_id,
                lost_to_them,
            )
        )
        if competitor_id is not None:
            met = met.where(OpportunityCompetitor.competitor_id == competitor_id)
        counts = {"won": 0, "lost": 0}
        totals = select(closed.c.status, func.count()).group_by(closed.c.status)
        for status, count in await self.session.execute(totals):
            counts[status] = int(count)
        groups = [
            (c, n, status, a, cur, r, bool(t), int(k))
            for c, n, status, a, cur, r, t, k in await self.session.execute(met)
        ]
        return WinLossRows(counts["won"], counts["lost"], groups)


class ContractRepository(Repository[Contract]):
    model = Contract
    #: A contract is made from a deal the caller may change, with its customer — which the
    #: caller may change, or the deal speaks for (its owner may).
    links = (
        Link("opportunity_id", OpportunityRepository, of="customer_id"),
        Link("customer_id", CustomerRepository, stand_in="opportunity_id", field="opportunity_id"),
    )
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "sign_date": "sign_date",
        "amount": "amount",
        "number": "number",
    }
    default_sort = "-sign_date"
    filters: ClassVar[dict[str, FilterOp]] = {
        "status": eq(Contract.status),
        "customer_id": eq(Contract.customer_id),
        "opportunity_id": eq(Contract.opportunity_id),
        "owner_id": eq(Contract.owner_id),
        "signed_from": gte(Contract.sign_date),
        "signed_to": lte(Contract.sign_date),
        "overdue": lambda flag: _overdue() if flag else _not_overdue(),
        "outstanding": lambda flag: (
            Contract.received < Contract.amount if flag else Contract.received >= Contract.amount
        ),
    }
    unique_fields = ("number",)

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        return (selectinload(Contract.line_items), selectinload(Contract.installments))

    async def reload(self, contract: Contract) -> Contract:
        await self.session.refresh(contract, attribute_names=["line_items", "installments"])
        return contract

    async def count_for(self, opportunity_id: uuid.UUID) -> int:
        """Live contracts of a deal, whoever may see them."""
        stmt = select(func.count()).where(
            Contract.opportunity_id == opportunity_id, Contract.deleted_at.is_(None)
        )
        return int(await self.session.scalar(stmt) or 0)

    async def numbers_like(self, prefix: str) -> list[str]:
        stmt = select(Contract.number).where(Contract.number.like(f"{prefix}%"))
        return list((await self.session.scalars(stmt)).all())

    async def lock_number(self, prefix: str) -> None:
        """Serialise the numbering of one day's contracts until the commit (PostgreSQL)."""
        if self.session.get_bind().dialect.name == "postgresql":
            await self.session.execute(
                select(func.pg_advisory_xact_lock(func.hashtextextended(f"contract:{prefix}", 0)))
            )

    def add_parts(self, rows: Sequence[Any]) -> None:
        self.session.add_all(rows)

    async def live_installments(self, contract_id: uuid.UUID) -> list[Installment]:
        stmt = select(Installment).where(
            Installment.contract_id == contract_id, Installment.deleted_at.is_(None)
        )
        return list(
            await self.session.scalars(stmt.order_by(Installment.due_date, Installment.position))
        )

    async def received_total(self, contract_id: uuid.UUID) -> Decimal:
        stmt = select(MoneyTotal(Payment.amount)).where(
            Payment.contract_id == contract_id, Payment.deleted_at.is_(None)
        )
        total: Decimal = (await self.session.execute(stmt)).scalar_one()
        return total


def _overdue() -> ColumnElement[bool]:
    return Contract.next_due_date < today()


def _not_overdue() -> ColumnElement[bool]:
    return or_(Contract.next_due_date.is_(None), Contract.next_due_date >= today())


class PipelineStageRepository(ReadRepository[PipelineStage]):
    """For the event outbox: a stage is reference data, like its pipeline."""

    model = PipelineStage


class ContractLineItemRepository(ReadRepository[ContractLineItem]):
    """Only for the audit trail's scope: a contract's line items follow the contract."""

    model = ContractLineItem
    scope_via = ("contract_id", ContractRepository)


class InstallmentRepository(ReadRepository[Installment]):
    """Only for the audit trail's scope: a contract's instalments follow the contract."""

    model = Installment
    scope_via = ("contract_id", ContractRepository)


class PaymentRepository(Repository[Payment]):
    """Payments follow their contract's visibility."""

    model = Payment
    scope_via = ("contract_id", ContractRepository)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "received_on": "received_on",
        "amount": "amount",
    }
    default_sort = "-received_on"
    filters: ClassVar[dict[str, FilterOp]] = {
        "contract_id": eq(Payment.contract_id),
        "customer_id": eq(Payment.customer_id),
        "method": eq(Payment.method),
        "received_from": gte(Payment.received_on),
        "received_to": lte(Payment.received_on),
    }

    async def count_for(self, contract_id: uuid.UUID) -> int:
        stmt = select(func.count()).where(
            Payment.contract_id == contract_id, Payment.deleted_at.is_(None)
        )
        return int(await self.session.scalar(stmt) or 0)
