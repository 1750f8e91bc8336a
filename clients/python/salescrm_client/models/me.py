from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_scope import DataScope

if TYPE_CHECKING:
    from ..models.employee_out import EmployeeOut


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """
    Attributes:
        employee (EmployeeOut):
        permissions (list[str]):
        data_scopes (list[DataScope]):
        session_id (None | UUID):
        api_key_id (None | UUID):
    """

    employee: EmployeeOut
    permissions: list[str]
    data_scopes: list[DataScope]
    session_id: None | UUID
    api_key_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee = self.employee.to_dict()

        permissions = self.permissions

        data_scopes = []
        for data_scopes_item_data in self.data_scopes:
            data_scopes_item = data_scopes_item_data.value
            data_scopes.append(data_scopes_item)

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        api_key_id: None | str
        if isinstance(self.api_key_id, UUID):
            api_key_id = str(self.api_key_id)
        else:
            api_key_id = self.api_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee": employee,
                "permissions": permissions,
                "data_scopes": data_scopes,
                "session_id": session_id,
                "api_key_id": api_key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_out import EmployeeOut  # noqa: PLC0415

        d = dict(src_dict)
        employee = EmployeeOut.from_dict(d.pop("employee"))

        permissions = cast(list[str], d.pop("permissions"))

        data_scopes = []
        _data_scopes = d.pop("data_scopes")
        for data_scopes_item_data in _data_scopes:
            data_scopes_item = DataScope(data_scopes_item_data)

            data_scopes.append(data_scopes_item)

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_key_id_type_0 = UUID(data)

                return api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))

        me = cls(
            employee=employee,
            permissions=permissions,
            data_scopes=data_scopes,
            session_id=session_id,
            api_key_id=api_key_id,
        )

        me.additional_properties = d
        return me

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
