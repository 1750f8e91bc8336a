"""The derived figures statistics show beside their counts and sums: percentages and averages
to two places, rounded half up, and null when there is nothing to divide by (a rate of 0 % and
no rate at all are different answers)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def percent(part: Decimal | int | None, whole: Decimal | int | None) -> Decimal | None:
    """``part`` in percent of ``whole``; None when ``whole`` is 0 or unknown."""
    if not whole:
        return None
    return (Decimal(part or 0) * 100 / Decimal(whole)).quantize(CENT, ROUND_HALF_UP)


def ratio(total: Decimal | int | None, count: Decimal | int | None) -> Decimal | None:
    """``total / count``; None when ``count`` is 0 or unknown."""
    if not count:
        return None
    return (Decimal(total or 0) / Decimal(count)).quantize(CENT, ROUND_HALF_UP)
