from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RowError")


@_attrs_define
class RowError:
    """
    Attributes:
        row (int): The row number as a spreadsheet shows it: the header is row 1, so the first data row is row 2.
        field (None | str): The field at fault, if one is.
        message (str):
        code (str):
        column (None | str | Unset): The file's column header for that field.
        duplicate_ids (list[UUID] | Unset): Existing records this row duplicates.
        duplicate_rows (list[int] | Unset): Earlier rows of this file that this row duplicates.
    """

    row: int
    field: None | str
    message: str
    code: str
    column: None | str | Unset = UNSET
    duplicate_ids: list[UUID] | Unset = UNSET
    duplicate_rows: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        field: None | str
        field = self.field

        message = self.message

        code = self.code

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        duplicate_ids: list[str] | Unset = UNSET
        if not isinstance(self.duplicate_ids, Unset):
            duplicate_ids = []
            for duplicate_ids_item_data in self.duplicate_ids:
                duplicate_ids_item = str(duplicate_ids_item_data)
                duplicate_ids.append(duplicate_ids_item)

        duplicate_rows: list[int] | Unset = UNSET
        if not isinstance(self.duplicate_rows, Unset):
            duplicate_rows = self.duplicate_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row": row,
                "field": field,
                "message": message,
                "code": code,
            }
        )
        if column is not UNSET:
            field_dict["column"] = column
        if duplicate_ids is not UNSET:
            field_dict["duplicate_ids"] = duplicate_ids
        if duplicate_rows is not UNSET:
            field_dict["duplicate_rows"] = duplicate_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row = d.pop("row")

        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))

        message = d.pop("message")

        code = d.pop("code")

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        _duplicate_ids = d.pop("duplicate_ids", UNSET)
        duplicate_ids: list[UUID] | Unset = UNSET
        if _duplicate_ids is not UNSET:
            duplicate_ids = []
            for duplicate_ids_item_data in _duplicate_ids:
                duplicate_ids_item = UUID(duplicate_ids_item_data)

                duplicate_ids.append(duplicate_ids_item)

        duplicate_rows = cast(list[int], d.pop("duplicate_rows", UNSET))

        row_error = cls(
            row=row,
            field=field,
            message=message,
            code=code,
            column=column,
            duplicate_ids=duplicate_ids,
            duplicate_rows=duplicate_rows,
        )

        row_error.additional_properties = d
        return row_error

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
