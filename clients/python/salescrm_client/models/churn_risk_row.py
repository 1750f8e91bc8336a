from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChurnRiskRow")


@_attrs_define
class ChurnRiskRow:
    """
    Attributes:
        owner_id (UUID): The customers' owner
        owner_name (str): The owner's name
        customers (int): Its live customers (in the caller's scope)
        low (int): Of them at low risk (a customer without a reason: score 0)
        medium (int): Of them at medium risk
        high (int): Of them at high risk
        average_score (None | str): Their average score (2 places)
    """

    owner_id: UUID
    owner_name: str
    customers: int
    low: int
    medium: int
    high: int
    average_score: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = str(self.owner_id)

        owner_name = self.owner_name

        customers = self.customers

        low = self.low

        medium = self.medium

        high = self.high

        average_score: None | str
        average_score = self.average_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_id": owner_id,
                "owner_name": owner_name,
                "customers": customers,
                "low": low,
                "medium": medium,
                "high": high,
                "average_score": average_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner_id = UUID(d.pop("owner_id"))

        owner_name = d.pop("owner_name")

        customers = d.pop("customers")

        low = d.pop("low")

        medium = d.pop("medium")

        high = d.pop("high")

        def _parse_average_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_score = _parse_average_score(d.pop("average_score"))

        churn_risk_row = cls(
            owner_id=owner_id,
            owner_name=owner_name,
            customers=customers,
            low=low,
            medium=medium,
            high=high,
            average_score=average_score,
        )

        churn_risk_row.additional_properties = d
        return churn_risk_row

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
