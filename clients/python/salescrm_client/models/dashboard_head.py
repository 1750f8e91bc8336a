from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.builtin_dashboard import BuiltinDashboard
from ..models.dashboard_source import DashboardSource

T = TypeVar("T", bound="DashboardHead")


@_attrs_define
class DashboardHead:
    """Which dashboard a render shows.

    Attributes:
        id (None | UUID): The saved dashboard; null for a built-in one.
        name (str):
        source (DashboardSource): Where a rendered home page comes from.
        builtin (BuiltinDashboard | None): Which built-in home page, if one.
    """

    id: None | UUID
    name: str
    source: DashboardSource
    builtin: BuiltinDashboard | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        source = self.source.value

        builtin: None | str
        if isinstance(self.builtin, BuiltinDashboard):
            builtin = self.builtin.value
        else:
            builtin = self.builtin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "source": source,
                "builtin": builtin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        source = DashboardSource(d.pop("source"))

        def _parse_builtin(data: object) -> BuiltinDashboard | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                builtin_type_0 = BuiltinDashboard(data)

                return builtin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuiltinDashboard | None, data)

        builtin = _parse_builtin(d.pop("builtin"))

        dashboard_head = cls(
            id=id,
            name=name,
            source=source,
            builtin=builtin,
        )

        dashboard_head.additional_properties = d
        return dashboard_head

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
