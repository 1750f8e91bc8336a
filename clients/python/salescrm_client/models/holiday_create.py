from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.holiday_kind import HolidayKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="HolidayCreate")


@_attrs_define
class HolidayCreate:
    """
    Attributes:
        day (datetime.date):
        kind (HolidayKind):
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
    """

    day: datetime.date
    kind: HolidayKind
    name: str
    id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        kind = self.kind.value

        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "kind": kind,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        kind = HolidayKind(d.pop("kind"))

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

        holiday_create = cls(
            day=day,
            kind=kind,
            name=name,
            id=id,
        )

        return holiday_create
