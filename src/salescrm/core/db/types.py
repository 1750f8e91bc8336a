"""Column types that behave the same on SQLite and PostgreSQL, and the bounds of money.

**Money bounds, defined once.** A money column is ``NUMERIC(18, 2)`` (integer cents on SQLite)
and holds up to ``MONEY_COLUMN_MAX``. No record comes near it: every amount a record holds —
typed by a client (a price, a deal's amount, a payment) or computed from them (a line's amount
and cost, a deal's or contract's total, what was received) — lies within ``MONEY_MAX``, and a
write that would leave it is refused with a 422 before anything is stored. The headroom keeps
differences (amount − cost) and the sums of one record exact in the column, and lets roughly a
thousand records at ``MONEY_MAX`` be summed within SQLite's 64-bit integers. Sums over many
records (reports, screening metrics) are read with ``MoneyTotal`` (exact on both engines, far
past 64 bits) or compared in SQL with ``money_sum``, and shown in a response type without an
upper bound (``core.schemas.MoneyOut``). Quantities lie within ``QUANTITY_MAX``; a line's
amount, quantity × price, is bounded by ``MONEY_MAX`` like any other amount.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric, SQLColumnExpression
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Bundle
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator, TypeEngine

CENT = Decimal("0.01")

#: The largest amount any one record holds, typed or computed (16 digits, as the API has always
#: accepted for a typed amount). Negative amounts (a margin) go as far the other way.
MONEY_MAX = Decimal("99999999999999.99")
#: What a money column can store: ``NUMERIC(18, 2)``. Only a bug writes more than ``MONEY_MAX``.
MONEY_COLUMN_MAX = Decimal("9999999999999999.99")
#: The largest quantity of a line item (four decimal places).
QUANTITY_MAX = Decimal("999999999999.9999")


def within_money_bounds(*amounts: Decimal) -> bool:
    """Whether every amount lies within ``±MONEY_MAX`` (what any one record may hold)."""
    return all(-MONEY_MAX <= amount <= MONEY_MAX for amount in amounts)


def quantize_money(value: Decimal) -> Decimal:
    """Round half-up to two places, the rule used for every stored amount."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes in and out.

    PostgreSQL stores ``timestamptz``; SQLite has no time zone, so values are stored as naive UTC
    and given back their UTC zone on the way out. Naive input is refused rather than guessed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class FixedPoint(TypeDecorator[Decimal]):
    """An exact decimal with a fixed number of places (``scale``).

    PostgreSQL: ``NUMERIC(precision, scale)``. SQLite has no exact decimal type, so values are
    stored as integers in units of the last place (cents for money); sums computed in SQL stay
    exact because ``sum()`` keeps this type and its result is converted back the same way.
    """

    impl = Numeric(18, 2)
    cache_ok = True
    precision = 18
    scale = 2

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal

    @property
    def column_max(self) -> Decimal:
        """The largest magnitude ``NUMERIC(precision, scale)`` stores."""
        return Decimal(10) ** (self.precision - self.scale) - Decimal(1).scaleb(-self.scale)

    def quantize(self, value: Decimal) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-self.scale), rounding=ROUND_HALF_UP)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        """Refused alike on both engines when it does not fit the column (SQLite would store
        up to 2^63 units, PostgreSQL fails the statement): callers check the bounds first, so
        this is a bug's last line of defence, never a way to report bad input."""
        if value is None:
            return None
        amount = self.quantize(Decimal(value))
        if abs(amount) > self.column_max:
            raise ValueError(f"{amount} does not fit NUMERIC({self.precision}, {self.scale})")
        return int(amount.scaleb(self.scale)) if dialect.name == "sqlite" else amount

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return self.quantize(Decimal(int(value)).scaleb(-self.scale))
        return self.quantize(Decimal(value))


class Money(FixedPoint):
    """An exact amount with two decimal places (``NUMERIC(18, 2)``; integer cents on SQLite)."""

    impl = Numeric(18, 2)
    cache_ok = True


class Quantity(FixedPoint):
    """A quantity of goods with up to four decimal places (``NUMERIC(18, 4)``): pieces, but
    also kilograms or square metres."""

    impl = Numeric(18, 4)
    cache_ok = True
    scale = 4


class Percent(FixedPoint):
    """A percentage with two decimal places, 0.00 to 100.00 (``NUMERIC(5, 2)``)."""

    impl = Numeric(5, 2)
    cache_ok = True
    precision = 5


