from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReasonCount")


@_attrs_define
class ReasonCount:
    """
    Attributes:
        loss_reason_id (None | UUID):
        name (None | str):
        deals (int):
    """

    loss_reason_id: None | UUID
    name: None | str
    deals: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loss_reason_id: None | str
        if isinstance(self.loss_reason_id, UUID):
            loss_reason_id = str(self.loss_reason_id)
        else:
            loss_reason_id = self.loss_reason_id

        name: None | str
        name = self.name

        deals = self.deals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loss_reason_id": loss_reason_id,
                "name": name,
                "deals": deals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_loss_reason_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                loss_reason_id_type_0 = UUID(data)

                return loss_reason_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        loss_reason_id = _parse_loss_reason_id(d.pop("loss_reason_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        deals = d.pop("deals")

        reason_count = cls(
            loss_reason_id=loss_reason_id,
            name=name,
            deals=deals,
        )

        reason_count.additional_properties = d
        return reason_count

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
