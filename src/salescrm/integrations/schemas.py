"""Webhook subscriptions and deliveries as the API reads and writes them."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, PlainSerializer

from salescrm.core import events, i18n
from salescrm.core.pagination import ListParams
from salescrm.core.schemas import CreateModel, RecordOut, RequestModel, enum_of
from salescrm.core.visibility import restricted

#: An http(s) URL, kept as the text the client sent (normalised by Pydantic).
WebhookUrl = Annotated[
    AnyHttpUrl,
    Field(max_length=2000, description="Where events are POSTed: an http or https URL."),
    PlainSerializer(str, return_type=str),
]


def _subscribable() -> list[str]:
    """``*``, each resource's ``<resource>.*`` and every event type (``core.events``)."""
    catalogue = events.catalogue()
    return ["*", *(f"{r}.*" for r in catalogue), *(t for ts in catalogue.values() for t in ts)]


EventTypeName = Annotated[
    str,
    Field(
        min_length=1,
        max_length=80,
        description="An event type (`opportunity.won`), all of a resource's (`customer.*`), "
        "or every event (`*`); see `GET /event-types`.",
        json_schema_extra=enum_of(_subscribable),
    ),
]
EventTypes = Annotated[list[EventTypeName], Field(min_length=1, max_length=100)]
Description = Annotated[str, Field(min_length=1, max_length=200)]


class WebhookCreate(CreateModel):
    url: WebhookUrl
    event_types: EventTypes
    description: Description | None = None
    active: bool = True
    owner_id: uuid.UUID | None = Field(
        None,
        description="Whose subscription it is (deliveries carry only events of records the "
        "owner may read); defaults to the caller.",
    )


class WebhookUpdate(RequestModel):
    url: WebhookUrl | None = None
    event_types: EventTypes | None = None
    description: Description | None = None
    active: bool | None = Field(
        None, description="Re-enabling a subscription disabled by failures starts a new count."
    )
    owner_id: uuid.UUID | None = None


class WebhookOut(RecordOut):
    url: str
    event_types: list[str]
    description: str | None
    active: bool
    disabled_reason: str | None = Field(
        description="Why the service disabled it (failures in a row), if it did."
    )
    consecutive_failures: int
    owner_id: uuid.UUID | None
    secret: str | None = restricted(
        "webhook:manage",
        description="The signing secret (`whsec_…`, Standard Webhooks): verify each delivery's "
        "`webhook-signature` with it.",
    )


class WebhookListParams(ListParams):
    active: bool | None = None


class DeliveryStatus(StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"


i18n.register_enum(
    DeliveryStatus,
    {
        "pending": ("Pending", "待发送"),
        "succeeded": ("Succeeded", "成功"),
        "failed": ("Failed", "失败"),
    },
)


class Attempt(BaseModel):
    at: datetime
    status: int | None = Field(description="The receiver's HTTP status; null if none came.")
    duration_ms: int
    error: str | None = Field(description="Why it failed: a status, a timeout, a refused …")


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: uuid.UUID = Field(description="Also the delivery's `webhook-id` header.")
    event_type: str
    created_at: datetime
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="When it is tried next, if pending.")
    response_status: int | None = Field(description="The last attempt's HTTP status.")
    duration_ms: int | None = Field(description="The last attempt's duration.")
    error: str | None
    delivered_at: datetime | None
    history: list[Attempt]


class DeliveryListParams(ListParams):
    status: DeliveryStatus | None = None
