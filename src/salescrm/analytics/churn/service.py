"""The rules (read, replace, apply), the scheduled jobs, and the churn risks in scope.

``apply_lifecycle_rules`` finds every change in one SELECT (``rules.changes``) and writes it
per batch: one UPDATE per stage pair, then the customers' timeline entries, audit entries and
change events in bulk (as the territory apply does), never one customer at a time.
``recompute_churn_risks`` rewrites ``customer_churn_risks`` with one INSERT … SELECT over the
union of the registered signals: a row only for a customer with a reason (a customer without
one scores 0, and the single read answers that without a row).
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    text,
    union_all,
    update,
)

from salescrm.analytics.churn import schemas
from salescrm.analytics.churn.models import (
    HIGH_FROM,
    MEDIUM_FROM,
    CustomerChurnRisk,
    LifecycleRules,
    RiskLevel,
)
from salescrm.analytics.churn.repository import ChurnRiskRepository, RulesRepository
from salescrm.analytics.churn.rules import Thresholds, changes, reason_of, rule_of
from salescrm.analytics.churn.signals import SIGNALS, SignalInput, words
from salescrm.analytics.churn.sql import reasons_agg
from salescrm.analytics.insights.models import RUN_ID, InsightRun
from salescrm.analytics.scope import in_scope
from salescrm.core import events
from salescrm.core.clock import today, utcnow
from salescrm.core.db import statistics
from salescrm.core.db.types import UTCDateTime
from salescrm.core.errors import Forbidden, NotFound
from salescrm.core.etag import Expected
from salescrm.core.ids import new_id
from salescrm.core.jobs import Job
from salescrm.core.references import present
from salescrm.core.repository import PageResult
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer, CustomerEvent
from salescrm.customers.repository import CustomerRepository

#: Customers changed per UPDATE, and read back per batch for their events.
BATCH = 5000

READ = "customer:read"
MANAGE = "lifecycle_rule:manage"


def _require(ctx: Ctx, permission: str) -> None:
    if not ctx.subject.can(permission):
        raise Forbidden("forbidden_action", permission=permission)


def thresholds(rules: LifecycleRules) -> Thresholds:
    return Thresholds(
        loyal_min_purchases=rules.loyal_min_purchases,
        loyal_min_tenure_days=rules.loyal_min_tenure_days,
        at_risk_after_days=rules.at_risk_after_days,
        churned_after_days=rules.churned_after_days,
    )


class RulesService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = RulesRepository(ctx)

    async def get(self) -> LifecycleRules:
        _require(self.ctx, READ)
        return await self.repo.current()

    async def replace(self, payload: schemas.RulesPut, expected: Expected) -> LifecycleRules:
        _require(self.ctx, MANAGE)
        rules = await self.repo.current()
        return await self.repo.update(rules, payload.model_dump(), expected)

    async def apply(self) -> schemas.LifecycleApplyResult:
        """The rules now, whether or not the schedule is enabled."""
        _require(self.ctx, MANAGE)
        return await apply_rules(self.ctx, await self.repo.current())


async def apply_rules(ctx: Ctx, rules: LifecycleRules) -> schemas.LifecycleApplyResult:
    t = thresholds(rules)
    session = ctx.session
    found = (await session.execute(changes(t, today()))).all()
    moved: list[tuple[uuid.UUID, uuid.UUID | None, str, str]] = []
    for start in range(0, len(found), BATCH):
        batch = found[start : start + BATCH]
        pairs: dict[tuple[str, str], list[uuid.UUID]] = defaultdict(list)
        owners = {row.id: row.owner_id for row in batch}
        for row in batch:
            pairs[row.stage, row.to_stage].append(row.id)
        written: list[tuple[uuid.UUID, uuid.UUID | None, str, str]] = []
        for (from_stage, to_stage), ids in pairs.items():
            result = await session.execute(
                update(Customer)
                .where(Customer.id.in_(ids), Customer.stage == from_stage)
                .values(
                    stage=to_stage,
                    stage_changed_at=utcnow(),
                    updated_at=utcnow(),
                    version=Customer.version + 1,
                )
                .returning(Customer.id)
                .execution_options(synchronize_session=False)
            )
            written += [(cid, owners[cid], from_stage, to_stage) for cid in result.scalars()]
        await _record(ctx, t, written)
        moved += written
    counts = Counter((f, to) for _, _, f, to in moved)
    return schemas.LifecycleApplyResult(
        changed=len(moved),
        transitions=[
            schemas.TransitionCount(from_stage=f, to_stage=to, rule=rule_of(f, to), customers=n)
            for (f, to), n in sorted(counts.items())
        ],
    )


async def _record(
    ctx: Ctx, t: Thresholds, moved: list[tuple[uuid.UUID, uuid.UUID | None, str, str]]
) -> None:
    """The timeline entries, audit entries and change events of customers changed past the
    ORM (its flush hooks write none of them)."""
    from salescrm.platform.imports import AUDIT_LOG, BulkTable

    if not moved:
        return
    session = ctx.session
    actor_type, actor_id = session.info.get("actor", ("system", None))
    request_id = session.info.get("request_id")
    now = utcnow()
    timeline = []
    audits = []
    for cid, _owner, from_stage, to_stage in moved:
        rule = rule_of(from_stage, to_stage)
        timeline.append(
            {
                "id": new_id(),
                "created_at": now,
                "customer_id": cid,
                "kind": "stage_changed",
                "from_value": from_stage,
                "to_value": to_stage,
                "reason": reason_of(rule, t),
                "actor_id": actor_id,
                "details": {"rule": rule},
                "pool_id": None,
                "release_reason_id": None,
                "converted_at": None,
            }
        )
        audits.append(
            {
                "id": new_id(),
                "occurred_at": now,
                "actor_type": actor_type,
                "actor_id": actor_id,
                "request_id": request_id,
                "resource": "customer",
                "record_id": cid,
                "action": "update",
                "changes": {"stage": [from_stage, to_stage]},
            }
        )
    await BulkTable(CustomerEvent).insert(session, timeline)
    await AUDIT_LOG.insert(session, audits)
    publication = events.PUBLISHED.get(Customer)
    if publication is None:
        return
    rows = list(
        (
            await session.scalars(
                select(Customer)
                .where(Customer.id.in_([m[0] for m in moved]))
                .options(*publication.options)
                .execution_options(populate_existing=True)
            )
        ).all()
    )
    outbox = BulkTable(events.Event)
    for verb in ("updated", "stage_changed"):
        await outbox.insert(session, await events.bulk_rows(session, Customer, rows, verb))
    for row in rows:
        session.expunge(row)


async def apply_lifecycle_rules(ctx: Ctx) -> int:
    """The scheduled task: the rules, when enabled; the number of customers changed."""
    rules = await RulesRepository(ctx).current()
    if not rules.enabled:
        return 0
    return (await apply_rules(ctx, rules)).changed


def risk_rows(signal_input: SignalInput) -> Select[Any]:
    """``(customer_id, score, level, reasons)`` of every live owned customer with at least one
    reason. Every reason weighs more than 0, so a customer without a row scores 0 (low, no
    reasons): more than half of them at scale, never written. Customers are scanned once, by
    the signals that speak of all of them (inactivity); the others' customers are kept when
    live and owned."""
    union = union_all(*(s.rows(signal_input) for s in SIGNALS.values())).subquery("signals")
    total = func.sum(union.c.weight)
    score = case((total > 100, 100), else_=total)
    level = case((score >= HIGH_FROM, "high"), (score >= MEDIUM_FROM, "medium"), else_="low")
    live = select(Customer.id).where(Customer.deleted_at.is_(None), Customer.owner_id.is_not(None))
    stmt: Select[Any] = (
        select(
            union.c.customer_id,
            score.cast(Integer).label("score"),
            level.cast(String).label("level"),
            reasons_agg(
                union.c.code, union.c.weight, union.c.value, union.c.currency, union.c.amount
            ).label("reasons"),
        )
        .where(union.c.customer_id.in_(live))
        .group_by(union.c.customer_id)
    )
    return stmt


async def recompute_churn_risks(ctx: Ctx) -> int:
    """The churn risk of every owned customer with a reason, written anew in one statement;
    rows written."""
    rules = await RulesRepository(ctx).current()
    found = risk_rows(SignalInput(today=today(), rules=thresholds(rules))).subquery("risks")
    session = ctx.session
    if session.get_bind().dialect.name == "postgresql":
        # The reasons are aggregated per customer (some 400,000 at a million customers): with
        # room to hash them whichever step ran before (at 4 MB most of it spilled to disk).
        await session.execute(text("SET LOCAL work_mem = '64MB'"))
    await session.execute(delete(CustomerChurnRisk))
    result = await session.execute(
        insert(CustomerChurnRisk).from_select(
            ["customer_id", "computed_at", "score", "level", "reasons"],
            select(
                found.c.customer_id,
                literal(utcnow(), UTCDateTime()),
                found.c.score,
                found.c.level,
                found.c.reasons,
            ),
        )
    )
    written = int(getattr(result, "rowcount", 0) or 0)
    statistics.note(session, CustomerChurnRisk.__tablename__, written)
    return written


def _risk_out(risk: CustomerChurnRisk, owner_id: uuid.UUID | None) -> schemas.ChurnRiskOut:
    reasons = [
        schemas.ChurnReasonOut(
            code=str(r.get("code")),
            weight=int(r.get("weight") or 0),
            value=int(r.get("value") or 0),
            currency=r.get("currency"),
            amount=r.get("amount"),
            text=words(
                str(r.get("code")), int(r.get("value") or 0), r.get("currency"), r.get("amount")
            ),
        )
        for r in schemas.reasons_of(risk.reasons)
    ]
    return schemas.ChurnRiskOut(
        customer_id=risk.customer_id,
        owner_id=owner_id,
        score=risk.score,
        level=risk.level,
        reasons=reasons,
        computed_at=risk.computed_at,
    )


class ChurnRiskService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = ChurnRiskRepository(ctx)

    async def _out(self, risks: list[CustomerChurnRisk]) -> list[schemas.ChurnRiskOut]:
        ids = [r.customer_id for r in risks]
        owners: dict[uuid.UUID, uuid.UUID | None] = {}
        if ids:
            rows = await self.ctx.session.execute(
                select(Customer.id, Customer.owner_id).where(Customer.id.in_(ids))
            )
            owners = {row.id: row.owner_id for row in rows}
        outs = [_risk_out(r, owners.get(r.customer_id)) for r in risks]
        return await present(self.ctx, schemas.ChurnRiskOut, outs)

    async def list(self, params: schemas.ChurnRiskParams) -> dict[str, Any]:
        _require(self.ctx, READ)
        page: PageResult[CustomerChurnRisk] = await self.repo.list(params)
        items = await self._out(list(page.items))
        return {"items": items, "next_cursor": page.next_cursor, "total": page.total}

    async def get(self, customer_id: uuid.UUID) -> schemas.ChurnRiskOut:
        """The stored risk; for a live owned customer in scope without one, score 0 (no
        reason), as of the last recompute (404 before the first)."""
        _require(self.ctx, READ)
        try:
            risk = await self.repo.get(customer_id)
        except NotFound:
            unscored = await self._unscored(customer_id)
            if unscored is None:
                raise
            risk = unscored
        return (await self._out([risk]))[0]

    async def _unscored(self, customer_id: uuid.UUID) -> CustomerChurnRisk | None:
        session = self.ctx.session
        computed_at = await session.scalar(
            select(InsightRun.computed_at).where(InsightRun.id == RUN_ID)
        )
        if computed_at is None:
            return None
        owned = await session.scalar(
            select(Customer.id).where(
                Customer.id == customer_id,
                Customer.owner_id.is_not(None),
                *await in_scope(self.ctx, CustomerRepository),
            )
        )
        if owned is None:
            return None
        return CustomerChurnRisk(
            customer_id=customer_id,
            computed_at=computed_at,
            score=0,
            level=RiskLevel.low.value,
            reasons=[],
        )


#: The jobs (``salescrm.jobs``): the rules hourly, the churn risks daily.
#: The churn recompute runs as a step of the daily customer-insights recompute
#: (``insights.recompute``), not as a job of its own.
JOBS: list[Job] = [Job("apply_lifecycle_rules", 3600, apply_lifecycle_rules)]


def _register_step() -> None:
    """Churn risk is a step of the insights recompute (it runs after the value insights)."""
    from salescrm.analytics.insights.recompute import register_step

    register_step("churn_risk", recompute_churn_risks)


_register_step()
