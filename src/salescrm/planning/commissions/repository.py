"""Every query of commissions: plans, statements in the caller's scope, lines through their
statement, and the set-based recomputation of a plan's period.

**Arithmetic.** Money columns are ``NUMERIC(18, 2)`` on PostgreSQL and integer cents on SQLite
(``core.db.types``), so the statements below are written per dialect over *cents*. A line's
commission is the increase of the statement's commission function ``F`` as the running total
passes over it: ``F(x) = Σ rate_t × max(0, min(x, quota × to_t) − quota × from_t)`` over the
bands (marginal). With band bounds in whole percent and rates with two places, ``F`` in units
of 10⁻⁶ cent is an integer: exact on both engines (SQLite's 64-bit integers hold it up to
about 92 billion per statement), rounded half up to the cent once per running total, so a
statement's lines add up exactly to ``F(total)`` rounded.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, String, Uuid, bindparam, delete, func, or_, select, text, update

from salescrm.core.db.types import Money, UTCDateTime
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import ReadRepository, Repository
from salescrm.org.models import Department
from salescrm.planning.commissions.models import (
    CommissionBasis,
    CommissionMeasure,
    CommissionPlan,
    CommissionStatement,
    CommissionStatementLine,
    StatementStatus,
)

Statement = CommissionStatement
Line = CommissionStatementLine


class CommissionPlanRepository(Repository[CommissionPlan]):
    model = CommissionPlan
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "effective_from": "effective_from",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "basis": eq(CommissionPlan.basis),
        "measure": eq(CommissionPlan.measure),
        "period_kind": eq(CommissionPlan.period_kind),
        "active": eq(CommissionPlan.active),
    }
    unique_fields = ("name",)
    search_columns = ("name",)

    async def live_departments(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        if not ids:
            return set()
        rows = await self.session.scalars(
            select(Department.id).where(
                Department.id.in_(list(ids)), Department.deleted_at.is_(None)
            )
        )
        return set(rows)

    async def subtree(self, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """The departments named and every live department below them."""
        if not ids:
            return []
        below = [Department.path.like(f"%/{department.hex}/%") for department in ids]
        rows = await self.session.scalars(
            select(Department.id).where(
                Department.deleted_at.is_(None), or_(Department.id.in_(list(ids)), *below)
            )
        )
        return list(rows)


class CommissionStatementRepository(ReadRepository[CommissionStatement]):
    """Statements in the caller's scope: their employee's (``__scope_column__``)."""

    model = CommissionStatement
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "period_start": "period_start",
        "commission": "commission",
    }
    default_sort = "-period_start"
    filters: ClassVar[dict[str, FilterOp]] = {
        "plan_id": eq(Statement.plan_id),
        "employee_id": eq(Statement.employee_id),
        "period_start": eq(Statement.period_start),
        "status": eq(Statement.status),
    }


class CommissionLineRepository(Repository[CommissionStatementLine]):
    """A statement's lines: visible exactly when the statement is."""

    model = CommissionStatementLine
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "day": "day",
        "amount": "amount",
        "commission": "commission",
    }
    default_sort = "day"
    filters: ClassVar[dict[str, FilterOp]] = {"source": eq(Line.source)}
    scope_via = ("statement_id", CommissionStatementRepository)


@dataclass(frozen=True)
class Period:
    plan: CommissionPlan
    start: date
    end: date


@dataclass(frozen=True)
class Target:
    """Where quotas come from: a statement selecting ``employee_id`` and ``value`` (a money
    column) for the period (``:start``, ``:end``), ``:currency`` and its own parameters."""

    sql: str
    #: Its parameters besides the period's and the currency (``:metric`` …).
    params: dict[str, str]


@dataclass(frozen=True)
class PeriodSummary:
    status: StatementStatus
    statements: int
    lines: int
    total_commission: Decimal


