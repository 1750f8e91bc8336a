from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityTypeCreate")


@_attrs_define
class ActivityTypeCreate:
    """
    Attributes:
        code (str):
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        position (int | Unset):  Default: 0.
        on_calendar (bool | Unset): Its activities appear in calendar feeds. Default: False.
        active (bool | Unset):  Default: True.
    """

    code: str
    name: str
    id: None | Unset | UUID = UNSET
    position: int | Unset = 0
    on_calendar: bool | Unset = False
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        position = self.position

        on_calendar = self.on_calendar

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        code = d.pop("code")

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

        position = d.pop("position", UNSET)

        on_calendar = d.pop("on_calendar", UNSET)

        active = d.pop("active", UNSET)

        activity_type_create = cls(
            code=code,
            name=name,
            id=id,
            position=position,
            on_calendar=on_calendar,
            active=active,
        )

        return activity_type_create
