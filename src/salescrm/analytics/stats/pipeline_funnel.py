"""The sales funnel of one pipeline: how far the deals created in the period got, the
conversion from each stage to the next, where they are now and how long they stayed.

"Reached" is read from the stage history (every stage a deal entered, its first stage
included) plus its current stage: a deal reached an open stage when it entered it or a later
open stage, or was ever won (a won deal went through the whole funnel); it reached the won or
lost stage when it entered it. One statement reads the cohort and its history once (grouped
per deal inside, then by current stage, currency and how far the deal got: a few dozen rows
out) for the reached counts, the deals now and the days in stage alike.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import case, func, literal, select

from salescrm.analytics.figures import percent
from salescrm.analytics.filters import StatFilters, no_bucket
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.stats.pipeline import (
    CREATED,
    PERMISSIONS,
    deals,
)
from salescrm.core.db.types import MoneyTotal, quantize_money
from salescrm.core.errors import unknown_reference
from salescrm.core.schemas import MoneyOut, PercentOut
from salescrm.core.uow import Ctx
from salescrm.sales.models import (
    Opportunity,
    OpportunityStageChange,
    Pipeline,
    PipelineStage,
    StageKind,
)

_DAY_SECONDS = 86400


class StageAmount(BaseModel):
    currency: str = Field(description="ISO 4217 code of the amount")
    deals: int = Field(description="Deals of the funnel now in the stage, in this currency")
    amount: MoneyOut = Field(description="Their amounts summed")


class FunnelRow(BaseModel):
    stage_id: uuid.UUID = Field(description="The stage")
    name: str = Field(description="The stage's name")
    kind: StageKind = Field(description="Open, won or lost")
    position: int = Field(description="The stage's place in its pipeline")
    reached: int = Field(
        description="Deals created in the period that entered this stage or a later one "
        "(a won deal reached every open stage; won and lost: entered it)"
    )
    conversion_rate: PercentOut | None = Field(
        description="Of the deals that reached this stage, the percent that reached the next "
        "(the next open stage, or the won stage after the last open one); null on the won and "
        "lost stages or when none reached this one"
    )
    current_deals: int = Field(description="Deals of the funnel in this stage now")
    current_amounts: list[StageAmount] = Field(
        description="Their count and amount per currency (currencies are never added)"
    )
    average_days: Decimal | None = Field(
        description="Average days a deal that left the stage spent in it (all its stays "
        "together), two places; null when none left it"
    )

    @property
    def current_amounts_text(self) -> str:
        """The amounts per currency in one export cell: ``CNY 1200.00; USD 300.00``."""
        return "; ".join(f"{a.currency} {a.amount:.2f}" for a in self.current_amounts)


class FunnelReport(StatReport):
    statistic: Literal["funnel"] = "funnel"
    pipeline_id: uuid.UUID = Field(description="The pipeline (the default one unless given)")
    rows: list[FunnelRow]


def _funnel_order(kind: str, position: int) -> tuple[int, int]:
    return ({"open": 0, "won": 1}.get(kind, 2), position)


async def _pipeline(ctx: Ctx, f: StatFilters) -> uuid.UUID:
    if f.pipeline_id is not None:
        where: Any = Pipeline.id == f.pipeline_id
    else:
        where = Pipeline.is_default.is_(True)
    found = await ctx.session.scalar(
        select(Pipeline.id).where(where, Pipeline.deleted_at.is_(None)).limit(1)
    )
    if found is None:
        raise unknown_reference(["query", "pipeline_id"], "pipeline")
    return found


async def funnel(ctx: Ctx, f: StatFilters) -> FunnelReport:
    no_bucket(f)
    pipeline_id = await _pipeline(ctx, f)
    stage_rows = await ctx.session.execute(
        select(
            PipelineStage.id,
            PipelineStage.name,
            PipelineStage.kind,
            PipelineStage.position,
            PipelineStage.deleted_at,
        ).where(PipelineStage.pipeline_id == pipeline_id)
    )
    # Every stage of the pipeline, deleted ones too: a deal that entered a stage since deleted
    # still got that far; the rows show the live stages only.
    every = list(stage_rows.all())
    stages = [s for s in every if s.deleted_at is None]
    stages.sort(key=lambda s: _funnel_order(s.kind, s.position))
    kind_of = {s.id: s.kind for s in every}
    position_of = {s.id: s.position for s in every}
    open_ids = [s.id for s in every if s.kind == StageKind.open.value]
    won_ids = [s.id for s in every if s.kind == StageKind.won.value]
    lost_ids = [s.id for s in every if s.kind == StageKind.lost.value]

    # One pass over the cohort and its stage history, grouped per deal: the furthest open
    # position entered, whether it ever entered a won or lost stage, and per live stage the
    # seconds spent in it (null: never left it). Then grouped again by what the answer needs
    # (current stage and currency, furthest position, won, lost): a few dozen rows.
    Change = OpportunityStageChange
    entered = Change.to_stage_id

    def ever(ids: list[uuid.UUID]) -> Any:
        return func.max(case((entered.in_(ids), 1), else_=0)) if ids else literal(0)

    spent = [
        func.sum(
            case(
                (
                    (Change.from_stage_id == s.id) & Change.seconds_in_from_stage.is_not(None),
                    Change.seconds_in_from_stage,
                ),
                else_=None,
            )
        ).label(f"s{n}")
        for n, s in enumerate(stages)
    ]
    furthest = (
        func.max(case(*((entered == i, position_of[i]) for i in open_ids), else_=None))
        if open_ids
        else literal(None)
    )
    per_deal = (
        await deals(
            ctx,
            select(
                Opportunity.stage_id,
                Opportunity.currency,
                Opportunity.amount,
                furthest.label("open_max"),
                ever(won_ids).label("won"),
                ever(lost_ids).label("lost"),
                *spent,
            )
            .select_from(Opportunity)
            .outerjoin(Change, Change.opportunity_id == Opportunity.id)
            .where(Opportunity.pipeline_id == pipeline_id)
            .group_by(Opportunity.id),
            f,
            CREATED,
        )
    ).subquery()
    keys = [per_deal.c.stage_id, per_deal.c.currency, per_deal.c.open_max, per_deal.c.won,
            per_deal.c.lost]  # fmt: skip
    totals = [
        item
        for n in range(len(stages))
        for item in (
            func.sum(per_deal.c[f"s{n}"]).label(f"seconds{n}"),
            func.count(per_deal.c[f"s{n}"]).label(f"left{n}"),
        )
    ]
    summary = select(
        *keys, func.count().label("deals"), MoneyTotal(per_deal.c.amount, "amount"), *totals
    ).group_by(*keys)
    groups = (await ctx.session.execute(summary)).all()

    # Fold the groups (a few dozen rows): the current stage counts as entered too.
    reach: dict[tuple[int | None, bool, bool], int] = defaultdict(int)
    now: dict[tuple[uuid.UUID, str], list[Any]] = {}
    seconds = [0] * len(stages)
    left = [0] * len(stages)
    for g in groups:
        current = kind_of.get(g.stage_id)
        open_max = g.open_max
        if current == StageKind.open.value:
            here = position_of[g.stage_id]
            open_max = here if open_max is None else max(open_max, here)
        won = bool(g.won) or current == StageKind.won.value
        lost = bool(g.lost) or current == StageKind.lost.value
        reach[(open_max, won, lost)] += int(g.deals)
        slot = now.setdefault((g.stage_id, g.currency), [0, Decimal("0.00")])
        slot[0] += int(g.deals)
        slot[1] += g.amount
        for n in range(len(stages)):
            seconds[n] += int(g._mapping[f"seconds{n}"] or 0)
            left[n] += int(g._mapping[f"left{n}"])
    amounts: dict[uuid.UUID, list[StageAmount]] = defaultdict(list)
    for (stage_id, currency), (count, amount) in sorted(now.items(), key=lambda i: i[0][1]):
        amounts[stage_id].append(StageAmount(currency=currency, deals=count, amount=amount))
    days = {
        s.id: quantize_money(Decimal(seconds[n]) / _DAY_SECONDS / left[n])
        for n, s in enumerate(stages)
        if left[n]
    }

    def reached(kind: str, position: int) -> int:
        if kind == StageKind.open.value:
            hit = [
                n
                for (top, won, _), n in reach.items()
                if won or (top is not None and top >= position)
            ]
        elif kind == StageKind.won.value:
            hit = [n for (_, won, _), n in reach.items() if won]
        else:
            hit = [n for (_, _, lost), n in reach.items() if lost]
        return sum(hit)

    counts = [reached(s.kind, s.position) for s in stages]
    rows = []
    for n, stage in enumerate(stages):
        following = n + 1 < len(stages) and stages[n + 1].kind != StageKind.lost.value
        rate = (
            percent(counts[n + 1], counts[n])
            if stage.kind == StageKind.open.value and following
            else None
        )
        now_in = amounts.get(stage.id, [])
        rows.append(
            FunnelRow(
                stage_id=stage.id,
                name=stage.name,
                kind=StageKind(stage.kind),
                position=stage.position,
                reached=counts[n],
                conversion_rate=rate,
                current_deals=sum(a.deals for a in now_in),
                current_amounts=now_in,
                average_days=days.get(stage.id),
            )
        )
    return FunnelReport.of(f, pipeline_id=pipeline_id, rows=rows)


register(
    Statistic(
        name="funnel",
        title="销售漏斗",
        summary="The sales funnel of one pipeline: reached, conversion, now, days in stage",
        definition="For the deals in the caller's scope created in the period in one pipeline "
        "(the default one unless pipeline_id is given), per stage: how many reached it, the "
        "percent of them that reached the next stage, how many are in it now with their "
        "amount per currency, and the average days spent in it.",
        permissions=PERMISSIONS,
        params=StatFilters,
        report=FunnelReport,
        compute=funnel,
        columns=(
            Column("name", "阶段", "Stage"),
            Column("kind", "阶段类型", "Kind"),
            Column("reached", "到达商机数", "Reached"),
            Column("conversion_rate", "转化率(%)", "Conversion (%)"),
            Column("current_deals", "当前商机数", "Deals now"),
            Column("current_amounts_text", "当前金额(按币种)", "Amount now (per currency)"),
            Column("average_days", "平均停留(天)", "Average days in stage"),
        ),
        dimensions=CREATED,
    )
)
