from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.headcount_summary_row import HeadcountSummaryRow


T = TypeVar("T", bound="HeadcountSummary")


@_attrs_define
class HeadcountSummary:
    """
    Attributes:
        period_start (datetime.date):
        period_end (datetime.date):
        rows (list[HeadcountSummaryRow]):
    """

    period_start: datetime.date
    period_end: datetime.date
    rows: list[HeadcountSummaryRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "period_end": period_end,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.headcount_summary_row import HeadcountSummaryRow  # noqa: PLC0415

        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = HeadcountSummaryRow.from_dict(rows_item_data)

            rows.append(rows_item)

        headcount_summary = cls(
            period_start=period_start,
            period_end=period_end,
            rows=rows,
        )

        headcount_summary.additional_properties = d
        return headcount_summary

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
