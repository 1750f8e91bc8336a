from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_kind import StageKind

if TYPE_CHECKING:
    from ..models.stage_amount import StageAmount


T = TypeVar("T", bound="FunnelRow")


@_attrs_define
class FunnelRow:
    """
    Attributes:
        stage_id (UUID): The stage
        name (str): The stage's name
        kind (StageKind):
        position (int): The stage's place in its pipeline
        reached (int): Deals created in the period that entered this stage or a later one (a won deal reached every open
            stage; won and lost: entered it)
        conversion_rate (None | str): Of the deals that reached this stage, the percent that reached the next (the next
            open stage, or the won stage after the last open one); null on the won and lost stages or when none reached this
            one
        current_deals (int): Deals of the funnel in this stage now
        current_amounts (list[StageAmount]): Their count and amount per currency (currencies are never added)
        average_days (None | str): Average days a deal that left the stage spent in it (all its stays together), two
            places; null when none left it
    """

    stage_id: UUID
    name: str
    kind: StageKind
    position: int
    reached: int
    conversion_rate: None | str
    current_deals: int
    current_amounts: list[StageAmount]
    average_days: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage_id = str(self.stage_id)

        name = self.name

        kind = self.kind.value

        position = self.position

        reached = self.reached

        conversion_rate: None | str
        conversion_rate = self.conversion_rate

        current_deals = self.current_deals

        current_amounts = []
        for current_amounts_item_data in self.current_amounts:
            current_amounts_item = current_amounts_item_data.to_dict()
            current_amounts.append(current_amounts_item)

        average_days: None | str
        average_days = self.average_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage_id": stage_id,
                "name": name,
                "kind": kind,
                "position": position,
                "reached": reached,
                "conversion_rate": conversion_rate,
                "current_deals": current_deals,
                "current_amounts": current_amounts,
                "average_days": average_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_amount import StageAmount  # noqa: PLC0415

        d = dict(src_dict)
        stage_id = UUID(d.pop("stage_id"))

        name = d.pop("name")

        kind = StageKind(d.pop("kind"))

        position = d.pop("position")

        reached = d.pop("reached")

        def _parse_conversion_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conversion_rate = _parse_conversion_rate(d.pop("conversion_rate"))

        current_deals = d.pop("current_deals")

        current_amounts = []
        _current_amounts = d.pop("current_amounts")
        for current_amounts_item_data in _current_amounts:
            current_amounts_item = StageAmount.from_dict(current_amounts_item_data)

            current_amounts.append(current_amounts_item)

        def _parse_average_days(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        average_days = _parse_average_days(d.pop("average_days"))

        funnel_row = cls(
            stage_id=stage_id,
            name=name,
            kind=kind,
            position=position,
            reached=reached,
            conversion_rate=conversion_rate,
            current_deals=current_deals,
            current_amounts=current_amounts,
            average_days=average_days,
        )

        funnel_row.additional_properties = d
        return funnel_row

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
