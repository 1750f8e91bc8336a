from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_share_out_resource import RecordShareOutResource
from ..models.share_access import ShareAccess

T = TypeVar("T", bound="RecordShareOut")


@_attrs_define
class RecordShareOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        resource (RecordShareOutResource):
        record_id (UUID):
        employee_id (None | UUID):
        department_id (None | UUID):
        access (ShareAccess):
        role (None | str): A deal-team member's part on the record (or null).
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    resource: RecordShareOutResource
    record_id: UUID
    employee_id: None | UUID
    department_id: None | UUID
    access: ShareAccess
    role: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        resource = self.resource.value

        record_id = str(self.record_id)

        employee_id: None | str
        if isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        access = self.access.value

        role: None | str
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "resource": resource,
                "record_id": record_id,
                "employee_id": employee_id,
                "department_id": department_id,
                "access": access,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        resource = RecordShareOutResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

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

        access = ShareAccess(d.pop("access"))

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        record_share_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            resource=resource,
            record_id=record_id,
            employee_id=employee_id,
            department_id=department_id,
            access=access,
            role=role,
        )

        record_share_out.additional_properties = d
        return record_share_out

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
