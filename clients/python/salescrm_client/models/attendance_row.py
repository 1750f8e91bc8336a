from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttendanceRow")


@_attrs_define
class AttendanceRow:
    """
    Attributes:
        period_start (datetime.date | None): First day of the bucket (none without one)
        employee_id (UUID): The employee
        employee_name (str): The employee's name
        department_id (None | UUID): The employee's department
        department_name (None | str): The department's name
        workdays (int): Working days recorded (their rule and the calendar)
        present (int): Working days with a punch: normal, late, left early or missing a punch
        normal (int): Days on time
        late (int): Days arrived late (late, or late and left early)
        left_early (int): Days left early (left early, or late and left early)
        missing_punch (int): Days with one of the two punches missing
        absent (int): Working days without a punch, leave or trip
        on_leave (int): Days on approved leave
        on_trip (int): Days on an approved business trip
        rest_days_worked (int): Rest days with time worked
        late_minutes (int): Minutes late, summed
        early_minutes (int): Minutes left early, summed
        worked_minutes (int): Minutes worked, summed
    """

    period_start: datetime.date | None
    employee_id: UUID
    employee_name: str
    department_id: None | UUID
    department_name: None | str
    workdays: int
    present: int
    normal: int
    late: int
    left_early: int
    missing_punch: int
    absent: int
    on_leave: int
    on_trip: int
    rest_days_worked: int
    late_minutes: int
    early_minutes: int
    worked_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        employee_id = str(self.employee_id)

        employee_name = self.employee_name

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department_name: None | str
        department_name = self.department_name

        workdays = self.workdays

        present = self.present

        normal = self.normal

        late = self.late

        left_early = self.left_early

        missing_punch = self.missing_punch

        absent = self.absent

        on_leave = self.on_leave

        on_trip = self.on_trip

        rest_days_worked = self.rest_days_worked

        late_minutes = self.late_minutes

        early_minutes = self.early_minutes

        worked_minutes = self.worked_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "employee_id": employee_id,
                "employee_name": employee_name,
                "department_id": department_id,
                "department_name": department_name,
                "workdays": workdays,
                "present": present,
                "normal": normal,
                "late": late,
                "left_early": left_early,
                "missing_punch": missing_punch,
                "absent": absent,
                "on_leave": on_leave,
                "on_trip": on_trip,
                "rest_days_worked": rest_days_worked,
                "late_minutes": late_minutes,
                "early_minutes": early_minutes,
                "worked_minutes": worked_minutes,
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

        employee_id = UUID(d.pop("employee_id"))

        employee_name = d.pop("employee_name")

        def _parse_department_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        department_id = _parse_department_id(d.pop("department_id"))

        def _parse_department_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department_name = _parse_department_name(d.pop("department_name"))

        workdays = d.pop("workdays")

        present = d.pop("present")

        normal = d.pop("normal")

        late = d.pop("late")

        left_early = d.pop("left_early")

        missing_punch = d.pop("missing_punch")

        absent = d.pop("absent")

        on_leave = d.pop("on_leave")

        on_trip = d.pop("on_trip")

        rest_days_worked = d.pop("rest_days_worked")

        late_minutes = d.pop("late_minutes")

        early_minutes = d.pop("early_minutes")

        worked_minutes = d.pop("worked_minutes")

        attendance_row = cls(
            period_start=period_start,
            employee_id=employee_id,
            employee_name=employee_name,
            department_id=department_id,
            department_name=department_name,
            workdays=workdays,
            present=present,
            normal=normal,
            late=late,
            left_early=left_early,
            missing_punch=missing_punch,
            absent=absent,
            on_leave=on_leave,
            on_trip=on_trip,
            rest_days_worked=rest_days_worked,
            late_minutes=late_minutes,
            early_minutes=early_minutes,
            worked_minutes=worked_minutes,
        )

        attendance_row.additional_properties = d
        return attendance_row

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
