from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """
    Attributes:
        employee_id (UUID):
        role (str):
    """

    employee_id: UUID
    role: str

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "employee_id": employee_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        role = d.pop("role")

        team_member = cls(
            employee_id=employee_id,
            role=role,
        )

        return team_member
