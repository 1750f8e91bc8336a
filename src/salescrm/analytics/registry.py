"""The statistics, by name: what each computes, with which filters, answered as which report,
exported with which columns, and who may read it.

``register`` is the one way in. The router (``GET /api/v1/analytics/<name>`` and its export),
the dashboards, ``docs/analytics.md``'s check and the benchmark all iterate ``STATISTICS``,
so a statistic registered by a later domain is served, exported, placed on dashboards and
measured without another line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Self, TypeVar, get_args

from pydantic import BaseModel, Field
from sqlalchemy import text

from salescrm.analytics.filters import Dimensions, StatFilters, TimeBucket
from salescrm.core.errors import Forbidden
from salescrm.core.schemas import UtcDateTime
from salescrm.core.uow import Ctx

#: ``work_mem`` of a statistic's transaction on PostgreSQL.
ANALYTICS_WORK_MEM = "64MB"


class StatReport(BaseModel):
    """What every statistic answers: its name, the period and bucket it covers, when it was
    computed, and its ``rows`` (each report class types them)."""

    statistic: str = Field(description="The statistic's name (its path under /analytics)")
    date_from: date = Field(description="First day of the period covered")
    date_to: date = Field(description="Last day of the period covered")
    bucket: TimeBucket | None = Field(description="How the period is split, if it is")
    generated_at: UtcDateTime = Field(description="When the figures were computed")

    @classmethod
    def of(cls, f: StatFilters, **values: Any) -> Self:
        from salescrm.core.clock import utcnow

        return cls(
            date_from=f.start,
            date_to=f.end,
            bucket=f.bucket,
            generated_at=utcnow(),
            **values,
        )


P = TypeVar("P", bound=StatFilters)
R = TypeVar("R", bound=StatReport)


@dataclass(frozen=True)
class Column:
    """One column of a statistic's export: the row attribute, its Chinese and English
    headers, and the permission without which it is left out (margins)."""

    key: str
    zh: str
    en: str
    permission: str | None = None


@dataclass(frozen=True)
class Statistic(Generic[P, R]):
    name: str
    #: The Chinese title (export file and sheet names, dashboards).
    title: str
    summary: str
    #: Its definition in one sentence (the OpenAPI description and docs/analytics.md).
    definition: str
    #: Every permission the caller needs (the records it counts are read under these).
    permissions: tuple[str, ...]
    params: type[P]
    report: type[R]
    compute: Callable[[Ctx, P], Awaitable[R]]
    #: The export's columns, over ``report.rows``.
    columns: tuple[Column, ...]
    #: The columns the shared filters narrow by (``filters.narrow``).
    dimensions: Dimensions = field(default_factory=Dimensions)
    #: Answers ``statistic`` error types beyond the shared filters' (documented 422s).
    statuses: tuple[int, ...] = (401, 403, 422)

    @property
    def path(self) -> str:
        return "/analytics/" + self.name

    def require(self, ctx: Ctx) -> None:
        for permission in self.permissions:
            if not ctx.subject.can(permission):
                raise Forbidden("forbidden_action", permission=permission)

    async def run(self, ctx: Ctx, params: P) -> R:
        self.require(ctx)
        if ctx.session.get_bind().dialect.name == "postgresql":
            # Sorts and hashes over a million rows in memory rather than spilled to disk, for
            # this transaction only (four of them at once stay far below the server's memory).
            await ctx.session.execute(text(f"SET LOCAL work_mem = '{ANALYTICS_WORK_MEM}'"))
        return await self.compute(ctx, params)

    def rows(self, ctx: Ctx, report: R) -> tuple[list[Column], list[list[Any]]]:
        """The export's visible columns and the cells of every row (margins left out without
        ``margin:read``)."""
        columns = [c for c in self.columns if c.permission is None or ctx.subject.can(c.permission)]
        rows: Sequence[Any] = getattr(report, "rows")  # noqa: B009 — every report has rows
        return columns, [[_cell(row, c.key) for c in columns] for row in rows]


def _cell(row: Any, key: str) -> Any:
    value = row
    for part in key.split("."):
        value = None if value is None else getattr(value, part, None)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum
        return value.value
    return value


STATISTICS: dict[str, Statistic[Any, Any]] = {}


def register(statistic: Statistic[P, R]) -> Statistic[P, R]:
    """Add a statistic. Its report names it in a ``Literal`` ``statistic`` field (with that
    default), so that a dashboard's answer is a union a client tells apart by that field."""
    if statistic.name in STATISTICS:
        raise ValueError(f"statistic {statistic.name!r} registered twice")
    named = statistic.report.model_fields["statistic"]
    if get_args(named.annotation) != (statistic.name,) or named.default != statistic.name:
        raise TypeError(
            f"{statistic.report.__name__}.statistic must be Literal[{statistic.name!r}]"
        )
    STATISTICS[statistic.name] = statistic
    return statistic
