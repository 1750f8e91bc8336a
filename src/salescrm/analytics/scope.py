"""The caller's data scope as predicates for aggregate statements.

Statistics read every row in scope, so an owned resource's scope is a filter on each row's own
owner (``ReadRepository.owner_predicate``: no set of ids collected first), and a child with no
owner of its own (a payment, a contract's line) joins its parent and takes the parent's."""

from __future__ import annotations

from typing import Any

from sqlalchemy.sql.elements import ColumnElement

from salescrm.core.repository import ReadRepository
from salescrm.core.uow import Ctx


async def in_scope(ctx: Ctx, repository: type[ReadRepository[Any]]) -> list[ColumnElement[bool]]:
    """Live rows of the repository's (owned) model that the caller may read, as predicates.
    Plan the statement for its own values (``plan_for_values``): a scope of one owner and of
    thousands want different plans."""
    repo = repository(ctx)
    await repo.plan_for_values()
    model = repo.model
    where: list[ColumnElement[bool]] = []
    if hasattr(model, "deleted_at"):
        where.append(model.deleted_at.is_(None))
    predicate = await repo.owner_predicate()
    if predicate is not None:
        where.append(predicate)
    return where
