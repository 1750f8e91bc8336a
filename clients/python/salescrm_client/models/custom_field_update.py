from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_option import CustomFieldOption


T = TypeVar("T", bound="CustomFieldUpdate")


@_attrs_define
class CustomFieldUpdate:
    """Resource, key and type are fixed once defined. ``options`` replaces the list and must
    keep every existing key (archive an option instead of removing it).

        Attributes:
            label_en (None | str | Unset):
            options (list[CustomFieldOption] | Unset): For single and multi select: the options, in display order.
            required (bool | Unset):
            default (bool | float | int | list[str] | None | str | Unset): Set on create when no value is sent.
            min_value (float | None | str | Unset): Number and money: the least value.
            max_value (float | None | str | Unset): Number and money: the greatest value.
            max_length (int | None | Unset): Text: the longest value.
            min_date (datetime.date | None | Unset): Date and date-time: the earliest day.
            max_date (datetime.date | None | Unset): Date and date-time: the latest day.
            position (int | Unset): Display order.
            label (str | Unset):
            archived (bool | None | Unset): Archive (true) or bring back (false): archived values stay.
    """

    label_en: None | str | Unset = UNSET
    options: list[CustomFieldOption] | Unset = UNSET
    required: bool | Unset = UNSET
    default: bool | float | int | list[str] | None | str | Unset = UNSET
    min_value: float | None | str | Unset = UNSET
    max_value: float | None | str | Unset = UNSET
    max_length: int | None | Unset = UNSET
    min_date: datetime.date | None | Unset = UNSET
    max_date: datetime.date | None | Unset = UNSET
    position: int | Unset = UNSET
    label: str | Unset = UNSET
    archived: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

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

        position = self.position

        label = self.label

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if label is not UNSET:
            field_dict["label"] = label
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_option import CustomFieldOption  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        _options = d.pop("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldOption.from_dict(options_item_data)

                options.append(options_item)

        required = d.pop("required", UNSET)

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

        position = d.pop("position", UNSET)

        label = d.pop("label", UNSET)

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        custom_field_update = cls(
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
            label=label,
            archived=archived,
        )

        return custom_field_update
