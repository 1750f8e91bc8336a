"""The set-based recompute of every customer's value insights: one ``DELETE`` and one
``INSERT … SELECT`` with window functions, no loop over customers.

Definitions (docs: "Customer value"):

* A **purchase** is a live contract that is not terminated, on the day it was signed (up to
  today). Payments count when live and made against such a contract.
* **recency_days**: days from the last purchase to today; **frequency**: purchases signed in the
  window (the last ``WINDOW_DAYS`` days, today included); **monetary**: payments received in
  the window; **revenue_12m**: the amount of the purchases signed in the window (ABC's basis);
  **paid_total**: every payment ever. Money counts only in ``REPORTING_CURRENCY``.
* **Scores** (1–5) are ``NTILE(5)`` over the customers with a purchase, ordered by the measure
  (the most recent last purchase, the most purchases, the most money score 5). Customers with
  the same figure share the lowest quintile any of them falls in, so equal figures always get
  equal scores. Customers without a purchase have no scores.
* **Segments** from the recency and frequency scores (``SEGMENTS``).
* **ABC** over the customers with revenue_12m above 0, by revenue: A when the customers with
  more revenue make less than 80 % of the total, B when they make less than 95 %, C otherwise
  (customers with the same revenue share a class).
* **lifetime_value** = paid_total + monetary × ``FUTURE_YEARS``: what the customer paid so far
  plus the last year's payments continued for two more years (null without a purchase).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from salescrm.analytics.insights.models import (
    NO_RECENCY,
    REPORTING_CURRENCY,
    WINDOW_DAYS,
    AbcClass,
    CustomerInsight,
    RfmSegment,
)
from salescrm.core.clock import today, utcnow
from salescrm.core.db import statistics
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer, CustomerTier
from salescrm.sales.models import Contract, ContractStatus, Payment

#: Years of the last window's payments a lifetime value adds to what was paid so far.
FUTURE_YEARS = 2
#: The share of revenue (percent) that the customers before a customer make, below which it
#: is in the class: A below 80, B below 95, C the rest.
ABC_LIMITS = ((AbcClass.A, 80), (AbcClass.B, 95))

#: ``(segment, least recency score, least frequency score, greatest frequency score)`` in the
#: order they are tried; the first match wins, and every pair of scores matches one.
SEGMENTS: tuple[tuple[RfmSegment, int, int, int], ...] = (
    (RfmSegment.champions, 4, 4, 5),
    (RfmSegment.loyal, 3, 3, 5),
    (RfmSegment.new, 4, 1, 2),
    (RfmSegment.potential, 3, 1, 2),
    (RfmSegment.at_risk, 1, 3, 5),
    (RfmSegment.hibernating, 2, 1, 2),
    (RfmSegment.lost, 1, 1, 2),
)


class days_between(FunctionElement[int]):
    """Whole days from the day column ``earlier`` to the day ``later`` (null with either)."""

    inherit_cache = True
    type = Integer()


@compiles(days_between)
def _days_pg(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({later} AS DATE) - {earlier})"


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


ZERO: ColumnElement[Any] = literal_column("0")


async def tier_map(ctx: Ctx) -> dict[AbcClass, str]:
    """The tier each class suggests: the live tiers in rank order (then code), A the first,
    B the second, C the third (the last one when there are fewer)."""
    codes = list(
        await ctx.session.scalars(
            select(CustomerTier.code)
            .where(CustomerTier.deleted_at.is_(None))
            .order_by(CustomerTier.rank, CustomerTier.code)
        )
    )
    if not codes:
        return {}
    return {abc: codes[min(i, len(codes) - 1)] for i, abc in enumerate(AbcClass)}


def _purchases(day: date) -> list[ColumnElement[bool]]:
    return [
        Contract.deleted_at.is_(None),
        Contract.status != ContractStatus.terminated.value,
        Contract.sign_date <= day,
    ]


def statement(day: date, tiers: dict[AbcClass, str]) -> Any:
    """The ``INSERT … SELECT`` writing the row of every live customer with a purchase (the
    window functions rank only them; ``without_purchases`` writes the others)."""
    start = day - timedelta(days=WINDOW_DAYS - 1)
    in_window = Contract.sign_date >= start
    bought = (
        select(
            Contract.customer_id.label("customer_id"),
            func.min(Contract.sign_date).label("first_on"),
            func.max(Contract.sign_date).label("last_on"),
            func.count().label("purchases"),
            func.sum(case((in_window, 1), else_=0)).label("frequency"),
            func.sum(
                case(
                    (and_(in_window, Contract.currency == REPORTING_CURRENCY), Contract.amount),
                    else_=ZERO,
                )
            ).label("revenue"),
        )
        .where(*_purchases(day))
        .group_by(Contract.customer_id)
        .cte("bought")
    )
    paid = (
        select(
            Payment.customer_id.label("customer_id"),
            func.sum(case((Payment.received_on >= start, Payment.amount), else_=ZERO)).label(
                "monetary"
            ),
            func.sum(Payment.amount).label("paid_total"),
        )
        .join(Contract, Contract.id == Payment.contract_id)
        .where(
            Payment.deleted_at.is_(None),
            Payment.currency == REPORTING_CURRENCY,
            Payment.received_on <= day,
            *_purchases(day),
        )
        .group_by(Payment.customer_id)
        .cte("paid")
    )
    base = (
        select(
            Customer.id.label("customer_id"),
            bought.c.first_on,
            bought.c.last_on,
            func.coalesce(bought.c.purchases, 0).label("purchases"),
            func.coalesce(bought.c.frequency, 0).label("frequency"),
            func.coalesce(bought.c.revenue, ZERO).label("revenue"),
            func.coalesce(paid.c.monetary, ZERO).label("monetary"),
            func.coalesce(paid.c.paid_total, ZERO).label("paid_total"),
        )
        .select_from(Customer)
        .join(bought, bought.c.customer_id == Customer.id)
        .outerjoin(paid, paid.c.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None))
        .cte("base")
    )
    b = base.c
    bought_any = b.first_on.is_not(None)
    positive = b.revenue > ZERO

    def ntile(measure: Any) -> Any:
        return func.ntile(5).over(partition_by=bought_any, order_by=(measure, b.customer_id))

    ranked = select(
        *b,
        ntile(b.last_on).label("q_r"),
        ntile(b.frequency).label("q_f"),
        ntile(b.monetary).label("q_m"),
        # The revenue of the customers with more than this one, and of all of them.
        (
            func.sum(b.revenue).over(partition_by=positive, order_by=b.revenue.desc())
            - func.sum(b.revenue).over(partition_by=(positive, b.revenue))
        ).label("before"),
        func.sum(b.revenue).over(partition_by=positive).label("total"),
    ).subquery("ranked")
    k = ranked.c
    has = k.first_on.is_not(None)

    def shared(quintile: Any, measure: Any) -> Any:
        return func.min(quintile).over(partition_by=(has, measure))

    abc = case(
        *(
            (k.before * literal_column("100") < k.total * literal_column(str(limit)), cls.value)
            for cls, limit in ABC_LIMITS
        ),
        else_=AbcClass.C.value,
    )
    scored = select(
        *k,
        shared(k.q_r, k.last_on).label("r"),
        shared(k.q_f, k.frequency).label("f"),
        shared(k.q_m, k.monetary).label("m"),
        case((k.revenue > ZERO, abc), else_=None).label("abc"),
    ).subquery("scored")
    s = scored.c
    bought_s = s.first_on.is_not(None)
    today_ = bindparam("today", day, type_=Date)
    recency = days_between(today_, s.last_on)
    segment = case(
        *(
            (and_(s.r >= r_min, s.f >= f_min, s.f <= f_max), name.value)
            for name, r_min, f_min, f_max in SEGMENTS
        ),
        else_=None,
    )
    suggested = (
        case(*((s.abc == cls.value, literal(code)) for cls, code in tiers.items()), else_=None)
        if tiers
        else literal(None)
    )
    columns: dict[str, Any] = {
        "customer_id": s.customer_id,
        "computed_at": bindparam("computed_at", utcnow(), type_=CustomerInsight.computed_at.type),
        "currency": literal(REPORTING_CURRENCY),
        "first_purchase_on": s.first_on,
        "last_purchase_on": s.last_on,
        "recency_days": recency,
        "recency_key": func.coalesce(recency, NO_RECENCY),
        "frequency": s.frequency,
        "purchases": s.purchases,
        "monetary": s.monetary,
        "paid_total": s.paid_total,
        "revenue_12m": s.revenue,
        "r_score": case((bought_s, s.r), else_=None),
        "f_score": case((bought_s, s.f), else_=None),
        "m_score": case((bought_s, s.m), else_=None),
        "rfm_segment": case((bought_s, segment), else_=None),
        "abc_class": s.abc,
        "suggested_tier": suggested,
        "lifetime_value": case(
            (bought_s, s.paid_total + s.monetary * literal_column(str(FUTURE_YEARS))),
            else_=None,
        ),
        "repeat_purchase": s.purchases >= 2,
        "tenure_days": days_between(today_, s.first_on),
    }
    final = select(*(value.label(name) for name, value in columns.items()))
    return insert(CustomerInsight).from_select(list(columns), final)


def without_purchases(day: date) -> Any:
    """The ``INSERT … SELECT`` writing the row of every live customer still without one (no
    purchase: no scores, no class, nothing paid)."""
    written = select(CustomerInsight.customer_id).where(CustomerInsight.customer_id == Customer.id)
    columns: dict[str, Any] = {
        "customer_id": Customer.id,
        "computed_at": bindparam("computed_at", utcnow(), type_=CustomerInsight.computed_at.type),
        "currency": literal(REPORTING_CURRENCY),
        "recency_key": literal(NO_RECENCY),
        "frequency": literal(0),
        "purchases": literal(0),
        "monetary": ZERO,
        "paid_total": ZERO,
        "revenue_12m": ZERO,
        "repeat_purchase": literal(False),
    }
    final = select(*(value.label(name) for name, value in columns.items())).where(
        Customer.deleted_at.is_(None), ~written.exists()
    )
    return insert(CustomerInsight).from_select(list(columns), final)


async def recompute_value(ctx: Ctx) -> int:
    """Every live customer's value insights, rewritten in two statements; the rows written."""
    session = ctx.session
    tiers = await tier_map(ctx)
    day = today()
    if session.get_bind().dialect.name == "postgresql":
        # The ranking sorts every customer with a purchase a few times: in memory, not on disk.
        await session.execute(text("SET LOCAL work_mem = '64MB'"))
    await session.execute(delete(CustomerInsight))
    await session.execute(statement(day, tiers))
    await session.execute(without_purchases(day))
    written = int(await session.scalar(select(func.count()).select_from(CustomerInsight)) or 0)
    statistics.note(session, CustomerInsight.__tablename__, written)
    return written
