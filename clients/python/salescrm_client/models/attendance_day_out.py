from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_status import DayStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="AttendanceDayOut")


@_attrs_define
class AttendanceDayOut:
    """
    Attributes:
        employee_id (UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        day (datetime.date):
        status (DayStatus):
        workday (bool):
        first_in (datetime.datetime | None):
        last_out (datetime.datetime | None):
        late_minutes (int):
        early_minutes (int):
        worked_minutes (int):
        request_id (None | UUID): The approved leave or trip it counts.
    """

    employee_id: UUID
    employee: None | Ref
    day: datetime.date
    status: DayStatus
    workday: bool
    first_in: datetime.datetime | None
    last_out: datetime.datetime | None
    late_minutes: int
    early_minutes: int
    worked_minutes: int
    request_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        employee_id = str(self.employee_id)

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        day = self.day.isoformat()

        status = self.status.value

        workday = self.workday

        first_in: None | str
        if isinstance(self.first_in, datetime.datetime):
            first_in = self.first_in.isoformat()
        else:
            first_in = self.first_in

        last_out: None | str
        if isinstance(self.last_out, datetime.datetime):
            last_out = self.last_out.isoformat()
        else:
            last_out = self.last_out

        late_minutes = self.late_minutes

        early_minutes = self.early_minutes

        worked_minutes = self.worked_minutes

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee": employee,
                "day": day,
                "status": status,
                "workday": workday,
                "first_in": first_in,
                "last_out": last_out,
                "late_minutes": late_minutes,
                "early_minutes": early_minutes,
                "worked_minutes": worked_minutes,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        def _parse_employee(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = Ref.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        employee = _parse_employee(d.pop("employee"))

        day = datetime.date.fromisoformat(d.pop("day"))

        status = DayStatus(d.pop("status"))

        workday = d.pop("workday")

        def _parse_first_in(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_in_type_0 = datetime.datetime.fromisoformat(data)

                return first_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_in = _parse_first_in(d.pop("first_in"))

        def _parse_last_out(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_out_type_0 = datetime.datetime.fromisoformat(data)

                return last_out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_out = _parse_last_out(d.pop("last_out"))

        late_minutes = d.pop("late_minutes")

        early_minutes = d.pop("early_minutes")

        worked_minutes = d.pop("worked_minutes")

        def _parse_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        request_id = _parse_request_id(d.pop("request_id"))

        attendance_day_out = cls(
            employee_id=employee_id,
            employee=employee,
            day=day,
            status=status,
            workday=workday,
            first_in=first_in,
            last_out=last_out,
            late_minutes=late_minutes,
            early_minutes=early_minutes,
            worked_minutes=worked_minutes,
            request_id=request_id,
        )

        attendance_day_out.additional_properties = d
        return attendance_day_out

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
