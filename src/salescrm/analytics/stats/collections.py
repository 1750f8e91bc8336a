"""Payments collected: the money that came in, per bucket and currency."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, func, select

from salescrm.analytics.filters import Dimensions, StatFilters, narrow
from salescrm.analytics.registry import Column, Statistic, StatReport, register
from salescrm.analytics.scope import in_scope
from salescrm.analytics.sql import bucket_keys
from salescrm.core.db.types import MoneyTotal
from salescrm.core.schemas import MoneyOut
from salescrm.core.uow import Ctx
from salescrm.sales.models import Contract, Payment
from salescrm.sales.repository import ContractRepository


class PaymentsRow(BaseModel):
    period_start: date | None = Field(description="First day of the bucket (none without one)")
    currency: str = Field(description="ISO 4217 code of the amounts")
    payments: int = Field(description="Payments received")
    amount: MoneyOut = Field(description="Amount received")


class PaymentsReport(StatReport):
    statistic: Literal["payments"] = "payments"
    rows: list[PaymentsRow]


DIMENSIONS = Dimensions(
    day=Payment.received_on,
    employee=Contract.owner_id,
    customer=Payment.customer_id,
    currency=Payment.currency,
)


async def payments(ctx: Ctx, f: StatFilters) -> PaymentsReport:
    keys = bucket_keys(f, Payment.received_on)
    stmt: Select[Any] = (
        select(
            *keys,
            Payment.currency,
            func.count().label("payments"),
            MoneyTotal(Payment.amount, "amount"),
        )
        .select_from(Payment)
        .join(Contract, Contract.id == Payment.contract_id)
        .where(Payment.deleted_at.is_(None), *await in_scope(ctx, ContractRepository))
        .group_by(*keys, Payment.currency)
        .order_by(*keys, Payment.currency)
    )
    stmt = await narrow(ctx, stmt, f, DIMENSIONS)
    rows = [
        PaymentsRow(
            period_start=row.period_start if f.bucket else None,
            currency=row.currency,
            payments=row.payments,
            amount=row.amount,
        )
        for row in await ctx.session.execute(stmt)
    ]
    return PaymentsReport.of(f, rows=rows)


register(
    Statistic(
        name="payments",
        title="回款统计",
        summary="Payments collected per bucket and currency",
        definition="The payments received in the period (by the day received), counted and "
        "summed per currency, over the contracts in the caller's scope.",
        permissions=("contract:read", "payment:read"),
        params=StatFilters,
        report=PaymentsReport,
        compute=payments,
        columns=(
            Column("period_start", "期间", "Period"),
            Column("currency", "币种", "Currency"),
            Column("payments", "回款笔数", "Payments"),
            Column("amount", "回款金额", "Amount"),
        ),
        dimensions=DIMENSIONS,
    )
)
