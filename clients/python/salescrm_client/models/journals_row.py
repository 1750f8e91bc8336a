from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JournalsRow")


@_attrs_define
class JournalsRow:
    """
    Attributes:
        employee_id (UUID): The author
        employee_name (str): The author's name
        department_id (None | UUID): The author's department
        department_name (None | str): The department's name
        submitted (int): Journals submitted, for periods starting in the period
        daily (int): Of them, daily journals
        weekly (int): Of them, weekly journals
        monthly (int): Of them, monthly journals
        late (int): Of them, submitted after their period had ended
        drafts (int): Journals for periods starting in the period, not submitted
        due_days (int): Working days (company calendar) in the period, up to today, while employed
        missing_days (int): Of those, days without a submitted daily journal
    """

    employee_id: UUID
    employee_name: str
    department_id: None | UUID
    department_name: None | str
    submitted: int
    daily: int
    weekly: int
    monthly: int
    late: int
    drafts: int
    due_days: int
    missing_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_name = self.employee_name

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department_name: None | str
        department_name = self.department_name

        submitted = self.submitted

        daily = self.daily

        weekly = self.weekly

        monthly = self.monthly

        late = self.late

        drafts = self.drafts

        due_days = self.due_days

        missing_days = self.missing_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_name": employee_name,
                "department_id": department_id,
                "department_name": department_name,
                "submitted": submitted,
                "daily": daily,
                "weekly": weekly,
                "monthly": monthly,
                "late": late,
                "drafts": drafts,
                "due_days": due_days,
                "missing_days": missing_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        submitted = d.pop("submitted")

        daily = d.pop("daily")

        weekly = d.pop("weekly")

        monthly = d.pop("monthly")

        late = d.pop("late")

        drafts = d.pop("drafts")

        due_days = d.pop("due_days")

        missing_days = d.pop("missing_days")

        journals_row = cls(
            employee_id=employee_id,
            employee_name=employee_name,
            department_id=department_id,
            department_name=department_name,
            submitted=submitted,
            daily=daily,
            weekly=weekly,
            monthly=monthly,
            late=late,
            drafts=drafts,
            due_days=due_days,
            missing_days=missing_days,
        )

        journals_row.additional_properties = d
        return journals_row

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
