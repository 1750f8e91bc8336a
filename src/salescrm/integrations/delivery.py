"""Webhook delivery: the outbox's events fanned out to subscriptions, then sent, at least once.

Two jobs, each safe on several workers:

- ``dispatch_webhooks`` reads the events after its position in the outbox (``core.events.
  read_after``: commit-safe order, so an event that commits late is not skipped), and writes a
  pending delivery per matching subscription whose owner may read the event's record, in the
  same transaction as the position it advances (the position row is locked meanwhile).
- ``send_webhooks`` takes due deliveries under a lease and commits, POSTs each with Standard
  Webhooks headers outside any transaction (so a slow receiver holds no lock and no API
  request ever waits for it), then records every outcome: success, or a retry after an
  exponential back-off with jitter, or giving up after ``webhook_max_attempts``; a run of
  given-up deliveries disables the subscription and tells its owner.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx

from salescrm.auth.service import load_subject
from salescrm.core import events, i18n
from salescrm.core.clock import utcnow
from salescrm.core.events import Event, read_after
from salescrm.core.jobs import Job
from salescrm.core.permissions.subject import Subject
from salescrm.core.queue import enqueue
from salescrm.core.uow import Ctx
from salescrm.integrations import signing
from salescrm.integrations.destinations import check_destination
from salescrm.integrations.models import WebhookDelivery, WebhookSubscription
from salescrm.integrations.repository import (
    DeliveryRepository,
    OutboxPositions,
    WebhookRepository,
)
from salescrm.platform.events import EventOut, visible_records
from salescrm.platform.notifications import NotificationKind, notify

log = logging.getLogger("salescrm.webhooks")

i18n.register_messages(
    {
        "notification.webhook_disabled": (
            "Webhook disabled after repeated failures",
            "Webhook 因连续投递失败已停用",
        ),
        "notification.webhook_disabled.body": (
            "{url}: {failures} deliveries in a row failed; last: {error}",
            "{url}:连续 {failures} 次投递失败;最近一次:{error}",
        ),
    }
)

READER = "webhooks"
#: Events read per batch, and batches per dispatcher run (then the next run goes on).
BATCH = 500
BATCHES_PER_RUN = 20
#: Deliveries taken per sender round, and how long one sender run goes on taking more.
SENDS = 50
SEND_SECONDS = 10.0
#: Deliveries in flight at once within one sender round.
CONCURRENCY = 10


def matches(subscription: WebhookSubscription, event_type: str) -> bool:
    resource = event_type.partition(".")[0]
    wanted = subscription.event_types
    return "*" in wanted or event_type in wanted or f"{resource}.*" in wanted


async def _visible(ctx: Ctx, owner: Subject, batch: list[Event]) -> set[uuid.UUID]:
    """The events of the batch whose records the subscription's owner may read now."""
    if owner.sees_everything:
        return {e.id for e in batch}
    scoped = Ctx(session=ctx.session, subject=owner, settings=ctx.settings)
    readable = await visible_records(scoped, {(e.resource, e.record_id) for e in batch})
    return {e.id for e in batch if (e.resource, e.record_id) in readable}


async def dispatch(ctx: Ctx) -> int:
    """Fan the events out into deliveries, a batch at a time, until caught up (or
    ``BATCHES_PER_RUN`` batches: the rest waits for the next run); returns how many deliveries
    it made."""
    position = await OutboxPositions(ctx).locked(READER)
    subscriptions = await WebhookRepository(ctx).active()
    owners: dict[uuid.UUID | None, Subject | None] = {}
    made = 0
    for _ in range(BATCHES_PER_RUN):
        batch = list(await read_after(ctx.session, (position.tx, position.seq), BATCH))
        if not batch:
            break
        made += await _fan_out(ctx, batch, subscriptions, owners)
        position.tx, position.seq = batch[-1].tx, batch[-1].seq
        await ctx.session.flush()
        if len(batch) < BATCH:
            break
    if made:
        await enqueue(ctx.session, SENDER)  # now, not at the sender's next period
    return made


async def _fan_out(
    ctx: Ctx,
    batch: list[Event],
    subscriptions: list[WebhookSubscription],
    owners: dict[uuid.UUID | None, Subject | None],
) -> int:
    made = 0
    for subscription in subscriptions:
        # Only what happened since the subscription was made: no history flood on creation.
        wanted = [
            e
            for e in batch
            if matches(subscription, e.type) and e.occurred_at >= subscription.created_at
        ]
        if not wanted:
            continue
        if subscription.owner_id not in owners:
            owners[subscription.owner_id] = (
                None
                if subscription.owner_id is None
                else await load_subject(ctx.session, subscription.owner_id)
            )
        owner = owners[subscription.owner_id]
        if owner is None:  # the owner left: nothing is theirs to receive
            continue
        visible = await _visible(ctx, owner, wanted)
        for event in wanted:
            if event.id in visible:
                ctx.session.add(
                    WebhookDelivery(
                        subscription_id=subscription.id,
                        event_id=event.id,
                        event_type=event.type,
                        next_attempt_at=utcnow(),
                    )
                )
                made += 1
    return made


