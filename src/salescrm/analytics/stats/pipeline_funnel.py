"""The sales funnel of one pipeline: how far the deals created in the period got, the
conversion from each stage to the next, where they are now and how long they stayed.

"Reached" is read from the stage history (every stage a deal entered, its first stage
included) plus its current stage: a deal reached an open stage when it entered it or a later
open stage, or was ever won (a won deal went through the whole funnel); it reached the won or
lost stage when it entered it. Four grouped statements, none returning a row per deal.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import case, func, select, union_all
from sqlalchemy.orm import aliased

from salescrm.analytics.figures import percent
from salescrm.analytics.filters import StatFilters, no_bucket
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.stats.pipeline import (
    CREATED,
    PERMISSIONS,
    AnySelect,
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
        select(PipelineStage.id, PipelineStage.name, PipelineStage.kind, PipelineStage.position)
        .where(PipelineStage.pipeline_id == pipeline_id, PipelineStage.deleted_at.is_(None))
        .order_by(PipelineStage.position)
    )
    stages = list(stage_rows.all())
    stages.sort(key=lambda s: _funnel_order(s.kind, s.position))

    def cohort(*columns: Any) -> AnySelect:
        return select(*columns).where(Opportunity.pipeline_id == pipeline_id)

    ids = await deals(ctx, cohort(Opportunity.id), f, CREATED)
    Change = OpportunityStageChange
    entries = union_all(
        select(Change.opportunity_id.label("deal_id"), Change.to_stage_id.label("stage_id")).where(
            Change.opportunity_id.in_(ids)
        ),
        await deals(ctx, cohort(Opportunity.id, Opportunity.stage_id), f, CREATED),
    ).subquery()
    entered = aliased(PipelineStage)
    per_deal = (
        select(
            func.max(case((entered.kind == StageKind.open.value, entered.position))).label(
                "open_max"
            ),
            func.max(case((entered.kind == StageKind.won.value, 1), else_=0)).label("won"),
            func.max(case((entered.kind == StageKind.lost.value, 1), else_=0)).label("lost"),
        )
        .select_from(entries)
        .join(entered, entered.id == entries.c.stage_id)
        .where(entered.pipeline_id == pipeline_id)
        .group_by(entries.c.deal_id)
        .subquery()
    )
    reach = select(
        per_deal.c.open_max, per_deal.c.won, per_deal.c.lost, func.count().label("deals")
    ).group_by(per_deal.c.open_max, per_deal.c.won, per_deal.c.lost)
    groups = (await ctx.session.execute(reach)).all()

    now = await deals(
        ctx,
        cohort(
            Opportunity.stage_id,
            Opportunity.currency,
            func.count().label("deals"),
            MoneyTotal(Opportunity.amount, "amount"),
        )
        .group_by(Opportunity.stage_id, Opportunity.currency)
        .order_by(Opportunity.stage_id, Opportunity.currency),
        f,
        CREATED,
    )
    amounts: dict[uuid.UUID, list[StageAmount]] = defaultdict(list)
    for row in await ctx.session.execute(now):
        amounts[row.stage_id].append(
            StageAmount(currency=row.currency, deals=row.deals, amount=row.amount)
        )

    stays = (
        select(
            Change.from_stage_id,
            func.sum(Change.seconds_in_from_stage).label("seconds"),
            func.count(func.distinct(Change.opportunity_id)).label("deals"),
        )
        .where(
            Change.opportunity_id.in_(ids),
            Change.from_stage_id.is_not(None),
            Change.seconds_in_from_stage.is_not(None),
        )
        .group_by(Change.from_stage_id)
    )
    days = {
        row.from_stage_id: quantize_money(Decimal(int(row.seconds)) / _DAY_SECONDS / row.deals)
        for row in await ctx.session.execute(stays)
    }

    def reached(kind: str, position: int) -> int:
        if kind == StageKind.open.value:
            hit = [
                g for g in groups if g.won or (g.open_max is not None and g.open_max >= position)
            ]
        elif kind == StageKind.won.value:
            hit = [g for g in groups if g.won]
        else:
            hit = [g for g in groups if g.lost]
        return sum(int(g.deals) for g in hit)

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
