from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_period import JournalPeriod

if TYPE_CHECKING:
    from ..models.submission_row import SubmissionRow


T = TypeVar("T", bound="SubmissionRates")


@_attrs_define
class SubmissionRates:
    """
    Attributes:
        period (JournalPeriod):
        day_from (datetime.date):
        day_to (datetime.date):
        rows (list[SubmissionRow]):
        total (SubmissionRow):
    """

    period: JournalPeriod
    day_from: datetime.date
    day_to: datetime.date
    rows: list[SubmissionRow]
    total: SubmissionRow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.value

        day_from = self.day_from.isoformat()

        day_to = self.day_to.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "day_from": day_from,
                "day_to": day_to,
                "rows": rows,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission_row import SubmissionRow  # noqa: PLC0415

        d = dict(src_dict)
        period = JournalPeriod(d.pop("period"))

        day_from = datetime.date.fromisoformat(d.pop("day_from"))

        day_to = datetime.date.fromisoformat(d.pop("day_to"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SubmissionRow.from_dict(rows_item_data)

            rows.append(rows_item)

        total = SubmissionRow.from_dict(d.pop("total"))

        submission_rates = cls(
            period=period,
            day_from=day_from,
            day_to=day_to,
            rows=rows,
            total=total,
        )

        submission_rates.additional_properties = d
        return submission_rates

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
