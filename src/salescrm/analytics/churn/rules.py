"""The life-cycle rules as SQL: what counts as a purchase, when a customer was last active,
and the stage the rules give each customer with purchases (``target``).

A *purchase* is a live contract that was not terminated (on its sign date), or a won deal
that has no live contract (on the day it was won): a deal that became a contract counts once.
A customer is *inactive* for the days since the later of its last purchase and its last
follow-up. The transitions, in the order they are tried:

1. inactive ``churned_after_days`` or more → churned;
2. inactive ``at_risk_after_days`` or more → at risk (a churned customer stays churned);
3. at risk or churned: a purchase on or after the day it entered that stage brings it back —
   loyal if it qualifies, active otherwise; a follow-up alone does not;
4. a prospect → new (its first purchase), active (two or more) or loyal;
5. new → active with a repeat purchase (two or more), or loyal;
6. active → loyal with ``loyal_min_purchases`` purchases and ``loyal_min_tenure_days`` days
   since the first.

Loyal customers only leave by inactivity; customers without purchases are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from salescrm.analytics.churn.sql import latest
from salescrm.analytics.sql import business_day
from salescrm.customers.models import Customer, Stage
from salescrm.sales.models import Contract, ContractStatus, Opportunity, OpportunityStatus

#: The rule behind each change, by the stages it goes between: (code, Chinese words).
RULE_WORDS: dict[str, str] = {
    "first_purchase": "规则：首次成交",
    "repeat_purchase": "规则：再次采购",
    "loyalty": "规则：采购 {purchases} 次以上且成为客户满 {tenure} 天",
    "purchase_after_risk": "规则：流失风险后再次采购",
    "inactive_at_risk": "规则：{days} 天无采购且无跟进",
    "inactive_churned": "规则：{days} 天无采购且无跟进",
}


@dataclass(frozen=True)
class Thresholds:
    """The rules' numbers, as the SQL reads them."""

    loyal_min_purchases: int
    loyal_min_tenure_days: int
    at_risk_after_days: int
    churned_after_days: int


def rule_of(from_stage: str, to_stage: str) -> str:
    """The rule code of a change the rules made."""
    if to_stage in (Stage.churned, Stage.at_risk):
        return "inactive_churned" if to_stage == Stage.churned else "inactive_at_risk"
    if from_stage in (Stage.at_risk, Stage.churned):
        return "purchase_after_risk"
    return {"new": "first_purchase", "active": "repeat_purchase"}.get(to_stage, "loyalty")


def reason_of(code: str, t: Thresholds) -> str:
    """The words stored as the stage change's reason on the customer's timeline."""
    days = t.churned_after_days if code == "inactive_churned" else t.at_risk_after_days
    return RULE_WORDS[code].format(
        days=days, purchases=t.loyal_min_purchases, tenure=t.loyal_min_tenure_days
    )


def purchases() -> Any:
    """Per customer with any: ``purchases`` (how many), ``first_day`` and ``last_day``."""
    signed = select(
        Contract.customer_id.label("customer_id"), Contract.sign_date.label("day")
    ).where(Contract.deleted_at.is_(None), Contract.status != ContractStatus.terminated.value)
    contracted = exists().where(
        Contract.opportunity_id == Opportunity.id, Contract.deleted_at.is_(None)
    )
    won = select(Opportunity.customer_id, Opportunity.closed_on).where(
        Opportunity.deleted_at.is_(None),
        Opportunity.status == OpportunityStatus.won.value,
        Opportunity.closed_on.is_not(None),
        ~contracted,
    )
    every = union_all(signed, won).subquery("purchase_days")
    return (
        select(
            every.c.customer_id,
            func.count().label("purchases"),
            func.min(every.c.day).label("first_day"),
            func.max(every.c.day).label("last_day"),
        )
        .group_by(every.c.customer_id)
        .subquery("purchases")
    )


def last_touch(bought: Any) -> ColumnElement[date]:
    """The later of the last purchase and the last follow-up (a business day; null: neither)."""
    return latest(bought.c.last_day, business_day(Customer.last_follow_up_at))


def _stage(value: Stage) -> ColumnElement[str]:
    return literal(value.value, String)


def target(bought: Any, t: Thresholds, today: date) -> ColumnElement[str]:
    """The stage the rules give a customer joined with its ``purchases()`` row."""
    count, first = bought.c.purchases, bought.c.first_day
    touch = last_touch(bought)
    stage = Customer.stage
    loyal = and_(
        count >= t.loyal_min_purchases,
        first <= literal(today - timedelta(days=t.loyal_min_tenure_days), Date),
    )
    grade = case(
        (loyal, _stage(Stage.loyal)), (count >= 2, _stage(Stage.active)), else_=_stage(Stage.new)
    )
    entered = business_day(Customer.stage_changed_at)
    back = case((loyal, _stage(Stage.loyal)), else_=_stage(Stage.active))
    result: ColumnElement[str] = case(
        (
            touch <= literal(today - timedelta(days=t.churned_after_days), Date),
            _stage(Stage.churned),
        ),
        (
            touch <= literal(today - timedelta(days=t.at_risk_after_days), Date),
            case((stage == Stage.churned.value, stage), else_=_stage(Stage.at_risk)),
        ),
        (
            stage.in_([Stage.at_risk.value, Stage.churned.value]),
            case((type_day(bought.c.last_day) >= entered, back), else_=stage),
        ),
        (stage == Stage.prospect.value, grade),
        (and_(stage == Stage.new.value, count >= 2), grade),
        (and_(stage == Stage.active.value, loyal), _stage(Stage.loyal)),
        else_=stage,
    )
    return result


def type_day(column: Any) -> ColumnElement[date]:
    """A day column of a union, compared as a day on both engines."""
    result: ColumnElement[date] = type_coerce(column, Date)
    return result


def changes(t: Thresholds, today: date) -> Select[Any]:
    """``(id, owner_id, stage, to_stage)`` of every live customer whose stage the rules move."""
    bought = purchases()
    to = target(bought, t, today)
    columns: list[Any] = [Customer.id, Customer.owner_id, Customer.stage, to.label("to_stage")]
    stmt: Select[Any] = (
        select(*columns)
        .join(bought, bought.c.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None), to != Customer.stage)
    )
    return stmt
