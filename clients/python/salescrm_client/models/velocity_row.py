from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VelocityRow")


@_attrs_define
class VelocityRow:
    """
    Attributes:
        currency (str): ISO 4217 code of the amounts
        open_deals (int): Open deals now (not bound to the period)
        closed_deals (int): Deals closed (won or lost) in the period
        won_deals (int): Deals won in the period
        win_rate (None | str): Won in percent of closed (null: none)
        average_deal_size (None | str): Average amount of the deals won in the period (null: none)
        average_cycle_days (None | str): Average days from creation to win of the deals won in the period
        velocity (None | str): open deals × win rate × average deal size ÷ average cycle days: money per day, from the
            exact factors, half up to the cent (null when a factor is undefined or the average cycle is not positive)
    """

    currency: str
    open_deals: int
    closed_deals: int
    won_deals: int
    win_rate: None | str
    average_deal_size: None | str
    average_cycle_days: None | str
    velocity: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        open_deals = self.open_deals

        closed_deals = self.closed_deals

        won_deals = self.won_deals

        win_rate: None | str
        win_rate = self.win_rate

        average_deal_size: None | str
        average_deal_size = self.average_deal_size

        average_cycle_days: None | str
        average_cycle_days = self.average_cycle_days

        velocity: None | str
        velocity = self.velocity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "open_deals": open_deals,
                "closed_deals": closed_deals,
                "won_deals": won_deals,
                "win_rate": win_rate,
                "average_deal_size": average_deal_size,
                "average_cycle_days": average_cycle_days,
                "velocity": velocity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        open_deals = d.pop("open_deals")

        closed_deals = d.pop("closed_deals")

        won_deals = d.pop("won_deals")

        def _parse_win_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        def _parse_average_deal_size(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_deal_size = _parse_average_deal_size(d.pop("average_deal_size"))

        def _parse_average_cycle_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_cycle_days = _parse_average_cycle_days(d.pop("average_cycle_days"))

        def _parse_velocity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        velocity = _parse_velocity(d.pop("velocity"))

        velocity_row = cls(
            currency=currency,
            open_deals=open_deals,
            closed_deals=closed_deals,
            won_deals=won_deals,
            win_rate=win_rate,
            average_deal_size=average_deal_size,
            average_cycle_days=average_cycle_days,
            velocity=velocity,
        )

        velocity_row.additional_properties = d
        return velocity_row

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
