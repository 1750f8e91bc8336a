from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RulesPut")


@_attrs_define
class RulesPut:
    """Every rule, replaced as a whole.

    Attributes:
        loyal_min_purchases (int): Purchases (at least) for a customer to become loyal
        loyal_min_tenure_days (int): Days (at least) since the first purchase to become loyal
        at_risk_after_days (int): Days without a purchase and without a follow-up before a customer with purchases is at
            risk
        churned_after_days (int): Days without a purchase and without a follow-up before it is churned (more than
            at_risk_after_days)
        enabled (bool): Whether the scheduled task applies the rules
    """

    loyal_min_purchases: int
    loyal_min_tenure_days: int
    at_risk_after_days: int
    churned_after_days: int
    enabled: bool

    def to_dict(self) -> dict[str, Any]:
        loyal_min_purchases = self.loyal_min_purchases

        loyal_min_tenure_days = self.loyal_min_tenure_days

        at_risk_after_days = self.at_risk_after_days

        churned_after_days = self.churned_after_days

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loyal_min_purchases": loyal_min_purchases,
                "loyal_min_tenure_days": loyal_min_tenure_days,
                "at_risk_after_days": at_risk_after_days,
                "churned_after_days": churned_after_days,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loyal_min_purchases = d.pop("loyal_min_purchases")

        loyal_min_tenure_days = d.pop("loyal_min_tenure_days")

        at_risk_after_days = d.pop("at_risk_after_days")

        churned_after_days = d.pop("churned_after_days")

        enabled = d.pop("enabled")

        rules_put = cls(
            loyal_min_purchases=loyal_min_purchases,
            loyal_min_tenure_days=loyal_min_tenure_days,
            at_risk_after_days=at_risk_after_days,
            churned_after_days=churned_after_days,
            enabled=enabled,
        )

        return rules_put
