from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastFigures")


@_attrs_define
class ForecastFigures:
    """
    Attributes:
        deals (int | Unset): Open deals Default: 0.
        amount (str | Unset): Their amounts summed Default: '0.00'.
        weighted_amount (str | Unset): Σ amount × probability ÷ 100, each deal's rounded half up to the cent (the
            weighted amount each deal shows) Default: '0.00'.
    """

    deals: int | Unset = 0
    amount: str | Unset = "0.00"
    weighted_amount: str | Unset = "0.00"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deals = self.deals

        amount = self.amount

        weighted_amount = self.weighted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deals is not UNSET:
            field_dict["deals"] = deals
        if amount is not UNSET:
            field_dict["amount"] = amount
        if weighted_amount is not UNSET:
            field_dict["weighted_amount"] = weighted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deals = d.pop("deals", UNSET)

        amount = d.pop("amount", UNSET)

        weighted_amount = d.pop("weighted_amount", UNSET)

        forecast_figures = cls(
            deals=deals,
            amount=amount,
            weighted_amount=weighted_amount,
        )

        forecast_figures.additional_properties = d
        return forecast_figures

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
