"""Queries of territories, their members and rules, and the set-based reassignment of
customers (the dry run and the apply), all in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, case, func, literal, select, true, update

from salescrm.core.clock import utcnow
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
from salescrm.customers.models import Customer
from salescrm.planning.territories.models import Territory, TerritoryMember, TerritoryRule


def _within(territory_id: uuid.UUID) -> ColumnElement[bool]:
    """The territory and its subtree (an indexed prefix match of the paths)."""
    prefix = select(Territory.path).where(Territory.id == territory_id).scalar_subquery()
    return Territory.path.like(prefix.concat("%"))


def subtree_ids(territory_id: uuid.UUID) -> Any:
    """The ids of a territory and of every live territory below it (a subquery)."""
    return select(Territory.id).where(_within(territory_id), Territory.deleted_at.is_(None))


def _in_subtree(territory_id: uuid.UUID) -> ColumnElement[bool]:
    return Territory.id.in_(subtree_ids(territory_id))


class TerritoryRepository(Repository[Territory]):
    model = Territory
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "path": "path",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "parent_id": eq(Territory.parent_id),
        "kind": eq(Territory.kind),
        "active": eq(Territory.active),
        "within": _in_subtree,
    }
    search_columns = ("name", "code")
    unique_fields = ("code",)

    async def is_within(self, candidate: uuid.UUID, root: uuid.UUID) -> bool:
        """Whether ``candidate`` is ``root`` or below it."""
        stmt = select(func.count()).where(Territory.id == candidate, _within(root))
        return bool(await self.session.scalar(stmt))

    async def move_subtree(self, old_path: str, new_path: str, shift: int) -> None:
        """Rewrite the paths and depths of everything below ``old_path`` (not the territory
        itself, which the ORM updates) in one statement."""
        length = len(old_path)
        await self.session.execute(
            update(Territory)
            .where(Territory.path.like(old_path + "%"), Territory.path != old_path)
            .values(
                path=literal(new_path) + func.substr(Territory.path, length + 1),
                depth=Territory.depth + shift,
                updated_at=utcnow(),
                version=Territory.version + 1,
            )
            .execution_options(synchronize_session=False)
        )

    async def has_live_children(self, territory_id: uuid.UUID) -> bool:
        stmt = select(func.count()).where(
            Territory.parent_id == territory_id, Territory.deleted_at.is_(None)
        )
        return bool(await self.session.scalar(stmt))

    async def has_customers(self, territory_id: uuid.UUID) -> bool:
        stmt = (
            select(Customer.id)
            .where(Customer.territory_id == territory_id, Customer.deleted_at.is_(None))
            .limit(1)
        )
        return (await self.session.scalar(stmt)) is not None

    async def live_ids(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        if not ids:
            return set()
        stmt = select(Territory.id).where(Territory.id.in_(ids), Territory.deleted_at.is_(None))
        return set((await self.session.scalars(stmt)).all())


class TerritoryMemberRepository(Repository[TerritoryMember]):
    model = TerritoryMember
    scope_via = ("territory_id", TerritoryRepository)
    filters: ClassVar[dict[str, FilterOp]] = {
        "responsible": eq(TerritoryMember.responsible),
        "employee_id": eq(TerritoryMember.employee_id),
        "department_id": eq(TerritoryMember.department_id),
    }


class TerritoryRuleRepository(Repository[TerritoryRule]):
    model = TerritoryRule
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "priority": "priority",
        "name": "name",
    }
    default_sort = "priority"
    filters: ClassVar[dict[str, FilterOp]] = {
        "territory_id": eq(TerritoryRule.territory_id),
        "active": eq(TerritoryRule.active),
    }
    search_columns = ("name",)

    async def active_rules(self) -> list[TerritoryRule]:
        stmt = (
            select(TerritoryRule)
            .where(TerritoryRule.deleted_at.is_(None), TerritoryRule.active.is_(True))
            .order_by(TerritoryRule.priority, TerritoryRule.created_at, TerritoryRule.id)
        )
        return list((await self.session.scalars(stmt)).all())

    async def every_live(self) -> list[TerritoryRule]:
        stmt = select(TerritoryRule).where(TerritoryRule.deleted_at.is_(None))
        return list((await self.session.scalars(stmt)).all())

    async def uses(self, territory_id: uuid.UUID) -> bool:
        stmt = select(func.count()).where(
            TerritoryRule.territory_id == territory_id, TerritoryRule.deleted_at.is_(None)
        )
        return bool(await self.session.scalar(stmt))


# ----- placing customers ------------------------------------------------------------------------
#: A rule's condition lists and the customer column each one tests.
CONDITIONS = (
    ("provinces", Customer.province),
    ("cities", Customer.city),
    ("industries", Customer.industry),
    ("sizes", Customer.size),
    ("tiers", Customer.tier),
)


def placement(rules: Sequence[Any]) -> ColumnElement[Any]:
    """The territory the rules (in order, each with a ``territory_id`` and condition lists)
    place a customer in, as one CASE over the customer's columns; the current territory when
    none matches."""
    whens = []
    for rule in rules:
        tests = [
            column.in_(list(values))
            for field, column in CONDITIONS
            if (values := getattr(rule, field, None) or [])
        ]
        whens.append((and_(true(), *tests), literal(rule.territory_id, Customer.territory_id.type)))
    if not whens:
        return Customer.territory_id  # type: ignore[return-value]
    return case(*whens, else_=Customer.territory_id)


class PlacementRepository:
    """The customers the rules would move, and the move itself: set-based statements."""

    def __init__(self, session: Any) -> None:
        self.session = session

    @staticmethod
    def _moving(target: ColumnElement[Any]) -> list[ColumnElement[bool]]:
        return [Customer.deleted_at.is_(None), target.is_distinct_from(Customer.territory_id)]

    async def counts(self, target: ColumnElement[Any]) -> list[tuple[Any, Any, int]]:
        to = target.label("to_id")
        stmt = (
            select(Customer.territory_id, to, func.count())
            .where(*self._moving(target))
            .group_by(Customer.territory_id, to)
            .order_by(func.count().desc())
        )
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]

    async def page(
        self, target: ColumnElement[Any], limit: int, after: uuid.UUID | None
    ) -> list[tuple[Any, ...]]:
        stmt = select(
            Customer.id, Customer.owner_id, Customer.territory_id, target.label("to_id")
        ).where(*self._moving(target))
        if after is not None:
            stmt = stmt.where(Customer.id > after)
        stmt = stmt.order_by(Customer.id).limit(limit)
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]

    async def moving(self, target: ColumnElement[Any]) -> list[tuple[Any, ...]]:
        """``(id, owner_id, from, to)`` of every customer that moves."""
        stmt = select(
            Customer.id, Customer.owner_id, Customer.territory_id, target.label("to_id")
        ).where(*self._moving(target))
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]

    async def move(self, target: ColumnElement[Any]) -> int:
        """Every customer to its territory, in one UPDATE."""
        result = await self.session.execute(
            update(Customer)
            .where(*self._moving(target))
            .values(
                territory_id=target,
                updated_at=utcnow(),
                version=Customer.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)

    async def rows_of(self, ids: Sequence[uuid.UUID]) -> list[Customer]:
        stmt = select(Customer).where(Customer.id.in_(ids))
        return list((await self.session.scalars(stmt)).all())

    async def owned_in(
        self, territory_id: uuid.UUID, owner_id: uuid.UUID, within: bool
    ) -> list[uuid.UUID]:
        where = (
            Customer.territory_id.in_(subtree_ids(territory_id))
            if within
            else Customer.territory_id == territory_id
        )
        stmt = (
            select(Customer.id)
            .where(where, Customer.owner_id == owner_id, Customer.deleted_at.is_(None))
            .order_by(Customer.id)
        )
        return list((await self.session.scalars(stmt)).all())
