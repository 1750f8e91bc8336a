from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="DelegationOut")


@_attrs_define
class DelegationOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        owner_id (None | UUID): The approver who is away.
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        delegate_id (UUID):
        delegate (None | Ref): The employee named by the id beside it: id and name (null if none).
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        types (list[ApprovalType]):
        reason (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    owner: None | Ref
    delegate_id: UUID
    delegate: None | Ref
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    types: list[ApprovalType]
    reason: None | str
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

        delegate_id = str(self.delegate_id)

        delegate: dict[str, Any] | None
        if isinstance(self.delegate, Ref):
            delegate = self.delegate.to_dict()
        else:
            delegate = self.delegate

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        reason: None | str
        reason = self.reason

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
                "delegate_id": delegate_id,
                "delegate": delegate,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "types": types,
                "reason": reason,
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

        delegate_id = UUID(d.pop("delegate_id"))

        def _parse_delegate(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delegate_type_0 = Ref.from_dict(data)

                return delegate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        delegate = _parse_delegate(d.pop("delegate"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = ApprovalType(types_item_data)

            types.append(types_item)

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        delegation_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            owner=owner,
            delegate_id=delegate_id,
            delegate=delegate,
            starts_at=starts_at,
            ends_at=ends_at,
            types=types,
            reason=reason,
        )

        delegation_out.additional_properties = d
        return delegation_out

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
