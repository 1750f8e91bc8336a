from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DealSizeRow")


@_attrs_define
class DealSizeRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        currency (str): ISO 4217 code of the amounts
        won_deals (int): Deals won in the bucket
        total_amount (str): Their amounts summed
        average_amount (str): Their average amount (half up to the cent)
    """

    period_start: datetime.date | None
    currency: str
    won_deals: int
    total_amount: str
    average_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        currency = self.currency

        won_deals = self.won_deals

        total_amount = self.total_amount

        average_amount = self.average_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "currency": currency,
                "won_deals": won_deals,
                "total_amount": total_amount,
                "average_amount": average_amount,
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

        currency = d.pop("currency")

        won_deals = d.pop("won_deals")

        total_amount = d.pop("total_amount")

        average_amount = d.pop("average_amount")

        deal_size_row = cls(
            period_start=period_start,
            currency=currency,
            won_deals=won_deals,
            total_amount=total_amount,
            average_amount=average_amount,
        )

        deal_size_row.additional_properties = d
        return deal_size_row

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
