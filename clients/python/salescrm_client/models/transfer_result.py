from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferResult")


@_attrs_define
class TransferResult:
    """
    Attributes:
        transferred (int): How many customers changed owner.
        customer_ids (list[UUID]): The customers that changed owner (those the new owner already had are left as they
            were).
    """

    transferred: int
    customer_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transferred = self.transferred

        customer_ids = []
        for customer_ids_item_data in self.customer_ids:
            customer_ids_item = str(customer_ids_item_data)
            customer_ids.append(customer_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferred": transferred,
                "customer_ids": customer_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transferred = d.pop("transferred")

        customer_ids = []
        _customer_ids = d.pop("customer_ids")
        for customer_ids_item_data in _customer_ids:
            customer_ids_item = UUID(customer_ids_item_data)

            customer_ids.append(customer_ids_item)

        transfer_result = cls(
            transferred=transferred,
            customer_ids=customer_ids,
        )

        transfer_result.additional_properties = d
        return transfer_result

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
