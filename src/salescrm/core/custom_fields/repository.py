"""Definitions queries, and the PostgreSQL index each definition has on its resource's table."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Select, text

from salescrm.core.custom_fields import values
from salescrm.core.custom_fields.models import RESOURCES, CustomField
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository


def _archived(flag: bool) -> Any:
    return CustomField.archived_at.is_not(None) if flag else CustomField.archived_at.is_(None)


class CustomFieldRepository(Repository[CustomField]):
    model = CustomField
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "position": "position",
        "key": "key",
    }
    default_sort = "position"
    filters: ClassVar[dict[str, FilterOp]] = {
        "resource": eq(CustomField.resource),
        "type": eq(CustomField.type),
        "archived": _archived,
    }
    unique_fields = ("key",)
    search_columns = ("key", "label", "label_en")

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """Reading shows the definitions of the resources the caller may read; changing them
        is one permission (``custom_field:manage``), checked by the service."""
        if write:
            return stmt
        readable = [r for r in RESOURCES if self.ctx.subject.can(f"{r}:read")]
        return stmt.where(CustomField.resource.in_(readable))

    def _postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    async def in_use(self, field: CustomField) -> bool:
        """Whether any record of the field's resource, deleted ones too, holds a value."""
        model = RESOURCES[field.resource]
        dialect = self.session.get_bind().dialect.name
        stmt = values.holds_values(model, field.key, dialect)
        return await self.session.scalar(stmt) is not None

    async def build_index(self, field: CustomField) -> None:
        """PostgreSQL: the expression index lists filter and sort the field by. Built in the
        definition's transaction (a new field holds no values yet, so the build is one pass
        over the table's rows); SQLite lists scan."""
        if self._postgres():
            for statement in values.index_ddl(RESOURCES[field.resource], field):
                await self.session.execute(text(statement))

    async def drop_index(self, field: CustomField) -> None:
        if self._postgres():
            for name in values.index_names(RESOURCES[field.resource], field.key):
                await self.session.execute(text(f"DROP INDEX IF EXISTS {name}"))
