from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_out import ContactOut


T = TypeVar("T", bound="PoolContacts")


@_attrs_define
class PoolContacts:
    """
    Attributes:
        customer_id (UUID):
        contacts_masked (bool): True when the pool masks contact details until a claim: phones, e-mail and WeChat are
            shown partly, birthdays and notes not at all.
        items (list[ContactOut]): Up to 200 contacts, primary first.
    """

    customer_id: UUID
    contacts_masked: bool
    items: list[ContactOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        contacts_masked = self.contacts_masked

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "contacts_masked": contacts_masked,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_out import ContactOut  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = UUID(d.pop("customer_id"))

        contacts_masked = d.pop("contacts_masked")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContactOut.from_dict(items_item_data)

            items.append(items_item)

        pool_contacts = cls(
            customer_id=customer_id,
            contacts_masked=contacts_masked,
            items=items,
        )

        pool_contacts.additional_properties = d
        return pool_contacts

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
