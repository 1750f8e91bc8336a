"""Request and response models of commissions: plans and their tier tables, statements and
their lines, and the period actions (compute, approve)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Currency,
    Day,
    MoneyOut,
    NonNegativeMoney,
    Percent,
    PeriodDay,
    PositiveMoney,
    RecordOut,
    RequestModel,
)
from salescrm.core.visibility import restricted
from salescrm.planning.commissions.models import (
    CommissionBasis,
    CommissionMeasure,
    CommissionPeriodKind,
    LineSource,
    QuotaSource,
    StatementStatus,
)

MARGIN = "margin:read"
MAX_TIERS = 10
#: Plans name people one by one only so far; larger populations go by department.
MAX_EMPLOYEES = 1000
MAX_DEPARTMENTS = 200

PlanName = Annotated[str, Field(min_length=1, max_length=100, examples=["华东销售季度提成"])]
Description = Annotated[str, Field(min_length=1, max_length=2000)]
#: A band bound: whole percent of quota attainment (0 to 10,000).
BandPercent = Annotated[int, Field(ge=0, le=10_000, examples=[100])]
RatePercent = Annotated[Percent, Field(examples=["3.00"])]
RateOut = MoneyOut


class TierIn(RequestModel):
    """One band of quota attainment and the rate paid on the part of the measured total that
    falls in it (marginal, like tax brackets)."""

    from_percent: BandPercent = Field(description="Where the band starts, in % of quota.")
    to_percent: BandPercent | None = Field(
        None, description="Where it ends (exclusive), in % of quota; null: open (the last band)."
    )
    rate_percent: RatePercent = Field(description="The rate in percent, 0 to 100, two places.")


class TierOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_percent: int
    to_percent: int | None
    rate_percent: RateOut


def check_tiers(tiers: list[TierIn]) -> list[TierIn]:
    """The bands, in the order given, must start at 0 %, each begin where the one before
    ended (a band starting earlier overlaps it: ``tier_overlap``; later leaves a gap:
    ``tier_gap``), end after they start (``tier_empty``), and only the last is open."""
    if not tiers:
        raise PydanticCustomError("too_short", "At least one tier")
    for index, tier in enumerate(tiers):
        if tier.to_percent is not None and tier.to_percent <= tier.from_percent:
            raise PydanticCustomError(
                "tier_empty",
                "Tier {n} ends at {to} %, not after it starts ({start} %)",
                {"n": index + 1, "to": tier.to_percent, "start": tier.from_percent},
            )
    if tiers[0].from_percent != 0:
        raise PydanticCustomError(
            "tier_gap",
            "The first tier starts at 0 % (it starts at {start} %)",
            {"start": tiers[0].from_percent},
        )
    for index, (before, tier) in enumerate(itertools.pairwise(tiers), start=2):
        end = before.to_percent
        if end is None or tier.from_percent < end:
            raise PydanticCustomError(
                "tier_overlap",
                "Tier {n} (from {start} %) overlaps tier {m}, which runs to {end}",
                {
                    "n": index,
                    "m": index - 1,
                    "start": tier.from_percent,
                    "end": "no end" if end is None else f"{end} %",
                },
            )
        if tier.from_percent > end:
            raise PydanticCustomError(
                "tier_gap",
                "Tier {n} starts at {start} %, leaving {end}–{start} % of attainment without a "
                "rate",
                {"n": index, "start": tier.from_percent, "end": end},
            )
    if tiers[-1].to_percent is not None:
        raise PydanticCustomError(
            "tier_gap",
            "The last tier is open (to_percent null): attainment above {end} % needs a rate",
            {"end": tiers[-1].to_percent},
        )
    return tiers


Tiers = Annotated[
    list[TierIn],
    Field(
        min_length=1,
        max_length=MAX_TIERS,
        description="Bands of quota attainment in ascending order, from 0 %, contiguous, the "
        "last open. Each rate applies to the part of the total inside its band (marginal). "
        "Overlapping bands: 422 `tier_overlap`; a gap: 422 `tier_gap`.",
    ),
]


class CommissionPlanCreate(CreateModel):
    name: PlanName
    description: Description | None = None
    basis: CommissionBasis = Field(
        description="`contracts_signed`: contracts by sign date; `payments_received`: payments "
        "by date received, credited to the contract's owner."
    )
    measure: CommissionMeasure = Field(
        CommissionMeasure.amount,
        description="`amount`, or `margin` (the contract's margin; a payment's share of it).",
    )
    period_kind: CommissionPeriodKind
    currency: Currency = "CNY"
    tiers: Tiers
    cap: NonNegativeMoney | None = Field(
        None, description="The most commission one statement pays; null: no cap."
    )
    default_quota: PositiveMoney = Field(
        description="The quota of an employee with no target in an approved plan of the period."
    )
    employee_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_EMPLOYEES)
    department_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_DEPARTMENTS,
        description="Everyone in these departments and those below them.",
    )
    effective_from: PeriodDay
    effective_to: PeriodDay | None = Field(
        None, description="Null: open. Before `effective_from`: 422 `range_reversed`."
    )
    active: bool = True

    @field_validator("tiers")
    @classmethod
    def _tiers(cls, value: list[TierIn]) -> list[TierIn]:
        return check_tiers(value)


class CommissionPlanUpdate(RequestModel):
    name: PlanName | None = None
    description: Description | None = None
    basis: CommissionBasis | None = None
    measure: CommissionMeasure | None = None
    period_kind: CommissionPeriodKind | None = None
    currency: Currency | None = None
    tiers: Tiers | None = None
    cap: NonNegativeMoney | None = None
    default_quota: PositiveMoney | None = None
    employee_ids: list[uuid.UUID] | None = Field(None, max_length=MAX_EMPLOYEES)
    department_ids: list[uuid.UUID] | None = Field(None, max_length=MAX_DEPARTMENTS)
    effective_from: PeriodDay | None = None
    effective_to: PeriodDay | None = None
    active: bool | None = None

    @field_validator("tiers")
    @classmethod
    def _tiers(cls, value: list[TierIn] | None) -> list[TierIn] | None:
        return None if value is None else check_tiers(value)


class CommissionPlanOut(RecordOut):
    name: str
    description: str | None
    basis: CommissionBasis
    measure: CommissionMeasure
    period_kind: CommissionPeriodKind
    currency: str
    tiers: list[TierOut]
    cap: MoneyOut | None
    default_quota: MoneyOut
    employee_ids: list[uuid.UUID]
    department_ids: list[uuid.UUID]
    effective_from: date
    effective_to: date | None
    active: bool


class CommissionPlanListParams(ListParams):
    basis: CommissionBasis | None = None
    measure: CommissionMeasure | None = None
    period_kind: CommissionPeriodKind | None = None
    active: bool | None = None


class CommissionStatementOut(RecordOut):
    plan_id: uuid.UUID
    plan: Ref | None = ref("commission_plan")
    employee_id: uuid.UUID = Field(description="Whom it pays.")
    employee: Ref | None = ref("employee")
    period_kind: CommissionPeriodKind
    period_start: date
    period_end: date
    basis: CommissionBasis
    measure: CommissionMeasure
    currency: str
    quota: MoneyOut
    quota_source: QuotaSource
    total_amount: MoneyOut = Field(description="The lines' amounts (contracts or payments).")
    total_margin: MoneyOut | None = restricted(
        MARGIN, description="The lines' margins (margin plans; null otherwise)."
    )
    attainment_percent: MoneyOut | None = Field(
        description="The measured total over the quota, in percent; null when the quota is 0."
    )
    commission_before_cap: MoneyOut
    commission: MoneyOut = Field(description="After the cap: what is paid.")
    capped: bool
    line_count: int
    status: StatementStatus
    computed_at: datetime
    approved_at: datetime | None
    approved_by_id: uuid.UUID | None
    approved_by: Ref | None = ref("employee")


class CommissionStatementListParams(ListParams):
    plan_id: uuid.UUID | None = None
    employee_id: uuid.UUID | None = None
    period_start: Day | None = None
    status: StatementStatus | None = None


class CommissionLineOut(RecordOut):
    statement_id: uuid.UUID
    source: LineSource
    contract_id: uuid.UUID
    contract: Ref | None = ref("contract")
    payment_id: uuid.UUID | None = Field(description="The payment (basis payments_received).")
    number: str = Field(description="The contract's number.")
    day: date = Field(description="The contract's sign date or the payment's date.")
    amount: MoneyOut = Field(description="The contract's or the payment's amount.")
    margin: MoneyOut | None = restricted(
        MARGIN, description="Its margin (margin plans; a payment's share of its contract's)."
    )
    rate_percent: RateOut = Field(description="The rate of the band the running total ends in.")
    commission: MoneyOut = Field(
        description="What the line adds to the statement's commission before the cap."
    )


class CommissionLineListParams(ListParams):
    source: LineSource | None = None


class CommissionPeriodIn(RequestModel):
    plan_id: uuid.UUID
    period_start: PeriodDay = Field(
        description="The first day of the period: a month's 1st, or a quarter's (1 January, "
        "April, July or October) — otherwise 422 `period_start_misaligned`."
    )


class CommissionPeriodOut(BaseModel):
    plan_id: uuid.UUID
    plan: Ref | None = ref("commission_plan")
    period_kind: CommissionPeriodKind
    period_start: date
    period_end: date
    status: StatementStatus
    statements: int
    lines: int
    total_commission: MoneyOut = Field(description="The statements' commission after the cap.")
