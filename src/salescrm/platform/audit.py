"""``/api/v1/audit-events``: read the audit trail (who changed what, when, before → after)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from salescrm.core.audit import AuditEntry
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.pagination import ListParams
from salescrm.core.repository import ReadRepository
from salescrm.core.service import ReadService

Action = Literal["create", "update", "delete", "restore", "purge"]


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
    changes: dict[str, Any] = Field(
        description="Changed fields as [before, after]", examples=[{"name": ["旧名称", "新名称"]}]
    )


class AuditEventListParams(ListParams):
    resource: str | None = Field(None, max_length=64)
    record_id: uuid.UUID | None = None
    actor_id: uuid.UUID | None = None
    action: Action | None = None
    occurred_after: datetime | None = None
    occurred_before: datetime | None = None


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
