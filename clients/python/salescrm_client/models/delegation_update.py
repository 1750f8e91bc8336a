from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.approval_type import ApprovalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegationUpdate")


@_attrs_define
class DelegationUpdate:
    """
    Attributes:
        delegate_id (UUID | Unset):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        types (list[ApprovalType] | Unset):
        reason (None | str | Unset):
    """

    delegate_id: UUID | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    types: list[ApprovalType] | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        delegate_id: str | Unset = UNSET
        if not isinstance(self.delegate_id, Unset):
            delegate_id = str(self.delegate_id)

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if delegate_id is not UNSET:
            field_dict["delegate_id"] = delegate_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if types is not UNSET:
            field_dict["types"] = types
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _delegate_id = d.pop("delegate_id", UNSET)
        delegate_id: UUID | Unset
        if isinstance(_delegate_id, Unset):
            delegate_id = UNSET
        else:
            delegate_id = UUID(_delegate_id)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        _types = d.pop("types", UNSET)
        types: list[ApprovalType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = ApprovalType(types_item_data)

                types.append(types_item)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        delegation_update = cls(
            delegate_id=delegate_id,
            starts_at=starts_at,
            ends_at=ends_at,
            types=types,
            reason=reason,
        )

        return delegation_update
