"""Base request/response models and the shared field types (money, currency)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from salescrm.core.db.types import quantize_money


class RequestModel(BaseModel):
    """Request bodies: unknown fields are a 422, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CreateModel(RequestModel):
    id: uuid.UUID | None = Field(
        None, description="Optional client-chosen id (UUIDv7); repeating a create is idempotent."
    )


class RecordOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int = Field(description="Incremented by every change; the ETag is this number.")


def _money_text(value: Decimal) -> str:
    return f"{quantize_money(value):.2f}"


Money = Annotated[
    Decimal,
    Field(max_digits=16, decimal_places=2, examples=["12500.00"]),
    PlainSerializer(_money_text, return_type=str, when_used="json"),
]
"""An amount: a decimal string with two places in JSON (``"12500.00"``), never a float."""

NonNegativeMoney = Annotated[Money, Field(ge=0)]

Currency = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code", examples=["CNY"]),
]
