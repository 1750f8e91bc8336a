from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.data_scope import DataScope
from ..models.role_update_permissions_item import RoleUpdatePermissionsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleUpdate")


@_attrs_define
class RoleUpdate:
    """
    Attributes:
        code (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        permissions (list[RoleUpdatePermissionsItem] | Unset):
        data_scope (DataScope | Unset):
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    permissions: list[RoleUpdatePermissionsItem] | Unset = UNSET
    data_scope: DataScope | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

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

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
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
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _permissions = d.pop("permissions", UNSET)
        permissions: list[RoleUpdatePermissionsItem] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = RoleUpdatePermissionsItem(permissions_item_data)

                permissions.append(permissions_item)

        _data_scope = d.pop("data_scope", UNSET)
        data_scope: DataScope | Unset
        if isinstance(_data_scope, Unset):
            data_scope = UNSET
        else:
            data_scope = DataScope(_data_scope)

        role_update = cls(
            code=code,
            name=name,
            description=description,
            permissions=permissions,
            data_scope=data_scope,
        )

        return role_update
