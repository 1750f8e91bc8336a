from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WinRateRow")


@_attrs_define
class WinRateRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        closed_deals (int): Deals closed (won or lost) in the bucket
        won_deals (int): Of them, won
        lost_deals (int): Of them, lost
        win_rate (None | str): Won in percent of closed, two places (null without closed deals)
    """

    period_start: datetime.date | None
    closed_deals: int
    won_deals: int
    lost_deals: int
    win_rate: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        closed_deals = self.closed_deals

        won_deals = self.won_deals

        lost_deals = self.lost_deals

        win_rate: None | str
        win_rate = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "closed_deals": closed_deals,
                "won_deals": won_deals,
                "lost_deals": lost_deals,
                "win_rate": win_rate,
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

        closed_deals = d.pop("closed_deals")

        won_deals = d.pop("won_deals")

        lost_deals = d.pop("lost_deals")

        def _parse_win_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        win_rate_row = cls(
            period_start=period_start,
            closed_deals=closed_deals,
            won_deals=won_deals,
            lost_deals=lost_deals,
            win_rate=win_rate,
        )

        win_rate_row.additional_properties = d
        return win_rate_row

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
