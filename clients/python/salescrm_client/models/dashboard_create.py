from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_in import WidgetIn


T = TypeVar("T", bound="DashboardCreate")


@_attrs_define
class DashboardCreate:
    """
    Attributes:
        name (str):
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
        description (None | str | Unset):
        role_id (None | Unset | UUID): Set: the dashboard of this role, seen by everyone holding it (needs
            `dashboard:manage`; fixed once created). Null: a personal dashboard, seen by its creator alone.
        is_default (bool | Unset): The home page: the caller's own (personal), or the role's default (a role's). The
            previous one of the same owner or role stops being the default. Default: False.
        widgets (list[WidgetIn] | Unset): At most 30; keys unique within the dashboard (422 `duplicate_key`).
    """

    name: str
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    role_id: None | Unset | UUID = UNSET
    is_default: bool | Unset = False
    widgets: list[WidgetIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        role_id: None | str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        elif isinstance(self.role_id, UUID):
            role_id = str(self.role_id)
        else:
            role_id = self.role_id

        is_default = self.is_default

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if widgets is not UNSET:
            field_dict["widgets"] = widgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_in import WidgetIn  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_role_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_id_type_0 = UUID(data)

                return role_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))

        is_default = d.pop("is_default", UNSET)

        _widgets = d.pop("widgets", UNSET)
        widgets: list[WidgetIn] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = WidgetIn.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        dashboard_create = cls(
            name=name,
            id=id,
            description=description,
            role_id=role_id,
            is_default=is_default,
            widgets=widgets,
        )

        return dashboard_create
