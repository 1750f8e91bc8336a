from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOption")


@_attrs_define
class CustomFieldOption:
    """
    Attributes:
        key (str):
        label (str):
        label_en (None | str | Unset):
        archived (bool | Unset): Archived options stay readable on records but take no new values. Default: False.
    """

    key: str
    label: str
    label_en: None | str | Unset = UNSET
    archived: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        archived = self.archived

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "label": label,
            }
        )
        if label_en is not UNSET:
            field_dict["label_en"] = label_en
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        archived = d.pop("archived", UNSET)

        custom_field_option = cls(
            key=key,
            label=label,
            label_en=label_en,
            archived=archived,
        )

        return custom_field_option
