"""``GET /api/v1/sync/changes``: mobile delta sync over the event outbox.

A pull returns every record the caller may see that changed after its cursor, once, in its
latest state, in the outbox's commit-safe order (``core.events.read_after``: on PostgreSQL an
event whose transaction started earlier but commits later is never skipped, it waits below the
horizon until it commits). A record the caller cannot see now arrives as a deletion when the
change is one that can take a record away (deleted, purged, merged, handed to someone else,
released to the pool, a share changed); a device ignores a deletion of a record it never had.

Cursors are signed and bound to the caller: garbled or another caller's is a 422; one from
before the events it needs were purged (``SALESCRM_EVENT_RETENTION_DAYS``) is a 410, and the
client starts again from zero. The client algorithm is in docs/integrations.md.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from salescrm.core import events, i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Gone, ValidationFailed, error_responses
from salescrm.core.events import Event
from salescrm.core.jobs import Job
from salescrm.core.pagination import CursorCodec
from salescrm.core.schemas import JsonValue, QueryModel, enum_of
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.integrations.repository import OutboxPositions
from salescrm.platform.events import visible_records

CtxDep = Annotated[Ctx, Depends(get_ctx)]
PURGED = "purged"  # the outbox position below which events were purged
SHARES = "record_share"
#: Verbs after which a record may have left someone's sight.
_LEAVING = frozenset({"deleted", "purged", "merged", "transferred", "released"})
_SORT = "sync"


class Operation(StrEnum):
    upsert = "upsert"
    delete = "delete"


i18n.register_enum(
    Operation,
    {
        "upsert": ("Created or changed", "新增或修改"),
        "delete": ("Deleted", "删除"),
    },
)


class Change(BaseModel):
    resource: str
    id: uuid.UUID
    op: Operation = Field(description="`upsert`: store `data`; `delete`: forget the record.")
    version: int | None = Field(description="The record's version (its ETag) for an upsert.")
    data: dict[str, JsonValue] | None = Field(
        description="The record as `GET /api/v1/<resource>/{id}` shows it to a reader without "
        "restricted permissions, without the name summaries beside its ids (`owner` beside "
        "`owner_id`: a stored name would go stale); null for a deletion."
    )


class ChangesPage(BaseModel):
    changes: list[Change]
    next_cursor: str = Field(
        description="Pass as `since` on the next pull (keep it: it is "
        "the device's place, also when `changes` is empty)."
    )
    has_more: bool = Field(description="More changes wait: pull again now.")


def _resources() -> list[str]:
    return sorted(p.resource for p in events.PUBLISHED.values())


class SyncParams(QueryModel):
    since: str | None = Field(
        None,
        max_length=200,
        description="The `next_cursor` of the previous pull; leave out to start from zero "
        "(the answer is no changes and the cursor to keep while loading the lists).",
    )
    resources: list[
        Annotated[str, Field(min_length=1, max_length=64, json_schema_extra=enum_of(_resources))]
    ] = Field(default_factory=list, description="Only these resources (all by default).")
    limit: int = Field(200, ge=1, le=1000, description="At most this many events per pull.")


def _codec(ctx: Ctx) -> CursorCodec:
    return CursorCodec(ctx.settings.secret, bound_to=f"sync {ctx.subject.principal}", param="since")


def _position(values: list[Any]) -> tuple[int, int]:
    if len(values) != 2 or not all(isinstance(v, int) for v in values):
        raise ValidationFailed.field(["query", "since"], "Invalid cursor", "bad_cursor")
    return int(values[0]), int(values[1])


class SyncService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    async def changes(self, params: SyncParams) -> ChangesPage:
        codec = _codec(self.ctx)
        session = self.ctx.session
        unknown = set(params.resources) - set(_resources())
        if unknown:
            raise ValidationFailed.field(
                ["query", "resources"], f"No such resource: {sorted(unknown)[0]}", "enum"
            )
        purged = await OutboxPositions(self.ctx).peek(PURGED) or (0, 0)
        if params.since is None:
            start = max(await events.head(session), purged)
            cursor = codec.encode(_SORT, list(start))
            return ChangesPage(changes=[], next_cursor=cursor, has_more=False)
        position = _position(codec.decode(params.since, _SORT))
        if position < purged:
            raise Gone()
        # Shares are read whatever the filter: they open and close records of every resource.
        wanted = [*params.resources, SHARES] if params.resources else []
        batch = list(await events.read_after(session, position, params.limit, resources=wanted))
        if not batch:
            return ChangesPage(changes=[], next_cursor=params.since, has_more=False)
        next_cursor = codec.encode(_SORT, [batch[-1].tx, batch[-1].seq])
        return ChangesPage(
            changes=await self._collapse(batch, params.resources),
            next_cursor=next_cursor,
            has_more=len(batch) == params.limit,
        )

    async def _collapse(self, batch: list[Event], resources: list[str]) -> list[Change]:
        """One change per record: its latest event as the caller may see it now, or its
        deletion when a change that can take a record away left it out of sight."""
        latest: dict[Key, Event] = {}
        leaving: set[Key] = set()
        for event in batch:
            key = (event.resource, event.record_id)
            latest.pop(key, None)
            latest[key] = event  # re-inserted: the order is that of each record's latest event
            if _verb(event) in _LEAVING:
                leaving.add(key)
            shared = _shared(event)
            if shared is not None and (not resources or shared[0] in resources):
                leaving.add(shared)
        visible = await visible_records(self.ctx, latest.keys() | leaving)
        changes = []
        for key, event in latest.items():
            if resources and key[0] not in resources:
                continue  # a share read for its effect, not asked for itself
            gone = _verb(event) in ("deleted", "purged")
            if key in visible and not gone and event.data is not None:
                changes.append(_upsert(key, event.data))
            elif (gone and key in visible) or (key in leaving and key not in visible):
                changes.append(_delete(key))
        # A record a share opened or closed without changing itself: closed, it is deleted;
        # opened, it arrives as its last event left it.
        changes.extend(_delete(key) for key in leaving - latest.keys() - visible)
        opened = (leaving - latest.keys()) & visible
        for key, data in (await events.last_states(self.ctx.session, opened)).items():
            changes.append(_upsert(key, data))
        return changes


Key = events.Key


def _verb(event: Event) -> str:
    return event.type.partition(".")[2]


def _shared(event: Event) -> Key | None:
    """The record a share event opens or closes to someone."""
    if event.resource != SHARES or not event.data:
        return None
    resource, record_id = event.data.get("resource"), event.data.get("record_id")
    if not isinstance(resource, str) or not isinstance(record_id, str):
        return None
    return resource, uuid.UUID(record_id)


def _upsert(key: Key, data: dict[str, Any]) -> Change:
    version = data.get("version")
    return Change(
        resource=key[0],
        id=key[1],
        op=Operation.upsert,
        version=version if isinstance(version, int) else None,
        data=data,
    )


def _delete(key: Key) -> Change:
    return Change(resource=key[0], id=key[1], op=Operation.delete, version=None, data=None)


async def purge_events(ctx: Ctx) -> int:
    """Delete events past the retention window, noting how far the purge reached so a cursor
    from before it is answered 410."""
    cutoff = utcnow() - timedelta(days=ctx.settings.event_retention_days)
    count, last = await events.purge_before(ctx.session, cutoff)
    if last is not None:
        mark = await OutboxPositions(ctx).locked(PURGED)
        mark.tx, mark.seq = max((mark.tx, mark.seq), last)
    return count


JOBS = [Job("purge_events", 3600, purge_events)]

router = APIRouter(prefix="/sync", tags=["integrations"], route_class=UnitOfWorkRoute)


@router.get(
    "/changes",
    name="sync_changes",
    summary="Changes since the device's cursor (mobile delta sync)",
    response_model=ChangesPage,
    responses=error_responses(401, 410, 422),
    description="Every record the caller may see that changed since `since`, once, in its "
    "latest state, with deletions for records that left the caller's sight; commit-safe "
    "order, nothing skipped. A garbled cursor or another caller's is 422 `bad_cursor`; one "
    "older than the event retention is 410 `gone` (start again from zero). The algorithm "
    "is in docs/integrations.md.",
)
async def sync_changes(ctx: CtxDep, params: Annotated[SyncParams, Query()]) -> ChangesPage:
    return await SyncService(ctx).changes(params)


routers = [router]
