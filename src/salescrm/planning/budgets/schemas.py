"""The bodies and answers of budgets and of the budget-vs-actual summary."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, Field, PlainSerializer, model_validator

from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    CreateModel,
    Currency,
    Day,
    MoneyOut,
    NonNegativeMoney,
    Percent,
    PercentOut,
    QueryModel,
    RecordOut,
    RequestModel,
)
from salescrm.core.schemas import period_in_order as _period
from salescrm.work.forms import ExpenseCategory

Name = Annotated[str, Field(min_length=1, max_length=200, examples=["华东差旅预算"])]
LongText = Annotated[str, Field(min_length=1, max_length=10_000)]
AlertShare = Annotated[
    Percent,
    Field(
        description="The percent of the amount whose crossing alerts the owner (default 80).",
        examples=["80.00"],
    ),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json"),
]
ShareOut = PercentOut


class BudgetCreate(CreateModel):
    name: Name
    department_id: uuid.UUID | None = Field(
        None, description="The department it is for (with its sub-departments); or territory_id."
    )
    territory_id: uuid.UUID | None = Field(
        None, description="The territory it is for (with its sub-territories); or department_id."
    )
    period_start: Day
    period_end: Day
    category: ExpenseCategory
    amount: NonNegativeMoney
    currency: Currency = "CNY"
    alert_share: AlertShare = Decimal("80")
    owner_id: uuid.UUID | None = Field(None, description="Who is alerted. Default: the caller.")
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> BudgetCreate:
        return _period(self)


class BudgetUpdate(RequestModel):
    name: Name | None = None
    department_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    period_start: Day | None = None
    period_end: Day | None = None
    category: ExpenseCategory | None = None
    amount: NonNegativeMoney | None = None
    currency: Currency | None = None
    alert_share: AlertShare | None = None
    owner_id: uuid.UUID | None = None
    description: LongText | None = None

    @model_validator(mode="after")
    def _check(self) -> BudgetUpdate:
        return _period(self)


class BudgetOut(RecordOut):
    name: str
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    territory_id: uuid.UUID | None
    territory: Ref | None = ref("territory")
    period_start: date
    period_end: date
    category: ExpenseCategory
    amount: MoneyOut
    currency: str
    alert_share: ShareOut
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    description: str | None
    actual: MoneyOut | None = Field(
        None,
        description="The approved expense claims in the budget's category and currency, spent "
        "within its period, by applicants in its department tree (or on customers in its "
        "territory tree).",
    )
    remaining: MoneyOut | None = Field(None, description="amount − actual (negative: overspent).")
    used_share: ShareOut | None = Field(
        None, description="actual ÷ amount in percent; null when the amount is 0."
    )


class BudgetListParams(ListParams):
    department_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    category: ExpenseCategory | None = None
    currency: Currency | None = None
    owner_id: uuid.UUID | None = None
    active_on: Day | None = Field(None, description="Budgets whose period covers this day.")


class BudgetSummaryParams(QueryModel):
    period_start: Day = Field(description="Budgets whose period overlaps [period_start, …].")
    period_end: Day = Field(description="… period_end]; at most 5 years after period_start.")
    department_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    category: ExpenseCategory | None = None
    currency: Currency | None = None

    @model_validator(mode="after")
    def _check(self) -> BudgetSummaryParams:
        return _period(self)


class BudgetSummaryRow(BaseModel):
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    territory_id: uuid.UUID | None
    territory: Ref | None = ref("territory")
    category: ExpenseCategory
    currency: str
    budgets: int
    amount: MoneyOut
    actual: MoneyOut
    remaining: MoneyOut
    used_share: ShareOut | None


class BudgetSummary(BaseModel):
    period_start: date
    period_end: date
    rows: list[BudgetSummaryRow]
