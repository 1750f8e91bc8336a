"""The signals of churn risk: a small registry, so that a later domain adds one by registering
it (issue 20: open complaints, low satisfaction) and the recompute, the score and the words a
rep reads follow without another line.

A signal is one set-based SELECT over the customers it applies to, a row per reason with the
columns ``customer_id, code, weight, value, currency, amount`` (``weight`` > 0: the points it
adds to the score; ``value``: the whole number its words show; ``currency`` and ``amount``: an
amount the words show, as exact decimal text, or null), and its words in English and Chinese
with ``{value}`` and ``{amount}`` (the amount with its currency) in them. A customer's score is
the sum of its reasons' weights, at most 100.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, case, cast, func, literal_column, null, select
from sqlalchemy.sql.elements import ColumnElement

from salescrm.analytics.churn.rules import Thresholds, last_touch, purchases
from salescrm.analytics.churn.sql import money_text, percent_drop
from salescrm.analytics.sql import business_day, days_between
from salescrm.core import i18n
from salescrm.customers.models import Customer
from salescrm.sales.models import Contract, ContractStatus, Installment


@dataclass(frozen=True)
class SignalInput:
    """What every signal may read besides the tables: the day it is computed for and the
    life-cycle rules (their inactivity thresholds)."""

    today: date
    rules: Thresholds


@dataclass(frozen=True)
class Signal:
    code: str
    rows: Callable[[SignalInput], Select[Any]]
    #: The reason in words (English, Chinese), with ``{value}`` and ``{amount}``.
    words: tuple[str, str]


SIGNALS: dict[str, Signal] = {}


def register_signal(signal: Signal) -> Signal:
    """Add a signal (its code once only); its words join the message catalogue."""
    if signal.code in SIGNALS:
        raise ValueError(f"churn signal {signal.code!r} registered twice")
    i18n.register_messages({f"churn_reason.{signal.code}": signal.words})
    SIGNALS[signal.code] = signal
    return signal


def constant(value: int | str) -> ColumnElement[Any]:
    """A constant written into the statement (no parameter whose type a UNION must guess)."""
    if isinstance(value, str):
        return literal_column(f"'{value}'", String)
    return literal_column(str(int(value)))


def no_text() -> ColumnElement[Any]:
    return cast(null(), String)


_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}


def with_currency(currency: str | None, amount: str | None) -> str:
    """``¥12,000.00``: an amount as a rep reads it."""
    if amount is None:
        return ""
    text = f"{Decimal(amount):,.2f}"
    if currency is None:
        return text
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{text}" if symbol else f"{currency} {text}"


def words(code: str, value: int, currency: str | None, amount: str | None) -> str:
    """A stored reason in the request's language (its code, for a signal no longer known)."""
    if code not in SIGNALS:
        return code
    return i18n.message(f"churn_reason.{code}", value=value, amount=with_currency(currency, amount))


# ----- the built-in signals ----------------------------------------------------------------------
#: Inactivity's points: from the rules' churned and at-risk thresholds, and half the latter.
INACTIVE_POINTS = (50, 35, 15)
#: Falling purchases' points by the drop: at least 80 %, 50 %, 20 %.
FALLING_POINTS = (30, 20, 10)
#: Overdue instalments' points: 3 or more, 2, 1.
OVERDUE_POINTS = (20, 15, 10)


