from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VisitCount")


@_attrs_define
class VisitCount:
    """
    Attributes:
        owner_id (UUID):
        completed (int): Visits checked out in the period.
        flagged (int): … of which checked in too far from the customer.
        customers (int): Different customers visited.
    """

    owner_id: UUID
    completed: int
    flagged: int
    customers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = str(self.owner_id)

        completed = self.completed

        flagged = self.flagged

        customers = self.customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_id": owner_id,
                "completed": completed,
                "flagged": flagged,
                "customers": customers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner_id = UUID(d.pop("owner_id"))

        completed = d.pop("completed")

        flagged = d.pop("flagged")

        customers = d.pop("customers")

        visit_count = cls(
            owner_id=owner_id,
            completed=completed,
            flagged=flagged,
            customers=customers,
        )

        visit_count.additional_properties = d
        return visit_count

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
