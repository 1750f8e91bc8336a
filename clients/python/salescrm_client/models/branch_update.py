from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BranchUpdate")


@_attrs_define
class BranchUpdate:
    """
    Attributes:
        name (str | Unset):
        code (str | Unset):
        address (None | str | Unset):
        city (None | str | Unset):
        manager_id (None | Unset | UUID):
        department_id (None | Unset | UUID):
        territory_ids (list[UUID] | None | Unset):
        phone (None | str | Unset):
        opened_on (datetime.date | None | Unset):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    code: str | Unset = UNSET
    address: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    manager_id: None | Unset | UUID = UNSET
    department_id: None | Unset | UUID = UNSET
    territory_ids: list[UUID] | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    opened_on: datetime.date | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        elif isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        territory_ids: list[str] | None | Unset
        if isinstance(self.territory_ids, Unset):
            territory_ids = UNSET
        elif isinstance(self.territory_ids, list):
            territory_ids = []
            for territory_ids_type_0_item_data in self.territory_ids:
                territory_ids_type_0_item = str(territory_ids_type_0_item_data)
                territory_ids.append(territory_ids_type_0_item)

        else:
            territory_ids = self.territory_ids

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        opened_on: None | str | Unset
        if isinstance(self.opened_on, Unset):
            opened_on = UNSET
        elif isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if territory_ids is not UNSET:
            field_dict["territory_ids"] = territory_ids
        if phone is not UNSET:
            field_dict["phone"] = phone
        if opened_on is not UNSET:
            field_dict["opened_on"] = opened_on
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

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

        def _parse_territory_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                territory_ids_type_0 = []
                _territory_ids_type_0 = data
                for territory_ids_type_0_item_data in _territory_ids_type_0:
                    territory_ids_type_0_item = UUID(territory_ids_type_0_item_data)

                    territory_ids_type_0.append(territory_ids_type_0_item)

                return territory_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        territory_ids = _parse_territory_ids(d.pop("territory_ids", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_opened_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_on_type_0 = datetime.date.fromisoformat(data)

                return opened_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opened_on = _parse_opened_on(d.pop("opened_on", UNSET))

        active = d.pop("active", UNSET)

        branch_update = cls(
            name=name,
            code=code,
            address=address,
            city=city,
            manager_id=manager_id,
            department_id=department_id,
            territory_ids=territory_ids,
            phone=phone,
            opened_on=opened_on,
            active=active,
        )

        return branch_update
