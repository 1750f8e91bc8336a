from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoyaltyRow")


@_attrs_define
class LoyaltyRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the cohort's bucket of first purchase (none without one)
        customers (int): Customers with a purchase
        repeat_customers (int): Of them, with two purchases or more
        repeat_rate (None | str): repeat_customers / customers, in %
        average_tenure_days (None | str): Average days since first purchase
        average_purchases (None | str): Average purchases per customer
    """

    period_start: datetime.date | None
    customers: int
    repeat_customers: int
    repeat_rate: None | str
    average_tenure_days: None | str
    average_purchases: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        customers = self.customers

        repeat_customers = self.repeat_customers

        repeat_rate: None | str
        repeat_rate = self.repeat_rate

        average_tenure_days: None | str
        average_tenure_days = self.average_tenure_days

        average_purchases: None | str
        average_purchases = self.average_purchases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "customers": customers,
                "repeat_customers": repeat_customers,
                "repeat_rate": repeat_rate,
                "average_tenure_days": average_tenure_days,
                "average_purchases": average_purchases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        customers = d.pop("customers")

        repeat_customers = d.pop("repeat_customers")

        def _parse_repeat_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repeat_rate = _parse_repeat_rate(d.pop("repeat_rate"))

        def _parse_average_tenure_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_tenure_days = _parse_average_tenure_days(d.pop("average_tenure_days"))

        def _parse_average_purchases(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_purchases = _parse_average_purchases(d.pop("average_purchases"))

        loyalty_row = cls(
            period_start=period_start,
            customers=customers,
            repeat_customers=repeat_customers,
            repeat_rate=repeat_rate,
            average_tenure_days=average_tenure_days,
            average_purchases=average_purchases,
        )

        loyalty_row.additional_properties = d
        return loyalty_row

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
