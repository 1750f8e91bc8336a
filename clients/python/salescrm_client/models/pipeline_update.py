from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_in import StageIn


T = TypeVar("T", bound="PipelineUpdate")


@_attrs_define
class PipelineUpdate:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        is_default (bool | Unset):
        active (bool | Unset):
        stages (list[StageIn] | None | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    active: bool | Unset = UNSET
    stages: list[StageIn] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_default = self.is_default

        active = self.active

        stages: list[dict[str, Any]] | None | Unset
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, list):
            stages = []
            for stages_type_0_item_data in self.stages:
                stages_type_0_item = stages_type_0_item_data.to_dict()
                stages.append(stages_type_0_item)

        else:
            stages = self.stages

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if active is not UNSET:
            field_dict["active"] = active
        if stages is not UNSET:
            field_dict["stages"] = stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_in import StageIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_default = d.pop("is_default", UNSET)

        active = d.pop("active", UNSET)

        def _parse_stages(data: object) -> list[StageIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stages_type_0 = []
                _stages_type_0 = data
                for stages_type_0_item_data in _stages_type_0:
                    stages_type_0_item = StageIn.from_dict(stages_type_0_item_data)

                    stages_type_0.append(stages_type_0_item)

                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StageIn] | None | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))

        pipeline_update = cls(
            name=name,
            description=description,
            is_default=is_default,
            active=active,
            stages=stages,
        )

        return pipeline_update
