from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.abc_class import AbcClass

T = TypeVar("T", bound="AbcRow")


@_attrs_define
class AbcRow:
    """
    Attributes:
        abc_class (AbcClass): The customer's share of the last 12 months' revenue (Pareto): A makes the first 80 %,
            B the next 15 %, C the rest.
        currency (str): ISO 4217 code of the amounts
        customers (int): Customers in the class
        revenue (str): Their purchases' amount in the last 365 days
        revenue_share (None | str): Their share of the revenue of every class in this answer, in %
    """

    abc_class: AbcClass
    currency: str
    customers: int
    revenue: str
    revenue_share: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abc_class = self.abc_class.value

        currency = self.currency

        customers = self.customers

        revenue = self.revenue

        revenue_share: None | str
        revenue_share = self.revenue_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abc_class": abc_class,
                "currency": currency,
                "customers": customers,
                "revenue": revenue,
                "revenue_share": revenue_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abc_class = AbcClass(d.pop("abc_class"))

        currency = d.pop("currency")

        customers = d.pop("customers")

        revenue = d.pop("revenue")

        def _parse_revenue_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revenue_share = _parse_revenue_share(d.pop("revenue_share"))

        abc_row = cls(
            abc_class=abc_class,
            currency=currency,
            customers=customers,
            revenue=revenue,
            revenue_share=revenue_share,
        )

        abc_row.additional_properties = d
        return abc_row

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
