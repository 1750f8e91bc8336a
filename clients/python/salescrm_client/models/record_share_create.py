from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.record_share_create_resource import RecordShareCreateResource
from ..models.share_access import ShareAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordShareCreate")


@_attrs_define
class RecordShareCreate:
    """No client-chosen id: a share is found again by its record and grantee.

    Attributes:
        resource (RecordShareCreateResource):
        record_id (UUID):
        employee_id (None | Unset | UUID): Share with one employee …
        department_id (None | Unset | UUID): … or with a whole department.
        access (ShareAccess | Unset):
    """

    resource: RecordShareCreateResource
    record_id: UUID
    employee_id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    access: ShareAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        record_id = str(self.record_id)

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resource": resource,
                "record_id": record_id,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = RecordShareCreateResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

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

        _access = d.pop("access", UNSET)
        access: ShareAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ShareAccess(_access)

        record_share_create = cls(
            resource=resource,
            record_id=record_id,
            employee_id=employee_id,
            department_id=department_id,
            access=access,
        )

        return record_share_create
