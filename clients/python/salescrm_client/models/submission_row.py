from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="SubmissionRow")


@_attrs_define
class SubmissionRow:
    """
    Attributes:
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        employees (int):
        expected (int): Journals due: employees × periods (daily: workdays).
        submitted (int): Submitted for those periods.
        on_time (int): Submitted by the end of their period's last day.
        rate (float): submitted / expected, 0 to 1 (0 when nothing is due).
    """

    department_id: None | UUID
    department: None | Ref
    employees: int
    expected: int
    submitted: int
    on_time: int
    rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

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

        expected = self.expected

        submitted = self.submitted

        on_time = self.on_time

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "department": department,
                "employees": employees,
                "expected": expected,
                "submitted": submitted,
                "on_time": on_time,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

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

        expected = d.pop("expected")

        submitted = d.pop("submitted")

        on_time = d.pop("on_time")

        rate = d.pop("rate")

        submission_row = cls(
            department_id=department_id,
            department=department,
            employees=employees,
            expected=expected,
            submitted=submitted,
            on_time=on_time,
            rate=rate,
        )

        submission_row.additional_properties = d
        return submission_row

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
