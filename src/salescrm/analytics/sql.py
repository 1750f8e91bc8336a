"""SQL pieces the statistics share, compiled for each engine: the business day of a moment
and the first day of the bucket (day, week, month, quarter, year) a day falls in."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, String, TypeDecorator, case, func
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from salescrm.core.clock import business_zone_name

BUCKETS = ("day", "week", "month", "quarter", "year")


class DayText(TypeDecorator[date]):
    """A day computed in SQL: a ``date`` on PostgreSQL, ``YYYY-MM-DD`` text on SQLite."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        if isinstance(value, datetime):
            return value.date()
        return date.fromisoformat(str(value)[:10])


class business_day(FunctionElement[date]):
    """The day in the business time zone of a UTC moment column (a date column as it is)."""

    inherit_cache = True
    type = DayText()

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.is_moment = not isinstance(getattr(column, "type", None), Date)


@compiles(business_day)
def _business_day_pg(element: business_day, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    if not element.is_moment:
        return f"CAST({value} AS DATE)"
    return f"CAST(timezone('{business_zone_name()}', {value}) AS DATE)"


@compiles(business_day, "sqlite")
def _business_day_sqlite(element: business_day, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    if not element.is_moment:
        return f"date({value})"
    # SQLite has no time zones: the zone's offset now (Asia/Shanghai keeps +08:00 all year).
    offset = datetime.now(ZoneInfo(business_zone_name())).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    return f"date({value}, '{minutes:+d} minutes')"


class _BucketStart(FunctionElement[date]):
    """The first day of the bucket (ISO weeks start on Monday) a day expression falls in; one
    subclass per bucket, so that the bucket is part of the statement's cache key."""

    inherit_cache = True
    type = DayText()
    bucket = "day"


_BUCKET_CLASSES: dict[str, type[_BucketStart]] = {
    name: type(f"_{name.title()}Start", (_BucketStart,), {"bucket": name, "inherit_cache": True})
    for name in BUCKETS
}


def bucket_start(day: ColumnElement[Any] | Any, bucket: str) -> _BucketStart:
    """``day``'s bucket as its first day (a date column or a ``business_day``)."""
    start: _BucketStart = _BUCKET_CLASSES[bucket](day)
    return start


@compiles(_BucketStart)
def _bucket_pg(element: _BucketStart, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    if element.bucket == "day":
        return f"CAST({value} AS DATE)"
    return f"CAST(date_trunc('{element.bucket}', {value}) AS DATE)"


@compiles(_BucketStart, "sqlite")
def _bucket_sqlite(element: _BucketStart, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    match element.bucket:
        case "day":
            return f"date({value})"
        case "week":  # the next Sunday (or the day itself), then back to its Monday
            return f"date({value}, 'weekday 0', '-6 days')"
        case "month":
            return f"date({value}, 'start of month')"
        case "quarter":
            return (
                f"date({value}, 'start of month', "
                f"'-' || ((CAST(strftime('%m', {value}) AS INTEGER) - 1) % 3) || ' months')"
            )
        case _:
            return f"date({value}, 'start of year')"


def bucket_keys(f: Any, day: Any) -> list[Any]:
    """``[<the bucket of day> AS period_start]`` when the caller asked for buckets, else
    ``[]``: the leading key of a statistic's GROUP BY."""
    return [bucket_start(day, f.bucket).label("period_start")] if f.bucket else []


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet ``condition`` (0 for none), on both engines."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


class days_between(FunctionElement[int]):
    """Whole days from the day ``earlier`` to the day ``later`` (day columns or expressions;
    null with either), on both engines."""

    inherit_cache = True
    type = Integer()


@compiles(days_between)
def _days_between_pg(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(round(julianday({later}) - julianday({earlier})) AS INTEGER)"
