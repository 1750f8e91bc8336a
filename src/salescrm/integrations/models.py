"""Webhook subscriptions, their deliveries, and the outbox positions of the readers of events."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.ids import new_id


class WebhookSubscription(Record, Owned):
    """An integrator's endpoint and the event types it wants, signed with its own secret.

    The owner is who made it: deliveries carry only events of records the owner may read, and
    the owner is told when repeated failures disable it.
    """

    __tablename__ = "webhook_subscriptions"
    __resource__ = "webhook"
    #: The signing secret is never written to the audit trail.
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset({"secret"})

    url: Mapped[str] = mapped_column(String(2000))
    description: Mapped[str | None] = mapped_column(String(200), default=None)
    #: Event types, ``<resource>.*`` or ``*``.
    event_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    secret: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(default=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(200), default=None)
    #: Deliveries that gave up in a row; reset by a success (or re-enabling).
    consecutive_failures: Mapped[int] = mapped_column(default=0)


class WebhookDelivery(Base):
    """One event sent (or to be sent) to one subscription, with every attempt's outcome."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_subscription", "subscription_id", "created_at"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    subscription_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_subscriptions.id"))
    event_id: Mapped[uuid.UUID]
    event_type: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: ``pending`` (to be tried at ``next_attempt_at``), ``succeeded`` or ``failed`` (gave up).
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    #: A sender holds the delivery until then (another worker leaves it alone meanwhile).
    leased_until: Mapped[datetime | None] = mapped_column(default=None)
    response_status: Mapped[int | None] = mapped_column(default=None)
    duration_ms: Mapped[int | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(String(500), default=None)
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Every attempt: ``{"at", "status", "duration_ms", "error"}``, oldest first.
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class OutboxPosition(Base):
    """How far a reader of the event outbox (the webhook dispatcher) has read, as ``(tx, seq)``
    (``core.events``); one row per reader, locked while it reads so it runs once at a time."""

    __tablename__ = "outbox_positions"

    reader: Mapped[str] = mapped_column(String(50), primary_key=True)
    tx: Mapped[int] = mapped_column(BigInteger, default=0)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
