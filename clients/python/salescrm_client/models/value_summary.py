from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValueSummary")


@_attrs_define
class ValueSummary:
    """
    Attributes:
        currency (str): ISO 4217 code of the amounts
        customers (int): Customers with a purchase (and so a lifetime value)
        total_lifetime_value (str): Sum of their lifetime values
        average_lifetime_value (None | str): Average lifetime value
        paid_total (str): Sum of what they paid so far
    """

    currency: str
    customers: int
    total_lifetime_value: str
    average_lifetime_value: None | str
    paid_total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        customers = self.customers

        total_lifetime_value = self.total_lifetime_value

        average_lifetime_value: None | str
        average_lifetime_value = self.average_lifetime_value

        paid_total = self.paid_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "customers": customers,
                "total_lifetime_value": total_lifetime_value,
                "average_lifetime_value": average_lifetime_value,
                "paid_total": paid_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        customers = d.pop("customers")

        total_lifetime_value = d.pop("total_lifetime_value")

        def _parse_average_lifetime_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_lifetime_value = _parse_average_lifetime_value(d.pop("average_lifetime_value"))

        paid_total = d.pop("paid_total")

        value_summary = cls(
            currency=currency,
            customers=customers,
            total_lifetime_value=total_lifetime_value,
            average_lifetime_value=average_lifetime_value,
            paid_total=paid_total,
        )

        value_summary.additional_properties = d
        return value_summary

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
