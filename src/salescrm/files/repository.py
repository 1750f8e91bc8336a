"""Attachment queries, scoped through the records they belong to.

``scope()`` admits an attachment when the caller holds the read (or write) permission of its
record's resource and the record is in that resource's own read (or write) scope, one branch per
registered target. Every read starts there, so a list, a download or the audit trail cannot show
a file of a record the caller cannot see.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, and_, false, or_

from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import Repository
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
