from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deal_role import DealRole

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="ContactRoleOut")


@_attrs_define
class ContactRoleOut:
    """
    Attributes:
        contact_id (UUID):
        contact (None | Ref): The contact named by the id beside it: id and name (null if none).
        role (DealRole): A contact's part in a deal.
    """

    contact_id: UUID
    contact: None | Ref
    role: DealRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        contact_id = str(self.contact_id)

        contact: dict[str, Any] | None
        if isinstance(self.contact, Ref):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "contact": contact,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        contact_id = UUID(d.pop("contact_id"))

        def _parse_contact(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Ref.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        contact = _parse_contact(d.pop("contact"))

        role = DealRole(d.pop("role"))

        contact_role_out = cls(
            contact_id=contact_id,
            contact=contact,
            role=role,
        )

        contact_role_out.additional_properties = d
        return contact_role_out

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
