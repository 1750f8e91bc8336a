"""The bodies and answers of strategies, plans, targets, allocations and plan reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from salescrm.core import i18n
from salescrm.core.db.types import CENT
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Currency,
    Day,
    DecimalText,
    MoneyOut,
    NonNegativeMoney,
    QueryModel,
    RecordOut,
    RequestModel,
    decimal_pattern,
)
from salescrm.core.schemas import period_in_order as _period
from salescrm.planning.plans.models import (
    PlanCheckMode,
    PlanPeriodKind,
    ProductLifeCycleStage,
    SalesPlanStatus,
    TargetChangeAction,
    TargetLevel,
    TargetMetric,
)

Name = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(min_length=1, max_length=10_000)]
Label = Annotated[str, Field(min_length=1, max_length=100)]
ProductLine = Annotated[str, Field(min_length=1, max_length=100, examples=["工业传感器"])]
Weight = Annotated[
    Decimal,
    Field(ge=0, le=Decimal("1e12")),
    DecimalText(decimal_pattern(13, 2), CENT),
]


# ----- strategies ------------------------------------------------------------------------------
class StrategyProduct(RequestModel):
    """A product (or a product line) the strategy counts on, and where it is in its life."""

    product_id: uuid.UUID | None = Field(None, description="A catalogue product.")
    product_line: ProductLine | None = None
    stage: ProductLifeCycleStage
    note: Annotated[str, Field(min_length=1, max_length=1000)] | None = None

    @model_validator(mode="after")
    def _named(self) -> StrategyProduct:
        if self.product_id is None and self.product_line is None:
            raise PydanticCustomError("product_required", "Name a product_id or a product_line")
        return self


class StrategyProductOut(BaseModel):
    product_id: uuid.UUID | None
    product: Ref | None = ref("product")
    product_line: str | None
    stage: ProductLifeCycleStage
    note: str | None


class SalesStrategyCreate(CreateModel):
    name: Name
    period_start: Day
    period_end: Day
    target_markets: list[Label] = Field(default_factory=list, max_length=100)
    segments: list[Label] = Field(default_factory=list, max_length=100)
    products: list[StrategyProduct] = Field(default_factory=list, max_length=200)
    competitive_situation: LongText | None = None
    resources: LongText | None = Field(None, description="People, budget, partners it needs.")
    description: LongText | None = None
    owner_id: uuid.UUID | None = Field(None, description="Who answers for it. Default: caller.")

    @model_validator(mode="after")
    def _check(self) -> SalesStrategyCreate:
        return _period(self)


class SalesStrategyUpdate(RequestModel):
    name: Name | None = None
    period_start: Day | None = None
    period_end: Day | None = None
    target_markets: list[Label] | None = Field(None, max_length=100)
    segments: list[Label] | None = Field(None, max_length=100)
    products: list[StrategyProduct] | None = Field(None, max_length=200)
    competitive_situation: LongText | None = None
    resources: LongText | None = None
    description: LongText | None = None
    owner_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _check(self) -> SalesStrategyUpdate:
        return _period(self)


class PlanSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    period_kind: PlanPeriodKind
    period_start: date
    period_end: date
    status: SalesPlanStatus
    revision: int


class SalesStrategyOut(RecordOut):
    name: str
    period_start: date
    period_end: date
    target_markets: list[str]
    segments: list[str]
    products: list[StrategyProductOut]
    competitive_situation: str | None
    resources: str | None
    description: str | None
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")


class SalesStrategyListParams(ListParams):
    active_on: Day | None = Field(None, description="Strategies whose period covers this day.")


class StrategyPlans(BaseModel):
    items: list[PlanSummary] = Field(description="The plans implementing it, by period.")


# ----- plans -----------------------------------------------------------------------------------
class SalesPlanCreate(CreateModel):
    name: Name
    period_kind: PlanPeriodKind
    period_start: Day
    period_end: Day
    strategy_id: uuid.UUID | None = Field(None, description="The strategy it implements.")
    check_mode: PlanCheckMode = Field(
        PlanCheckMode.warn,
        description="warn: answers list children that do not add up to their parent; refuse: "
        "a write making children exceed their parent, or a submission of a plan that does not "
        "add up, is a 409 `targets_unbalanced`.",
    )
    currency: Currency = "CNY"
    owner_id: uuid.UUID | None = Field(None, description="Who answers for it. Default: caller.")
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> SalesPlanCreate:
        return _period(self)


class SalesPlanUpdate(RequestModel):
    name: Name | None = None
    period_kind: PlanPeriodKind | None = None
    period_start: Day | None = None
    period_end: Day | None = None
    strategy_id: uuid.UUID | None = None
    check_mode: PlanCheckMode | None = None
    currency: Currency | None = None
    owner_id: uuid.UUID | None = None
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> SalesPlanUpdate:
        return _period(self)


class SalesPlanOut(RecordOut):
    name: str
    period_kind: PlanPeriodKind
    period_start: date
    period_end: date
    strategy_id: uuid.UUID | None
    strategy: Ref | None = ref("sales_strategy")
    status: SalesPlanStatus
    revision: int = Field(description="1, then one more for every revision opened.")
    check_mode: PlanCheckMode
    currency: str
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    description: str | None
    approval_id: uuid.UUID | None = Field(description="The current revision's approval request.")
    approved_at: datetime | None


class SalesPlanListParams(ListParams):
    strategy_id: uuid.UUID | None = None
    status: SalesPlanStatus | None = None
    period_kind: PlanPeriodKind | None = None
    period_from: Day | None = Field(None, description="Plans starting on or after.")
    period_to: Day | None = Field(None, description="Plans starting on or before.")


# ----- targets ---------------------------------------------------------------------------------
class SalesTargetCreate(CreateModel):
    plan_id: uuid.UUID
    parent_id: uuid.UUID | None = Field(None, description="The target it is a part of.")
    level: TargetLevel
    territory_id: uuid.UUID | None = Field(None, description="Level territory.")
    department_id: uuid.UUID | None = Field(None, description="Level department or team.")
    employee_id: uuid.UUID | None = Field(None, description="Level employee: they own it.")
    product_line: ProductLine | None = None
    metric: TargetMetric
    value: NonNegativeMoney = Field(description="At least 0; whole units for counted metrics.")
    weight: Weight | None = Field(None, description="Its share in a weighted allocation.")
    note: LongText | None = None
    owner_id: uuid.UUID | None = Field(
        None,
        description="Who answers for a target above the employee level (an employee the "
        "caller sees). Default: the plan's owner. An employee's target is the employee's.",
    )


class SalesTargetUpdate(RequestModel):
    value: NonNegativeMoney | None = None
    weight: Weight | None = None
    note: LongText | None = None
    owner_id: uuid.UUID | None = None


class SalesTargetOut(RecordOut):
    plan_id: uuid.UUID
    plan: Ref | None = ref("sales_plan")
    parent_id: uuid.UUID | None
    level: TargetLevel
    territory_id: uuid.UUID | None
    territory: Ref | None = ref("territory")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    employee_id: uuid.UUID | None
    employee: Ref | None = ref("employee")
    product_line: str | None
    metric: TargetMetric
    value: MoneyOut
    weight: MoneyOut | None
    note: str | None
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")


class SalesTargetListParams(ListParams):
    plan_id: uuid.UUID | None = None
    parent_id: uuid.UUID | None = None
    level: TargetLevel | None = None
    metric: TargetMetric | None = None
    employee_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    product_line: str | None = Field(None, max_length=100)


# ----- allocation ------------------------------------------------------------------------------
class TargetAllocationMethod(StrEnum):
    even = "even"
    weights = "weights"
    last_year = "last_year"
    manual = "manual"


i18n.register_enum(
    TargetAllocationMethod,
    {
        "even": ("Evenly", "平均分配"),
        "weights": ("By weights", "按权重"),
        "last_year": ("By last year's share", "按上年占比"),
        "manual": ("By hand", "手工"),
    },
)


class AllocationBasis(StrEnum):
    contracts = "contracts"
    payments = "payments"


i18n.register_enum(
    AllocationBasis,
    {"contracts": ("Signed contracts", "签约合同"), "payments": ("Payments received", "回款")},
)


class AllocationChild(RequestModel):
    """One part of the parent: its subject, and by the method its weight or its value; its own
    ``children`` are allocated from it in the same request, by the same method."""

    level: TargetLevel
    territory_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    employee_id: uuid.UUID | None = None
    product_line: ProductLine | None = Field(None, description="Default: the parent's.")
    weight: Weight | None = Field(None, description="Method weights: its share (any scale).")
    value: NonNegativeMoney | None = Field(None, description="Method manual: its number.")
    owner_id: uuid.UUID | None = None
    children: list[AllocationChild] | None = Field(None, max_length=20_000)


class AllocationIn(RequestModel):
    method: TargetAllocationMethod
    basis: AllocationBasis = Field(
        AllocationBasis.contracts,
        description="Method last_year: the share of each child in the contracts signed (or "
        "payments received) in the same period one year earlier.",
    )
    children: list[AllocationChild] = Field(min_length=1, max_length=20_000)


class BalanceWarning(BaseModel):
    parent_id: uuid.UUID
    level: TargetLevel
    metric: TargetMetric
    value: MoneyOut = Field(description="The parent's value.")
    children_total: MoneyOut


class AllocationOut(BaseModel):
    parent: SalesTargetOut
    created: int
    updated: int
    warnings: list[BalanceWarning] = Field(
        description="Parents of the plan whose children do not add up (check_mode warn)."
    )


class RollUpOut(BaseModel):
    updated: int = Field(description="Parents whose value became the sum of their children.")
    warnings: list[BalanceWarning]


class PlanBalanceOut(BaseModel):
    balanced: bool
    warnings: list[BalanceWarning]


class RevisionIn(RequestModel):
    note: LongText | None = Field(None, description="Why the plan is revised.")


class SubmitIn(RequestModel):
    title: Name | None = Field(None, description="The approval request's title.")


class TargetChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    target_id: uuid.UUID
    revision: int
    action: TargetChangeAction
    actor_id: uuid.UUID | None
    actor: Ref | None = ref("employee")
    at: datetime
    from_value: MoneyOut | None
    to_value: MoneyOut | None
    level: TargetLevel
    metric: TargetMetric
    employee_id: uuid.UUID | None
    employee: Ref | None = ref("employee")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    territory_id: uuid.UUID | None
    territory: Ref | None = ref("territory")
    product_line: str | None


class HistoryParams(QueryModel):
    revision: int | None = Field(None, ge=1)
    target_id: uuid.UUID | None = None
    limit: int = Field(200, ge=1, le=1000)


class TargetHistory(BaseModel):
    items: list[TargetChangeOut] = Field(description="Newest first.")


class MissingNumber(BaseModel):
    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    metrics: list[TargetMetric]


class UnstaffedTerritory(BaseModel):
    territory_id: uuid.UUID
    territory: Ref | None = ref("territory")


class CoverageOut(BaseModel):
    complete: bool
    metrics: list[TargetMetric] = Field(description="The metrics the plan sets numbers for.")
    territories_without_responsible: list[UnstaffedTerritory]
    employees_missing: list[MissingNumber]
