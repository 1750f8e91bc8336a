from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.data_scope import DataScope
from ..models.role_create_permissions_item import RoleCreatePermissionsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleCreate")


@_attrs_define
class RoleCreate:
    """
    Attributes:
        code (str):
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        description (None | str | Unset):
        permissions (list[RoleCreatePermissionsItem] | Unset):
        data_scope (DataScope | Unset):
    """

    code: str
    name: str
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    permissions: list[RoleCreatePermissionsItem] | Unset = UNSET
    data_scope: DataScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.value
                permissions.append(permissions_item)

        data_scope: str | Unset = UNSET
        if not isinstance(self.data_scope, Unset):
            data_scope = self.data_scope.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if data_scope is not UNSET:
            field_dict["data_scope"] = data_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _permissions = d.pop("permissions", UNSET)
        permissions: list[RoleCreatePermissionsItem] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = RoleCreatePermissionsItem(permissions_item_data)

                permissions.append(permissions_item)

        _data_scope = d.pop("data_scope", UNSET)
        data_scope: DataScope | Unset
        if isinstance(_data_scope, Unset):
            data_scope = UNSET
        else:
            data_scope = DataScope(_data_scope)

        role_create = cls(
            code=code,
            name=name,
            id=id,
            description=description,
            permissions=permissions,
            data_scope=data_scope,
        )

        return role_create
