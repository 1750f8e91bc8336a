"""Webhook subscriptions: who may make them, which URLs and event types they may name."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from salescrm.core import events
from salescrm.core.clock import utcnow
from salescrm.core.errors import NotFound, ValidationFailed
from salescrm.core.pagination import ListParams
from salescrm.core.queue import enqueue
from salescrm.core.repository import PageResult
from salescrm.core.service import CrudService
from salescrm.integrations import signing
from salescrm.integrations.delivery import SENDER
from salescrm.integrations.destinations import check_destination
from salescrm.integrations.models import WebhookDelivery, WebhookSubscription
from salescrm.integrations.repository import DeliveryRepository, WebhookRepository

PERMISSION = "webhook:manage"


def _check_event_types(types: list[str]) -> None:
    known = events.catalogue()
    for index, name in enumerate(types):
        resource, _, verb = name.partition(".")
        if name == "*" or (verb == "*" and resource in known) or name in known.get(resource, ()):
            continue
        raise ValidationFailed.field(
            ["body", "event_types", index],
            f"No such event type: {name} (see GET /event-types)",
            "unknown_event_type",
        )


class WebhookService(CrudService[WebhookSubscription]):
    repository = WebhookRepository
    permission = "webhook"
    permissions: ClassVar = {
        "read": PERMISSION,
        "write": PERMISSION,
        "delete": PERMISSION,
        "assign": PERMISSION,
    }
    refusals: ClassVar = {
        "create": {
            422: "422 `unknown_event_type`, or `private_address` / `unresolvable` for a "
            "URL on a private network in production."
        },
        "update": {422: "As for create."},
    }

    async def _check(self, values: dict[str, Any]) -> None:
        if "event_types" in values and values["event_types"] is not None:
            _check_event_types(values["event_types"])
        if values.get("url") is not None:
            values["url"] = str(values["url"])
            reason = await check_destination(values["url"], self.ctx.settings)
            if reason is not None:
                raise ValidationFailed.field(
                    ["body", "url"],
                    "The URL resolves to a loopback, link-local or private address, which "
                    "production does not deliver to"
                    if reason == "private_address"
                    else "The URL's host name does not resolve",
                    reason,
                )

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        await self._check(values)
        values["secret"] = signing.new_secret()
        return values

    async def prepare_update(
        self, record: WebhookSubscription, changes: dict[str, Any]
    ) -> dict[str, Any]:
        await self._check(changes)
        if changes.get("active") and not record.active:
            changes.update(disabled_reason=None, consecutive_failures=0)
        return changes

    # ----- deliveries ---------------------------------------------------------------------
    async def deliveries(
        self, subscription_id: uuid.UUID, params: ListParams
    ) -> PageResult[WebhookDelivery]:
        self.require("read")
        await self.repo.get(subscription_id)
        repo = DeliveryRepository(self.ctx)
        return await repo.list(params, where=[WebhookDelivery.subscription_id == subscription_id])

    async def redeliver(self, subscription_id: uuid.UUID, delivery_id: uuid.UUID) -> Any:
        """Send a delivery again now, whatever became of it (the receiver was fixed)."""
        self.require("write")
        await self.repo.get_for_write(subscription_id)
        delivery = await DeliveryRepository(self.ctx).of_subscription(subscription_id, delivery_id)
        if delivery is None:
            raise NotFound(resource="webhook delivery", id=str(delivery_id))
        delivery.status = "pending"
        delivery.next_attempt_at = utcnow()
        delivery.leased_until = None
        await self.ctx.session.flush()
        await enqueue(self.ctx.session, SENDER)
        return delivery