def backoff(attempts: int, ctx: Ctx) -> timedelta:
    """Exponential back-off with jitter: base·2^(n-1), capped, times a random 0.5–1."""
    settings = ctx.settings
    ceiling = min(
        settings.webhook_retry_max_seconds,
        settings.webhook_retry_base_seconds * 2 ** (attempts - 1),
    )
    return timedelta(seconds=ceiling * random.uniform(0.5, 1.0))  # noqa: S311 - not a secret


def payload(event: Event) -> bytes:
    """The body: Standard Webhooks' ``type``, ``timestamp`` and ``data`` (the event)."""
    data = EventOut.model_validate(event).model_dump(mode="json")
    body = {"type": event.type, "timestamp": data["occurred_at"], "data": data}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


async def _post(
    http: httpx.AsyncClient, subscription: WebhookSubscription, event: Event, ctx: Ctx
) -> dict[str, Any]:
    """One attempt: ``{"at", "status", "duration_ms", "error"}``, never an exception."""
    started, at = time.perf_counter(), utcnow()
    status: int | None = None
    error: str | None = await check_destination(subscription.url, ctx.settings)
    if error is None:
        body = payload(event)
        headers = signing.headers(subscription.secret, str(event.id), int(time.time()), body)
        try:
            response = await http.post(subscription.url, content=body, headers=headers)
            status = response.status_code
            if not 200 <= status < 300:
                error = f"status {status}"
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
    duration = round((time.perf_counter() - started) * 1000)
    return {"at": at.isoformat(), "status": status, "duration_ms": duration, "error": error}


async def send(ctx: Ctx, now: datetime | None = None) -> int:
    """Send the due deliveries, ``SENDS`` at a time, until none is due or ``SEND_SECONDS``
    passed (the rest waits for the next run); returns how many were tried."""
    started, tried = time.monotonic(), 0
    while time.monotonic() - started < SEND_SECONDS:
        sent = await _send_round(ctx, now)
        await ctx.session.commit()
        tried += sent
        if sent < SENDS:
            break
    return tried


async def _send_round(ctx: Ctx, now: datetime | None) -> int:
    now = now or utcnow()
    settings = ctx.settings
    repo = DeliveryRepository(ctx)
    lease = now + timedelta(seconds=settings.webhook_timeout_seconds * 3 + 30)
    due = await repo.due(now, SENDS, lease)
    if not due:
        return 0
    subscriptions = await repo.subscriptions({d.subscription_id for d in due})
    by_id = await events.by_ids(ctx.session, [d.event_id for d in due])
    work = [(d.id, subscriptions[d.subscription_id], by_id.get(d.event_id)) for d in due]
    await ctx.session.commit()  # the lease is taken; no transaction stays open while sending

    limit = asyncio.Semaphore(CONCURRENCY)
    timeout = httpx.Timeout(settings.webhook_timeout_seconds)

    async def attempt(subscription: WebhookSubscription, event: Event | None) -> dict[str, Any]:
        if event is None:  # the event is gone (retention): nothing to send
            return {
                "at": utcnow().isoformat(),
                "status": None,
                "duration_ms": 0,
                "error": "event no longer kept",
            }
        async with limit:
            return await _post(http, subscription, event, ctx)

    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as http:
        results = await asyncio.gather(*(attempt(s, e) for _, s, e in work))
    for (delivery_id, subscription, _event), result in zip(work, results, strict=True):
        await _record(ctx, delivery_id, subscription.id, result)
    return len(work)


async def _record(
    ctx: Ctx, delivery_id: uuid.UUID, subscription_id: uuid.UUID, result: dict[str, Any]
) -> None:
    settings = ctx.settings
    delivery, subscription = await DeliveryRepository(ctx).locked(delivery_id, subscription_id)
    if delivery is None or subscription is None:
        return
    delivery.attempts += 1
    delivery.history = [*delivery.history, result][-settings.webhook_max_attempts * 2 :]
    delivery.response_status = result["status"]
    delivery.duration_ms = result["duration_ms"]
    delivery.error = result["error"]
    delivery.leased_until = None
    if result["error"] is None:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = (
            "succeeded",
            utcnow(),
            None,
        )
        subscription.consecutive_failures = 0
        return
    if delivery.attempts < settings.webhook_max_attempts:
        delivery.next_attempt_at = utcnow() + backoff(delivery.attempts, ctx)
        return
    delivery.status, delivery.next_attempt_at = "failed", None
    subscription.consecutive_failures += 1
    if subscription.active and (
        subscription.consecutive_failures >= settings.webhook_disable_after_failures
    ):
        subscription.active = False
        subscription.disabled_reason = (
            f"{subscription.consecutive_failures} deliveries in a row failed; last: "
            f"{result['error']}"
        )[:200]
        if subscription.owner_id is not None:
            notify(
                ctx,
                subscription.owner_id,
                NotificationKind.webhook_disabled,
                "notification.webhook_disabled",
                {
                    "url": subscription.url,
                    "failures": subscription.consecutive_failures,
                    "error": str(result["error"])[:200],
                },
                body_key="notification.webhook_disabled.body",
                resource="webhook",
                record_id=subscription.id,
            )
    log.warning(
        "webhook delivery %s gave up after %d attempts: %s",
        delivery.id,
        delivery.attempts,
        result["error"],
    )


#: Senders lease their deliveries, so any number may run at once, on every worker.
SENDER = Job("send_webhooks", 2, send, exclusive=False)
JOBS = [Job("dispatch_webhooks", 2, dispatch), SENDER]
