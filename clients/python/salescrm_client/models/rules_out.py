from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RulesOut")


@_attrs_define
class RulesOut:
    """
    Attributes:
        updated_at (datetime.datetime): When the rules were last changed
        version (int): The version the ETag names
        loyal_min_purchases (int): Purchases (at least) to become loyal
        loyal_min_tenure_days (int): Days (at least) since the first purchase to become loyal
        at_risk_after_days (int): Days without a purchase and without a follow-up before at risk
        churned_after_days (int): Days without a purchase and without a follow-up before churned
        enabled (bool): Whether the scheduled task applies the rules
    """

    updated_at: datetime.datetime
    version: int
    loyal_min_purchases: int
    loyal_min_tenure_days: int
    at_risk_after_days: int
    churned_after_days: int
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at.isoformat()

        version = self.version

        loyal_min_purchases = self.loyal_min_purchases

        loyal_min_tenure_days = self.loyal_min_tenure_days

        at_risk_after_days = self.at_risk_after_days

        churned_after_days = self.churned_after_days

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_at": updated_at,
                "version": version,
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
        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        loyal_min_purchases = d.pop("loyal_min_purchases")

        loyal_min_tenure_days = d.pop("loyal_min_tenure_days")

        at_risk_after_days = d.pop("at_risk_after_days")

        churned_after_days = d.pop("churned_after_days")

        enabled = d.pop("enabled")

        rules_out = cls(
            updated_at=updated_at,
            version=version,
            loyal_min_purchases=loyal_min_purchases,
            loyal_min_tenure_days=loyal_min_tenure_days,
            at_risk_after_days=at_risk_after_days,
            churned_after_days=churned_after_days,
            enabled=enabled,
        )

        rules_out.additional_properties = d
        return rules_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
