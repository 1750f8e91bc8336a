from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_out_resource import CustomFieldOutResource
from ..models.custom_field_type import CustomFieldType

if TYPE_CHECKING:
    from ..models.custom_field_option_out import CustomFieldOptionOut


T = TypeVar("T", bound="CustomFieldOut")


@_attrs_define
class CustomFieldOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        resource (CustomFieldOutResource): The resource the field belongs to (each that declares custom fields).
        key (str):
        label (str):
        label_en (None | str):
        type_ (CustomFieldType):
        options (list[CustomFieldOptionOut]):
        required (bool):
        default (bool | float | int | list[str] | None | str):
        min_value (None | str):
        max_value (None | str):
        max_length (int | None):
        min_date (datetime.date | None):
        max_date (datetime.date | None):
        position (int):
        archived (bool): Archived fields take no new values; stored ones stay.
        archived_at (datetime.datetime | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    resource: CustomFieldOutResource
    key: str
    label: str
    label_en: None | str
    type_: CustomFieldType
    options: list[CustomFieldOptionOut]
    required: bool
    default: bool | float | int | list[str] | None | str
    min_value: None | str
    max_value: None | str
    max_length: int | None
    min_date: datetime.date | None
    max_date: datetime.date | None
    position: int
    archived: bool
    archived_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        resource = self.resource.value

        key = self.key

        label = self.label

        label_en: None | str
        label_en = self.label_en

        type_ = self.type_.value

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        required = self.required

        default: bool | float | int | list[str] | None | str
        if isinstance(self.default, list):
            default = self.default

        else:
            default = self.default

        min_value: None | str
        min_value = self.min_value

        max_value: None | str
        max_value = self.max_value

        max_length: int | None
        max_length = self.max_length

        min_date: None | str
        if isinstance(self.min_date, datetime.date):
            min_date = self.min_date.isoformat()
        else:
            min_date = self.min_date

        max_date: None | str
        if isinstance(self.max_date, datetime.date):
            max_date = self.max_date.isoformat()
        else:
            max_date = self.max_date

        position = self.position

        archived = self.archived

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "resource": resource,
                "key": key,
                "label": label,
                "label_en": label_en,
                "type": type_,
                "options": options,
                "required": required,
                "default": default,
                "min_value": min_value,
                "max_value": max_value,
                "max_length": max_length,
                "min_date": min_date,
                "max_date": max_date,
                "position": position,
                "archived": archived,
                "archived_at": archived_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_option_out import CustomFieldOptionOut  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        resource = CustomFieldOutResource(d.pop("resource"))

        key = d.pop("key")

        label = d.pop("label")

        def _parse_label_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_en = _parse_label_en(d.pop("label_en"))

        type_ = CustomFieldType(d.pop("type"))

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = CustomFieldOptionOut.from_dict(options_item_data)

            options.append(options_item)

        required = d.pop("required")

        def _parse_default(data: object) -> bool | float | int | list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_field_value_type_4 = cast(list[str], data)

                return componentsschemas_custom_field_value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | int | list[str] | None | str, data)

        default = _parse_default(d.pop("default"))

        def _parse_min_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        min_value = _parse_min_value(d.pop("min_value"))

        def _parse_max_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        max_value = _parse_max_value(d.pop("max_value"))

        def _parse_max_length(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_length = _parse_max_length(d.pop("max_length"))

        def _parse_min_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                min_date_type_0 = datetime.date.fromisoformat(data)

                return min_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        min_date = _parse_min_date(d.pop("min_date"))

        def _parse_max_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_date_type_0 = datetime.date.fromisoformat(data)

                return max_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        max_date = _parse_max_date(d.pop("max_date"))

        position = d.pop("position")

        archived = d.pop("archived")

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        custom_field_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            resource=resource,
            key=key,
            label=label,
            label_en=label_en,
            type_=type_,
            options=options,
            required=required,
            default=default,
            min_value=min_value,
            max_value=max_value,
            max_length=max_length,
            min_date=min_date,
            max_date=max_date,
            position=position,
            archived=archived,
            archived_at=archived_at,
        )

        custom_field_out.additional_properties = d
        return custom_field_out

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
