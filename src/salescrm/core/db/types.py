"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator, TypeEngine

CENT = Decimal("0.01")


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

    def quantize(self, value: Decimal) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-self.scale), rounding=ROUND_HALF_UP)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        amount = self.quantize(Decimal(value))
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
