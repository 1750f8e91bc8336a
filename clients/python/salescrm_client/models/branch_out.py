from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="BranchOut")


@_attrs_define
class BranchOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        code (str):
        address (None | str):
        city (None | str):
        manager_id (None | UUID):
        manager (None | Ref): The employee named by the id beside it: id and name (null if none).
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        phone (None | str):
        opened_on (datetime.date | None):
        active (bool):
        territory_ids (list[UUID] | Unset):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    code: str
    address: None | str
    city: None | str
    manager_id: None | UUID
    manager: None | Ref
    department_id: None | UUID
    department: None | Ref
    phone: None | str
    opened_on: datetime.date | None
    active: bool
    territory_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        code = self.code

        address: None | str
        address = self.address

        city: None | str
        city = self.city

        manager_id: None | str
        if isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        manager: dict[str, Any] | None
        if isinstance(self.manager, Ref):
            manager = self.manager.to_dict()
        else:
            manager = self.manager

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

        phone: None | str
        phone = self.phone

        opened_on: None | str
        if isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        active = self.active

        territory_ids: list[str] | Unset = UNSET
        if not isinstance(self.territory_ids, Unset):
            territory_ids = []
            for territory_ids_item_data in self.territory_ids:
                territory_ids_item = str(territory_ids_item_data)
                territory_ids.append(territory_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "code": code,
                "address": address,
                "city": city,
                "manager_id": manager_id,
                "manager": manager,
                "department_id": department_id,
                "department": department,
                "phone": phone,
                "opened_on": opened_on,
                "active": active,
            }
        )
        if territory_ids is not UNSET:
            field_dict["territory_ids"] = territory_ids

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

        code = d.pop("code")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_manager_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id"))

        def _parse_manager(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manager_type_0 = Ref.from_dict(data)

                return manager_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        manager = _parse_manager(d.pop("manager"))

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

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_opened_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_on_type_0 = datetime.date.fromisoformat(data)

                return opened_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        opened_on = _parse_opened_on(d.pop("opened_on"))

        active = d.pop("active")

        _territory_ids = d.pop("territory_ids", UNSET)
        territory_ids: list[UUID] | Unset = UNSET
        if _territory_ids is not UNSET:
            territory_ids = []
            for territory_ids_item_data in _territory_ids:
                territory_ids_item = UUID(territory_ids_item_data)

                territory_ids.append(territory_ids_item)

        branch_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            code=code,
            address=address,
            city=city,
            manager_id=manager_id,
            manager=manager,
            department_id=department_id,
            department=department,
            phone=phone,
            opened_on=opened_on,
            active=active,
            territory_ids=territory_ids,
        )

        branch_out.additional_properties = d
        return branch_out

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
