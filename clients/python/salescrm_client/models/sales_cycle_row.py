from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SalesCycleRow")


@_attrs_define
class SalesCycleRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        won_deals (int): Deals won in the bucket
        average_days (None | str): Average days from creation to close, two places (null without deals)
        median_days (None | str): Median days (the mean of the two middle deals for an even count)
        min_days (int | None): The shortest cycle in days
        max_days (int | None): The longest cycle in days
    """

    period_start: datetime.date | None
    won_deals: int
    average_days: None | str
    median_days: None | str
    min_days: int | None
    max_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        won_deals = self.won_deals

        average_days: None | str
        average_days = self.average_days

        median_days: None | str
        median_days = self.median_days

        min_days: int | None
        min_days = self.min_days

        max_days: int | None
        max_days = self.max_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "won_deals": won_deals,
                "average_days": average_days,
                "median_days": median_days,
                "min_days": min_days,
                "max_days": max_days,
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

        won_deals = d.pop("won_deals")

        def _parse_average_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_days = _parse_average_days(d.pop("average_days"))

        def _parse_median_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        median_days = _parse_median_days(d.pop("median_days"))

        def _parse_min_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_days = _parse_min_days(d.pop("min_days"))

        def _parse_max_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_days = _parse_max_days(d.pop("max_days"))

        sales_cycle_row = cls(
            period_start=period_start,
            won_deals=won_deals,
            average_days=average_days,
            median_days=median_days,
            min_days=min_days,
            max_days=max_days,
        )

        sales_cycle_row.additional_properties = d
        return sales_cycle_row

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
