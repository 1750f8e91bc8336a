"""``/api/v1/audit-events``: read the audit trail (who changed what, when, before → after)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer
from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select

from salescrm.core.audit import AuditEntry
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.pagination import ListParams
from salescrm.core.repository import ReadRepository
from salescrm.core.schemas import JsonValue, UtcDateTime
from salescrm.core.service import ReadService
from salescrm.core.visibility import RESTRICTED_COLUMNS, visible_changes
from salescrm.org.repository import EmployeeRepository, StaffChangeRepository

#: What an entry records: the generic changes, a merge, an anonymisation of a person's data
#: (``customers.anonymise``), an export of personal data (``customers.io``).
Action = Literal[
    "create", "update", "delete", "restore", "purge", "merge", "anonymise", "export", "hand_over"
]

#: One field's value before and after. Any JSON value: the trail records every column of every
#: audited record (text, numbers, flags, ids and dates as strings, JSON columns such as tags or
#: the key-account rules) and explicit entries (role ids, merge counts), so nothing narrower
#: holds for every resource.
Change = tuple[JsonValue, JsonValue]


class AuditEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    occurred_at: datetime
    actor_type: str
    actor_id: uuid.UUID | None
    request_id: str | None
    resource: str = Field(examples=["product"])
    record_id: uuid.UUID
    action: Action
    changes: dict[str, Change] = Field(
        description="Changed fields as [before, after]; fields the caller may not see on the "
        "record itself (costs and margins without margin:read) are left out, and an update "
        "that changed nothing else is not listed to them.",
        examples=[{"name": ["旧名称", "新名称"]}],
    )

    # A field serializer, not a model one: a wrap model serializer returning Any would erase
    # this model's schema in the OpenAPI document (see core/visibility.py).
    @field_serializer("changes")
    def _hide_restricted(self, changes: dict[str, Change]) -> dict[str, Change]:
        return visible_changes(self.resource, changes)


class AuditEventListParams(ListParams):
    resource: str | None = Field(None, max_length=64)
    record_id: uuid.UUID | None = None
    actor_id: uuid.UUID | None = None
    action: Action | None = None
    occurred_after: UtcDateTime | None = None
    occurred_before: UtcDateTime | None = None


#: Reference data readable by function permission alone: its history is as open as itself.
REFERENCE_RESOURCES: set[str] = {"product", "department", "position", "role"}
#: Owned resources: an entry is visible when its record is in the reader's data scope.
SCOPED_RESOURCES: dict[str, type[ReadRepository[Any]]] = {
    "employee": EmployeeRepository,
    "staff_change": StaffChangeRepository,
}


def register_reference_audit(*resources: str) -> None:
    """A context's reference data (no owner): its entries are visible to every audit reader."""
    REFERENCE_RESOURCES.update(resources)


def register_scoped_audit(resource: str, repository: type[ReadRepository[Any]]) -> None:
    """A context's owned resource: its audit entries follow its data scope."""
    SCOPED_RESOURCES[resource] = repository


class AuditRepository(ReadRepository[AuditEntry]):
    model = AuditEntry
    sort_fields: ClassVar = {"occurred_at": "occurred_at"}
    default_sort = "-occurred_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "resource": eq(AuditEntry.resource),
        "record_id": eq(AuditEntry.record_id),
        "actor_id": eq(AuditEntry.actor_id),
        "action": eq(AuditEntry.action),
        "occurred_after": gte(AuditEntry.occurred_at),
        "occurred_before": lte(AuditEntry.occurred_at),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """The trail holds every column of every record, so it is scoped like the records:
        entries of an owned resource only for records in the reader's scope, reference data
        for everyone with ``audit:read``, and the rest (logins, keys, shares) only for readers
        who see everything. Whatever the scope, an update whose every change is hidden from
        the reader is not theirs either (``hidden_updates``)."""
        hidden = self.hidden_updates()
        if hidden is not None:
            stmt = stmt.where(~hidden)
        if self.ctx.subject.sees_everything:
            return stmt
        visible: list[ColumnElement[bool]] = [AuditEntry.resource.in_(REFERENCE_RESOURCES)]
        for resource, repository in SCOPED_RESOURCES.items():
            ids = repository(self.ctx).scoped_ids()
            visible.append(and_(AuditEntry.resource == resource, AuditEntry.record_id.in_(ids)))
        return stmt.where(or_(*visible))

    def hidden_updates(self) -> ColumnElement[bool] | None:
        """Update entries that changed only columns the reader may not see
        (``restrict_columns``). Shown with their changes left out, they would still tell that a
        hidden value (a product's cost) changed, and when. Filtered in SQL, so pages, totals and
        cursors stay right; None when the reader may see every restricted column."""
        entries = []
        for resource, columns in RESTRICTED_COLUMNS.items():
            hidden = [
                c for c, permission in columns.items() if not self.ctx.subject.can(permission)
            ]
            if not hidden:
                continue
            keys = func.json_each(AuditEntry.changes).table_valued("key")
            shown = exists(select(literal(1)).select_from(keys).where(keys.c.key.not_in(hidden)))
            entries.append(
                and_(AuditEntry.resource == resource, AuditEntry.action == "update", ~shown)
            )
        return or_(*entries) if entries else None


class AuditService(ReadService[AuditEntry]):
    repository = AuditRepository
    permission = "audit"


router = crud_router(
    CrudSpec(
        path="/audit-events",
        name="audit_events",
        tag="platform",
        singular="audit event",
        service=AuditService,
        read_schema=AuditEventOut,
        list_params=AuditEventListParams,
        operations=READ_OPERATIONS,
    )
)
