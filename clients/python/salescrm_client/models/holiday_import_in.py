from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HolidayImportIn")


@_attrs_define
class HolidayImportIn:
    """
    Attributes:
        year (int): A year the State Council announced.
    """

    year: int

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        holiday_import_in = cls(
            year=year,
        )

        return holiday_import_in
