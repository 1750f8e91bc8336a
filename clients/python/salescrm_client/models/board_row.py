from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.board_check_in import BoardCheckIn
    from ..models.board_event import BoardEvent
    from ..models.current_status import CurrentStatus
    from ..models.ref import Ref


T = TypeVar("T", bound="BoardRow")


@_attrs_define
class BoardRow:
    """
    Attributes:
        employee_id (UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        status (CurrentStatus | None): None: nothing recorded or derived now.
        schedule (list[BoardEvent]): The day's events, in time order.
        check_ins (list[BoardCheckIn]): The day's visit check-ins.
    """

    employee_id: UUID
    employee: None | Ref
    department_id: None | UUID
    department: None | Ref
    status: CurrentStatus | None
    schedule: list[BoardEvent]
    check_ins: list[BoardCheckIn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.current_status import CurrentStatus  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415

        employee_id = str(self.employee_id)

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

        status: dict[str, Any] | None
        if isinstance(self.status, CurrentStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item = schedule_item_data.to_dict()
            schedule.append(schedule_item)

        check_ins = []
        for check_ins_item_data in self.check_ins:
            check_ins_item = check_ins_item_data.to_dict()
            check_ins.append(check_ins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee": employee,
                "department_id": department_id,
                "department": department,
                "status": status,
                "schedule": schedule,
                "check_ins": check_ins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_check_in import BoardCheckIn  # noqa: PLC0415
        from ..models.board_event import BoardEvent  # noqa: PLC0415
        from ..models.current_status import CurrentStatus  # noqa: PLC0415
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

        def _parse_status(data: object) -> CurrentStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = CurrentStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrentStatus | None, data)

        status = _parse_status(d.pop("status"))

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = BoardEvent.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        check_ins = []
        _check_ins = d.pop("check_ins")
        for check_ins_item_data in _check_ins:
            check_ins_item = BoardCheckIn.from_dict(check_ins_item_data)

            check_ins.append(check_ins_item)

        board_row = cls(
            employee_id=employee_id,
            employee=employee,
            department_id=department_id,
            department=department,
            status=status,
            schedule=schedule,
            check_ins=check_ins,
        )

        board_row.additional_properties = d
        return board_row

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
