"""Attachment queries, scoped through the records they belong to.

``scope()`` admits an attachment when the caller holds the read (or write) permission of its
record's resource and the record is in that resource's own read (or write) scope, one branch per
registered target. Every read starts there, so a list, a download or the audit trail cannot show
a file of a record the caller cannot see.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, and_, false, or_, select

from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
from salescrm.core.uow import Ctx
from salescrm.files import targets
from salescrm.files.models import Attachment


class AttachmentRepository(Repository[Attachment]):
    model = Attachment
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "filename": "filename",
        "size": "size",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "resource": eq(Attachment.resource),
        "record_id": eq(Attachment.record_id),
    }
    unique_fields = ("storage_key",)
    search_columns = ("filename",)

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        action = "write" if write else "read"
        branches: list[ColumnElement[bool]] = []
        for target in targets.TARGETS.values():
            if not self.ctx.subject.can(f"{target.permission}:{action}"):
                continue
            records = target.repository(self.ctx)
            visible = records.writable(shares=shares) if write else records.readable()
            ids = visible.with_only_columns(records.model.id).order_by(None)
            branches.append(and_(Attachment.resource == target.name, Attachment.record_id.in_(ids)))
        return stmt.where(or_(*branches) if branches else false())


class PurgeRepository:
    """What the purge job reads and changes, for every record (it runs as the system)."""

    def __init__(self, ctx: Ctx) -> None:
        self.session = ctx.session

    async def deleted_before(self, moment: datetime, limit: int) -> list[Attachment]:
        stmt = (
            select(Attachment)
            .where(Attachment.deleted_at < moment, Attachment.purged_at.is_(None))
            .order_by(Attachment.deleted_at)
            .limit(limit)
        )
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        return list(await self.session.scalars(stmt))

    async def known(self, keys: list[str]) -> set[str]:
        """Which of ``keys`` an attachment row still needs (live, or deleted but not purged)."""
        found: set[str] = set()
        for start in range(0, len(keys), 1000):
            batch = keys[start : start + 1000]
            stmt = select(Attachment.storage_key).where(
                Attachment.storage_key.in_(batch), Attachment.purged_at.is_(None)
            )
            found.update(await self.session.scalars(stmt))
        return found
