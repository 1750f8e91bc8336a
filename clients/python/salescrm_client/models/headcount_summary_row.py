from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HeadcountSummaryRow")


@_attrs_define
class HeadcountSummaryRow:
    """
    Attributes:
        department_id (UUID):
        planned (int):
        actual (int):
        open_requisitions (int): Headcount asked by pending or approved ones.
    """

    department_id: UUID
    planned: int
    actual: int
    open_requisitions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = str(self.department_id)

        planned = self.planned

        actual = self.actual

        open_requisitions = self.open_requisitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "planned": planned,
                "actual": actual,
                "open_requisitions": open_requisitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department_id = UUID(d.pop("department_id"))

        planned = d.pop("planned")

        actual = d.pop("actual")

        open_requisitions = d.pop("open_requisitions")

        headcount_summary_row = cls(
            department_id=department_id,
            planned=planned,
            actual=actual,
            open_requisitions=open_requisitions,
        )

        headcount_summary_row.additional_properties = d
        return headcount_summary_row

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
