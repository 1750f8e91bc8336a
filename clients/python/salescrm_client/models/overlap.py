from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="Overlap")


@_attrs_define
class Overlap:
    """
    Attributes:
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        first_id (UUID):
        first (None | Ref): The schedule named by the id beside it: id and name (null if none).
        second_id (UUID):
        second (None | Ref): The schedule named by the id beside it: id and name (null if none).
        starts_at (datetime.datetime): When the two start to meet.
        ends_at (datetime.datetime): When they stop meeting.
    """

    owner_id: None | UUID
    owner: None | Ref
    first_id: UUID
    first: None | Ref
    second_id: UUID
    second: None | Ref
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

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

        first_id = str(self.first_id)

        first: dict[str, Any] | None
        if isinstance(self.first, Ref):
            first = self.first.to_dict()
        else:
            first = self.first

        second_id = str(self.second_id)

        second: dict[str, Any] | None
        if isinstance(self.second, Ref):
            second = self.second.to_dict()
        else:
            second = self.second

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_id": owner_id,
                "owner": owner,
                "first_id": first_id,
                "first": first,
                "second_id": second_id,
                "second": second,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

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

        first_id = UUID(d.pop("first_id"))

        def _parse_first(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_type_0 = Ref.from_dict(data)

                return first_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        first = _parse_first(d.pop("first"))

        second_id = UUID(d.pop("second_id"))

        def _parse_second(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                second_type_0 = Ref.from_dict(data)

                return second_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        second = _parse_second(d.pop("second"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        overlap = cls(
            owner_id=owner_id,
            owner=owner,
            first_id=first_id,
            first=first,
            second_id=second_id,
            second=second,
            starts_at=starts_at,
            ends_at=ends_at,
        )

        overlap.additional_properties = d
        return overlap

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
