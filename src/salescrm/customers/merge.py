"""``POST /api/v1/customers/{id}/merge``: fold a duplicate (the source) into a customer (the
target).

What happens, in one transaction:

* the target keeps its values and fills its empty ones from the source (``FILLED``; latitude
  and longitude together); phones and tags are united (the target's first); the strategic and
  key-account flags are kept if either side has them; the latest follow-up counts. The owner,
  kind, name, stage and status stay the target's;
* every row of every table that points at ``customers.id`` through ``customer_id`` (contacts
  now; opportunities, activities and tickets as their contexts add them) moves to the target,
  tombstones included, changed on the loaded rows so that the audit trail records each move.
  A table that allows one live row per customer (key-account plans) keeps the target's: the
  source's live one is deleted before it moves. At most one primary contact remains, the
  target's if it has one;
* the source's collaborators (record shares) move to the target, unless the target already has
  the same grantee (the stronger access is kept) or the grantee owns the target;
* the source's timeline stays with the source; the target gets a ``merged`` event and the
  source a ``merged_into`` one, and both get an explicit audit entry;
* the source records ``merged_into_id`` and is deleted; duplicate detection no longer finds it,
  and the target's match keys are rebuilt from its merged values.

An anonymised customer (``customers.privacy``) may be merged into another, whose fields it
cannot fill, but nothing is merged into it: 409 ``anonymised``.

The caller needs ``customer:merge`` and the right to change both customers (403 for one shared
with them read-only; outside their scope, 404 for the target in the path and a 422 naming
``source_id`` for the source, as for every record a body names).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from pydantic import Field
from sqlalchemy import Index, select

from salescrm.core import audit, geo
from salescrm.core.clock import utcnow
from salescrm.core.crud import IdPath, IfMatch
from salescrm.core.errors import (
    Forbidden,
    NotFound,
    ValidationFailed,
    error_responses,
    unknown_reference,
)
from salescrm.core.etag import Expected, check_version, etag, parse_if_match
from salescrm.core.jobs import Job
from salescrm.core.openapi import response_headers
from salescrm.core.references import present_one
from salescrm.core.schemas import RequestModel
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers import schemas
from salescrm.customers.models import Contact, Customer
from salescrm.customers.privacy import Anonymised
from salescrm.customers.repository import CustomerEventRepository, CustomerRepository
from salescrm.customers.service import CustomerRules
from salescrm.org.models import RecordShare

#: Fields the target takes from the source when its own is empty.
FILLED = (
    "short_name",
    "credit_code",
    "industry",
    "size",
    "source",
    "channel",
    "region",
    "territory",
    "province",
    "city",
    "district",
    "address",
    "email",
    "website",
    "tier",
    "annual_revenue",
    "remarks",
)
#: The audit action of the explicit entries (the trail's readers know these actions).
AUDIT_ACTION = "merge"
_ACCESS_RANK = {"read": 0, "write": 1}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _one_per_customer(model: Any) -> bool:
    """Whether the table allows one live row per customer (a unique index on customer_id)."""
    return any(
        isinstance(index, Index)
        and index.unique
        and [c.name for c in index.columns] == ["customer_id"]
        for index in model.__table__.indexes
    )


#: Tables that name their record by ``resource`` and ``record_id`` rather than a foreign key
#: (attachments): a merged-away customer's rows move to the target too.
RECORD_LINKS: list[Any] = []


def register_record_link(model: Any) -> None:
    """Let a context's ``(resource, record_id)`` table follow customer merges."""
    RECORD_LINKS.append(model)


