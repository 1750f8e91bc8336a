from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.enum_labels import EnumLabels


T = TypeVar("T", bound="LabelCatalogue")


@_attrs_define
class LabelCatalogue:
    """
    Attributes:
        enums (list[EnumLabels]): Every enumeration, by name.
    """

    enums: list[EnumLabels]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enums = []
        for enums_item_data in self.enums:
            enums_item = enums_item_data.to_dict()
            enums.append(enums_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enums": enums,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enum_labels import EnumLabels  # noqa: PLC0415

        d = dict(src_dict)
        enums = []
        _enums = d.pop("enums")
        for enums_item_data in _enums:
            enums_item = EnumLabels.from_dict(enums_item_data)

            enums.append(enums_item)

        label_catalogue = cls(
            enums=enums,
        )

        label_catalogue.additional_properties = d
        return label_catalogue

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
