from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_in import StageIn


T = TypeVar("T", bound="PipelineCreate")


@_attrs_define
class PipelineCreate:
    """
    Attributes:
        name (str):
        stages (list[StageIn]): In order. At least one open stage, exactly one won and one lost stage; names unique. On
            update the list replaces the current one: stages named by id are kept, others are new, and a stage left out is
            deleted (409 while deals are in it).
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        description (None | str | Unset):
        is_default (bool | Unset): New deals go here when no pipeline is given. Default: False.
        active (bool | Unset):  Default: True.
    """

    name: str
    stages: list[StageIn]
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    is_default: bool | Unset = False
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_default = self.is_default

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "stages": stages,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_in import StageIn  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = StageIn.from_dict(stages_item_data)

            stages.append(stages_item)

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_default = d.pop("is_default", UNSET)

        active = d.pop("active", UNSET)

        pipeline_create = cls(
            name=name,
            stages=stages,
            id=id,
            description=description,
            is_default=is_default,
            active=active,
        )

        return pipeline_create
