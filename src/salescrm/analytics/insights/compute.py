"""The set-based recompute of every customer's value insights: one ``DELETE`` and one
``INSERT … SELECT`` with window functions, no loop over customers. Only customers with a
purchase get a row (a fifth of them at scale); the others' insight is the empty one
(``service.empty_insight``), and ``InsightRun`` keeps when it was computed.

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
  equal scores (computed from ``RANK()`` in one sort per measure). Customers without a purchase
  have no scores.
* **Segments** from the recency and frequency scores (``SEGMENTS``).
* **ABC** over the customers with revenue_12m above 0, by revenue: A when the customers with
  more revenue make less than 80 % of the total, B when they make less than 95 %, C otherwise
  (customers with the same revenue share a class).
* **lifetime_value** = paid_total + monetary × ``FUTURE_YEARS``: what the customer paid so far
  plus the last year's payments continued for two more years (null without a purchase).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
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
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from salescrm.analytics.insights.models import (
    REPORTING_CURRENCY,
    RUN_ID,
    WINDOW_DAYS,
    AbcClass,
    CustomerInsight,
    InsightRun,
    RfmSegment,
)
from salescrm.analytics.sql import days_between
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


def quintile(position: Any, count: Any) -> Any:
    """The ``NTILE(5)`` of the row at ``position`` (1-based) of ``count`` rows: the first
    ``count % 5`` quintiles hold one row more than the others. With the position of the first
    of equal figures (``RANK()``), the lowest quintile any of them falls in."""
    at, n = type_coerce(position, Integer) - 1, type_coerce(count, Integer)
    size, big = n // 5, n % 5
    head = big * (size + 1)
    return case((at < head, at // (size + 1)), else_=big + (at - head) // func.nullif(size, 0)) + 1


def statement(day: date, tiers: dict[AbcClass, str], computed_at: datetime) -> Any:
    """The ``INSERT … SELECT`` writing the row of every live customer with a purchase (the
    window functions rank only them; the others have no row)."""
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
            bought.c.customer_id,
            bought.c.first_on,
            bought.c.last_on,
            bought.c.purchases,
            bought.c.frequency,
            bought.c.revenue,
            func.coalesce(paid.c.monetary, ZERO).label("monetary"),
            func.coalesce(paid.c.paid_total, ZERO).label("paid_total"),
        )
        .select_from(bought)
        .join(Customer, Customer.id == bought.c.customer_id)
        .outerjoin(paid, paid.c.customer_id == bought.c.customer_id)
        .where(Customer.deleted_at.is_(None))
        .cte("base")
    )
    b = base.c
    positive = b.revenue > ZERO
    by_revenue = b.revenue.desc()
    # One sort per measure: the rank of the first customer with the same figure decides the
    # quintile (``quintile``), so equal figures share the lowest one without another sort.
    # ABC's "revenue of the customers with more": the running sum down to this revenue, less
    # this revenue's customers (their number: the running count less those before them).
    ranked = select(
        *b,
        func.rank().over(order_by=b.last_on).label("at_r"),
        func.rank().over(order_by=b.frequency).label("at_f"),
        func.rank().over(order_by=b.monetary).label("at_m"),
        func.count().over().label("n"),
        (
            func.sum(b.revenue).over(order_by=by_revenue)
            - b.revenue
            * (func.count().over(order_by=by_revenue) - func.rank().over(order_by=by_revenue) + 1)
        ).label("before"),
        func.sum(case((positive, b.revenue), else_=ZERO)).over().label("total"),
    ).subquery("ranked")
    s = ranked.c
    abc = case(
        *(
            (s.before * literal_column("100") < s.total * literal_column(str(limit)), cls.value)
            for cls, limit in ABC_LIMITS
        ),
        else_=AbcClass.C.value,
    )
    today_ = bindparam("today", day, type_=Date)
    recency = days_between(today_, s.last_on)
    r, f = quintile(s.at_r, s.n), quintile(s.at_f, s.n)
    segment = case(
        *(
            (and_(r >= r_min, f >= f_min, f <= f_max), name.value)
            for name, r_min, f_min, f_max in SEGMENTS
        ),
        else_=None,
    )
    s_abc = case((s.revenue > ZERO, abc), else_=None)
    suggested = (
        case(*((s_abc == cls.value, literal(code)) for cls, code in tiers.items()), else_=None)
        if tiers
        else literal(None)
    )
    columns: dict[str, Any] = {
        "customer_id": s.customer_id,
        "computed_at": bindparam(
            "computed_at", computed_at, type_=CustomerInsight.computed_at.type
        ),
        "currency": literal(REPORTING_CURRENCY),
        "first_purchase_on": s.first_on,
        "last_purchase_on": s.last_on,
        "recency_days": recency,
        "recency_key": recency,
        "frequency": s.frequency,
        "purchases": s.purchases,
        "monetary": s.monetary,
        "paid_total": s.paid_total,
        "revenue_12m": s.revenue,
        "r_score": r,
        "f_score": f,
        "m_score": quintile(s.at_m, s.n),
        "rfm_segment": segment,
        "abc_class": s_abc,
        "suggested_tier": suggested,
        "lifetime_value": s.paid_total + s.monetary * literal_column(str(FUTURE_YEARS)),
        "repeat_purchase": s.purchases >= 2,
        "tenure_days": days_between(today_, s.first_on),
    }
    final = select(*(value.label(name) for name, value in columns.items()))
    return insert(CustomerInsight).from_select(list(columns), final)


async def recompute_value(ctx: Ctx) -> int:
    """Every live customer's value insights: the rows of the customers with a purchase
    rewritten in one statement (the others' insight is the empty one, not stored), and the
    run's time; the rows written."""
    session = ctx.session
    tiers = await tier_map(ctx)
    day, now = today(), utcnow()
    if session.get_bind().dialect.name == "postgresql":
        # The ranking sorts the customers with a purchase four times (some 200,000 rows at
        # a million customers, 40 MB each): in memory, not on disk.
        await session.execute(text("SET LOCAL work_mem = '64MB'"))
    await session.execute(delete(CustomerInsight))
    await session.execute(statement(day, tiers, now))
    written = int(await session.scalar(select(func.count()).select_from(CustomerInsight)) or 0)
    await session.execute(delete(InsightRun))
    await session.execute(insert(InsightRun).values(id=RUN_ID, computed_at=now, customers=written))
    statistics.note(session, CustomerInsight.__tablename__, written)
    return written
