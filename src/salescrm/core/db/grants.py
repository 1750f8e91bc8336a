"""Granting a context's new permissions to the built-in roles, for its migration.

Migrations that have landed call this, so what it does never changes: a new need is a new
function. The built-in roles have stable ids (``builtin_role_id``, as migration 0002 seeds
them); a role a deployment deleted is skipped, and a permission a role holds already is not
added twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

import sqlalchemy as sa
from alembic import op

_ROLES = sa.table("roles", sa.column("id", sa.Uuid()), sa.column("permissions", sa.JSON()))


def builtin_role_id(code: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"salescrm:role:{code}")


def set_grants(grants: Mapping[str, Sequence[str]], *, add: bool) -> None:
    """Add (upgrade) or remove (downgrade) each role's permissions in ``grants``."""
    bind = op.get_bind()
    for code, permissions in grants.items():
        role = _ROLES.c.id == builtin_role_id(code)
        current = bind.execute(sa.select(_ROLES.c.permissions).where(role)).scalar_one_or_none()
        if current is None:  # a deployment deleted the role: nothing to grant
            continue
        if add:
            updated = [*current, *(p for p in permissions if p not in current)]
        else:
            updated = [p for p in current if p not in permissions]
        bind.execute(_ROLES.update().where(role).values(permissions=updated))
