from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="StatisticsRow")


@_attrs_define
class StatisticsRow:
    """
    Attributes:
        workdays (int): Working days (the rule and the holiday calendar).
        normal (int):
        late (int): Days late (late and left early counts in both).
        left_early (int):
        missing_punch (int):
        absent (int):
        on_leave (int):
        on_trip (int):
        rest_days_worked (int): Rest days with punches.
        late_minutes (int):
        early_minutes (int):
        worked_minutes (int):
        employee_id (None | UUID): Rows per employee.
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        employees (int): Employees counted in the row.
    """

    workdays: int
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
    employee_id: None | UUID
    employee: None | Ref
    department_id: None | UUID
    department: None | Ref
    employees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        workdays = self.workdays

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

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        employees = self.employees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workdays": workdays,
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
                "employee_id": employee_id,
                "employee": employee,
                "department_id": department_id,
                "department": department,
                "employees": employees,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        workdays = d.pop("workdays")

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

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        employees = d.pop("employees")

        statistics_row = cls(
            workdays=workdays,
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
            employee_id=employee_id,
            employee=employee,
            department_id=department_id,
            department=department,
            employees=employees,
        )

        statistics_row.additional_properties = d
        return statistics_row

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
