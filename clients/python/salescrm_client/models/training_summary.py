from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_summary_by import TrainingSummaryBy

if TYPE_CHECKING:
    from ..models.training_summary_row import TrainingSummaryRow


T = TypeVar("T", bound="TrainingSummary")


@_attrs_define
class TrainingSummary:
    """
    Attributes:
        by (TrainingSummaryBy):
        rows (list[TrainingSummaryRow]):
    """

    by: TrainingSummaryBy
    rows: list[TrainingSummaryRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by.value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_summary_row import TrainingSummaryRow  # noqa: PLC0415

        d = dict(src_dict)
        by = TrainingSummaryBy(d.pop("by"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = TrainingSummaryRow.from_dict(rows_item_data)

            rows.append(rows_item)

        training_summary = cls(
            by=by,
            rows=rows,
        )

        training_summary.additional_properties = d
        return training_summary

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
