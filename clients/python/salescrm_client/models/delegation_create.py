from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.approval_type import ApprovalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegationCreate")


@_attrs_define
class DelegationCreate:
    """
    Attributes:
        delegate_id (UUID): Who decides in the approver's place.
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        types (list[ApprovalType] | Unset): Empty: every type.
        reason (None | str | Unset):
        owner_id (None | Unset | UUID): The approver who is away. Default: the caller; someone else needs
            `approval:assign`.
    """

    delegate_id: UUID
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    id: None | Unset | UUID = UNSET
    types: list[ApprovalType] | Unset = UNSET
    reason: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        delegate_id = str(self.delegate_id)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

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

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delegate_id": delegate_id,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if types is not UNSET:
            field_dict["types"] = types
        if reason is not UNSET:
            field_dict["reason"] = reason
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delegate_id = UUID(d.pop("delegate_id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

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

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        delegation_create = cls(
            delegate_id=delegate_id,
            starts_at=starts_at,
            ends_at=ends_at,
            id=id,
            types=types,
            reason=reason,
            owner_id=owner_id,
        )

        return delegation_create
