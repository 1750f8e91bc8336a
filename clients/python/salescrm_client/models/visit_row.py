from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VisitRow")


@_attrs_define
class VisitRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        employee_id (None | UUID): Who makes the visits (their owner)
        employee_name (None | str): That employee's name
        planned (int): Visits planned in the period, whatever became of them
        completed (int): … of them checked out
        on_site (int): … of them checked in and not yet checked out
        cancelled (int): … of them cancelled
        missed (int): … of them never checked in, although their planned day is over
        flagged (int): … of them checked in too far from the customer
        avg_minutes_on_site (None | str): Average minutes from check-in to check-out of the completed ones (null: none
            completed)
    """

    period_start: datetime.date | None
    employee_id: None | UUID
    employee_name: None | str
    planned: int
    completed: int
    on_site: int
    cancelled: int
    missed: int
    flagged: int
    avg_minutes_on_site: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        employee_name: None | str
        employee_name = self.employee_name

        planned = self.planned

        completed = self.completed

        on_site = self.on_site

        cancelled = self.cancelled

        missed = self.missed

        flagged = self.flagged

        avg_minutes_on_site: None | str
        avg_minutes_on_site = self.avg_minutes_on_site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "employee_id": employee_id,
                "employee_name": employee_name,
                "planned": planned,
                "completed": completed,
                "on_site": on_site,
                "cancelled": cancelled,
                "missed": missed,
                "flagged": flagged,
                "avg_minutes_on_site": avg_minutes_on_site,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        def _parse_employee_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        def _parse_employee_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_name = _parse_employee_name(d.pop("employee_name"))

        planned = d.pop("planned")

        completed = d.pop("completed")

        on_site = d.pop("on_site")

        cancelled = d.pop("cancelled")

        missed = d.pop("missed")

        flagged = d.pop("flagged")

        def _parse_avg_minutes_on_site(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avg_minutes_on_site = _parse_avg_minutes_on_site(d.pop("avg_minutes_on_site"))

        visit_row = cls(
            period_start=period_start,
            employee_id=employee_id,
            employee_name=employee_name,
            planned=planned,
            completed=completed,
            on_site=on_site,
            cancelled=cancelled,
            missed=missed,
            flagged=flagged,
            avg_minutes_on_site=avg_minutes_on_site,
        )

        visit_row.additional_properties = d
        return visit_row

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
