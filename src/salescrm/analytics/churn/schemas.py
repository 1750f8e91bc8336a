"""The rules as read and replaced, the apply's counts, and a churn risk with its reasons."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from salescrm.analytics.churn.models import RiskLevel
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import MoneyOut, RequestModel, UtcDateTime
from salescrm.customers.models import Stage

#: The 422 type of rules whose churned threshold is not after the at-risk one.
THRESHOLDS_ORDER = "thresholds_out_of_order"


class RulesPut(RequestModel):
    """Every rule, replaced as a whole."""

    loyal_min_purchases: int = Field(
        ge=2, le=1000, description="Purchases (at least) for a customer to become loyal"
    )
    loyal_min_tenure_days: int = Field(
        ge=0, le=36500, description="Days (at least) since the first purchase to become loyal"
    )
    at_risk_after_days: int = Field(
        ge=1,
        le=3650,
        description="Days without a purchase and without a follow-up before a customer with "
        "purchases is at risk",
    )
    churned_after_days: int = Field(
        ge=2,
        le=3650,
        description="Days without a purchase and without a follow-up before it is churned "
        "(more than at_risk_after_days)",
    )
    enabled: bool = Field(description="Whether the scheduled task applies the rules")

    @model_validator(mode="after")
    def _in_order(self) -> RulesPut:
        if self.churned_after_days <= self.at_risk_after_days:
            raise PydanticCustomError(
                THRESHOLDS_ORDER,
                "churned_after_days must be more than at_risk_after_days",
            )
        return self


class RulesOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    updated_at: UtcDateTime = Field(description="When the rules were last changed")
    version: int = Field(description="The version the ETag names")
    loyal_min_purchases: int = Field(description="Purchases (at least) to become loyal")
    loyal_min_tenure_days: int = Field(
        description="Days (at least) since the first purchase to become loyal"
    )
    at_risk_after_days: int = Field(
        description="Days without a purchase and without a follow-up before at risk"
    )
    churned_after_days: int = Field(
        description="Days without a purchase and without a follow-up before churned"
    )
    enabled: bool = Field(description="Whether the scheduled task applies the rules")


class TransitionCount(BaseModel):
    from_stage: Stage = Field(description="The stage the customers left")
    to_stage: Stage = Field(description="The stage the rules gave them")
    rule: str = Field(
        description="The rule: first_purchase, repeat_purchase, loyalty, purchase_after_risk, "
        "inactive_at_risk or inactive_churned"
    )
    customers: int = Field(description="How many customers moved so")


class LifecycleApplyResult(BaseModel):
    changed: int = Field(description="Customers whose stage the rules changed")
    transitions: list[TransitionCount] = Field(description="The changes, per from and to stage")


class ChurnReasonOut(BaseModel):
    code: str = Field(
        description="The signal: inactivity, falling_purchases, overdue_payments (later "
        "domains add their own)"
    )
    weight: int = Field(description="The points it adds to the score")
    value: int = Field(
        description="What it measured: days inactive, the drop in percent, overdue payments"
    )
    currency: str | None = Field(description="The currency of the amount it speaks of, if any")
    amount: MoneyOut | None = Field(description="The amount it speaks of (overdue), if any")
    text: str = Field(description="The reason in words, in the caller's language")


class ChurnRiskOut(BaseModel):
    customer_id: uuid.UUID = Field(description="The customer")
    customer: Ref | None = ref("customer")
    owner_id: uuid.UUID | None = Field(description="The customer's owner")
    owner: Ref | None = ref("employee")
    score: int = Field(description="0 to 100: the sum of the reasons' weights, at most 100")
    level: RiskLevel = Field(description="low (below 30), medium (30–59), high (60 and over)")
    reasons: list[ChurnReasonOut] = Field(description="Why, the heaviest first")
    computed_at: UtcDateTime = Field(description="When the score was computed")


class ChurnRiskParams(ListParams):
    owner_id: uuid.UUID | None = Field(None, description="Only customers of this owner")
    level: RiskLevel | None = Field(None, description="Only this level")
    min_score: int | None = Field(None, ge=0, le=100, description="Only scores at least this")


def reasons_of(stored: Any) -> list[dict[str, Any]]:
    """The stored reasons, heaviest first (each engine aggregates them in its own order)."""
    items = [dict(item) for item in stored or []]
    return sorted(items, key=lambda r: (-int(r.get("weight") or 0), str(r.get("code"))))
