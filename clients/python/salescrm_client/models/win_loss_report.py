from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.competitor_win_loss import CompetitorWinLoss


T = TypeVar("T", bound="WinLossReport")


@_attrs_define
class WinLossReport:
    """
    Attributes:
        closed_from (datetime.date):
        closed_to (datetime.date):
        deals (int): Closed deals in the period, in the caller's scope.
        won (int):
        lost (int):
        win_rate (None | str):
        competitors (list[CompetitorWinLoss]):
    """

    closed_from: datetime.date
    closed_to: datetime.date
    deals: int
    won: int
    lost: int
    win_rate: None | str
    competitors: list[CompetitorWinLoss]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closed_from = self.closed_from.isoformat()

        closed_to = self.closed_to.isoformat()

        deals = self.deals

        won = self.won

        lost = self.lost

        win_rate: None | str
        win_rate = self.win_rate

        competitors = []
        for competitors_item_data in self.competitors:
            competitors_item = competitors_item_data.to_dict()
            competitors.append(competitors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closed_from": closed_from,
                "closed_to": closed_to,
                "deals": deals,
                "won": won,
                "lost": lost,
                "win_rate": win_rate,
                "competitors": competitors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competitor_win_loss import CompetitorWinLoss  # noqa: PLC0415

        d = dict(src_dict)
        closed_from = datetime.date.fromisoformat(d.pop("closed_from"))

        closed_to = datetime.date.fromisoformat(d.pop("closed_to"))

        deals = d.pop("deals")

        won = d.pop("won")

        lost = d.pop("lost")

        def _parse_win_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        competitors = []
        _competitors = d.pop("competitors")
        for competitors_item_data in _competitors:
            competitors_item = CompetitorWinLoss.from_dict(competitors_item_data)

            competitors.append(competitors_item)

        win_loss_report = cls(
            closed_from=closed_from,
            closed_to=closed_to,
            deals=deals,
            won=won,
            lost=lost,
            win_rate=win_rate,
            competitors=competitors,
        )

        win_loss_report.additional_properties = d
        return win_loss_report

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
