from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FollowUpGapRow")


@_attrs_define
class FollowUpGapRow:
    """
    Attributes:
        employee_id (UUID): The customers' owner
        employee_name (None | str): The owner's name
        customers (int): Owned customers with no follow-up in the last `days` days
        never_followed_up (int): … of them never followed up at all
        oldest_gap_days (int | None): Days since the oldest last follow-up among them (null: none was ever followed up)
    """

    employee_id: UUID
    employee_name: None | str
    customers: int
    never_followed_up: int
    oldest_gap_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_name: None | str
        employee_name = self.employee_name

        customers = self.customers

        never_followed_up = self.never_followed_up

        oldest_gap_days: int | None
        oldest_gap_days = self.oldest_gap_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_name": employee_name,
                "customers": customers,
                "never_followed_up": never_followed_up,
                "oldest_gap_days": oldest_gap_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        def _parse_employee_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_name = _parse_employee_name(d.pop("employee_name"))

        customers = d.pop("customers")

        never_followed_up = d.pop("never_followed_up")

        def _parse_oldest_gap_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        oldest_gap_days = _parse_oldest_gap_days(d.pop("oldest_gap_days"))

        follow_up_gap_row = cls(
            employee_id=employee_id,
            employee_name=employee_name,
            customers=customers,
            never_followed_up=never_followed_up,
            oldest_gap_days=oldest_gap_days,
        )

        follow_up_gap_row.additional_properties = d
        return follow_up_gap_row

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
