from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverdueCount")


@_attrs_define
class OverdueCount:
    """
    Attributes:
        owner_id (UUID):
        overdue (int):
        oldest_due_at (datetime.datetime):
    """

    owner_id: UUID
    overdue: int
    oldest_due_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = str(self.owner_id)

        overdue = self.overdue

        oldest_due_at = self.oldest_due_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner_id": owner_id,
                "overdue": overdue,
                "oldest_due_at": oldest_due_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner_id = UUID(d.pop("owner_id"))

        overdue = d.pop("overdue")

        oldest_due_at = datetime.datetime.fromisoformat(d.pop("oldest_due_at"))

        overdue_count = cls(
            owner_id=owner_id,
            overdue=overdue,
            oldest_due_at=oldest_due_at,
        )

        overdue_count.additional_properties = d
        return overdue_count

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
