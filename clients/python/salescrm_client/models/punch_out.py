from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.punch_kind import PunchKind
from ..models.punch_source import PunchSource

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="PunchOut")


@_attrs_define
class PunchOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        owner_id (None | UUID): Whose punch it is.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        kind (PunchKind):
        at (datetime.datetime):
        day (datetime.date): The business day it counts for.
        source (PunchSource):
        latitude (float | None):
        longitude (float | None):
        accuracy_m (float | None):
        note (None | str):
        request_id (None | UUID): The approved correction that added it.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    owner: None | Ref
    kind: PunchKind
    at: datetime.datetime
    day: datetime.date
    source: PunchSource
    latitude: float | None
    longitude: float | None
    accuracy_m: float | None
    note: None | str
    request_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        kind = self.kind.value

        at = self.at.isoformat()

        day = self.day.isoformat()

        source = self.source.value

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        accuracy_m: float | None
        accuracy_m = self.accuracy_m

        note: None | str
        note = self.note

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "owner_id": owner_id,
                "owner": owner,
                "kind": kind,
                "at": at,
                "day": day,
                "source": source,
                "latitude": latitude,
                "longitude": longitude,
                "accuracy_m": accuracy_m,
                "note": note,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        kind = PunchKind(d.pop("kind"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        day = datetime.date.fromisoformat(d.pop("day"))

        source = PunchSource(d.pop("source"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        def _parse_accuracy_m(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        accuracy_m = _parse_accuracy_m(d.pop("accuracy_m"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        request_id = _parse_request_id(d.pop("request_id"))

        punch_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            owner=owner,
            kind=kind,
            at=at,
            day=day,
            source=source,
            latitude=latitude,
            longitude=longitude,
            accuracy_m=accuracy_m,
            note=note,
            request_id=request_id,
        )

        punch_out.additional_properties = d
        return punch_out

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