class MergeRepository(CustomerRepository):
    """The queries of a merge: every row of a customer, its primary contact, its shares."""

    async def linked_rows_of(self, model: Any, customer_id: uuid.UUID) -> list[Any]:
        """Every row naming the customer by resource and id, tombstones included."""
        stmt = select(model).where(model.resource == "customer", model.record_id == customer_id)
        return list((await self.session.scalars(stmt.order_by(model.created_at))).all())

    async def all_rows_of(self, model: Any, customer_id: uuid.UUID) -> list[Any]:
        """Every row pointing at the customer, tombstones included, oldest first."""
        stmt = select(model).where(model.customer_id == customer_id)
        return list((await self.session.scalars(stmt.order_by(model.created_at))).all())

    async def has_live_row(self, model: Any, customer_id: uuid.UUID) -> bool:
        stmt = select(model.id).where(model.customer_id == customer_id, model.deleted_at.is_(None))
        return await self.session.scalar(stmt.limit(1)) is not None

    async def has_primary_contact(self, customer_id: uuid.UUID) -> bool:
        stmt = select(Contact.id).where(
            Contact.customer_id == customer_id,
            Contact.is_primary.is_(True),
            Contact.deleted_at.is_(None),
        )
        return await self.session.scalar(stmt.limit(1)) is not None

    async def shares_of(self, customer_id: uuid.UUID) -> list[RecordShare]:
        stmt = select(RecordShare).where(
            RecordShare.resource == "customer",
            RecordShare.record_id == customer_id,
            RecordShare.deleted_at.is_(None),
        )
        return list((await self.session.scalars(stmt.order_by(RecordShare.created_at))).all())


class MergeService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = MergeRepository(ctx)
        self.events = CustomerEventRepository(ctx)

    async def merge(
        self, target_id: uuid.UUID, source_id: uuid.UUID, expected: Expected
    ) -> Customer:
        if not self.ctx.subject.can("customer:merge"):
            raise Forbidden("forbidden_action", permission="customer:merge")
        if source_id == target_id:
            raise ValidationFailed.field(
                ["body", "source_id"], "A customer cannot be merged into itself", "self_merge"
            )
        target = await self.repo.get_for_write(target_id)
        source = await self.repo.referenced(source_id, ["body", "source_id"], write=True)
        await self.repo.ensure_owner_scope(source)  # folding it away gives it away
        for customer in sorted((target, source), key=lambda c: c.id):
            await self.repo.lock(customer)  # two merges of one customer queue
        if target.deleted_at is not None:  # merged away while we waited
            raise NotFound(resource="customer", id=str(target.id))
        if source.deleted_at is not None:
            raise unknown_reference(["body", "source_id"], "customer")
        check_version(target.version, expected)
        if target.anonymised_at is not None:  # its fields would be filled from the source
            raise Anonymised("anonymised_merge_target")

        filled = await self._fill(target, source)
        moved, superseded = await self._move_rows(source, target)
        collaborators = await self._move_shares(source, target)
        source.merged_into_id = target.id
        await self.repo.soft_delete(source, None)
        await self.repo.replace_keys(target.id, CustomerRules.keys_of(_values(target)))

        details = {
            "source_id": str(source.id),
            "source_name": source.name,
            "filled": filled,
            "moved": {name: [str(i) for i in ids] for name, ids in moved.items()},
            "superseded": [str(i) for i in superseded],
            "collaborators": [str(i) for i in collaborators],
        }
        self.events.add(
            target.id, "merged", from_value=source.id, to_value=target.id, details=details
        )
        self.events.add(
            source.id,
            "merged_into",
            from_value=source.id,
            to_value=target.id,
            details={"target_id": str(target.id), "target_name": target.name},
        )
        counts = {name: len(ids) for name, ids in moved.items()}
        sync = self.ctx.session.sync_session
        audit.record(
            sync,
            resource="customer",
            record_id=target.id,
            action=AUDIT_ACTION,
            changes={"merged_from": (None, str(source.id)), "moved": (None, counts)},
        )
        audit.record(
            sync,
            resource="customer",
            record_id=source.id,
            action=AUDIT_ACTION,
            changes={"merged_into": (None, str(target.id)), "moved": (counts, None)},
        )
        await self.repo.flush()
        return target

    async def _fill(self, target: Customer, source: Customer) -> list[str]:
        changes: dict[str, Any] = {
            field: getattr(source, field)
            for field in FILLED
            if _empty(getattr(target, field)) and not _empty(getattr(source, field))
        }
        if target.latitude is None and target.longitude is None and source.latitude is not None:
            changes.update(latitude=source.latitude, longitude=source.longitude)
        for field in ("phones", "tags"):
            united = list(dict.fromkeys([*getattr(target, field), *getattr(source, field)]))
            if united != getattr(target, field):
                changes[field] = united
        if source.strategic and not target.strategic:
            changes["strategic"] = True
        if source.key_account and not target.key_account:
            changes.update(key_account=True, key_account_since=source.key_account_since)
        if source.last_follow_up_at is not None and (
            target.last_follow_up_at is None or source.last_follow_up_at > target.last_follow_up_at
        ):
            changes.update(last_follow_up_at=source.last_follow_up_at, pool_warned_at=None)
        # Custom fields: the target's values stay; its empty ones take the source's, checked
        # like any write (a customer the merger cannot see is refused) but carried as they are
        # when their field or option has been archived since.
        carried = {k: v for k, v in source.custom_fields.items() if k not in target.custom_fields}
        if carried:
            changes["custom_fields"] = carried
        if changes:
            await self.repo.update(target, changes, None, carried=carried.keys())
        return sorted(changes)

    async def _move_rows(
        self, source: Customer, target: Customer
    ) -> tuple[dict[str, list[uuid.UUID]], list[uuid.UUID]]:
        moved: dict[str, list[uuid.UUID]] = {}
        superseded: list[uuid.UUID] = []
        target_has_primary = await self.repo.has_primary_contact(target.id)
        now = None
        for model in self.repo.referencing_models():
            rows = await self.repo.all_rows_of(model, source.id)
            if not rows:
                continue
            keep_target_row = _one_per_customer(model) and await self.repo.has_live_row(
                model, target.id
            )
            for row in rows:
                if keep_target_row and row.deleted_at is None:
                    now = now or utcnow()
                    row.deleted_at = now
                    superseded.append(row.id)
                if model is Contact and row.is_primary and target_has_primary:
                    row.is_primary = False
                row.customer_id = target.id
            moved[model.__tablename__] = [row.id for row in rows]
            await self.repo.flush()
        for model in RECORD_LINKS:
            rows = await self.repo.linked_rows_of(model, source.id)
            for row in rows:
                row.record_id = target.id
            if rows:
                moved[model.__tablename__] = [row.id for row in rows]
                await self.repo.flush()
        return moved, superseded

    async def _move_shares(self, source: Customer, target: Customer) -> list[uuid.UUID]:
        """The source's collaborators join the target's; returns the shares that moved."""
        target_shares = {
            (s.employee_id, s.department_id): s for s in await self.repo.shares_of(target.id)
        }
        moved: list[uuid.UUID] = []
        for share in await self.repo.shares_of(source.id):
            existing = target_shares.get((share.employee_id, share.department_id))
            if existing is not None or (
                share.employee_id is not None and share.employee_id == target.owner_id
            ):
                if existing is not None and (
                    _ACCESS_RANK.get(share.access, 0) > _ACCESS_RANK.get(existing.access, 0)
                ):
                    existing.access = share.access
                share.deleted_at = utcnow()
                continue
            share.record_id = target.id
            moved.append(share.id)
        await self.repo.flush()
        return moved


