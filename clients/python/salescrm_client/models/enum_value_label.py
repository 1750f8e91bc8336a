from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnumValueLabel")


@_attrs_define
class EnumValueLabel:
    """
    Attributes:
        value (str): The code the API sends and accepts.
        en (str): Its English name.
        zh_cn (str): Its Simplified Chinese name.
    """

    value: str
    en: str
    zh_cn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        en = self.en

        zh_cn = self.zh_cn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "en": en,
                "zh_CN": zh_cn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        en = d.pop("en")

        zh_cn = d.pop("zh_CN")

        enum_value_label = cls(
            value=value,
            en=en,
            zh_cn=zh_cn,
        )

        enum_value_label.additional_properties = d
        return enum_value_label

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
