from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LossReasonUpdate")


@_attrs_define
class LossReasonUpdate:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        position (int | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    position: int | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        position = self.position

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if position is not UNSET:
            field_dict["position"] = position
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        position = d.pop("position", UNSET)

        active = d.pop("active", UNSET)

        loss_reason_update = cls(
            name=name,
            description=description,
            position=position,
            active=active,
        )

        return loss_reason_update
