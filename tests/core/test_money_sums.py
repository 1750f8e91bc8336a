"""Sums of money columns on both engines: exact and never an overflow, whatever the number of
rows (SQLite stores integer cents, whose own ``sum()`` fails past 2^63)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Subquery, column, literal, select, union_all

from salescrm.core.db.types import MONEY_COLUMN_MAX, Money, MoneyTotal, money_sum
from tests.conftest import TestDatabase

#: 20 column-sized amounts (2 × 10^19 cents, past 2^63) and some negative ones with cents.
AMOUNTS = [MONEY_COLUMN_MAX] * 20 + [Decimal("-0.07"), Decimal("-123456789.99"), Decimal("0.01")]


def _rows() -> Subquery:
    """The amounts as rows of a money column (``UNION ALL``: SQLite names no VALUES columns)."""
    return union_all(*(select(literal(a, Money()).label("amount")) for a in AMOUNTS)).subquery()


async def test_money_total_is_exact_past_64_bit_cents(db: TestDatabase) -> None:
    expected = sum(AMOUNTS, Decimal("0.00"))
    assert expected * 100 > 2**63
    rows = _rows()
    async with db.database.sessionmaker() as session:
        total = (await session.execute(select(MoneyTotal(rows.c.amount)))).scalar_one()
        empty = select(MoneyTotal(rows.c.amount)).where(rows.c.amount > MONEY_COLUMN_MAX)
        nothing = (await session.execute(empty)).scalar_one()
    assert (total, nothing) == (expected, Decimal("0.00"))


async def test_money_sum_compares_in_sql_without_failing(db: TestDatabase) -> None:
    rows = _rows()
    summed = select(money_sum(rows.c.amount)).scalar_subquery()
    async with db.database.sessionmaker() as session:
        assert await session.scalar(select(summed > MONEY_COLUMN_MAX)) in (True, 1)
        assert await session.scalar(select(summed < Decimal("0.00"))) in (False, 0)


def test_money_sum_takes_only_money_columns() -> None:
    with pytest.raises(TypeError):
        money_sum(column("n"))  # type: ignore[arg-type]
