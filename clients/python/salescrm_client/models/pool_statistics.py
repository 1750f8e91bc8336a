from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bucket import Bucket

if TYPE_CHECKING:
    from ..models.pool_period_row import PoolPeriodRow
    from ..models.pool_total_row import PoolTotalRow
    from ..models.release_reason_row import ReleaseReasonRow


T = TypeVar("T", bound="PoolStatistics")


@_attrs_define
class PoolStatistics:
    """
    Attributes:
        start_date (datetime.date):
        end_date (datetime.date):
        bucket (Bucket):
        time_zone (str): The business time zone the days are in.
        rows (list[PoolPeriodRow]): Per pool and period, periods with events.
        totals (list[PoolTotalRow]): Per pool over the whole period.
        release_reasons (list[ReleaseReasonRow]): Releases per pool and reason.
    """

    start_date: datetime.date
    end_date: datetime.date
    bucket: Bucket
    time_zone: str
    rows: list[PoolPeriodRow]
    totals: list[PoolTotalRow]
    release_reasons: list[ReleaseReasonRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        bucket = self.bucket.value

        time_zone = self.time_zone

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        release_reasons = []
        for release_reasons_item_data in self.release_reasons:
            release_reasons_item = release_reasons_item_data.to_dict()
            release_reasons.append(release_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "bucket": bucket,
                "time_zone": time_zone,
                "rows": rows,
                "totals": totals,
                "release_reasons": release_reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_period_row import PoolPeriodRow  # noqa: PLC0415
        from ..models.pool_total_row import PoolTotalRow  # noqa: PLC0415
        from ..models.release_reason_row import ReleaseReasonRow  # noqa: PLC0415

        d = dict(src_dict)
        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        bucket = Bucket(d.pop("bucket"))

        time_zone = d.pop("time_zone")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = PoolPeriodRow.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = PoolTotalRow.from_dict(totals_item_data)

            totals.append(totals_item)

        release_reasons = []
        _release_reasons = d.pop("release_reasons")
        for release_reasons_item_data in _release_reasons:
            release_reasons_item = ReleaseReasonRow.from_dict(release_reasons_item_data)

            release_reasons.append(release_reasons_item)

        pool_statistics = cls(
            start_date=start_date,
            end_date=end_date,
            bucket=bucket,
            time_zone=time_zone,
            rows=rows,
            totals=totals,
            release_reasons=release_reasons,
        )

        pool_statistics.additional_properties = d
        return pool_statistics

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
