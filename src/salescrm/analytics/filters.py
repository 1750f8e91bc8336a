"""The one filter set every statistic takes, and how it narrows a statistic's rows.

A statistic describes where its rows keep the columns the filters speak of (``Dimensions``);
``narrow`` turns the filters the caller set into predicates on them. A filter the statistic
has no column for is a 422 ``filter_not_supported`` rather than silently ignored: a director
who filters by product must never read an unfiltered number as a filtered one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import Date, Select, or_, select
from sqlalchemy.sql.elements import ColumnElement

from salescrm.core import i18n
from salescrm.core.clock import day_start, today
from salescrm.core.errors import ValidationFailed, unknown_reference
from salescrm.core.repository import is_live
from salescrm.core.schemas import Currency, PeriodDay, QueryModel, check_period
from salescrm.core.uow import Ctx
from salescrm.customers.models import Customer
from salescrm.org.models import Department, Employee, path_of, under

#: At most this many buckets in one answer (a year of days; ten years of weeks).
MAX_BUCKETS = 1000


class TimeBucket(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


i18n.register_enum(
    TimeBucket,
    {
        "day": ("Day", "日"),
        "week": ("Week", "周"),
        "month": ("Month", "月"),
        "quarter": ("Quarter", "季度"),
        "year": ("Year", "年"),
    },
)

_BUCKET_DAYS = {"day": 1, "week": 7, "month": 28, "quarter": 90, "year": 365}


class StatFilters(QueryModel):
    """The shared filters. The period is ``[date_from, date_to]``, both days included, in the
    business time zone; without them, the 365 days up to today."""

    date_from: PeriodDay | None = Field(
        None, description="First day of the period (default: 364 days before date_to)"
    )
    date_to: PeriodDay | None = Field(None, description="Last day of the period (default: today)")
    bucket: TimeBucket | None = Field(
        None, description="Split the period into days, ISO weeks, months, quarters or years"
    )
    department_id: uuid.UUID | None = Field(
        None, description="Only the records of employees in this department or below it"
    )
    territory_id: uuid.UUID | None = Field(
        None, description="Only customers in this territory or below it"
    )
    employee_id: uuid.UUID | None = Field(None, description="Only this employee's records")
    product_id: uuid.UUID | None = Field(None, description="Only records with this product")
    tier: str | None = Field(None, max_length=20, description="Only customers of this tier code")
    pipeline_id: uuid.UUID | None = Field(None, description="Only deals of this pipeline")
    currency: Currency | None = Field(None, description="Only amounts in this currency")

    @model_validator(mode="after")
    def _period(self) -> StatFilters:
        end = self.date_to or today()
        start = self.date_from or end - timedelta(days=364)
        check_period(start, end, ("date_from", "date_to"), max_years=10)
        if self.bucket is not None and (end - start).days // _BUCKET_DAYS[self.bucket] >= (
            MAX_BUCKETS
        ):
            raise PydanticCustomError(
                "too_many_buckets",
                "At most {max} buckets: choose a longer bucket or a shorter period",
                {"max": MAX_BUCKETS},
            )
        return self

    @property
    def start(self) -> date:
        return self.date_from or self.end - timedelta(days=364)

    @property
    def end(self) -> date:
        return self.date_to or today()

    def used(self) -> dict[str, Any]:
        """The filters the caller set, as JSON (an export's audit entry, a dashboard's echo)."""
        return self.model_dump(mode="json", exclude_defaults=True)


#: The shared filters that narrow by a column a statistic may lack.
NARROWING = (
    "department_id",
    "territory_id",
    "employee_id",
    "product_id",
    "tier",
    "pipeline_id",
    "currency",
)


@dataclass(frozen=True)
class Dimensions:
    """Where a statistic's rows keep what the filters narrow by; ``None``: it has no such
    column, and the filter is a 422 there. ``day`` may be a date or a UTC moment column (its
    business day counts); ``product`` builds the predicate "this row involves the product"."""

    day: Any = None
    employee: Any = None
    customer: Any = None
    product: Callable[[uuid.UUID], ColumnElement[bool]] | None = None
    pipeline: Any = None
    currency: Any = None

    def supports(self) -> tuple[str, ...]:
        """The narrowing filters this statistic honours (its documentation and its 422s)."""
        has = {
            "department_id": self.employee is not None,
            "employee_id": self.employee is not None,
            "territory_id": self.customer is not None,
            "tier": self.customer is not None,
            "product_id": self.product is not None,
            "pipeline_id": self.pipeline is not None,
            "currency": self.currency is not None,
        }
        return tuple(name for name in NARROWING if has[name])


def period(column: Any, start: date, end: date) -> list[ColumnElement[bool]]:
    """``column`` within ``[start, end]``: days compared as days, moments by the business day
    they fall on (an index on the column serves both)."""
    if isinstance(column.type, Date):
        return [column >= start, column <= end]
    return [column >= day_start(start), column < day_start(end + timedelta(days=1))]


def refuse(names: list[str], message: str) -> None:
    """A 422 ``filter_not_supported`` naming each of ``names`` (query parameters the caller
    set that the statistic cannot honour); nothing when ``names`` is empty."""
    if names:
        raise ValidationFailed.of(
            [{"loc": ["query", n], "msg": message, "type": "filter_not_supported"} for n in names]
        )


def no_bucket(f: StatFilters) -> None:
    """A statistic that is one figure per stage, currency or person over the whole period
    refuses a bucket, rather than answering unsplit figures to a caller who asked for split
    ones."""
    refuse(
        ["bucket"] if f.bucket is not None else [], "This statistic cannot be split into buckets"
    )


def snapshot_only(f: StatFilters, what: str = "a snapshot of the last recompute") -> None:
    """A statistic of stored figures (as last recomputed) refuses a period and a bucket."""
    given = [n for n in ("date_from", "date_to", "bucket") if getattr(f, n) is not None]
    refuse(given, f"This statistic is {what}")


async def narrow(ctx: Ctx, stmt: Select[Any], f: StatFilters, dims: Dimensions) -> Select[Any]:
    """``stmt`` narrowed by the period (when ``dims.day``) and every narrowing filter set."""
    supported = dims.supports()
    refuse(
        [n for n in NARROWING if getattr(f, n) is not None and n not in supported],
        "This statistic cannot be filtered by this",
    )
    where: list[ColumnElement[bool]] = []
    if dims.day is not None:
        where += period(dims.day, f.start, f.end)
    if f.employee_id is not None:
        where.append(dims.employee == f.employee_id)
    if f.department_id is not None:
        path = await ctx.session.scalar(
            select(Department.path).where(
                Department.id == f.department_id, Department.deleted_at.is_(None)
            )
        )
        if path is None:
            raise unknown_reference(["query", "department_id"], "department")
        below = path_of(path, f.department_id)
        subtree = select(Department.id).where(
            or_(Department.id == f.department_id, under(Department.path, below))
        )
        people = select(Employee.id).where(Employee.department_id.in_(subtree))
        where.append(dims.employee.in_(people))
    customers: list[ColumnElement[bool]] = []
    if f.tier is not None:
        customers.append(Customer.tier == f.tier)
    if f.territory_id is not None:
        customers.append(await _in_territory(ctx, f.territory_id))
    if customers:
        if dims.customer is Customer.id:
            where += customers
        else:
            where.append(dims.customer.in_(select(Customer.id).where(*customers)))
    if f.product_id is not None and dims.product is not None:
        where.append(dims.product(f.product_id))
    if f.pipeline_id is not None:
        where.append(dims.pipeline == f.pipeline_id)
    if f.currency is not None:
        where.append(dims.currency == f.currency)
    return stmt.where(*where)


async def _in_territory(ctx: Ctx, territory_id: uuid.UUID) -> ColumnElement[bool]:
    from salescrm.planning.territories.models import Territory
    from salescrm.planning.territories.repository import subtree_ids

    if not await is_live(ctx, Territory, territory_id):
        raise unknown_reference(["query", "territory_id"], "territory")
    result: ColumnElement[bool] = Customer.territory_id.in_(subtree_ids(territory_id))
    return result