# ----- sums that cannot overflow -------------------------------------------------------------
#: SQLite sums the stored integers in two parts, ``x / _SPLIT`` and ``x % _SPLIT`` (both round
#: toward zero, so ``x`` is exactly ``high × _SPLIT + low``): a column value is below 10^18, so
#: each part of a row is below 10^9 and neither partial sum overflows before 9 × 10^9 rows.
_SPLIT = 1_000_000_000


def _fixed_point(column: SQLColumnExpression[Decimal | None]) -> FixedPoint:
    kind = getattr(column, "type", None)
    if not isinstance(kind, FixedPoint):
        raise TypeError("a money sum takes a FixedPoint column")
    return kind


class _HighPart(TypeDecorator[Decimal]):
    """The high partial sum read back as an amount: on SQLite it counts ``_SPLIT`` units."""

    impl = Numeric
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value) * _SPLIT).scaleb(-self.scale)
        return Decimal(value)


class _SumHigh(FunctionElement[Decimal]):
    """PostgreSQL: the whole ``NUMERIC`` sum. SQLite: the sum of the high parts."""

    inherit_cache = True

    def __init__(self, column: SQLColumnExpression[Decimal | None]) -> None:
        super().__init__(column)
        self.type = _HighPart(_fixed_point(column).scale)


class _SumLow(FunctionElement[Decimal]):
    """PostgreSQL: nothing (0). SQLite: the sum of the low parts, in the column's units."""

    inherit_cache = True

    def __init__(self, column: SQLColumnExpression[Decimal | None]) -> None:
        super().__init__(column)
        self.type = _fixed_point(column)


class money_sum(FunctionElement[Decimal]):
    """``sum()`` of a money column as one SQL expression, for SQL to compare or sort (the
    key-account screening); 0 without rows. To read a sum, select ``MoneyTotal``.

    PostgreSQL sums ``NUMERIC`` exactly at any size. SQLite's ``sum()`` of integers fails
    ("integer overflow") past 2^63 units — about 922 records at ``MONEY_MAX`` — so the parts
    are summed apart and joined in SQL: exact while the total fits 64 bits
    (±92 233 720 368 547 758.07); past that SQLite turns the join into a REAL instead of
    failing, which still compares correctly with any bound a caller can give (those fit the
    column, a hundred times below 2^63 cents).
    """

    name = "money_sum"
    inherit_cache = True

    def __init__(self, column: SQLColumnExpression[Decimal | None]) -> None:
        super().__init__(column)
        self.type = _fixed_point(column)


@compiles(money_sum)
def _money_sum(element: money_sum, compiler: SQLCompiler, **kw: Any) -> str:
    return f"coalesce(sum({compiler.process(element.clauses, **kw)}), 0)"


@compiles(money_sum, "sqlite")
def _money_sum_sqlite(element: money_sum, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"coalesce(sum({value} / {_SPLIT}) * {_SPLIT} + sum({value} % {_SPLIT}), 0)"


@compiles(_SumHigh)
def _sum_high(element: _SumHigh, compiler: SQLCompiler, **kw: Any) -> str:
    return f"sum({compiler.process(element.clauses, **kw)})"


@compiles(_SumHigh, "sqlite")
def _sum_high_sqlite(element: _SumHigh, compiler: SQLCompiler, **kw: Any) -> str:
    return f"sum({compiler.process(element.clauses, **kw)} / {_SPLIT})"


@compiles(_SumLow)
def _sum_low(element: _SumLow, compiler: SQLCompiler, **kw: Any) -> str:
    return "0"


@compiles(_SumLow, "sqlite")
def _sum_low_sqlite(element: _SumLow, compiler: SQLCompiler, **kw: Any) -> str:
    return f"sum({compiler.process(element.clauses, **kw)} % {_SPLIT})"


class MoneyTotal(Bundle[Decimal]):
    """The exact sum of a money column, at any size and on both engines, read as one value of
    each row (``select(..., MoneyTotal(Deal.amount), ...)`` run through a session); 0 without
    rows.

    PostgreSQL sums ``NUMERIC`` (exact at any size); SQLite sums the two parts of its integer
    cents, neither of which overflows before 9 × 10^9 rows, and they are joined here in
    ``Decimal`` (28 digits: exact up to 10^26). Reports and totals read sums this way, so the
    number of records cannot make them fail or round.
    """

    def __init__(self, column: SQLColumnExpression[Decimal | None], name: str = "total") -> None:
        super().__init__(name, _SumHigh(column), _SumLow(column))

    def create_row_processor(
        self, query: Any, procs: Sequence[Callable[[Any], Any]], labels: Sequence[str]
    ) -> Callable[[Any], Decimal]:
        high, low = procs

        def total(row: Any) -> Decimal:
            return (high(row) or Decimal("0.00")) + (low(row) or Decimal("0.00"))

        return total
