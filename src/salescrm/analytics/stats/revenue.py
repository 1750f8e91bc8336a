"""Sales and contracts signed: what was sold (amount, quantity, gross margin) by period,
department, employee, product or customer, and the contracts signed per bucket and status.

A contract counts on its sign date. ``sales`` leaves terminated contracts out (what was
cancelled was not sold); ``contracts`` counts every status, so the two differ exactly by the
terminated ones. Groupings with many keys (employee, customer, product, department) answer the
``limit`` largest per currency, ranked in SQL, and say when they cut.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, cast

from pydantic import BaseModel, Field, PlainSerializer
from sqlalchemy import Select, and_, distinct, exists, func, select
from sqlalchemy.orm import Bundle, aliased
from sqlalchemy.sql.elements import ColumnElement, Label

from salescrm.analytics.filters import Dimensions, StatFilters, TimeBucket, narrow, refuse
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_start
from salescrm.catalog.models import Product
from salescrm.core import i18n
from salescrm.core.db.types import MoneyTotal, money_sum
from salescrm.core.schemas import MoneyOut
from salescrm.core.uow import Ctx
from salescrm.core.visibility import restricted
from salescrm.customers.models import Customer
from salescrm.org.models import Department, Employee
from salescrm.sales.models import Contract, ContractLineItem, ContractStatus
from salescrm.sales.repository import ContractRepository

MARGIN = "margin:read"

QuantityOut = Annotated[
    Decimal,
    Field(examples=["12", "2.5"]),
    PlainSerializer(lambda d: format(plain(d), "f"), return_type=str, when_used="json"),
]
"""A summed quantity in a response: a decimal string without trailing zeros."""


def plain(quantity: Decimal) -> Decimal:
    """Without trailing zeros and without an exponent (an export cell writes it as it is)."""
    if quantity == quantity.to_integral():
        return quantity.quantize(Decimal(1))
    return quantity.normalize()


# ----- shared by the ranked statistics (here and in receivables) ----------------------------
def partial_sums(column: Any, name: str) -> list[Label[Any]]:
    """``MoneyTotal(column)``'s two partial sums, labelled for a subquery: a grouped subquery
    can then rank its rows (a window) and the outer select still read the exact total."""
    high, low = MoneyTotal(column).exprs  # (its sums of the high and of the low parts)
    high, low = cast(ColumnElement[Any], high), cast(ColumnElement[Any], low)
    return [high.label(f"{name}_high"), low.label(f"{name}_low")]


class CarriedTotal(MoneyTotal):
    """The exact total of ``partial_sums(…, name)`` read from the subquery ``source``."""

    def __init__(self, source: Any, name: str) -> None:
        Bundle.__init__(self, name, source.c[f"{name}_high"], source.c[f"{name}_low"])


def rank_by(amount: Any, currency: Any, key: Any) -> Label[Any]:
    """Rank of a group within its currency: the largest sum first, ties by key."""
    return (
        func.row_number()
        .over(partition_by=currency, order_by=(money_sum(amount).desc(), key))
        .label("rank")
    )


def has_product(product_id: uuid.UUID) -> ColumnElement[bool]:
    """The contract has a live line of the product (its own alias: the statement may read
    the lines too)."""
    line = aliased(ContractLineItem)
    return exists().where(
        line.contract_id == Contract.id,
        line.product_id == product_id,
        line.deleted_at.is_(None),
    )


DIMENSIONS = Dimensions(
    day=Contract.sign_date,
    employee=Contract.owner_id,
    customer=Contract.customer_id,
    product=has_product,
    currency=Contract.currency,
)


# ----- sales ---------------------------------------------------------------------------------
class SalesGroupBy(StrEnum):
    period = "period"
    department = "department"
    employee = "employee"
    product = "product"
    customer = "customer"


i18n.register_enum(
    SalesGroupBy,
    {
        "period": ("Period", "期间"),
        "department": ("Department", "部门"),
        "employee": ("Employee", "员工"),
        "product": ("Product", "产品"),
        "customer": ("Customer", "客户"),
    },
)


class SalesFilters(StatFilters):
    group_by: SalesGroupBy = Field(
        SalesGroupBy.period,
        description="Rows per bucket (period; bucket default month), per the owner's current "
        "department, per owner, per product (its contract lines) or per customer",
    )
    limit: int = Field(
        100,
        ge=1,
        le=1000,
        description="Groupings other than period: at most this many rows per currency, the "
        "largest amounts first",
    )


class SalesRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (group_by=period)")
    group_id: uuid.UUID | None = Field(
        description="The department, employee, product or customer (none for group_by=period, "
        "and for contracts without an owner)"
    )
    group_name: str | None = Field(description="Its name")
    currency: str = Field(description="ISO 4217 code of the amounts")
    contracts: int = Field(description="Contracts signed (with a line of the product)")
    quantity: QuantityOut = Field(description="Sum of the line quantities (of the product)")
    amount: MoneyOut = Field(description="Amount signed (of the product's lines)")
    margin: MoneyOut | None = restricted(
        MARGIN, description="Gross margin: the sum of the known margins (none if none is known)."
    )
    cost_known: bool | None = restricted(
        MARGIN,
        description="Every contract (line) counted has a known cost, so the margin is whole.",
    )


class SalesReport(StatReport):
    statistic: Literal["sales"] = "sales"
    group_by: SalesGroupBy = Field(description="How the rows are grouped")
    truncated: bool = Field(description="Some currency had more than `limit` groups")
    rows: list[SalesRow]


_NAMES: dict[SalesGroupBy, Any] = {
    SalesGroupBy.department: Department,
    SalesGroupBy.employee: Employee,
    SalesGroupBy.product: Product,
    SalesGroupBy.customer: Customer,
}


async def _facts(ctx: Ctx, f: SalesFilters) -> Any:
    """One row per contract signed (per live line, for group_by=product) with its group key,
    amount, margin and quantity, in scope and narrowed."""
    live = [*await in_scope(ctx, ContractRepository), Contract.status != ContractStatus.terminated]
    stmt: Select[Any]
    if f.group_by is SalesGroupBy.product:
        lines: list[Any] = [
            ContractLineItem.product_id.label("key"),
            ContractLineItem.contract_id,
            Contract.currency,
            ContractLineItem.amount,
            ContractLineItem.margin,
            ContractLineItem.quantity,
        ]
        stmt = (
            select(*lines)
            .select_from(ContractLineItem)
            .join(Contract, Contract.id == ContractLineItem.contract_id)
            .where(ContractLineItem.deleted_at.is_(None), *live)
        )

        def line_product(product_id: uuid.UUID) -> ColumnElement[bool]:
            return ContractLineItem.product_id == product_id

        dims = Dimensions(
            day=DIMENSIONS.day,
            employee=DIMENSIONS.employee,
            customer=DIMENSIONS.customer,
            product=line_product,
            currency=DIMENSIONS.currency,
        )
        return (await narrow(ctx, stmt, f, dims)).subquery("facts")
    stmt = select(*_contract_columns(f)).select_from(Contract).where(*live)
    if f.group_by is SalesGroupBy.department:
        stmt = stmt.outerjoin(Employee, Employee.id == Contract.owner_id)
    return (await narrow(ctx, stmt, f, DIMENSIONS)).subquery("facts")


def _key(f: SalesFilters) -> Any:
    """The group key of a contract (not per product)."""
    keys: dict[SalesGroupBy, Any] = {
        SalesGroupBy.period: bucket_start(Contract.sign_date, f.bucket or TimeBucket.month),
        SalesGroupBy.department: Employee.department_id,
        SalesGroupBy.employee: Contract.owner_id,
        SalesGroupBy.customer: Contract.customer_id,
    }
    return keys[f.group_by]


def _contract_columns(f: SalesFilters) -> list[Any]:
    return [
        _key(f).label("key"),
        Contract.id.label("contract_id"),
        Contract.currency,
        Contract.amount,
        Contract.margin,
    ]


async def _quantities(ctx: Ctx, f: SalesFilters, grouped: Any) -> tuple[Any, Any]:
    """The line quantities of the same contracts as ``_facts`` (not per product), summed per
    group key and currency with one join of the lines (not a look-up per contract): the
    ``(high, low)`` partial sums for a row of ``grouped``. Per customer (many groups) they
    are summed for each row answered (an index look-up of its contracts), otherwise per group
    and joined (the caller joins ``source``, None per customer)."""
    live = [*await in_scope(ctx, ContractRepository), Contract.status != ContractStatus.terminated]
    key = _key(f)
    high, low = partial_sums(ContractLineItem.quantity, "quantity")
    stmt: Select[Any] = (
        select(key.label("key"), Contract.currency, high, low)
        .select_from(Contract)
        .join(
            ContractLineItem,
            and_(
                ContractLineItem.contract_id == Contract.id,
                ContractLineItem.deleted_at.is_(None),
            ),
        )
        .where(*live)
    )
    if f.group_by is SalesGroupBy.department:
        stmt = stmt.outerjoin(Employee, Employee.id == Contract.owner_id)
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    stmt = stmt.group_by(key, Contract.currency)  # (per row answered: one group at most)
    if f.group_by is SalesGroupBy.customer:
        mine = stmt.where(key == grouped.c.key, Contract.currency == grouped.c.currency)
        return None, tuple(mine.with_only_columns(part).scalar_subquery() for part in (high, low))
    source = stmt.subquery("quantities")
    return source, (source.c.quantity_high, source.c.quantity_low)


class PartsTotal(MoneyTotal):
    """The exact total of two partial sums given as expressions (see ``partial_sums``)."""

    def __init__(self, name: str, high: Any, low: Any) -> None:
        Bundle.__init__(self, name, high, low)


async def sales(ctx: Ctx, f: SalesFilters) -> SalesReport:
    by_period = f.group_by is SalesGroupBy.period
    if not by_period and f.bucket is not None:
        refuse(["bucket"], "bucket splits group_by=period only")
    if by_period and f.bucket is None:
        f = f.model_copy(update={"bucket": TimeBucket.month})
    facts = await _facts(ctx, f)
    # Per product a contract has several lines; otherwise a fact is a contract (no sort).
    by_line = f.group_by is SalesGroupBy.product
    quantity = [*partial_sums(facts.c.quantity, "quantity")] if by_line else []
    grouped = (
        select(
            facts.c.key,
            facts.c.currency,
            func.count(distinct(facts.c.contract_id) if by_line else None).label("contracts"),
            func.count().label("counted"),
            func.count(facts.c.margin).label("margins"),
            *partial_sums(facts.c.amount, "amount"),
            *partial_sums(facts.c.margin, "margin"),
            *quantity,
            rank_by(facts.c.amount, facts.c.currency, facts.c.key),
        )
        .group_by(facts.c.key, facts.c.currency)
        .subquery("grouped")
    )
    kept = grouped.c.rank <= f.limit + 1  # one more tells that it cut
    stmt = select(
        grouped.c.key,
        grouped.c.currency,
        grouped.c.contracts,
        grouped.c.counted,
        grouped.c.margins,
        grouped.c.rank,
        CarriedTotal(grouped, "amount"),
        CarriedTotal(grouped, "margin"),
    ).select_from(grouped)
    if by_line:
        stmt = stmt.add_columns(CarriedTotal(grouped, "quantity"))
    else:
        source, parts = await _quantities(ctx, f, grouped)
        stmt = stmt.add_columns(PartsTotal("quantity", *parts))
        if source is not None:
            stmt = stmt.outerjoin(
                source,
                and_(
                    source.c.key.is_not_distinct_from(grouped.c.key),
                    source.c.currency == grouped.c.currency,
                ),
            )
    if by_period:
        stmt = stmt.order_by(grouped.c.key, grouped.c.currency)
    else:
        named = _NAMES[f.group_by]
        # Named for the kept rows only (a join would name every group before the cut).
        name = select(named.name).where(named.id == grouped.c.key).scalar_subquery()
        stmt = (
            stmt.add_columns(name.label("name"))
            .where(kept)
            .order_by(grouped.c.currency, grouped.c.rank)
        )
    result = list(await ctx.session.execute(stmt))
    rows = [
        SalesRow(
            period_start=row.key if by_period else None,
            group_id=None if by_period else row.key,
            group_name=None if by_period else row.name,
            currency=row.currency,
            contracts=row.contracts,
            quantity=plain(row.quantity),
            amount=row.amount,
            margin=row.margin if row.margins else None,
            cost_known=row.margins == row.counted,
        )
        for row in result
        if by_period or row.rank <= f.limit
    ]
    return SalesReport.of(f, group_by=f.group_by, truncated=len(rows) < len(result), rows=rows)


register(
    Statistic(
        name="sales",
        title="销售统计",
        summary="Sales: contracts signed by period, department, employee, product or customer",
        definition="The contracts signed in the period (by sign date, terminated ones left "
        "out) in the caller's scope, counted with their amount, line quantity and gross margin "
        "per currency, grouped by period, the owner's department, the owner, the product of "
        "their lines or the customer.",
        permissions=("contract:read",),
        params=SalesFilters,
        report=SalesReport,
        compute=sales,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("group_name", "分组", "Group"),
            Column("currency", "币种", "Currency"),
            Column("contracts", "合同数", "Contracts"),
            Column("quantity", "数量", "Quantity"),
            Column("amount", "销售额", "Amount"),
            Column("margin", "毛利", "Margin", permission=MARGIN),
        ),
        dimensions=DIMENSIONS,
    )
)


# ----- contracts -----------------------------------------------------------------------------
class ContractsRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    status: ContractStatus = Field(description="The contract's current status")
    currency: str = Field(description="ISO 4217 code of the amounts")
    contracts: int = Field(description="Contracts signed")
    amount: MoneyOut = Field(description="Their amount")


class ContractsReport(StatReport):
    statistic: Literal["contracts"] = "contracts"
    rows: list[ContractsRow]


async def contracts(ctx: Ctx, f: StatFilters) -> ContractsReport:
    keys: list[Any] = (
        [bucket_start(Contract.sign_date, f.bucket).label("period_start")] if f.bucket else []
    )
    stmt: Select[Any] = (
        select(
            *keys,
            Contract.status,
            Contract.currency,
            func.count().label("contracts"),
            MoneyTotal(Contract.amount, "amount"),
        )
        .where(*await in_scope(ctx, ContractRepository))
        .group_by(*keys, Contract.status, Contract.currency)
        .order_by(*keys, Contract.status, Contract.currency)
    )
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    rows = [
        ContractsRow(
            period_start=row.period_start if f.bucket else None,
            status=ContractStatus(row.status),
            currency=row.currency,
            contracts=row.contracts,
            amount=row.amount,
        )
        for row in await ctx.session.execute(stmt)
    ]
    return ContractsReport.of(f, rows=rows)


register(
    Statistic(
        name="contracts",
        title="合同统计",
        summary="Contracts signed per bucket, status and currency",
        definition="The contracts signed in the period (by sign date) in the caller's scope, "
        "counted and summed per current status and currency.",
        permissions=("contract:read",),
        params=StatFilters,
        report=ContractsReport,
        compute=contracts,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("status", "状态", "Status"),
            Column("currency", "币种", "Currency"),
            Column("contracts", "合同数", "Contracts"),
            Column("amount", "合同金额", "Amount"),
        ),
        dimensions=DIMENSIONS,
    )
)
