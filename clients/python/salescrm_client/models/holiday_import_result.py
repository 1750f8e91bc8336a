from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HolidayImportResult")


@_attrs_define
class HolidayImportResult:
    """
    Attributes:
        year (int):
        holidays (int): Public holidays of the year in the calendar now.
        workdays (int): Adjusted working days (调休) of the year now.
        added (int):
        changed (int):
    """

    year: int
    holidays: int
    workdays: int
    added: int
    changed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        holidays = self.holidays

        workdays = self.workdays

        added = self.added

        changed = self.changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "holidays": holidays,
                "workdays": workdays,
                "added": added,
                "changed": changed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        holidays = d.pop("holidays")

        workdays = d.pop("workdays")

        added = d.pop("added")

        changed = d.pop("changed")

        holiday_import_result = cls(
            year=year,
            holidays=holidays,
            workdays=workdays,
            added=added,
            changed=changed,
        )

        holiday_import_result.additional_properties = d
        return holiday_import_result

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
