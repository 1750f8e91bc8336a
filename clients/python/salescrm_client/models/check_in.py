from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.coord_system import CoordSystem
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckIn")


@_attrs_define
class CheckIn:
    """
    Attributes:
        latitude (float):
        longitude (float):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        accuracy_m (float | None | Unset):
        captured_at (datetime.datetime | None | Unset):
        device_now (datetime.datetime | None | Unset):
    """

    latitude: float
    longitude: float
    coord_system: CoordSystem | Unset = UNSET
    accuracy_m: float | None | Unset = UNSET
    captured_at: datetime.datetime | None | Unset = UNSET
    device_now: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        coord_system: str | Unset = UNSET
        if not isinstance(self.coord_system, Unset):
            coord_system = self.coord_system.value

        accuracy_m: float | None | Unset
        if isinstance(self.accuracy_m, Unset):
            accuracy_m = UNSET
        else:
            accuracy_m = self.accuracy_m

        captured_at: None | str | Unset
        if isinstance(self.captured_at, Unset):
            captured_at = UNSET
        elif isinstance(self.captured_at, datetime.datetime):
            captured_at = self.captured_at.isoformat()
        else:
            captured_at = self.captured_at

        device_now: None | str | Unset
        if isinstance(self.device_now, Unset):
            device_now = UNSET
        elif isinstance(self.device_now, datetime.datetime):
            device_now = self.device_now.isoformat()
        else:
            device_now = self.device_now

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
            }
        )
        if coord_system is not UNSET:
            field_dict["coord_system"] = coord_system
        if accuracy_m is not UNSET:
            field_dict["accuracy_m"] = accuracy_m
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if device_now is not UNSET:
            field_dict["device_now"] = device_now

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        _coord_system = d.pop("coord_system", UNSET)
        coord_system: CoordSystem | Unset
        if isinstance(_coord_system, Unset):
            coord_system = UNSET
        else:
            coord_system = CoordSystem(_coord_system)

        def _parse_accuracy_m(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        accuracy_m = _parse_accuracy_m(d.pop("accuracy_m", UNSET))

        def _parse_captured_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                captured_at_type_0 = datetime.datetime.fromisoformat(data)

                return captured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        captured_at = _parse_captured_at(d.pop("captured_at", UNSET))

        def _parse_device_now(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_now_type_0 = datetime.datetime.fromisoformat(data)

                return device_now_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        device_now = _parse_device_now(d.pop("device_now", UNSET))

        check_in = cls(
            latitude=latitude,
            longitude=longitude,
            coord_system=coord_system,
            accuracy_m=accuracy_m,
            captured_at=captured_at,
            device_now=device_now,
        )

        return check_in
