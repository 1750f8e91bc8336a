from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.deal_role import DealRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRoleIn")


@_attrs_define
class ContactRoleIn:
    """
    Attributes:
        contact_id (UUID): A contact of the deal's customer.
        role (DealRole | Unset): A contact's part in a deal.
    """

    contact_id: UUID
    role: DealRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contact_id = str(self.contact_id)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_id": contact_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = UUID(d.pop("contact_id"))

        _role = d.pop("role", UNSET)
        role: DealRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = DealRole(_role)

        contact_role_in = cls(
            contact_id=contact_id,
            role=role,
        )

        return contact_role_in
