"""Win/loss analysis against competitors, and the sales metrics other contexts screen by.

``GET /api/v1/competitors/win-loss``: over the deals in the caller's data scope that closed in a
period, per competitor met on them — deals met, won, lost (and lost to that competitor), win
rate, the amounts lost per currency, and the most frequent loss reasons. Two grouped queries
whatever the number of deals, both starting from the caller's scoped deals.

Key-account screening (``customers.key_accounts``) gains ``revenue_12m`` (contracts signed in
the last twelve months) and ``deal_count_12m`` (deals won in them).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import SQLColumnExpression, func, inspect, select
from sqlalchemy.orm import Session

from salescrm.core.clock import today, utcnow
from salescrm.core.db.types import money_sum, quantize_money
from salescrm.core.errors import Forbidden
from salescrm.core.uow import Ctx
from salescrm.customers.key_accounts import register_metric
from salescrm.customers.models import Customer
from salescrm.customers.pool_counts import register_conversions
from salescrm.customers.pools import register_return_blocker
from salescrm.sales import schemas
from salescrm.sales.models import Contract, ContractStatus, Opportunity, OpportunityStatus
from salescrm.sales.repository import (
    LossReasonRepository,
    OpportunityCompetitorRepository,
    OpportunityRepository,
)


def _rate(won: int, total: int) -> Decimal | None:
    return None if total == 0 else quantize_money(Decimal(won) * 100 / Decimal(total))


class WinLossService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    def _require(self) -> None:
        for permission in ("opportunity:read", "competitor:read"):
            if not self.ctx.subject.can(permission):
                raise Forbidden("forbidden_action", permission=permission)

    async def report(self, params: schemas.WinLossParams) -> schemas.WinLossReport:
        self._require()
        narrower = []
        if params.owner_id is not None:
            narrower.append(Opportunity.owner_id == params.owner_id)
        if params.pipeline_id is not None:
            narrower.append(Opportunity.pipeline_id == params.pipeline_id)
        repository = OpportunityRepository(self.ctx)
        await repository.plan_for_values()
        deals = await repository.closed_between(params.closed_from, params.closed_to, *narrower)
        entries = OpportunityCompetitorRepository(self.ctx)
        counted = await entries.win_loss(deals, params.competitor_id)
        won, lost, groups = counted.won, counted.lost, counted.groups
        reason_ids = sorted({g[5] for g in groups if g[5] is not None}, key=str)
        reasons = await LossReasonRepository(self.ctx).names(reason_ids)

        rows: dict[Any, dict[str, Any]] = {}
        for competitor_id, name, status, amount, currency, reason, theirs, count in groups:
            row = rows.setdefault(
                competitor_id,
                {
                    "name": name,
                    "won": 0,
                    "lost": 0,
                    "theirs": 0,
                    "amount_lost": defaultdict(Decimal),
                    "amount_theirs": defaultdict(Decimal),
                    "reasons": defaultdict(int),
                },
            )
            if status == OpportunityStatus.won.value:
                row["won"] += count
                continue
            row["lost"] += count
            row["amount_lost"][currency] += amount
            row["reasons"][reason] += count
            if theirs:
                row["theirs"] += count
                row["amount_theirs"][currency] += amount

        competitors = []
        for competitor_id, row in rows.items():
            met = row["won"] + row["lost"]
            top = sorted(row["reasons"].items(), key=lambda kv: (-kv[1], str(kv[0])))
            competitors.append(
                schemas.CompetitorWinLoss(
                    competitor_id=competitor_id,
                    name=row["name"],
                    deals_met=met,
                    won=row["won"],
                    lost=row["lost"],
                    lost_to_them=row["theirs"],
                    win_rate=_rate(row["won"], met),
                    amount_lost=dict(sorted(row["amount_lost"].items())),
                    amount_lost_to_them=dict(sorted(row["amount_theirs"].items())),
                    top_loss_reasons=[
                        schemas.ReasonCount(
                            loss_reason_id=reason_id, name=reasons.get(reason_id), deals=n
                        )
                        for reason_id, n in top[: params.top_reasons]
                    ],
                )
            )
        competitors.sort(key=lambda c: (-c.deals_met, c.name))
        return schemas.WinLossReport(
            closed_from=params.closed_from,
            closed_to=params.closed_to,
            deals=won + lost,
            won=won,
            lost=lost,
            win_rate=_rate(won, won + lost),
            competitors=competitors,
        )


# ----- key-account metrics -------------------------------------------------------------------
def _revenue_12m() -> SQLColumnExpression[Any]:
    return (
        select(money_sum(Contract.amount))
        .where(
            Contract.customer_id == Customer.id,
            Contract.deleted_at.is_(None),
            Contract.status != ContractStatus.terminated.value,
            Contract.sign_date > today() - timedelta(days=365),
        )
        .correlate(Customer)
        .scalar_subquery()
    )


def _deal_count_12m() -> SQLColumnExpression[Any]:
    return (
        select(func.count(Opportunity.id))
        .where(
            Opportunity.customer_id == Customer.id,
            Opportunity.deleted_at.is_(None),
            Opportunity.status == OpportunityStatus.won.value,
            Opportunity.closed_on > today() - timedelta(days=365),
        )
        .correlate(Customer)
        .scalar_subquery()
    )


register_metric(
    "revenue_12m",
    _revenue_12m,
    "decimal",
    "Amount of the contracts signed in the last 12 months (terminated ones excluded)",
)
register_metric("deal_count_12m", _deal_count_12m, "int", "Deals won in the last 12 months")


# ----- the public pools: what keeps a customer with its owner, what a claim led to ----------
def _open_deal() -> Any:
    """The return rule leaves a customer with an open deal where it is."""
    return (
        select(Opportunity.id)
        .where(
            Opportunity.customer_id == Customer.id,
            Opportunity.status == OpportunityStatus.open.value,
            Opportunity.deleted_at.is_(None),
        )
        .exists()
    )


def _contract_in_progress() -> Any:
    """… and one with a contract still being carried out."""
    return (
        select(Contract.id)
        .where(
            Contract.customer_id == Customer.id,
            Contract.status == ContractStatus.active.value,
            Contract.deleted_at.is_(None),
        )
        .exists()
    )


def _conversions(session: Session) -> list[tuple[uuid.UUID, datetime]]:
    """What converts a claimed customer in a flush: a deal won (created won, or changed to
    won) and a new contract."""
    found: list[tuple[uuid.UUID, datetime]] = []
    for obj in session.new:
        if isinstance(obj, Contract):
            found.append((obj.customer_id, obj.created_at or utcnow()))
        elif isinstance(obj, Opportunity) and obj.status == OpportunityStatus.won.value:
            found.append((obj.customer_id, obj.closed_at or utcnow()))
    for obj in session.dirty:
        if (
            isinstance(obj, Opportunity)
            and obj.status == OpportunityStatus.won.value
            and inspect(obj).attrs.status.history.has_changes()
        ):
            found.append((obj.customer_id, obj.closed_at or utcnow()))
    return found


register_return_blocker("open_deal", _open_deal)
register_return_blocker("contract_in_progress", _contract_in_progress)
register_conversions("deals_and_contracts", _conversions)
