from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.competitor_win_loss_amount_lost import CompetitorWinLossAmountLost
    from ..models.competitor_win_loss_amount_lost_to_them import CompetitorWinLossAmountLostToThem
    from ..models.reason_count import ReasonCount


T = TypeVar("T", bound="CompetitorWinLoss")


@_attrs_define
class CompetitorWinLoss:
    """
    Attributes:
        competitor_id (UUID):
        name (str):
        deals_met (int): Closed deals in the period where we met them.
        won (int): … that we won.
        lost (int): … that we lost (to anyone).
        lost_to_them (int): … that they won.
        win_rate (None | str): won / deals_met in percent; None without deals.
        amount_lost (CompetitorWinLossAmountLost): The amount of the deals we lost, per currency: an exact sum, which
            may pass the largest amount one record holds.
        amount_lost_to_them (CompetitorWinLossAmountLostToThem): … of those they won, per currency.
        top_loss_reasons (list[ReasonCount]):
    """

    competitor_id: UUID
    name: str
    deals_met: int
    won: int
    lost: int
    lost_to_them: int
    win_rate: None | str
    amount_lost: CompetitorWinLossAmountLost
    amount_lost_to_them: CompetitorWinLossAmountLostToThem
    top_loss_reasons: list[ReasonCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        competitor_id = str(self.competitor_id)

        name = self.name

        deals_met = self.deals_met

        won = self.won

        lost = self.lost

        lost_to_them = self.lost_to_them

        win_rate: None | str
        win_rate = self.win_rate

        amount_lost = self.amount_lost.to_dict()

        amount_lost_to_them = self.amount_lost_to_them.to_dict()

        top_loss_reasons = []
        for top_loss_reasons_item_data in self.top_loss_reasons:
            top_loss_reasons_item = top_loss_reasons_item_data.to_dict()
            top_loss_reasons.append(top_loss_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "competitor_id": competitor_id,
                "name": name,
                "deals_met": deals_met,
                "won": won,
                "lost": lost,
                "lost_to_them": lost_to_them,
                "win_rate": win_rate,
                "amount_lost": amount_lost,
                "amount_lost_to_them": amount_lost_to_them,
                "top_loss_reasons": top_loss_reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competitor_win_loss_amount_lost import CompetitorWinLossAmountLost  # noqa: PLC0415
        from ..models.competitor_win_loss_amount_lost_to_them import CompetitorWinLossAmountLostToThem  # noqa: PLC0415
        from ..models.reason_count import ReasonCount  # noqa: PLC0415

        d = dict(src_dict)
        competitor_id = UUID(d.pop("competitor_id"))

        name = d.pop("name")

        deals_met = d.pop("deals_met")

        won = d.pop("won")

        lost = d.pop("lost")

        lost_to_them = d.pop("lost_to_them")

        def _parse_win_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        amount_lost = CompetitorWinLossAmountLost.from_dict(d.pop("amount_lost"))

        amount_lost_to_them = CompetitorWinLossAmountLostToThem.from_dict(d.pop("amount_lost_to_them"))

        top_loss_reasons = []
        _top_loss_reasons = d.pop("top_loss_reasons")
        for top_loss_reasons_item_data in _top_loss_reasons:
            top_loss_reasons_item = ReasonCount.from_dict(top_loss_reasons_item_data)

            top_loss_reasons.append(top_loss_reasons_item)

        competitor_win_loss = cls(
            competitor_id=competitor_id,
            name=name,
            deals_met=deals_met,
            won=won,
            lost=lost,
            lost_to_them=lost_to_them,
            win_rate=win_rate,
            amount_lost=amount_lost,
            amount_lost_to_them=amount_lost_to_them,
            top_loss_reasons=top_loss_reasons,
        )

        competitor_win_loss.additional_properties = d
        return competitor_win_loss

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
