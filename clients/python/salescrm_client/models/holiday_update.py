from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.holiday_kind import HolidayKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="HolidayUpdate")


@_attrs_define
class HolidayUpdate:
    """
    Attributes:
        kind (HolidayKind | Unset):
        name (str | Unset):
    """

    kind: HolidayKind | Unset = UNSET
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: HolidayKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = HolidayKind(_kind)

        name = d.pop("name", UNSET)

        holiday_update = cls(
            kind=kind,
            name=name,
        )

        return holiday_update
