"""SQL pieces of the churn recompute compiled for each engine: whole days between two days,
the later of two days, an amount as exact decimal text (SQLite keeps money as integer cents),
a drop in whole percent, and the JSON list of a customer's reasons."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, case, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


def latest(a: Any, b: Any) -> ColumnElement[date]:
    """The later of two days, either of which may be null (SQLite's ``max(a, b)`` is null
    when one is; PostgreSQL's ``GREATEST`` is not: a CASE says the same on both)."""
    chosen: ColumnElement[date] = type_coerce(
        case((a.is_(None), b), (b.is_(None), a), (a > b, a), else_=b), Date
    )
    return chosen


class money_text(FunctionElement[str]):
    """A non-negative amount (a money column or an expression of them) as ``"12000.00"``."""

    inherit_cache = True
    type = String()


@compiles(money_text)
def _money_pg(element: money_text, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"CAST(CAST({value} AS NUMERIC(20, 2)) AS TEXT)"


@compiles(money_text, "sqlite")
def _money_sqlite(element: money_text, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"printf('%d.%02d', ({value}) / 100, ({value}) % 100)"


class percent_drop(FunctionElement[int]):
    """How far ``recent`` fell below ``prior`` (> 0), in whole percent rounded down; the
    ratio of two amounts, so SQLite's cents cancel out."""

    inherit_cache = True
    type = Integer()


@compiles(percent_drop)
def _drop_pg(element: percent_drop, compiler: SQLCompiler, **kw: Any) -> str:
    recent, prior = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(TRUNC(100 * ({prior} - {recent}) / {prior}) AS INTEGER)"


@compiles(percent_drop, "sqlite")
def _drop_sqlite(element: percent_drop, compiler: SQLCompiler, **kw: Any) -> str:
    recent, prior = (compiler.process(c, **kw) for c in element.clauses)
    return f"((100 * ({prior} - {recent})) / {prior})"


class reasons_agg(FunctionElement[Any]):
    """The JSON list of a group's reasons (code, weight, value, currency, amount)."""

    inherit_cache = True
    type = JSON()


_KEYS = ("code", "weight", "value", "currency", "amount")


@compiles(reasons_agg)
def _agg_pg(element: reasons_agg, compiler: SQLCompiler, **kw: Any) -> str:
    values = [compiler.process(c, **kw) for c in element.clauses]
    pairs = ", ".join(f"'{k}', {v}" for k, v in zip(_KEYS, values, strict=True))
    return f"json_agg(json_build_object({pairs}))"


@compiles(reasons_agg, "sqlite")
def _agg_sqlite(element: reasons_agg, compiler: SQLCompiler, **kw: Any) -> str:
    values = [compiler.process(c, **kw) for c in element.clauses]
    pairs = ", ".join(f"'{k}', {v}" for k, v in zip(_KEYS, values, strict=True))
    return f"json_group_array(json_object({pairs}))"
