"""Queries of webhook subscriptions and deliveries (scoped like any owned record)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.core.filtering import FilterOp, eq
from salescrm.core.repository import ReadRepository, Repository
from salescrm.core.uow import Ctx, begin_write
from salescrm.integrations.models import OutboxPosition, WebhookDelivery, WebhookSubscription


class WebhookRepository(Repository[WebhookSubscription]):
    model = WebhookSubscription
    search_columns = ("url", "description")
    filters: ClassVar[dict[str, FilterOp]] = {"active": eq(WebhookSubscription.active)}

    async def active(self) -> list[WebhookSubscription]:
        """Every live, enabled subscription (for the dispatcher, which acts for the system)."""
        stmt = select(WebhookSubscription).where(
            WebhookSubscription.active.is_(True), WebhookSubscription.deleted_at.is_(None)
        )
        return list((await self.session.scalars(stmt)).all())


class DeliveryRepository(ReadRepository[WebhookDelivery]):
    """A subscription's deliveries: listed through the subscription (the service checks it)."""

    model = WebhookDelivery
    sort_fields: ClassVar = {"created_at": "created_at"}
    default_sort = "-created_at"
    filters: ClassVar[dict[str, FilterOp]] = {"status": eq(WebhookDelivery.status)}

    def scope(self, stmt: Any, *, write: bool = False, shares: bool = True) -> Any:
        return stmt  # the subscription in the path was scoped already

    async def due(self, now: datetime, limit: int, lease_until: datetime) -> list[WebhookDelivery]:
        """Pending deliveries whose time has come and that no sender holds, now held by this
        one until ``lease_until`` (rows another worker locks are skipped on PostgreSQL; on SQLite
        the write lock comes first, so that what is read is what no other sender leased)."""
        await begin_write(self.session)
        stmt = (
            select(WebhookDelivery)
            .where(
                WebhookDelivery.status == "pending",
                WebhookDelivery.next_attempt_at <= now,
                or_(WebhookDelivery.leased_until.is_(None), WebhookDelivery.leased_until < now),
            )
            .order_by(WebhookDelivery.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = list((await self.session.scalars(stmt)).all())
        for row in rows:
            row.leased_until = lease_until
        await self.session.flush()
        return rows

    async def of_subscription(
        self, subscription_id: uuid.UUID, delivery_id: uuid.UUID
    ) -> WebhookDelivery | None:
        delivery = await self.session.get(WebhookDelivery, delivery_id)
        return delivery if delivery and delivery.subscription_id == subscription_id else None

    async def locked(
        self, delivery_id: uuid.UUID, subscription_id: uuid.UUID
    ) -> tuple[WebhookDelivery | None, WebhookSubscription | None]:
        """A delivery and its subscription, locked to record an attempt's outcome."""
        delivery = await self.session.get(WebhookDelivery, delivery_id, with_for_update=True)
        subscription = await self.session.get(
            WebhookSubscription, subscription_id, with_for_update=True
        )
        return delivery, subscription

    async def subscriptions(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, WebhookSubscription]:
        stmt = select(WebhookSubscription).where(WebhookSubscription.id.in_(list(ids)))
        return {s.id: s for s in (await self.session.scalars(stmt)).all()}


class OutboxPositions:
    """Where each reader of the event outbox is (``core.events.read_after``)."""

    def __init__(self, ctx: Ctx) -> None:
        self.session: AsyncSession = ctx.session

    async def locked(self, reader: str) -> OutboxPosition:
        """The reader's place, locked until the transaction ends (one reader at a time)."""
        await begin_write(self.session)  # SQLite: read it under the write lock, current
        stmt = select(OutboxPosition).where(OutboxPosition.reader == reader).with_for_update()
        found: OutboxPosition | None = await self.session.scalar(stmt)
        if found is None:
            found = OutboxPosition(reader=reader, tx=0, seq=0)
            self.session.add(found)
            await self.session.flush()
        return found

    async def peek(self, reader: str) -> tuple[int, int] | None:
        """The reader's place without locking it (None if it never read)."""
        found = await self.session.get(OutboxPosition, reader)
        return None if found is None else (found.tx, found.seq)
