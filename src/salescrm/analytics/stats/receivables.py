"""Receivables and their ageing: what the contracts in scope were still owed on a day.

The answer is as of ``date_to`` (default today), not "as recorded now": what had been received
by that day (payments received on or before it) fills each contract's instalments in due order,
exactly as ``sales.contracts.allocate`` fills them, so a past day's figures do not change when
later payments arrive. Each unpaid part is aged by the days from its due date to that day.
A contract without a payment plan owes its whole amount on its sign date (the default plan).
Contracts count with their current status: terminated ones are left out.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, case, distinct, exists, func, literal, select, union_all
from sqlalchemy import type_coerce as as_type

from salescrm.analytics.filters import Dimensions, StatFilters, narrow, refuse
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.stats.revenue import (
    CarriedTotal,
    has_product,
    partial_sums,
    rank_by,
)
from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.db.types import Money
from salescrm.core.schemas import MoneyOut
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.org.models import Employee
from salescrm.sales.models import Contract, ContractStatus, Installment, Payment
from salescrm.sales.repository import ContractRepository


class ReceivablesGroupBy(StrEnum):
    total = "total"
    customer = "customer"
    employee = "employee"


i18n.register_enum(
    ReceivablesGroupBy,
    {
        "total": ("Total", "合计"),
        "customer": ("Customer", "客户"),
        "employee": ("Employee", "员工"),
    },
)


class ReceivablesFilters(StatFilters):
    group_by: ReceivablesGroupBy = Field(
        ReceivablesGroupBy.total,
        description="One row per currency (total), or per customer or contract owner",
    )
    limit: int = Field(
        100,
        ge=1,
        le=1000,
        description="group_by customer or employee: at most this many rows per currency, the "
        "largest outstanding first",
    )


class ReceivablesRow(BaseModel):
    group_id: uuid.UUID | None = Field(
        description="The customer or the owner (none for group_by=total and unowned contracts)"
    )
    group_name: str | None = Field(description="Its name")
    currency: str = Field(description="ISO 4217 code of the amounts")
    contracts: int = Field(description="Contracts with something outstanding")
    outstanding: MoneyOut = Field(description="Everything not received yet, due or not")
    not_due: MoneyOut = Field(description="Due after the as-of day")
    days_0_30: MoneyOut = Field(description="Due 0 to 30 days before the as-of day")
    days_31_60: MoneyOut = Field(description="Due 31 to 60 days before")
    days_61_90: MoneyOut = Field(description="Due 61 to 90 days before")
    days_over_90: MoneyOut = Field(description="Due more than 90 days before")


class ReceivablesReport(StatReport):
    statistic: Literal["receivables"] = "receivables"
    as_of: date = Field(description="The day the receivables are taken and aged on (date_to)")
    group_by: ReceivablesGroupBy = Field(description="How the rows are grouped")
    truncated: bool = Field(description="Some currency had more than `limit` groups")
    rows: list[ReceivablesRow]


#: No ``day``: the period does not narrow a snapshot (date_to is its day; date_from refused).
DIMENSIONS = Dimensions(
    employee=Contract.owner_id,
    customer=Contract.customer_id,
    product=has_product,
    currency=Contract.currency,
)

_NAMES: dict[ReceivablesGroupBy, Any] = {
    ReceivablesGroupBy.customer: (Customer, "customer_id"),
    ReceivablesGroupBy.employee: (Employee, "owner_id"),
}


async def _owed(ctx: Ctx, f: ReceivablesFilters, as_of: date) -> Any:
    """One row per instalment still (partly) unpaid on ``as_of``: its contract, owner,
    customer, currency, due date and the amount owed.

    A contract paid nothing after ``as_of`` (every contract when ``as_of`` is today) had
    received by then all it has received: its instalments as ``sales.contracts.allocate``
    filled them (``received``, kept with every payment change) are its state on that day, read
    from the unpaid ones alone. Only a contract paid something since is filled again in SQL
    with the payments received by ``as_of``."""
    paid_later = exists().where(
        Payment.contract_id == Contract.id,
        Payment.deleted_at.is_(None),
        Payment.received_on > as_of,
    )
    signed = [
        *await in_scope(ctx, ContractRepository),
        Contract.status != ContractStatus.terminated,
        Contract.sign_date <= as_of,
    ]
    keys: list[Any] = [
        Contract.id.label("contract_id"),
        Contract.owner_id,
        Contract.customer_id,
        Contract.currency,
    ]
    planned_now = and_(Installment.contract_id == Contract.id, Installment.deleted_at.is_(None))
    unpaid = and_(planned_now, Installment.received < Installment.amount)
    # Not paid after as_of (and owed something now): what is unpaid now was unpaid then.
    still = [*signed, Contract.received < Contract.amount, ~paid_later]
    now_planned = (
        select(
            *keys,
            Installment.due_date,
            as_type(Installment.amount - Installment.received, Money()).label("owed"),
        )
        .join(Installment, unpaid)
        .where(*still)
    )
    # Without a plan (the default plan): the rest of the amount, due on the sign date. (Its
    # own branch: folded into the one above as a left join it costs the parallel plan.)
    now_unplanned = select(
        *keys,
        Contract.sign_date,
        as_type(Contract.amount - Contract.received, Money()),
    ).where(*still, ~exists().where(planned_now))
    columns: list[Any] = [
        Contract.id,
        Contract.owner_id,
        Contract.customer_id,
        Contract.currency,
        Contract.sign_date,
        Contract.amount,
    ]
    live_stmt = select(*columns).where(*signed, paid_later)
    live = (await narrow(ctx, live_stmt, f, DIMENSIONS)).cte("live")
    paid = (
        select(Payment.contract_id, func.sum(Payment.amount).label("paid"))
        .join(live, live.c.id == Payment.contract_id)
        .where(Payment.deleted_at.is_(None), Payment.received_on <= as_of)
        .group_by(Payment.contract_id)
        .subquery("paid")
    )
    planned = and_(Installment.contract_id == live.c.id, Installment.deleted_at.is_(None))
    dues = union_all(
        select(
            live.c.id.label("contract_id"),
            Installment.due_date,
            Installment.position,
            Installment.amount,
        ).join(Installment, planned),
        select(live.c.id, live.c.sign_date, literal(0), live.c.amount).where(
            ~exists().where(planned)
        ),
    ).subquery("dues")
    through = func.sum(dues.c.amount).over(
        partition_by=dues.c.contract_id,
        order_by=(dues.c.due_date, dues.c.position),
        rows=(None, 0),
    )
    filled = (
        select(
            dues.c.contract_id,
            dues.c.due_date,
            dues.c.amount,
            through.label("through"),
            func.coalesce(paid.c.paid, literal(0)).label("paid"),
        )
        .select_from(dues)
        .outerjoin(paid, paid.c.contract_id == dues.c.contract_id)
        .subquery("filled")
    )
    # What the payments leave unpaid of this instalment: all of it when they stop before it,
    # none when they reach past it, the rest of it when they stop inside it.
    owed = as_type(
        case(
            (filled.c.paid >= filled.c.through, literal(0)),
            (filled.c.paid <= filled.c.through - filled.c.amount, filled.c.amount),
            else_=filled.c.through - filled.c.paid,
        ),
        Money(),
    )
    refilled = (
        select(
            live.c.id.label("contract_id"),
            live.c.owner_id,
            live.c.customer_id,
            live.c.currency,
            filled.c.due_date,
            owed.label("owed"),
        )
        .join(live, live.c.id == filled.c.contract_id)
        .where(owed > 0)
    )
    return union_all(
        await narrow(ctx, now_planned, f, DIMENSIONS),
        await narrow(ctx, now_unplanned, f, DIMENSIONS),
        refilled,
    ).subquery("owed")


async def receivables(ctx: Ctx, f: ReceivablesFilters) -> ReceivablesReport:
    refused = [name for name in ("date_from", "bucket") if getattr(f, name) is not None]
    refuse(refused, "Receivables are taken on one day: date_to")
    as_of = f.end
    owed = await _owed(ctx, f, as_of)

    def aged(condition: Any, name: str) -> list[Any]:
        return partial_sums(as_type(case((condition, owed.c.owed)), Money()), name)

    def ago(days: int) -> date:
        return as_of - timedelta(days=days)

    due = owed.c.due_date
    keys: list[Any] = []
    if f.group_by is not ReceivablesGroupBy.total:
        keys = [owed.c[_NAMES[f.group_by][1]].label("key")]
    grouped = (
        select(
            *keys,
            owed.c.currency,
            func.count(distinct(owed.c.contract_id)).label("contracts"),
            *partial_sums(owed.c.owed, "outstanding"),
            *aged(due > as_of, "not_due"),
            *aged(and_(due <= as_of, due >= ago(30)), "days_0_30"),
            *aged(and_(due < ago(30), due >= ago(60)), "days_31_60"),
            *aged(and_(due < ago(60), due >= ago(90)), "days_61_90"),
            *aged(due < ago(90), "days_over_90"),
            rank_by(owed.c.owed, owed.c.currency, keys[0] if keys else owed.c.currency),
        )
        .group_by(*keys, owed.c.currency)
        .subquery("grouped")
    )
    amounts = ("outstanding", "not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90")
    stmt: Select[Any] = select(
        grouped.c.currency,
        grouped.c.contracts,
        grouped.c.rank,
        *(CarriedTotal(grouped, name) for name in amounts),
    ).select_from(grouped)
    if keys:
        named = _NAMES[f.group_by][0]
        # Looked up for the kept rows only (a join would name every group before the cut).
        name = select(named.name).where(named.id == grouped.c.key).scalar_subquery()
        stmt = (
            stmt.add_columns(grouped.c.key, name.label("name"))
            .where(grouped.c.rank <= f.limit + 1)  # one more tells that it cut
            .order_by(grouped.c.currency, grouped.c.rank)
        )
    else:
        stmt = stmt.order_by(grouped.c.currency)
    result = list(await ctx.session.execute(stmt))
    rows = [
        ReceivablesRow(
            group_id=row.key if keys else None,
            group_name=row.name if keys else None,
            currency=row.currency,
            contracts=row.contracts,
            **{name: getattr(row, name) for name in amounts},
        )
        for row in result
        if not keys or row.rank <= f.limit
    ]
    return ReceivablesReport(
        date_from=as_of,  # a snapshot: the period is its one day
        date_to=as_of,
        bucket=None,
        generated_at=utcnow(),
        as_of=as_of,
        group_by=f.group_by,
        truncated=len(rows) < len(result),
        rows=rows,
    )


register(
    Statistic(
        name="receivables",
        title="应收账款账龄",
        summary="Receivables on a day, aged by days past due",
        definition="What the live contracts in the caller's scope signed by date_to still "
        "had to receive on date_to (the payments received by then filling their instalments "
        "in due order), per currency, aged by days past the due date: not yet due, 0–30, "
        "31–60, 61–90 and over 90.",
        permissions=("contract:read", "payment:read"),
        params=ReceivablesFilters,
        report=ReceivablesReport,
        compute=receivables,
        columns=(
            Column("group_name", "分组", "Group"),
            Column("currency", "币种", "Currency"),
            Column("contracts", "合同数", "Contracts"),
            Column("outstanding", "应收余额", "Outstanding"),
            Column("not_due", "未到期", "Not yet due"),
            Column("days_0_30", "逾期0-30天", "0-30 days"),
            Column("days_31_60", "逾期31-60天", "31-60 days"),
            Column("days_61_90", "逾期61-90天", "61-90 days"),
            Column("days_over_90", "逾期90天以上", "Over 90 days"),
        ),
        dimensions=DIMENSIONS,
    )
)
