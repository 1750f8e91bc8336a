from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.custom_field_create_resource import CustomFieldCreateResource
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="CustomFieldCreate")


@_attrs_define
class CustomFieldCreate:
    """
    Attributes:
        resource (CustomFieldCreateResource): The resource the field belongs to (each that declares custom fields).
        key (str): A machine name: a lower-case letter, then letters, digits or _ (40 at most).
        label (str):
        type_ (CustomFieldType):
        label_en (None | str | Unset):
        options (list[CustomFieldOption] | None | Unset): For single and multi select: the options, in display order.
        required (bool | None | Unset):
        default (bool | float | int | list[str] | None | str | Unset): Set on create when no value is sent.
        min_value (float | None | str | Unset): Number and money: the least value.
        max_value (float | None | str | Unset): Number and money: the greatest value.
        max_length (int | None | Unset): Text: the longest value.
        min_date (datetime.date | None | Unset): Date and date-time: the earliest day.
        max_date (datetime.date | None | Unset): Date and date-time: the latest day.
        position (int | None | Unset): Display order.
        id (None | Unset | UUID): Optional client-chosen id (UUIDv7); repeating a create is idempotent.
    """

    resource: CustomFieldCreateResource
    key: str
    label: str
    type_: CustomFieldType
    label_en: None | str | Unset = UNSET
    options: list[CustomFieldOption] | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    default: bool | float | int | list[str] | None | str | Unset = UNSET
    min_value: float | None | str | Unset = UNSET
    max_value: float | None | str | Unset = UNSET
    max_length: int | None | Unset = UNSET
    min_date: datetime.date | None | Unset = UNSET
    max_date: datetime.date | None | Unset = UNSET
    position: int | None | Unset = UNSET
    id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        key = self.key

        label = self.label

        type_ = self.type_.value

        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        default: bool | float | int | list[str] | None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, list):
            default = self.default

        else:
            default = self.default

        min_value: float | None | str | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: float | None | str | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        max_length: int | None | Unset
        if isinstance(self.max_length, Unset):
            max_length = UNSET
        else:
            max_length = self.max_length

        min_date: None | str | Unset
        if isinstance(self.min_date, Unset):
            min_date = UNSET
        elif isinstance(self.min_date, datetime.date):
            min_date = self.min_date.isoformat()
        else:
            min_date = self.min_date

        max_date: None | str | Unset
        if isinstance(self.max_date, Unset):
            max_date = UNSET
        elif isinstance(self.max_date, datetime.date):
            max_date = self.max_date.isoformat()
        else:
            max_date = self.max_date

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resource": resource,
                "key": key,
                "label": label,
                "type": type_,
            }
        )
        if label_en is not UNSET:
            field_dict["label_en"] = label_en
        if options is not UNSET:
            field_dict["options"] = options
        if required is not UNSET:
            field_dict["required"] = required
        if default is not UNSET:
            field_dict["default"] = default
        if min_value is not UNSET:
            field_dict["min_value"] = min_value
        if max_value is not UNSET:
            field_dict["max_value"] = max_value
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if min_date is not UNSET:
            field_dict["min_date"] = min_date
        if max_date is not UNSET:
            field_dict["max_date"] = max_date
        if position is not UNSET:
            field_dict["position"] = position
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_option import CustomFieldOption  # noqa: PLC0415

        d = dict(src_dict)
        resource = CustomFieldCreateResource(d.pop("resource"))

        key = d.pop("key")

        label = d.pop("label")

        type_ = CustomFieldType(d.pop("type"))

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        def _parse_options(data: object) -> list[CustomFieldOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = CustomFieldOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_default(data: object) -> bool | float | int | list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_field_value_type_4 = cast(list[str], data)

                return componentsschemas_custom_field_value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | int | list[str] | None | str | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_min_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_value = _parse_min_value(d.pop("min_value", UNSET))

        def _parse_max_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        max_value = _parse_max_value(d.pop("max_value", UNSET))

        def _parse_max_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_length = _parse_max_length(d.pop("max_length", UNSET))

        def _parse_min_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                min_date_type_0 = datetime.date.fromisoformat(data)

                return min_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        min_date = _parse_min_date(d.pop("min_date", UNSET))

        def _parse_max_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_date_type_0 = datetime.date.fromisoformat(data)

                return max_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        max_date = _parse_max_date(d.pop("max_date", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

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

        custom_field_create = cls(
            resource=resource,
            key=key,
            label=label,
            type_=type_,
            label_en=label_en,
            options=options,
            required=required,
            default=default,
            min_value=min_value,
            max_value=max_value,
            max_length=max_length,
            min_date=min_date,
            max_date=max_date,
            position=position,
            id=id,
        )

        return custom_field_create
