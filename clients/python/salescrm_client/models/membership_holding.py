from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_holding_resource import MembershipHoldingResource
from ..models.share_access import ShareAccess

T = TypeVar("T", bound="MembershipHolding")


@_attrs_define
class MembershipHolding:
    """A share the employee holds personally: a customer's collaborator, a deal-team seat or a
    record shared with them.

        Attributes:
            share_id (UUID):
            resource (MembershipHoldingResource):
            record_id (UUID):
            name (None | str):
            access (ShareAccess):
            role (None | str):
    """

    share_id: UUID
    resource: MembershipHoldingResource
    record_id: UUID
    name: None | str
    access: ShareAccess
    role: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_id = str(self.share_id)

        resource = self.resource.value

        record_id = str(self.record_id)

        name: None | str
        name = self.name

        access = self.access.value

        role: None | str
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "share_id": share_id,
                "resource": resource,
                "record_id": record_id,
                "name": name,
                "access": access,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_id = UUID(d.pop("share_id"))

        resource = MembershipHoldingResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        access = ShareAccess(d.pop("access"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        membership_holding = cls(
            share_id=share_id,
            resource=resource,
            record_id=record_id,
            name=name,
            access=access,
            role=role,
        )

        membership_holding.additional_properties = d
        return membership_holding

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
