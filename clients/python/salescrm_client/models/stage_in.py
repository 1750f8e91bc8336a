from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.forecast_category import ForecastCategory
from ..models.stage_kind import StageKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="StageIn")


@_attrs_define
class StageIn:
    """
    Attributes:
        name (str):
        id (None | Unset | UUID): An existing stage of this pipeline to keep (omit for a new one).
        kind (StageKind | Unset):
        probability (int | None | Unset): Default win probability of deals entering the stage (won: 100, lost: 0).
        forecast_category (ForecastCategory | None | Unset): Default forecast category: pipeline, best_case or commit
            for open stages (default pipeline); won stages are closed, lost ones omitted.
    """

    name: str
    id: None | Unset | UUID = UNSET
    kind: StageKind | Unset = UNSET
    probability: int | None | Unset = UNSET
    forecast_category: ForecastCategory | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        probability: int | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        forecast_category: None | str | Unset
        if isinstance(self.forecast_category, Unset):
            forecast_category = UNSET
        elif isinstance(self.forecast_category, ForecastCategory):
            forecast_category = self.forecast_category.value
        else:
            forecast_category = self.forecast_category

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if probability is not UNSET:
            field_dict["probability"] = probability
        if forecast_category is not UNSET:
            field_dict["forecast_category"] = forecast_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: StageKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = StageKind(_kind)

        def _parse_probability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability = _parse_probability(d.pop("probability", UNSET))

        def _parse_forecast_category(data: object) -> ForecastCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forecast_category_type_0 = ForecastCategory(data)

                return forecast_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForecastCategory | None | Unset, data)

        forecast_category = _parse_forecast_category(d.pop("forecast_category", UNSET))

        stage_in = cls(
            name=name,
            id=id,
            kind=kind,
            probability=probability,
            forecast_category=forecast_category,
        )

        return stage_in
