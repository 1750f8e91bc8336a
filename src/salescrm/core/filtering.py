"""Typed list filters: a query-parameter model field maps to one SQL predicate.

Resources declare ``filters = {"category": eq(Product.category), ...}``; the parameter model (a
``ListParams`` subclass) declares the same names with their types, so FastAPI documents and
validates them. A declared parameter without a predicate is a programming error, caught at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select

from salescrm.core.pagination import ListParams

FilterOp = Callable[[Any], ColumnElement[bool]]


def eq(column: Any) -> FilterOp:
    return lambda value: column == value


def gte(column: Any) -> FilterOp:
    return lambda value: column >= value


def lte(column: Any) -> FilterOp:
    return lambda value: column <= value


def one_of(column: Any) -> FilterOp:
    """For list-valued parameters (``?status=a&status=b``)."""
    return lambda values: column.in_(list(values))


#: Parameters that shape the answer rather than choose rows: ``coord_system`` (``core.geo``)
#: and ``expand`` (``core.crud``).
_GENERIC = frozenset(ListParams.model_fields) | {"coord_system", "expand"}


S = TypeVar("S", bound=Select[Any])


def apply_filters(stmt: S, params: BaseModel, filters: Mapping[str, FilterOp]) -> S:
    for name in type(params).model_fields:
        if name in _GENERIC:
            continue
        value = getattr(params, name)
        if value is None or (isinstance(value, list) and not value):
            continue
        try:
            op = filters[name]
        except KeyError:
            raise RuntimeError(f"list parameter {name!r} has no filter predicate") from None
        stmt = stmt.where(op(value))
    return stmt