def _values(customer: Customer) -> dict[str, Any]:
    return {f: getattr(customer, f) for f in ("name", "credit_code", "phones", "email")}


# ----- HTTP ----------------------------------------------------------------------------------
CtxDep = Annotated[Ctx, Depends(get_ctx)]


class MergeRequest(RequestModel):
    source_id: uuid.UUID = Field(
        description="The customer folded into this one; it is deleted afterwards."
    )


router = APIRouter(prefix="/customers", tags=["customers"], route_class=UnitOfWorkRoute)


@router.post(
    "/{record_id}/merge",
    name="customers_merge",
    summary="Fold another customer (source_id) into this one: contacts and other records move, "
    "empty fields are filled, the source is deleted",
    description="Requires `customer:merge` and the right to change both customers (403 when "
    "only readable): this one 404 outside the caller's data scope, `source_id` 422 "
    "(`not_found`) when absent or outside it. `If-Match` applies to this (the target) "
    "customer, 412 when stale. 422 when `source_id` is this customer. 409 `anonymised` when "
    "this customer was anonymised (its empty personal fields would be filled from the "
    "source): merge it into the other one instead.",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 404, 409, 412, 415, 422),
    },
)
async def merge_customers(
    record_id: IdPath,
    payload: MergeRequest,
    response: Response,
    ctx: CtxDep,
    if_match: IfMatch = None,
) -> Any:
    target = await MergeService(ctx).merge(record_id, payload.source_id, parse_if_match(if_match))
    response.headers["ETag"] = etag(target.version)
    return await present_one(ctx, schemas.CustomerOut, target)


routers: list[APIRouter] = [router]
JOBS: list[Job] = []
