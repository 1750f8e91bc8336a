"""What the customers context asks of territories: whether a territory exists, and where the
active rules place one customer (the first matching rule, by priority)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.core.errors import unknown_reference
from salescrm.planning.territories.models import Territory, TerritoryRule

#: The customer fields the rules read, and the rule list each one is tested against.
RULE_FIELDS = {
    "province": "provinces",
    "city": "cities",
    "industry": "industries",
    "size": "sizes",
    "tier": "tiers",
}


async def check_territory(
    session: AsyncSession, territory_id: uuid.UUID, loc: Sequence[str | int]
) -> None:
    """422 ``not_found`` naming ``loc`` unless a live territory has this id."""
    found = await session.scalar(
        select(Territory.id).where(Territory.id == territory_id, Territory.deleted_at.is_(None))
    )
    if found is None:
        raise unknown_reference(loc, "territory")


def matches(rule: Any, fields: Mapping[str, Any]) -> bool:
    for field, conditions in RULE_FIELDS.items():
        accepted = getattr(rule, conditions) or []
        if accepted and fields.get(field) not in accepted:
            return False
    return True


async def place(session: AsyncSession, fields: Mapping[str, Any]) -> uuid.UUID | None:
    """The territory of the first active rule the customer's ``fields`` match, or None."""
    rules = await session.scalars(
        select(TerritoryRule)
        .where(TerritoryRule.deleted_at.is_(None), TerritoryRule.active.is_(True))
        .order_by(TerritoryRule.priority, TerritoryRule.created_at, TerritoryRule.id)
    )
    for rule in rules:
        if matches(rule, fields):
            return rule.territory_id
    return None
