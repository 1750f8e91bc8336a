from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTypeUpdate")


@_attrs_define
class ActivityTypeUpdate:
    """
    Attributes:
        name (str | Unset):
        position (int | Unset):
        on_calendar (bool | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    position: int | Unset = UNSET
    on_calendar: bool | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position = self.position

        on_calendar = self.on_calendar

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if on_calendar is not UNSET:
            field_dict["on_calendar"] = on_calendar
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        position = d.pop("position", UNSET)

        on_calendar = d.pop("on_calendar", UNSET)

        active = d.pop("active", UNSET)

        activity_type_update = cls(
            name=name,
            position=position,
            on_calendar=on_calendar,
            active=active,
        )

        return activity_type_update
