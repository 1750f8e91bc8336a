"""The insight reads, the recompute action, and the ABC apply (a customer's tier set to the one
its class suggests: set-based, audited per customer, only customers the caller may change)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, update

from salescrm.analytics.insights import schemas
from salescrm.analytics.insights.models import (
    NO_RECENCY,
    REPORTING_CURRENCY,
    RUN_ID,
    CustomerInsight,
    InsightRun,
)
from salescrm.analytics.insights.recompute import recompute_all_steps
from salescrm.analytics.insights.repository import InsightRepository
from salescrm.analytics.scope import in_scope
from salescrm.core import events
from salescrm.core.clock import utcnow
from salescrm.core.errors import Forbidden, NotFound, unknown_reference
from salescrm.core.ids import new_id
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.customers.repository import CustomerRepository

RECOMPUTE_PERMISSION = "customer_insight:recompute"
#: Customers updated, audited and published per statement.
APPLY_BATCH = 1000


def empty_insight(
    customer: uuid.UUID, computed_at: datetime, owner_id: uuid.UUID | None, tier: str | None
) -> CustomerInsight:
    """The insight of a customer without a purchase (not stored): no scores, no class, no
    lifetime value, nothing paid."""
    insight = CustomerInsight(
        customer_id=customer,
        computed_at=computed_at,
        currency=REPORTING_CURRENCY,
        recency_key=NO_RECENCY,
        frequency=0,
        purchases=0,
        monetary=Decimal(0),
        paid_total=Decimal(0),
        revenue_12m=Decimal(0),
        repeat_purchase=False,
    )
    insight.owner_id = owner_id
    insight.tier = tier
    return insight


class InsightService(ReadService[CustomerInsight]):
    """The list holds the customers with a purchase (the stored rows); the single read also
    answers the empty insight of a customer without one that existed at the last recompute."""

    repository = InsightRepository
    permission = "customer"

    async def get(self, record_id: uuid.UUID) -> CustomerInsight:
        try:
            return await super().get(record_id)
        except NotFound:
            session = self.ctx.session
            computed_at = await session.scalar(
                select(InsightRun.computed_at).where(InsightRun.id == RUN_ID)
            )
            if computed_at is None:
                raise
            found = (
                await session.execute(
                    select(Customer.owner_id, Customer.tier).where(
                        Customer.id == record_id,
                        Customer.created_at <= computed_at,
                        *await in_scope(self.ctx, CustomerRepository),
                    )
                )
            ).one_or_none()
            if found is None:
                raise
            return empty_insight(record_id, computed_at, found.owner_id, found.tier)


def _require(ctx: Ctx, *permissions: str) -> None:
    for permission in permissions:
        if not ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)


async def recompute(ctx: Ctx) -> schemas.InsightsRecomputeResult:
    """Every customer's insights now, with every registered step (churn risk)."""
    _require(ctx, RECOMPUTE_PERMISSION)
    started = time.perf_counter()
    counts = await recompute_all_steps(ctx)
    return schemas.InsightsRecomputeResult(
        customers=counts["value"],
        steps=[schemas.StepRows(name=name, rows=rows) for name, rows in counts.items()],
        duration_ms=round((time.perf_counter() - started) * 1000),
    )


class AbcApplyService:
    """Sets the tier of each chosen customer to its suggested tier."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = CustomerRepository(ctx)

    async def apply(self, body: schemas.AbcApply) -> schemas.AbcApplyResult:
        _require(self.ctx, "customer:read", "customer:write")
        chosen = await self._chosen(body)
        writable: ColumnElement[bool] = Customer.id.in_(
            self.customers.writable().with_only_columns(Customer.id).order_by(None)
        )
        suggested = CustomerInsight.suggested_tier
        differs = or_(Customer.tier.is_(None), Customer.tier != suggested)

        def number(condition: ColumnElement[bool]) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        stmt = chosen.with_only_columns(
            func.count(),
            number(and_(writable, suggested.is_not(None), differs)),
            number(and_(writable, Customer.tier == suggested)),
            number(~writable),
        )
        counts = (await self.ctx.session.execute(stmt)).one()
        total, changing, unchanged, read_only = (int(v) for v in counts)
        result = schemas.AbcApplyResult(
            dry_run=body.dry_run,
            changed=changing,
            unchanged=unchanged,
            skipped=total - changing - unchanged,
            skipped_read_only=read_only,
        )
        if body.dry_run or not changing:
            return result
        moving = (
            await self.ctx.session.execute(
                chosen.with_only_columns(Customer.id, Customer.tier, suggested)
                .where(writable, suggested.is_not(None), differs)
                .order_by(Customer.id)
            )
        ).all()
        for start in range(0, len(moving), APPLY_BATCH):
            await self._set(moving[start : start + APPLY_BATCH])
        result.changed = len(moving)
        return result

    async def _chosen(self, body: schemas.AbcApply) -> Select[Any]:
        """The live customers in the caller's read scope the body chooses, joined to their
        insight (if any); 422 naming the index of a customer id the caller cannot see."""
        where: list[ColumnElement[bool]] = await in_scope(self.ctx, CustomerRepository)
        if body.customer_ids is not None:
            ids = list(dict.fromkeys(body.customer_ids))
            seen = set(
                await self.ctx.session.scalars(
                    self.customers.scoped_among(ids).where(Customer.deleted_at.is_(None))
                )
            )
            for index, customer_id in enumerate(body.customer_ids):
                if customer_id not in seen:
                    raise unknown_reference(["body", "customer_ids", index], "customer")
            where.append(Customer.id.in_(ids))
        if body.abc_class is not None:
            where.append(CustomerInsight.abc_class == body.abc_class.value)
        return (
            select(Customer.id)
            .select_from(Customer)
            .outerjoin(CustomerInsight, CustomerInsight.customer_id == Customer.id)
            .where(*where)
        )

    async def _set(self, rows: Sequence[Any]) -> None:
        """One batch: the tiers, their audit entries and the customers' change events."""
        from salescrm.platform.imports import AUDIT_LOG, BulkTable

        session = self.ctx.session
        now = utcnow()
        ids = [row[0] for row in rows]
        await session.execute(
            update(Customer)
            .where(Customer.id.in_(ids))
            .values(
                tier=select(CustomerInsight.suggested_tier)
                .where(CustomerInsight.customer_id == Customer.id)
                .scalar_subquery(),
                updated_at=now,
                version=Customer.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        actor_type, actor_id = session.info.get("actor", ("system", None))
        request_id = session.info.get("request_id")
        await AUDIT_LOG.insert(
            session,
            [
                {
                    "id": new_id(),
                    "occurred_at": now,
                    "actor_type": actor_type,
                    "actor_id": actor_id,
                    "request_id": request_id,
                    "resource": "customer",
                    "record_id": customer_id,
                    "action": "update",
                    "changes": {"tier": [old, new]},
                }
                for customer_id, old, new in rows
            ],
        )
        changed = list(
            await session.scalars(
                select(Customer)
                .where(Customer.id.in_(ids))
                .execution_options(populate_existing=True)
            )
        )
        outbox = BulkTable(events.Event)
        await outbox.insert(session, await events.bulk_rows(session, Customer, changed, "updated"))
        for record in changed:
            session.expunge(record)