def _inactivity(s: SignalInput) -> Select[Any]:
    """Days since the last purchase or follow-up (since the customer was created, for one
    with neither): the points grow at half the at-risk threshold, at it, and at churned."""
    bought = purchases()
    since = func.coalesce(last_touch(bought), business_day(Customer.created_at))
    days = days_between(s.today, since)
    churned, at_risk = s.rules.churned_after_days, s.rules.at_risk_after_days
    half = max(at_risk // 2, 1)
    weight = case(
        (days >= churned, constant(INACTIVE_POINTS[0])),
        (days >= at_risk, constant(INACTIVE_POINTS[1])),
        else_=constant(INACTIVE_POINTS[2]),
    )
    return (
        select(
            Customer.id.label("customer_id"),
            constant("inactivity").label("code"),
            weight.label("weight"),
            days.label("value"),
            no_text().label("currency"),
            no_text().label("amount"),
        )
        .select_from(Customer)
        .outerjoin(bought, bought.c.customer_id == Customer.id)
        .where(Customer.deleted_at.is_(None), Customer.owner_id.is_not(None), days >= half)
    )


def _falling_purchases(s: SignalInput) -> Select[Any]:
    """The amount of contracts signed in the last 12 months (365 days up to today) against
    the 12 months before, per currency: points at a drop of 20 %, 50 % and 80 %."""
    recent_from = s.today - timedelta(days=364)
    prior_from = recent_from - timedelta(days=365)
    zero = constant(0)
    per = (
        select(
            Contract.customer_id.label("customer_id"),
            Contract.currency.label("currency"),
            func.sum(case((Contract.sign_date >= recent_from, Contract.amount), else_=zero)).label(
                "recent"
            ),
            func.sum(case((Contract.sign_date < recent_from, Contract.amount), else_=zero)).label(
                "prior"
            ),
        )
        .where(
            Contract.deleted_at.is_(None),
            Contract.status != ContractStatus.terminated.value,
            Contract.sign_date >= prior_from,
            Contract.sign_date <= s.today,
        )
        .group_by(Contract.customer_id, Contract.currency)
        .subquery("purchase_years")
    )
    recent, prior = per.c.recent, per.c.prior
    weight = case(
        (recent * constant(5) <= prior, constant(FALLING_POINTS[0])),
        (recent * constant(2) <= prior, constant(FALLING_POINTS[1])),
        else_=constant(FALLING_POINTS[2]),
    )
    return select(
        per.c.customer_id,
        constant("falling_purchases").label("code"),
        weight.label("weight"),
        percent_drop(recent, prior).label("value"),
        per.c.currency,
        no_text().label("amount"),
    ).where(prior > zero, recent * constant(5) <= prior * constant(4))


def _overdue_payments(s: SignalInput) -> Select[Any]:
    """Instalments past their due date and not fully received, per currency: how many, and
    what is still owed of them; points for one, two, three or more."""
    count = func.count()
    weight = case(
        (count >= 3, constant(OVERDUE_POINTS[0])),
        (count == 2, constant(OVERDUE_POINTS[1])),
        else_=constant(OVERDUE_POINTS[2]),
    )
    owed = money_text(func.sum(Installment.amount - Installment.received))
    return (
        select(
            Contract.customer_id.label("customer_id"),
            constant("overdue_payments").label("code"),
            weight.label("weight"),
            count.label("value"),
            Contract.currency.label("currency"),
            owed.label("amount"),
        )
        .select_from(Installment)
        .join(Contract, Contract.id == Installment.contract_id)
        .where(
            Installment.deleted_at.is_(None),
            Contract.deleted_at.is_(None),
            Contract.status != ContractStatus.terminated.value,
            Installment.due_date < s.today,
            Installment.received < Installment.amount,
        )
        .group_by(Contract.customer_id, Contract.currency)
    )


register_signal(
    Signal(
        "inactivity",
        _inactivity,
        ("No purchase or follow-up for {value} days", "已 {value} 天无采购和跟进"),
    )
)
register_signal(
    Signal(
        "falling_purchases",
        _falling_purchases,
        (
            "Purchases in the last 12 months fell {value}% from the 12 months before",
            "近 12 个月采购额较前 12 个月下降 {value}%",
        ),
    )
)
register_signal(
    Signal(
        "overdue_payments",
        _overdue_payments,
        ("{value} overdue payments totalling {amount}", "有 {value} 笔逾期回款共 {amount}"),
    )
)
