from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_status import EmploymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffChangeFields")


@_attrs_define
class StaffChangeFields:
    """The employee fields a staff change sets (``changes``) or found before it was applied
    (``previous``, the same keys). A field the change leaves alone is absent, not null: null
    is a value (no manager, no position).

        Attributes:
            department_id (None | Unset | UUID):
            manager_id (None | Unset | UUID):
            position_id (None | Unset | UUID):
            employment_status (EmploymentStatus | None | Unset):
    """

    department_id: None | Unset | UUID = UNSET
    manager_id: None | Unset | UUID = UNSET
    position_id: None | Unset | UUID = UNSET
    employment_status: EmploymentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        elif isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        position_id: None | str | Unset
        if isinstance(self.position_id, Unset):
            position_id = UNSET
        elif isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        employment_status: None | str | Unset
        if isinstance(self.employment_status, Unset):
            employment_status = UNSET
        elif isinstance(self.employment_status, EmploymentStatus):
            employment_status = self.employment_status.value
        else:
            employment_status = self.employment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if employment_status is not UNSET:
            field_dict["employment_status"] = employment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_manager_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))

        def _parse_position_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        position_id = _parse_position_id(d.pop("position_id", UNSET))

        def _parse_employment_status(data: object) -> EmploymentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_status_type_0 = EmploymentStatus(data)

                return employment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmploymentStatus | None | Unset, data)

        employment_status = _parse_employment_status(d.pop("employment_status", UNSET))

        staff_change_fields = cls(
            department_id=department_id,
            manager_id=manager_id,
            position_id=position_id,
            employment_status=employment_status,
        )

        staff_change_fields.additional_properties = d
        return staff_change_fields

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
