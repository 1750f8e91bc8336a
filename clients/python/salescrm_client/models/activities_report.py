from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_grouping import ActivityGrouping
from ..models.time_bucket import TimeBucket
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_row import ActivityRow


T = TypeVar("T", bound="ActivitiesReport")


@_attrs_define
class ActivitiesReport:
    """
    Attributes:
        date_from (datetime.date): First day of the period covered
        date_to (datetime.date): Last day of the period covered
        bucket (None | TimeBucket): How the period is split, if it is
        generated_at (datetime.datetime): When the figures were computed
        group_by (ActivityGrouping):
        rows (list[ActivityRow]):
        statistic (Literal['activities'] | Unset):  Default: 'activities'.
    """

    date_from: datetime.date
    date_to: datetime.date
    bucket: None | TimeBucket
    generated_at: datetime.datetime
    group_by: ActivityGrouping
    rows: list[ActivityRow]
    statistic: Literal["activities"] | Unset = "activities"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        bucket: None | str
        if isinstance(self.bucket, TimeBucket):
            bucket = self.bucket.value
        else:
            bucket = self.bucket

        generated_at = self.generated_at.isoformat()

        group_by = self.group_by.value

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        statistic = self.statistic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "bucket": bucket,
                "generated_at": generated_at,
                "group_by": group_by,
                "rows": rows,
            }
        )
        if statistic is not UNSET:
            field_dict["statistic"] = statistic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_row import ActivityRow  # noqa: PLC0415

        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        def _parse_bucket(data: object) -> None | TimeBucket:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bucket_type_0 = TimeBucket(data)

                return bucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeBucket, data)

        bucket = _parse_bucket(d.pop("bucket"))

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        group_by = ActivityGrouping(d.pop("group_by"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ActivityRow.from_dict(rows_item_data)

            rows.append(rows_item)

        statistic = cast(Literal["activities"] | Unset, d.pop("statistic", UNSET))
        if statistic != "activities" and not isinstance(statistic, Unset):
            raise ValueError(f"statistic must match const 'activities', got '{statistic}'")

        activities_report = cls(
            date_from=date_from,
            date_to=date_to,
            bucket=bucket,
            generated_at=generated_at,
            group_by=group_by,
            rows=rows,
            statistic=statistic,
        )

        activities_report.additional_properties = d
        return activities_report

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