class _Dialect:
    """The few expressions that differ between the engines, over cents."""

    def __init__(self, name: str) -> None:
        self.pg = name == "postgresql"

    def null(self, kind: str) -> str:
        """A typed NULL (PostgreSQL types a bare NULL in a sub-select as text)."""
        return f"CAST(NULL AS {kind})" if self.pg else "NULL"

    def new_id(self) -> str:
        return "gen_random_uuid()" if self.pg else "lower(hex(randomblob(16)))"

    def cents(self, money: str) -> str:
        return f"({money} * 100)" if self.pg else money

    def money(self, cents: str) -> str:
        """Cents as the column stores an amount."""
        return f"(({cents}) / 100)" if self.pg else f"({cents})"

    def rounded_millionths(self, value: str) -> str:
        """A non-negative integer count of 10⁻⁶ cent, rounded half up to whole cents."""
        if self.pg:
            return f"floor(({value} + 500000) / 1000000)"
        return f"(({value} + 500000) / 1000000)"

    def least(self, a: str, b: str) -> str:
        return f"LEAST({a}, {b})" if self.pg else f"MIN({a}, {b})"

    def greatest(self, a: str, b: str) -> str:
        return f"GREATEST({a}, {b})" if self.pg else f"MAX({a}, {b})"

    def percent(self, value: Decimal) -> str:
        """A rate literal as a ``Percent`` column stores it."""
        return str(value) if self.pg else str(int(value * 100))

    def share(self, part: str, whole: str) -> str:
        """``part × margin / amount`` of money columns, rounded to the cent (a payment's
        share of its contract's margin)."""
        if self.pg:
            return f"round({part} / {whole}, 2)"
        return f"CAST(round({part} * 1.0 / {whole}) AS INTEGER)"

    def payment_margin(self) -> str:
        share = (
            "round(p.amount * c.margin / c.amount, 2)"
            if self.pg
            else "CAST(round(p.amount * c.margin * 1.0 / c.amount) AS INTEGER)"
        )
        return f"CASE WHEN c.margin IS NULL OR c.amount = 0 THEN NULL ELSE {share} END"

    def attainment(self, total: str, quota: str) -> str:
        """``total / quota`` in percent with two places, as a ``Money`` column stores it."""
        if self.pg:
            return f"round({total} * 100 / {quota}, 2)"
        return f"CAST(round({total} * 10000.0 / {quota}) AS INTEGER)"


def _commission_function(d: _Dialect, tiers: list[dict[str, Any]], x: str, q: str) -> str:
    """``F(x)`` in 10⁻⁶ cent for ``x`` = total cents × 100 and ``q`` = quota cents."""
    terms = []
    for tier in tiers:
        rate = int(Decimal(str(tier["rate_percent"])) * 100)
        if rate == 0:
            continue
        start = f"{q} * {int(tier['from_percent'])}"
        top = x if tier["to_percent"] is None else d.least(x, f"{q} * {int(tier['to_percent'])}")
        terms.append(f"{rate} * {d.greatest('0', f'{top} - {start}')}")
    return " + ".join(terms) if terms else "0"


def _rate_at(d: _Dialect, tiers: list[dict[str, Any]], x: str, q: str) -> str:
    """The rate of the band ``x`` ends in (the band's top included)."""
    branches = [
        f"WHEN {x} <= {q} * {int(tier['to_percent'])} THEN "
        f"{d.percent(Decimal(str(tier['rate_percent'])))}"
        for tier in tiers[:-1]
    ]
    last = d.percent(Decimal(str(tiers[-1]["rate_percent"])))
    return f"CASE {' '.join(branches)} ELSE {last} END" if branches else last


#: A parameter of the statements below (a ``:name`` not preceded by another colon).
_NAME = re.compile(r"(?<![:\w]):([a-z_]+)\b")
_TYPES: dict[str, Any] = {
    "plan_id": Uuid(),
    "start": Date(),
    "end": Date(),
    "now": UTCDateTime(),
    "period_kind": String(),
    "basis": String(),
    "measure": String(),
    "currency": String(),
    "metric": String(),
    "approved": String(),
    "level": String(),
    "default_quota": Money(),
    "employee_ids": Uuid(),
    "department_ids": Uuid(),
}
_EXPANDING = frozenset({"employee_ids", "department_ids"})


