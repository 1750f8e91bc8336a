"""Every query of strategies, plans and targets, starting from the caller's scope."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, cast

from sqlalchemy import (
    Numeric,
    Table,
    Uuid,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased

from salescrm.core import events
from salescrm.core.clock import utcnow
from salescrm.core.db.types import MoneyTotal
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.ids import new_id
from salescrm.core.permissions.scope import owner_clauses
from salescrm.core.permissions.subject import Subject
from salescrm.core.repository import Repository
from salescrm.org.models import Department, Employee, path_of, under
from salescrm.planning.plans.models import (
    SalesPlan,
    SalesStrategy,
    SalesTarget,
    SalesTargetChange,
)
from salescrm.planning.territories.models import Territory, TerritoryMember
from salescrm.platform.imports import AUDIT_LOG, BulkTable
from salescrm.sales.models import Contract, Payment

TARGETS = BulkTable(SalesTarget)
CHANGES = BulkTable(SalesTargetChange)
OUTBOX = BulkTable(events.Event)


class SalesStrategyRepository(Repository[SalesStrategy]):
    model = SalesStrategy
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "period_start": "period_start",
    }
    search_columns = ("name",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "active_on": lambda day: and_(
            SalesStrategy.period_start <= day, SalesStrategy.period_end >= day
        ),
    }

    async def plans(self, strategy_id: uuid.UUID) -> list[SalesPlan]:
        stmt = (
            select(SalesPlan)
            .where(SalesPlan.strategy_id == strategy_id, SalesPlan.deleted_at.is_(None))
            .order_by(SalesPlan.period_start, SalesPlan.name)
        )
        return list(await self.session.scalars(stmt))


class SalesPlanRepository(Repository[SalesPlan]):
    model = SalesPlan
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "period_start": "period_start",
    }
    search_columns = ("name",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "strategy_id": eq(SalesPlan.strategy_id),
        "status": eq(SalesPlan.status),
        "period_kind": eq(SalesPlan.period_kind),
        "period_from": gte(SalesPlan.period_start),
        "period_to": lte(SalesPlan.period_start),
    }

    async def lock(self, plan: SalesPlan) -> None:
        """Writes of one plan's targets queue (PostgreSQL row lock, the plan read again under
        it): two allocations, or an allocation and a submission, never interleave."""
        if self.session.get_bind().dialect.name == "postgresql":
            await self.session.refresh(plan, with_for_update=True)


class SalesTargetRepository(Repository[SalesTarget]):
    model = SalesTarget
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "value": "value",
        "level": "level",
    }
    search_columns = ("product_line",)
    filters: ClassVar[dict[str, FilterOp]] = {
        "plan_id": eq(SalesTarget.plan_id),
        "parent_id": eq(SalesTarget.parent_id),
        "level": eq(SalesTarget.level),
        "metric": eq(SalesTarget.metric),
        "employee_id": eq(SalesTarget.employee_id),
        "department_id": eq(SalesTarget.department_id),
        "territory_id": eq(SalesTarget.territory_id),
        "owner_id": eq(SalesTarget.owner_id),
        "product_line": eq(SalesTarget.product_line),
    }
    unique_fields = ("subject_key",)

    # ----- reads ---------------------------------------------------------------------------
    async def children(self, parent_id: uuid.UUID) -> dict[str, tuple[uuid.UUID, Decimal]]:
        """The live children of a target, whatever the caller's scope: subject key → (id,
        value). Two levels of a request's allocation are read in one statement each."""
        stmt = select(SalesTarget.subject_key, SalesTarget.id, SalesTarget.value).where(
            SalesTarget.parent_id == parent_id, SalesTarget.deleted_at.is_(None)
        )
        return {key: (tid, value) for key, tid, value in await self.session.execute(stmt)}

    async def children_of_many(
        self, parent_ids: Sequence[uuid.UUID]
    ) -> dict[tuple[uuid.UUID, str], tuple[uuid.UUID, Decimal]]:
        if not parent_ids:
            return {}
        stmt = select(
            SalesTarget.parent_id, SalesTarget.subject_key, SalesTarget.id, SalesTarget.value
        ).where(SalesTarget.parent_id.in_(list(parent_ids)), SalesTarget.deleted_at.is_(None))
        found: dict[tuple[uuid.UUID, str], tuple[uuid.UUID, Decimal]] = {}
        for parent, key, tid, value in await self.session.execute(stmt):
            if parent is not None:
                found[parent, key] = (tid, value)
        return found

    async def has_children(self, target_id: uuid.UUID) -> bool:
        stmt = select(
            exists().where(SalesTarget.parent_id == target_id, SalesTarget.deleted_at.is_(None))
        )
        return bool(await self.session.scalar(stmt))

    async def imbalances(
        self, plan_id: uuid.UUID, *, parent_ids: Iterable[uuid.UUID] | None = None
    ) -> list[tuple[uuid.UUID, str, str, Decimal, Decimal]]:
        """``(parent id, level, metric, value, children's total)`` of the plan's parents
        whose live children do not add up to them: one grouped sum over the plan; with
        ``parent_ids``, only those parents."""
        parent = aliased(SalesTarget)
        child = aliased(SalesTarget)
        stmt = (
            select(parent.id, parent.level, parent.metric, parent.value, MoneyTotal(child.value))
            .join(child, child.parent_id == parent.id)
            .where(
                parent.plan_id == plan_id,
                parent.deleted_at.is_(None),
                child.deleted_at.is_(None),
            )
            .group_by(parent.id, parent.level, parent.metric, parent.value)
            .order_by(parent.depth, parent.id)
        )
        if parent_ids is not None:
            stmt = stmt.where(parent.id.in_(list(parent_ids)))
        rows = await self.session.execute(stmt)
        return [
            (pid, level, metric, value, total)
            for pid, level, metric, value, total in rows
            if total != value
        ]

    async def readable_among(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        return set(await self.session.scalars(self.scoped_among(wanted)))

    async def parents_by_depth(self, plan_id: uuid.UUID) -> list[tuple[int, uuid.UUID]]:
        """``(depth, id)`` of the plan's live targets that have live children, deepest first."""
        child = aliased(SalesTarget)
        stmt = (
            select(SalesTarget.depth, SalesTarget.id)
            .where(
                SalesTarget.plan_id == plan_id,
                SalesTarget.deleted_at.is_(None),
                exists().where(child.parent_id == SalesTarget.id, child.deleted_at.is_(None)),
            )
            .order_by(SalesTarget.depth.desc())
        )
        return [(depth, tid) for depth, tid in await self.session.execute(stmt)]

    async def totals_of(self, parent_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
        """The sum of each parent's live children, in one grouped statement."""
        stmt = (
            select(SalesTarget.parent_id, MoneyTotal(SalesTarget.value))
            .where(SalesTarget.parent_id.in_(list(parent_ids)), SalesTarget.deleted_at.is_(None))
            .group_by(SalesTarget.parent_id)
        )
        return {k: v for k, v in await self.session.execute(stmt) if k is not None}

    async def values_of(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
        stmt = select(SalesTarget.id, SalesTarget.value).where(SalesTarget.id.in_(list(ids)))
        return {k: v for k, v in await self.session.execute(stmt)}  # noqa: C416

    async def employee_numbers(self, plan_id: uuid.UUID) -> dict[uuid.UUID, set[str]]:
        """The metrics each employee of the plan has a number for."""
        stmt = (
            select(SalesTarget.employee_id, SalesTarget.metric)
            .where(
                SalesTarget.plan_id == plan_id,
                SalesTarget.level == "employee",
                SalesTarget.deleted_at.is_(None),
            )
            .distinct()
        )
        found: dict[uuid.UUID, set[str]] = {}
        for employee_id, metric in await self.session.execute(stmt):
            if employee_id is not None:
                found.setdefault(employee_id, set()).add(metric)
        return found

    async def plan_metrics(self, plan_id: uuid.UUID) -> list[str]:
        stmt = (
            select(SalesTarget.metric)
            .where(SalesTarget.plan_id == plan_id, SalesTarget.deleted_at.is_(None))
            .distinct()
        )
        return sorted(await self.session.scalars(stmt))

    async def plan_subjects(self, plan_id: uuid.UUID, level_column: Any) -> list[uuid.UUID]:
        stmt = (
            select(level_column)
            .where(
                SalesTarget.plan_id == plan_id,
                SalesTarget.deleted_at.is_(None),
                level_column.is_not(None),
            )
            .distinct()
        )
        return list(await self.session.scalars(stmt))

    async def employee_targets(self, plan_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        stmt = select(SalesTarget.employee_id, SalesTarget.metric).where(
            SalesTarget.plan_id == plan_id,
            SalesTarget.level == "employee",
            SalesTarget.deleted_at.is_(None),
            SalesTarget.employee_id.is_not(None),
        )
        return [(e, m) for e, m in await self.session.execute(stmt) if e is not None]

    # ----- bulk writes ---------------------------------------------------------------------
    async def insert_bulk(
        self, rows: list[dict[str, Any]], changes: list[dict[str, Any]], request_id: str
    ) -> None:
        """Targets created by an allocation, past the ORM: ``COPY`` on PostgreSQL, their
        history rows, audit entries and events beside them."""
        await TARGETS.insert(self.session, rows)
        await CHANGES.insert(self.session, changes)
        actor = self.session.info.get("actor", ("system", None))
        await AUDIT_LOG.insert(
            self.session, TARGETS.audit_rows("sales_target", rows, actor, request_id)
        )
        await OUTBOX.insert(
            self.session, await events.bulk_rows(self.session, SalesTarget, rows, "created")
        )

    async def set_values(
        self,
        values: Mapping[uuid.UUID, Decimal],
        changes: list[dict[str, Any]],
        request_id: str | None = None,
    ) -> None:
        """New values of existing targets past the ORM, with their history, audit entries
        and ``updated`` events: one ``UPDATE … FROM unnest(…)`` on PostgreSQL (an executemany
        UPDATE elsewhere), the rows it changed returned for the events."""
        if not values:
            return
        table: Table = SalesTarget.__table__  # type: ignore[assignment]
        now = utcnow()
        ids = list(values)
        if self.session.get_bind().dialect.name == "postgresql":
            given = select(
                func.unnest(bindparam("ids", ids, type_=ARRAY(Uuid()))).label("id"),
                func.unnest(
                    bindparam("values", list(values.values()), type_=ARRAY(Numeric(18, 2)))
                ).label("value"),
            ).subquery("given")
            stmt = (
                update(table)
                .where(table.c.id == given.c.id)
                .values(value=given.c.value, version=table.c.version + 1, updated_at=now)
                .returning(*table.c)
            )
            rows = [dict(row._mapping) for row in await self.session.execute(stmt)]
        else:
            await self.session.execute(
                update(table)
                .where(table.c.id == bindparam("tid"))
                .values(
                    value=bindparam("new_value"),
                    version=table.c.version + 1,
                    updated_at=bindparam("now"),
                ),
                [{"tid": tid, "new_value": v, "now": now} for tid, v in values.items()],
            )
            rows = []
            for start in range(0, len(ids), 5000):
                chunk = select(table).where(table.c.id.in_(ids[start : start + 5000]))
                rows.extend(dict(row._mapping) for row in await self.session.execute(chunk))
        await CHANGES.insert(self.session, changes)
        actor_type, actor_id = self.session.info.get("actor", ("system", None))
        request = request_id or self.session.info.get("request_id")
        await AUDIT_LOG.insert(
            self.session,
            [
                {
                    "id": new_id(),
                    "occurred_at": now,
                    "actor_type": actor_type,
                    "actor_id": actor_id,
                    "request_id": request,
                    "resource": "sales_target",
                    "record_id": change["target_id"],
                    "action": "update",
                    "changes": {"value": [str(change["from_value"]), str(change["to_value"])]},
                }
                for change in changes
            ],
        )
        await OUTBOX.insert(
            self.session, await events.bulk_rows(self.session, SalesTarget, rows, "updated")
        )
        for record in list(self.session.identity_map.values()):
            if isinstance(record, SalesTarget) and record.id in values:
                await self.session.refresh(record)

    def log(self, change: dict[str, Any]) -> None:
        self.session.add(SalesTargetChange(**change))

    async def history(
        self, plan_id: uuid.UUID, revision: int | None, target_id: uuid.UUID | None, limit: int
    ) -> list[tuple[SalesTargetChange, SalesTarget]]:
        """The plan's changes, newest first, of the targets in the caller's scope."""
        readable = self.scope(select(SalesTarget.id)).where(SalesTarget.plan_id == plan_id)
        stmt = (
            select(SalesTargetChange, SalesTarget)
            .join(SalesTarget, SalesTarget.id == SalesTargetChange.target_id)
            .where(
                SalesTargetChange.plan_id == plan_id,
                SalesTargetChange.target_id.in_(readable.order_by(None)),
            )
            .order_by(SalesTargetChange.at.desc(), SalesTargetChange.id.desc())
            .limit(limit)
        )
        if revision is not None:
            stmt = stmt.where(SalesTargetChange.revision == revision)
        if target_id is not None:
            stmt = stmt.where(SalesTargetChange.target_id == target_id)
        return [(change, target) for change, target in await self.session.execute(stmt)]


class PlanningRefs:
    """The records a plan's targets name: which exist, and what they sold a year before."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def live(self, model: Any, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        found: set[uuid.UUID] = set()
        for start in range(0, len(wanted), 5000):
            chunk = wanted[start : start + 5000]
            stmt = select(model.id).where(model.id.in_(chunk), model.deleted_at.is_(None))
            if model is Employee:
                stmt = stmt.where(Employee.employment_status != "resigned")
            found.update(await self.session.scalars(stmt))
        return found

    async def in_scope(self, subject: Subject, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Which of these are current employees whose records the subject's data scope
        covers (all of them for a subject who sees everything): whose targets they may set."""
        live = await self.live(Employee, ids)
        if not live or subject.sees_everything:
            return live
        clauses = owner_clauses(subject, Employee.id)
        if not clauses:
            return set()
        found: set[uuid.UUID] = set()
        wanted = list(live)
        for start in range(0, len(wanted), 5000):
            stmt = select(Employee.id).where(
                Employee.id.in_(wanted[start : start + 5000]), or_(*clauses)
            )
            found.update(await self.session.scalars(stmt))
        return found

    async def employee_history(
        self, ids: Sequence[uuid.UUID], start: date, end: date, payments: bool
    ) -> dict[uuid.UUID, Decimal]:
        """What each employee signed (or collected) between ``start`` and ``end``."""
        if not ids:
            return {}
        owner = Contract.owner_id
        if payments:
            stmt = (
                select(owner, MoneyTotal(Payment.amount))
                .join(Contract, Contract.id == Payment.contract_id)
                .where(
                    owner.in_(list(ids)),
                    Payment.deleted_at.is_(None),
                    Contract.deleted_at.is_(None),
                    Payment.received_on.between(start, end),
                )
                .group_by(owner)
            )
        else:
            stmt = (
                select(owner, MoneyTotal(Contract.amount))
                .where(
                    owner.in_(list(ids)),
                    Contract.deleted_at.is_(None),
                    Contract.sign_date.between(start, end),
                )
                .group_by(owner)
            )
        return {k: v for k, v in await self.session.execute(stmt)}  # noqa: C416

    async def department_history(
        self, ids: Sequence[uuid.UUID], start: date, end: date, payments: bool
    ) -> dict[uuid.UUID, Decimal]:
        """What the people of each department (and the departments below it) signed or
        collected between ``start`` and ``end``: summed per department in SQL, then each
        department's sum added to the departments asked for that hold it."""
        if not ids:
            return {}
        subtrees = await self._subtrees(ids)
        stmt = (
            select(
                Employee.department_id, MoneyTotal(Payment.amount if payments else Contract.amount)
            )
            .join(Contract, Contract.owner_id == Employee.id)
            .where(
                Contract.deleted_at.is_(None), self._in_subtrees(Employee.department_id, subtrees)
            )
            .group_by(Employee.department_id)
        )
        if payments:
            stmt = stmt.join(Payment, Payment.contract_id == Contract.id).where(
                Payment.deleted_at.is_(None), Payment.received_on.between(start, end)
            )
        else:
            stmt = stmt.where(Contract.sign_date.between(start, end))
        sums = {k: v for k, v in await self.session.execute(stmt)}  # noqa: C416
        paths = await self._paths(sums)
        found: dict[uuid.UUID, Decimal] = {}
        for top, prefix in subtrees.items():
            for department_id, total in sums.items():
                if department_id == top or paths[department_id].startswith(prefix):
                    found[top] = found.get(top, Decimal(0)) + total
        return found

    async def _subtrees(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """Each department's id → the path prefix of the departments below it."""
        stmt = select(Department.id, Department.path).where(Department.id.in_(list(set(ids))))
        return {d: path_of(path, d) for d, path in await self.session.execute(stmt)}

    async def _paths(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        wanted = list(set(ids))
        if not wanted:
            return {}
        stmt = select(Department.id, Department.path).where(Department.id.in_(wanted))
        return {d: f"{path}{d.hex}/" for d, path in await self.session.execute(stmt)}

    @staticmethod
    def _in_subtrees(column: Any, subtrees: Mapping[uuid.UUID, str]) -> Any:
        """``column`` names one of the departments or one below them."""
        below = [
            Department.id.in_(select(Department.id).where(under(Department.path, prefix)))
            for prefix in subtrees.values()
        ]
        inner = select(Department.id).where(or_(*below)) if below else None
        branches = [column.in_(list(subtrees))]
        if inner is not None:
            branches.append(column.in_(inner))
        return or_(*branches)

    async def territory_history(
        self, ids: Sequence[uuid.UUID], start: date, end: date, payments: bool
    ) -> dict[uuid.UUID, Decimal]:
        """What the members of each territory signed or collected (``territory_members``)."""
        members = _members_table()
        if not ids:
            return {}
        stmt = (
            select(
                members.c.territory_id, MoneyTotal(Payment.amount if payments else Contract.amount)
            )
            .join(Contract, Contract.owner_id == members.c.employee_id)
            .where(members.c.territory_id.in_(list(ids)), Contract.deleted_at.is_(None))
            .where(members.c.deleted_at.is_(None))
            .group_by(members.c.territory_id)
        )
        if payments:
            stmt = stmt.join(Payment, Payment.contract_id == Contract.id).where(
                Payment.deleted_at.is_(None), Payment.received_on.between(start, end)
            )
        else:
            stmt = stmt.where(Contract.sign_date.between(start, end))
        return {k: v for k, v in await self.session.execute(stmt)}  # noqa: C416

    async def territories_without_responsible(self, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """Which of these territories have no responsible member."""
        if not ids:
            return []
        members = _members_table()
        conditions = [
            members.c.territory_id == Territory.id,
            members.c.responsible.is_(True),
            members.c.deleted_at.is_(None),
        ]
        stmt = (
            select(Territory.id)
            .where(Territory.id.in_(list(ids)), ~exists().where(*conditions))
            .order_by(Territory.name, Territory.id)
        )
        return list(await self.session.scalars(stmt))

    async def salespeople(
        self, department_ids: Sequence[uuid.UUID], territory_ids: Sequence[uuid.UUID]
    ) -> list[uuid.UUID]:
        """The current salespeople (``is_sales``) of these departments and the ones below
        them, and the members of these territories: who needs a number in the plan."""
        if not department_ids and not territory_ids:
            return []
        branches = []
        if department_ids:
            subtrees = await self._subtrees(department_ids)
            branches.append(self._in_subtrees(Employee.department_id, subtrees))
        members = _members_table()
        if territory_ids:
            member_ids = select(members.c.employee_id).where(
                members.c.territory_id.in_(list(territory_ids)), members.c.deleted_at.is_(None)
            )
            branches.append(Employee.id.in_(member_ids))
        if not branches:
            return []
        stmt = (
            select(Employee.id)
            .where(
                or_(*branches),
                Employee.is_sales.is_(True),
                Employee.deleted_at.is_(None),
                Employee.employment_status != "resigned",
            )
            .order_by(Employee.name, Employee.id)
        )
        return list(await self.session.scalars(stmt))


def _members_table() -> Table:
    """``territory_members`` (the territories area's): who answers for each territory."""
    return cast(Table, TerritoryMember.__table__)
