"""``/api/v1/events``: what changed, as the outbox recorded it (``core.events``).

An integrator or a client that missed a webhook reads the same events here, newest first, with
the list contract's cursor pages and filters. Each event is listed only to a caller who may
read its record now: the resource's read permission and the record in the caller's data scope
(a record's events leave with the record when it moves out of scope; a purged record's events
stay visible only to callers who see everything).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Select, and_, false, or_

from salescrm.core import events
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.events import Event
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.pagination import ListParams
from salescrm.core.repository import ReadRepository
from salescrm.core.schemas import JsonValue, UtcDateTime
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx


class EventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID = Field(description="The event's id; a webhook delivery's `webhook-id`.")
    type: str = Field(
        description="`<resource>.<verb>`; every type is listed by `GET /events/types`.",
        examples=["opportunity.won"],
    )
    resource: str = Field(examples=["opportunity"])
    record_id: uuid.UUID
    occurred_at: datetime
    actor_type: str = Field(description="`employee`, `api_key` or `system` (a job).")
    actor_id: uuid.UUID | None
    request_id: str | None = Field(description="The request that made the change, if any.")
    data: dict[str, JsonValue] | None = Field(
        description="The record as the change committed it, as a reader without any restricted "
        "permission sees it (no costs or margins); null once the record is purged."
    )


class EventListParams(ListParams):
    type: str | None = Field(None, max_length=80, description="One event type.")
    resource: str | None = Field(None, max_length=64)
    record_id: uuid.UUID | None = None
    occurred_after: UtcDateTime | None = None
    occurred_before: UtcDateTime | None = None


class EventTypes(BaseModel):
    resources: dict[str, list[str]] = Field(
        description="Every event type, by resource.",
        examples=[{"opportunity": ["opportunity.created", "opportunity.won"]}],
    )


class EventRepository(ReadRepository[Event]):
    model = Event
    sort_fields: ClassVar = {"occurred_at": "occurred_at"}
    default_sort = "-occurred_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "type": eq(Event.type),
        "resource": eq(Event.resource),
        "record_id": eq(Event.record_id),
        "occurred_after": gte(Event.occurred_at),
        "occurred_before": lte(Event.occurred_at),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """Events of the resources the caller may read, for the records in its data scope."""
        subject = self.ctx.subject
        visible: list[ColumnElement[bool]] = []
        for publication in events.readable(subject):
            if subject.sees_everything:
                visible.append(Event.resource == publication.resource)
                continue
            ids = publication.repository(self.ctx).scoped_ids()
            visible.append(and_(Event.resource == publication.resource, Event.record_id.in_(ids)))
        return stmt.where(or_(*visible) if visible else false())


async def visible_records(ctx: Ctx, keys: Iterable[events.Key]) -> set[events.Key]:
    """Which of these records the caller may read now: the resource's read permission and its
    scope (tombstones included, so a deletion in sight is told as one), checked for these rows
    only (``scoped_among``), never by collecting the whole scope. For readers of the outbox
    that know their records: delta sync, webhook fan-out."""
    readable = {p.resource: p for p in events.readable(ctx.subject)}
    found: set[events.Key] = set()
    for resource, ids in events.by_resource(keys).items():
        if resource not in readable:
            continue
        repository = readable[resource].repository(ctx)
        stmt = repository.scoped_among(ids)
        found.update((resource, i) for i in (await ctx.session.scalars(stmt)).all())
    return found


class EventService(ReadService[Event]):
    repository = EventRepository
    permission = "event"
    access: ClassVar = {
        "list": "Any signed-in caller; each event only if the caller may read its record now "
        "(the resource's read permission and data scope).",
        "get": "As for the list: 404 for an event of a record the caller may not read.",
    }

    def require(self, action: str) -> None:
        """No permission of its own: what a caller sees is decided per event (``scope``)."""


router = crud_router(
    CrudSpec(
        path="/events",
        name="events",
        tag="integrations",
        singular="event",
        service=EventService,
        read_schema=EventOut,
        list_params=EventListParams,
        operations=READ_OPERATIONS,
    )
)

types_router = APIRouter(prefix="/event-types", tags=["integrations"], route_class=UnitOfWorkRoute)


@types_router.get(
    "",
    operation_id="event_types",
    summary="Every event type",
    response_model=EventTypes,
    responses=error_responses(401),
    dependencies=[Depends(get_ctx)],
)
async def event_types() -> EventTypes:
    """The catalogue, derived from what each resource declares: the common verbs
    (`created`, `updated`, `deleted`, `restored`, `purged`) and its business transitions."""
    return EventTypes(resources=events.catalogue())


routers = [types_router, router]
