from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_category import ForecastCategory
from ..models.stage_kind import StageKind

T = TypeVar("T", bound="StageOut")


@_attrs_define
class StageOut:
    """
    Attributes:
        id (UUID):
        name (str):
        position (int):
        kind (StageKind):
        probability (int):
        forecast_category (ForecastCategory): Where a deal counts in a forecast; won deals are ``closed``, lost ones
            ``omitted``.
    """

    id: UUID
    name: str
    position: int
    kind: StageKind
    probability: int
    forecast_category: ForecastCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        position = self.position

        kind = self.kind.value

        probability = self.probability

        forecast_category = self.forecast_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "position": position,
                "kind": kind,
                "probability": probability,
                "forecast_category": forecast_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        position = d.pop("position")

        kind = StageKind(d.pop("kind"))

        probability = d.pop("probability")

        forecast_category = ForecastCategory(d.pop("forecast_category"))

        stage_out = cls(
            id=id,
            name=name,
            position=position,
            kind=kind,
            probability=probability,
            forecast_category=forecast_category,
        )

        stage_out.additional_properties = d
        return stage_out

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
