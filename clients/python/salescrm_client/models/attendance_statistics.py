from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statistics_group import StatisticsGroup

if TYPE_CHECKING:
    from ..models.statistics_counts import StatisticsCounts
    from ..models.statistics_row import StatisticsRow


T = TypeVar("T", bound="AttendanceStatistics")


@_attrs_define
class AttendanceStatistics:
    """
    Attributes:
        month (str):
        group (StatisticsGroup):
        rows (list[StatisticsRow]):
        totals (StatisticsCounts):
    """

    month: str
    group: StatisticsGroup
    rows: list[StatisticsRow]
    totals: StatisticsCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        group = self.group.value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "group": group,
                "rows": rows,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_counts import StatisticsCounts  # noqa: PLC0415
        from ..models.statistics_row import StatisticsRow  # noqa: PLC0415

        d = dict(src_dict)
        month = d.pop("month")

        group = StatisticsGroup(d.pop("group"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = StatisticsRow.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = StatisticsCounts.from_dict(d.pop("totals"))

        attendance_statistics = cls(
            month=month,
            group=group,
            rows=rows,
            totals=totals,
        )

        attendance_statistics.additional_properties = d
        return attendance_statistics

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