class CommissionComputation:
    """Recomputing one plan's period: a handful of set-based statements, whatever the number
    of employees and contracts."""

    def __init__(self, repo: ReadRepository[Any]) -> None:
        self.session = repo.session
        self.d = _Dialect(self.session.get_bind().dialect.name)

    def _params(self, period: Period, now: datetime) -> dict[str, Any]:
        return {
            "plan_id": period.plan.id,
            "start": period.start,
            "end": period.end,
            "now": now,
        }

    async def _run(self, sql: str, values: dict[str, Any]) -> None:
        """A statement of this module's text, its parameters typed (``_TYPES``)."""
        names = set(_NAME.findall(sql))
        params = [
            bindparam(name, type_=_TYPES[name], expanding=name in _EXPANDING)
            for name in sorted(names)
        ]
        given = {name: value for name, value in values.items() if name in names}
        await self.session.execute(text(sql).bindparams(*params), given)

    async def summary(self, period: Period) -> PeriodSummary:
        row = (
            await self.session.execute(
                select(
                    func.count(Statement.id),
                    func.count(Statement.id).filter(
                        Statement.status == StatementStatus.approved.value
                    ),
                    func.coalesce(func.sum(Statement.line_count), 0),
                    func.coalesce(func.sum(Statement.commission), 0),
                ).where(*self._of(period))
            )
        ).one()
        statements, approved, lines, total = row
        status = StatementStatus.approved if approved else StatementStatus.draft
        return PeriodSummary(
            status, int(statements), int(lines), Money().quantize(Decimal(total or 0))
        )

    def _of(self, period: Period) -> list[Any]:
        return [
            Statement.plan_id == period.plan.id,
            Statement.period_start == period.start,
            Statement.deleted_at.is_(None),
        ]

    async def locked(self, period: Period) -> bool:
        found = await self.session.scalar(
            select(Statement.id)
            .where(*self._of(period), Statement.status == StatementStatus.approved.value)
            .limit(1)
        )
        return found is not None

    async def recompute(
        self,
        period: Period,
        employee_ids: Sequence[uuid.UUID],
        department_ids: Sequence[uuid.UUID],
        target: Target | None,
        now: datetime,
    ) -> None:
        statements = select(Statement.id).where(*self._of(period)).scalar_subquery()
        await self.session.execute(
            delete(Line).where(Line.statement_id.in_(statements)),
            execution_options={"synchronize_session": False},
        )
        await self.session.execute(
            delete(Statement).where(*self._of(period)),
            execution_options={"synchronize_session": False},
        )
        await self._insert_statements(period, employee_ids, department_ids, target, now)
        await self._insert_lines(period, now)
        await self._totals(period)

    async def _insert_statements(
        self,
        period: Period,
        employee_ids: Sequence[uuid.UUID],
        department_ids: Sequence[uuid.UUID],
        target: Target | None,
        now: datetime,
    ) -> None:
        plan, d = period.plan, self.d
        quota = "t.value" if target is not None else "NULL"
        joined = ""
        params: dict[str, Any] = {}
        if target is not None:
            joined = f"LEFT JOIN ({target.sql}) t ON t.employee_id = e.id"
            params.update(target.params)
        sql = f"""
            INSERT INTO commission_statements (
                id, created_at, updated_at, version, plan_id, employee_id, period_kind,
                period_start, period_end, basis, measure, currency, quota, quota_source,
                total_amount, total_margin, attainment_percent, commission_before_cap,
                commission, capped, line_count, status, computed_at
            )
            SELECT {d.new_id()}, :now, :now, 1, :plan_id, e.id, :period_kind, :start, :end,
                :basis, :measure, :currency, COALESCE({quota}, :default_quota),
                CASE WHEN {quota} IS NULL THEN 'default' ELSE 'target' END,
                0, {"0" if plan.measure == CommissionMeasure.margin.value else "NULL"},
                CASE WHEN COALESCE({quota}, :default_quota) = 0 THEN NULL ELSE 0 END,
                0, 0, false, 0, 'draft', :now
            FROM employees e {joined}
            WHERE e.deleted_at IS NULL
              AND (e.id IN :employee_ids OR e.department_id IN :department_ids)
        """  # noqa: S608 - fixed fragments, validated numbers
        params.update(
            self._params(period, now),
            period_kind=plan.period_kind,
            basis=plan.basis,
            measure=plan.measure,
            currency=plan.currency,
            default_quota=plan.default_quota,
            employee_ids=list(employee_ids),
            department_ids=list(department_ids),
        )
        await self._run(sql, params)

    def _sources(self, plan: CommissionPlan) -> str:
        """What counts, one row per contract or payment with its employee and measured value."""
        margin_only = plan.measure == CommissionMeasure.margin.value
        if plan.basis == CommissionBasis.contracts_signed.value:
            basis = "c.margin" if margin_only else "c.amount"
            return f"""
                SELECT c.owner_id AS employee_id, 'contract' AS source, c.id AS contract_id,
                    {self.d.null("uuid")} AS payment_id, c.id AS source_id, c.number AS number,
                    c.sign_date AS day, c.amount AS amount,
                    {"c.margin" if margin_only else self.d.null("numeric")} AS margin,
                    {basis} AS basis
                FROM contracts c
                WHERE c.deleted_at IS NULL AND c.status <> 'terminated'
                  AND c.currency = :currency AND c.sign_date >= :start AND c.sign_date <= :end
                  AND c.owner_id IS NOT NULL {"AND c.margin IS NOT NULL" if margin_only else ""}
            """  # noqa: S608 - fixed fragments, validated numbers
        margin = self.d.payment_margin()
        basis = margin if margin_only else "p.amount"
        return f"""
            SELECT c.owner_id AS employee_id, 'payment' AS source, c.id AS contract_id,
                p.id AS payment_id, p.id AS source_id, c.number AS number,
                p.received_on AS day, p.amount AS amount,
                {margin if margin_only else self.d.null("numeric")} AS margin, {basis} AS basis
            FROM payments p JOIN contracts c ON c.id = p.contract_id
            WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL AND p.currency = :currency
              AND p.received_on >= :start AND p.received_on <= :end
              AND c.owner_id IS NOT NULL
              {f"AND ({margin}) IS NOT NULL" if margin_only else ""}
        """  # noqa: S608 - fixed fragments, validated numbers

    async def _insert_lines(self, period: Period, now: datetime) -> None:
        plan, d = period.plan, self.d
        tiers = list(plan.tiers)
        after = f"{d.cents('w.cumulative')} * 100"
        before = f"{d.cents('(w.cumulative - w.basis)')} * 100"
        quota = d.cents("w.quota")
        earned = (
            f"{d.rounded_millionths(_commission_function(d, tiers, after, quota))}"
            f" - {d.rounded_millionths(_commission_function(d, tiers, before, quota))}"
        )
        sql = f"""
            INSERT INTO commission_statement_lines (
                id, created_at, updated_at, version, statement_id, source, contract_id,
                payment_id, number, day, amount, margin, basis, cumulative, rate_percent,
                commission
            )
            SELECT {d.new_id()}, :now, :now, 1, w.statement_id, w.source, w.contract_id,
                w.payment_id, w.number, w.day, w.amount, w.margin, w.basis, w.cumulative,
                {_rate_at(d, tiers, after, quota)}, {d.money(earned)}
            FROM (
                SELECT s.id AS statement_id, s.quota AS quota, src.source, src.contract_id,
                    src.payment_id, src.number, src.day, src.amount, src.margin, src.basis,
                    SUM(src.basis) OVER (
                        PARTITION BY s.id ORDER BY src.day, src.source_id
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                    ) AS cumulative
                FROM commission_statements s
                JOIN ({self._sources(plan)}) src ON src.employee_id = s.employee_id
                WHERE s.plan_id = :plan_id AND s.period_start = :start
                  AND s.deleted_at IS NULL
            ) w
        """  # noqa: S608 - fixed fragments, validated numbers
        await self._run(sql, {**self._params(period, now), "currency": plan.currency})

    async def _totals(self, period: Period) -> None:
        plan, d = period.plan, self.d
        margin = plan.measure == CommissionMeasure.margin.value
        measured = "t.total_margin" if margin else "t.total_amount"
        before = "t.commission"
        capped = "false"
        paid = before
        if plan.cap is not None:
            cap = str(plan.cap) if d.pg else str(int(plan.cap * 100))
            capped = f"CASE WHEN {before} > {cap} THEN true ELSE false END"
            paid = f"CASE WHEN {before} > {cap} THEN {cap} ELSE {before} END"
        sql = f"""
            UPDATE commission_statements SET
                total_amount = t.total_amount,
                total_margin = {"t.total_margin" if margin else "NULL"},
                commission_before_cap = {before},
                commission = {paid},
                capped = {capped},
                line_count = t.lines,
                attainment_percent = CASE WHEN commission_statements.quota = 0 THEN NULL
                    ELSE {d.attainment(measured, "commission_statements.quota")} END
            FROM (
                SELECT l.statement_id AS statement_id, SUM(l.amount) AS total_amount,
                    COALESCE(SUM(l.margin), 0) AS total_margin,
                    SUM(l.commission) AS commission, COUNT(*) AS lines
                FROM commission_statement_lines l
                JOIN commission_statements s ON s.id = l.statement_id
                WHERE s.plan_id = :plan_id AND s.period_start = :start AND s.deleted_at IS NULL
                GROUP BY l.statement_id
            ) t
            WHERE commission_statements.id = t.statement_id
        """  # noqa: S608 - fixed fragments, validated numbers
        await self._run(sql, {"plan_id": period.plan.id, "start": period.start})

    async def approve(self, period: Period, approver: uuid.UUID | None, now: datetime) -> None:
        await self.session.execute(
            update(Statement)
            .where(
                Statement.plan_id == period.plan.id,
                Statement.period_start == period.start,
                Statement.deleted_at.is_(None),
                Statement.status == StatementStatus.draft.value,
            )
            .values(
                status=StatementStatus.approved.value,
                approved_at=now,
                approved_by_id=approver,
                updated_at=now,
                version=Statement.version + 1,
            ),
            execution_options={"synchronize_session": False},
        )

    async def payees(self, period: Period) -> list[tuple[uuid.UUID, uuid.UUID, Decimal]]:
        """Each statement of the period: its id, employee and commission."""
        rows = await self.session.execute(
            select(Statement.id, Statement.employee_id, Statement.commission).where(
                *self._of(period)
            )
        )
        return [(row[0], row[1], row[2]) for row in rows]
