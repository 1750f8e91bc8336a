"""Product request and response bodies."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from salescrm.core.pagination import ListParams
from salescrm.core.schemas import (
    CreateModel,
    Currency,
    MoneyOut,
    NonNegativeMoney,
    RecordOut,
    RequestModel,
)
from salescrm.core.visibility import restricted, restricted_input

#: A product's standard cost is what a deal line's cost is copied from: shown and set only
#: with the permission that shows margins.
MARGIN = "margin:read"
COST = "What one unit costs the company; a deal line's cost is copied from it."

ProductCode = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._/\-]*$",
        description="Unique among live products; letters, digits and . _ / -",
        examples=["CRM-PRO-01"],
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=200, examples=["销售管理系统 专业版"])]
Category = Annotated[str, Field(min_length=1, max_length=100, examples=["软件"])]
Unit = Annotated[str, Field(min_length=1, max_length=20, examples=["套"])]
Description = Annotated[str, Field(max_length=5000)]


class ProductCreate(CreateModel):
    code: ProductCode
    name: Name
    category: Category | None = None
    unit: Unit = "件"
    list_price: NonNegativeMoney
    standard_cost: NonNegativeMoney = restricted_input(MARGIN, Decimal("0.00"), description=COST)
    currency: Currency = "CNY"
    active: bool = True
    description: Description | None = None


class ProductUpdate(RequestModel):
    code: ProductCode | None = None
    name: Name | None = None
    category: Category | None = None
    unit: Unit | None = None
    list_price: NonNegativeMoney | None = None
    standard_cost: NonNegativeMoney | None = restricted_input(MARGIN, None, description=COST)
    currency: Currency | None = None
    active: bool | None = None
    description: Description | None = None


class ProductOut(RecordOut):
    code: str
    name: str
    category: str | None
    unit: str
    list_price: MoneyOut
    standard_cost: MoneyOut | None = restricted(MARGIN, description=COST)
    currency: str
    active: bool
    description: str | None


class ProductListParams(ListParams):
    category: str | None = Field(None, max_length=100, description="Exact category.")
    active: bool | None = Field(None, description="Only active (true) or inactive (false).")
    currency: Currency | None = None
    list_price_min: NonNegativeMoney | None = Field(None, description="List price at least.")
    list_price_max: NonNegativeMoney | None = Field(None, description="List price at most.")
