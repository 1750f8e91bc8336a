from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="WorkRuleOut")


@_attrs_define
class WorkRuleOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        start_time (str):
        end_time (str):
        grace_minutes (int):
        flexible_minutes (int):
        workdays (list[int]):
        follows_holidays (bool):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    department_id: None | UUID
    department: None | Ref
    start_time: str
    end_time: str
    grace_minutes: int
    flexible_minutes: int
    workdays: list[int]
    follows_holidays: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

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

        start_time = self.start_time

        end_time = self.end_time

        grace_minutes = self.grace_minutes

        flexible_minutes = self.flexible_minutes

        workdays = self.workdays

        follows_holidays = self.follows_holidays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "department_id": department_id,
                "department": department,
                "start_time": start_time,
                "end_time": end_time,
                "grace_minutes": grace_minutes,
                "flexible_minutes": flexible_minutes,
                "workdays": workdays,
                "follows_holidays": follows_holidays,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

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

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        grace_minutes = d.pop("grace_minutes")

        flexible_minutes = d.pop("flexible_minutes")

        workdays = cast(list[int], d.pop("workdays"))

        follows_holidays = d.pop("follows_holidays")

        work_rule_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            department_id=department_id,
            department=department,
            start_time=start_time,
            end_time=end_time,
            grace_minutes=grace_minutes,
            flexible_minutes=flexible_minutes,
            workdays=workdays,
            follows_holidays=follows_holidays,
        )

        work_rule_out.additional_properties = d
        return work_rule_out

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
